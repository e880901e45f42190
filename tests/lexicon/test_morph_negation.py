"""Negation from the Turkish verb's suffix chain (drift.lexicon.morph.verb_negation, negative_predicate)."""

from __future__ import annotations

import pytest

from drift.lexicon.morph import Negation, negative_predicate, verb_negation, verb_root_shaped


@pytest.mark.parametrize(("stem", "remainder", "negation"), [
    # past, reported past, future, participles, converbs: each negative, then its positive twin
    ("gel", "medi", Negation.NEGATIVE), ("gel", "di", Negation.NONE),
    ("yerleş", "memiş", Negation.NEGATIVE), ("yerleş", "miş", Negation.NONE),
    ("gör", "meyecek", Negation.NEGATIVE), ("gör", "ecek", Negation.NONE),
    ("anla", "madığının", Negation.NEGATIVE), ("anla", "dığının", Negation.NONE),
    ("ol", "mayan", Negation.NEGATIVE), ("ol", "an", Negation.NONE),
    ("ulaş", "mayınca", Negation.NEGATIVE), ("ulaş", "ınca", Negation.NONE),
    ("kurtar", "ılamayarak", Negation.NEGATIVE), ("kurtar", "ılarak", Negation.NONE),
    ("bak", "mayıp", Negation.NEGATIVE), ("bak", "ıp", Negation.NONE),
    # aorist -mAz (and -mAm, -mAyIz after "cannot")
    ("değiş", "mez", Negation.NEGATIVE), ("değiş", "ir", Negation.NONE),
    ("yap", "amaz", Negation.NEGATIVE), ("yap", "abilir", Negation.NONE),
    ("yap", "amam", Negation.NEGATIVE), ("yap", "amayız", Negation.NEGATIVE),
    # impotential past and progressive, with the narrowed vowel before -yor
    ("ulaş", "ılamadı", Negation.NEGATIVE), ("ulaş", "ıldı", Negation.NONE),
    ("iste", "miyor", Negation.NEGATIVE), ("iste", "yor", Negation.NONE),
    ("yap", "amıyor", Negation.NEGATIVE), ("yap", "ıyor", Negation.NONE),
    # negative imperative, infinitive and verbal noun of the negative verb
    ("git", "meyin", Negation.NEGATIVE), ("gid", "in", Negation.NONE),
    ("yakala", "nmamak", Negation.NEGATIVE), ("yakala", "nmak", Negation.NONE),
    ("et", "memesi", Negation.NEGATIVE), ("et", "mesi", Negation.NONE),
    # verbal nouns in -mA with a case ending are "doing", no negation
    ("açıkla", "mada", Negation.NONE), ("gel", "meye", Negation.NONE), ("yaz", "mayı", Negation.NONE),
    ("gel", "meleri", Negation.NONE),
    # two readings: "without doing" or "from doing"; "don't write!" or "writing"
    ("iç", "meden", Negation.AMBIGUOUS), ("yaz", "ma", Negation.AMBIGUOUS), ("yap", "amadan", Negation.AMBIGUOUS),
    # passive -l follows a vowel only: baş|lamadan is no passive "cannot" form of baş-
    ("başla", "madan", Negation.AMBIGUOUS), ("baş", "lamadan", Negation.NONE), ("başla", "nmadı", Negation.NEGATIVE),
])
def test_verb_negation(stem, remainder, negation):
    assert verb_negation(stem, remainder) is negation, stem + remainder


@pytest.mark.parametrize(("word", "negative"), [
    ("değil", True), ("değildir", True), ("değiliz", True), ("yok", True), ("yoktu", True), ("yokmuş", True),
    ("yoktur", True),
    # other words that start the same way
    ("yoksa", False), ("yoksul", False), ("yoksun", False), ("yokluk", False), ("değişti", False),
])
def test_negative_predicate(word, negative):
    assert negative_predicate(word) is negative


@pytest.mark.parametrize(("stem", "shaped"), [
    ("al", True), ("git", True), ("de", True), ("ye", True), ("iste", True),
    ("da", False), ("ha", False),  # damak (palate), hamak (hammock) are nouns
])
def test_verb_root_shaped(stem, shaped):
    assert verb_root_shaped(stem) is shaped
