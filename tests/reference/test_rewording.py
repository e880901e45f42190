"""Reference mode tells a rewording that keeps the meaning from one that changes it: definitions, adverbials of
small words, closed compounds, frequency words, words said once for twice, support verbs, timetable words,
connective prepositions and passive hedges. Each kept meaning is paired with a change that must still be found.
Sentences are our own."""

from __future__ import annotations

import pytest

from drift.model import Document, Language
from drift.reference import check_reference


def _codes(encoder, ref: str, trans: str) -> list[str]:
    report = check_reference(Document(ref, Language.ENGLISH), Document(trans, Language.ENGLISH), encoder=encoder)
    return [finding.code for finding in report.findings]


@pytest.mark.parametrize(("ref", "trans"), [
    # WordNet defines one word by the other ("reconvene": meet again; "chair": preside over).
    ("The hearing reconvened after a short break on the second floor.",
     "The hearing met again after a short break on the second floor."),
    ("Okan Demirtaş chaired the meeting of the harbour board.",
     "Okan Demirtaş presided over the meeting of the harbour board."),
    ("The new wind farm lies on a ridge north of the village.",
     "The new wind farm is located on a ridge north of the village."),
    # An adverbial of small words for one adverb.
    ("The two bridges were painted simultaneously by separate crews.",
     "The two bridges were painted at the same time by separate crews."),
    # A compound written as one word, and as two.
    ("The survey vessel reached the drillship before dawn.",
     "The survey vessel reached the drilling ship before dawn."),
    # A word of frequency and its unit.
    ("The bulletin on river levels is printed weekly.", "The bulletin on river levels is printed every week."),
    ("The depot handles 40,000 containers annually.", "The depot handles 40,000 containers a year."),
    # A unit said once for two figures.
    ("Traffic grew from 12 million tonnes to 15 million tonnes.",
     "Traffic grew from 12 million to 15 million tonnes."),
    # One support verb for another, with the noun reworded beside it.
    ("The guards held a large-scale rescue drill in the tunnel.",
     "The guards staged an extensive rescue exercise in the tunnel."),
    # A support verb whose noun the other side says with an adjective of its family.
    ("The guild had given great support to the festival.", "The guild had been very supportive of the festival."),
    # Words that put an event on a timetable.
    ("The second ferry is scheduled to sail in April.", "The second ferry is due to sail in April."),
    # Connective prepositions.
    ("Eight buses will go to Kars, along with two ambulances.",
     "Eight buses will go to Kars, together with two ambulances."),
    ("In line with the rules, the fee was refunded.", "In accordance with the rules, the fee was refunded."),
    ("Sales rose thanks to the warm autumn.", "Sales rose on the back of the warm autumn."),
    ("Bread prices rose 3 percent monthly in May.", "Bread prices rose 3 percent on a monthly basis in May."),
    # Words that only make a figure approximate, compared as its qualifier.
    ("About 300 runners took part in the race.", "Roughly 300 runners took part in the race."),
    # A verb form is no person: "heading" a team is leading it.
    ("Dr Selin Aras, who leads the survey team, said the nests were safe.",
     "Dr Selin Aras, heading the survey team, said the nests were safe."),
])
def test_a_rewording_that_keeps_the_meaning_is_no_finding(encoder, ref, trans):
    assert _codes(encoder, ref, trans) == []


@pytest.mark.parametrize(("ref", "trans", "code"), [
    # A definition that names what the word is not gives no synonym: "refuse" is no kind of "accept".
    ("The club accepted the offer from the sponsor.", "The club refused the offer from the sponsor.", "R113"),
    # "security" is defined "defense against financial failure": a definition that says what it averts names none.
    ("The talks covered energy, defense and tourism.", "The talks covered energy, security and tourism.", "R201"),
    # A word of a title said twice on one side is no mere repetition.
    ("Kemer District Governor Ali Koç said hotels in the district were full.",
     "Kemer Governor Ali Koç said hotels in the district were full.", "R107"),
    # A frequency word kept inside "on a ... basis" is still compared.
    ("Bread prices rose 3 percent monthly in May.", "Bread prices rose 3 percent on a weekly basis in May.", "R201"),
    # Support verbs that say opposite things are no rewording.
    ("The bank gave a loan to the cooperative.", "The bank took a loan from the cooperative.", "R113"),
    # A passive of belief dropped is a hedge lost.
    ("The vase is thought to have been stolen in the 1980s.", "The vase was stolen in the 1980s.", "R110"),
    ("The fire is said to have started in the kitchen.", "The fire started in the kitchen.", "R110"),
])
def test_a_change_of_meaning_beside_them_is_still_found(encoder, ref, trans, code):
    assert code in _codes(encoder, ref, trans)


def test_the_definition_heads_are_read_from_the_shipped_table():
    from drift.reference.definitions import heads

    assert "meet" in heads("reconvene")
    assert "preside" in heads("chair")
    assert heads("no-such-word-here") == ()
