"""GitLab Code Quality: a JSON array of issues for the merge request's Code Quality widget.

Each issue has the fields GitLab documents as required: `description`,
`check_name`, `fingerprint` (unique per issue, stable across runs: drift's
finding fingerprint with the file), `severity` (info, minor, major, critical
or blocker: drift's three levels map to their namesakes) and
`location.path` with `location.lines.begin` (1-based). An omission is placed
at the nearest English sentence, as in the other formats.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

from drift.render.entries import ReportEntry, finding_message
from drift.render.locate import Lines, english_anchor


def _issues(entry: ReportEntry) -> list[dict[str, Any]]:
    from drift.suppress import fingerprints

    report = entry.report
    alignment = report.alignment
    lines = Lines.of(alignment.trans.text)
    issues = []
    for finding, print_ in zip(report.findings, fingerprints(report.findings)):
        start, end = english_anchor(alignment, finding)
        begin = lines.position(start)[0]
        last = lines.position(max(start, end - 1))[0]
        issues.append({
            "description": f"{finding.code} {finding_message(finding)}",
            "check_name": f"drift/{finding.code} {finding.check}",
            "fingerprint": hashlib.sha256(f"{entry.path}\0{print_}".encode()).hexdigest(),
            "severity": finding.severity.value,
            "location": {"path": entry.path, "lines": {"begin": begin, "end": last}},
        })
    return issues


def render_gitlab(entries: Sequence[ReportEntry]) -> str:
    """Every finding of every checked entry as one Code Quality report (an empty array when clean)."""
    issues = [issue for entry in entries if entry.report is not None for issue in _issues(entry)]
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
