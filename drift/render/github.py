"""GitHub Actions workflow commands: one `::error|warning|notice ...::message` line per finding.

Severity maps to the annotation level (critical: error, major: warning,
minor: notice). Escaping follows GitHub's workflow-command rules: in the
message `%`, CR and LF are percent-encoded; in properties `:` and `,` are too,
so no message or path can end a command early or inject another one.
"""

from __future__ import annotations

from drift.model import Finding, Report, Severity
from drift.render.locate import Lines, english_anchor, region

LEVEL = {Severity.CRITICAL: "error", Severity.MAJOR: "warning", Severity.MINOR: "notice"}


def escape_data(text: str) -> str:
    """A command's message: `%`, CR and LF percent-encoded (`%` first, so nothing is encoded twice)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value: like the message, and `:` and `,` too."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _message(finding: Finding) -> str:
    lines = [finding.message]
    if finding.expected:
        lines.append(f"Expected: “{finding.expected}”")
    if finding.orig is not None:
        lines.append(f"Turkish: “{' '.join(finding.orig.text.split())}”")
    if finding.evidence:
        lines.append(f"Why: {finding.evidence} (confidence {finding.confidence:.2f})")
    return "\n".join(lines)


def render_github(report: Report, *, trans_path: str | None = None) -> str:
    """The findings as workflow commands that GitHub shows as annotations on the English file."""
    alignment = report.alignment
    path = trans_path or alignment.trans.path
    lines = Lines.of(alignment.trans.text)
    out = []
    for finding in report.findings:
        where = region(lines, *english_anchor(alignment, finding))
        properties = [] if path is None else [f"file={escape_property(path)}"]
        properties += [
            f"line={where.start_line}", f"col={where.start_column}",
            f"endLine={where.end_line}", f"endColumn={where.end_column}",
            f"title={escape_property(f'{finding.code} {finding.check}')}",
        ]
        out.append(f"::{LEVEL[finding.severity]} {','.join(properties)}::{escape_data(_message(finding))}\n")
    return "".join(out)
