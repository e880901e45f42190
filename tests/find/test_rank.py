"""The pure ranking: screen formulas, fit score, near-duplicates, confidence and verdict lines."""

from __future__ import annotations

import math

import numpy as np
import pytest

from drift.find.model import CandidateScore, Embedded, FindParams, FindReport
from drift.find.rank import (
    Fit, _confidence, anchor_surfaces, anchor_weights, best_match_cover, document_anchors, document_vector, fact_keys,
    mutual_similarity, rank_candidates, weighted_recall,
)
from drift.model import Document, Language, Sentence


def embedded(name: str, vectors: list[list[float]], texts: list[str] | None = None,
             language: Language = Language.TURKISH) -> Embedded:
    rows = np.array(vectors, dtype=np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    texts = texts or [f"Cümle {k}." for k in range(len(vectors))]
    text, sentences, start = "", [], 0
    for k, sentence in enumerate(texts):
        sentences.append(Sentence(k, start, start + len(sentence), sentence))
        text += sentence + "\n"
        start = len(text)
    return Embedded(Document(text, language, path=name), tuple(sentences), rows)


def test_best_match_cover_is_the_mean_best_cosine_per_candidate():
    trans = np.array([[1, 0, 0], [0, 1, 0]], dtype=np.float32)
    first = embedded("a", [[1, 0, 0], [0, 0, 1]])      # best cosines 1 and 0
    second = embedded("b", [[0, 1, 0]])                  # best cosines 0 and 1
    third = embedded("c", [[1, 1, 0]])                   # best cosines 0.707 and 0.707
    cover = best_match_cover(trans, [first, second, third])
    assert cover == pytest.approx([0.5, 0.5, math.sqrt(0.5)], abs=1e-6)


def test_best_match_cover_ignores_negative_cosines():
    cover = best_match_cover(np.array([[1, 0]], dtype=np.float32), [embedded("a", [[-1, 0]])])
    assert cover == pytest.approx([0.0])


def test_document_vector_is_the_normalised_sum():
    vector = document_vector(np.array([[1, 0], [0, 1]], dtype=np.float32))
    assert vector == pytest.approx([math.sqrt(0.5), math.sqrt(0.5)])


def test_anchor_weights_are_inverse_document_frequencies():
    weights = anchor_weights([frozenset({"#2025", "~yalc"}), frozenset({"#2025"}), frozenset({"#2025"})])
    assert weights["#2025"] == pytest.approx(math.log(1 + 3 / 3))
    assert weights["~yalc"] == pytest.approx(math.log(1 + 3 / 1))


def test_weighted_recall_counts_rare_shared_anchors_more():
    weights = {"#2025": 0.5, "~yalc": 2.0}
    trans = frozenset({"#2025", "~yalc", "~zzzz"})
    assert weighted_recall(trans, frozenset({"~yalc"}), weights, unseen=1.0) == pytest.approx(2.0 / 3.5)
    assert weighted_recall(trans, frozenset({"#2025"}), weights, unseen=1.0) == pytest.approx(0.5 / 3.5)
    assert weighted_recall(frozenset(), frozenset({"#2025"}), weights, unseen=1.0) == 0.0


def test_mutual_similarity_is_one_for_the_same_text_and_lower_for_an_edit():
    original = embedded("a", [[1, 0, 0], [0, 1, 0], [0, 0, 1]])
    assert mutual_similarity(original, original) == pytest.approx(1.0)
    shorter = embedded("b", [[1, 0, 0], [0, 1, 0]])
    # a->b: best cosines 1, 1, 0 (mean 2/3); b->a: 1, 1 (mean 1)
    assert mutual_similarity(original, shorter) == pytest.approx((2 / 3 + 1) / 2)


def test_fit_score_weights_the_aligned_share_most():
    fit = Fit(aligned_share=1.0, mean_similarity=0.8, orig_share=0.5, anchor_overlap=0.4, aligned_sentences=10)
    assert fit.score == pytest.approx(0.5 * 1.0 + 0.2 * 0.8 + 0.15 * 0.5 + 0.15 * 0.4)


def test_fact_keys_compare_amounts_and_dates_across_languages():
    turkish = embedded("tr.txt", [[1, 0]],
                       ["Ekinci 24 Şubat Perşembe günü 6 anlaşma ve 1,5 milyon liralık ödül açıkladı."])
    english = embedded("en.txt", [[1, 0]],
                       ["On Thursday, February 24, Ekinci announced six deals and a 1.5 million lira prize."],
                       Language.ENGLISH)
    orig_keys = fact_keys(turkish, document_anchors(turkish, turkish=True))
    trans_keys = fact_keys(english, document_anchors(english, turkish=False))
    assert {"#6", "#1500000", "@d24", "@m2", "@w3", "~ekin"} <= orig_keys & trans_keys
    assert not any(key.startswith("#") and key not in ("#6", "#1500000") for key in orig_keys | trans_keys)


def test_anchor_surfaces_keep_the_english_spelling():
    surfaces = anchor_surfaces("Turkey's S-400 deal with Ankara, worth $1.5 billion in 2022.")
    assert surfaces["=s-400"] == "S-400"
    assert surfaces["~turk"] == "Turkey"
    assert surfaces["#2022"] == "2022"


def score(name: str, aligned: float | None, value: float | None = None) -> CandidateScore:
    return CandidateScore(name, value if value is not None else aligned, 0.0, aligned, 0.5, (), "")


@pytest.mark.parametrize(("aligned", "rival", "margin", "expected"), [
    (0.93, 0.29, 0.5, "high"),      # a clear winner over a same-topic story
    (0.65, 0.20, 0.4, "medium"),    # convincing, but a third of the English has no partner
    (0.93, 0.86, 0.06, "medium"),   # a near-duplicate, told apart by a sentence
    (0.93, 0.93, 0.004, "low"),     # a near-duplicate, told apart by a number at most
    (0.40, 0.30, 0.1, "none"),      # nothing convincing
])
def test_confidence_levels(aligned, rival, margin, expected):
    original = score("a.txt", aligned) if aligned >= FindParams().min_aligned else None
    assert _confidence(original, score("b.txt", rival), margin, FindParams()) == expected


def report(original: CandidateScore | None, runner_up: CandidateScore, margin: float, near: bool,
           confidence: str) -> FindReport:
    best = original or score("x.txt", 0.18)
    return FindReport("en.txt", (best, runner_up), original, runner_up, margin, near, confidence, 40, 10, 14)


def test_verdict_when_none_is_convincing():
    line = report(None, score("y.txt", 0.1), 0.1, False, "none").verdict
    assert line == "no likely original among 40 candidates; best: x.txt, 18% of sentences aligned"


def test_verdict_names_the_pick_the_runner_up_and_the_margin():
    line = report(score("a.txt", 0.93), score("b.txt", 0.29), 0.512, False, "high").verdict
    assert line == ("likely original: a.txt (high confidence, 93% of English sentences aligned; "
                    "runner-up b.txt, margin 0.512)")
    line = report(score("a.txt", 0.93), score("b.txt", 0.93), 0.004, True, "low").verdict
    assert "near-duplicate b.txt scores 0.004 lower" in line
    line = report(score("a.txt", 0.93), score("b.txt", 0.93), 0.0, True, "low").verdict
    assert "near-duplicate b.txt scores the same" in line


def test_rank_candidates_with_nothing_to_rank():
    trans = embedded("en.txt", [[1, 0]], ["A sentence."], Language.ENGLISH)
    result = rank_candidates(trans, [])
    assert result.best is None and result.original is None and result.confidence == "none"


def test_rank_candidates_orders_shortlist_by_score_then_the_rest_by_screen():
    english = ["The minister spoke.", "The deal was signed.", "Prices rose."]
    trans = embedded("en.txt", [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0]], english, Language.ENGLISH)
    true = embedded("true.txt", [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0]])
    half = embedded("half.txt", [[1, 0, 0, 0], [0, 0, 0, 1]])
    other = embedded("other.txt", [[0, 0, 0, 1]])
    result = rank_candidates(trans, [other, half, true], FindParams(shortlist=2))
    assert [candidate.path for candidate in result.ranked] == ["true.txt", "half.txt", "other.txt"]
    assert result.ranked[0].aligned_share == pytest.approx(1.0)
    assert result.ranked[2].score is None and result.ranked[2].aligned_share is None
    assert result.ranked[2].reason.startswith("not shortlisted")
    assert result.original.path == "true.txt" and result.confidence == "high"
    assert result.shortlisted == 2 and result.considered == 3
