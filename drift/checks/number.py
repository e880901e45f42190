"""Changed number: an amount, percentage or count that differs between the two sides.

Why it matters: numbers are what readers quote; "5.7 million" for 7,5 milyon,
a billion for a million, or 36 percent for yüzde 63 changes the story.

Numbers are compared as values with their kind (count, percent, money,
measure, time, ordinal), as `drift.text.quantities` reads them: with their
scale ("5 milyon 218 bin 46" = "5 million 218 thousand and 46"), Turkish
separators (3,5 = 3.5; 1.250 = 1250), percentages (%42, yüzde 42), currencies,
suffixed and distributive number words ("dörttü", "beşer"); codes such as
S-400 are not amounts, and years are left to the date check. A range is
compared by its two ends, in whatever order either language gives them
("between 1985 and 1990" = "1990 ile 1985 arasında"), so its ends may also
stand as two numbers on the other side. A number equal to a day, year or
clock time of a date on the other side is that date, read by the date check
("January 15 and 16" = "15-16 Ocak"). A Turkish number without its value in
the English sentence is reported as changed when the English has an
unmatched number of its own there, otherwise as left out; an English number
the original does not have is reported as added, unless it is a small number
in words, which English spells out where Turkish often has no numeral
("the three" for "üçlü", "a pair"). An amount of money and its hundredths
("12 lira 75 kuruş", "3 dollars and 5 cents") is one amount (12.75 lira). An
English figure with a scale word that is the Turkish figure rounded to the
English's last shown digit ("42.3 million" for "42 milyon 317 bin") is the same
number, when it shows at least two digits and the Turkish has more. Fractions ("yarısı", "a third") meet
percentages ("yüzde 50", "33 percent") but are never reported alone. A bare figure
borrows the scale word of the next only in a list or a range ("3,1 ile 2,4 milyon",
"between 3 and 4 million"), and only from a figure that has one: "58 people" for "58 bin kişi"
and "between 30 and 40,000" for "30-40 bin" are changed numbers. A
Turkish share ("yüz binde 4") is its number, and the English figure of its whole ("in
100,000") no added number; an ordinal before a capitalised word ("4. Bölge Müdürü") is
part of a name and a figure before kat ("dört katına") a multiple the English may say in
words ("quadrupled"): neither is reported as left out, nor is a rank in words ("üçüncü sırada"),
which English often says by order ("followed by"). A Turkish figure without its value whose
place the English fills with a quantity word ("several", "thousands of", "some of the") is
reported on those words, and one whose unit the English gives with an article ("a year" for
"dört yıl") as changed to one. A length of time in the next unit ("18 ay" as "a year and a
half", "90 dakika" as "1.5 hours") is the same figure, and a share said as a part of a small
whole ("one in four") is its percentage ("dörtte biri", "yüzde 25").
Expected: the original's amount.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from decimal import ROUND_HALF_UP, Decimal

from drift.checks import check
from drift.checks._facts import bead_dates, bead_quantities, english_amount
from drift.checks._names import pair_views
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Language, Severity
from drift.text.dates import DateMention
from drift.text.quantities import Quantity, parse_number


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
# English spells out small counts where Turkish says them without a numeral
# ("the three" for "üçlü", "a couple", "twin"): alone, they are not an addition.
SMALL_ADDED_SPELLED = 10
_SCALES = tuple(Decimal(10) ** power for power in (3, 6, 9, 12))
# Kinds that name what is counted; two different ones are never the same number.
_MEASURED_KINDS = frozenset({"percent", "money", "measure", "time"})
# Kinds a date's day, year or clock time may have been read as on the other side.
_DATE_LIKE_KINDS = frozenset({"cardinal", "ordinal", "time", "year"})


# Units of time one side may give in the next larger or smaller unit ("18 ay" as "a year and a half", "90 dakika" as
# "1.5 hours"), with how many of the smaller make one of the larger. Months and days are left apart: no exact factor.
_TIME_FACTORS = {("year", "month"): 12, ("week", "day"): 7, ("day", "hour"): 24, ("hour", "minute"): 60,
                 ("minute", "second"): 60}


def _same_duration(orig: Quantity, trans: Quantity) -> bool:
    """True when two durations in neighbouring units of time are the same length."""
    if orig.kind != "measure" or trans.kind != "measure" or orig.upper is not None or trans.upper is not None:
        return False
    if (orig.unit, trans.unit) in _TIME_FACTORS:
        return orig.value * _TIME_FACTORS[orig.unit, trans.unit] == trans.value
    if (trans.unit, orig.unit) in _TIME_FACTORS:
        return trans.value * _TIME_FACTORS[trans.unit, orig.unit] == orig.value
    return False


def _same_value(orig: Quantity, trans: Quantity) -> bool:
    """Equal values, or equal figures where one side left its scale to a neighbour, or one length of time.

    "3,1 ile 2,4 milyon" gives 3.1 and 2.4 million: a bare figure equal to the
    other side's figure before its thousand, million or billion is the same
    number. When both sides carry a scale, a different scale is a real change.
    """
    if orig.value == trans.value or _same_duration(orig, trans):
        return True
    if _is_fraction(orig) or _is_fraction(trans):
        return abs(orig.value - trans.value) < 1  # "a third" is "yüzde 33"
    smaller = min((orig, trans), key=lambda quantity: quantity.value)
    small, large = smaller.value, max(orig.value, trans.value)
    # "one of the" is not the "1" of "1 bin": only a figure in digits borrows a scale; and a figure with its unit
    # right after it ("4.8 megawatts" for "4.800 megavat") has no room for a scale word left to a neighbour.
    unit_after = smaller.unit is not None and not smaller.unit.startswith("currency")  # "$3.1" may still borrow
    return not smaller.spelled and not unit_after and small < 1000 \
        and any(small * scale == large for scale in _SCALES)


# A bare figure leaves its scale word to the next figure only in a list or a range, and only to a figure that has one:
# "3,1 ile 2,4 milyon", "between 3 and 4 million", "2, 3 or 4 billion". "58 people" for "58 bin kişi" has dropped the
# thousand, and so has "between 30 and 40,000" for "30-40 bin": the second figure is written out, with no scale word
# to lend the first.
_LIST_FIGURE = r"\s*(?:,|-|–|/|ile|ila|ve|veya|yahut|to|and|or)\s*(?:[$€£]\s?)?\d+(?:[.,]\d+)*(?:['’]\w+)?"
_SCALE_LEFT_TO_NEXT = re.compile(
    rf"(?:['’]\w+)?(?:{_LIST_FIGURE})+\s*(?:thousand|million|billion|trillion|bn|mn|m|k|bin|milyon|milyar|trilyon)\b",
    re.IGNORECASE)


# Two figures in one quantity's words: a range ("3 to 4,000", "30-40 bin", "between 30 and 40,000").
_RANGE_TEXT = re.compile(r"\d\s*(?:-|–|to|and|ile|ila|ve)\s*(?:[$€£]\s?)?\d", re.IGNORECASE)


def _leaves_scale(quantity: Quantity, text: str) -> bool:
    """True when a bare figure is followed by another figure it may borrow its scale word from."""
    return _SCALE_LEFT_TO_NEXT.match(text, quantity.end) is not None


# "4. Bölge Müdürlüğü" (the 4th Regional Directorate), "3. Ordu": an ordinal before a capitalised word is part of a
# name; a name rendered without it is the name's business (the title and name checks), not a number left out.
_NAME_AFTER_ORDINAL = re.compile(r"\s+[A-ZÇĞİÖŞÜ]")


# "üç katına çıktı" (tripled), "iki kat arttı": a figure before kat is a multiple, which English says with a verb or
# an adverb ("tripled", "halved", "twofold", "twice"); whether the multiple is right is the antonym check's concern.
_MULTIPLIER = re.compile(r"\s+kat(?:ı|ına|ına|a|ında)?\b", re.IGNORECASE)
_ENGLISH_MULTIPLE = re.compile(r"\b(?:doubl|tripl|trebl|quadrupl|halv|twice|thrice|\w+fold\b|half\b)", re.IGNORECASE)


def _multiple_in_words(quantity: Quantity, view, orig_text: str, trans_text: str) -> bool:
    if _MULTIPLIER.match(orig_text, quantity.end) is None:
        return False
    start, end = view.trans_sentences[0].start, view.trans_sentences[-1].end
    return _ENGLISH_MULTIPLE.search(trans_text, start, end) is not None


def _ordinal_of_name(quantity: Quantity, text: str) -> bool:
    return quantity.kind == "ordinal" and _NAME_AFTER_ORDINAL.match(text, quantity.end) is not None


# "binde 6" (6 per thousand), "yüz binde 4" (4 per 100,000): the number is the share; the words before it name the
# whole, which the English may write as a figure ("4 in 100,000").
_PER_WHOLE = re.compile(r"(?:(?P<scale>on|yüz)\s+)?(?P<whole>binde|milyonda)\s+(?P<number>\d+)", re.IGNORECASE)
_WHOLE_VALUES = {"binde": 1000, "milyonda": 1000000, "on": 10, "yüz": 100}
_ROOM_LAYOUT = re.compile(r"(?<!\d)\d{1,2}\+\d(?![\d.,+])")


def _shares(orig: list[Quantity], trans: list[Quantity], orig_text: str) -> tuple[list[Quantity], list[Quantity]]:
    """Each Turkish share of a whole as its number ("yüz binde 4": 4, not 100,004), and the English without the
    figures of those wholes ("in 100,000")."""
    found, wholes = [], set()
    for quantity in orig:
        match = next((match for match in _PER_WHOLE.finditer(orig_text, max(0, quantity.start - 12), quantity.end)
                      if match.end() == quantity.end or match.end("number") == quantity.end), None)
        if match is None:
            found.append(quantity)
            continue
        scale = _WHOLE_VALUES[match.group("scale").lower()] if match.group("scale") else 1
        whole = Decimal(_WHOLE_VALUES[match.group("whole").lower()] * scale)
        share = Decimal(match.group("number"))
        # The same share as a percentage ("binde 8" as "0.8 percent") renders it: neither figure is left over.
        as_percent = next((other for other in trans if other.kind == "percent" and other.value == share * 100 / whole),
                          None)
        if as_percent is not None:
            trans = [other for other in trans if other is not as_percent]
            continue
        wholes.add(whole)
        found.append(dataclasses.replace(quantity, start=match.start("number"), value=share, kind="cardinal",
                                         unit=None))
    # A home's rooms written "2+1" (two rooms and a living room) are told in English by the first figure alone
    # ("a two-bedroom flat"): the figure after the plus is no amount of its own.
    found = [quantity for quantity in found
             if not any(match.end() == quantity.end for match in
                        _ROOM_LAYOUT.finditer(orig_text, max(0, quantity.start - 3), quantity.end + 1))]
    return found, [quantity for quantity in trans if quantity.value not in wholes]


# Words an English sentence may put where the original gives a figure: a quantity without its value ("several
# contractors", "thousands of visitors", "a good number of them"). "some" before a figure is "about" ("some 9,400"),
# not a vague amount.
_NUMBER_WORD = r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|" \
               r"fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b)"
_VAGUE_AMOUNT = re.compile(
    r"\b(?:(?:a\s+)?(?:good|large|small|great|certain|growing|significant)\s+(?:number|share|part|proportion)s?\s+of"
    r"|a\s+number\s+of|a\s+(?:few|handful|fraction|portion)\b(?:\s+of)?|(?:a\s+lot|lots|plenty|most|much)\s+of"
    r"|several|many|numerous|countless|multiple|various|dozens|scores|hundreds|thousands|millions|billions"
    rf"|some(?!\s+{_NUMBER_WORD}))\b", re.IGNORECASE)
# "dört yıl önce" as "a year ago": an article before the figure's unit (or the next unit of time) is a figure of one.
_ONE_UNIT = r"\b(?:an?)\s+({unit})\b"


def _stand_in(source: Quantity, view, trans_text: str, taken: set[int]) -> tuple[re.Match, str] | None:
    """English words of the bead that stand where a figure of the original is, not yet given to another figure.

    An article before the figure's own unit ("a year" for "dört yıl") is a changed number; a quantity word with no
    value ("several", "thousands of", "some of the") is the figure made vague. Either way the English says something
    in its place, and the finding points at it.
    """
    start, end = view.trans_sentences[0].start, view.trans_sentences[-1].end
    if source.unit and source.unit.isalpha():
        # A length of time may come back in the next unit ("90 dakika" as "an hour"); one of those is a change too.
        units = {source.unit} | {other for pair in _TIME_FACTORS if source.unit in pair for other in pair}
        one_unit = re.compile(_ONE_UNIT.format(unit="(?:" + "|".join(sorted(units)) + ")"), re.IGNORECASE)
        one = next((match for match in one_unit.finditer(trans_text, start, end) if match.start() not in taken), None)
        if one is not None:
            said = dataclasses.replace(source, value=Decimal(1), unit=one.group(1).lower(), upper=None, spelled=True)
            # "12 ay" as "a year" is the same length: the figure is there, in other words.
            same = said.unit == source.unit and source.value == 1 or _same_duration(source, said)
            return one, "same" if same else "changed"
    vague = next((match for match in _VAGUE_AMOUNT.finditer(trans_text, start, end) if match.start() not in taken), None)
    return (vague, "missing") if vague is not None else None


def _is_fraction(quantity: Quantity) -> bool:
    return quantity.kind == "percent" and quantity.spelled


def _reported_alone(quantity: Quantity) -> bool:
    """Whether an unmatched quantity is worth a finding by itself.

    A fraction ("yarısı", "half") is often a turn of phrase rather than a
    share, and English spells out small counts where Turkish has no numeral
    ("the three" for "üçlü"): both only pair with a changed number.
    """
    return not (_is_fraction(quantity) or (quantity.spelled and quantity.value <= SMALL_ADDED_SPELLED))


def _same(orig: Quantity, trans: Quantity) -> bool:
    if not _same_value(orig, trans):
        return False
    if orig.kind != trans.kind and {orig.kind, trans.kind} <= _MEASURED_KINDS:
        return False  # 38 percent is not 38 bin lira, whatever the scale
    if orig.unit and trans.unit and orig.unit.startswith("currency") and trans.unit.startswith("currency"):
        return orig.unit == trans.unit
    return True


# "a year and a half", "an hour and a half": the reader gives only the half (a fraction); the article and the unit
# before it make the whole a length of time, as "one and a half years" is.
_WHOLE_AND = re.compile(r"\b(?:an?|one)\s+(year|month|week|day|hour|minute)s?\s+and\s+$", re.IGNORECASE)


def _and_a_half(quantities: list[Quantity], text: str) -> list[Quantity]:
    """Each "a UNIT and a half" of English as one length of time (1.5 of the unit) instead of a bare half."""
    read: list[Quantity] = []
    for quantity in quantities:
        whole = _WHOLE_AND.search(text, max(0, quantity.start - 30), quantity.start) \
            if _is_fraction(quantity) and quantity.value == 50 else None
        read.append(quantity if whole is None else dataclasses.replace(
            quantity, start=whole.start(), value=Decimal("1.5"), kind="measure", unit=whole.group(1).lower()))
    return read


# "one in four", "two out of three", "1 in 5": a share said as a part of a small whole, which Turkish says as a
# fraction ("dörtte biri") or a percentage. Larger wholes are left as two figures: a score ("82 out of 100" for
# "100 üzerinden 82") says both, and "4 in 100,000" is the share figure `_shares` reads.
_WORD_VALUES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10}
_PART_OF_WHOLE = re.compile(
    r"\b(?P<part>one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:[a-z]+\s+)?(?:in|out\s+of)\s+(?:every\s+)?"
    r"(?P<whole>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b(?![.,]\d)", re.IGNORECASE)
_SMALL_WHOLE = 10


def _parts_of_wholes(quantities: list[Quantity], text: str) -> list[Quantity]:
    """Each English "one in four" as the share it says (25 percent, as a fraction) instead of two counts."""
    read = list(quantities)
    if not read:
        return read
    first, last = min(quantity.start for quantity in read), max(quantity.end for quantity in read)
    for start, end, part, whole in _shares_said(text):
        if end <= first or start >= last:
            continue
        inside = [quantity for quantity in read if start <= quantity.start and quantity.end <= end]
        if not 0 < part < whole <= _SMALL_WHOLE or not inside:
            continue
        share = dataclasses.replace(inside[0], start=start, end=end, value=Decimal(100 * part) / whole,
                                    kind="percent", unit="percent", upper=None, spelled=True)
        read = sorted([quantity for quantity in read if quantity not in inside] + [share], key=lambda q: q.start)
    return read


@functools.lru_cache(maxsize=4)
def _shares_said(text: str) -> tuple[tuple[int, int, int, int], ...]:
    """Every "one in four" of a text (start, end, part, whole), found once: each bead asks about its own stretch."""
    return tuple((match.start(), match.end(), *(int(_WORD_VALUES.get(match.group(name).lower(), match.group(name)))
                                                for name in ("part", "whole")))
                 for match in _PART_OF_WHOLE.finditer(text))


# What may stand between an amount of money and its hundredths: "12 lira 75 kuruş", "3 dollars and 5 cents".
_HUNDREDTHS_GAP = re.compile(r"\s*(?:,\s*)?(?:and\s+|ve\s+)?$")
_HUNDREDTH = "currency:hundredth"


def _with_hundredths(quantities: list[Quantity], text: str) -> list[Quantity]:
    """Join each amount of money to the hundredths that follow it ("12 lira 75 kuruş" is 12.75 lira).

    The reader gives the subunit as an amount of its own (which currency is left to the amount before it);
    compared alone, "24.50 lira" would meet neither "24 lira" nor "50 kuruş".
    """
    joined: list[Quantity] = []
    for quantity in quantities:
        previous = joined[-1] if joined else None
        if (quantity.unit == _HUNDREDTH and previous is not None and previous.kind == "money"
                and previous.unit != _HUNDREDTH and previous.upper is None and quantity.upper is None
                and quantity.value == quantity.value.to_integral_value() and 0 < quantity.value < 100
                and _HUNDREDTHS_GAP.fullmatch(text, previous.end, quantity.start)):
            joined[-1] = dataclasses.replace(previous, end=quantity.end, value=previous.value + quantity.value / 100)
        else:
            joined.append(quantity)
    return joined


_EN_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
# Significant digits an English figure must show for its rounding to count: "86 million" may round 86,104,000,
# a bare "9 million" says too little to tell rounding from change.
_ROUNDED_DIGITS = 2


def _rounds_to(orig: Quantity, trans: Quantity, trans_text: str) -> bool:
    """True when an English figure with a scale word is the Turkish figure rounded to its last shown digit.

    "42.3 million" shows hundreds of thousands: 42,317,000 rounded there is 42,300,000. The Turkish must have
    digits below that place (an exact "81,6 milyon" is a change, not a rounding), and the English must show
    at least two digits.
    """
    if trans.spelled or orig.upper is not None or trans.upper is not None or trans.kind == "year":
        return False
    digits = _EN_DIGITS.findall(trans_text, trans.start, trans.end)
    if len(digits) != 1:
        return False
    shown = parse_number(digits[0], Language.ENGLISH)
    if not shown or len(digits[0].replace(",", "").replace(".", "").lstrip("0")) < _ROUNDED_DIGITS:
        return False
    scale = trans.value / shown
    if scale not in _SCALES:
        return False
    decimals = len(digits[0].partition(".")[2])
    step = scale / Decimal(10) ** decimals
    if orig.value % step == 0:
        return False
    rounded = (orig.value / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step
    return rounded == trans.value and _same(dataclasses.replace(orig, value=trans.value), trans)


def _ends(quantities: list[Quantity]) -> list[Quantity]:
    """Each range as its two ends, so that either may meet a range or a single number on the other side."""
    ends = []
    for quantity in quantities:
        if quantity.upper is None:
            ends.append(quantity)
        else:
            ends += [dataclasses.replace(quantity, upper=None),
                     dataclasses.replace(quantity, value=quantity.upper, upper=None)]
    return ends


def _date_values(dates: list[DateMention]) -> set[Decimal]:
    """The days, years and clock times of some dates, as a number reading them would value them."""
    values: set[Decimal] = set()
    for date in dates:
        values |= {Decimal(part) for part in (date.day, date.last_day, date.year) if part is not None}
        if date.hour is not None:
            values.add(Decimal(date.hour) + Decimal(date.minute or 0) / 100)
    return values


def _unmatched(orig: list[Quantity], trans: list[Quantity], same=_same) -> tuple[list[Quantity], list[Quantity]]:
    left_orig, left_trans = list(orig), list(trans)
    for quantity in orig:
        partner = next((other for other in left_trans if same(quantity, other)), None)
        if partner is not None:
            left_orig.remove(quantity)
            left_trans.remove(partner)
    return left_orig, left_trans


def _leftovers(context: CheckContext, per_bead, per_bead_dates, position):
    """(orig, trans, small trans) quantities of a bead that found no equal on the other side.

    Small numbers spelled out are never reported alone but may pair with a
    changed number: an original "ikinci" (second) that became "first".
    """
    orig_text, trans_text = context.alignment.orig.text, context.alignment.trans.text

    def same(orig_quantity: Quantity, trans_quantity: Quantity) -> bool:
        if _same_duration(orig_quantity, trans_quantity):
            return True
        if orig_quantity.value != trans_quantity.value and not _is_fraction(orig_quantity) \
                and not _is_fraction(trans_quantity):
            smaller, text = ((orig_quantity, orig_text) if orig_quantity.value < trans_quantity.value
                             else (trans_quantity, trans_text))
            # A figure with a separator ("27.3", "3.450") is a thousands dot misread, D203's to explain.
            if _same(orig_quantity, trans_quantity) and not _leaves_scale(smaller, text) \
                    and not re.search(r"\d[.,]\d", text[smaller.start:smaller.end]):
                return _rounds_to(orig_quantity, trans_quantity, trans_text)
            # An end of a range was read with the range's scale word already ("between 3 and 4 million" is 3
            # million): one still a thousand times smaller ("3 to 4,000" for "3-4 bin") has lost it.
            if _same(orig_quantity, trans_quantity) and _RANGE_TEXT.search(text, smaller.start, smaller.end):
                return _rounds_to(orig_quantity, trans_quantity, trans_text)
        return _same(orig_quantity, trans_quantity) or _rounds_to(orig_quantity, trans_quantity, trans_text)

    orig_all, trans_all = (_ends(side) for side in per_bead[position])
    orig = [q for q in orig_all if _counts(q, orig_text)]
    trans = [q for q in trans_all if _counts(q, trans_text)]
    small_orig = [q for q in orig_all if q.kind == "ordinal" and q not in orig]
    small_trans = [q for q in trans_all if q.kind != "year" and q not in trans]
    orig = [q for q in orig if not any(same(q, small) for small in small_trans)]
    trans = [q for q in trans if not any(same(small, q) for small in small_orig)]
    orig, trans = _unmatched(orig, trans, same)
    small_orig, small_trans = _unmatched(small_orig, small_trans, same)
    # A value may have moved to the neighbouring sentence in the English.
    nearby = range(max(position - 1, 0), min(position + 2, len(per_bead)))
    neighbours = [per_bead[i] for i in nearby if i != position]
    nearby_orig = _ends([q for orig_side, _ in neighbours for q in orig_side])
    nearby_trans = _ends([q for _, trans_side in neighbours for q in trans_side])
    orig = [q for q in orig if not any(same(q, other) for other in nearby_trans)]
    trans = [q for q in trans if not any(same(other, q) for other in nearby_orig)]
    # A day, year or time the other side gives as part of a date, and this side does not:
    # "January 15 and 16" for "15-16 Ocak", "19 Mayis Street" for "19 Mayıs Caddesi".
    orig_dates = _date_values([date for i in nearby for date in per_bead_dates[i][0]])
    trans_dates = _date_values([date for i in nearby for date in per_bead_dates[i][1]])
    orig = [q for q in orig if not (q.kind in _DATE_LIKE_KINDS and q.value in trans_dates - orig_dates)]
    trans = [q for q in trans if not (q.kind in _DATE_LIKE_KINDS and q.value in orig_dates - trans_dates)]
    changed_small = [(a, b) for a in small_orig for b in small_trans if a.kind == b.kind == "ordinal"][:1]
    return orig, trans, small_trans, changed_small


def _multiple_and_percent(view, orig_text: str, trans_text: str):
    """A test of whether a quantity lies in a change told as a multiple on one side and as a percentage of the same
    size on the other (number_format.agreeing_factors), or None when the bead has none."""
    from drift.checks.number_format import agreeing_factors

    orig_start, trans_start = view.orig_sentences[0].start, view.trans_sentences[0].start
    orig_spans, trans_spans = agreeing_factors(orig_text[orig_start:view.orig_sentences[-1].end],
                                               trans_text[trans_start:view.trans_sentences[-1].end])
    if not orig_spans:
        return None

    def inside(quantity: Quantity, turkish: bool) -> bool:
        spans, offset = (orig_spans, orig_start) if turkish else (trans_spans, trans_start)
        return any(start + offset < quantity.end and quantity.start < end + offset for start, end in spans)

    return inside


def _outside_periods(view, orig_text: str, trans_text: str, orig: list[Quantity], trans: list[Quantity]):
    """The quantities of a bead outside the decades and centuries it names, when both sides name one: "19. yüzyıl"
    and "the 1800s" are one period in two forms, which D203 compares (drift.text.periods); their figures (19, 1800)
    are no amount left out or changed."""
    from drift.text.periods import find_periods

    def spans(text: str, sentences, language: Language) -> list[tuple[int, int]]:
        return [(sentence.start + period.start, sentence.start + period.end) for sentence in sentences
                for period in find_periods(text[sentence.start:sentence.end], language)
                if period.kind in ("decade", "century")]

    said = spans(orig_text, view.orig_sentences, Language.TURKISH)
    told = spans(trans_text, view.trans_sentences, Language.ENGLISH)
    if not (said and told):
        return orig, trans

    def outside(quantity: Quantity, periods) -> bool:
        return not any(start <= quantity.start and quantity.end <= end for start, end in periods)

    return [q for q in orig if outside(q, said)], [q for q in trans if outside(q, told)]


@check("D201", "number-mismatch", Category.NUMBER, Severity.CRITICAL)
def number_mismatch(context: CheckContext):
    views = pair_views(context)
    # Each bead's quantities, found once: a bead is compared with its neighbours too.
    orig_text, trans_text = context.alignment.orig.text, context.alignment.trans.text
    per_bead = [_outside_periods(view, orig_text, trans_text, _with_hundredths(orig, orig_text),
                                 _parts_of_wholes(_and_a_half(_with_hundredths(trans, trans_text), trans_text),
                                                  trans_text))
                for view, (orig, trans) in ((view, _shares(*bead_quantities(context, view), orig_text))
                                            for view in views)]
    per_bead_dates = [bead_dates(context, view) for view in views]
    for position, view in enumerate(views):
        orig, trans, small_trans, changed = _leftovers(context, per_bead, per_bead_dates, position)
        # One change told as a multiple on one side and a percentage of the same size on the other ("yarıya indi" /
        # "fell by 50 percent") is one amount in two forms: neither figure is left out, added or changed.
        same_change = _multiple_and_percent(view, orig_text, trans_text)
        if same_change:
            orig = [q for q in orig if not same_change(q, True)]
            trans = [q for q in trans if not same_change(q, False)]
            changed = [(source, target) for source, target in changed
                       if not (same_change(source, True) or same_change(target, False))]
        # Both ends of a range that changed as a whole are one finding about the same words.
        orig = list({(q.start, q.end): q for q in orig}.values())
        trans = list({(q.start, q.end): q for q in trans}.values())
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
        taken: set[int] = set()
        for source in orig:
            if _is_fraction(source) or _ordinal_of_name(source, orig_text) or _multiple_in_words(source, view, orig_text,
                                                                                                 trans_text):
                continue
            # A rank in words ("üçüncü sırada") is often said by order in English ("followed by ... and ..."): like a
            # small count in words, it is reported only beside a changed ordinal.
            if source.kind == "ordinal" and source.spelled:
                continue
            stand_in = _stand_in(source, view, trans_text, taken)
            if stand_in is not None:
                words, basis = stand_in
                taken.add(words.start())
                if basis == "same":
                    continue
                said = trans_text[words.start():words.end()]
                yield make_finding(
                    number_mismatch, view,
                    message=f"The English has “{said}” where the original has “{orig_text[source.start:source.end]}”.",
                    trans=context.trans_span(words.start(), words.end()),
                    orig=context.orig_span(source.start, source.end),
                    basis=basis,
                    expected=english_amount(source),
                    evidence="no number with this value in the aligned English sentence or its neighbours; "
                             + ("an article before its unit says one" if basis == "changed"
                                else "a quantity word without a value stands in its place"),
                    severity=Severity.MAJOR,
                )
                continue
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
            if not _reported_alone(target):
                continue
            yield make_finding(
                number_mismatch, view,
                message=f"“{trans_text[target.start:target.end]}” in the English is not in the original.",
                trans=context.trans_span(target.start, target.end),
                orig=None,
                basis="added",
                evidence="no number with this value in the aligned Turkish sentence or its neighbours",
                severity=Severity.MAJOR,
            )
