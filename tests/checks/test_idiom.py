"""D407 idiom-missed beyond its registry case: the word named, and idioms left alone."""

from __future__ import annotations

import pytest

import drift
from drift.config import Config


def _idioms(orig: str, trans: str, encoder):
    """D407's findings, run with the preview checks (where D407 may be kept)."""
    report = drift.check(orig, trans, encoder=encoder, config=Config(preview=True))
    return [finding for finding in report.findings if finding.code == "D407"]


def test_the_adverb_standing_for_an_adverbial_idiom_is_named(encoder):
    orig = "Bakanlık yetkilileri, konuyu sendika temsilcileriyle gayri resmi olarak görüştü."
    found = _idioms(orig, "Ministry officials accidentally discussed the matter with union representatives.", encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [("accidentally", "informally")]
    assert _idioms(orig, "Ministry officials informally discussed the matter with union representatives.",
                   encoder) == []


def test_a_negated_idiom_may_be_rendered_by_its_opposite(encoder):
    orig = "Uzmanlar, planın bu koşullarda hayata geçirilemeyeceğini söyledi."
    assert _idioms(orig, "Experts said the plan was a non-starter under these conditions.", encoder) == []


def test_a_grammatical_phrase_is_no_idiom(encoder):
    orig = "Şirket, maaşların yanı sıra prim de ödeyecek."
    assert _idioms(orig, "The company will pay bonuses on top of salaries.", encoder) == []


CAUGHT = "Hırsızlar sonunda yakayı ele verdi."


@pytest.mark.parametrize("orig, trans, flagged", [
    # a synonym of the idiom's sense: "captured" and "be caught" share a Turkish translation (yakalamak)
    (CAUGHT, "The thieves were finally captured.", None),
    (CAUGHT, "The thieves finally escaped.", "escaped"),
    # "en az" is a superlative built by grammar (at least), not an idiom, even when the English misspells it
    ("Belediye parka en az 30 milyon lira ayıracak.", "The council will set aside at lest 30 million liras for the park.", None),
])
def test_synonyms_and_comparisons(orig, trans, flagged, encoder):
    assert [finding.trans.text for finding in _idioms(orig, trans, encoder)] == ([flagged] if flagged else [])
