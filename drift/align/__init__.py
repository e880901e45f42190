"""Sentence alignment: which Turkish sentences became which English ones.

`anchors` reads each sentence's anchor keys; `costs` turns vectors, anchors and
lengths into a table of bead costs; `dp` finds the cheapest path through it
(`band`, within a band around the diagonal, for documents too long for the
whole table); `lines` adds the texts' line structure as evidence when the texts
are given; `orphans` joins a sentence left alone to the neighbouring pair that
states its facts. This module joins them and describes each chosen bead.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from drift.align.anchors import OPTIONAL, alignment_anchors
from drift.align.costs import AlignParams, LineEvidence, SideFeatures, anchor_matrices, bead_costs
from drift.align.dp import PathBead, best_beads
from drift.align.lines import evidence_from_line_beads, group_lines, line_params, sentence_lines
from drift.align.orphans import join_orphans
from drift.model import Bead, Sentence

__all__ = ["AlignParams", "align_sentences"]

# Up to this many cells (orig x trans sentences) the whole table is filled; any article fits
# (samples/s400 is 30 x 29). Longer documents are aligned within a band around the diagonal.
DENSE_CELLS = 250_000
BAND_HALF_WIDTH = 200


def align_sentences(
    orig_sentences: Sequence[Sentence],
    trans_sentences: Sequence[Sentence],
    orig_vectors: np.ndarray,
    trans_vectors: np.ndarray,
    params: AlignParams = AlignParams(),
    *,
    orig_text: str | None = None,
    trans_text: str | None = None,
) -> tuple[Bead, ...]:
    """Align two sentence lists given their unit vectors; return the beads in order.

    `orig_text` and `trans_text`, the texts the sentences' offsets point into,
    let the aligner use which lines correspond (drift.align.lines).
    """
    orig_sets = [alignment_anchors(sentence.text, turkish=True) for sentence in orig_sentences]
    trans_sets = [alignment_anchors(sentence.text, turkish=False) for sentence in trans_sentences]
    orig_lengths = np.array([len(sentence.text) for sentence in orig_sentences], dtype=np.float64)
    trans_lengths = np.array([len(sentence.text) for sentence in trans_sentences], dtype=np.float64)
    lines = None
    if orig_text is not None and trans_text is not None and params.line_bonus and orig_sentences and trans_sentences:
        lines = _line_evidence(sentence_lines(orig_text, orig_sentences), sentence_lines(trans_text, trans_sentences),
                               orig_vectors, trans_vectors, orig_sets, trans_sets, orig_lengths, trans_lengths, params)
    steps = join_orphans(_cheapest_path(orig_vectors, trans_vectors, orig_sets, trans_sets, orig_lengths,
                                        trans_lengths, params, lines), orig_sets, trans_sets)
    beads = []
    for step in steps:
        similarity = agreement = None
        if step.orig and step.trans:
            similarity = round(float((_side_vector(orig_vectors, step.orig) @ _side_vector(trans_vectors,
                                                                                         step.trans).T)[0, 0]), 4)
            agreement = _agreement(frozenset().union(*(orig_sets[i] for i in step.orig)),
                                   frozenset().union(*(trans_sets[j] for j in step.trans)))
        beads.append(Bead(step.orig, step.trans, similarity, agreement, round(float(step.cost), 4)))
    return tuple(beads)


def _side_vector(vectors: np.ndarray, indices: tuple[int, ...]) -> np.ndarray:
    """One side of a bead as `costs.bead_scores` sees it: its sentences' vectors summed and normalised, one row."""
    summed = vectors[list(indices)].sum(axis=0, keepdims=True)
    return summed / max(float(np.linalg.norm(summed)), 1e-12)


def _agreement(orig_keys: frozenset[str], trans_keys: frozenset[str]) -> float | None:
    """A bead's anchor agreement (rounded), None when neither side has anchors.

    `costs.bead_scores` over the bead's own anchor matrices, worked out on the key sets: the shared keys and both
    sides' counts are whole numbers, and 2 * shared / total is divided in float32 as it divides them. An optional
    key counts only when the other side has it (`costs.anchor_counts`).
    """
    orig_certain, orig_optional = _split_keys(orig_keys)
    trans_certain, trans_optional = _split_keys(trans_keys)
    matched = len(orig_optional & trans_certain) + len(trans_optional & orig_certain)
    total = len(orig_certain) + len(trans_certain) + matched
    if not total:
        return None
    return round(float(np.float32(2 * (len(orig_certain & trans_certain) + matched)) / np.float32(total)), 4)


def _split_keys(keys: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """A side's certain keys, and its optional keys (without their mark) that it does not also have as certain."""
    certain = frozenset(key for key in keys if not key.startswith(OPTIONAL))
    return certain, frozenset(key[1:] for key in keys if key.startswith(OPTIONAL)) - certain


def _line_evidence(orig_lines: np.ndarray, trans_lines: np.ndarray, orig_vectors, trans_vectors, orig_sets, trans_sets,
                   orig_lengths, trans_lengths, params: AlignParams) -> LineEvidence | None:
    """Align the lines the sentences sit on (drift.align.lines); None when a side has fewer than two."""
    orig = group_lines(orig_lines, orig_vectors, orig_sets, orig_lengths)
    trans = group_lines(trans_lines, trans_vectors, trans_sets, trans_lengths)
    if min(orig.count, trans.count) < 2:
        return None
    steps = _cheapest_path(orig.vectors, trans.vectors, orig.anchors, trans.anchors, orig.lengths, trans.lengths,
                           line_params(params), None)
    return evidence_from_line_beads(steps, orig, trans)


def _cheapest_path(orig_vectors, trans_vectors, orig_sets, trans_sets, orig_lengths, trans_lengths,
                   params: AlignParams, lines: LineEvidence | None) -> tuple[PathBead, ...]:
    """The whole table for articles; for longer documents, the banded alignment (drift.align.band),
    whose time and memory are linear in the number of sentences."""
    n, m = len(orig_lengths), len(trans_lengths)
    if n * m <= DENSE_CELLS:
        (orig_anchors, orig_optional), (trans_anchors, trans_optional) = anchor_matrices(orig_sets, trans_sets)
        orig = SideFeatures(orig_vectors, orig_anchors, orig_lengths, orig_optional)
        trans = SideFeatures(trans_vectors, trans_anchors, trans_lengths, trans_optional)
        return best_beads(bead_costs(orig, trans, params, lines))
    from drift.align.band import banded_beads, diagonal_band
    from drift.align.costs import feature_blocks

    block = feature_blocks(orig_vectors, trans_vectors, orig_sets, trans_sets, orig_lengths, trans_lengths,
                           params, lines)
    skip = (1.0 - params.threshold) / 2
    band = diagonal_band(n, m, BAND_HALF_WIDTH)
    return banded_beads(block, np.full(n, skip), np.full(m, skip), band)
