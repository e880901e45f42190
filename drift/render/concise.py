"""One line per finding, `file:line:col: CODE [severity] message`, for grep and editors.

The position is the English span's start (1-based, columns in code points); an
omission, which has no English span, points at the nearest English sentence
and quotes the start of the Turkish sentence it left out.
"""

from __future__ import annotations

from drift.model import Report
from drift.render.locate import Lines, english_anchor


def _one_line(text: str) -> str:
    return " ".join(text.split())


def render_concise(report: Report, *, trans_path: str | None = None) -> str:
    """The findings of a report as concise lines (empty text when there are none)."""
    alignment = report.alignment
    path = trans_path or alignment.trans.path or "-"
    lines = Lines.of(alignment.trans.text)
    out = []
    for finding in report.findings:
        line, column = lines.position(english_anchor(alignment, finding)[0])
        message = _one_line(finding.message)
        if finding.expected:
            message += f" (expected “{_one_line(finding.expected)}”)"
        if finding.trans is None and finding.orig is not None:  # say which Turkish sentence was left out
            turkish = _one_line(finding.orig.text)
            message += f" (Turkish: “{turkish if len(turkish) <= 60 else turkish[:59] + '…'}”)"
        out.append(f"{path}:{line}:{column}: {finding.code} [{finding.severity.value}] {message}\n")
    return "".join(out)
