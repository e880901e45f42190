"""The `drift` command line: argument parsing, file I/O and exit codes only.

Exit codes: 0 success, 1 findings at or above `--fail-on` (check), 2 a usage
or input error (one line on stderr), 3 an internal error (a bug: please report
it).
"""

from __future__ import annotations

import io
import logging
import os
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from drift.errors import DriftError, UsageError

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_BUG = 3
ISSUES_HINT = "please report it with the command you ran and the input files"

app = typer.Typer(
    name="drift",
    help=(
        "Find where an English translation drifted from its Turkish original.\n\n"
        "`drift check ORIG TRANS` reports what drifted and what it should say; "
        "`drift align ORIG TRANS` shows the two texts side by side, sentence by sentence; "
        "`drift checks` and `drift explain CODE` describe the checks. Everything runs offline."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


def _version_callback(value: bool) -> None:
    if value:
        from drift import __version__

        typer.echo(f"drift {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version_callback, is_eager=True, help="Show the version and exit.")
    ] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log each stage to stderr.")] = False,
) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="drift: %(message)s",
        stream=sys.stderr,
    )


def _check_output(output: Path | None, inputs: tuple[Path, ...]) -> None:
    """Refuse, before any work, an output path that would lose something."""
    if output is None:
        return
    for source in inputs:
        if source.exists() and output.exists() and os.path.samefile(source, output):
            raise UsageError(f"{output}: refusing to overwrite an input file; choose another --output")
    if output.is_dir():
        raise UsageError(f"{output}: is a directory; --output needs a file name")
    if not output.absolute().parent.is_dir():
        raise UsageError(f"{output}: folder {output.parent} does not exist")


def _write_output(text: str, output: Path | None) -> None:
    """Print, or replace `output` atomically so a failed run leaves no half file."""
    if output is None:
        sys.stdout.write(text)
        return
    handle, temporary = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.absolute().parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


FormatOption = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="text: for people; json: the drift/1 envelope.")
]
OutputOption = Annotated[
    Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of standard output.")
]
OrigArgument = Annotated[
    Path, typer.Argument(metavar="ORIG", help="The Turkish original (a UTF-8 text file).", show_default=False)
]
TransArgument = Annotated[
    Path, typer.Argument(metavar="TRANS", help="The English translation (a UTF-8 text file).", show_default=False)
]


class FailOn(str, Enum):
    critical = "critical"
    major = "major"
    minor = "minor"
    never = "never"


def _read_pair(orig: Path, trans: Path, output: Path | None):
    from drift.model import Language
    from drift.read import read_document

    _check_output(output, (orig, trans))
    return read_document(orig, Language.TURKISH), read_document(trans, Language.ENGLISH)


def _emit(renderable, output: Path | None) -> None:
    """Print a rich renderable to the terminal, or its plain text to a file."""
    from rich.console import Console

    if output is None:
        Console().print(renderable)
        return
    console = Console(record=True, width=120, file=io.StringIO())
    console.print(renderable)
    _write_output(console.export_text(), output)


@app.command()
def align(
    orig: OrigArgument,
    trans: TransArgument,
    output_format: FormatOption = OutputFormat.text,
    output: OutputOption = None,
) -> None:
    """Line up the sentences of ORIG and TRANS and show which belong together.

    A Turkish sentence with no English partner was left out of the translation;
    an English sentence with no Turkish partner was added.
    """
    from drift.align import AlignParams
    from drift.embed import default_encoder
    from drift.pipeline import align_documents

    orig_document, trans_document = _read_pair(orig, trans, output)
    encoder = default_encoder()
    params = AlignParams()
    alignment = align_documents(orig_document, trans_document, encoder=encoder, params=params)
    if output_format is OutputFormat.json:
        from drift.render.json import alignment_envelope, dumps
        from drift.signature import signature

        _write_output(dumps(alignment_envelope(alignment, signature(encoder, params))), output)
        return
    from drift.render.text import alignment_table

    _emit(alignment_table(alignment), output)


@app.command()
def check(
    orig: OrigArgument,
    trans: TransArgument,
    output_format: FormatOption = OutputFormat.text,
    output: OutputOption = None,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit with code 1 when a finding is at least this severe.")
    ] = FailOn.major,
) -> None:
    """Check TRANS against ORIG and explain every place where the English drifted.

    Each finding says what the English says, what the Turkish says, what a
    faithful rendering would be, how serious it is and why drift thinks so.
    Exit code 0: nothing at or above --fail-on; 1: something is; 2: bad input.
    """
    from drift.align import AlignParams
    from drift.embed import default_encoder
    from drift.pipeline import check_documents

    orig_document, trans_document = _read_pair(orig, trans, output)
    encoder = default_encoder()
    params = AlignParams()
    report = check_documents(orig_document, trans_document, encoder=encoder, params=params)
    if output_format is OutputFormat.json:
        from drift.render.json import dumps, report_envelope
        from drift.signature import signature

        from drift.lexicon import load_lexicon

        options = {"fail_on": fail_on.value}
        stamp = signature(encoder, params, lexicon=load_lexicon().sha256, options=options)
        _write_output(dumps(report_envelope(report, stamp)), output)
    else:
        from drift.render.text import report_view

        _emit(report_view(report), output)
    if fail_on is not FailOn.never:
        from drift.model import Severity

        threshold = Severity(fail_on.value).rank
        if any(finding.severity.rank >= threshold for finding in report.findings):
            raise typer.Exit(EXIT_FINDINGS)


@app.command("checks")
def list_checks() -> None:
    """List every check with its code, default severity and category."""
    from rich.console import Console
    from rich.table import Table

    from drift.checks import all_checks

    table = Table(box=None, pad_edge=False)
    for column in ("code", "slug", "severity", "category", "what it flags"):
        table.add_column(column)
    for info in all_checks():
        table.add_row(info.code, info.slug, info.severity.value, info.category.value, info.summary)
    Console().print(table)


@app.command()
def explain(code: Annotated[str, typer.Argument(metavar="CODE", help="A check code (D501) or slug.")]) -> None:
    """Explain what a check flags, why it matters, with an example."""
    from drift.checks import find_check

    info = find_check(code)
    typer.echo(f"{info.code} {info.slug} (default severity {info.severity.value}, category {info.category.value})\n")
    typer.echo(info.doc)


def _fail(message: str, code: int) -> int:
    sys.stderr.write(f"drift: error: {message}\n")
    return code


def main(argv: list[str] | None = None) -> int:
    """Run the command line; every ordinary mistake ends as one line and exit code 2."""
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        result = app(args=[a for a in (argv if argv is not None else sys.argv[1:]) if a != "--debug"],
                     prog_name="drift", standalone_mode=False)
    except typer.TyperException as exc:  # the parser's usage errors
        context = getattr(exc, "ctx", None)
        if type(exc).__name__ == "NoArgsIsHelpError":  # help was already shown
            return EXIT_OK
        command = context.command_path if context is not None else "drift"
        return _fail(f"{exc.format_message()} (see '{command} --help')", EXIT_USAGE)
    except (typer.Abort, KeyboardInterrupt):
        return _fail("interrupted", 130)
    except DriftError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: keep it short unless asked for details
        if debug:
            raise
        return _fail(f"internal error: {type(exc).__name__}: {exc}; {ISSUES_HINT} (add --debug for details)", EXIT_BUG)
    return result if isinstance(result, int) else EXIT_OK


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
