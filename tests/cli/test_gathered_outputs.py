"""gitlab, rdjson and junit from the command line: one document for every pair of a manifest or file of lint."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from lxml import etree

from drift.cli import main

SCHEMAS = Path(__file__).resolve().parents[1] / "render" / "schemas"


def test_pairs_junit_has_a_case_per_pair_and_an_error_for_the_missing_one(samples, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the repository's root, where CI runs: files are named relative to it
    for name in ("tr.txt", "en.txt"):
        shutil.copy(samples / "s400" / name, tmp_path / name)
    manifest = tmp_path / "pairs.csv"
    manifest.write_text("orig,trans,id\ntr.txt,en.txt,s400\ngone.tr.txt,en.txt,gone\n", encoding="utf-8")
    report = tmp_path / "drift.xml"
    assert main(["check", "--pairs", str(manifest), "--no-config", "-f", "junit", "-o", str(report)]) == 2
    document = etree.parse(str(report))
    assert etree.XMLSchema(etree.parse(str(SCHEMAS / "junit.xsd"))).validate(document)
    cases = document.findall("testsuite/testcase")
    assert [case.get("name") for case in cases] == ["en.txt", "gone"]
    assert cases[0].findall("failure") and cases[1].find("error") is not None
    assert "pair gone: " in capsys.readouterr().err


def test_lint_gitlab_and_rdjson_cover_every_file(samples, tmp_path, capsys):
    first, second = tmp_path / "one.txt", tmp_path / "two.txt"
    shutil.copy(samples / "s400" / "en.txt", first)
    second.write_text("Officials met on Tuesday, 24 February 2022 to discuss the plan.\n", encoding="utf-8")
    assert main(["lint", str(first), str(second), "--no-config", "-f", "gitlab", "--fail-on", "never"]) == 0
    issues = json.loads(capsys.readouterr().out)
    assert {issue["location"]["path"] for issue in issues} == {str(first), str(second)}
    assert main(["lint", str(first), str(second), "--no-config", "-f", "rdjson", "--fail-on", "never"]) == 0
    diagnostics = json.loads(capsys.readouterr().out)["diagnostics"]
    assert len(diagnostics) == len(issues)
    weekday = [d for d in diagnostics if d["location"]["path"] == str(second)]
    assert [d["code"]["value"] for d in weekday] == ["D302"]
