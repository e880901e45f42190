"""Turkish-aware folding keeps string length, so offsets stay valid."""

from __future__ import annotations

import pytest

from drift.text.fold import fold_ascii, fold_case


@pytest.mark.parametrize(("text", "turkish", "expected"), [
    ("İSTANBUL", True, "istanbul"),
    ("IRMAK", True, "ırmak"),
    ("IRMAK", False, "irmak"),
    ("Çavuşoğlu", True, "çavuşoğlu"),
    ("İ", False, "İ"),  # str.lower() would give two code points
])
def test_fold_case(text, turkish, expected):
    assert fold_case(text, turkish) == expected
    assert len(fold_case(text, turkish)) == len(text)


@pytest.mark.parametrize(("word", "expected"), [
    ("Çavuşoğlu", "cavusoglu"), ("Türkiye", "turkiye"), ("IŞIK", "isik"), ("Zelenskiy", "zelenskiy"),
])
def test_fold_ascii(word, expected):
    assert fold_ascii(word, turkish=True) == expected


def test_a_long_text_folds_as_its_words_do():
    """Words are remembered and longer texts folded afresh: both ways give the same letters."""
    words = ["İSTANBUL'da", "IRMAK", "Çavuşoğlu", "İ"] * 6
    text = " ".join(words)
    assert len(text) > 40
    for turkish in (True, False):
        assert fold_case(text, turkish) == " ".join(fold_case(word, turkish) for word in words)
