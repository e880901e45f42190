"""The dynamic-programming core on hand-built cost tables."""

from __future__ import annotations

import math

import numpy as np
import pytest

from drift.align.dp import BeadCosts, best_beads

INF = math.inf


def table(one_one, skip=0.5, one_two=None, two_one=None, two_two=None) -> BeadCosts:
    """Costs from a 1-1 table; merges forbidden unless given."""
    one_one = np.asarray(one_one, dtype=float)
    n, m = one_one.shape
    return BeadCosts(
        one_one=one_one,
        one_two=np.array(one_two, dtype=float) if one_two is not None else np.full((n, max(m - 1, 0)), INF),
        two_one=np.array(two_one, dtype=float) if two_one is not None else np.full((max(n - 1, 0), m), INF),
        two_two=np.array(two_two, dtype=float) if two_two is not None else np.full((max(n - 1, 0), max(m - 1, 0)), INF),
        skip_orig=np.full(n, skip),
        skip_trans=np.full(m, skip),
    )


def shape(beads) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(bead.orig, bead.trans) for bead in beads]


def test_diagonal_is_one_to_one():
    costs = table([[0.1, 0.9, 0.9], [0.9, 0.1, 0.9], [0.9, 0.9, 0.1]])
    assert shape(best_beads(costs)) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


def test_unmatched_orig_sentence_becomes_omission():
    costs = table([[0.1, 0.9], [0.9, 0.9], [0.9, 0.1]])
    assert shape(best_beads(costs)) == [((0,), (0,)), ((1,), ()), ((2,), (1,))]


def test_unmatched_trans_sentence_becomes_addition():
    costs = table([[0.1, 0.9, 0.9], [0.9, 0.9, 0.1]])
    assert shape(best_beads(costs)) == [((0,), (0,)), ((), (1,)), ((1,), (2,))]


def test_cheap_two_to_one_merge_is_taken():
    # orig 1+2 -> trans 1 costs 0.3; any route without the merge costs 1.2 after the first pair
    costs = table([[0.1, 0.9], [0.9, 0.7], [0.9, 0.7]], two_one=[[0.9, 0.9], [0.9, 0.3]])
    assert shape(best_beads(costs)) == [((0,), (0,)), ((1, 2), (1,))]


def test_cheap_one_to_two_split_is_taken():
    costs = table([[0.7, 0.7]], one_two=[[0.2]])
    assert shape(best_beads(costs)) == [((0,), (0, 1))]


def test_two_to_two_is_taken_when_cheapest():
    costs = table([[0.8, 0.8], [0.8, 0.8]], two_two=[[0.3]])
    assert shape(best_beads(costs)) == [((0, 1), (0, 1))]


def test_tie_prefers_plain_pairs_over_a_merge():
    costs = table([[0.2, 0.9], [0.9, 0.2]], two_two=[[0.4]])
    assert shape(best_beads(costs)) == [((0,), (0,)), ((1,), (1,))]


def test_costs_are_reported_per_bead():
    beads = best_beads(table([[0.1, 0.9], [0.9, 0.9], [0.9, 0.3]], skip=0.5))
    assert [bead.cost for bead in beads] == pytest.approx([0.1, 0.5, 0.3])


def test_every_sentence_is_covered_once_in_order():
    rng = np.random.default_rng(7)
    n, m = 9, 12
    costs = table(rng.random((n, m)), skip=0.45, one_two=rng.random((n, m - 1)) + 0.5,
                  two_one=rng.random((n - 1, m)) + 0.5, two_two=rng.random((n - 1, m - 1)) + 1.0)
    beads = best_beads(costs)
    assert [i for bead in beads for i in bead.orig] == list(range(n))
    assert [j for bead in beads for j in bead.trans] == list(range(m))


@pytest.mark.parametrize(("n", "m"), [(0, 3), (3, 0), (0, 0)])
def test_empty_sides(n, m):
    costs = table(np.zeros((n, m)))
    beads = best_beads(costs)
    assert [i for bead in beads for i in bead.orig] == list(range(n))
    assert [j for bead in beads for j in bead.trans] == list(range(m))
    assert all(not bead.orig or not bead.trans for bead in beads)
