"""Line structure as alignment evidence: which lines of the two texts correspond.

Published translations usually keep the original's paragraphs, one to a line,
and many corpora keep one segment a line on both sides. A headline or an
idiomatic sentence may score low with the encoder, yet sit on the line that
corresponds to its original's: the lines say what the sentences cannot.

The lines are aligned first, with the sentence aligner's own costs over whole
lines (a line's vector is the normalised sum of its sentences') and a lower
threshold, since a whole line translated loosely is far more common than a
line dropped next to a line added. A line the line alignment leaves alone
gives no evidence. Then every sentence carries the number of its line's bead,
and `costs` makes a sentence bead inside one line bead cheaper, in proportion
to how line-parallel the texts are: the share of lines, on both sides, that the
line alignment paired. Texts with fewer than two lines on a side, or whose
lines find no partners, are left to the sentences.

A penalty for sentence beads that straddle two line beads was tried and
dropped: it changed nothing on line-parallel texts and cost accuracy where one
text moves a paragraph break by a sentence.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from drift.align.costs import UNPAIRED, AlignParams, LineEvidence
from drift.align.dp import PathBead
from drift.model import Sentence

_LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029\x85\x0b\x0c]")


def sentence_lines(text: str, sentences: Sequence[Sentence]) -> np.ndarray:
    """The line each sentence starts on, counting every line of `text` from 0."""
    breaks = np.array([match.start() for match in _LINE_BREAK.finditer(text)], dtype=np.int64)
    starts = np.array([sentence.start for sentence in sentences], dtype=np.int64)
    return np.searchsorted(breaks, starts, side="left") if len(starts) else np.zeros(0, dtype=np.int64)


@dataclass(frozen=True)
class Lines:
    """One side's non-empty lines, each its sentences taken together, and the line of each sentence among them."""

    of_sentence: np.ndarray
    vectors: np.ndarray
    anchors: tuple[frozenset[str], ...]
    lengths: np.ndarray

    @property
    def count(self) -> int:
        return len(self.lengths)


def group_lines(line_of_sentence: np.ndarray, vectors: np.ndarray, anchors: Sequence[frozenset[str]],
                lengths: np.ndarray) -> Lines:
    """Each non-empty line as one unit: normalised summed vector, all its sentences' anchors, total length."""
    numbers, of_sentence = np.unique(line_of_sentence, return_inverse=True)
    of_sentence = of_sentence.reshape(-1)
    summed = np.zeros((len(numbers), vectors.shape[1]))
    # Row by row, in sentence order: the very additions np.add.at makes (so the same sums to the last bit), without
    # its per-element dispatch, a millisecond an article.
    for sentence, line in enumerate(of_sentence.tolist()):
        summed[line] += vectors[sentence]
    summed /= np.maximum(np.linalg.norm(summed, axis=1, keepdims=True), 1e-12)
    line_anchors: list[set[str]] = [set() for _ in numbers]
    for line, keys in zip(of_sentence, anchors):
        line_anchors[line].update(keys)
    # Whole character counts, added in sentence order as np.add.at would (an empty count is float too).
    line_lengths = np.bincount(of_sentence, weights=lengths, minlength=len(numbers)).astype(np.float64, copy=False)
    return Lines(of_sentence, summed, tuple(frozenset(keys) for keys in line_anchors), line_lengths)


def line_params(params: AlignParams) -> AlignParams:
    """The sentence aligner's costs with the lower threshold for leaving a whole line alone."""
    return dataclasses.replace(params, threshold=params.line_threshold)


def evidence_from_line_beads(steps: Sequence[PathBead], orig: Lines, trans: Lines) -> LineEvidence:
    """Each sentence's line bead (`UNPAIRED` when its line was left alone) and the share of lines paired."""
    orig_bead_of_line, trans_bead_of_line = np.full(orig.count, UNPAIRED), np.full(trans.count, UNPAIRED)
    for number, step in enumerate(steps):
        if step.orig and step.trans:
            orig_bead_of_line[list(step.orig)] = number
            trans_bead_of_line[list(step.trans)] = number
    paired = int((orig_bead_of_line >= 0).sum() + (trans_bead_of_line >= 0).sum())
    return LineEvidence(orig_bead_of_line[orig.of_sentence], trans_bead_of_line[trans.of_sentence],
                        paired / (orig.count + trans.count))
