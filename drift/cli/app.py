"""Shared pieces of the command line: the Typer app, common options and output handling."""

from __future__ import annotations

import io
import logging
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from drift.errors import UsageError
from drift.output import write_text as write_output  # noqa: F401  (the one writer; commands import it from here)
from drift.read import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from drift.embed import SentenceEncoder

from drift.cli.exits import EXIT_BUG, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE  # noqa: F401  (the policy lives there)

app = typer.Typer(
    name="drift",
    help=(
        "Find where an English translation drifted from its Turkish original.\n\n"
        "`drift check ORIG TRANS` reports what drifted and what it should say "
        "(`drift check --pairs MANIFEST`: every pair a manifest names, in one process); "
        "`drift serve` opens a local web page where editors paste, upload or link the two texts; "
        "`drift align ORIG TRANS` shows the two texts side by side, sentence by sentence; "
        "`drift checks` and `drift explain CODE` describe the checks. Everything runs offline, apart from "
        "fetching the pages you give by URL."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@dataclass(frozen=True)
class Session:
    """What `main` hands every command (as the Click context's `obj`): an encoder already loading, if any."""

    encoder: SentenceEncoder | None = None


def session_encoder(ctx: typer.Context) -> SentenceEncoder:
    """The encoder `main` started for this command, else the process-wide default."""
    if isinstance(ctx.obj, Session) and ctx.obj.encoder is not None:
        return ctx.obj.encoder
    from drift.embed import default_encoder

    return default_encoder()


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


def check_output(output: Path | None, inputs: tuple[Path, ...], *, follow_symlinks: bool = False,
                 others: dict[str, Path | None] | None = None, option: str = "--output") -> Path | None:
    """Refuse, before any work, an output path that would lose something (drift.output); None for stdout.

    Returns the file to write: `output` itself, or with --follow-symlinks the
    file its link points to. `others` are the run's other outputs, {option: path}.
    """
    from drift.output import is_stdout, target

    if is_stdout(output):
        return None
    return target(output, protected=inputs, outputs=others, follow_symlinks=follow_symlinks, option=option)


def check_baseline_output(write_baseline: Path | None, inputs: tuple[Path, ...], output: Path | None, *,
                          follow_symlinks: bool = False) -> Path | None:
    """--write-baseline checked as `check_output` checks --output: a regular file, no input, not the report."""
    if write_baseline is None:
        return None
    from drift.output import is_stdout

    if is_stdout(write_baseline):
        raise UsageError("--write-baseline -: a baseline is a file that later runs read; give a file name")
    return check_output(write_baseline, inputs, follow_symlinks=follow_symlinks, others={"--output": output},
                        option="--write-baseline")


FormatOption = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="text: for people; json: the drift/1 envelope.")
]
OutputOption = Annotated[
    Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of standard output ('-': "
                                                        "standard output). Only a regular file is replaced: a device, "
                                                        "a pipe, a folder, a symbolic link or an input is refused.")
]
FollowSymlinksOption = Annotated[
    bool, typer.Option("--follow-symlinks", help="Let --output (and --write-baseline) be a symbolic link: write the "
                                                 "file it points to instead of refusing.")
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


class CheckFormat(str, Enum):
    """What `drift check` can write: for people, for programs, for CI."""

    text = "text"
    json = "json"
    html = "html"
    sarif = "sarif"
    github = "github"
    concise = "concise"
    gitlab = "gitlab"
    rdjson = "rdjson"
    junit = "junit"


CheckFormatOption = Annotated[
    CheckFormat,
    typer.Option(
        "--format", "-f",
        help="text: for people in a terminal; html: a side-by-side report to open in a browser (use -o); "
             "json: the drift/1 envelope; sarif: SARIF 2.1.0 for code scanning; github: GitHub Actions "
             "annotations; concise: one file:line:col line per finding; gitlab: GitLab Code Quality JSON; "
             "rdjson: reviewdog's diagnostic format; junit: JUnit XML (a test case per file, a failure per "
             "finding at or above --fail-on).",
    ),
]
ConfigOption = Annotated[
    Optional[Path],
    typer.Option("--config", help="Read settings from this drift.toml or pyproject.toml instead of looking for one "
                                   "in TRANS's folder and above.", show_default=False),
]
NoConfigOption = Annotated[
    bool, typer.Option("--no-config", help="Ignore every configuration file; use defaults and flags only.")
]
SelectOption = Annotated[
    Optional[list[str]],
    typer.Option("--select", help="Run only these checks: codes, code prefixes (D1) or slugs, comma-separated. "
                                  "Replaces the configuration's select.", show_default=False),
]
IgnoreOption = Annotated[
    Optional[list[str]],
    typer.Option("--ignore", help="Skip these checks (codes, prefixes or slugs, comma-separated). "
                                  "Replaces the configuration's ignore.", show_default=False),
]
SeverityOption = Annotated[
    Optional[list[str]],
    typer.Option("--severity", metavar="CHECK=LEVEL", help="Report a check at another severity, e.g. D601=minor "
                                                           "(repeatable).", show_default=False),
]
PreviewOption = Annotated[
    bool, typer.Option("--preview", help="Also run the preview checks, and show stable checks' findings on preview "
                                         "bases: those that have not yet shown the measured precision and hits a default "
                                         "check needs (`drift checks` lists the checks, `drift explain CODE` the bases).")
]
MinConfidenceOption = Annotated[
    Optional[float],
    typer.Option("--min-confidence", min=0.0, max=1.0, metavar="P", show_default=False,
                 help="Report only findings whose confidence (their check's measured precision) is at least P."),
]
FailOnOption = Annotated[
    Optional[FailOn],
    typer.Option("--fail-on", help="Exit with code 1 when a finding is at least this severe "
                                   "(default: the configuration's fail-on, else major).", show_default=False),
]
BaselineOption = Annotated[
    Optional[Path],
    typer.Option("--baseline", help="Hide the findings this baseline file accepts; report only new ones.",
                 show_default=False),
]
WriteBaselineOption = Annotated[
    Optional[Path],
    typer.Option("--write-baseline", help="Accept every current finding: write (or update) this baseline file, "
                                          "then report as if it were given with --baseline.", show_default=False),
]


EncodingOption = Annotated[
    Optional[list[str]],
    typer.Option("--encoding", metavar="[SIDE=]NAME",
                 help="Read the input files in this encoding instead of detecting it (utf-8, utf-16, windows-1254, "
                      "iso-8859-9, ...); orig=NAME or trans=NAME names one file's (repeatable).",
                 show_default=False),
]
MaxBytesOption = Annotated[
    int,
    typer.Option("--max-bytes", min=1, metavar="BYTES",
                 help="Refuse an input file larger than this many bytes (drift never reads more than one "
                      "byte past it, whatever the file claims its size is)."),
]
NoPairCheckOption = Annotated[
    bool,
    typer.Option("--no-pair-check", help="Compare the two texts even when they do not look like an original "
                                         "and its translation (different stories, or the same language)."),
]


def parse_encodings(values: list[str] | None, sides: tuple[str, ...] = ("orig", "trans")) -> dict[str, str | None]:
    """`--encoding` values as {side: encoding or None}; a value without `SIDE=` applies to every side."""
    from drift.ingest.encoding import text_codec

    chosen: dict[str, str | None] = dict.fromkeys(sides)
    for value in values or ():
        side, equals, name = value.partition("=")
        if not equals:
            side, name = "", value
        side, name = side.strip().lower(), name.strip()
        if side and side not in sides:
            raise UsageError(f"--encoding {value}: unknown side '{side}'; use {' or '.join(sides)}=NAME, or NAME alone")
        if not name:
            raise UsageError(f"--encoding {value}: no encoding name; e.g. --encoding windows-1254")
        text_codec(name)
        for key in (side,) if side else sides:
            chosen[key] = name
    return chosen


def read_pair(orig: Path, trans: Path, output: Path | None, *, encoding: list[str] | None = None,
              max_bytes: int | None = None):
    from drift.model import Language
    from drift.read import read_document

    if str(orig) == "-" and str(trans) == "-":
        raise UsageError("ORIG and TRANS are both '-': standard input can be only one of them")
    check_output(output, (orig, trans), follow_symlinks=True)  # already resolved by the command
    encodings = parse_encodings(encoding)
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    return (read_document(orig, Language.TURKISH, encoding=encodings["orig"], max_bytes=limit),
            read_document(trans, Language.ENGLISH, encoding=encodings["trans"], max_bytes=limit))


def emit(renderable, output: Path | None) -> None:
    """Print a rich renderable to the terminal, or its plain text to a file."""
    from rich.console import Console

    from drift.output import is_stdout

    if is_stdout(output):
        Console().print(renderable)
        return
    console = Console(record=True, width=120, file=io.StringIO())
    console.print(renderable)
    write_output(console.export_text(), output)
