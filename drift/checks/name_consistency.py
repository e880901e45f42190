"""Inconsistent name: one person or place spelled two ways in the same article.

Why it matters: "Karabulut" in one paragraph and "Karabulot" in the next
leaves readers unsure whether these are two people, and one of the spellings
is wrong. This check needs no original.

Flagged (minor): a capitalised word one letter away from another capitalised
word of the same article (by spelling key, so accepted transliterations such
as Zelensky/Zelenskyy do not count), when neither is an ordinary English word.
The rarer spelling is reported, with the more frequent one as expected; on a
tie, the later one. With an original (`drift check`), a spelling the original
confirms is never reported.
"""

from __future__ import annotations

from collections import Counter

from rapidfuzz.distance import Levenshtein

from drift.checks import check
from drift.checks._names import document_turkish_names, english_key, is_english_word, looks_like_name
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Severity

MIN_LETTERS = 5


@check("D107", "name-consistency", Category.NAME, Severity.MINOR, needs_original=False, preview=True)
def name_consistency(context: CheckContext):
    names = [
        (view, token) for view in context.beads for token in view.trans_tokens
        if looks_like_name(token) and len(token.stem) >= MIN_LETTERS
    ]
    counts = Counter(english_key(token) for _, token in names)
    spelled = {english_key(token): token.stem for _, token in names}
    ordinary = {key: is_english_word(context, stem) for key, stem in spelled.items()}
    # With an original at hand, a spelling the original confirms is right.
    confirmed = {name.key for name in document_turkish_names(context)}
    for view, token in names:
        key = english_key(token)
        if ordinary[key] or key in confirmed:
            continue
        for other, stem in spelled.items():
            if other == key or ordinary[other] or Levenshtein.distance(key, other) != 1:
                continue
            if counts[key] > counts[other] or (counts[key] == counts[other] and key < other):
                continue
            yield make_finding(
                name_consistency, view,
                message=f"“{token.stem}” is spelled “{stem}” elsewhere in the article.",
                trans=context.trans_span(token.start, token.start + len(token.stem)),
                orig=None,
                expected=stem,
                evidence=f"{stem} appears {counts[other]} time(s), {token.stem} {counts[key]}",
            )
            break
