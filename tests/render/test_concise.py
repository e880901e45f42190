"""Concise lines: `file:line:col: CODE [severity] message`, one per finding."""

from __future__ import annotations

import re

from drift.render.concise import render_concise

LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<code>D\d{3}) \[(?P<sev>critical|major|minor)\] (?P<msg>.+)$")


def test_one_line_per_finding_at_the_english_span(s400_report):
    text = s400_report.alignment.trans.text
    lines = render_concise(s400_report).splitlines()
    assert len(lines) == len(s400_report.findings)
    for line, finding in zip(lines, s400_report.findings):
        match = LINE.match(line)
        assert match, line
        assert match["file"] == "samples/s400/en.txt" and match["code"] == finding.code
        assert match["sev"] == finding.severity.value
        row = text.split("\n")[int(match["line"]) - 1]
        if finding.trans is not None:
            assert row[int(match["col"]) - 1:].startswith(finding.trans.text)
        else:
            assert int(match["col"]) == 1


def test_path_override_and_single_lines(s400_report):
    out = render_concise(s400_report, trans_path="copy/en.txt")
    assert all(line.startswith("copy/en.txt:") for line in out.splitlines())
    assert out.count("\n") == len(s400_report.findings)
