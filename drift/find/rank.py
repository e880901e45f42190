"""Rank candidate originals for one English text: a cheap screen, then full alignment.

Pure: documents and vectors in, a `FindReport` out. Two passes:

1. The screen scores every candidate from what is cheap to compare: how well
   each English sentence finds its best match among the candidate's sentences
   (one matrix product over all candidates), the cosine of the two document
   vectors, and the share of the English names, numbers and codes the
   candidate also has (weighted by how rare each is among the candidates, so
   a shared "2025" counts less than a shared "Yalçıner").
2. The shortlist (the screen's best few) is aligned sentence by sentence with
   `drift.align`. A true original aligns most English sentences; a story on
   the same topic, even one sharing names and numbers, aligns few. The full
   score adds finer evidence so that near-duplicates (one wire story run by two
   outlets with small edits) are told apart: the mean similarity of the
   aligned beads, the share of the candidate's own sentences that align, and
   the overlap of the two documents' names, codes, amounts and dates.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from drift.align import align_sentences
from drift.find.model import CandidateScore, Embedded, FindParams, FindReport, Skipped
from drift.text.anchors import sentence_anchors

# Weights of the screen: the sentence best-match cover carries most of the
# signal; document similarity and anchors catch what it misses.
_SCREEN_COVER, _SCREEN_SIMILARITY, _SCREEN_ANCHORS = 0.6, 0.2, 0.2
# Weights of the full score: the aligned share decides between stories; the
# rest decides between versions of one story.
_FIT_ALIGNED, _FIT_SIMILARITY, _FIT_ORIG, _FIT_ANCHORS = 0.5, 0.2, 0.15, 0.15
_SHOWN_ANCHORS = 6
_WORD = re.compile(r"\S+")
_POSSESSIVE = re.compile(r"['’]s$")
_EDGE_PUNCTUATION = "\"'“”‘’«»()[]{}.,;:!?…"


@dataclass(frozen=True)
class Fit:
    """How one candidate aligns with the English: the parts of its full score."""

    aligned_share: float
    mean_similarity: float
    orig_share: float
    anchor_overlap: float
    aligned_sentences: int

    @property
    def score(self) -> float:
        return (_FIT_ALIGNED * self.aligned_share + _FIT_SIMILARITY * self.mean_similarity
                + _FIT_ORIG * self.orig_share + _FIT_ANCHORS * self.anchor_overlap)


def document_anchors(embedded: Embedded, turkish: bool) -> frozenset[str]:
    """Every anchor key (number, code, name stem) of a document's sentences."""
    keys: set[str] = set()
    for sentence in embedded.sentences:
        keys |= sentence_anchors(sentence.text, turkish)
    return frozenset(keys)


def fact_keys(embedded: Embedded, anchors: frozenset[str]) -> frozenset[str]:
    """Names and codes (from `anchors`) with the values of amounts and dates, comparable across languages.

    Digits alone miss "six" for "6" and "1.5 million" for "1,5 milyon"; the
    quantity and date readers see through both, which is what tells two
    versions of one story apart when they differ by a single number.
    """
    from drift.text.dates import find_dates
    from drift.text.quantities import find_quantities

    language = embedded.document.language
    keys = {key for key in anchors if not key.startswith("#")}
    for sentence in embedded.sentences:
        dates = find_dates(sentence.text, language)
        for mention in dates:
            for part, value in (("d", mention.day), ("m", mention.month), ("y", mention.year),
                                ("w", mention.weekday), ("h", mention.hour), ("n", mention.minute)):
                if value is not None:
                    keys.add(f"@{part}{value}")
        for quantity in find_quantities(sentence.text, language, skip=dates):
            if quantity.kind != "code":
                keys.add(f"#{quantity.value.normalize():f}")
    return frozenset(keys)


def anchor_surfaces(text: str, turkish: bool = False) -> dict[str, str]:
    """Each anchor key of `text` with the first word that gave it, for showing to people."""
    surfaces: dict[str, str] = {}
    for match in _WORD.finditer(text):
        word = _POSSESSIVE.sub("", match.group().strip(_EDGE_PUNCTUATION))
        for key in sorted(sentence_anchors(word, turkish)):
            surfaces.setdefault(key, word)
    return surfaces


def document_vector(vectors: np.ndarray) -> np.ndarray:
    """The normalised sum of a document's sentence vectors."""
    summed = vectors.sum(axis=0)
    return summed / max(float(np.linalg.norm(summed)), 1e-12)


def anchor_weights(candidate_anchors: Sequence[frozenset[str]]) -> dict[str, float]:
    """Inverse document frequency of each anchor key among the candidates."""
    counts = Counter(key for keys in candidate_anchors for key in keys)
    total = len(candidate_anchors)
    return {key: math.log(1.0 + total / count) for key, count in counts.items()}


def weighted_recall(trans_keys: frozenset[str], candidate_keys: frozenset[str], weights: dict[str, float],
                    unseen: float) -> float:
    """The weighted share of the English anchor keys the candidate also has."""
    total = sum(weights.get(key, unseen) for key in trans_keys)
    if total == 0:
        return 0.0
    return sum(weights.get(key, unseen) for key in trans_keys & candidate_keys) / total


def best_match_cover(trans_vectors: np.ndarray, candidates: Sequence[Embedded]) -> np.ndarray:
    """For each candidate, the mean over English sentences of the best cosine with its sentences."""
    stacked = np.concatenate([candidate.vectors for candidate in candidates], axis=0)
    starts = np.cumsum([0] + [len(candidate.sentences) for candidate in candidates[:-1]])
    cosines = trans_vectors @ stacked.T
    best = np.maximum.reduceat(cosines, starts, axis=1)
    return np.clip(best, 0.0, 1.0).mean(axis=0)


def mutual_similarity(first: Embedded, second: Embedded) -> float:
    """How much two documents are one text: mean best-match cosine, both ways."""
    cosines = first.vectors @ second.vectors.T
    return float((cosines.max(axis=1).mean() + cosines.max(axis=0).mean()) / 2)


def fit(trans: Embedded, candidate: Embedded, trans_keys: frozenset[str], candidate_keys: frozenset[str],
        params: FindParams) -> Fit:
    """Align the candidate with the English and measure how much of each side found a partner.

    `trans_keys` and `candidate_keys` are the two documents' `fact_keys`.
    """
    beads = align_sentences(candidate.sentences, trans.sentences, candidate.vectors, trans.vectors)
    strong = [bead for bead in beads if bead.orig and bead.trans and bead.similarity >= params.strong_similarity]
    aligned = sum(len(bead.trans) for bead in strong)
    total = len(trans.sentences)
    union = len(trans_keys | candidate_keys)
    return Fit(
        aligned_share=aligned / total,
        mean_similarity=sum(bead.similarity * len(bead.trans) for bead in strong) / total,
        orig_share=sum(len(bead.orig) for bead in strong) / len(candidate.sentences),
        anchor_overlap=len(trans_keys & candidate_keys) / union if union else 0.0,
        aligned_sentences=aligned,
    )


def _shared(trans_keys: frozenset[str], candidate_keys: frozenset[str], weights: dict[str, float],
            surfaces: dict[str, str]) -> tuple[str, ...]:
    """The shared anchors as the English writes them, rarest first."""
    keys = sorted(trans_keys & candidate_keys, key=lambda key: (-weights.get(key, 0.0), key))
    seen: list[str] = []
    for key in keys:
        word = surfaces.get(key, key[1:])
        if word not in seen:
            seen.append(word)
    return tuple(seen)


def _reason(fit_: Fit | None, total: int, shared: tuple[str, ...], similarity: float) -> str:
    names = ", ".join(shared[:_SHOWN_ANCHORS]) + (", …" if len(shared) > _SHOWN_ANCHORS else "")
    anchors = f"{len(shared)} shared names and numbers" + (f" ({names})" if shared else "")
    if fit_ is None:
        return f"not shortlisted; {anchors}; similarity {similarity:.2f}"
    return (f"{fit_.aligned_sentences} of {total} English sentences align "
            f"({round(100 * fit_.aligned_share)}%); {anchors}; similarity {similarity:.2f}")


def _confidence(original: CandidateScore | None, runner_up: CandidateScore | None, margin: float | None,
                params: FindParams) -> str:
    if original is None:
        return "none"
    rival = runner_up is not None and (runner_up.aligned_share or 0.0) >= params.min_aligned
    if rival:
        return "medium" if margin is not None and margin >= params.clear_margin else "low"
    return "high" if (original.aligned_share or 0.0) >= params.high_aligned else "medium"


def rank_candidates(trans: Embedded, candidates: Sequence[Embedded], params: FindParams = FindParams(),
                    skipped: Sequence[Skipped] = ()) -> FindReport:
    """Rank `candidates` as the Turkish original of `trans`; every candidate needs a sentence."""
    trans_count = len(trans.sentences)
    if not candidates or not trans_count:
        return FindReport(trans.document.path, (), None, None, None, False, "none", len(candidates), 0,
                          trans_count, tuple(skipped))
    trans_keys = document_anchors(trans, turkish=False)
    candidate_keys = [document_anchors(candidate, turkish=True) for candidate in candidates]
    weights = anchor_weights(candidate_keys)
    unseen = math.log(1.0 + len(candidates))
    surfaces = anchor_surfaces(trans.document.text)

    cover = best_match_cover(trans.vectors, candidates)
    trans_vector = document_vector(trans.vectors)
    similarity = np.array([float(document_vector(candidate.vectors) @ trans_vector) for candidate in candidates])
    recall = np.array([weighted_recall(trans_keys, keys, weights, unseen) for keys in candidate_keys])
    screen = _SCREEN_COVER * cover + _SCREEN_SIMILARITY * similarity + _SCREEN_ANCHORS * recall

    order = sorted(range(len(candidates)), key=lambda k: (-screen[k], candidates[k].name))
    shortlist = order[: params.shortlist]
    trans_facts = fact_keys(trans, trans_keys)
    fits = {k: fit(trans, candidates[k], trans_facts, fact_keys(candidates[k], candidate_keys[k]), params)
            for k in shortlist}

    def scored(k: int) -> CandidateScore:
        fit_ = fits.get(k)
        shared = _shared(trans_keys, candidate_keys[k], weights, surfaces)
        return CandidateScore(
            path=candidates[k].name,
            score=None if fit_ is None else round(fit_.score, 4),
            screen=round(float(screen[k]), 4),
            aligned_share=None if fit_ is None else round(fit_.aligned_share, 4),
            similarity=round(float(similarity[k]), 4),
            shared_anchors=shared,
            reason=_reason(fit_, trans_count, shared, float(similarity[k])),
        )

    ranked_short = sorted(shortlist, key=lambda k: (-fits[k].score, candidates[k].name))
    ranking = ranked_short + order[params.shortlist:]
    ranked = tuple(scored(k) for k in ranking)
    best = ranked[0]
    convincing = (best.aligned_share or 0.0) >= params.min_aligned
    runner_up = ranked[1] if len(ranked_short) > 1 else None
    margin = None if runner_up is None else round(fits[ranked_short[0]].score - fits[ranked_short[1]].score, 4)
    near_duplicate = (
        runner_up is not None and (runner_up.aligned_share or 0.0) >= params.min_aligned
        and mutual_similarity(candidates[ranked_short[0]], candidates[ranked_short[1]]) >= params.near_duplicate
    )
    original = best if convincing else None
    return FindReport(
        trans_path=trans.document.path,
        ranked=ranked,
        original=original,
        runner_up=runner_up,
        margin=margin,
        near_duplicate=near_duplicate,
        confidence=_confidence(original, runner_up, margin, params),
        considered=len(candidates),
        shortlisted=len(shortlist),
        trans_sentences=trans_count,
        skipped=tuple(skipped),
    )
