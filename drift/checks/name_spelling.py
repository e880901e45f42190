"""Name spelling: a name in the English spelled differently from the original.

Why it matters: a misspelled name is hard to search for, looks careless and
can point at a different person ("Zhelensky" for Zelenskiy, "Karabulot" for
Karabulut).

Accepted transliterations are not flagged: dropped diacritics (Cavusoglu for
Çavuşoğlu), y for i and doubled letters (Zelensky, Zelenskyy, Zelenskiy;
Volodymyr for Volodimir), and names the lexicon translates (Ukraine for
Ukrayna), and ordinary English words (Platform next to Platformu) are left
alone. A flagged spelling is within two edits of a name in the original.
Expected: the original's spelling.
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from drift.checks import check
from drift.checks._names import (
    document_turkish_names, english_key, is_english_word, is_translation, looks_like_name, pair_views, turkish_names,
)
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Severity

MAX_EDITS = 2
MIN_SIMILARITY = 0.7


def _closest(key: str, names):
    best, best_score = None, 0.0
    for name in names:
        if abs(len(name.key) - len(key)) > MAX_EDITS or name.key[:1] != key[:1]:
            continue
        distance = Levenshtein.distance(key, name.key)
        similarity = 1 - distance / max(len(key), len(name.key))
        if 0 < distance <= MAX_EDITS and similarity >= MIN_SIMILARITY and similarity > best_score:
            best, best_score = name, similarity
    return best, best_score


@check("D101", "name-spelling", Category.NAME, Severity.MINOR)
def name_spelling(context: CheckContext):
    everywhere = document_turkish_names(context)
    known_keys = {name.key for name in everywhere}
    for view in pair_views(context):
        local = turkish_names(view.orig_tokens)
        for token in view.trans_tokens:
            if not looks_like_name(token) or len(token.stem) < 3:
                continue
            key = english_key(token)
            if key in known_keys or is_english_word(context, token.stem):
                continue
            name, similarity = _closest(key, local)
            if name is None:
                name, similarity = _closest(key, everywhere)
            if name is None or is_translation(context, name.token.stem, token.stem):
                continue
            yield make_finding(
                name_spelling, view,
                message=f"“{token.stem}” is spelled differently from “{name.token.stem}” in the original.",
                trans=context.trans_span(token.start, token.start + len(token.stem)),
                orig=context.orig_span(name.token.start, name.token.start + len(name.token.stem)),
                expected=name.token.stem,
                evidence=f"spelling keys {key!r} and {name.key!r} differ by "
                         f"{Levenshtein.distance(key, name.key)} letter(s); not a known transliteration",
            )
