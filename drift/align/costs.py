"""What each possible bead costs, from sentence vectors, anchors and lengths.

A bead's score `s` is the cosine of its two sides' vectors (a side of two
sentences is the normalised sum of their vectors), nudged up or down by how
many names, numbers and codes the sides share. Its cost per sentence covered is
`(1 - s) / 2`, plus a penalty when the lengths are far from the usual ratio and
a fixed penalty for each sentence beyond a 1-1 pair: the similarity of merged
sentences stays high, so without it the aligner would merge everything.
An optional anchor (`drift.align.anchors`: an acronym spelled out, a name's
initials) counts only when the other side has it as a certain one. Two
neighbouring sentences given in the other order are one 2-2 bead that costs
its two crossed 1-1 pairs plus `swap_penalty`, when that is less than the
merge of both sides.
Leaving a sentence unaligned costs `(1 - threshold) / 2`, so a 1-1 pair is kept
exactly when its score beats `threshold`.

When the texts' lines correspond (`drift.align.lines`), a bead inside one pair
of corresponding lines costs `line_bonus` times how line-parallel the texts are
less. Per bead, not per sentence: the bonus lowers the bar for a loose 1-1
pair, and leaves the choice between a merge and a pair plus a sentence alone
(an omission or addition inside a line) to the sentences.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from drift.align.anchors import OPTIONAL
from drift.align.dp import BeadCosts


@dataclass(frozen=True)
class AlignParams:
    """The aligner's knobs.

    The defaults sit in the middle of a flat optimum of a grid search over
    every bundled gold alignment (samples/ and samples/dev/).

    `line_threshold` and `line_bonus` (drift.align.lines) come from a grid over
    every gold alignment (samples/, dev, holdout, holdout2) and over copies
    whose English paragraphs were joined two by two, split into one sentence a
    line, or shifted by a sentence: every combination with a line threshold of
    -0.2 to 0.1 and a bonus of 0.2 to 0.3 reproduces the gold alignments at
    least as well as no line evidence does. A bonus of 0.4 or more pairs a
    genuine omission with a genuine addition inside one line; below 0.2, loose
    1-1 pairs on corresponding lines of a line-parallel published corpus
    (headlines, idioms) still fall apart into an omission and an addition.

    `swap_penalty` (session 13) is below the merge penalty, so that two loosely
    rendered sentences swapped inside a paragraph (cosines near 0.55) stay one
    bead rather than an omission, a pair and an addition, and far above what a
    parallel text would gain by crossing its pairs.
    """

    threshold: float = 0.35
    merge_penalty: float = 0.18
    anchor_weight: float = 0.2
    anchor_neutral: float = 0.3
    length_ratio: float = 0.96
    length_tolerance: float = 0.4
    length_weight: float = 0.3
    line_threshold: float = 0.0
    line_bonus: float = 0.25
    swap_penalty: float = 0.1


@dataclass(frozen=True)
class SideFeatures:
    """Per-sentence features of one side: unit vectors, anchor matrix, lengths, and the optional anchors' matrix
    (drift.align.anchors: keys that count only when the other side has them too; None for none)."""

    vectors: np.ndarray
    anchors: np.ndarray
    lengths: np.ndarray
    optional: np.ndarray | None = None


# A sentence in a line the line alignment left alone; two sentences from different line beads.
UNPAIRED = -1
MIXED = -2


@dataclass(frozen=True)
class LineEvidence:
    """For each sentence, the line bead its line is in (`UNPAIRED` if none), and how far to trust them (0-1)."""

    orig_beads: np.ndarray
    trans_beads: np.ndarray
    weight: float


def pair_beads(beads: np.ndarray) -> np.ndarray:
    """The line bead of every two adjacent sentences taken together: `MIXED` when they are in different ones."""
    return np.where(beads[:-1] == beads[1:], beads[:-1], MIXED)


def line_bonus(orig_beads: np.ndarray, trans_beads: np.ndarray, weight: float, params: AlignParams) -> np.ndarray:
    """What corresponding lines take off each bead's cost: the bonus where both sides sit in one line bead."""
    inside = (orig_beads[:, None] == trans_beads[None, :]) & (orig_beads[:, None] >= 0)
    return weight * params.line_bonus * inside


def _take_line_bonus(tables: dict[tuple[int, int], np.ndarray], orig_beads: np.ndarray, trans_beads: np.ndarray,
                     weight: float, params: AlignParams) -> dict[tuple[int, int], np.ndarray]:
    """Tables of bead costs by (orig, trans) size, less the line bonus.

    `orig_beads` and `trans_beads` are the line beads of the tables' first rows and columns.
    """
    orig_sides = {1: orig_beads, 2: pair_beads(orig_beads)}
    trans_sides = {1: trans_beads, 2: pair_beads(trans_beads)}
    return {(di, dj): table - line_bonus(orig_sides[di], trans_sides[dj], weight, params)
            for (di, dj), table in tables.items()}


def anchor_matrices(orig: Sequence[frozenset[str]], trans: Sequence[frozenset[str]]
                    ) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """For each side, one-hot (sentence x anchor key) matrices of its certain and of its optional keys.

    Both sides' matrices share one set of columns: an optional key ("?=kobi") has the column of the key it may
    match ("=kobi"); a key a sentence has both ways counts as certain.
    """
    vocabulary = sorted({key.removeprefix(OPTIONAL) for keys in (*orig, *trans) for key in keys})
    column = {key: k for k, key in enumerate(vocabulary)}

    def matrices(side: Sequence[frozenset[str]]) -> tuple[np.ndarray, np.ndarray]:
        certain = np.zeros((len(side), len(vocabulary)), dtype=np.float32)
        optional = np.zeros_like(certain)
        for row, keys in enumerate(side):
            for key in keys:
                if key.startswith(OPTIONAL):
                    optional[row, column[key[1:]]] = 1.0
                else:
                    certain[row, column[key]] = 1.0
        return certain, np.where(certain > 0, 0.0, optional).astype(np.float32)

    return matrices(orig), matrices(trans)


def _pairs(features: SideFeatures) -> SideFeatures:
    """Features of every two adjacent sentences taken together."""
    summed = features.vectors[:-1] + features.vectors[1:]
    norms = np.maximum(np.linalg.norm(summed, axis=1, keepdims=True), 1e-12)
    anchors = np.minimum(features.anchors[:-1] + features.anchors[1:], 1.0)
    optional = None
    if features.optional is not None:
        optional = np.where(anchors > 0, 0.0, np.minimum(features.optional[:-1] + features.optional[1:], 1.0))
    return SideFeatures(
        vectors=summed / norms,
        anchors=anchors,
        lengths=features.lengths[:-1] + features.lengths[1:],
        optional=optional,
    )


def anchor_counts(orig: SideFeatures, trans: SideFeatures) -> tuple[np.ndarray, np.ndarray]:
    """For every pair of rows, the keys both have and the keys counted on both sides together.

    A certain key always counts; an optional key only when the other side has it as a certain key, and then as a
    certain key would (two optional keys do not match: a name spelled out on both sides says nothing the words do
    not). Without optional keys this is the Dice overlap of the certain keys.
    """
    shared = orig.anchors @ trans.anchors.T
    total = orig.anchors.sum(axis=1)[:, None] + trans.anchors.sum(axis=1)[None, :]
    matched = 0
    if orig.optional is not None:
        matched = matched + orig.optional @ trans.anchors.T
    if trans.optional is not None:
        matched = matched + orig.anchors @ trans.optional.T
    return shared + matched, total + matched


def bead_scores(orig: SideFeatures, trans: SideFeatures, params: AlignParams) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Cosine, anchor agreement (NaN where neither side has anchors) and combined score."""
    cosine = orig.vectors @ trans.vectors.T
    shared, total = anchor_counts(orig, trans)
    with np.errstate(invalid="ignore", divide="ignore"):
        agreement = np.where(total > 0, 2 * shared / total, np.nan)
    nudge = np.where(np.isnan(agreement), 0.0, params.anchor_weight * (agreement - params.anchor_neutral))
    return cosine, agreement, cosine + nudge


def _bead_table(orig: SideFeatures, trans: SideFeatures, size: int, params: AlignParams) -> np.ndarray:
    if len(orig.lengths) == 0 or len(trans.lengths) == 0:
        return np.zeros((len(orig.lengths), len(trans.lengths)))
    _, _, score = bead_scores(orig, trans, params)
    expected = params.length_ratio * orig.lengths[:, None]
    log_ratio = np.abs(np.log(np.maximum(trans.lengths[None, :], 1) / np.maximum(expected, 1)))
    length_penalty = params.length_weight * np.maximum(0.0, log_ratio - params.length_tolerance)
    return size * (1.0 - score) / 2 + length_penalty + params.merge_penalty * (size - 2)


def crossed_pairs(one_one: np.ndarray, params: AlignParams) -> np.ndarray:
    """What two neighbouring sentences given in the other order cost as one 2-2 bead: orig i with trans j+1 and
    orig i+1 with trans j, each paid as a 1-1 pair, plus `swap_penalty`.

    The path is monotone, so a swap is one bead; scored as the merge of both sides it pays the merge penalties and
    a cosine diluted by two unrelated halves, and falls apart into an omission, a pair and an addition.
    """
    return one_one[:-1, 1:] + one_one[1:, :-1] + params.swap_penalty


def _tables(orig: SideFeatures, trans: SideFeatures, params: AlignParams, lines: LineEvidence | None,
            orig_rows: slice, trans_rows: slice) -> dict[tuple[int, int], np.ndarray]:
    """The cost of every 1-1, 1-2, 2-1 and 2-2 bead over these features (the line evidence of the same rows)."""
    orig_pairs, trans_pairs = _pairs(orig), _pairs(trans)
    one_one = _bead_table(orig, trans, 2, params)
    tables = {
        (1, 1): one_one,
        (1, 2): _bead_table(orig, trans_pairs, 3, params),
        (2, 1): _bead_table(orig_pairs, trans, 3, params),
        (2, 2): np.minimum(_bead_table(orig_pairs, trans_pairs, 4, params), crossed_pairs(one_one, params)),
    }
    if lines is None:
        return tables
    return _take_line_bonus(tables, lines.orig_beads[orig_rows], lines.trans_beads[trans_rows], lines.weight, params)


def bead_costs(orig: SideFeatures, trans: SideFeatures, params: AlignParams,
               lines: LineEvidence | None = None) -> BeadCosts:
    """Fill the cost table for every bead the aligner may choose."""
    skip = (1.0 - params.threshold) / 2
    tables = _tables(orig, trans, params, lines, slice(None), slice(None))
    return BeadCosts(
        one_one=tables[(1, 1)],
        one_two=tables[(1, 2)],
        two_one=tables[(2, 1)],
        two_two=tables[(2, 2)],
        skip_orig=np.full(len(orig.lengths), skip),
        skip_trans=np.full(len(trans.lengths), skip),
    )


def feature_blocks(
    orig_vectors: np.ndarray,
    trans_vectors: np.ndarray,
    orig_anchors: Sequence[frozenset[str]],
    trans_anchors: Sequence[frozenset[str]],
    orig_lengths: np.ndarray,
    trans_lengths: np.ndarray,
    params: AlignParams,
    lines: LineEvidence | None = None,
):
    """Bead costs a block of rows at a time, for the banded aligner of long documents (drift.align.band).

    The costs are `bead_costs`' computed on the sentences a block needs, with
    the anchor matrices built over that block's anchors only, so that memory
    stays proportional to the block, not to the documents.
    """
    from drift.align.band import gather_block

    n, m = len(orig_lengths), len(trans_lengths)

    def block(r0: int, r1: int, c0: int, c1: int) -> dict[tuple[int, int], np.ndarray]:
        # A bead ending at row i, column j starts at orig i-2 or i-1 and trans j-2 or j-1.
        a0, a1 = max(r0 - 2, 0), min(r1, n)
        b0, b1 = max(c0 - 2, 0), min(c1, m)
        (orig_matrix, orig_optional), (trans_matrix, trans_optional) = anchor_matrices(orig_anchors[a0:a1],
                                                                                         trans_anchors[b0:b1])
        orig = SideFeatures(orig_vectors[a0:a1], orig_matrix, orig_lengths[a0:a1], orig_optional)
        trans = SideFeatures(trans_vectors[b0:b1], trans_matrix, trans_lengths[b0:b1], trans_optional)
        tables = _tables(orig, trans, params, lines, slice(a0, a1), slice(b0, b1))
        return gather_block(tables, a0, b0, r0, r1, c0, c1)

    return block
