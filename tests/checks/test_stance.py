"""D405 stance-flip beyond its registry case: an opposition that the English lost to a plain "against"."""

from __future__ import annotations

import pytest

from findings import findings_of

ORIG = "Türkiye, Rusya'ya yönelik yaptırımlara karşı çıkarken arabuluculuk teklif etti."


def _stance(orig: str, trans: str, encoder):
    return findings_of("D405", orig, trans, encoder)


def test_opposition_lost_to_a_plain_against_is_flagged(encoder):
    found = _stance(ORIG, "Turkey offered to mediate against the sanctions on Russia.", encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [("mediate against", "opposed")]


@pytest.mark.parametrize("trans", [
    "Turkey opposed the sanctions on Russia while offering to mediate.",
    "Turkey was against the sanctions on Russia and offered to mediate.",
    "Turkey slammed the sanctions against Russia and offered to mediate.",
])
def test_opposition_rendered_stays_quiet(trans, encoder):
    assert _stance(ORIG, trans, encoder) == []


def test_an_objection_rendered_by_a_sense_of_its_own_stays_quiet(encoder):
    orig = "Avukat, müvekkili hakkındaki karara itiraz edeceklerini söyledi."
    assert _stance(orig, "The lawyer said they would appeal the ruling against her client.", encoder) == []


REFUSED = "Belediye, şirketin süre uzatma talebini reddetti."


def test_support_told_for_a_refusal_is_flagged(encoder):
    found = _stance(REFUSED, "The municipality backed the company's request for an extension.", encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [("backed", "opposed")]


@pytest.mark.parametrize("trans", [
    "The municipality accepted the company's request for an extension, handing back its deposit.",
    "The municipality accepted the company's request for an extension, as it did years back.",
])
def test_back_completing_another_verb_is_no_support(trans, encoder):
    assert [finding.trans.text for finding in _stance(REFUSED, trans, encoder)] == []
