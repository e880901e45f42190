"""What the number and date checks share: mentions found once per document, grouped by bead."""

from __future__ import annotations

import functools
from decimal import Decimal

from drift.checks.context import BeadView, CheckContext, per_text
from drift.model import Language
from drift.text.dates import DateMention, find_dates
from drift.text.quantities import Quantity, find_quantities


@functools.lru_cache(maxsize=64)
def document_dates(text: str, language: Language) -> tuple[DateMention, ...]:
    return find_dates(text, language)


@functools.lru_cache(maxsize=64)
def document_quantities(text: str, language: Language) -> tuple[Quantity, ...]:
    return find_quantities(text, language, skip=document_dates(text, language))


def _inside(items, sentences):
    return [item for item in items if any(s.start <= item.start < s.end for s in sentences)]


# Asked of each bead by several checks (the number, date, format and antonym checks), and of its neighbours too:
# worked out once per bead and kept on its view (callers must not change the lists).
@per_text
def bead_dates(context: CheckContext, view: BeadView) -> tuple[list[DateMention], list[DateMention]]:
    """(Turkish, English) date mentions of one bead."""
    orig, trans = context.alignment.orig, context.alignment.trans
    return (_inside(document_dates(orig.text, orig.language), view.orig_sentences),
            _inside(document_dates(trans.text, trans.language), view.trans_sentences))


@per_text
def bead_quantities(context: CheckContext, view: BeadView) -> tuple[list[Quantity], list[Quantity]]:
    """(Turkish, English) quantities of one bead, codes such as S-400 left out."""
    orig, trans = context.alignment.orig, context.alignment.trans
    keep = lambda items: [item for item in items if item.kind != "code"]  # noqa: E731
    return (keep(_inside(document_quantities(orig.text, orig.language), view.orig_sentences)),
            keep(_inside(document_quantities(trans.text, trans.language), view.trans_sentences)))


_SCALES = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million"))
_CURRENCY = {"currency:USD": ("$", ""), "currency:EUR": ("€", ""), "currency:GBP": ("£", ""),
             "currency:TRY": ("", " lira"), "currency:RUB": ("", " roubles")}


def english_amount(quantity: Quantity) -> str:
    """A quantity written the English way: 7.5 million euros as "€7.5 million", 42 percent as "42%"."""
    value = quantity.value
    words = ""
    for scale, name in _SCALES:
        if abs(value) >= scale:
            value, words = value / scale, f" {name}"
            break
    number = f"{value.normalize():,f}" if value == value.to_integral_value() else f"{value.normalize():f}"
    if "." in number:
        number = number.rstrip("0").rstrip(".")
    if quantity.unit == "percent":
        return f"{number}%"
    if quantity.unit in _CURRENCY:
        prefix, suffix = _CURRENCY[quantity.unit]
        return f"{prefix}{number}{words}{suffix}"
    unit = quantity.unit if quantity.unit and not quantity.unit.startswith("currency") else ""
    if unit and len(unit) > 2 and quantity.value != 1:
        unit += "s"  # hectares, metres, years; km and kg stay as they are
    return f"{number}{words}{' ' + unit if unit else ''}"
