"""Changed number: an amount, percentage or count that differs between the two sides.

Why it matters: numbers are what readers quote; "5.7 million" for 7,5 milyon,
a billion for a million, or 36 percent for yüzde 63 changes the story.

Numbers are read with their scale (bin, milyon, milyar), Turkish decimals
(3,5 = 3.5; 1.250 = 1250), percentages (%42, yüzde 42) and currencies; codes
such as S-400 are not amounts. A Turkish number without its value in the
English sentence is reported as changed when the English has an unmatched
number of its own there, otherwise as left out; an English number the
original does not have is reported as added. Expected: the original's amount.
"""

from __future__ import annotations

from decimal import Decimal

from drift.checks import check
from drift.checks._facts import bead_quantities, english_amount
from drift.checks._names import pair_views
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Severity
from drift.text.quantities import Quantity


def _counts(quantity: Quantity, text: str) -> bool:
    """Whether a quantity is worth comparing at all.

    Years belong to the date check. Small numbers spelled out are as often an
    article, a pronoun or a turn of phrase as a count ("one of the", "iki
    ülke" rendered "both countries"), so a spelled-out 1 or 2 is left alone.
    """
    if quantity.kind == "year":
        return False
    surface = text[quantity.start:quantity.end]
    return quantity.value > SMALL_SPELLED or any(char.isdigit() for char in surface)


SMALL_SPELLED = 2
_SCALES = tuple(Decimal(10) ** power for power in (3, 6, 9, 12))
# Kinds that name what is counted; two different ones are never the same number.
_MEASURED_KINDS = frozenset({"percent", "money", "measure"})


def _same_value(orig: Quantity, trans: Quantity) -> bool:
    """Equal values, or equal figures where one side left its scale to a neighbour.

    "3,1 ile 2,4 milyon" gives 3.1 and 2.4 million: a bare figure equal to the
    other side's figure before its thousand, million or billion is the same
    number. When both sides carry a scale, a different scale is a real change.
    """
    if orig.value == trans.value:
        return True
    small, large = sorted((orig.value, trans.value))
    return small < 1000 and any(small * scale == large for scale in _SCALES)


def _same(orig: Quantity, trans: Quantity) -> bool:
    if not _same_value(orig, trans):
        return False
    if orig.kind != trans.kind and {orig.kind, trans.kind} <= _MEASURED_KINDS:
        return False  # 38 percent is not 38 bin lira, whatever the scale
    if orig.unit and trans.unit and orig.unit.startswith("currency") and trans.unit.startswith("currency"):
        return orig.unit == trans.unit
    return True


def _unmatched(orig: list[Quantity], trans: list[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    left_orig, left_trans = list(orig), list(trans)
    for quantity in orig:
        partner = next((other for other in left_trans if _same(quantity, other)), None)
        if partner is not None:
            left_orig.remove(quantity)
            left_trans.remove(partner)
    return left_orig, left_trans


def _leftovers(context: CheckContext, per_bead, position):
    """(orig, trans, small trans) quantities of a bead that found no equal on the other side.

    Small numbers spelled out are never reported alone but may pair with a
    changed number: an original "ikinci" (second) that became "first".
    """
    orig_text, trans_text = context.alignment.orig.text, context.alignment.trans.text
    orig_all, trans_all = per_bead[position]
    orig = [q for q in orig_all if _counts(q, orig_text)]
    trans = [q for q in trans_all if _counts(q, trans_text)]
    small_orig = [q for q in orig_all if q.kind == "ordinal" and q not in orig]
    small_trans = [q for q in trans_all if q.kind != "year" and q not in trans]
    orig = [q for q in orig if not any(_same(q, small) for small in small_trans)]
    trans = [q for q in trans if not any(_same(small, q) for small in small_orig)]
    orig, trans = _unmatched(orig, trans)
    small_orig, small_trans = _unmatched(small_orig, small_trans)
    # A value may have moved to the neighbouring sentence in the English.
    neighbours = [per_bead[i] for i in range(max(position - 1, 0), min(position + 2, len(per_bead))) if i != position]
    nearby_orig = [q for orig_side, _ in neighbours for q in orig_side]
    nearby_trans = [q for _, trans_side in neighbours for q in trans_side]
    orig = [q for q in orig if not any(_same(q, other) for other in nearby_trans)]
    trans = [q for q in trans if not any(_same(other, q) for other in nearby_orig)]
    changed_small = [(a, b) for a in small_orig for b in small_trans if a.kind == b.kind == "ordinal"][:1]
    return orig, trans, small_trans, changed_small


@check("D201", "number-mismatch", Category.NUMBER, Severity.CRITICAL)
def number_mismatch(context: CheckContext):
    views = pair_views(context)
    # Each bead's quantities, found once: a bead is compared with its neighbours too.
    per_bead = [bead_quantities(context, view) for view in views]
    orig_text, trans_text = context.alignment.orig.text, context.alignment.trans.text
    for position, view in enumerate(views):
        orig, trans, small_trans, changed = _leftovers(context, per_bead, position)
        while orig and (trans or any(q.kind == orig[0].kind for q in small_trans)):
            source = orig.pop(0)
            pool = trans or [q for q in small_trans if q.kind == source.kind]
            target = min(pool, key=lambda q: (q.kind != source.kind, q.unit != source.unit))
            (trans if trans else small_trans).remove(target)
            changed.append((source, target))
        for source, target in changed:
            yield make_finding(
                number_mismatch, view,
                message=f"The English has “{trans_text[target.start:target.end]}” where the original has "
                        f"“{orig_text[source.start:source.end]}”.",
                trans=context.trans_span(target.start, target.end),
                orig=context.orig_span(source.start, source.end),
                basis="changed",
                expected=english_amount(source),
                evidence=f"values {source.value.normalize():f} and {target.value.normalize():f} differ",
            )
        for source in orig:
            yield make_finding(
                number_mismatch, view,
                message=f"“{orig_text[source.start:source.end]}” in the original has no counterpart in the English.",
                trans=None,
                orig=context.orig_span(source.start, source.end),
                basis="missing",
                expected=english_amount(source),
                evidence="no number with this value in the aligned English sentence or its neighbours",
                category=Category.OMISSION,
                severity=Severity.MAJOR,
            )
        for target in trans:
            yield make_finding(
                number_mismatch, view,
                message=f"“{trans_text[target.start:target.end]}” in the English is not in the original.",
                trans=context.trans_span(target.start, target.end),
                orig=None,
                basis="added",
                evidence="no number with this value in the aligned Turkish sentence or its neighbours",
                severity=Severity.MAJOR,
            )
