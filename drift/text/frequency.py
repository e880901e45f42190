"""How common a word is in English or Turkish text: wordfreq's word lists, shipped with the package, no network."""

from __future__ import annotations

import math
from functools import cache


def zipf(word: str, language: str) -> float:
    """The word's Zipf frequency in `language` ("en", "tr"): log10 of its uses per billion words, 0 when unlisted.

    The word is looked up as given: fold its case first (Turkish-aware for Turkish).
    """
    frequency = frequencies(language).get(word, 0.0)
    return math.log10(frequency) + 9 if frequency > 0 else 0.0


@cache
def frequencies(language: str) -> dict[str, float]:
    """Every listed word of `language` with its frequency (a share of all words)."""
    from wordfreq import get_frequency_dict

    return get_frequency_dict(language)
