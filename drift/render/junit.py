"""JUnit XML, for the test-report panels of CI systems (GitLab, Jenkins, Azure, GitHub test reporters).

One `<testsuite>` for the run, one `<testcase>` per pair or file (named by the
English file, its `classname` "drift"), one `<failure>` per finding at or
above the entry's fail-on (`type` is the check code, `message` the one-line
finding, the text says where). Findings below fail-on are listed in the case's
`<system-out>`; a pair that could not be checked is an `<error>`. No times or
timestamps: the output is deterministic.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.etree import ElementTree

from drift.render.entries import ReportEntry, finding_message
from drift.render.locate import Lines, english_anchor

# XML 1.0 cannot hold these characters even escaped; article text may contain them.
_NOT_XML = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF])


def _xml_text(text: str) -> str:
    return text.translate(_NOT_XML)


def _where(entry: ReportEntry, finding, lines: Lines) -> str:
    line, column = lines.position(english_anchor(entry.report.alignment, finding)[0])
    return f"{entry.path}:{line}:{column}"


def _case(suite: ElementTree.Element, entry: ReportEntry) -> tuple[int, int]:
    """Add one entry's test case; returns its (failures, errors)."""
    case = ElementTree.SubElement(suite, "testcase", {"classname": "drift", "name": _xml_text(entry.path),
                                                      "file": _xml_text(entry.path)})
    if entry.report is None:
        error = ElementTree.SubElement(case, "error", {"type": "input", "message": _xml_text(entry.error or "")})
        error.text = _xml_text(f"{entry.name} not checked: {entry.error}")
        return 0, 1
    lines = Lines.of(entry.report.alignment.trans.text)
    below = []
    failures = 0
    for finding in entry.report.findings:
        message = _xml_text(finding_message(finding))
        if not entry.fails(finding):
            below.append(f"{_where(entry, finding, lines)}: {finding.code} [{finding.severity.value}] {message}")
            continue
        failures += 1
        failure = ElementTree.SubElement(case, "failure", {"type": finding.code, "message": message})
        failure.text = (f"{_where(entry, finding, lines)}: {finding.code} {finding.check} "
                        f"[{finding.severity.value}, confidence {finding.confidence:.2f}]\n{message}")
    if below:
        ElementTree.SubElement(case, "system-out").text = "\n".join(below)
    return failures, 0


def render_junit(entries: Sequence[ReportEntry]) -> str:
    """One JUnit XML document: a test case per entry, a failure per finding at or above fail-on."""
    root = ElementTree.Element("testsuites", {"name": "drift"})
    suite = ElementTree.SubElement(root, "testsuite", {"name": "drift"})
    failures = errors = 0
    for entry in entries:
        failed, erred = _case(suite, entry)
        failures, errors = failures + failed, errors + erred
    counts = {"tests": str(len(entries)), "failures": str(failures), "errors": str(errors), "skipped": "0"}
    suite.attrib.update(counts)
    root.attrib.update({key: counts[key] for key in ("tests", "failures", "errors")})
    ElementTree.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, encoding="unicode") + "\n"
