"""Sentence alignment: which Turkish sentences became which English ones.

`costs` turns vectors, anchors and lengths into a table of bead costs; `dp`
finds the cheapest path through it (`band`, within a band around the diagonal,
for documents too long for the whole table). This module joins them and
describes each chosen bead.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from drift.align.costs import AlignParams, SideFeatures, anchor_matrices, bead_costs, bead_scores
from drift.align.dp import best_beads
from drift.model import Bead, Sentence
from drift.text.anchors import sentence_anchors

__all__ = ["AlignParams", "align_sentences"]


def _features(sentences: Sequence[Sentence], vectors: np.ndarray, anchors: np.ndarray) -> SideFeatures:
    lengths = np.array([len(sentence.text) for sentence in sentences], dtype=np.float64)
    return SideFeatures(vectors=vectors, anchors=anchors, lengths=lengths)


def _side(features: SideFeatures, indices: tuple[int, ...]) -> SideFeatures:
    summed = features.vectors[list(indices)].sum(axis=0, keepdims=True)
    return SideFeatures(
        vectors=summed / max(float(np.linalg.norm(summed)), 1e-12),
        anchors=np.minimum(features.anchors[list(indices)].sum(axis=0, keepdims=True), 1.0),
        lengths=features.lengths[list(indices)].sum(keepdims=True),
    )


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
) -> tuple[Bead, ...]:
    """Align two sentence lists given their unit vectors; return the beads in order."""
    orig_sets = [sentence_anchors(sentence.text, turkish=True) for sentence in orig_sentences]
    trans_sets = [sentence_anchors(sentence.text, turkish=False) for sentence in trans_sentences]
    if len(orig_sentences) * len(trans_sentences) > DENSE_CELLS:
        return _align_long(orig_sentences, trans_sentences, orig_vectors, trans_vectors, orig_sets, trans_sets, params)
    orig_anchors, trans_anchors = anchor_matrices(orig_sets, trans_sets)
    orig = _features(orig_sentences, orig_vectors, orig_anchors)
    trans = _features(trans_sentences, trans_vectors, trans_anchors)
    beads = []
    for step in best_beads(bead_costs(orig, trans, params)):
        similarity = agreement = None
        if step.orig and step.trans:
            cosine, anchors, _ = bead_scores(_side(orig, step.orig), _side(trans, step.trans), params)
            similarity = round(float(cosine[0, 0]), 4)
            agreement = None if np.isnan(anchors[0, 0]) else round(float(anchors[0, 0]), 4)
        beads.append(Bead(step.orig, step.trans, similarity, agreement, round(float(step.cost), 4)))
    return tuple(beads)


def _align_long(orig_sentences, trans_sentences, orig_vectors, trans_vectors, orig_sets, trans_sets,
                params: AlignParams) -> tuple[Bead, ...]:
    """The banded alignment (drift.align.band): time and memory linear in the number of sentences."""
    from drift.align.band import banded_beads, diagonal_band
    from drift.align.costs import feature_blocks

    orig_lengths = np.array([len(sentence.text) for sentence in orig_sentences], dtype=np.float64)
    trans_lengths = np.array([len(sentence.text) for sentence in trans_sentences], dtype=np.float64)
    block = feature_blocks(orig_vectors, trans_vectors, orig_sets, trans_sets, orig_lengths, trans_lengths, params)
    skip = (1.0 - params.threshold) / 2
    band = diagonal_band(len(orig_sentences), len(trans_sentences), BAND_HALF_WIDTH)
    steps = banded_beads(block, np.full(len(orig_sentences), skip), np.full(len(trans_sentences), skip), band)
    beads = []
    for step in steps:
        similarity = agreement = None
        if step.orig and step.trans:
            # The bead's own sentences, with anchor matrices over their anchors only.
            o, t = list(step.orig), list(step.trans)
            orig_matrix, trans_matrix = anchor_matrices([orig_sets[i] for i in o], [trans_sets[j] for j in t])
            orig = SideFeatures(orig_vectors[o], orig_matrix, orig_lengths[o])
            trans = SideFeatures(trans_vectors[t], trans_matrix, trans_lengths[t])
            cosine, anchors, _ = bead_scores(_side(orig, tuple(range(len(o)))), _side(trans, tuple(range(len(t)))),
                                             params)
            similarity = round(float(cosine[0, 0]), 4)
            agreement = None if np.isnan(anchors[0, 0]) else round(float(anchors[0, 0]), 4)
        beads.append(Bead(step.orig, step.trans, similarity, agreement, round(float(step.cost), 4)))
    return tuple(beads)
