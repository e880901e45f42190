"""Cheap cross-lingual anchors: numbers, codes and names two sentences share.

A Turkish sentence and its English translation keep their numbers ("24",
"2022"), their codes ("S-400", "F-35", "NATO") and most of their proper names
("Sherman", "Ankara"; "Türkiye" and "Turkey" share a stem). Such overlaps are
strong evidence that two sentences belong together, independent of the
sentence encoder.
"""

from __future__ import annotations

import re
from functools import lru_cache

from drift.text.fold import fold_ascii

# A number with optional thousands or decimal separators in either convention
# ("1.250", "1,250", "3,5", "14.30"): the digits alone are the key, so
# "3,5" and "3.5" agree while "35" and "3.5" happen to agree as well, which is
# acceptable for an alignment hint.
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SEPARATORS = re.compile(r"[.,]")
# A code mixes letters with digits or is an acronym: S-400, F-35, COVID-19, NATO.
_CODE = re.compile(r"\b(?:[A-Za-z]+-?\d+[A-Za-z0-9]*|[A-Z]{2,}[0-9]*)\b")
# A capitalised word, with a Turkish case suffix after an apostrophe left off.
_NAME = re.compile(r"\b([A-ZÇĞİÖŞÜÂÎÛ][\wÇĞİÖŞÜçğıöşüâîû]{3,})(?:['’][\wçğıöşü]+)?")
# Names are compared by their first letters once folded to ASCII, so that
# Türkiye/Turkey and Ukrayna/Ukraine meet while Zelenskiy/Zhelensky do not.
_NAME_STEM = 4


# A sentence met again (a pair aligned again, versions of one article in a batch, the warm-up's sentences) has
# the same anchors.
@lru_cache(maxsize=16384)
def sentence_anchors(text: str, turkish: bool) -> frozenset[str]:
    """The anchor keys of one sentence: '#digits', '=code' and '~name-stem'."""
    keys: set[str] = set()
    for match in _NUMBER.finditer(text):
        keys.add("#" + _SEPARATORS.sub("", match.group()))
    for match in _CODE.finditer(text):
        keys.add("=" + fold_ascii(match.group(), turkish))
    for match in _NAME.finditer(text):
        keys.add("~" + fold_ascii(match.group(1), turkish)[:_NAME_STEM])
    return frozenset(keys)


def anchor_agreement(orig: frozenset[str], trans: frozenset[str]) -> float | None:
    """Dice overlap of two anchor sets, or None when neither side has anchors."""
    total = len(orig) + len(trans)
    if total == 0:
        return None
    return 2 * len(orig & trans) / total
