"""SARIF 2.1.0: valid against the standard's schema, code-point columns, rules with help, related locations."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from drift.checks import all_checks
from drift.model import Document, Language
from drift.pipeline import check_documents
from drift.render.sarif import artifact_uri, render_sarif

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))


def _validate(log: dict) -> None:
    validator = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(log), key=lambda error: list(error.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def _offset(text: str, line: int, column: int) -> int:
    """Code point offset of a 1-based SARIF line and column (lines end at CRLF, LF or CR)."""
    import re

    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    return starts[line - 1] + column - 1


def test_valid_against_the_sarif_schema(s400_report):
    log = json.loads(render_sarif(s400_report))
    _validate(log)
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert len(run["results"]) == len(s400_report.findings)


def test_one_rule_per_check_with_its_docstring(s400_report):
    run = json.loads(render_sarif(s400_report))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == [info.code for info in all_checks()]
    for rule, info in zip(rules, all_checks()):
        assert rule["help"]["text"] == info.doc and "Why it matters" in rule["help"]["text"]
        assert rule["name"] == info.slug
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_locations_english_primary_turkish_related(s400_report):
    alignment = s400_report.alignment
    run = json.loads(render_sarif(s400_report))["runs"][0]
    for finding, result in zip(s400_report.findings, run["results"]):
        region = result["locations"][0]["physicalLocation"]["region"]
        assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "samples/s400/en.txt"
        start = _offset(alignment.trans.text, region["startLine"], region["startColumn"])
        end = _offset(alignment.trans.text, region["endLine"], region["endColumn"])
        assert (start, end - start) == (region["charOffset"], region["charLength"])
        assert alignment.trans.text[start:end] == region["snippet"]["text"]
        if finding.trans is not None:
            assert region["snippet"]["text"] == finding.trans.text
        else:  # an omission points at the nearest English sentence
            assert region["snippet"]["text"] in {s.text for s in alignment.trans_sentences}
        if finding.orig is not None:
            related = result["relatedLocations"][0]["physicalLocation"]
            assert related["artifactLocation"]["uri"] == "samples/s400/tr.txt"
            rr = related["region"]
            orig_start = _offset(alignment.orig.text, rr["startLine"], rr["startColumn"])
            assert alignment.orig.text[orig_start:orig_start + rr["charLength"]] == finding.orig.text
        else:
            assert "relatedLocations" not in result
    assert any(f.trans is None for f in s400_report.findings)


def test_columns_count_code_points_across_crlf_and_astral_characters(encoder, samples):
    sample = samples / "s400"
    english = (sample / "en.txt").read_text(encoding="utf-8").replace("\n", "\r\n")
    english = english.replace("The initiative is", "🙂𝒜 The initiative is")  # two astral code points
    report = check_documents(Document((sample / "tr.txt").read_text(encoding="utf-8"), Language.TURKISH),
                             Document(english, Language.ENGLISH, path="en.txt"), encoder=encoder)
    log = json.loads(render_sarif(report))
    _validate(log)
    zhelensky = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "D101")
    region = zhelensky["locations"][0]["physicalLocation"]["region"]
    line = english.split("\r\n")[region["startLine"] - 1]
    assert line[region["startColumn"] - 1:region["endColumn"] - 1] == "Zhelensky"


def test_deterministic_and_relative_uris(s400_report):
    assert render_sarif(s400_report) == render_sarif(s400_report)
    assert artifact_uri("news/my story/en.txt") == "news/my%20story/en.txt"
    assert artifact_uri("/tmp/x y.txt").startswith("file:///")


@pytest.mark.parametrize("fmt", ["sarif"])
def test_cli_writes_valid_sarif(samples, tmp_path, fmt, capsys):
    from drift.cli import main

    target = tmp_path / "drift.sarif"
    code = main(["check", str(samples / "s400" / "tr.txt"), str(samples / "s400" / "en.txt"),
                 "--no-config", "-f", fmt, "-o", str(target)])
    assert code == 1
    _validate(json.loads(target.read_text(encoding="utf-8")))


def test_the_schema_check_would_catch_a_broken_log(s400_report):
    log = json.loads(render_sarif(s400_report))
    log["runs"][0]["columnKind"] = "characters"
    log["runs"][0]["results"][0]["level"] = "critical"
    with pytest.raises(AssertionError):
        _validate(log)


def test_sarif_fixes_replace_the_english_span(s400_report):
    log = json.loads(render_sarif(s400_report))
    _validate(log)
    text = s400_report.alignment.trans.text
    fixed = 0
    for result, finding in zip(log["runs"][0]["results"], s400_report.findings):
        if not (finding.expected and finding.trans is not None):
            assert "fixes" not in result
            continue
        fixed += 1
        (change,) = result["fixes"][0]["artifactChanges"]
        (replacement,) = change["replacements"]
        region = replacement["deletedRegion"]
        start = _offset(text, region["startLine"], region["startColumn"])
        end = _offset(text, region["endLine"], region["endColumn"])
        assert text[start:end] == text[region["charOffset"]:region["charOffset"] + region["charLength"]] \
            == finding.trans.text
        assert replacement["insertedContent"]["text"] == finding.expected
        assert change["artifactLocation"]["uri"] == "samples/s400/en.txt"
    assert fixed >= 3
