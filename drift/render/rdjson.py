"""reviewdog's diagnostic format (rdjson): review comments on any forge reviewdog reaches.

One `DiagnosticResult` with a `Diagnostic` per finding. reviewdog counts
columns in UTF-8 bytes (its `Position` documents "byte count in UTF-8"), not
in code points as drift's offsets do, so columns are converted here; ranges
are end-exclusive, as drift's spans are. A finding with an expected wording
and an English span carries it as a `suggestion` that replaces the span.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from drift.model import Severity
from drift.render.entries import ReportEntry, finding_message
from drift.render.locate import Lines, english_anchor

SEVERITY = {Severity.CRITICAL: "ERROR", Severity.MAJOR: "WARNING", Severity.MINOR: "INFO"}


def _position(text: str, lines: Lines, offset: int) -> dict[str, int]:
    """1-based line and UTF-8 byte column of a code point offset."""
    line, column = lines.position(offset)
    start = lines.starts[line - 1]
    return {"line": line, "column": len(text[start:start + column - 1].encode("utf-8")) + 1}


def _diagnostics(entry: ReportEntry) -> list[dict[str, Any]]:
    alignment = entry.report.alignment
    text = alignment.trans.text
    lines = Lines.of(text)
    diagnostics = []
    for finding in entry.report.findings:
        start, end = english_anchor(alignment, finding)
        where = {"start": _position(text, lines, start), "end": _position(text, lines, end)}
        diagnostic: dict[str, Any] = {
            "message": finding_message(finding),
            "location": {"path": entry.path, "range": where},
            "severity": SEVERITY[finding.severity],
            "code": {"value": finding.code},
        }
        if finding.expected and finding.trans is not None:
            diagnostic["suggestions"] = [{"range": where, "text": finding.expected}]
        diagnostics.append(diagnostic)
    return diagnostics


def render_rdjson(entries: Sequence[ReportEntry]) -> str:
    """One rdjson `DiagnosticResult` for every checked entry."""
    diagnostics = [item for entry in entries if entry.report is not None for item in _diagnostics(entry)]
    result = {"source": {"name": "drift"}, "diagnostics": diagnostics}
    return json.dumps(result, ensure_ascii=False, indent=2) + "\n"
