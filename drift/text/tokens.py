"""Word tokens with spans, and what the checks need to know about each.

A Turkish proper name carries its case suffix after an apostrophe
(`Zelenskiy'nin`, `Türkiye'ye`, `2019'da`); the token keeps the whole surface
form and splits it into `stem` and `suffix`, because the suffix carries
meaning (dative "to", ablative "from", genitive "of") that a check may need.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from drift.model import Language
from drift.text.fold import fold_ascii, fold_case

APOSTROPHES = "'’‘`´"
# Inner full stops and commas stay only between word characters ("3,5",
# "14.30", "U.S"), so sentence punctuation never sticks to a word.
_TOKEN = re.compile(
    r"[@#]?[^\W_](?:[\w\-]|[.,](?=[^\W_]))*(?:[" + APOSTROPHES + r"]([^\W\d_]+))?",
)
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Token:
    """One word, number, code or handle of a sentence."""

    start: int
    end: int
    text: str
    stem: str
    suffix: str
    position: int

    # Asked of every token by many checks, thousands of times a pair: worked out once per token
    # (a cached value sits beside the fields, outside equality and hashing).
    @cached_property
    def is_capitalized(self) -> bool:
        return self.stem[:1].isupper()

    @cached_property
    def has_digit(self) -> bool:
        return bool(_DIGIT.search(self.stem))

    @cached_property
    def is_handle(self) -> bool:
        return self.stem.startswith(("@", "#"))

    def __hash__(self) -> int:
        # The hash dataclass would give (of the fields), worked out once: tokens key caches and fill sets.
        found = self.__dict__.get("_hash")
        if found is None:
            found = self.__dict__["_hash"] = hash((self.start, self.end, self.text, self.stem, self.suffix,
                                                   self.position))
        return found


def tokenize(text: str, start: int = 0, end: int | None = None, first_position: int = 0,
             offset: int = 0) -> tuple[Token, ...]:
    """Tokens of `text[start:end]`, with offsets into `text` plus `offset`, numbered from `first_position`.

    The pattern looks at nothing outside `text[start:end]`, so a sentence cut out of its document and
    tokenized with `offset` at its start gives the same tokens as the document tokenized from there.
    """
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text, start, len(text) if end is None else end):
        surface, suffix = match.group(0, 1)
        # The only apostrophe a token can hold is the one before its suffix.
        stem = surface if suffix is None else surface[:-len(suffix) - 1]
        tokens.append(Token(match.start() + offset, match.end() + offset, surface, stem, suffix or "",
                            first_position + len(tokens)))
    return tuple(tokens)


def name_key(word: str, language: Language) -> str:
    """A spelling key under which accepted transliterations of one name agree.

    Diacritics go (Çavuşoğlu = Cavusoglu), y and i are one letter and doubled
    letters one (Zelenskiy = Zelensky = Zelenskyy, Volodimir = Volodymyr), and a
    final i is dropped; a different consonant (Zhelensky) or vowel (Karabulot)
    still changes the key.
    """
    return _name_key(word, language is Language.TURKISH)


_REPEATED = re.compile(r"(.)\1+")


# Asked for every word of a pair by the links and several checks, over and over: remembered.
@lru_cache(maxsize=65536)
def _name_key(word: str, turkish: bool) -> str:
    key = _REPEATED.sub(r"\1", fold_ascii(word, turkish=turkish).replace("y", "i"))
    return key[:-1] if len(key) > 3 and key.endswith("i") else key


def turkish_name_keys(word: str) -> frozenset[str]:
    """Keys of a Turkish name under both common romanisations (ş as s or sh, ç as c or ch)."""
    plain = name_key(word, Language.TURKISH)
    spelled = fold_case(word, turkish=True).replace("ş", "sh").replace("ç", "ch")
    return frozenset({plain, name_key(spelled, Language.TURKISH)})
