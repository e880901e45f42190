"""Turkish names of foreign places and their English names.

Countries come from Babel's territory names (CLDR, Turkish and English);
cities and regions from the hand-kept `data/places.tsv`. Only names that
differ once accents are folded are kept: "İran" is Iran, "Irak" is Iraq.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from drift.text.fold import fold_ascii, fold_case

PLACES = Path(__file__).resolve().parent / "data" / "places.tsv"
# The longest Turkish place name, in words ("Amerika Birleşik Devletleri").
MAX_WORDS = 4


def place_key(words: list[str]) -> tuple[str, ...]:
    """Words folded the way place names are compared: Turkish case, then accents ("Kerkük" -> "kerkuk")."""
    return tuple(place_word(word) for word in words)


@lru_cache(maxsize=65536)
def place_word(word: str) -> str:
    """One word of `place_key`."""
    return fold_ascii(fold_case(word, turkish=True))


@lru_cache(maxsize=1)
def first_words() -> frozenset[str]:
    """The folded first word of every place name: a word not among them starts none."""
    return frozenset(key[0] for key in exonyms())


@lru_cache(maxsize=1)
def exonyms() -> dict[tuple[str, ...], str]:
    """Folded Turkish place name (as words) -> English name, for names that differ."""
    from drift.text.cldr import territories

    pairs: list[tuple[str, str]] = []
    turkish, english = territories("tr"), territories("en")
    pairs.extend((name, english[code]) for code, name in turkish.items() if code.isalpha() and code in english)
    for line in PLACES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, english_name = line.partition("\t")
            pairs.append((name, english_name))
    table = {}
    for name, english_name in pairs:
        key = place_key(name.split())
        if len(key) <= MAX_WORDS and key != place_key(english_name.split()):
            table[key] = english_name
    return table
