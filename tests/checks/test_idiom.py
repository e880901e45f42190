"""D407 idiom-missed beyond its registry case: the word named, and idioms left alone."""

from __future__ import annotations

from findings import findings_of


def _idioms(orig: str, trans: str, encoder):
    return findings_of("D407", orig, trans, encoder)


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
