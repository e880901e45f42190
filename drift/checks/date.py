"""Changed date: a weekday, day, month, year or time that differs between the two sides.

Why it matters: when something happened is a fact readers repeat; "Tuesday,
February 24" for "24 Şubat Perşembe" moves the event by two days.

Dates are read with babel's month and weekday names in both languages,
Turkish suffixes allowed ("Şubat'ta", "Pazartesi günü"), and clock times
("saat 14.30", "2:30 p.m."). Each English date is compared with the Turkish
date of the same bead that shares the most parts (the English dates the
original gives exactly are paired first); every part present on both
sides with a different value is reported, unless the original gives the
English value elsewhere in the same sentences (two years listed in another
order, "1990 ve 1995'te" / "in 1995 and 1990": paired differently, not
changed). Expected: the original's value.
"""

from __future__ import annotations

import calendar

from drift.checks import check
from drift.checks._facts import bead_dates
from drift.checks._names import pair_views
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Severity
from drift.text.dates import DateMention

PARTS = ("weekday", "day", "month", "year", "time")


def _value(mention: DateMention, part: str):
    if part == "time":
        return None if mention.hour is None else (mention.hour, mention.minute or 0)
    return getattr(mention, part)


def _english(part: str, value) -> str:
    if part == "weekday":
        return calendar.day_name[value]
    if part == "month":
        return calendar.month_name[value]
    if part == "time":
        hour, minute = value
        return f"{(hour - 1) % 12 + 1}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'}"
    return str(value)


def _span(mention: DateMention, part: str):
    span = getattr(mention, f"{part}_span", None)
    return (span.start, span.end) if span else (mention.start, mention.end)


def _shared(orig: DateMention, trans: DateMention, compared: frozenset[str]) -> list[str]:
    """The parts both mentions give that this Turkish mention has not been compared on yet."""
    return [part for part in PARTS
            if part not in compared and _value(orig, part) is not None and _value(trans, part) is not None]


def _agreement(orig: DateMention, trans: DateMention, compared: frozenset[str] = frozenset()) -> tuple[int, int]:
    shared = _shared(orig, trans, compared)
    same = sum(_value(orig, part) == _value(trans, part) for part in shared)
    return same, len(shared)


@check("D301", "date-mismatch", Category.DATE, Severity.CRITICAL)
def date_mismatch(context: CheckContext):
    orig_text, trans_text = context.alignment.orig.text, context.alignment.trans.text
    for view in pair_views(context):
        orig_dates, trans_dates = bead_dates(context, view)
        # A Turkish mention may answer several English ones on different parts:
        # "11 Ekim Cumartesi saat 20.30" is "Saturday, October 11 ... at 8:30 p.m.".
        compared: dict[int, frozenset[str]] = {index: frozenset() for index in range(len(orig_dates))}
        given = {(part, _value(mention, part)) for mention in orig_dates for part in PARTS}
        # A year may stand bare in the original ("1990 ve 1995'te"), read as a number rather than a date.
        given |= {("year", int(token.text)) for token in view.orig_tokens if token.text.isdigit() and len(token.text) == 4}
        # An English date the original gives exactly is paired first, so a date the original does not read
        # ("ekimde eylül sonuna göre" / "in October against late September": the lower-case "ekimde" is no date)
        # is not compared with a Turkish date another English date renders.
        exact = [any(same == shared > 0 for same, shared in (_agreement(partner, mention) for partner in orig_dates))
                 for mention in trans_dates]
        for mention in [mention for k, mention in enumerate(trans_dates) if exact[k]] + \
                [mention for k, mention in enumerate(trans_dates) if not exact[k]]:
            if not orig_dates:
                break
            index = max(compared, key=lambda other: _agreement(orig_dates[other], mention, compared[other]))
            partner = orig_dates[index]
            parts = _shared(partner, mention, compared[index])
            if not parts:
                continue
            compared[index] |= frozenset(parts)
            for part in parts:
                said, wrote = _value(partner, part), _value(mention, part)
                if said == wrote or (part, wrote) in given:
                    continue
                trans_start, trans_end = _span(mention, part)
                orig_start, orig_end = _span(partner, part)
                yield make_finding(
                    date_mismatch, view,
                    message=f"The {part} differs: the English says “{trans_text[trans_start:trans_end]}”, "
                            f"the original “{orig_text[orig_start:orig_end]}”.",
                    trans=context.trans_span(trans_start, trans_end),
                    orig=context.orig_span(orig_start, orig_end),
                    expected=_english(part, said),
                    evidence=f"{part}: {_english(part, said)} in the original, {_english(part, wrote)} in the English",
                )
