"""gitlab, rdjson and junit: valid against the fields their consumers document, positions that point at the words."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from lxml import etree

from drift.model import Document, Language
from drift.pipeline import check_documents
from drift.render.entries import ReportEntry
from drift.render.gitlab import render_gitlab
from drift.render.junit import render_junit
from drift.render.rdjson import render_rdjson

SCHEMAS = Path(__file__).parent / "schemas"


def _json_schema(name: str) -> jsonschema.Draft7Validator:
    return jsonschema.Draft7Validator(json.loads((SCHEMAS / name).read_text(encoding="utf-8")))


def _assert_valid(validator, document) -> None:
    errors = sorted(validator.iter_errors(document), key=lambda error: list(error.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def _line_start(text: str, line: int) -> int:
    return ([0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)])[line - 1]


@pytest.fixture(scope="module")
def wide_report(encoder):
    """A pair whose English has letters of two and four UTF-8 bytes before a drifted weekday."""
    orig = Document("Bakan Ayşe Öztürk 12 Mart Perşembe günü Ankara'da konuştu.\n"
                    "Görüşme iki saat sürdü.\n", Language.TURKISH, path="wide/tr.txt")
    trans = Document("Minister Ayşe Öztürk 🙂 spoke in Ankara on Tuesday, March 12.\n"
                     "The meeting lasted two hours.\n", Language.ENGLISH, path="wide/en.txt")
    report = check_documents(orig, trans, encoder=encoder)
    assert any(finding.code == "D301" for finding in report.findings), report.findings
    return report


def test_gitlab_code_quality(s400_report):
    issues = json.loads(render_gitlab([ReportEntry("s400", s400_report, "major")]))
    _assert_valid(_json_schema("gitlab-code-quality.json"), issues)
    assert len(issues) == len(s400_report.findings) > 0
    assert len({issue["fingerprint"] for issue in issues}) == len(issues)
    assert {issue["location"]["path"] for issue in issues} == {"samples/s400/en.txt"}
    trans = s400_report.alignment.trans.text
    for issue, finding in zip(issues, s400_report.findings):
        assert issue["severity"] == finding.severity.value and issue["check_name"].startswith(f"drift/{finding.code}")
        if finding.trans is not None:
            assert trans.count("\n", 0, finding.trans.start) + 1 == issue["location"]["lines"]["begin"]


def test_gitlab_clean_is_an_empty_array():
    assert json.loads(render_gitlab([ReportEntry("x", None, error="missing")])) == []


def test_rdjson_valid_with_utf8_byte_columns_and_suggestions(wide_report):
    result = json.loads(render_rdjson([ReportEntry("wide", wide_report)]))
    _assert_valid(_json_schema("rdjson.json"), result)
    text = wide_report.alignment.trans.text
    for diagnostic, finding in zip(result["diagnostics"], wide_report.findings):
        if finding.trans is None:
            continue
        where = diagnostic["location"]["range"]
        line = text[_line_start(text, where["start"]["line"]):].encode("utf-8")
        start, end = where["start"]["column"] - 1, where["end"]["column"] - 1
        assert line[start:end].decode("utf-8") == finding.trans.text
        if finding.expected:
            assert diagnostic["suggestions"] == [{"range": where, "text": finding.expected}]
    weekday = next(d for d in result["diagnostics"] if d["code"]["value"] == "D301")
    # "Tuesday" follows ş, ö, ü (two bytes each) and an emoji (four): bytes, not code points.
    assert weekday["location"]["range"]["start"]["column"] == text.index("Tuesday") + 1 + 3 + 3
    assert weekday["severity"] == "ERROR" and weekday["suggestions"][0]["text"] == "Thursday"


def test_junit_valid_one_case_per_entry_one_failure_per_finding_at_fail_on(s400_report):
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "junit.xsd")))
    entries = [ReportEntry("s400", s400_report, "major"), ReportEntry("gone", None, error="gone/tr.txt: no such file")]
    document = etree.fromstring(render_junit(entries).encode("utf-8"))
    assert schema.validate(document), schema.error_log
    cases = document.findall("testsuite/testcase")
    assert [case.get("name") for case in cases] == ["samples/s400/en.txt", "gone"]
    at_or_above = [f for f in s400_report.findings if f.severity.rank >= 2]
    assert [failure.get("type") for failure in cases[0].findall("failure")] == [f.code for f in at_or_above]
    below = cases[0].findtext("system-out").splitlines()
    assert len(below) == len(s400_report.findings) - len(at_or_above)
    assert cases[1].find("error").get("message") == "gone/tr.txt: no such file"
    suite = document.find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("2", str(len(at_or_above)), "1")
    never = etree.fromstring(render_junit([ReportEntry("s400", s400_report, "never")]).encode("utf-8"))
    assert schema.validate(never) and never.find("testsuite").get("failures") == "0"


def test_junit_drops_characters_xml_cannot_hold(encoder):
    orig = Document("Bakan 12 Mart Perşembe günü konuştu.\n", Language.TURKISH, path="c/tr.txt")
    trans = Document("The minister\x0b spoke on Tuesday, March 12.\x01\n", Language.ENGLISH, path="c/en.txt")
    report = check_documents(orig, trans, encoder=encoder)
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "junit.xsd")))
    assert schema.validate(etree.fromstring(render_junit([ReportEntry("c", report)]).encode("utf-8")))

