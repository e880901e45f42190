"""The Turkish analyser's reading of a word: lemma, case, voice, mood, tense, nominalisation."""

from __future__ import annotations

import pytest

from drift.text.morphology import analyses, read


@pytest.mark.parametrize(("word", "lemma", "features"), [
    # necessity, ability, negated ability, inability
    ("yıkılmalı", "yıkmak", {"moods": ("necessity",), "voice": ("Pass",), "finite": True}),
    ("yüzebilir", "yüzmek", {"moods": ("ability",), "tense": "aorist", "negative": False}),
    ("kalmayabilir", "kalmak", {"moods": ("ability",), "negative": True, "unable": False}),
    ("okuyamaz", "okumak", {"negative": True, "unable": True, "tense": "aorist"}),
    # the future, as a sentence's verb and as a clause made a noun
    ("boyanacak", "boyamak", {"tense": "future", "finite": True, "voice": ("Pass",)}),
    ("satılacağını", "satmak", {"nominalisation": "FutPart", "case": "Acc", "finite": False}),
    # the evidential after a tense, and the formal -mIştIr, which is no report
    ("bekliyormuş", "beklemek", {"tense": "progressive", "evidential": True}),
    ("yazılmıştır", "yazmak", {"tense": "narrative", "copula": True, "evidential": False}),
    # the conditional and the wish
    ("yağarsa", "yağmak", {"moods": ("conditional",), "tense": "aorist"}),
    ("yazsa", "yazmak", {"moods": ("desire",)}),
    # clauses made nouns: -DIk, -mA, -mAk
    ("kazandığını", "kazanmak", {"nominalisation": "PastPart", "possessive": "P3sg", "case": "Acc", "pos": "Noun"}),
    ("okumasını", "okumak", {"nominalisation": "Inf2", "possessive": "P3sg", "case": "Acc"}),
    ("yüzmeyi", "yüzmek", {"nominalisation": "Inf2", "case": "Acc"}),
    # nouns: case, possessive and number
    ("köprülerden", "köprü", {"case": "Abl", "number": "pl", "pos": "Noun"}),
    ("bahçesine", "bahçe", {"case": "Dat", "possessive": "P3sg"}),
    ("tarlada", "tarla", {"case": "Loc", "possessive": ""}),
])
def test_read(word, lemma, features):
    analysis = read(word)
    assert analysis is not None and analysis.lemma == lemma
    for name, value in features.items():
        assert getattr(analysis, name) == value, (word, name, getattr(analysis, name))


@pytest.mark.parametrize(("word", "necessity", "ability", "future"), [
    ("onarılmalıdır", True, False, False),  # zeyrek reads only -mA + -lI made a verb: repaired to the necessity
    ("durmalıydı", True, False, False),
    ("sürebilecek", False, True, True),
    ("bitecekler", False, False, True),
])
def test_modal_properties(word, necessity, ability, future):
    analysis = read(word)
    assert (analysis.necessity, analysis.ability, analysis.future) == (necessity, ability, future)


def test_choice_prefers_fewest_derivations_then_third_person():
    """A finite necessity before "with a doing" (-mA + -lI); the possessive of the third person before the second."""
    assert read("sulanmalı").moods == ("necessity",)
    assert [item.moods for item in analyses("sulanmalı")][0] == ("necessity",)
    assert read("bulduğunu").possessive == "P3sg"
    assert any(item.possessive == "P2sg" for item in analyses("bulduğunu"))


def test_a_lexicalised_noun_is_read_as_the_noun():
    """"taşınmalı" is taşınmak (move house) + -mAlI before taşımak (carry) + passive: the longer lemma, fewer steps."""
    assert read("taşınmalı").lemma == "taşınmak"
    assert any(item.lemma == "taşımak" and item.voice == ("Pass",) for item in analyses("taşınmalı"))


def test_capitals_fold_the_turkish_way():
    assert read("İSTENMELİ").lemma == "istemek"
    assert read("IRMAKTAN").case == "Abl"


@pytest.mark.parametrize("word", ["", "2024", "Ankara'ya", "e-posta", "zzqxw"])
def test_words_it_cannot_read(word):
    assert read(word) is None
    assert analyses(word) == ()


def test_a_word_is_read_once():
    assert read("yürüyebilir") is read("yürüyebilir")


def test_loading_prints_nothing(capsys):
    """zeyrek print()s notes on its dictionaries and logs each analysis: neither may reach stdout or stderr."""
    read("koşabilir")
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""


def test_the_analyser_is_imported_only_when_a_word_is_read():
    import subprocess
    import sys

    code = "import sys, drift.text.morphology as m; print('zeyrek' in sys.modules, 'nltk' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False False"


def test_a_reading_added_to_zeyreks_keeps_its_own():
    """The future and the necessity zeyrek misses come first; its participle and adjective stay for context."""
    assert read("kurulacak").finite and read("kurulacak").future
    assert any(item.pos == "Adj" and item.nominalisation == "FutPart" for item in analyses("kurulacak"))
    assert read("düşürmeli").necessity
    assert any(item.pos == "Adj" and not item.necessity for item in analyses("düşürmeli"))
