"""Shared pieces of the command line: the Typer app, common options and output handling."""

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

from drift.errors import UsageError

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_BUG = 3

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


def check_output(output: Path | None, inputs: tuple[Path, ...]) -> None:
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


def write_output(text: str, output: Path | None) -> None:
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


def read_pair(orig: Path, trans: Path, output: Path | None):
    from drift.model import Language
    from drift.read import read_document

    check_output(output, (orig, trans))
    return read_document(orig, Language.TURKISH), read_document(trans, Language.ENGLISH)


def emit(renderable, output: Path | None) -> None:
    """Print a rich renderable to the terminal, or its plain text to a file."""
    from rich.console import Console

    if output is None:
        Console().print(renderable)
        return
    console = Console(record=True, width=120, file=io.StringIO())
    console.print(renderable)
    write_output(console.export_text(), output)
