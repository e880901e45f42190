"""Likely misspelled name: a rare spelling one letter away from a well-known name.

Why it matters: "Erdogen" for Erdogan or "Puttin" for Putin looks careless and
defeats search, and a reader without the original cannot tell. This check
needs no original: it compares names with word frequencies of English text
(the wordfreq package's lists, shipped offline).

Flagged (minor): a capitalised word of five or more letters that is rare in
English text, whose spelling key is one edit away from a name that is common
there, when that common word is not an ordinary dictionary word and the two are
not accepted transliterations of each other (Zelenskyy, Zelensky, Zelenskiy
share a key). Expected: the common spelling.
"""

from __future__ import annotations

import functools

from drift.checks import check
from drift.checks._names import is_english_word, looks_like_name
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Language, Severity
from drift.text.frequency import frequencies, zipf
from drift.text.tokens import name_key

RARE_ZIPF = 1.0
COMMON_ZIPF = 3.0
MIN_LETTERS = 5


@functools.cache
def _common_words() -> dict[tuple[str, int], tuple[str, ...]]:
    """Common English words by (first letter, length), for near-spelling look-ups."""
    threshold = 10 ** (COMMON_ZIPF - 9)
    buckets: dict[tuple[str, int], list[str]] = {}
    for word, frequency in frequencies("en").items():
        if frequency >= threshold and len(word) >= MIN_LETTERS - 1 and word.isalpha():
            buckets.setdefault((word[0], len(word)), []).append(word)
    return {key: tuple(words) for key, words in buckets.items()}


def _near_common(word: str) -> str | None:
    from rapidfuzz.distance import Levenshtein

    buckets = _common_words()
    key = name_key(word, Language.ENGLISH)
    for length in (len(word) - 1, len(word), len(word) + 1):
        for candidate in buckets.get((word[0], length), ()):
            if candidate != word and Levenshtein.distance(word, candidate) == 1:
                if name_key(candidate, Language.ENGLISH) != key:
                    return candidate
    return None


@check("D106", "name-frequency", Category.NAME, Severity.MINOR, needs_original=False, preview=True)
def name_frequency(context: CheckContext):
    for view in context.beads:
        for token in view.trans_tokens:
            if not looks_like_name(token) or len(token.stem) < MIN_LETTERS or not token.stem.isascii():
                continue
            word = token.stem.lower()
            if zipf(word, "en") > RARE_ZIPF:
                continue
            candidate = _near_common(word)
            if candidate is None or is_english_word(context, candidate):
                continue
            yield make_finding(
                name_frequency, view,
                message=f"“{token.stem}” is rare in English text; did you mean “{candidate.title()}”?",
                trans=context.trans_span(token.start, token.start + len(token.stem)),
                orig=None,
                expected=candidate.title(),
                evidence=f"“{candidate}” is common in English text and one letter away",
            )
