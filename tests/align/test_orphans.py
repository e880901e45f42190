"""Lone sentences whose facts the neighbouring bead states are joined to it."""

from __future__ import annotations

from drift.align.dp import PathBead
from drift.align.orphans import join_orphans


def shape(beads):
    return [(bead.orig, bead.trans) for bead in beads]


def test_an_orig_sentence_whose_acronym_the_previous_english_spells_out_joins_that_bead():
    orig = [frozenset({"~mira"}), frozenset({"#40"}), frozenset({"=gsyh"})]
    trans = [frozenset({"~mira"}), frozenset({"#40", "?=gsyh"})]
    steps = [PathBead((0,), (0,), 0.1), PathBead((1,), (1,), 0.2), PathBead((2,), (), 0.3)]
    joined = join_orphans(steps, orig, trans)
    assert shape(joined) == [((0,), (0,)), ((1, 2), (1,))]
    assert joined[1].cost == 0.2 + 0.3


def test_an_added_english_sentence_whose_figure_only_the_next_turkish_sentence_has_joins_it():
    orig = [frozenset({"#7", "#1990"})]
    trans = [frozenset({"#1990"}), frozenset({"#7"})]
    steps = [PathBead((), (0,), 0.3), PathBead((0,), (1,), 0.2)]
    assert shape(join_orphans(steps, orig, trans)) == [((0,), (0, 1))]


def test_a_sentence_whose_facts_the_neighbour_repeats_on_its_own_side_stays_alone():
    # the figure is on both sides of the neighbouring pair: the lone sentence only repeats it
    orig = [frozenset({"#18"}), frozenset({"#18"})]
    trans = [frozenset({"#18"})]
    steps = [PathBead((0,), (0,), 0.1), PathBead((1,), (), 0.3)]
    assert shape(join_orphans(steps, orig, trans)) == shape(steps)


def test_a_sentence_with_a_fact_the_english_never_states_stays_alone():
    orig = [frozenset({"#12"}), frozenset({"#12", "#300"})]
    trans = [frozenset({"?=x", "#12"})]
    steps = [PathBead((0,), (0,), 0.1), PathBead((1,), (), 0.3)]
    assert shape(join_orphans(steps, orig, trans)) == shape(steps)


def test_names_alone_do_not_join_a_sentence():
    orig = [frozenset({"~kaya"}), frozenset({"~demi"})]
    trans = [frozenset({"~kaya", "~demi"})]
    steps = [PathBead((0,), (0,), 0.1), PathBead((1,), (), 0.3)]
    assert shape(join_orphans(steps, orig, trans)) == shape(steps)


def test_a_neighbour_that_is_already_a_merge_is_left_as_it_is():
    orig = [frozenset({"#1"}), frozenset({"#2"}), frozenset({"#3"})]
    trans = [frozenset({"#1", "#2", "#3"})]
    steps = [PathBead((0, 1), (0,), 0.1), PathBead((2,), (), 0.3)]
    assert shape(join_orphans(steps, orig, trans)) == shape(steps)
