"""The head words of English WordNet's definitions (built by tools/build_definitions.py): a definition's first word.

A word is read as a near synonym of the word its definition opens with: "reconvene" is "meet again", "chair" (the
verb) is "preside over", "markedly" is "in a clearly noticeable manner", "lie" is "be located or situated". The table
is read once, lazily, and only by reference mode.
"""

from __future__ import annotations

import functools
import gzip
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "definitions.tsv.gz"


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    table = {}
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                word, _, heads = line.rstrip("\n").partition("\t")
                table[word] = heads
    return table


def heads(word: str) -> tuple[str, ...]:
    """The head words of the definitions of `word` (a base form, lower case), in WordNet's order; () if none."""
    found = _table().get(word)
    return tuple(found.split("|")) if found else ()


@functools.lru_cache(maxsize=1)
def _counts() -> dict[str, int]:
    counts: dict[str, int] = {}
    for found in _table().values():
        for head in found.split("|"):
            counts[head] = counts.get(head, 0) + 1
    return counts


def head_count(head: str) -> int:
    """How many words of the table have `head` among the heads of their definitions."""
    return _counts().get(head, 0)
