"""Case and letter folding that never changes a string's length.

Python's `"İ".lower()` is two code points and `"I".lower()` is `i`, not `ı`:
either would shift every later offset or stop Turkish words from matching.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_TURKISH_UPPER_TO_LOWER = {"I": "ı", "İ": "i"}

# Letters that carry no diacritic to strip but still differ from ASCII.
_ASCII_LETTERS = str.maketrans({"ı": "i", "İ": "i", "ß": "s", "ø": "o", "æ": "a", "œ": "o", "đ": "d", "ł": "l"})


def _lower_char(char: str, turkish: bool) -> str:
    if turkish and char in _TURKISH_UPPER_TO_LOWER:
        return _TURKISH_UPPER_TO_LOWER[char]
    lowered = char.lower()
    # Keep the length: a character whose lower case is longer stays as it is.
    return lowered if len(lowered) == 1 else char


_TURKISH_CAPITAL_I = str.maketrans(_TURKISH_UPPER_TO_LOWER)


def fold_case(text: str, turkish: bool = False) -> str:
    """Lower-case `text` one code point per code point (Turkish dotted/dotless i when asked)."""
    folded = _TURKISH_WORDS if turkish else _OTHER_WORDS
    found = folded.get(text)
    if found is None:
        found = _fold(text, turkish)
        if len(text) <= _WORD_LENGTH and len(folded) < _WORDS_KEPT:
            folded[text] = found
    return found


# Most calls fold one word, the same words over and over (every check folds the tokens it reads, thousands of
# calls an article): those are remembered, in a plain dict per language (a lookup, no call); a longer text (a
# sentence, a document) is folded afresh and never kept. Past the limit, new words are folded, not kept.
_WORD_LENGTH = 40
_WORDS_KEPT = 65536
_TURKISH_WORDS: dict[str, str] = {}
_OTHER_WORDS: dict[str, str] = {}


def _fold(text: str, turkish: bool) -> str:
    if turkish:
        text = text.translate(_TURKISH_CAPITAL_I)
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # Rare: some character lowers to several code points ("İ" outside Turkish).
    return "".join(_lower_char(char, turkish) for char in text)


@lru_cache(maxsize=65536)  # words (names, codes, handles), asked for again and again
def fold_ascii(word: str, turkish: bool = False) -> str:
    """Lower-case and strip diacritics, for comparing a word across the two languages.

    The result may be shorter than the input; use it as a key, never for offsets.
    """
    lowered = fold_case(word, turkish).translate(_ASCII_LETTERS)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(char for char in decomposed if not unicodedata.combining(char))
