"""Dates, weekdays and clock times in a Turkish or English sentence, with exact spans.

Month and weekday names come from babel's locale data (wide and abbreviated,
format and stand-alone forms), shipped as a table (data/calendar-names.tsv, built by
tools/build_cldr_tables.py) so that no run loads babel's locale data, which imports its
time-zone modules, and are matched on text folded by
`fold_case`, which keeps every offset. Turkish suffixes after a name, with or
without an apostrophe ("Şubat'ta", "Salıyı", "Pazartesi günü"), are allowed
and left out of the span, as are cue words ("saat", "on", "in").

Words that are also ordinary words need more than their spelling: an
abbreviation ("Feb.", "Sat") counts only beside a day number; an English name
only when capitalised; a Turkish month that is also a noun or a given name
(ocak, nisan, eylül, ekim, kasım, aralık) only beside a number, before "ay" (also across months joined
to it: "aralık ve ocak aylarında"), before its start, middle or end ("nisan ortasında"), or with a locative
suffix; "pazar" (also "market") only beside a date or before a day-part word; English "May" and "March"
alone only after a cue such as "in".
A year alone is a date only after a cue ("in 2014", "the first quarter of 2014", "2014'te",
"2026 yılı", a genitive before the part of the year: "2031'in ikinci yarısında", not "2000'in üzerinde");
other years are left to `drift.text.quantities` (kind "year").
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass, fields

from pathlib import Path

from drift.model import Language
from drift.text.fold import fold_case

TR, EN = Language.TURKISH, Language.ENGLISH


@dataclass(frozen=True)
class Span:
    """Offsets of one part of a mention, end exclusive."""

    start: int
    end: int


@dataclass(frozen=True)
class DateMention:
    """One date, weekday or clock time; `text[start:end]` covers all of its parts.

    `weekday` counts from 0 = Monday (as `datetime.date.weekday`); `last_day` is
    the end of a day range ("24-25 Şubat"). `minute` is 0 when only an hour is
    given ("5 p.m."), None when there is no time at all.
    """

    start: int
    end: int
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    hour: int | None = None
    minute: int | None = None
    last_day: int | None = None
    day_span: Span | None = None
    month_span: Span | None = None
    year_span: Span | None = None
    weekday_span: Span | None = None
    time_span: Span | None = None


_L = r"[^\W\d_]"
_END = rf"(?!{_L})"
_YEAR = r"(?:1\d|2[01])\d\d"  # beside a month or in a numeric date; a bare year needs a cue and 1900-2100


CALENDAR_NAMES = Path(__file__).resolve().parent / "data" / "calendar-names.tsv"


def _calendar_rows() -> list[tuple[str, str, str, int, str]]:
    """(language, months or days, width, number, name) for every row of the shipped table of babel's names."""
    found = []
    for line in CALENDAR_NAMES.read_text(encoding="utf-8").splitlines()[2:]:
        language, attribute, width, _context, number, name = line.split("\t")
        found.append((language, attribute, width, int(number), name))
    return found


_CALENDAR_ROWS = _calendar_rows()


def _babel_names(language: Language, attribute: str, width: str) -> dict[str, int]:
    """babel's names of one language's months or days in one width, both contexts, folded as the text is."""
    return {fold_case(name, turkish=language is TR).rstrip("."): number
            for code, kind, form, number, name in _CALENDAR_ROWS
            if code == language.value and kind == attribute and form == width}


_MONTHS = {language: _babel_names(language, "months", "wide") for language in Language}
_WEEKDAYS = {language: _babel_names(language, "days", "wide") for language in Language}
# Common abbreviations babel's CLDR forms lack.
_EXTRA_ABBREVIATIONS = {"months": {EN: {"sept": 9}, TR: {}},
                        "days": {EN: {"tues": 1, "thur": 3, "thurs": 3}, TR: {}}}
_MONTH_ABBREVIATIONS = {language: (_babel_names(language, "months", "abbreviated")
                                   | _EXTRA_ABBREVIATIONS["months"][language]) for language in Language}
_WEEKDAY_ABBREVIATIONS = {language: (_babel_names(language, "days", "abbreviated")
                                     | _EXTRA_ABBREVIATIONS["days"][language]) for language in Language}

def calendar_names(language: Language, abbreviated: bool = True) -> dict[str, tuple[str, int]]:
    """The month and weekday names of one language, case-folded as `find_dates` reads them, each with "month" or
    "weekday" and its number (months from 1, weekdays from 0 for Monday): babel's wide forms, and with
    `abbreviated` the short ones too ("şub", "sat")."""
    tables = [("month", _MONTHS), ("weekday", _WEEKDAYS)]
    if abbreviated:
        tables += [("month", _MONTH_ABBREVIATIONS), ("weekday", _WEEKDAY_ABBREVIATIONS)]
    names: dict[str, tuple[str, int]] = {}
    for kind, table in tables:
        for name, number in table[language].items():
            names.setdefault(name, (kind, number))
    return names


_AMBIGUOUS_MONTHS = {TR: frozenset({"ocak", "nisan", "eylül", "ekim", "kasım", "aralık"}),
                     EN: frozenset({"may", "march"})}
_AMBIGUOUS_WEEKDAYS = {TR: frozenset({"pazar"}), EN: frozenset()}
# Months joined by "ve", "ile", "veya" or a comma share the "ay" after the last one: "aralık ve ocak aylarında",
# "ekim-mart ayları".
_JOINED_MONTHS = "|".join(sorted(_MONTHS[TR], key=len, reverse=True))
# A month's start, middle or end ("nisan ortasında", "ekim sonuna") marks the name as a month too.
_MONTH_CUE_AFTER = re.compile(rf"(?:(?:\s*[,-]\s*|\s+(?:ve|ile|veya|ya\s+da)\s+)(?:{_JOINED_MONTHS}){_END})*"
                              rf"(?:\s+ay{_L}*|\s+(?:başı|ortası|sonu){_L}*|['’][dt][ae])")
_MONTH_CUE_BEFORE = re.compile(rf"(?<!{_L})(?:in|since|until|till|by|last|next|this|early|late|mid|of|from|before|"
                               rf"after|during|through|between|and|or|to)[\s-]+$")
_DAY_PART_AFTER = re.compile(rf"\s+(?:gün|sabah|öğle|akşam|gece){_L}*")


def _alternation(names) -> str:
    return "|".join(sorted((re.escape(name) for name in names), key=len, reverse=True))


def _patterns(language: Language) -> tuple[re.Pattern[str], ...]:
    months = _alternation(_MONTHS[language].keys() | _MONTH_ABBREVIATIONS[language].keys())
    weekdays = _alternation(_WEEKDAYS[language].keys() | _WEEKDAY_ABBREVIATIONS[language].keys())
    if language is TR:
        # Case endings a name may carry directly ("Şubatta", "Salıyı") or any after an apostrophe.
        tail = rf"(?:['’]{_L}+|n?[dt][ae](?:ki|n)?|n?[ıiuü]n|y?[ıiuü]|y?[ae])?{_END}"
        day_suffix, of = "", ""
    else:
        tail, day_suffix, of = rf"(?:['’]s)?{_END}", r"(?:st|nd|rd|th)?", r"(?:of\s+)?"
    month = rf"(?P<month>{months})\.?{tail}"
    weekday_before = rf"(?:(?P<weekday>{weekdays})\.?{tail}\s*,?\s+)?"
    # Two days of one month, as a range or a pair: "15-16 Haziran", "15 ve 16 Haziran", "June 15 and 16"; the first
    # is the mention's day, so a pair written in both languages is read alike.
    days = (rf"(?<![\d.,])(?P<day>\d{{1,2}}){day_suffix}(?:(?:\s*[-–]\s*|\s+(?:ve|ile|and)\s+)"
            rf"(?P<last>\d{{1,2}}){day_suffix})?(?!\d){_END}")
    year = rf"(?P<year>{_YEAR})(?![\d.,]?\d)"
    found = [
        rf"{weekday_before}{days}\s+{of}{month}(?:,?\s+{year})?(?:,?\s+(?P<weekday2>{weekdays}){tail})?",
        rf"{month}(?:,?\s+{of}{year})?",
        rf"(?<!{_L})(?P<weekday>{weekdays}){tail}",
        rf"(?<![\d.,/])(?P<day>\d{{1,2}})(?P<sep>[./])(?P<month_number>\d{{1,2}})(?P=sep)(?P<year>{_YEAR})(?!\d)",
        rf"(?<![\d.])(?P<year>{_YEAR})-(?P<month_number>\d{{2}})-(?P<day>\d{{2}})(?!\d)",
        r"(?<![\d.,:])(?P<time>(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d))(?![\d:])",
    ]
    if language is TR:
        found += [
            # A year with its case after the apostrophe: "2015'te", "2030'a kadar", "2015'ten bu yana", and in the
            # genitive before the part of it ("2031'in ikinci yarısında", "2029'un sonbaharında"); not a count above or
            # below a figure ("2000'in üzerinde": over 2,000).
            rf"(?<![\d.,])(?P<year>19\d\d|20\d\d|2100)(?=['’](?:[dt][ae](?:ki)?{_END}|y?[ae]\s+kadar|"
            rf"n?[ıiuü]n\s+(?!üzer|üst|alt|yarı|kat|fazla|az|biraz){_L}|"
            rf"[dt][ae]n\s+(?:bu\s+yana|beri|itibaren|sonra|önce))|\s+yılı(?:n(?:[dt][ae]n?|[ıi]n|[ae]))?{_END})",
            rf"(?<!{_L})(?<!\d\s)saat\s+(?P<time>(?P<hour>[01]?\d|2[0-3])(?:[.:](?P<minute>[0-5]\d))?)(?![\d]|[.,]\d)",
            # "13.45" is a time in Turkish, where decimals take a comma, unless an amount follows ("2.50 lira").
            r"(?<![\d.,:%])(?<!yüzde )(?P<time>(?P<hour>[01]?\d|2[0-3])\.(?P<minute>[0-5]\d))(?!\d|[.,]\d)"
            rf"(?!\s*(?:%|lira|tl|dolar|avro|euro|puan|bin|milyon|milyar){_END})",
            rf"(?<!{_L})(?P<time>gece\s+yarısı){_END}",
        ]
    else:
        found += [
            rf"{weekday_before}{month}\s+{days}(?:,?\s+{year})?",
            rf"(?:(?<!{_L})(?:in|since|until|till|by|from|before|after|during|through|throughout|early|late|"
            rf"(?:end|beginning|start|spring|summer|autumn|fall|winter|quarter|half|middle|rest)\s+of)\s+|"
            rf"(?<!{_L})mid-)"
            rf"(?P<year>19\d\d|20\d\d|2100)(?![\d.,]?\d)(?!\s*(?:%|per\s?cent))",
            r"(?<![\d.,:])(?P<time>(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*"
            r"(?P<meridiem>[ap])\.?\s?m\b\.?)",
            rf"(?<!{_L})(?P<time>noon|midday|midnight){_END}",
        ]
    return tuple(re.compile(pattern) for pattern in found)


_PATTERNS = {language: _patterns(language) for language in Language}
_CLOCK_WORDS = {"noon": 12, "midday": 12, "midnight": 0, "gece yarısı": 0}
# What may stand between the parts of one mention: "29 Temmuz Salı günü saat 13.45", "1:45 p.m. on Tuesday".
_JOINER = re.compile(r"(?:[\s,]|günü|saat|sabahı|akşamı|gecesi|öğleden|sonra|at|on)*")


def _span(match: re.Match[str], name: str) -> Span | None:
    if name in match.re.groupindex and match.group(name) is not None:
        return Span(match.start(name), match.end(name))
    return None


def _number(match: re.Match[str], name: str) -> int | None:
    value = match.groupdict().get(name)
    return int(value) if value is not None else None


def _clock(match: re.Match[str]) -> tuple[int | None, int | None]:
    time = match.groupdict().get("time")
    if time is None:
        return None, None
    if time in _CLOCK_WORDS:  # the match is on folded text
        return _CLOCK_WORDS[time], 0
    hour, minute = int(match.group("hour")), _number(match, "minute") or 0
    meridiem = match.groupdict().get("meridiem")
    if meridiem:
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    return hour, minute


def _name_accepted(text: str, folded: str, match: re.Match[str], group: str, has_number: bool,
                   wide: dict[str, int], ambiguous: frozenset[str], language: Language) -> bool:
    """Whether a month or weekday name is meant as one (see the module docstring)."""
    name, start, end = match.group(group), match.start(group), match.end(group)
    capitalised = text[start].isupper()
    if name not in wide:
        return capitalised and has_number
    if language is EN and not capitalised:
        return False
    if has_number or name not in ambiguous:
        return True
    if language is EN:
        return bool(_MONTH_CUE_BEFORE.search(folded, max(0, start - 12), start))
    cue = _DAY_PART_AFTER if group.startswith("weekday") else _MONTH_CUE_AFTER
    return bool(cue.match(folded, end))


def _plausible(day: int | None, last: int | None, month: int | None, year: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is None:
        return True
    longest = calendar.monthrange(year or 2000, month)[1] if month else 31
    return 1 <= day <= longest and (last is None or day < last <= longest)


def _mention(text: str, folded: str, match: re.Match[str], language: Language) -> DateMention | None:
    """Turn one pattern match into a mention, or None if it is not a date after all."""
    day, last, year = _number(match, "day"), _number(match, "last"), _number(match, "year")
    month, month_span = _number(match, "month_number"), _span(match, "month_number")
    if match.groupdict().get("sep") == "/" and language is EN:  # US order: 2/24/2022
        day, month = month, day
        month_span, day_span = _span(match, "day"), _span(match, "month_number")
    else:
        day_span = _span(match, "day")
    if match.groupdict().get("month"):
        name = match.group("month")
        if not _name_accepted(text, folded, match, "month", day is not None or year is not None,
                              _MONTHS[language], _AMBIGUOUS_MONTHS[language], language):
            return None
        month = _MONTHS[language].get(name) or _MONTH_ABBREVIATIONS[language][name]
        month_span = _span(match, "month")
    weekday = weekday_span = None
    for group in ("weekday", "weekday2"):
        if match.groupdict().get(group):
            name = match.group(group)
            if not _name_accepted(text, folded, match, group, day is not None, _WEEKDAYS[language],
                                  _AMBIGUOUS_WEEKDAYS[language], language):
                return None
            weekday = _WEEKDAYS[language].get(name, _WEEKDAY_ABBREVIATIONS[language].get(name))
            weekday_span = _span(match, group)
    if not _plausible(day, last, month, year):
        return None
    hour, minute = _clock(match)
    spans = [span for span in (day_span, _span(match, "last"), month_span, _span(match, "year"), weekday_span,
                               _span(match, "time")) if span]
    return DateMention(min(span.start for span in spans), max(span.end for span in spans), day, month, year,
                       weekday, hour, minute, last, day_span, month_span, _span(match, "year"), weekday_span,
                       _span(match, "time"))


_PARTS = ("day", "month", "year", "weekday", "hour")


def _merged(first: DateMention, second: DateMention) -> DateMention | None:
    """One mention from two neighbours that describe different parts of the same moment, else None.

    Both must name a day, a weekday or a time: a bare year or month next to a
    time ("in 2022, at noon") is not one moment.
    """
    if any(getattr(first, part) is not None and getattr(second, part) is not None for part in _PARTS):
        return None
    if not all(m.day is not None or m.weekday is not None or m.hour is not None for m in (first, second)):
        return None
    values = {field.name: getattr(first, field.name) if getattr(first, field.name) is not None
              else getattr(second, field.name) for field in fields(DateMention)}
    return DateMention(**values | {"start": first.start, "end": second.end})


def find_dates(text: str, language: Language) -> tuple[DateMention, ...]:
    """Every date, weekday and clock time in `text`, in order; "bu ayın başlarında" gives none."""
    folded = fold_case(text, turkish=language is TR)
    candidates = [mention for pattern in _PATTERNS[language] for match in pattern.finditer(folded)
                  if (mention := _mention(text, folded, match, language))]
    chosen: list[DateMention] = []
    for mention in sorted(candidates, key=lambda mention: (mention.start, mention.start - mention.end)):
        if chosen and mention.start < chosen[-1].end:
            continue
        gap = folded[chosen[-1].end:mention.start] if chosen else None
        if gap is not None and _JOINER.fullmatch(gap) and (merged := _merged(chosen[-1], mention)):
            chosen[-1] = merged
        else:
            chosen.append(mention)
    return tuple(chosen)


def weekday_of(year: int, month: int, day: int) -> int:
    """The weekday of a date, 0 = Monday; raises ValueError for a date that does not exist."""
    return datetime.date(year, month, day).weekday()


def infer_year(text: str, language: Language) -> int | None:
    """The year that dates without one in `text` most plausibly fall in, or None.

    The rule: take the most complete dated mention (day, month and year over
    month and year over a year alone, as in "in 2014" or "2014'te"), the
    first one on a tie. "March 20, 2022" beats an earlier "in 2014".
    """
    return year_of(find_dates(text, language))


def year_of(mentions: tuple[DateMention, ...]) -> int | None:
    """`infer_year` over the mentions `find_dates` gave for a text."""
    dated = [mention for mention in mentions if mention.year is not None]
    if not dated:
        return None
    best = max(dated, key=lambda mention: ((mention.day is not None) + (mention.month is not None), -mention.start))
    return best.year
