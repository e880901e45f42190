"""Inline markers: `<!-- drift: accept CODE -->` in the English accepts one finding, and only that."""

from __future__ import annotations

import pytest

from drift.errors import InputError
from drift.model import Document, Language
from drift.pipeline import check_documents
from drift.suppress import find_markers


def _check(s400_documents, encoder, edits: list[tuple[str, str]]):
    orig, trans = s400_documents
    text = trans.text
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return check_documents(orig, Document(text, Language.ENGLISH, path="en.txt"), encoder=encoder)


def _codes(report) -> list[str]:
    return sorted(f.code for f in report.findings)


def test_marker_accepts_the_finding_in_its_sentence(s400_documents, s400_report, encoder):
    report = _check(s400_documents, encoder, [(
        "help protect Ukrainian airspace.",
        "help protect Ukrainian airspace. <!-- drift: accept D101 house style spells it so -->",
    )])
    expected = _codes(s400_report)
    expected.remove("D101")
    assert _codes(report) == expected


def test_marker_alone_on_its_line_speaks_for_the_sentence_before(s400_documents, s400_report, encoder):
    report = _check(s400_documents, encoder, [(
        "Source: Turkish media\n", "Source: Turkish media\n<!-- drift: accept added-sentence -->\n",
    )])
    expected = _codes(s400_report)
    expected.remove("D601")
    assert _codes(report) == expected
    assert not [f for f in report.findings if f.trans and "drift:" in f.trans.text]  # nothing on the marker


def test_one_marker_accepts_one_finding_per_code(s400_documents, s400_report, encoder):
    # Two Turkish sentences after the byline have no English: one marker accepts the nearer only.
    report = _check(s400_documents, encoder, [(
        "March 20, 2022\n", "March 20, 2022 <!-- drift: accept D501 -->\n",
    )])
    assert _codes(report).count("D501") == _codes(s400_report).count("D501") - 1 == 1


def test_marker_for_another_sentence_accepts_nothing(s400_documents, s400_report, encoder):
    report = _check(s400_documents, encoder, [(
        "Turkey shares a maritime border", "Turkey shares a maritime border <!-- drift: accept D101 -->",
    )])
    assert _codes(report) == _codes(s400_report)


@pytest.mark.parametrize(("text", "fragment"), [
    ("One.\nTwo <!-- drift: accept D999 -->.\n", "en.txt:2: unknown check 'D999' in a drift marker"),
    ("One <!-- drift: acept D101 -->.\n", "en.txt:1: malformed drift marker"),
])
def test_bad_markers_are_errors(text, fragment):
    with pytest.raises(InputError, match=fragment):
        find_markers(text, "en.txt")


def test_marker_syntax():
    markers = find_markers("A <!--drift: accept d101, name-swap because -->. B <!-- DRIFT: ACCEPT D501 -->")
    assert [m.codes for m in markers] == [("D101", "D102"), ("D501",)]
    assert find_markers("<!-- an ordinary comment --> text") == ()


def test_cli_unknown_marker_code_exits_2(samples, tmp_path, capsys):
    from drift.cli import main

    (tmp_path / "tr.txt").write_text((samples / "s400" / "tr.txt").read_text(encoding="utf-8"), encoding="utf-8")
    english = (samples / "s400" / "en.txt").read_text(encoding="utf-8")
    (tmp_path / "en.txt").write_text(english.replace("Source: Turkish media", "Source <!-- drift: accept D9 -->"),
                                     encoding="utf-8")
    assert main(["check", str(tmp_path / "tr.txt"), str(tmp_path / "en.txt"), "--no-config"]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and "unknown check 'D9' in a drift marker" in lines[0]
