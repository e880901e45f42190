"""Bead costs: optional anchors, and two neighbouring sentences given in the other order."""

from __future__ import annotations

import numpy as np
import pytest

from drift.align import _agreement
from drift.align.costs import (AlignParams, SideFeatures, anchor_counts, anchor_matrices, bead_costs, bead_scores,
                               crossed_pairs)
from drift.align.dp import best_beads


def features(orig_sets, trans_sets):
    (orig_anchors, orig_optional), (trans_anchors, trans_optional) = anchor_matrices(orig_sets, trans_sets)
    orig = SideFeatures(np.eye(len(orig_sets), 4), orig_anchors, np.full(len(orig_sets), 40.0), orig_optional)
    trans = SideFeatures(np.eye(len(trans_sets), 4), trans_anchors, np.full(len(trans_sets), 40.0), trans_optional)
    return orig, trans


@pytest.mark.parametrize("orig, trans, agreement", [
    # certain keys only: the Dice overlap
    ({"#12", "~kars"}, {"#12"}, 2 / 3),
    # an optional key matched by a certain one counts as a certain key would
    ({"=tmo", "~ekim"}, {"?=tmo"}, 2 / 3),
    # an unmatched optional key does not count at all
    ({"#12"}, {"#12", "?=imf", "?~sewe"}, 1.0),
    # two optional keys do not match each other
    ({"?=sgk"}, {"?=sgk"}, None),
    # a key certain in one sentence of a side and optional in another counts as certain
    ({"=dsi", "?=dsi"}, {"?=dsi"}, 1.0),
])
def test_optional_keys_count_only_when_the_other_side_has_them_as_certain(orig, trans, agreement):
    o, t = features([frozenset(orig)], [frozenset(trans)])
    _, scores, _ = bead_scores(o, t, AlignParams())
    if agreement is None:
        assert np.isnan(scores[0, 0])
    else:
        assert scores[0, 0] == pytest.approx(agreement)
    # the bead's reported agreement, worked out on the key sets, is the same number
    assert _agreement(frozenset(orig), frozenset(trans)) == (None if agreement is None else round(agreement, 4))


def test_anchor_counts_without_optional_keys_are_the_plain_dice_terms():
    o, t = features([frozenset({"#1", "~anka"}), frozenset({"#7"})], [frozenset({"#1"}), frozenset({"#9"})])
    o, t = SideFeatures(o.vectors, o.anchors, o.lengths), SideFeatures(t.vectors, t.anchors, t.lengths)
    shared, total = anchor_counts(o, t)
    assert shared.tolist() == [[1, 0], [0, 0]]
    assert total.tolist() == [[3, 3], [2, 2]]


def test_a_crossed_pair_costs_its_two_one_to_one_pairs_and_the_swap_penalty():
    one_one = np.array([[0.9, 0.2, 0.8],
                        [0.3, 0.9, 0.8],
                        [0.8, 0.8, 0.1]])
    crossed = crossed_pairs(one_one, AlignParams(swap_penalty=0.1))
    assert crossed.shape == (2, 2)
    assert crossed[0, 0] == pytest.approx(0.2 + 0.3 + 0.1)   # orig 0 -> trans 1, orig 1 -> trans 0
    assert crossed[1, 1] == pytest.approx(0.8 + 0.8 + 0.1)


@pytest.mark.parametrize("n, m", [(0, 3), (3, 0), (1, 1), (1, 4)])
def test_crossed_pairs_of_a_side_too_short_to_swap_is_empty(n, m):
    assert crossed_pairs(np.zeros((n, m)), AlignParams()).size == 0


def unit(rows) -> np.ndarray:
    rows = np.asarray(rows, dtype=np.float64)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_neighbours_given_in_the_other_order_become_one_two_to_two_bead():
    # orig 1 and 2 are rendered as trans 2 and 1: close on the crossing, unrelated on the diagonal.
    orig_vectors = unit([[1, 0, 0, 0], [0, 1, 0.1, 0], [0, 0.1, 1, 0], [0, 0, 0, 1]])
    trans_vectors = unit([[1, 0, 0, 0], [0, 0.1, 1, 0], [0, 1, 0.1, 0], [0, 0, 0, 1]])
    empty = np.zeros((4, 0), dtype=np.float32)
    lengths = np.full(4, 40.0)
    costs = bead_costs(SideFeatures(orig_vectors, empty, lengths), SideFeatures(trans_vectors, empty, lengths),
                       AlignParams())
    beads = [(bead.orig, bead.trans) for bead in best_beads(costs)]
    assert beads == [((0,), (0,)), ((1, 2), (1, 2)), ((3,), (3,))]
    # the 2-2 bead is paid as its two crossed pairs, which here is cheaper than the merge of both sides
    assert costs.two_two[1, 1] == pytest.approx(costs.one_one[1, 2] + costs.one_one[2, 1] + AlignParams().swap_penalty)


def test_a_swap_whose_merge_reads_poorly_is_still_one_bead():
    # Each crossed pair is only loosely close (cosine 0.55), as is the merge of both sides: paid as a merge, the
    # swap costs more than leaving one sentence out on each side.
    orig_vectors = unit([[1, 0, 0, 0, 0, 0], [0, 1, 0, 0, 0, 0], [0, 0, 1, 0, 0, 0], [0, 0, 0, 1, 0, 0]])
    trans_vectors = unit([[1, 0, 0, 0, 0, 0], [0, 0, 0.55, 0, 0.835, 0], [0, 0.55, 0, 0, 0, 0.835],
                          [0, 0, 0, 1, 0, 0]])
    empty = np.zeros((4, 0), dtype=np.float32)
    lengths = np.full(4, 40.0)
    orig, trans = SideFeatures(orig_vectors, empty, lengths), SideFeatures(trans_vectors, empty, lengths)
    beads = [(bead.orig, bead.trans) for bead in best_beads(bead_costs(orig, trans, AlignParams()))]
    assert beads == [((0,), (0,)), ((1, 2), (1, 2)), ((3,), (3,))]
    # without the crossed reading the pair falls apart into an omission, a pair and an addition
    beads = [(bead.orig, bead.trans) for bead in best_beads(bead_costs(orig, trans, AlignParams(swap_penalty=9.0)))]
    assert ((1, 2), (1, 2)) not in beads


def test_a_parallel_text_is_not_read_as_swapped():
    vectors = unit(np.eye(4) + 0.05)
    empty = np.zeros((4, 0), dtype=np.float32)
    lengths = np.full(4, 40.0)
    costs = bead_costs(SideFeatures(vectors, empty, lengths), SideFeatures(vectors, empty, lengths), AlignParams())
    assert [(bead.orig, bead.trans) for bead in best_beads(costs)] == [((k,), (k,)) for k in range(4)]
