"""Decades and centuries in a Turkish or English sentence, with the part of one a sentence names, and bare years.

A decade is written with digits and a suffix in Turkish ("1990'lı yıllar", "1990'larda", "90'lı yıllarda") or
as a number word with -lI before yıl or with -lAr ("doksanlı yıllarda", "seksenlerde"; not before yaş, an age,
nor with a possessive, "seksenlerinde": in his eighties); in English with an s ("the 1990s", "the '90s", "the
mid-1990s") or as a word ("the nineties"; not after a possessive: "in their thirties"). A century is an ordinal
before yüzyıl or asır ("19. yüzyıl", "19'uncu yüzyıl", "on dokuzuncu yüzyıl", "XIX. yüzyıl") or before century
("the 19th century", "the nineteenth century"); "the 1800s" and "1800'lü yıllar" are the decade and the century
both, as readers take them. A part: başı / ortası / sonu, "ilk yarısı" / "ikinci yarısı" after the period in the
genitive ("1990'ların sonunda", "yüzyılın ilk yarısında"); early / mid / late before it, "the first / second half
of", "the beginning / start / middle / end of" before it.

A two-digit decade ("90'lar", "the '90s", "doksanlar") gives no century: `Period.first` is then below 100 and
`same_period` compares it by its last two digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from drift.model import Language
from drift.text.fold import fold_case

TR, EN = Language.TURKISH, Language.ENGLISH
EARLY, MIDDLE, LATE, FIRST_HALF, SECOND_HALF = "early", "mid", "late", "first half", "second half"


@dataclass(frozen=True)
class Period:
    """A decade, a century or a year named in a sentence: `text[start:end]` is its surface."""

    start: int
    end: int
    kind: str  # "decade", "century" or "year"
    first: int  # the first year (1990 for the 1990s, 1800 for the 19th century); below 100 for "the '90s"
    part: str | None = None  # early, mid, late, first half, second half
    both: bool = False  # "the 1800s", "1800'lü yıllar": the decade and the century


_TENS = {TR: dict(zip("on yirmi otuz kırk elli altmış yetmiş seksen doksan".split(), range(10, 100, 10), strict=True)),
         EN: dict(zip("tens twenties thirties forties fifties sixties seventies eighties nineties".split(),
                      range(10, 100, 10), strict=True))}
_TR_ORDINAL_UNITS = {"birinci": 1, "ikinci": 2, "üçüncü": 3, "dördüncü": 4, "beşinci": 5, "altıncı": 6, "yedinci": 7,
                     "sekizinci": 8, "dokuzuncu": 9, "onuncu": 10, "on birinci": 11, "on ikinci": 12,
                     "on üçüncü": 13, "on dördüncü": 14, "on beşinci": 15, "on altıncı": 16, "on yedinci": 17,
                     "on sekizinci": 18, "on dokuzuncu": 19, "yirminci": 20, "yirmi birinci": 21}
_EN_ORDINAL_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                     "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                     "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                     "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21}
_ROMAN = {"x": 10, "v": 5, "i": 1, "ı": 1}  # folded Turkish text writes the capital I as ı


def _roman(numeral: str) -> int:
    total = 0
    for index, letter in enumerate(numeral):
        value = _ROMAN[letter]
        total += -value if index + 1 < len(numeral) and _ROMAN[numeral[index + 1]] > value else value
    return total


def _alternation(words) -> str:
    return "|".join(sorted((re.escape(word) for word in words), key=len, reverse=True))


_L = r"[^\W\d_]"
# Turkish: a decade in digits with -lI before yıl or -lAr with a case ending (not a possessive: "seksenlerinde").
_TR_CASE = r"(?:[dt][ae]n?|[dt][ae]ki|[ıi]n|[ae]|[ıi])?"
_TR_DECADE = re.compile(
    rf"(?<![\d.,])(?P<digits>(?:1\d|20)?\d0)['’](?:l[ıiuü]\s+yıll[ae]r{_L}*|l[ae]r{_TR_CASE}(?!{_L}))"
    rf"|(?<!{_L})(?P<word>{_alternation(_TENS[TR])})(?:l[ıiuü]\s+yıll[ae]r{_L}*|l[ae]r{_TR_CASE}(?!{_L})(?!\s+yaş))")
_TR_CENTURY = re.compile(
    rf"(?<![\d.,])(?:(?P<digits>\d{{1,2}})(?:\.|['’](?:[ıiuü]nc[ıiuü]))|(?<!{_L})(?P<roman>[xvıi]+)\.|"
    rf"(?<!{_L})(?P<word>{_alternation(_TR_ORDINAL_UNITS)}))\s+(?:yüzyıl|asır|asr){_L}*")
# The part after a period in the genitive: "1990'ların sonunda", "yüzyılın ilk yarısında".
_TR_PART_AFTER = re.compile(
    rf"\s+(?:(?P<early>baş[ıi]|başlar)|(?P<mid>orta)|(?P<late>son(?:u|lar))|(?P<first>ilk\s+yarı)|"
    rf"(?P<second>(?:ikinci|son)\s+yarı)){_L}*")
_TR_YEAR = re.compile(rf"(?<![\d.,])(?P<digits>1\d{{3}}|20\d\d)(?!\d|['’]l[ıiuüae]|[.,]\d|\s*['’]?l[ıiuü]\s+yıl)")

_EN_DECADE = re.compile(
    rf"(?:(?P<part>early|mid|late)[\s-]+)?(?:(?P<digits>(?:1\d|20)?\d0)['’]?s(?!{_L})|['’](?P<short>\d0)['’]?s(?!{_L})|"
    rf"(?<!{_L})(?P<word>{_alternation(_TENS[EN])})(?!{_L}))", re.IGNORECASE)
_EN_POSSESSIVE_BEFORE = re.compile(r"\b(?:their|his|her|its|my|our|your|in\s+the\s+mid|aged)\s+$", re.IGNORECASE)
_EN_CENTURY = re.compile(
    rf"(?:(?P<part>early|mid|late)[\s-]+)?(?:(?P<digits>\d{{1,2}})(?:st|nd|rd|th)|(?P<word>{_alternation(_EN_ORDINAL_UNITS)}))"
    rf"[\s-]+century", re.IGNORECASE)
_EN_PART_BEFORE = re.compile(
    r"\b(?:(?P<first>first\s+half)|(?P<second>(?:second|latter)\s+half)|(?P<early>beginning|start|dawn)|"
    r"(?P<mid>middle)|(?P<late>end|close))\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_EN_YEAR = re.compile(r"(?<![\d.,$£€-])(?P<digits>1\d{3}|20\d\d)(?!\d|['’]?s\b|[.,]\d|-)")

_PART_GROUPS = {"early": EARLY, "mid": MIDDLE, "late": LATE, "first": FIRST_HALF, "second": SECOND_HALF}


def _part(match: re.Match | None) -> str | None:
    if match is None:
        return None
    return next((_PART_GROUPS[name] for name, value in match.groupdict().items() if value and name in _PART_GROUPS),
                None)


# D201 and D203 both read the periods of the same sentences: read once.
@lru_cache(maxsize=4096)
def find_periods(text: str, language: Language) -> tuple[Period, ...]:
    """The decades, centuries and bare years of `text`, in order of position."""
    folded = fold_case(text, turkish=language is TR)
    found: list[Period] = []
    if language is TR:
        for match in _TR_DECADE.finditer(folded):
            first = int(match.group("digits")) if match.group("digits") else _TENS[TR][match.group("word")]
            found.append(Period(match.start(), match.end(), "decade", first,
                                _part(_TR_PART_AFTER.match(folded, match.end())), first % 100 == 0 and first >= 1000))
        for match in _TR_CENTURY.finditer(folded):
            number = int(match.group("digits")) if match.group("digits") else \
                _roman(match.group("roman")) if match.group("roman") else _TR_ORDINAL_UNITS[match.group("word")]
            found.append(Period(match.start(), match.end(), "century", (number - 1) * 100,
                                _part(_TR_PART_AFTER.match(folded, match.end()))))
        years = _TR_YEAR
    else:
        for match in _EN_DECADE.finditer(folded):
            if match.group("word") and (_EN_POSSESSIVE_BEFORE.search(folded, 0, match.start())
                                        or match.group("word") == "tens"):
                continue  # "in their thirties" is an age; "tens of" an amount
            digits = match.group("digits") or match.group("short")
            first = int(digits) if digits else _TENS[EN][match.group("word").lower()]
            part = match.group("part")
            found.append(Period(match.start(), match.end(), "decade", first,
                                part.lower() if part else _part(_EN_PART_BEFORE.search(folded, 0, match.start())),
                                first % 100 == 0 and first >= 1000))
        for match in _EN_CENTURY.finditer(folded):
            number = int(match.group("digits")) if match.group("digits") else \
                _EN_ORDINAL_UNITS[match.group("word").lower()]
            part = match.group("part")
            found.append(Period(match.start(), match.end(), "century", (number - 1) * 100,
                                part.lower() if part else _part(_EN_PART_BEFORE.search(folded, 0, match.start()))))
        years = _EN_YEAR
    taken = [(period.start, period.end) for period in found]
    for match in years.finditer(folded):
        if not any(start <= match.start() < end for start, end in taken):
            found.append(Period(match.start(), match.end(), "year", int(match.group("digits"))))
    return tuple(sorted(found, key=lambda period: (period.start, period.end)))


def same_period(first: Period, second: Period) -> bool:
    """Whether two periods name the same stretch: one decade, one century ("the 1800s" is either), one year."""
    kinds = {first.kind, second.kind}
    if kinds == {"decade"}:
        if first.first < 100 or second.first < 100:
            return first.first % 100 == second.first % 100
        return first.first == second.first
    if kinds == {"century"}:
        return first.first == second.first
    if kinds == {"decade", "century"}:
        decade = first if first.kind == "decade" else second
        century = second if decade is first else first
        return decade.both and decade.first == century.first
    return kinds == {"year"} and first.first == second.first


def within(year: Period, period: Period) -> bool:
    """Whether a year falls inside a decade or a century."""
    length = 100 if period.kind == "century" else 10
    start = period.first if period.first >= 100 else None
    if start is None:
        return year.first % 100 // 10 * 10 == period.first % 100
    return start <= year.first < start + length


# Parts that cannot be the same stretch: the start against the end, a half against the other.
_CLASHES = frozenset({frozenset((EARLY, LATE)), frozenset((FIRST_HALF, SECOND_HALF)), frozenset((EARLY, SECOND_HALF)),
                      frozenset((LATE, FIRST_HALF))})


def parts_clash(first: str | None, second: str | None) -> bool:
    """Whether two parts of one period name different stretches of it ("early" and "late")."""
    return first is not None and second is not None and frozenset((first, second)) in _CLASHES
