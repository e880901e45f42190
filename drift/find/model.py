"""Values of the search for an original: embedded candidates, scores and the report."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from drift.model import Document, Sentence


@dataclass(frozen=True, eq=False)
class Embedded:
    """A document split into sentences, with one unit vector per sentence."""

    document: Document
    sentences: tuple[Sentence, ...]
    vectors: np.ndarray

    @property
    def name(self) -> str:
        return self.document.path or "<text>"


@dataclass(frozen=True)
class Skipped:
    """A candidate file that was not considered, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class FindParams:
    """The search's knobs; the defaults are calibrated on tests/find/data (see its README).

    `min_aligned` is the share of English sentences that must align with a
    candidate for it to count as the original; `strong_similarity` is what a
    bead's cosine must reach for its sentences to count as aligned.
    """

    shortlist: int = 10
    min_aligned: float = 0.6
    strong_similarity: float = 0.55
    near_duplicate: float = 0.85
    high_aligned: float = 0.7
    clear_margin: float = 0.02


@dataclass(frozen=True)
class CandidateScore:
    """How well one candidate fits as the original of the English.

    `score` is the full score (None when the candidate did not make the
    shortlist); `screen` the cheap first-pass score every candidate gets;
    `aligned_share` the share of English sentences that align with it (None
    off the shortlist); `similarity` the cosine of the two document vectors;
    `shared_anchors` the English surface of the names, numbers and codes both
    share.
    """

    path: str
    score: float | None
    screen: float
    aligned_share: float | None
    similarity: float
    shared_anchors: tuple[str, ...]
    reason: str

    @property
    def name(self) -> str:
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]


@dataclass(frozen=True)
class FindReport:
    """The ranking of candidates for the original of one English text.

    `original` is the pick, or None when no candidate is convincing; `best`
    is the top-ranked candidate either way. `margin` is the best score minus
    the runner-up's; `near_duplicate` says the two are versions of one text,
    so the pick rests on fine detail. `confidence` is "high", "medium", "low"
    or "none".
    """

    trans_path: str | None
    ranked: tuple[CandidateScore, ...]
    original: CandidateScore | None
    runner_up: CandidateScore | None
    margin: float | None
    near_duplicate: bool
    confidence: str
    considered: int
    shortlisted: int
    trans_sentences: int
    skipped: tuple[Skipped, ...] = field(default=())

    @property
    def best(self) -> CandidateScore | None:
        return self.ranked[0] if self.ranked else None

    @property
    def verdict(self) -> str:
        """One line: the pick and how sure, or that there is none."""
        best = self.best
        if best is None:
            return "no candidates to compare"
        if self.original is None:
            return (f"no likely original among {self.considered} candidates; best: {best.path}, "
                    f"{_percent(best.aligned_share)} of sentences aligned")
        line = (f"likely original: {best.path} ({self.confidence} confidence, "
                f"{_percent(best.aligned_share)} of English sentences aligned")
        if self.runner_up is not None and self.margin is not None:
            if self.near_duplicate and self.margin == 0:
                line += f"; near-duplicate {self.runner_up.path} scores the same"
            elif self.near_duplicate:
                line += f"; near-duplicate {self.runner_up.path} scores {self.margin:.3f} lower"
            else:
                line += f"; runner-up {self.runner_up.path}, margin {self.margin:.3f}"
        return line + ")"


def _percent(share: float | None) -> str:
    return "?" if share is None else f"{round(100 * share)}%"
