"""Reference mode's bead-level facts and its filters: each mechanism with a case it flags and a case it leaves alone."""

from __future__ import annotations

import pytest

from drift.model import Category, Document, Language
from drift.reference import check_reference


def _findings(encoder, ref: str, trans: str):
    report = check_reference(Document(ref, Language.ENGLISH), Document(trans, Language.ENGLISH), encoder=encoder)
    return report.findings


def _codes(encoder, ref: str, trans: str) -> list[str]:
    return [finding.code for finding in _findings(encoder, ref, trans)]


@pytest.mark.parametrize(("ref", "trans", "code", "trans_words", "expected"), [
    # A weekday moved to another part of the sentence and changed: one date, paired across the bead.
    ("At a hearing on Thursday, the court in Istanbul sentenced Yalçıner to prison.",
     "The court in Istanbul sentenced Yalçıner to prison at a hearing held on Friday.", "R104", "Friday",
     "Thursday"),
    # "May" is a month when capitalised, not the verb.
    ("The campaign will begin on Monday, March 3, in all provinces.",
     "The campaign will begin on Monday, May 3, in all provinces.", "R104", "May", "March"),
    # Numbers compare as values: digits swapped, a decimal point lost.
    ("Sporting will receive a fee of 7.5 million euros.", "Sporting will receive a fee of 5.7 million euros.",
     "R103", "5.7", "7.5"),
    ("The producer received a cash prize of 1.5 million lira.",
     "The producer received a cash prize of 15 million lira.", "R103", "15", "1.5"),
    # A clock time moved and changed.
    ("The ceremony began at 8:30 p.m. at the Glass Pyramid in Antalya.",
     "At the Glass Pyramid in Antalya, the ceremony began at 10:30 p.m.", "R103", "10", "8"),
    # An ordinal against another ordinal.
    ("Deliveries will begin in the second half of 2026.", "Deliveries will begin in the first half of 2026.",
     "R103", "first", "second"),
    # Names and titles as runs of capitalised words sharing a word.
    ("Governor Ahmet Tunçel visited the site.", "Mayor Ahmet Tuncel visited the site.", "R107", "Mayor",
     "Governor"),
    ("Deputy Health Minister Ayşe Tunalı visited the site.", "Health Minister Ayşe Tunalı visited the site.",
     "R107", "Health Minister Ayşe Tunalı", "Deputy"),
    ("The prize of the Golden Orange Film Festival went to her.",
     "The prize of the Golden Apple Film Festival went to her.", "R107", "Apple", "Orange"),
    ("The court acquitted Cem Öztürk on all charges.", "The court acquitted Can Ozturk on all charges.", "R101",
     "Can", "Cem"),
    # A misspelled name even where the diff reads the two spellings as one word family.
    ("Karakaş said the bank had kept its rate.", "Karakash said the bank had kept its rate.", "R102", "Karakash",
     "Karakaş"),
    # Words left in Turkish, and a Turkish case ending left on a name.
    ("Supporters gathered outside the courthouse in Istanbul.", "Supporters gathered outside the adliye in Istanbul.",
     "R108", "adliye", "courthouse"),
    ("The plant in Kocaeli will open next year.", "The plant in Kocaeli’de will open next year.", "R108",
     "Kocaeli’de", "Kocaeli"),
    # A lost negation shows on the word it negated, wherever the diff put the change.
    ("The company has not transferred its source codes to any country.",
     "The company has transferred source codes to some nations.", "R106", "transferred", None),
    # Several words added with no counterpart.
    ("Indonesia will receive the drones next year.",
     "Indonesia will receive the drones next year, the largest export deal in history.", "R202", None, None),
])
def test_a_bead_level_fact_is_found_once_on_its_own_words(encoder, ref, trans, code, trans_words, expected):
    findings = _findings(encoder, ref, trans)
    assert [finding.code for finding in findings] == [code], [(f.code, f.message) for f in findings]
    if trans_words is not None:
        assert findings[0].trans.text == trans_words
    if expected is not None:
        assert findings[0].expected == expected


def test_untranslated_words_have_their_category(encoder):
    finding, = _findings(encoder, "Shots are given at family health centers.",
                         "Shots are given at aile sağlığı merkezleri.")
    assert finding.category is Category.UNTRANSLATED and finding.trans.text == "aile sağlığı merkezleri"


@pytest.mark.parametrize(("ref", "trans"), [
    # The same weekday, number, time or name moved elsewhere in the sentence.
    ("At a hearing on Thursday, the court in Istanbul sentenced Yalçıner.",
     "The court in Istanbul sentenced Yalçıner at a hearing on Thursday."),
    ("The drill involved 3,850 personnel.", "In the drill, 3,850 personnel were involved."),
    ("The bank made a 150-basis-point cut.", "The bank made a cut of 150 basis points."),
    ("The ceremony began at 8:30 p.m. in Antalya.", "In Antalya, the ceremony began at 8:30 p.m."),
    # "first" alone is often how a translator orders events.
    ("Ekinci met his counterpart and then visited the consulate.",
     "Ekinci first met his counterpart and then visited the consulate."),
    # A later mention by surname alone, an honorific added or swapped, a country for its adjective.
    ("Governor Ahmet Tunçel visited the site.", "Tunçel visited the site."),
    ("Prof. Nuran Yıldız warned of aftershocks.", "Dr Nuran Yıldız warned of aftershocks."),
    ("The Journalists Association of Turkey issued a statement.",
     "The Turkish Journalists' Association issued a statement."),
    # Codes are no names to misspell; a name that is also a Turkish word is left alone when both sides have it.
    ("Systems such as S-300s and S-400s are sought.", "Systems such as S-400s and S-300s are sought."),
    ("Kuzey Havacılık sells drones to allies.", "Kuzey Havacilik sells drones to allies."),
    # An English possessive is no Turkish case ending.
    ("The plant in Kocaeli will open next year.", "Kocaeli's plant will open next year."),
    # Speech verbs and connective phrases are interchangeable.
    ("Öztürk, for her part, said the plan was fair.", "Öztürk in turn noted the plan was fair."),
    ("The governor stressed that the drill went well.", "The governor underlined that the drill went well."),
    # One word more or less is phrasing.
    ("Shipments of the vaccine began last week.", "The vaccine began last week."),
])
def test_what_a_faithful_rewording_changes_is_no_finding(encoder, ref, trans):
    assert _codes(encoder, ref, trans) == []


def test_an_acronym_is_never_an_untranslated_word(encoder):
    codes = _codes(encoder, "Data from the Turkish Statistical Institute (TurkStat) showed a rise.",
                   "Data from the Turkish Statistical Institute (TÜİK) showed a rise.")
    assert "R108" not in codes


def test_the_lemma_keeps_a_word_whose_ending_is_one_letter():
    from drift.lexicon import load_lexicon
    from drift.reference import _Words

    words = _Words(load_lexicon())
    assert [words.lemma(word) for word in ("noted", "ties", "gates", "members", "said")] == [
        "note", "tie", "gate", "member", "say"]


def test_a_word_and_another_translation_of_its_first_turkish_word_are_synonyms():
    from drift.lexicon import load_lexicon
    from drift.reference import _Words

    words = _Words(load_lexicon())
    # hüküm: verdict first, ruling among its senses.
    assert words.synonyms("verdict", "ruling") and words.synonyms("ruling", "verdict")
    # A changed figure's scale is never explained away, nor are words that no Turkish word joins.
    assert not words.synonyms("million", "billion")
    assert not words.synonyms("informally", "inadvertently") and not words.synonyms("suggest", "ask")


def test_synonyms_are_no_finding_but_a_word_put_for_another_in_a_title_is(encoder):
    assert _codes(encoder, "A verdict was announced in the trial.", "A ruling was announced in the trial.") == []
    assert _codes(encoder, "Governor Ahmet Tunçel spoke.", "Mayor Ahmet Tunçel spoke.") == ["R107"]


def test_a_noun_spelled_like_a_verb_of_saying_stays_a_word(encoder):
    # "States" is not the verb "state": the change is the adverb alone.
    finding, = _findings(encoder, "The United States has informally raised the idea with Turkey.",
                         "The United States has inadvertently raised the idea with Turkey.")
    assert finding.code == "R201" and finding.trans.text == "has inadvertently"


@pytest.mark.parametrize(("ref", "trans"), [
    ("Ekinci is expected to return to Ankara on Wednesday.", "Ekinci is expected to return from Ankara on Wednesday."),
    ("Minister Ekinci was received by the Georgian prime minister in Batumi.",
     "Minister Ekinci received the Georgian prime minister in Batumi."),
    ("Head coach Okan Demirtaş praised Mendonça after the match.",
     "Mendonça praised head coach Okan Demirtaş after the match."),
])
def test_reversed_roles_are_found(encoder, ref, trans):
    assert "R109" in _codes(encoder, ref, trans)


@pytest.mark.parametrize(("ref", "trans"), [
    # The same direction and roles in another order, a passive made active, a reporting clause moved,
    # "according to" against "from", a name in apposition.
    ("Tents were sent from Istanbul to the provinces.", "Tents were sent to the provinces from Istanbul."),
    ("BOTAŞ will build a second pipeline.", "A second pipeline will be built by BOTAŞ."),
    ("In a statement on Monday, the company said the contracts were signed with Indonesia.",
     "The contracts were signed with Indonesia, the company said in a statement on Monday."),
    ("According to the Turkish Statistical Institute, prices rose.",
     "Prices rose, data from the Turkish Statistical Institute showed."),
    ("Serkan Dinçer, deputy group chairman of the AK Party, opposed it.",
     "AK Party deputy group chairman Serkan Dinçer opposed it."),
])
def test_reordered_sentences_keep_their_roles(encoder, ref, trans):
    assert "R109" not in _codes(encoder, ref, trans)


def test_a_negation_put_on_another_word_is_found(encoder):
    findings = _findings(encoder, "He said preparedness is not a choice but a necessity for everyone.",
                         "He said preparedness is a choice, not an obligation for everyone.")
    assert "R106" in [finding.code for finding in findings]


@pytest.mark.parametrize(("ref", "trans"), [
    ("We did not receive support from any foreign company.", "We received no support from any foreign company."),
    ("The vaccine is not mandatory for children.", "For children, the vaccine is not mandatory."),
])
def test_a_negation_of_the_same_words_is_no_finding(encoder, ref, trans):
    assert "R106" not in _codes(encoder, ref, trans)
