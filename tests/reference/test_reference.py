"""An English reference: `drift check --orig-lang en` (or two English texts), the word diff, `drift score`."""

from __future__ import annotations

import importlib.util
import json

import pytest

import drift
from drift.cli import main
from drift.model import Category, Document, Language, Severity
from drift.reference import REFERENCE_CODES, check_reference
from drift.reference.diff import diff_bead
from drift.text.tokens import tokenize


def _words():
    from drift.lexicon import load_lexicon
    from drift.reference import _Words

    return _Words(load_lexicon())


def _changes(ref: str, trans: str):
    words = _words()
    return [([t.text for t in c.ref_left], [t.text for t in c.trans_left])
            for c in diff_bead(tokenize(ref), tokenize(trans), words.lemma, words.synonyms)]


@pytest.mark.parametrize(("ref", "trans", "expected"), [
    # Function words, inflection, moved words, word families, synonyms and folded spellings are no change.
    ("Analysts say Ankara has crafted its rhetoric.", "Ankara crafted the rhetoric, say analysts.", []),
    ("The minister asked them to consider transferring the systems.",
     "The minister asked for consideration of the transfer of the systems.", []),
    ("Troops helped the invading forces.", "Troops assisted the occupying forces.", []),
    ("U.S. officials met Abdülhamid in Kyiv.", "US officials met Abdulhamid in Kiev.", []),
    ("S-400s were sent.", "S-400 were sent.", []),
    # Words with no synonym, and a negation on one side only, are changes.
    ("The United States has informally raised the possibility.",
     "The United States has inadvertently raised the possibility.", [(["informally"], ["inadvertently"])]),
    ("The vaccine is not mandatory.", "The vaccine is mandatory.", [(["not"], [])]),
])
def test_word_diff(ref, trans, expected):
    assert _changes(ref, trans) == expected


def _check(ref: str, trans: str, encoder):
    return check_reference(Document(ref, Language.ENGLISH), Document(trans, Language.ENGLISH), encoder=encoder)


@pytest.mark.parametrize(("ref", "trans", "code", "expected"), [
    ("The story is by Phil Stewart.", "The story is by Bill Stewart.", "R101", "Phil"),
    ("President Volodymyr Zelenskiy asked for help.", "President Volodymyr Zhelensky asked for help.", "R102",
     "Zelenskiy"),
    ("The reserve holds 84 billion cubic meters.", "The reserve holds 84 million cubic meters.", "R103", "billion"),
    ("The invasion began on Thursday, February 24.", "The invasion began on Tuesday, February 24.", "R104",
     "Thursday"),
    ("Phil Stewart (@phildstewart) reported it.", "Phil Stewart (phildstewart) reported it.", "R105",
     "@phildstewart"),
    ("The vaccine is not mandatory for children.", "The vaccine is mandatory for children.", "R106", None),
    ("The United States informally raised the idea.", "The United States inadvertently raised the idea.", "R201",
     "informally"),
])
def test_each_kind_of_change_is_its_own_finding(encoder, ref, trans, code, expected):
    findings = _check(ref, trans, encoder).findings
    assert [finding.code for finding in findings] == [code]
    if expected is not None:
        assert findings[0].expected == expected


def test_the_reference_example(samples, encoder):
    report = _check((samples / "s400" / "en_faithful.txt").read_text(encoding="utf-8"),
                    (samples / "s400" / "en.txt").read_text(encoding="utf-8"), encoder)
    by_words = {finding.trans.text: finding for finding in report.findings if finding.trans is not None}
    assert by_words["Zhelensky"].category is Category.NAME and by_words["Zhelensky"].expected == "Zelenskiy"
    assert by_words["Tuesday"].severity is Severity.CRITICAL and by_words["Tuesday"].expected == "Thursday"
    informally = [finding for words, finding in by_words.items() if "inadvertently" in words]
    assert len(informally) == 1 and informally[0].expected == "informally"
    assert any("occupation" in words for words in by_words)
    assert by_words["Bill"].code == "R101" and by_words["Bill"].expected == "Phil"
    omitted = [finding for finding in report.findings if finding.code == "R501"]
    assert [finding.orig.text[:30] for finding in omitted] == ["Turkish Foreign Ministry offic",
                                                               "Turkish sources and analysts, "]
    added = [finding.trans.text for finding in report.findings if finding.code == "R502"]
    assert added[0] == "Source: Turkish media" and added[1].startswith("“Explorer.")
    paired = [bead for bead in report.alignment.beads if bead.orig and bead.trans]
    assert all(bead.chrf is not None and 0 <= bead.chrf <= 100 and bead.bleu is not None for bead in paired)


def test_identical_files_have_no_finding_and_exit_0(samples, capsys):
    path = samples / "dev" / "court-trial" / "en_faithful.txt"
    assert main(["check", str(path), str(path), "--no-config", "-f", "json"]) == 0
    envelope = json.loads(capsys.readouterr().out)
    assert envelope["findings"] == [] and envelope["orig"]["language"] == "en"
    assert all(bead["chrf"] == 100.0 and bead["bleu"] == 100.0 for bead in envelope["beads"])


def test_two_english_texts_of_one_story_are_compared_as_reference_and_copy(samples, capsys):
    folder = samples / "s400"
    assert main(["check", str(folder / "en_faithful.txt"), str(folder / "en.txt"), "--no-config", "-f",
                 "json"]) == 1
    envelope = json.loads(capsys.readouterr().out)
    assert envelope["orig"]["language"] == "en"
    assert {finding["code"][0] for finding in envelope["findings"]} == {"R"}
    assert "chrf" in envelope["beads"][0] and "bleu" in envelope["beads"][0]


def test_orig_lang_en_and_the_text_report_labels_the_reference(samples, capsys):
    folder = samples / "s400"
    assert main(["check", str(folder / "en_faithful.txt"), str(folder / "en.txt"), "--no-config",
                 "--orig-lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "\nREF The United States" in out and "\nTR " not in out and "Ref:" in out and "Turkish:" not in out


def test_two_english_texts_of_different_stories_exit_2(samples, capsys):
    ref, trans = samples / "dev" / "gas-discovery" / "en.txt", samples / "dev" / "court-trial" / "en.txt"
    assert main(["check", str(ref), str(trans), "--no-config"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("drift: error: ") and "both English but do not read as one story" in err


def test_the_api(samples, encoder):
    text = (samples / "s400" / "en_faithful.txt").read_text(encoding="utf-8")
    assert drift.check(text, text, encoder=encoder, orig_lang="en").findings == ()


def test_explain_and_checks_know_the_reference_codes(capsys):
    for code in REFERENCE_CODES:
        assert main(["explain", code.code]) == 0
        out = capsys.readouterr().out
        assert out.startswith(f"{code.code} {code.slug} (English reference") and "Example" in out
    assert main(["checks"]) == 0
    out = capsys.readouterr().out
    assert all(code.code in out for code in REFERENCE_CODES)


def test_score(samples, tmp_path, capsys):
    ref = samples / "s400" / "en_faithful.txt"
    assert main(["score", str(ref), str(ref)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("chrF 100.00  (nrefs:1|") and "BLEU 100.00  (nrefs:1|" in out
    short = tmp_path / "short.txt"
    short.write_text("One line.\n", encoding="utf-8")
    assert main(["score", str(ref), str(short)]) == 2
    assert "pairs lines in order" in capsys.readouterr().err


@pytest.mark.skipif(importlib.util.find_spec("transformers") is not None, reason="the [mt] extra is installed")
def test_mt_without_the_extra_exits_2_with_the_install_command(samples, capsys):
    folder = samples / "s400"
    assert main(["check", str(folder / "tr.txt"), str(folder / "en.txt"), "--no-config", "--mt", "some-model"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "pip install 'translation-drift[mt]'" in err and "Traceback" not in err


def test_the_html_report_shows_scores_and_names_the_reference(samples, tmp_path):
    folder = samples / "s400"
    page = tmp_path / "report.html"
    assert main(["check", str(folder / "en_faithful.txt"), str(folder / "en.txt"), "--no-config", "-f", "html",
                 "-o", str(page)]) == 1
    html = page.read_text(encoding="utf-8")
    assert "English · reference" in html and "Türkçe · original" not in html
    assert html.count("<br>BLEU ") >= 10 and "chrF " in html


def test_orig_lang_and_mt_are_for_one_pair(tmp_path, capsys):
    assert main(["check", "--pairs", str(tmp_path / "pairs.csv"), "--orig-lang", "en"]) == 2
    assert "--orig-lang and --mt apply to one pair" in capsys.readouterr().err
