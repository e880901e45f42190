"""Anchors: the numbers, codes and names two sentences share."""

from __future__ import annotations

from drift.text.anchors import anchor_agreement, sentence_anchors


def test_numbers_codes_and_names_meet_across_languages():
    orig = sentence_anchors("ABD, Türkiye'ye S-400 füzelerini 24 Şubat'ta önerdi; NATO sessiz.", turkish=True)
    trans = sentence_anchors("The U.S. suggested on February 24 that Turkey send S-400 missiles; NATO was silent.",
                             turkish=False)
    assert {"#24", "#400", "=s-400", "=nato", "~turk"} <= orig & trans


def test_decimal_conventions_agree():
    assert "#35" in sentence_anchors("Büyüme %3,5 oldu.", turkish=True)
    assert "#35" in sentence_anchors("Growth was 3.5%.", turkish=False)


def test_misspelled_name_does_not_meet():
    assert not sentence_anchors("Zelenskiy'nin", turkish=True) & sentence_anchors("Zhelensky", turkish=False)


def test_agreement():
    assert anchor_agreement(frozenset(), frozenset()) is None
    assert anchor_agreement(frozenset({"#1"}), frozenset()) == 0.0
    assert anchor_agreement(frozenset({"#1", "~anka"}), frozenset({"#1"})) == 2 / 3
