"""chrF and BLEU of English against an English reference, by sacrebleu (imported here only)."""

from __future__ import annotations

import functools


@functools.cache
def _metrics():
    from sacrebleu.metrics import BLEU, CHRF

    # Sentence-level BLEU needs smoothing, or one missing 4-gram makes it zero.
    return CHRF(), BLEU(effective_order=True)


def bead_scores(reference: str, hypothesis: str) -> tuple[float, float]:
    """(chrF, BLEU) of one sentence group, 0-100, rounded to two places."""
    chrf, bleu = _metrics()
    return (round(chrf.sentence_score(hypothesis, [reference]).score, 2),
            round(bleu.sentence_score(hypothesis, [reference]).score, 2))


def corpus_scores(references: list[str], hypotheses: list[str]) -> tuple[float, str, float, str]:
    """(chrF, its signature, BLEU, its signature) of whole texts given line by line."""
    from sacrebleu.metrics import BLEU, CHRF

    chrf, bleu = CHRF(), BLEU()
    chrf_score = chrf.corpus_score(hypotheses, [references])
    bleu_score = bleu.corpus_score(hypotheses, [references])
    return (round(chrf_score.score, 2), str(chrf.get_signature()), round(bleu_score.score, 2),
            str(bleu.get_signature()))
