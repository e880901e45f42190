"""More rewordings that keep the meaning in reference mode: one verb put for another with its subject and object
swapped round it, a verb and its noun put for one verb, a phrasal verb split by its object pronoun, an acronym the
lexicon spells out, a particle and a noun written as one word, and a part of the day that holds the other side's
clock time. Each kind is paired with a change that must still be seen. Sentences are our own."""

from __future__ import annotations

import pytest
from word_diff import words_left


@pytest.mark.parametrize(("ref", "trans"), [
    # A verb and its noun put for one verb: the noun after an article is a synonym of the other side's verb.
    ("The council raised a request to widen the bus lane.", "The council asked for the bus lane to be widened."),
    # A phrasal verb with its object pronoun inside.
    ("The offers came in May and the mayor rejected them.", "The offers came in May and the mayor turned them down."),
    ("An infected bird can infect a whole flock.", "An infected bird can pass it on to a whole flock."),
    # A particle and a noun written as one word, the particle before a noun of like meaning on the other side.
    ("The rig stands 40 kilometres offshore.", "The rig stands 40 kilometres off the coast."),
    # An acronym of the lexicon is the sense it abbreviates (mp: member of parliament), a synonym of lawmaker.
    ("The MP backed the motion.", "The lawmaker backed the motion."),
])
def test_a_rewording_that_keeps_the_meaning_leaves_no_word(ref, trans):
    assert words_left(ref, trans) == []


@pytest.mark.parametrize(("ref", "trans", "left"), [
    # A support verb says too little of its own to stand for the other side's verb and its noun.
    ("The striker played twelve games this year.", "The striker made twelve appearances this year.",
     (["games"], ["appearances"])),
    # A compound of particle and noun against the particle before another word.
    ("The servers went offline at noon.", "The servers went back online at noon.", (["offline"], ["online"])),
    # An acronym stands for its own sense only.
    ("The MP backed the motion.", "The minister backed the motion.", (["MP"], ["minister"])),
])
def test_a_change_of_meaning_beside_them_is_still_seen(ref, trans, left):
    assert left in words_left(ref, trans)


def _codes(encoder, ref: str, trans: str) -> list[str]:
    from drift.model import Document, Language
    from drift.reference import check_reference

    report = check_reference(Document(ref, Language.ENGLISH), Document(trans, Language.ENGLISH), encoder=encoder)
    return [finding.code for finding in report.findings]


@pytest.mark.parametrize(("ref", "trans", "codes"), [
    # One verb for another with the subject and the object swapped round it: the event told from its other side.
    ("Selin Aydın won the poetry prize.", "The poetry prize went to Selin Aydın.", []),
    ("The greatest danger arises for fishermen.", "Fishermen face the greatest danger.", []),
    # The verb changed and the roles did not: a rewording; opposites stay opposites.
    ("Selin Aydın won the poetry prize.", "Selin Aydın judged the poetry prize.", ["R201"]),
    ("Selin Aydın won the poetry prize.", "Selin Aydın lost the poetry prize.", ["R113"]),
    # A part of the day that holds the other side's clock time; one that does not is words added.
    ("The votes were counted at 11 p.m. on Sunday.", "The votes were counted late on Sunday evening at 11 p.m.", []),
    ("The votes were counted at 9 a.m. on Sunday.", "The votes were counted late on Sunday evening at 9 a.m.",
     ["R202"]),
])
def test_findings_of_whole_sentences(encoder, ref, trans, codes):
    assert _codes(encoder, ref, trans) == codes


def test_an_acronym_is_spelled_out_by_the_initials_of_a_sense():
    from drift.reference import _spelled_out

    senses = ["member of parliament", "lawmaker", "military police"]
    assert _spelled_out("mp", senses) == {"mp", "member of parliament", "military police"}
    assert _spelled_out("lawmaker", senses) == {"lawmaker"}


@pytest.mark.parametrize(("ref", "trans", "codes"), [
    # A verb whose meaning holds a negation answers a negation; the "from" of a gerund and the "to" of an
    # infinitive are no direction. The verbs themselves are still compared as wording (minor).
    ("Buses were banned from entering the square.", "Buses were not allowed to enter the square.", ["R201"]),
    ("Buses were allowed to enter the square.", "Buses were not allowed to enter the square.", ["R106"]),
    ("The convoy returned to Kars.", "The convoy returned from Kars.", ["R109"]),
    # A verb of going beyond a figure bounds it as "more than" does (and the two words set one bound: no
    # rewording either); a bound the other way is still a change.
    ("Sales will exceed 40,000 units.", "Sales will be above 40,000 units.", []),
    ("Sales exceeded 40,000 units.", "Sales stayed under 40,000 units.", ["R110"]),
])
def test_facts_read_through_their_wording(encoder, ref, trans, codes):
    assert _codes(encoder, ref, trans) == codes


def test_two_words_of_one_kind_of_bound_set_the_same_bound(encoder):
    # "short of" and "below" are both upper bounds of the qualifier table, with or without a figure after them.
    assert _codes(encoder, "Turnout was short of the target.", "Turnout was below the target.") == []
    # An upper bound against a lower one is still a change.
    assert _codes(encoder, "Turnout was short of the target.", "Turnout exceeded the target.") != []


def test_bound_kind_reads_the_qualifier_table():
    from drift.reference.markers import bound_kind
    from drift.text.tokens import tokenize

    tokens = tokenize("It fell short of the goal and stayed below it.")
    kinds = {t.text: bound_kind(tokens, k) for k, t in enumerate(tokens)}
    assert kinds["short"] == "upper" and kinds["below"] == "upper" and kinds["goal"] is None
