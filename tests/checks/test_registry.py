"""Contract test: every registered check is documented, listed and has cases that behave.

Each check has tests/checks/cases/<CODE>/flagged (the check must report it,
and `expect.json`, when present, pins the English span and expected wording)
and tests/checks/cases/<CODE>/clean (the check must stay quiet). A check that
needs no original is run on the English alone, as `drift lint` runs it; the
folders of the others also hold the Turkish original, and a `drift.toml` when
the check needs a glossary.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

import drift
from drift.checks import all_checks, find_check
from drift.cli import main
from drift.lint import lint

CASES = Path(__file__).resolve().parent / "cases"
CODES = [info.code for info in all_checks()]


def test_registry_is_complete_and_documented():
    assert CODES, "no checks were discovered"
    slugs = [info.slug for info in all_checks()]
    assert len(set(slugs)) == len(slugs)
    for info in all_checks():
        assert re.fullmatch(r"D\d{3}", info.code)
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", info.slug)
        assert "Why it matters" in info.doc, f"{info.code} docstring lacks 'Why it matters'"
        assert len(info.doc.splitlines()) >= 4
        assert find_check(info.slug) is info and find_check(info.code.lower()) is info


def test_every_check_has_cases():
    assert sorted(path.name for path in CASES.iterdir()) == sorted(CODES)
    for code in CODES:
        assert (CASES / code / "flagged" / "en.txt").exists() and (CASES / code / "clean" / "en.txt").exists()
        if find_check(code).needs_original:
            assert (CASES / code / "flagged" / "tr.txt").exists() and (CASES / code / "clean" / "tr.txt").exists()


def _run(folder: Path, encoder, code: str):
    """A check that needs no original is tried on the English alone, the way `drift lint` runs it."""
    from drift.config import Settings, build_config, merge, read_settings

    english = (folder / "en.txt").read_text(encoding="utf-8")
    # A preview check's cases run with --preview; a glossary check's case brings its glossary.
    settings = Settings(preview=find_check(code).preview)
    if (folder / "drift.toml").exists():
        settings = merge(read_settings(folder / "drift.toml"), settings)
    # Every basis of the check runs: the cases show what it can flag; which bases run by default is test_maturity's.
    config = dataclasses.replace(build_config(settings), preview=True)
    if not find_check(code).needs_original:
        return lint(english, config=config)
    return drift.check((folder / "tr.txt").read_text(encoding="utf-8"), english, encoder=encoder, config=config)


@pytest.mark.parametrize("code", CODES)
def test_flagged_case(code, encoder):
    folder = CASES / code / "flagged"
    report = _run(folder, encoder, code)
    # A finding of another check on the same words carries this one's code in `also`.
    mine = [finding for finding in report.findings if finding.code == code or code in finding.also]
    assert mine, f"{code} did not flag its case; findings: {[(f.code, f.message) for f in report.findings]}"
    expect_path = folder / "expect.json"
    if expect_path.exists():
        expect = json.loads(expect_path.read_text(encoding="utf-8"))
        if "trans" in expect:
            assert any(f.trans and f.trans.text == expect["trans"] for f in mine), [f.trans for f in mine]
        if "expected" in expect:
            assert any(f.expected == expect["expected"] for f in mine), [f.expected for f in mine]
    for finding in mine:
        assert finding.message and finding.evidence
        assert finding.trans is None or report.alignment.trans.text[finding.trans.start:finding.trans.end] == finding.trans.text
        assert finding.orig is None or report.alignment.orig.text[finding.orig.start:finding.orig.end] == finding.orig.text


@pytest.mark.parametrize("code", CODES)
def test_clean_case(code, encoder):
    report = _run(CASES / code / "clean", encoder, code)
    assert [f for f in report.findings if f.code == code] == []


def test_checks_command_lists_every_check(capsys):
    assert main(["checks"]) == 0
    out = capsys.readouterr().out
    assert all(code in out for code in CODES)


@pytest.mark.parametrize("code", CODES)
def test_explain(code, capsys):
    assert main(["explain", code]) == 0
    assert find_check(code).doc.splitlines()[0] in capsys.readouterr().out


def test_explain_unknown_code_is_a_usage_error(capsys):
    assert main(["explain", "D999"]) == 2
    assert "unknown check" in capsys.readouterr().err
