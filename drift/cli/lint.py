"""`drift lint`: check English copy that arrives without its original."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from drift.cli.app import EXIT_FINDINGS, FailOn, FormatOption, OutputFormat, OutputOption, app, check_output, emit, write_output


@app.command()
def lint(
    trans: Annotated[
        list[Path], typer.Argument(metavar="TRANS...", help="English articles (UTF-8 text files).", show_default=False)
    ],
    output_format: FormatOption = OutputFormat.text,
    output: OutputOption = None,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit with code 1 when a finding is at least this severe.")
    ] = FailOn.major,
) -> None:
    """Check English articles on their own, without the Turkish original.

    Runs the checks that need no original: weekdays that do not fit their date,
    names that do not match their handle or look misspelled, author bios and
    empty source lines, Turkish left in the English, one name spelled two ways.
    No sentence encoder is loaded.
    """
    from drift.lint import lint_document
    from drift.model import Language, Severity
    from drift.read import read_document

    check_output(output, tuple(trans))
    documents = [read_document(path, Language.ENGLISH) for path in trans]
    reports = [lint_document(document) for document in documents]
    if output_format is OutputFormat.json:
        from drift import __version__
        from drift.render.json import dumps, report_envelope

        envelopes = [report_envelope(report, {"drift": __version__}) for report in reports]
        for envelope in envelopes:
            envelope.pop("schema")
            envelope["kind"] = "lint"
            envelope.pop("orig")
        write_output(dumps({"schema": "drift/1", "kind": "lint", "reports": envelopes}), output)
    else:
        from rich.console import Group
        from rich.rule import Rule

        from drift.render.text import report_view

        parts = []
        for document, report in zip(documents, reports):
            parts += [Rule(f"[bold]{document.path}[/]"), report_view(report)]
        emit(Group(*parts), output)
    if fail_on is not FailOn.never:
        threshold = Severity(fail_on.value).rank
        if any(finding.severity.rank >= threshold for report in reports for finding in report.findings):
            raise typer.Exit(EXIT_FINDINGS)
