"""`drift check`: find and explain the drift between an original and its translation."""

from __future__ import annotations

from typing import Annotated

import typer

from drift.cli.app import (
    EXIT_FINDINGS, FailOn, FormatOption, OrigArgument, OutputFormat, OutputOption, TransArgument, app, emit, read_pair,
    write_output,
)


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

    orig_document, trans_document = read_pair(orig, trans, output)
    encoder = default_encoder()
    params = AlignParams()
    report = check_documents(orig_document, trans_document, encoder=encoder, params=params)
    if output_format is OutputFormat.json:
        from drift.render.json import dumps, report_envelope
        from drift.signature import signature

        from drift.lexicon import load_lexicon

        options = {"fail_on": fail_on.value}
        stamp = signature(encoder, params, lexicon=load_lexicon().sha256, options=options)
        write_output(dumps(report_envelope(report, stamp)), output)
    else:
        from drift.render.text import report_view

        emit(report_view(report), output)
    if fail_on is not FailOn.never:
        from drift.model import Severity

        threshold = Severity(fail_on.value).rank
        if any(finding.severity.rank >= threshold for finding in report.findings):
            raise typer.Exit(EXIT_FINDINGS)
