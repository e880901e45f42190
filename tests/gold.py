"""Reading the gold files of a sample and scoring an alignment against them.

Gold beads are compared as sets of sentence spans, so a prediction is scored
the same way whichever splitter produced its sentences.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

Span = tuple[int, int]
GoldBead = tuple[frozenset[Span], frozenset[Span]]


def locate_sentences(text: str, sentences: list[str]) -> list[Span]:
    """Offsets of each gold sentence, found in order in the text."""
    spans, cursor = [], 0
    for sentence in sentences:
        start = text.index(sentence, cursor)
        spans.append((start, start + len(sentence)))
        cursor = start + len(sentence)
    return spans


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def gold_beads(sample: Path) -> list[GoldBead]:
    """The sample's gold alignment, each side as a set of sentence spans."""
    orig_text = (sample / "tr.txt").read_text(encoding="utf-8")
    trans_text = (sample / "en.txt").read_text(encoding="utf-8")
    orig_spans = locate_sentences(orig_text, read_lines(sample / "tr.sentences.txt"))
    trans_spans = locate_sentences(trans_text, read_lines(sample / "en.sentences.txt"))
    beads = []
    for line in read_lines(sample / "alignment.jsonl"):
        record = json.loads(line)
        beads.append((
            frozenset(orig_spans[i] for i in record["source"]),
            frozenset(trans_spans[j] for j in record["target"]),
        ))
    return beads


def envelope_beads(envelope: dict) -> list[GoldBead]:
    """The beads of a `drift align --format json` envelope as sets of spans."""
    orig = {s["index"]: (s["start"], s["end"]) for s in envelope["orig"]["sentences"]}
    trans = {s["index"]: (s["start"], s["end"]) for s in envelope["trans"]["sentences"]}
    return [
        (frozenset(orig[i] for i in bead["orig"]), frozenset(trans[j] for j in bead["trans"]))
        for bead in envelope["beads"]
    ]


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 0.0 if total == 0 else 2 * self.precision * self.recall / total


def strict_score(predicted: list[GoldBead], gold: list[GoldBead]) -> Score:
    """A bead counts only when both its sides equal a gold bead's sides exactly."""
    hits = len(set(predicted) & set(gold))
    return Score(hits / max(len(predicted), 1), hits / max(len(gold), 1))
