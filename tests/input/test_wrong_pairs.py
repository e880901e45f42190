"""Wrong pairs: different stories, two Turkish texts, English said to be Turkish, swapped files: exit 2 with the evidence.

Thresholds (drift.pair_check.PairParams) and their measurement on the samples:
benchmarks/calibrate_pairs.py.
"""

from __future__ import annotations

import pytest

import drift
from drift.cli import main
from drift.model import Document, Language
from drift.pair_check import WrongPairError, detect_language, pair_evidence, pair_problem
from drift.pipeline import align_documents, check_documents

DEV = ["court-trial", "diplomacy-visit", "drone-export", "earthquake-drill", "economy-rates", "film-festival",
       "football-transfer", "gas-discovery", "health-vaccine", "municipal-budget"]


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("drift: error: "), err
    assert "Traceback" not in err
    return lines[0]


def test_unrelated_articles_exit_2_with_the_evidence(samples, capsys):
    orig, trans = samples / "dev" / "gas-discovery" / "tr.txt", samples / "dev" / "court-trial" / "en.txt"
    assert main(["check", str(orig), str(trans), "--no-config"]) == 2
    message = _one_line_error(capsys)
    assert f"{orig} and {trans} do not read as an original and its translation" in message
    assert "0% of their sentences have a partner (0 of 29; a translation: 40% or more)" in message
    assert "languages: Turkish and English" in message and "--no-pair-check" in message
    assert capsys.readouterr().out == ""


def test_english_said_to_be_turkish_exits_2_naming_the_languages(samples, capsys):
    # Two English texts of one story are read as reference and copy (tests/reference) unless ORIG is said to be
    # Turkish: then they are a wrong pair.
    orig, trans = samples / "dev" / "gas-discovery" / "en.txt", samples / "dev" / "gas-discovery" / "en_faithful.txt"
    assert main(["check", str(orig), str(trans), "--no-config", "-f", "json", "--orig-lang", "tr"]) == 2
    message = _one_line_error(capsys)
    assert message.startswith("drift: error: both texts are English (")
    assert f"{orig}: 3 words that mark Turkish, 124 that mark English" in message
    assert "the original must be the Turkish text" in message


def test_turkish_with_turkish_and_swapped_files(samples, capsys):
    tr, en = samples / "dev" / "gas-discovery" / "tr.txt", samples / "dev" / "gas-discovery" / "en.txt"
    assert main(["check", str(tr), str(samples / "dev" / "court-trial" / "tr.txt"), "--no-config"]) == 2
    assert "both texts are Turkish" in _one_line_error(capsys)
    assert main(["check", str(en), str(tr), "--no-config"]) == 2
    message = _one_line_error(capsys)
    assert "the files seem swapped" in message and "give the Turkish original first" in message


def test_no_pair_check_compares_them_anyway(samples, capsys):
    orig, trans = samples / "dev" / "gas-discovery" / "tr.txt", samples / "dev" / "court-trial" / "en.txt"
    assert main(["check", str(orig), str(trans), "--no-config", "--no-pair-check", "-f", "concise"]) == 1
    assert len(capsys.readouterr().out.splitlines()) > 20  # every sentence left out or added


def test_the_api_raises_and_can_skip_the_check(samples, encoder):
    tr = (samples / "dev" / "gas-discovery" / "tr.txt").read_text(encoding="utf-8")
    en = (samples / "dev" / "court-trial" / "en.txt").read_text(encoding="utf-8")
    with pytest.raises(WrongPairError):
        drift.check(tr, en, encoder=encoder)
    assert drift.check(tr, en, encoder=encoder, pair_check=False).findings


@pytest.mark.parametrize("story", DEV)
def test_true_pairs_pass(samples, encoder, story):
    tr = Document((samples / "dev" / story / "tr.txt").read_text(encoding="utf-8"), Language.TURKISH)
    for name in ("en.txt", "en_faithful.txt"):
        en = Document((samples / "dev" / story / name).read_text(encoding="utf-8"), Language.ENGLISH)
        alignment = align_documents(tr, en, encoder=encoder)
        assert pair_problem(alignment) is None
        assert pair_evidence(alignment).partnered_share >= 0.85


def test_an_abridged_translation_is_still_a_pair(samples, encoder):
    tr = (samples / "dev" / "economy-rates" / "tr.txt").read_text(encoding="utf-8")
    lines = (samples / "dev" / "economy-rates" / "en.txt").read_text(encoding="utf-8").splitlines(keepends=True)
    report = check_documents(Document(tr, Language.TURKISH), Document("".join(lines[:len(lines) // 2]),
                                                                       Language.ENGLISH), encoder=encoder)
    assert any(finding.code == "D501" for finding in report.findings)  # omissions reported, not refused


def test_texts_too_short_to_judge_are_checked(encoder):
    # One sentence each, unrelated: too little to say they are not a pair; the checks decide.
    report = drift.check("Ali dün Ankara'ya gitti.", "The weather was cold.", encoder=encoder)
    assert report.alignment.beads


@pytest.mark.parametrize(("text", "language"), [
    ("Bakan, iki ülke arasındaki ticaretin bu yıl artacağını ve yeni bir anlaşma için çalıştıklarını söyledi.",
     Language.TURKISH),
    ("The minister said that trade between the two countries would grow this year and that they were working on "
     "a new agreement.", Language.ENGLISH),
    ("Zelenskiy Erdoğan Çavuşoğlu S-400 2022", None),
    ("", None),
])
def test_language_detection(text, language):
    assert detect_language(text).language is language
