"""Is this an original and its translation at all? Say so plainly before reporting drift.

Two texts that are not a translation pair (two different stories, two English
texts, two Turkish ones, or the two files given the wrong way round) would
otherwise come back as a finding for every sentence. Two kinds of evidence,
both offline and cheap:

- the language of each text, from the words that mark each language,
  counted over its first 100,000 characters: function words of each
  (drift.text.stopwords), and for Turkish also words with ğ, ı or ş, letters
  no English word has (a Turkish name in an English text is outnumbered);
- the alignment: the share of sentences that found a partner in a bead
  whose similarity reaches `PairParams.partner_similarity`, and the mean
  similarity of all paired beads.

Thresholds and their measurement on the samples: benchmarks/calibrate_pairs.py
and the README's "Input" section.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from drift.errors import DriftError
from drift.model import Alignment, Document, Language
from drift.text.fold import fold_case
from drift.text.stopwords import STOPWORDS

_SAMPLE = 100_000
_WORD = re.compile(r"[^\W\d_]+")
_TURKISH_ONLY = frozenset("ğış")
_NAMES = {Language.TURKISH: "Turkish", Language.ENGLISH: "English"}


class WrongPairError(DriftError):
    """The two texts are not an original and its translation; the message gives the evidence."""


@dataclass(frozen=True)
class PairParams:
    """Where a pair stops looking like a translation (calibrated on the bundled samples)."""

    # A language is named only with this many marker words, outnumbering the other language's this many times.
    min_function_words: int = 5
    dominance: float = 3.0
    # The alignment is judged only when both sides have this many sentences.
    min_sentences: int = 4
    # A sentence has found its partner when its bead's similarity reaches this.
    partner_similarity: float = 0.55
    # Not a pair when fewer sentences than this share found a partner...
    min_partnered: float = 0.4
    # ...or when the paired beads are this dissimilar on average.
    min_mean_similarity: float = 0.45


@dataclass(frozen=True)
class LanguageGuess:
    """The language of a text (None when it cannot tell), with the words that mark each language counted."""

    language: Language | None
    turkish_words: int
    english_words: int

    @property
    def name(self) -> str:
        return _NAMES[self.language] if self.language else "of unclear language"

    def counts(self) -> str:
        return f"{self.turkish_words} words that mark Turkish, {self.english_words} that mark English"


@dataclass(frozen=True)
class PairEvidence:
    """What the alignment says about a pair."""

    orig_sentences: int
    trans_sentences: int
    partnered: int
    mean_similarity: float | None

    @property
    def partnered_share(self) -> float:
        return self.partnered / max(self.orig_sentences + self.trans_sentences, 1)


def detect_language(text: str, params: PairParams = PairParams()) -> LanguageGuess:
    """Turkish, English or None, from the words that mark each language."""
    turkish, english = _marker_counts(text[:_SAMPLE])
    language = None
    if turkish >= params.min_function_words and turkish >= params.dominance * english:
        language = Language.TURKISH
    elif english >= params.min_function_words and english >= params.dominance * turkish:
        language = Language.ENGLISH
    return LanguageGuess(language, turkish, english)


# A text met again (a pair checked again, one original against many translations) is counted once.
@functools.lru_cache(maxsize=64)
def _marker_counts(sample: str) -> tuple[int, int]:
    """How many words of `sample` mark Turkish and how many mark English.

    Each distinct word is judged once and counted as often as it occurs: an article repeats most of its words.
    """
    turkish_words = STOPWORDS[Language.TURKISH]
    turkish = sum(count for word, count in Counter(_WORD.findall(fold_case(sample, turkish=True))).items()
                  if word in turkish_words or not _TURKISH_ONLY.isdisjoint(word))
    english_words = STOPWORDS[Language.ENGLISH]
    english = sum(count for word, count in Counter(_WORD.findall(fold_case(sample))).items()
                  if word in english_words)
    return turkish, english


def pair_evidence(alignment: Alignment, params: PairParams = PairParams()) -> PairEvidence:
    """How many sentences found a convincing partner, and how similar the paired beads are."""
    partnered = 0
    similarities = []
    for bead in alignment.beads:
        if bead.similarity is None:
            continue
        similarities.append(bead.similarity)
        if bead.similarity >= params.partner_similarity:
            partnered += len(bead.orig) + len(bead.trans)
    mean = round(sum(similarities) / len(similarities), 4) if similarities else None
    return PairEvidence(len(alignment.orig_sentences), len(alignment.trans_sentences), partnered, mean)


def _name(document: Document, role: str) -> str:
    return document.path or role


def _language_problem(orig_name: str, trans_name: str, orig: LanguageGuess, trans: LanguageGuess) -> str | None:
    evidence = f"{orig_name}: {orig.counts()}; {trans_name}: {trans.counts()}"
    if orig.language is Language.ENGLISH and trans.language is Language.TURKISH:
        return f"the files seem swapped: {orig_name} is English and {trans_name} Turkish ({evidence}); " \
               "give the Turkish original first"
    if orig.language is trans.language is Language.ENGLISH:
        return f"both texts are English ({evidence}); the original must be the Turkish text"
    if orig.language is trans.language is Language.TURKISH:
        return f"both texts are Turkish ({evidence}); the translation must be the English text"
    if orig.language is Language.ENGLISH:
        return f"{orig_name} is English, but the original must be Turkish ({orig.counts()})"
    if trans.language is Language.TURKISH:
        return f"{trans_name} is Turkish, but the translation must be English ({trans.counts()})"
    return None


def pair_problem(alignment: Alignment, params: PairParams = PairParams()) -> str | None:
    """Why the two texts are not an original and its translation, in one line; None when they may be."""
    orig_name, trans_name = _name(alignment.orig, "the original"), _name(alignment.trans, "the translation")
    orig, trans = detect_language(alignment.orig.text, params), detect_language(alignment.trans.text, params)
    problem = _language_problem(orig_name, trans_name, orig, trans)
    if problem is not None:
        return problem
    evidence = pair_evidence(alignment, params)
    if min(evidence.orig_sentences, evidence.trans_sentences) < params.min_sentences:
        return None  # too short to judge by alignment
    low_share = evidence.partnered_share < params.min_partnered
    low_similarity = evidence.mean_similarity is None or evidence.mean_similarity < params.min_mean_similarity
    if not (low_share or low_similarity):
        return None
    similarity = ("no sentence aligned at all" if evidence.mean_similarity is None else
                  f"mean similarity of aligned sentences {evidence.mean_similarity:.2f} "
                  f"(a translation: {params.min_mean_similarity:.2f} or more)")
    return (
        f"{orig_name} and {trans_name} do not read as an original and its translation: "
        f"{evidence.partnered_share:.0%} of their sentences have a partner ({evidence.partnered} of "
        f"{evidence.orig_sentences + evidence.trans_sentences}; a translation: {params.min_partnered:.0%} or more), "
        f"{similarity}; languages: {orig.name} and {trans.name}"
    )


def ensure_pair(alignment: Alignment, params: PairParams = PairParams()) -> None:
    """Raise `WrongPairError` when the aligned texts are not an original and its translation."""
    problem = pair_problem(alignment, params)
    if problem is not None:
        raise WrongPairError(f"{problem}; check the files, or add --no-pair-check to compare them anyway")
