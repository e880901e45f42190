"""Reference mode's reading of wording: what a faithful rewording keeps (no finding), a word put for its opposite
(R113) and a currency or unit put for another beside the same figure (R114). Sentences are our own."""

from __future__ import annotations

import pytest

from drift.model import Document, Language
from drift.reference import check_reference


def _codes(encoder, ref: str, trans: str) -> list[str]:
    report = check_reference(Document(ref, Language.ENGLISH), Document(trans, Language.ENGLISH), encoder=encoder)
    return [finding.code for finding in report.findings]


@pytest.mark.parametrize(("ref", "trans"), [
    # WordNet synonyms and near senses.
    ("The committee will continue its work after the holiday.",
     "The committee will resume its work after the holiday."),
    ("The board cut the parking fee for residents.", "The board lowered the parking fee for residents."),
    # A phrase WordNet lists as one word, put for a word.
    ("The council rejected the proposal to close the library.",
     "The council turned down the proposal to close the library."),
    # British and American spelling.
    ("The new tram line is 12 kilometres long and stops at the theatre.",
     "The new tram line is 12 kilometers long and stops at the theater."),
    # A negative prefix against "not" and the bare word.
    ("The union called the new shift plan unfair.", "The union called the new shift plan not fair."),
    # A sentence reordered: the synonym stands in another change.
    ("Rents climbed 3 percent in the spring, the survey showed.",
     "According to the survey, rents rose 3 percent in the spring."),
])
def test_a_faithful_rewording_is_no_finding(encoder, ref, trans):
    assert _codes(encoder, ref, trans) == []


@pytest.mark.parametrize(("ref", "trans", "code"), [
    # Words of facts are never synonyms, however close a thesaurus puts them.
    ("The fair opens on Monday in the old harbour.", "The fair opens on Tuesday in the old harbour.", "R104"),
    # Two offices of people are two facts.
    ("The secretary of the rowing club welcomed the guests.", "The head of the rowing club welcomed the guests.",
     "R201"),
    # Two poles of one antonym-table family are no synonyms, even under one WordNet head.
    ("The ferry fare was raised by 8 percent in June.", "The ferry fare was cut by 8 percent in June.", "R113"),
])
def test_facts_offices_and_opposites_are_not_explained_away(encoder, ref, trans, code):
    assert code in _codes(encoder, ref, trans)


@pytest.mark.parametrize(("ref", "trans"), [
    # WordNet opposites.
    ("The water level in the reservoir is high this spring.", "The water level in the reservoir is low this spring."),
    # Strong words of the antonym table.
    ("The council approved the plan for a new bus depot.", "The council rejected the plan for a new bus depot."),
    ("Two hikers were slightly hurt in the rockfall.", "Two hikers were seriously hurt in the rockfall."),
    # A word the table calls too general, put in the very slot of its opposite.
    ("The mayor opposed the new tourist tax.", "The mayor backed the new tourist tax."),
    # Phrases of the table, whose small words the word diff leaves out.
    ("Three members voted against the budget.", "Three members voted for the budget."),
    ("Ticket sales were down 4 percent in the first quarter.", "Ticket sales were up 4 percent in the first quarter."),
])
def test_a_word_put_for_its_opposite_is_found(encoder, ref, trans):
    assert "R113" in _codes(encoder, ref, trans)


@pytest.mark.parametrize(("ref", "trans"), [
    # A negation and a word of the other pole say the same: a negation on one side is R106's business.
    ("The council did not approve the plan for a new bus depot.", "The council rejected the plan for a new bus depot."),
    # The same two opposites, reordered.
    ("Imports rose and exports fell in the spring.", "Exports fell and imports rose in the spring."),
    # A word of one pole reworded with its own synonym next to a word of the other.
    ("As the river level falls, the danger to the bridge rises.",
     "As the river level drops, the danger to the bridge rises."),
    # A word of the table that is too general, among other changed words.
    ("The mayor opposed the tax in a long speech.", "The mayor backed away from the tax in a long speech."),
])
def test_no_opposite_where_the_meaning_is_kept(encoder, ref, trans):
    assert "R113" not in _codes(encoder, ref, trans)


@pytest.mark.parametrize(("ref", "trans"), [
    ("The port will receive $40 million for the new quay.",
     "The port will receive 40 million euros for the new quay."),
    ("The new cycle path is 12 kilometres long.", "The new cycle path is 12 miles long."),
    ("The harvest reached 300 tonnes this year.", "The harvest reached 300 kilograms this year."),
    # The two currencies changed places around the same figures.
    ("On Monday the euro rose from 40.9 to 41.3 lira.", "On Monday the lira rose from 40.9 to 41.3 against the euro."),
])
def test_a_currency_or_unit_put_for_another_is_found(encoder, ref, trans):
    assert "R114" in _codes(encoder, ref, trans)


@pytest.mark.parametrize(("ref", "trans"), [
    # The same currency written with its sign and with its name.
    ("The port will receive $40 million for the new quay.",
     "The port will receive 40 million dollars for the new quay."),
    # A unit on one side only.
    ("The port will receive $40 million for the new quay.", "The port will receive 40 million for the new quay."),
    # Units of different kinds beside one figure.
    ("The cable car climbs 30 metres in a minute.", "The cable car needs 30 seconds to climb a metre."),
    # The same rate said two ways, its currencies kept in place.
    ("On Monday the euro rose from 40.9 to 41.3 lira.", "On Monday the euro climbed from 40.9 to 41.3 lira."),
])
def test_no_unit_finding_where_the_unit_is_kept(encoder, ref, trans):
    assert "R114" not in _codes(encoder, ref, trans)


def test_a_unit_finding_shows_the_figure_with_its_sign(encoder):
    report = check_reference(Document("The fund received $40 million in May.", Language.ENGLISH),
                             Document("The fund received 40 million euros in May.", Language.ENGLISH),
                             encoder=encoder)
    finding, = report.findings
    assert (finding.code, finding.trans.text, finding.expected) == ("R114", "40 million euros", "$40 million")


def test_british_spellings_read_as_american_ones():
    from drift.reference.diff import american

    assert [american(word) for word in ("kilometres", "centre", "defence", "labour", "four", "hour")] == [
        "kilometers", "center", "defense", "labor", "four", "hour"]


def test_a_phrase_the_thesaurus_lists_is_one_word_of_the_diff():
    from drift.lexicon import load_lexicon
    from drift.reference import _Words
    from drift.reference.diff import diff_bead
    from drift.text.tokens import tokenize

    words = _Words(load_lexicon())
    ref = tokenize("They carried out the repairs overnight.")
    trans = tokenize("They implemented the repairs overnight.")
    assert diff_bead(ref, trans, words.lemma, words.synonyms, words.is_phrase) == ()
    ref = tokenize("They turned down the offer overnight.")
    trans = tokenize("They rejected the offer overnight.")
    assert diff_bead(ref, trans, words.lemma, words.synonyms, words.is_phrase) == ()
    # Without the thesaurus's phrases "turned" and "down" stand alone and "rejected" has no synonym.
    assert diff_bead(ref, trans, words.lemma, words.synonyms) != ()


@pytest.mark.parametrize(("ref", "trans", "flagged"), [
    # A belief verb kept, the possibility under it dropped: the claim becomes certain.
    ("Engineers believe the repair may take three weeks.", "Engineers believe the repair will take three weeks.",
     True),
    # Both hedges kept in other words.
    ("Engineers believe the repair may take three weeks.", "Engineers think the repair could take three weeks.",
     False),
])
def test_a_possibility_dropped_under_a_kept_belief_is_a_hedge_finding(encoder, ref, trans, flagged):
    assert ("R110" in _codes(encoder, ref, trans)) is flagged
