"""`drift check`: find and explain the drift between an original and its translation."""

from __future__ import annotations

import re
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from drift.cli.app import (
    DEFAULT_MAX_BYTES, EXIT_FINDINGS, BaselineOption, CheckFormat, CheckFormatOption, ConfigOption, EncodingOption,
    FailOnOption, IgnoreOption, MaxBytesOption, NoConfigOption, NoPairCheckOption, OrigArgument, OutputOption,
    SelectOption, SeverityOption, TransArgument, WriteBaselineOption, app, check_output, emit, write_output,
)
from drift.cli.findings import exit_for, parse_options, render, suppress
from drift.config import Config, resolve_config


@app.command()
def check(
    orig: OrigArgument,
    trans: TransArgument,
    output_format: CheckFormatOption = CheckFormat.text,
    output: OutputOption = None,
    fail_on: FailOnOption = None,
    config: ConfigOption = None,
    no_config: NoConfigOption = False,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    severity: SeverityOption = None,
    baseline: BaselineOption = None,
    write_baseline: WriteBaselineOption = None,
    encoding: EncodingOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    no_pair_check: NoPairCheckOption = False,
) -> None:
    """Check TRANS against ORIG and explain every place where the English drifted.

    Each finding says what the English says, what the Turkish says, what a
    faithful rendering would be, how serious it is and why drift thinks so.
    Exit code 0: nothing at or above --fail-on; 1: something is; 2: bad input
    or configuration, or two texts that are not an original and its
    translation (different stories, or both in one language; the message
    gives the evidence). ORIG may be a folder of candidates: drift first finds the
    original in it (as `drift find-original` does) and exits with 1 if none is
    convincing. Settings come from drift.toml or the tool.drift table of
    pyproject.toml (the nearest one from TRANS's folder upwards); flags win.
    """
    from drift.align import AlignParams
    from drift.cli.find_original import read_pair_or_find
    from drift.embed import default_encoder
    from drift.pipeline import check_documents

    options = parse_options(fail_on, config, no_config, select, ignore, severity, baseline)
    settings = resolve_config(trans, config_path=options.config_path, isolated=options.isolated, cli=options.cli)
    check_output(write_baseline, (orig, trans))
    encoder = default_encoder()
    orig_document, trans_document, found = read_pair_or_find(
        orig, trans, output, encoder, announce=output_format is CheckFormat.text, encoding=encoding,
        max_bytes=max_bytes)
    params = AlignParams()
    report = check_documents(orig_document, trans_document, encoder=encoder, params=params, config=settings,
                             pair_check=not no_pair_check)
    report, suppressed = suppress(report, settings, write_baseline, trans)
    if output_format is CheckFormat.json:
        from drift.lexicon import load_lexicon
        from drift.render.json import dumps, report_envelope
        from drift.signature import signature

        stamp = signature(encoder, params, lexicon=load_lexicon().sha256,
                          options={**settings.fingerprint(), "suppressed": suppressed})
        from drift.find.render import with_original

        write_output(dumps(with_original(report_envelope(report, stamp), found)), output)
    elif output_format is CheckFormat.text:
        from drift.render.text import report_view

        emit(report_view(report), output)
        if suppressed:
            sys.stderr.write(f"drift: {suppressed} finding(s) accepted earlier and hidden (baseline)\n")
    else:
        write_output(render(output_format, report, suppressed, settings), output)
    exit_for(settings.fail_on, [report])


# A language tag as a whole part of a file name: "en.txt", "story.tr.md", "story-en.txt".
_LANGUAGE_TAG = re.compile(r"(?<![^._-])(en|tr)(?![^._-])")


def partner(path: Path) -> tuple[Path, Path] | None:
    """(original, translation) for a file whose name carries "tr" or "en", when the partner exists."""
    match = _LANGUAGE_TAG.search(path.name)
    if match is None:
        return None
    other = "tr" if match.group(1) == "en" else "en"
    sibling = path.with_name(path.name[:match.start()] + other + path.name[match.end():])
    if not sibling.is_file():
        return None
    return (sibling, path) if match.group(1) == "en" else (path, sibling)


class PairsFormat(str, Enum):
    """What `drift check-pairs` can write: the formats that concatenate over several articles."""

    text = "text"
    concise = "concise"
    github = "github"


@app.command("check-pairs")
def check_pairs(
    files: Annotated[list[Path], typer.Argument(metavar="FILES...", help="Changed files; the article pairs among "
                                                "them are checked.", show_default=False)],
    output_format: Annotated[
        PairsFormat, typer.Option("--format", "-f", help="text: for people; concise: file:line:col lines; "
                                                         "github: GitHub Actions annotations.")
    ] = PairsFormat.text,
    fail_on: FailOnOption = None,
    config: ConfigOption = None,
    no_config: NoConfigOption = False,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    severity: SeverityOption = None,
    baseline: BaselineOption = None,
) -> None:
    """Check every article pair among FILES, for pre-commit hooks and scripts.

    A pair is two files in one folder whose names differ only in a language
    tag: en.txt and tr.txt, story.en.md and story.tr.md, story-en.txt and
    story-tr.txt. A changed original checks its translation too; files with no
    partner are skipped. Settings are found per pair, as for `drift check`.
    """
    from drift.embed import default_encoder
    from drift.model import Language
    from drift.pipeline import check_documents
    from drift.read import read_document

    options = parse_options(fail_on, config, no_config, select, ignore, severity, baseline)
    pairs = list(dict.fromkeys(pair for pair in map(partner, files) if pair is not None))
    if not pairs:
        sys.stderr.write("drift: no article pairs among the given files (nothing to check)\n")
        return
    encoder = default_encoder()
    reports, failing = [], []
    for orig, trans in pairs:
        settings = resolve_config(trans, config_path=options.config_path, isolated=options.isolated, cli=options.cli)
        report = check_documents(read_document(orig, Language.TURKISH), read_document(trans, Language.ENGLISH),
                                 encoder=encoder, config=settings)
        report, suppressed = suppress(report, settings, None, trans)
        reports.append((orig, trans, report, suppressed))
        try:
            exit_for(settings.fail_on, [report])
        except typer.Exit:
            failing.append(trans)
    if output_format is PairsFormat.text:
        from rich.console import Group
        from rich.rule import Rule

        from drift.render.text import report_view

        parts = []
        for orig, trans, report, suppressed in reports:
            parts += [Rule(f"[bold]{escape(str(trans))}[/] against {escape(str(orig))}"), report_view(report)]
        emit(Group(*parts), None)
    else:
        write_output("".join(render(CheckFormat(output_format.value), report, suppressed, Config())
                             for _, _, report, suppressed in reports), None)
    if failing:
        raise typer.Exit(EXIT_FINDINGS)
