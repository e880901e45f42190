"""Inconsistent number: the same count stated twice in one article with different values.

Why it matters: "1,850 hectares burned" in one paragraph and "1,580 hectares
burned" in another means one of them is wrong, and readers cannot tell which.
This check needs no original.

Flagged (minor): two amounts of the same kind and unit whose next two words are
the same ("hectares had", "people were") and whose digits differ the way a
slip of the keyboard does (the same digits in another order, or one digit
changed: 1,850 and 1,580; 4,236 and 4,263); the later one is reported, with the
earlier value as the likely intended one. Amounts that differ otherwise (12
and 120 drones) are usually two different counts and are left alone, and so
are amounts with fewer than three significant digits (2 and 3 academics, 70
and 90 percent, 110 and 130 million years): any two of those differ by one
digit. Years, codes and spelled-out small numbers are left alone, and so is a
number followed by words that change from one mention to the next.
"""

from __future__ import annotations

import re

from drift.checks import check
from drift.checks._facts import document_quantities, english_amount
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Severity

_WORD = re.compile(r"[A-Za-z][\w-]*")
CONTEXT_WORDS = 2
MIN_SIGNIFICANT_DIGITS = 3


def _slip(first: str, second: str) -> bool:
    """Digits that differ as a typing slip would: the same digits reordered, or one digit changed."""
    a, b = re.sub(r"\D", "", first), re.sub(r"\D", "", second)
    if a == b or len(a) != len(b):
        return False
    if min(len(a.rstrip("0")), len(b.rstrip("0"))) < MIN_SIGNIFICANT_DIGITS:
        return False
    return sorted(a) == sorted(b) or sum(x != y for x, y in zip(a, b)) == 1


def _context(text: str, end: int) -> tuple[str, ...]:
    words = _WORD.findall(text[end:end + 60])[:CONTEXT_WORDS]
    return tuple(word.lower() for word in words) if len(words) == CONTEXT_WORDS else ()


@check("D202", "number-consistency", Category.NUMBER, Severity.MINOR, needs_original=False, preview=True)
def number_consistency(context: CheckContext):
    trans = context.alignment.trans
    bead_of = {j: view for view in context.beads for j in view.bead.trans}
    first_seen: dict[tuple, object] = {}
    for quantity in document_quantities(trans.text, trans.language):
        surface = trans.text[quantity.start:quantity.end]
        if quantity.kind in ("year", "code") or not any(char.isdigit() for char in surface):
            continue
        following = _context(trans.text, quantity.end)
        if not following:
            continue
        key = (quantity.kind, quantity.unit, following)
        earlier = first_seen.setdefault(key, quantity)
        if earlier is quantity or earlier.value == quantity.value:
            continue
        if not _slip(trans.text[earlier.start:earlier.end], surface):
            continue
        sentence = next(s for s in context.alignment.trans_sentences if s.start <= quantity.start < s.end)
        yield make_finding(
            number_consistency, bead_of[sentence.index],
            message=f"“{surface}” here, but “{trans.text[earlier.start:earlier.end]}” earlier "
                    f"for the same “{' '.join(following)}”.",
            trans=context.trans_span(quantity.start, quantity.end),
            orig=None,
            expected=english_amount(earlier),
            evidence="the same words follow both numbers",
        )
