"""Sentence alignment: which Turkish sentences became which English ones.

`costs` turns vectors, anchors and lengths into a table of bead costs; `dp`
finds the cheapest path through it. This module joins the two and describes
each chosen bead.
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


def align_sentences(
    orig_sentences: Sequence[Sentence],
    trans_sentences: Sequence[Sentence],
    orig_vectors: np.ndarray,
    trans_vectors: np.ndarray,
    params: AlignParams = AlignParams(),
) -> tuple[Bead, ...]:
    """Align two sentence lists given their unit vectors; return the beads in order."""
    orig_anchors, trans_anchors = anchor_matrices(
        [sentence_anchors(sentence.text, turkish=True) for sentence in orig_sentences],
        [sentence_anchors(sentence.text, turkish=False) for sentence in trans_sentences],
    )
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
