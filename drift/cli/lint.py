"""`drift lint`: check English copy that arrives without its original."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from drift.cli.app import (
    DEFAULT_MAX_BYTES, BaselineOption, CheckFormat, CheckFormatOption, ConfigOption, FailOnOption,
    FollowSymlinksOption, IgnoreOption,
    MaxBytesOption, MinConfidenceOption, NoConfigOption, OutputOption, PreviewOption, SelectOption, SeverityOption,
    WriteBaselineOption, app,
    check_baseline_output, check_output, emit, write_output,
)
from drift.cli.exits import refuse_non_english
from drift.cli.findings import exit_for, parse_options, render, suppress
from drift.cli.reports import GATHERED, render_gathered
from drift.errors import UsageError


@app.command()
def lint(
    trans: Annotated[
        list[Path], typer.Argument(metavar="TRANS...", help="English articles (UTF-8 text files).", show_default=False)
    ],
    output_format: CheckFormatOption = CheckFormat.text,
    output: OutputOption = None,
    fail_on: FailOnOption = None,
    config: ConfigOption = None,
    no_config: NoConfigOption = False,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    severity: SeverityOption = None,
    preview: PreviewOption = False,
    min_confidence: MinConfidenceOption = None,
    baseline: BaselineOption = None,
    write_baseline: WriteBaselineOption = None,
    year: Annotated[
        Optional[int], typer.Option("--year", min=1000, max=2999,
                                    help="The year of dates that give none, when the article does not say.")
    ] = None,
    encoding: Annotated[
        Optional[str], typer.Option("--encoding", metavar="NAME", show_default=False,
                                    help="Read the files in this encoding instead of detecting it (utf-8, utf-16, "
                                         "windows-1254, ...).")
    ] = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    follow_symlinks: FollowSymlinksOption = False,
) -> None:
    """Check English articles on their own, without the Turkish original.

    Runs the checks that need no original: weekdays that do not fit their date,
    names that do not match their handle, look misspelled or are spelled two
    ways, author bios and empty source lines, Turkish left in the English, and
    the house spellings of the glossary. No sentence encoder is loaded.
    Configuration, baselines, inline markers and --fail-on work as for
    `drift check`; exit code 0: nothing at or above --fail-on, 1: something is,
    2: bad input or configuration, or a file that is not English (it names
    the language the file looks like).
    """
    from drift.config import resolve_config
    from drift.lint import lint_document
    from drift.model import Language
    from drift.read import read_document

    if output_format is CheckFormat.html and len(trans) > 1:
        raise UsageError("--format html writes one report: give one file, or use json, sarif, github, "
                         "concise, gitlab, rdjson or junit")
    options = parse_options(fail_on, config, no_config, select, ignore, severity, baseline, preview, min_confidence)
    if encoding is not None:
        from drift.ingest.encoding import text_codec

        text_codec(encoding)
    if sum(str(path) == "-" for path in trans) > 1:
        raise UsageError("'-' (standard input) can be given once")
    output = check_output(output, tuple(trans), follow_symlinks=follow_symlinks,
                          others={"--write-baseline": write_baseline})
    write_baseline = check_baseline_output(write_baseline, tuple(trans), output, follow_symlinks=follow_symlinks)
    results = []
    for path in trans:
        settings = resolve_config(path, config_path=options.config_path, isolated=options.isolated, cli=options.cli)
        document = read_document(path, Language.ENGLISH, encoding=encoding, max_bytes=max_bytes)
        refuse_non_english(str(path), document.text)
        report = lint_document(document, config=settings, year=year)
        report, hidden = suppress(report, settings, write_baseline, path)
        results.append((path, report, hidden, settings))
    if output_format is CheckFormat.json:
        write_output(_json(results), output)
    elif output_format is CheckFormat.text:
        _text(results, output)
    elif output_format is CheckFormat.sarif:
        write_output(_sarif(results), output)
    elif output_format in GATHERED:
        from drift.render.entries import ReportEntry

        write_output(render_gathered(output_format, [ReportEntry(str(path), report, settings.fail_on)
                                                     for path, report, _, settings in results]), output)
    else:
        write_output("".join(render(output_format, report, hidden, settings)
                             for _, report, hidden, settings in results), output)
    for _, report, _, settings in results:
        exit_for(settings.fail_on, [report])


def _json(results) -> str:
    """One drift/1 envelope with a report per file; no original, so no Turkish side."""
    from drift import __version__
    from drift.render.json import dumps, report_envelope

    reports = []
    for _, report, hidden, settings in results:
        envelope = report_envelope(report, {"drift": __version__, "options": {**settings.fingerprint(),
                                                                               "suppressed": hidden}})
        for key in ("schema", "orig"):
            envelope.pop(key)
        envelope["kind"] = "lint"
        reports.append(envelope)
    return dumps({"schema": "drift/1", "kind": "lint", "reports": reports})


def _text(results, output: Path | None) -> None:
    from rich.console import Group
    from rich.markup import escape
    from rich.rule import Rule

    from drift.read import shown_name
    from drift.render.text import report_view
    from drift.text.terminal import terminal_safe

    parts = []
    for path, report, hidden, _ in results:
        parts += [Rule(f"[bold]{escape(terminal_safe(shown_name(path)))}[/]"), report_view(report)]
        if hidden:
            sys.stderr.write(f"drift: {hidden} finding(s) of {terminal_safe(shown_name(path))} accepted earlier "
                             "and hidden (baseline)\n")
    emit(Group(*parts), output)


def _sarif(results) -> str:
    """One SARIF log for all files: the first file's run, with every file's results and artifacts."""
    logs = [json.loads(render(CheckFormat.sarif, report, hidden, settings)) for _, report, hidden, settings in results]
    merged, run = logs[0], logs[0]["runs"][0]
    for log in logs[1:]:
        other = log["runs"][0]
        run.setdefault("results", []).extend(other.get("results", []))
        if "artifacts" in other:
            run.setdefault("artifacts", []).extend(other["artifacts"])
    return json.dumps(merged, ensure_ascii=False, indent=2) + "\n"
