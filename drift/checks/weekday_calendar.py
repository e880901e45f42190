"""Impossible weekday: an English date whose weekday does not fit the calendar.

Why it matters: "Tuesday, February 24" in a 2022 story cannot be right, since
24 February 2022 was a Thursday; one of the two parts is wrong, and readers
cannot tell which. This check needs no original.

The year is the date's own or, failing that, the year the English text gives
itself (a full date elsewhere, a dateline, "in 2022") or the one given with
`--year`; a date without a year is left alone when its weekday fits any year
the article names, and when the article's full dates are of more than one
year (a profile dating a birth and a death: the story's own year is then
unknown). A day that does not
exist in its month (February 30) is reported too. The finding covers the
whole date, since either the weekday or the day may be the wrong part.
Expected: the weekday the calendar gives for that date.
"""

from __future__ import annotations

import calendar

from drift.checks import check
from drift.checks._facts import document_dates, document_quantities
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Severity
from drift.text.dates import weekday_of, year_of


def _fits(year: int, mention) -> bool:
    try:
        return weekday_of(year, mention.month, mention.day) == mention.weekday
    except ValueError:
        return False


@check("D302", "weekday-calendar", Category.DATE, Severity.CRITICAL, needs_original=False)
def weekday_calendar(context: CheckContext):
    trans = context.alignment.trans
    mentioned = {m.year for m in document_dates(trans.text, trans.language) if m.year}
    mentioned |= {int(q.value) for q in document_quantities(trans.text, trans.language) if q.kind == "year"}
    year_of_text = context.year or year_of(document_dates(trans.text, trans.language))  # = infer_year, found once
    full_date_years = {m.year for m in document_dates(trans.text, trans.language) if m.year and m.day and m.month}
    if not context.year and len(full_date_years) > 1:
        year_of_text = None  # which of them a date without a year belongs to is unknown
    if context.year:
        mentioned = {context.year}  # the user said which year: no other year is plausible
    elif year_of_text:
        mentioned.add(year_of_text)
    bead_of = {j: view for view in context.beads for j in view.bead.trans}
    for mention in document_dates(trans.text, trans.language):
        year = mention.year or year_of_text
        if mention.weekday is None or mention.day is None or mention.month is None or year is None:
            continue
        sentence = next((s for s in context.alignment.trans_sentences if s.start <= mention.start < s.end), None)
        if sentence is None:
            continue
        view = bead_of[sentence.index]
        try:
            actual = weekday_of(year, mention.month, mention.day)
        except ValueError:
            yield make_finding(
                weekday_calendar, view,
                message=f"{calendar.month_name[mention.month]} {mention.day} does not exist.",
                trans=context.trans_span(mention.start, mention.end),
                orig=None,
                basis="no-such-day",
                evidence=f"{calendar.month_name[mention.month]} has {calendar.monthrange(year, mention.month)[1]} days in {year}",
            )
            continue
        if actual == mention.weekday:
            continue
        if mention.year is None and any(_fits(other, mention) for other in mentioned):
            continue  # the date may belong to another year the article names
        # The weekday and the day disagree and either may be the wrong one:
        # the finding covers the whole date.
        span = mention
        yield make_finding(
            weekday_calendar, view,
            message=f"{calendar.month_name[mention.month]} {mention.day}, {year} was a {calendar.day_name[actual]}, "
                    f"not a {calendar.day_name[mention.weekday]}.",
            trans=context.trans_span(span.start, span.end),
            orig=None,
            basis="weekday",
            expected=calendar.day_name[actual],
            evidence=f"calendar for {year}" + ("" if mention.year else " (the year the article gives elsewhere)"),
        )
