"""What the formats that gather several files into one document (gitlab, rdjson, junit) are given.

`drift check` gives one entry, `drift check --pairs` one per manifest pair and
`drift lint` one per English file; an entry without a report is a pair that
could not be checked, with its error.
"""

from __future__ import annotations

from dataclasses import dataclass

from drift.model import Finding, Report, Severity


@dataclass(frozen=True)
class ReportEntry:
    """One checked pair or file: its name, its report (None when not checked) and the fail-on it was run with."""

    name: str
    report: Report | None
    fail_on: str = "major"
    error: str | None = None
    shown_path: str | None = None  # how to name the English file, when not as the report has it

    @property
    def path(self) -> str:
        """The English file's path as shown, else as the user gave it (the name when there is none)."""
        if self.shown_path is not None:
            return self.shown_path
        if self.report is not None and self.report.alignment.trans.path:
            return self.report.alignment.trans.path
        return self.name

    def fails(self, finding: Finding) -> bool:
        """True when `finding` is at or above this entry's fail-on."""
        return self.fail_on != "never" and finding.severity.rank >= Severity(self.fail_on).rank


def one_line(text: str) -> str:
    return " ".join(text.split())


def finding_message(finding: Finding) -> str:
    """A finding's message on one line, with the expected wording and the Turkish it renders."""
    parts = [one_line(finding.message)]
    if finding.expected:
        parts.append(f"Expected: “{one_line(finding.expected)}”.")
    if finding.orig is not None:
        parts.append(f"Turkish: “{one_line(finding.orig.text)}”.")
    return " ".join(parts)
