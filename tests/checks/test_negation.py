"""D404 negation-flip beyond its registry cases: the word a lost negation belonged to."""

from __future__ import annotations

import pytest

from findings import findings_of


def _negation_findings(orig: str, trans: str, encoder):
    return findings_of("D404", orig, trans, encoder)


def test_lost_negation_is_flagged_on_its_word_when_another_survives(encoder):
    # Two negated verbs in the Turkish, one "not" in the English: the one lost is on "verified".
    orig = ("Muhalefet, rakamların bağımsız kuruluşlarca doğrulanmadığını savundu ve raporu kabul etmedi.")
    trans = "The opposition argued that the figures had been verified by independent bodies and did not accept the report."
    found = _negation_findings(orig, trans, encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [("verified", "not verified")]
    assert found[0].orig.text == "doğrulanmadığını"


def test_every_negation_rendered_stays_quiet(encoder):
    orig = "Muhalefet, rakamların bağımsız kuruluşlarca doğrulanmadığını savundu ve raporu kabul etmedi."
    trans = ("The opposition argued that the figures had not been verified by independent bodies and did not "
             "accept the report.")
    assert _negation_findings(orig, trans, encoder) == []


@pytest.mark.parametrize("trans", [
    "Some 27 percent of young voters have yet to decide which party they will vote for.",
    "Some 27 percent of young voters have not yet decided which party they will vote for.",
    "Some 27 percent of young voters are still undecided about which party they will vote for.",
])
def test_negative_verb_listed_as_its_own_lemma_is_negative_and_its_renderings_count(trans, encoder):
    orig = "Genç seçmenlerin yüzde 27'si henüz hangi partiye oy vereceğine karar vermedi."
    assert _negation_findings(orig, trans, encoder) == []
    drifted = "Some 27 percent of young voters have already decided which party they will vote for."
    assert len(_negation_findings(orig, drifted, encoder)) == 1


def test_words_that_only_look_prefixed_are_no_negation(encoder):
    # "incomes", "increase" and "display" carry no negative prefix; "independent" does not answer "yansıtmadığını" either
    # once "reflected" stands with no negation before it.
    orig = "CHP'li Ersoy, açıklanan rakamların dar gelirlinin yaşadığı hayat pahalılığını yansıtmadığını savundu."
    trans = "CHP's Ersoy argued that the figures announced reflected the high cost of living faced by people on low incomes."
    found = _negation_findings(orig, trans, encoder)
    assert len(found) == 1 and found[0].orig.text == "yansıtmadığını"


@pytest.mark.parametrize(("orig", "trans"), [
    # -madan/-meden is "without": a negation on both sides.
    ("Seferler başka gemilerle aksatılmadan sürdürülecek.", "Services will continue with other ships without disruption."),
    # "not only ... but also" answers "sadece ... değil".
    ("Hastane sadece Aydın'a değil, Muğla'dan gelen hastalara da hizmet verecek.",
     "The hospital will serve not only Aydın but also patients coming from Muğla."),
    # -medikçe (as long as ... not) is rendered "until".
    ("Açık kapanmadıkça faiz indirimi beklenmiyor ve piyasa bunu biliyor.",
     "No rate cut is expected until the gap closes, and the market knows it."),
    # A noun made from a negative form is a word of its own: anlaşmazlık is a dispute.
    ("Şüphelinin komşusuyla arazi anlaşmazlığı yaşadığı ortaya çıktı.",
     "It emerged that the suspect had a land dispute with his neighbour."),
])
def test_negations_rendered_in_other_words_stay_quiet(orig, trans, encoder):
    assert _negation_findings(orig, trans, encoder) == []


def test_a_negative_verb_the_lexicon_cannot_take_apart_still_counts(encoder):
    orig = "Karakaş, kur politikasında herhangi bir değişiklik öngörmüyoruz dedi."
    assert _negation_findings(orig, "Karakaş said we do not foresee any change in exchange rate policy.",
                              encoder) == []
    assert len(_negation_findings(orig, "Karakaş said we foresee a change in exchange rate policy.", encoder)) == 1
