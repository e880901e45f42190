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


def _added_findings(orig: str, trans: str, encoder):
    """D416 is a preview check: it runs when named."""
    import drift
    from drift.checks import find_check
    from drift.config import Config

    config = Config(checks=(find_check("D416"),))
    return [finding for finding in drift.check(orig, trans, encoder=encoder, config=config).findings
            if finding.code == "D416"]


# Each Turkish negative form once with its negation lost (flagged) and once rendered (clean).
NEGATIVE_FORMS = [
    # yok with a copula ending
    ("Salonda herkese yetecek kadar sandalye yoktu.",
     "There were enough chairs in the hall for everyone.",
     "There were not enough chairs in the hall for everyone."),
    # aorist -mAz
    ("Bakan bu tür iddialara genellikle yanıt vermez.",
     "The minister usually answers such claims.",
     "The minister usually does not answer such claims."),
    # impotential past -AmAdı
    ("Kurtarma ekipleri karla kaplı köye ulaşamadı.",
     "Rescue teams reached the snow-covered village.",
     "Rescue teams could not reach the snow-covered village."),
    # a capitalised verb opening the sentence
    ("Katılmıyoruz, dedi sendika başkanı toplantıdan sonra.",
     "“We agree,” the union leader said after the meeting.",
     "“We do not agree,” the union leader said after the meeting."),
    # negative imperative -mAyIn
    ("Valilik, vatandaşlara sel bölgesine kesinlikle girmeyin çağrısı yaptı.",
     "The governor's office urged citizens to enter the flood zone.",
     "The governor's office urged citizens not to enter the flood zone under any circumstances."),
]


@pytest.mark.parametrize(("orig", "lost", "rendered"), NEGATIVE_FORMS)
def test_each_negative_form_is_flagged_when_lost_and_quiet_when_rendered(orig, lost, rendered, encoder):
    assert len(_negation_findings(orig, lost, encoder)) == 1
    assert _negation_findings(orig, rendered, encoder) == []


def test_a_word_whose_meaning_is_negative_answers_the_negation(encoder):
    orig = "Vali, belediyenin ek bütçe talebini kabul etmedi."
    assert _negation_findings(orig, "The governor refused the municipality's request for an extra budget.",
                              encoder) == []
    assert len(_negation_findings(orig, "The governor accepted the municipality's request for an extra budget.",
                                  encoder)) == 1


@pytest.mark.parametrize(("orig", "trans"), [
    # -mAdAn önce is "before doing"
    ("Maç başlamadan önce taraftarlar stadyumun önünde toplandı.",
     "Before the match began, fans gathered in front of the stadium."),
    # -mA + -DAn is the verbal noun's ablative: "from smoking", not "without smoking"
    ("Uzmanlar, sigara içmeden kaynaklanan hastalıkları anlattı.", "Experts described illnesses caused by smoking."),
    # V-Ip V-mAdIK is "whether"
    ("Savcılık, sürücünün alkollü olup olmadığını araştırıyor.", "Prosecutors are investigating whether the driver was drunk."),
    # V-Ar V-mAz is "as soon as"
    ("Sonuçlar açıklanır açıklanmaz borsa yükselişe geçti.", "As soon as the results were announced, the stock market rose."),
    # a noun in -mAk is no verb: damat (son-in-law), not da- + -madı
    ("Hastanın damadı dün hastaneye geldi.", "The patient's son-in-law came to the hospital yesterday."),
    # a capitalised bare negative aorist is as often a surname
    ("Törende Korkmaz kısa bir konuşma yaptı.", "At the ceremony Korkmaz made a short speech."),
    # "unthinkable": a negative prefix on an adjective whose verb is an English word
    ("Uzmanlar, böyle bir sonucun akla gelmeyeceğini söyledi.", "Experts said such an outcome was unthinkable."),
])
def test_constructions_that_only_look_negative_or_are_rendered_by_meaning_stay_quiet(orig, trans, encoder):
    assert _negation_findings(orig, trans, encoder) == []


def test_a_negation_before_or_reaches_the_coordinated_verb(encoder):
    orig = "Sendika, teklifi ciddi bulmadığını ve kabul etmediğini açıkladı."
    assert _negation_findings(orig, "The union said it did not find the offer serious or accept it.", encoder) == []


# D416: a negation the Turkish lacks.
def test_added_negation_is_flagged(encoder):
    found = _added_findings("Bakanlık geçen yılın rakamlarını doğruladı.",
                            "The ministry did not confirm last year's figures.", encoder)
    assert [finding.trans.text for finding in found] == ["not"]


@pytest.mark.parametrize(("orig", "trans"), [
    ("Salonda herkese yetecek kadar sandalye yoktu.", "There were not enough chairs in the hall for everyone."),
    ("Bakan bu tür iddialara genellikle yanıt vermez.", "The minister usually does not answer such claims."),
    ("Katılmıyoruz, dedi sendika başkanı toplantıdan sonra.", "“We do not agree,” the union leader said after the meeting."),
    ("Valilik, vatandaşlara sel bölgesine girmeyin çağrısı yaptı.", "The governor's office urged citizens not to enter the flood zone."),
    # -mAdAn is "without" here
    ("Bakan, soruları yanıtlamadan salondan ayrıldı.", "The minister left the hall without answering questions."),
    # "ne ... ne de" is "neither ... nor"
    ("Ne bakan ne de yardımcısı toplantıya katıldı.", "Neither the minister nor his deputy attended the meeting."),
    # "no matter" negates nothing
    ("Hava nasıl olursa olsun maç oynanacak.", "The match will be played no matter what the weather is like."),
])
def test_negation_the_turkish_has_stays_quiet(orig, trans, encoder):
    assert _added_findings(orig, trans, encoder) == []


def test_words_of_negative_sentences_answer_an_english_negation(encoder):
    # "diyemez" narrows de- to di-, which the lexicon cannot take apart; "hiç kimse" is negative anyway.
    orig = "Anket sonuçlarına bakarak hiç kimse kazandım diyemez."
    assert _added_findings(orig, "Looking at the poll results, nobody can say they have won.", encoder) == []


def test_a_negative_participle_describing_a_noun_is_answered_by_a_word_of_negative_meaning(encoder):
    orig = "Maça katılamayan kaptan, takımı tribünden izledi."
    assert _negation_findings(orig, "The captain, who missed the match, watched the team from the stands.", encoder) == []
    assert _added_findings(orig, "The captain, who could not play, watched the team from the stands.", encoder) == []


def test_an_english_title_the_original_keeps_adds_no_negation(encoder):
    orig = "Grubun yeni şarkısı \"We Don't Sleep\" listelerde ilk sıraya yerleşti."
    assert _added_findings(orig, "The band's new song \"We Don't Sleep\" went to the top of the charts.", encoder) == []


@pytest.mark.parametrize(("orig", "trans"), [
    # a negative question asks for a yes
    ("Bu karar herkes için adil değil mi?", "Is this decision fair for everyone?"),
    # a double negation cancels out
    ("Bakanın istifa etmemesi mümkün değil.", "The minister will have to resign."),
    # the privative -less answers a negative verb
    ("Eski makineler artık işe yaramıyor.", "The old machines are now useless."),
])
def test_negations_that_cancel_or_ask_stay_quiet(orig, trans, encoder):
    assert _negation_findings(orig, trans, encoder) == []


@pytest.mark.parametrize(("orig", "trans"), [
    ("Bu karar herkes için adil değil.", "This decision is fair for everyone."),
    ("Eski makineler artık işe yaramıyor.", "The old machines are now useful."),
])
def test_the_same_negations_alone_are_flagged(orig, trans, encoder):
    assert len(_negation_findings(orig, trans, encoder)) == 1


@pytest.mark.parametrize(("orig", "trans", "flagged"), [
    # yok before a light verb is a compound verb: yok etmek is "destroy"
    ("Yangın ormanın büyük bölümünü yok etti.", "The fire destroyed most of the forest.", False),
    ("Ormanda tek bir ağaç bile yok.", "There is a single tree in the forest.", True),
    # -mAdIkçA is rendered "until" or "unless"
    ("Borç ödenmedikçe dava sürecek.", "The case will go on until the debt is paid.", False),
    ("Borç ödenmedikçe dava sürecek.", "The case will go on now that the debt is paid.", True),
])
def test_yok_as_part_of_a_verb_and_until(orig, trans, flagged, encoder):
    assert bool(_negation_findings(orig, trans, encoder)) is flagged



def test_a_negative_adjective_in_able_answers_a_negative_verb(encoder):
    orig = "Taraftarlar finalin unutulmadığını söyledi."
    assert _negation_findings(orig, "Fans said the final had been unforgettable.", encoder) == []
    assert len(_negation_findings(orig, "Fans said the final had been forgotten.", encoder)) == 1


@pytest.mark.parametrize(("word", "negative"), [
    ("unverified", True), ("non-binding", True), ("illegal", True), ("unthinkable", True),
    ("unforgettable", True), ("unthinkably", True), ("irreversibly", True),
    ("incomes", False), ("display", False), ("understand", False), ("until", False),
])
def test_negative_prefixes(word, negative):
    from types import SimpleNamespace

    from drift.checks.polarity import _negative_prefix
    from drift.lexicon import load_lexicon

    context = SimpleNamespace(resources=SimpleNamespace(lexicon=load_lexicon()))
    assert _negative_prefix(context, word) is negative
