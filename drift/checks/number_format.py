"""Turkish number formats misread in English: a thousands dot kept, a minus lost, a per-item amount, a decade.

Why it matters: Turkish writes 3.450 for three thousand four hundred and fifty
and 3,5 for three and a half. "3.450 tons" in English reads as three and a half
tons, a thousand times less. A negative figure ("yüzde eksi 2,4", "-%2,4",
"eksi 12 derece") given without its sign turns a fall into a rise.

Flagged, in an aligned sentence pair:
- basis "separator": an English number written with a dot before groups of
  exactly three digits ("3.450", "12.600.000") that the Turkish writes the
  same way, where it can only be a thousands separator.
  Expected: the English form with commas (3,450). Also an English figure that
  reads the Turkish thousands dot as a decimal point and drops the zeros after it
  ("27.3 lira" for "27.300 lira", "2.05 tonnes" for "2.050 ton"), with the same
  unit (or none) on both sides and no scale word after it ("1.5 thousand" is
  1,500): the value shrinks a thousandfold.
- basis "decimal-comma": an English number with a comma before one, two or
  more than three digits ("1,2 million", "2,45") that the Turkish writes the
  same way: a Turkish decimal comma kept, which no English separator can be.
  Expected: the English form with a point (1.2). Session 12: a figure with dots
  before its decimal comma ("1.245,8", thousands; "2.07,45", a time in minutes,
  seconds and hundredths) kept whole; expected 1,245.8 or 2:07.45.
- basis "sign": a Turkish number with a minus ("eksi 12", "-2,4", "%-2,4",
  "yüzde eksi 2,4"; not "artı eksi", plus or minus) whose value the English
  gives with no minus ("minus", "negative", "-", "−", "below zero") before it
  and no word of falling or shrinking in the sentence (fell, contracted,
  decline, loss, deficit ...), which says the sign in words; a level the
  figure falls to ("dropped to 9 degrees") still needs its minus.
  Expected: the English number with "minus".
- basis "per-mille": a Turkish share of a thousand or more ("binde 6", "on binde
  3", "yüz binde 4", "milyonda 2") whose number the English gives as a percentage
  ("6 percent", "3%"). Expected: "6 per thousand" (per 10,000, per 100,000, per million).
- basis "points": a change in percentage points said as a change in percent, or the
  reverse. Turkish writes a difference of two percentages with puan after the figure
  ("payı 3 puan arttı", "yüzde 2 puan", "50 baz puan"), a relative change with yüzde or %
  before it ("yüzde 14 arttı"); English keeps the two apart ("3 percentage points",
  "14 percent"). Flagged: a Turkish "N puan" whose value the English gives as a percent
  ("3 percent", "3%") and nowhere as points, and a Turkish "yüzde N" (no puan after it, and
  no puan in the sentence) whose value the English gives as points ("14 percentage points",
  "14 points") and nowhere as a percent. Points of a score ("82 puan aldı" / "82 points")
  are points on both sides and stay quiet. Expected: the original's unit.
- basis "percent-first": an English figure written with the percent sign before it
  ("%40"), as Turkish writes it ("%40'ı"), where the original has that figure as a percentage.
  Expected: the English order (40%). A minor finding: the value is not changed.
- basis "multiple" (critical): a change one side gives as a multiple
  ("dört katına çıktı", "iki kat arttı", "ikiye katladı", "yarıya indi"; tripled,
  "three times", fourfold, halved) and the other only as a percentage, read on both
  sides as the factor it multiplies the amount by ("yüzde 200 arttı" is three times,
  "fell by 50 percent" half), with no reading that gives one factor: "dört katına
  çıktı" / "rose by 4 percent", "yüzde 200 arttı" / "doubled". Expected: the original's
  change in the English form. The same change in both forms is one amount, which
  D201 does not count twice (`agreeing_factors`).
- basis "ordinal": a Turkish ordinal of times ("5. kez", a dot after the figure, or
  "beşinci kez", -(I)ncI: the fifth time) that the English gives as a count of that
  number ("5 times", "five times"), with no ordinal of it in the English ("fifth",
  "5th") and no count of it in the original. Expected: "for the fifth time".
- basis "per-item" (session 14): an amount the original gives per item, with the
  distributive -(ş)Ar ("20'şer kilo", "üçer", "yüzer yolcu") or a rate word before it in
  its clause ("kişi başı", "hektar başına", "her birine"), whose value the English gives
  with no each, apiece, per, every or "a head" in the sentence and no rate after it
  ("31 lira a kilo"); and an English "N each", "N apiece", "N per person", "N a head"
  where the original has that figure and nothing distributive in the sentence.
  Expected: the English amount with "each" (or "in all").
- basis "period" (session 14, drift.text.periods): a decade or century the English names
  as another ("1960'lı yıllarda" / "in the 1950s", "16. yüzyıl" / "the 1600s"), a decade
  told as a year inside it ("in 1960") the original does not give, a part of one turned
  round ("1930'ların sonunda" / "the early 1930s", "ilk yarısı" / "the second half"), and
  a year widened to its decade ("1975'te" / "in the 1970s"). Expected: the original's
  period in English.
A scale word changed (milyon rendered billion) is a changed value: D201.
"""

from __future__ import annotations

import re
from decimal import Decimal

from drift.checks import check
from drift.checks._facts import bead_quantities
from drift.checks._names import pair_views
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Language, Severity
from drift.text.periods import Period, find_periods, parts_clash, same_period, within

_THOUSANDS_DOT = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d]|[.,]\d)")
# A Turkish decimal comma: a comma before one, two or more than three digits, which no English thousands
# separator can be ("2,4", "2,45"; not "2,450").
_DECIMAL_COMMA = re.compile(r"(?<![\d.,])\d+,(?:\d{1,2}|\d{4,})(?![\d]|[.,]\d)")
# A Turkish figure with dots before its decimal comma: thousands ("1.245,8") or minutes before seconds ("2.07,45",
# a race time), which no English figure writes so.
_DOTTED_DECIMAL_COMMA = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{2,3})+,\d+(?![\d]|[.,]\d)")
# Minutes and seconds: one or two groups of two digits after the first ("2.07,45", "1.02.07,4").
_TIME_NOTATION = re.compile(r"\d{1,2}(?:\.\d\d){1,2},\d+")
# A Turkish minus: the word eksi, or a hyphen or minus sign right before the digits (or the percent sign).
_TURKISH_NEGATIVE = re.compile(
    r"(?P<sign>(?<![\w-])(?:eksi|Eksi|EKSİ)\s+(?:yüzde\s+|%\s*)?|(?<!\d\s)(?<![\w\d])[-−–]\s?%?\s?|%\s?[-−])"
    r"(?P<number>\d+(?:[.,]\d+)?)", re.UNICODE)
_PLUS_MINUS = re.compile(r"artı\s+$", re.IGNORECASE)
_ENGLISH_SIGN = re.compile(r"(?:minus|negative|[-−–])\s*$", re.IGNORECASE)
_BELOW_ZERO = re.compile(r"^\s*(?:%|percent|per cent|degrees?|°C?|celsius)?\s*(?:below zero|below freezing)",
                         re.IGNORECASE)
# English words that carry the sign themselves: "fell 2.4 percent" is -2.4 percent said in words.
_DOWNWARD = re.compile(
    r"\b(?:fell|fall(?:s|en|ing)?|drop(?:s|ped|ping)?|declin\w*|decreas\w*|contract\w*|shr[iau]nk\w*|"
    r"slump\w*|plung\w*|slid(?:e|es|ing)?|lower|loss(?:es)?|lost|deficit|down|negative|minus|below|"
    r"reduc\w*|cut|dip\w*|sank|sink\w*|shed|retreat\w*|weaken\w*|eased?)\b", re.IGNORECASE)

_LEVEL = re.compile(r"\b(?:to|at|as low as)\s+$", re.IGNORECASE)


def _english_digits(number: str) -> str:
    """A Turkish number's value written the English way: 2,4 -> 2.4."""
    return number.replace(".", "").replace(",", ".") if "," in number else number


@check("D203", "number-format", Category.NUMBER, Severity.MAJOR)
def number_format(context: CheckContext):
    orig_text, trans_text = context.alignment.orig.text, context.alignment.trans.text
    for view in pair_views(context):
        orig_start, orig_end = view.orig_sentences[0].start, view.orig_sentences[-1].end
        trans_start, trans_end = view.trans_sentences[0].start, view.trans_sentences[-1].end
        orig, trans = orig_text[orig_start:orig_end], trans_text[trans_start:trans_end]
        separators = list(_kept_separators(orig, trans)) + list(
            _misread_dots(context, view, orig, trans, orig_start, trans_start))
        for match, turkish, basis in separators:
            figure = match.group()
            if basis == "separator":
                expected = turkish.group().replace(".", ",")
                message = f"“{figure}” keeps the Turkish thousands dot: in English it reads as a decimal."
                if figure != turkish.group():
                    message = f"“{figure}” reads the thousands dot of the original's “{turkish.group()}” as a " \
                              f"decimal point: a thousandth of the amount."
                evidence = f"Turkish {turkish.group()} is {expected}; English {figure} is " \
                           f"{figure.replace('.', '', figure.count('.') - 1)}"
            elif _TIME_NOTATION.fullmatch(figure):
                # a time: "2.07,45" is 2:07.45 (minutes, seconds and hundredths); a thousands group has three digits
                expected = figure.replace(".", ":").replace(",", ".")
                message = f"“{figure}” keeps the Turkish notation of a time (dots and a decimal comma): English " \
                          f"writes {expected}."
                evidence = f"Turkish {turkish.group()} is {expected}"
            else:
                expected = _english_digits(figure) if "." in figure else figure.replace(",", ".")
                if "." in figure:
                    whole, fraction = expected.split(".")
                    expected = f"{int(whole):,}.{fraction}"
                message = f"“{figure}” keeps the Turkish decimal comma: in English it is no number, or reads as " \
                          f"thousands."
                evidence = f"Turkish {turkish.group()} is {expected}"
            yield make_finding(
                number_format, view, message=message,
                trans=context.trans_span(trans_start + match.start(), trans_start + match.end()),
                orig=context.orig_span(orig_start + turkish.start(), orig_start + turkish.end()),
                basis=basis, expected=expected, evidence=evidence,
            )
        yield from _lost_signs(context, view, orig, trans, orig_start, trans_start)
        yield from _per_mille_as_percent(context, view, orig, trans, orig_start, trans_start)
        yield from _points_and_percent(context, view, orig, trans, orig_start, trans_start)
        yield from _percent_sign_first(context, view, orig, trans, orig_start, trans_start)
        yield from _multiple_as_percent(context, view, orig, trans, orig_start, trans_start)
        yield from _ordinal_as_count(context, view, orig, trans, orig_start, trans_start)
        yield from _per_item_changes(context, view)
        yield from _period_changes(context, view, orig, trans, orig_start, trans_start)


_FIGURE = r"\d+(?:[.,]\d+)*"
# Turkish: a figure with puan after it is a difference of two percentages or a score; yüzde or % before a figure
# is a percentage ("%40'ı", "yüzde 14'lük"). "yüzde 2 puan" is points: its puan decides.
_TURKISH_POINTS = re.compile(rf"(?<![\w.,])(?P<number>{_FIGURE})\s+(?:baz\s+)?puan(?!\w*\s+(?:üzerinden|tablosu))",
                             re.IGNORECASE)
_TURKISH_PERCENT = re.compile(rf"(?:(?<!\w)yüzde\s+|%\s?)(?P<number>{_FIGURE})(?!\s*(?:baz\s+)?puan)", re.IGNORECASE)
_PUAN = re.compile(r"(?<!\w)puan", re.IGNORECASE)
# English: a figure then its unit. "percentage points", "points", "pp" are points; "percent", "per cent", "%" a
# percentage (a percent sign before the figure is the Turkish order, read too).
_ENGLISH_FIGURE = re.compile(rf"(?<![\w.,]){_FIGURE}(?![\d])")
_ENGLISH_POINTS_AFTER = re.compile(r"\s*(?:-\s*)?(?:percentage[\s-]+points?|(?:basis\s+)?points?|pp)\b", re.IGNORECASE)


def _value(figure: str, turkish: bool) -> Decimal | None:
    digits = _english_digits(figure) if turkish else figure.replace(",", "")
    try:
        return Decimal(digits)
    except ArithmeticError:
        return None


def _english_units(trans: str) -> list[tuple[re.Match, str, int]]:
    """Each English figure with "points" or "percent" as its unit: (the figure, the unit, where the unit ends)."""
    found = []
    for match in _ENGLISH_FIGURE.finditer(trans):
        points = _ENGLISH_POINTS_AFTER.match(trans, match.end())
        percent = _ENGLISH_PERCENT_AFTER.match(trans, match.end())
        if points is not None:
            found.append((match, "points", points.end()))
        elif percent is not None or _ENGLISH_PERCENT_BEFORE.search(trans[max(0, match.start() - 2):match.start()]):
            found.append((match, "percent", percent.end() if percent else match.end()))
    return found


def _points_and_percent(context, view, orig: str, trans: str, orig_start: int, trans_start: int):
    """A Turkish difference in points given as a percent in English, or a Turkish percentage given as points."""
    english = _english_units(trans)
    if not english:
        return
    said = [(_value(match.group("number"), True), "points", match) for match in _TURKISH_POINTS.finditer(orig)]
    if not _PUAN.search(orig):  # "yüzde 14'ten yüzde 17'ye, 3 puan": the sentence counts in points itself
        said += [(_value(match.group("number"), True), "percent", match) for match in _TURKISH_PERCENT.finditer(orig)]
    for value, unit, turkish in said:
        if value is None:
            continue
        same = [(match, kind, end) for match, kind, end in english if _value(match.group(), False) == value]
        if not same or any(kind == unit for _, kind, _ in same):
            continue  # the English has the figure in the original's unit too
        match, kind, end = same[0]
        figure = trans[match.start():end]
        expected = f"{match.group()} percent" if unit == "percent" else \
            f"{match.group()} basis points" if "baz" in turkish.group().lower() else f"{match.group()} percentage points"
        yield make_finding(
            number_format, view,
            message=f"The original gives “{turkish.group().strip()}” "
                    + ("(percentage points: a difference of two shares)" if unit == "points" else "(a percent)")
                    + f" but the English says “{figure}” ({'a percent' if kind == 'percent' else 'points'}).",
            trans=context.trans_span(trans_start + match.start(), trans_start + end),
            orig=context.orig_span(orig_start + turkish.start(), orig_start + turkish.end()),
            basis="points", expected=expected,
            evidence=f"Turkish {turkish.group().strip()}: {unit}; English {figure}: {kind}",
        )


_ENGLISH_SIGN_FIRST = re.compile(rf"(?<![\w%])%\s?(?P<number>{_FIGURE})(?![\d])")


def _percent_sign_first(context, view, orig: str, trans: str, orig_start: int, trans_start: int):
    """An English "%40": the percent sign kept before the figure, where the original has that percentage."""
    values = {_value(match.group("number"), True): match for match in _TURKISH_PERCENT.finditer(orig)}
    for match in _ENGLISH_SIGN_FIRST.finditer(trans):
        turkish = values.get(_value(match.group("number"), False))
        if turkish is None:
            continue
        yield make_finding(
            number_format, view,
            message=f"“{match.group()}” keeps the Turkish order of the percent sign; English writes it after the "
                    f"figure.",
            trans=context.trans_span(trans_start + match.start(), trans_start + match.end()),
            orig=context.orig_span(orig_start + turkish.start(), orig_start + turkish.end()),
            basis="percent-first", expected=f"{match.group('number')}%",
            evidence=f"Turkish {turkish.group().strip()}; English {match.group()}",
            severity=Severity.MINOR,
        )


# A Turkish share of a larger whole than a hundred: "binde 6" (6 per thousand), "on binde 3" (3 per 10,000),
# "yüz binde 4" (per 100,000), "milyonda 2" (per million). The number follows the locative of the whole.
_TURKISH_PER = re.compile(r"(?<![\w])(?:(?P<scale>on|yüz)\s+)?(?P<whole>binde|milyonda)\s+(?P<number>\d+(?:,\d+)?)",
                          re.IGNORECASE)
_WHOLES = {("", "binde"): "thousand", ("on", "binde"): "10,000", ("yüz", "binde"): "100,000",
           ("", "milyonda"): "million"}
_ENGLISH_PERCENT_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)
_ENGLISH_PERCENT_BEFORE = re.compile(r"%\s*$")


def _per_mille_as_percent(context, view, orig: str, trans: str, orig_start: int, trans_start: int):
    """A Turkish share of a thousand (or more) that the English gives as a percentage: "binde 6" as "6 percent"."""
    for match in _TURKISH_PER.finditer(orig):
        whole = _WHOLES.get(((match.group("scale") or "").lower(), match.group("whole").lower()))
        if whole is None:
            continue
        digits = _english_digits(match.group("number"))
        for found in re.finditer(rf"(?<![\d.,]){re.escape(digits)}(?![\d]|[.,]\d)", trans):
            after = _ENGLISH_PERCENT_AFTER.match(trans, found.end())
            before = _ENGLISH_PERCENT_BEFORE.search(trans[max(0, found.start() - 2):found.start()])
            if after is None and before is None:
                continue
            start = found.start() - (len(before.group()) if before else 0)
            end = after.end() if after else found.end()
            yield make_finding(
                number_format, view,
                message=f"The original gives a share of {'a ' if whole[0].isalpha() else ''}{whole} (“{match.group()}”); the English reads it as "
                        f"“{trans[start:end]}”, a share of a hundred.",
                trans=context.trans_span(trans_start + start, trans_start + end),
                orig=context.orig_span(orig_start + match.start(), orig_start + match.end()),
                basis="per-mille", expected=f"{digits} per {whole}",
                evidence=f"Turkish {match.group('whole')} is per {whole}; English {trans[start:end]} is per hundred",
                severity=Severity.CRITICAL,
            )
            break


def _kept_separators(orig: str, trans: str):
    """(English match, Turkish match, basis) for each English figure written with a Turkish separator that the
    Turkish writes the same way: a thousands dot ("separator") or a decimal comma ("decimal-comma")."""
    for pattern, basis in ((_THOUSANDS_DOT, "separator"), (_DECIMAL_COMMA, "decimal-comma"),
                           (_DOTTED_DECIMAL_COMMA, "decimal-comma")):
        for match in pattern.finditer(trans):
            turkish = next((found for found in pattern.finditer(orig) if found.group() == match.group()), None)
            if turkish is not None:
                yield match, turkish, basis


# An English figure with a decimal point, as a thousands dot misread would give it ("18.4", "2.05").
_ENGLISH_DECIMAL = re.compile(r"(?<![\d.,])\d{1,3}\.\d{1,2}(?![\d]|[.,]\d)")
# A scale word after the English figure makes the decimal right: "1.5 thousand", "2.4 million".
_SCALE_AFTER = re.compile(r"\s*(?:thousand|million|billion|trillion|bn|mn|m|k)\b", re.IGNORECASE)


def _misread_dots(context, view, orig: str, trans: str, orig_start: int, trans_start: int):
    """(English match, Turkish match, "separator") for an English figure that is a Turkish figure with one thousands
    dot read as a decimal point, its trailing zeros dropped ("27.300" rendered "27.3"), in the same unit."""
    orig_quantities, trans_quantities = bead_quantities(context, view)

    def unit_at(quantities, position: int) -> str | None:
        return next((quantity.unit for quantity in quantities if quantity.start <= position < quantity.end), None)

    for turkish in _THOUSANDS_DOT.finditer(orig):
        figure = turkish.group()
        if figure.count(".") != 1 or not figure.endswith("0"):
            continue  # "18.450" read as a decimal keeps all its digits: the kept dot above
        misread = Decimal(figure)
        if any(quantity.value == misread for quantity in orig_quantities):
            continue  # the original has that amount too: "12.500 liradan 12,5 liraya"
        for match in _ENGLISH_DECIMAL.finditer(trans):
            if Decimal(match.group()) != misread or _SCALE_AFTER.match(trans, match.end()):
                continue
            if unit_at(orig_quantities, orig_start + turkish.start()) != unit_at(trans_quantities,
                                                                              trans_start + match.start()):
                continue  # "2.500 kilogram" may well be "2.5 tonnes"
            yield match, turkish, "separator"


def _lost_signs(context, view, orig: str, trans: str, orig_start: int, trans_start: int):
    for match in _TURKISH_NEGATIVE.finditer(orig):
        if _PLUS_MINUS.search(orig[max(0, match.start() - 6):match.start()]):
            continue
        digits = _english_digits(match.group("number"))
        for found in re.finditer(rf"(?<![\d.,]){re.escape(digits)}(?![\d]|[.,]\d)", trans):
            # "fell 2.4 percent" says the sign in words; "fell to 9 degrees" names a level, which keeps its own sign.
            level = _LEVEL.search(trans[max(0, found.start() - 15):found.start()])
            if _ENGLISH_SIGN.search(trans[max(0, found.start() - 10):found.start()]) or \
                    _BELOW_ZERO.match(trans[found.end():found.end() + 30]) or (_DOWNWARD.search(trans) and not level):
                break
            end = found.end()
            unit = re.match(r"\s*(?:%|percent|per cent|degrees?(?: Celsius)?|points?)", trans[end:])
            if unit:
                end += unit.end()
            yield make_finding(
                number_format, view,
                message=f"The original's figure is negative ({match.group().strip()}); the English gives "
                        f"“{trans[found.start():end]}” with no minus.",
                trans=context.trans_span(trans_start + found.start(), trans_start + end),
                orig=context.orig_span(orig_start + match.start(), orig_start + match.end()),
                basis="sign", expected=f"minus {trans[found.start():end]}",
                evidence=f"Turkish {match.group().strip()}; no minus, below zero or word of falling in the English",
                severity=Severity.CRITICAL,
            )
            break


# --- a multiple against a percentage: "dört katına çıktı" (quadrupled) / "rose by 4 percent" ---

# Both sides are read as the factor a change multiplies its amount by: a multiple ("dört katına çıktı", "iki kat arttı",
# "ikiye katladı", "yarıya indi"; tripled, "three times as", fourfold, halved) or a percentage of rise or fall ("yüzde
# 200 arttı" is three times the amount, "fell by 50 percent" half of it). A sentence that gives its change as a multiple
# on one side and only as a percentage on the other is flagged when no reading of the two gives one factor.
_TURKISH_NUMBER_WORDS = {"iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
                         "on": 10, "yirmi": 20, "elli": 50, "yüz": 100}
_TURKISH_MULTIPLE = re.compile(
    r"(?<![\w.,])(?P<number>\d+(?:,\d+)?|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|yirmi|elli|yüz)\s+"
    r"(?:kat(?:ına|ı|ini|ına\s+\w+)?(?:\s+(?P<verb>art\w*|yüksel\w*|büyü\w*|çık\w*|ulaş\w*|fazla\w*))?)(?!\w)",
    re.IGNORECASE)
_TURKISH_FOLD = re.compile(r"(?<!\w)(?P<number>iki|üç|dört|beş)(?:ye|e|ya|a)\s+katla\w*|(?<!\w)katla(?:d|n|y)\w*",
                           re.IGNORECASE)
_TURKISH_HALF = re.compile(r"(?<!\w)(?:yarıya|yarı\s+yarıya|yarısına)\s+(?:in|düş|azal|geril)\w*", re.IGNORECASE)
_TURKISH_RISE = re.compile(r"(?<!\w)(?:art|yüksel|çık|fazla|zam|büyü|tırman)\w*", re.IGNORECASE)
_TURKISH_FALL = re.compile(r"(?<!\w)(?:azal|düş|geril|in(?:di|er|ecek|miş|iş)|küçül|daral|eksil|kayb|kaybet)\w*",
                           re.IGNORECASE)
_ENGLISH_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                         "ten": 10, "twenty": 20, "fifty": 50, "hundred": 100}
_ENGLISH_MULTIPLE = re.compile(
    r"\b(?:(?P<verb>doubled|doubling|doubles|double|tripled|tripling|triples|triple|quadrupled|quadrupling|"
    r"quadruple|quintupled|twice|halved|halving|halves)|(?P<fold>two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|fifty|hundred|\d+)[\s-]?fold|(?P<times>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|fifty|hundred)\s+times|(?:by|in)\s+half)\b", re.IGNORECASE)
_ENGLISH_VERB_FACTORS = {"doubl": 2, "twice": 2, "tripl": 3, "quadrupl": 4, "quintupl": 5, "halv": 0.5}
_ENGLISH_PERCENT = re.compile(rf"(?<![\w.,])(?P<number>{_FIGURE})\s*(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)
_ENGLISH_RISE = re.compile(r"\b(?:ris\w*|rose|up|increas\w*|gr[eo]w\w*|higher|more|jump\w*|climb\w*|gain\w*|"
                           r"surg\w*|soar\w*|boost\w*|rais\w*)\b", re.IGNORECASE)
_ENGLISH_FALL = re.compile(r"\b(?:f[ae]ll\w*|down|decreas\w*|declin\w*|dropp?\w*|lower\w*|less|fewer|cut|shr[ai]nk\w*|"
                           r"lost|los\w*|reduc\w*|slump\w*|plung\w*)\b", re.IGNORECASE)


def _number(text: str, words: dict) -> float | None:
    folded = text.lower()
    if folded in words:
        return float(words[folded])
    try:
        return float(folded.replace(",", "."))
    except ValueError:
        return None


def _turkish_multiples(orig: str) -> list[tuple[re.Match, frozenset[float]]]:
    found = []
    for match in _TURKISH_MULTIPLE.finditer(orig):
        number = _number(match.group("number"), _TURKISH_NUMBER_WORDS)
        if number is None or number < 2:
            continue
        # "üç kat arttı" is tripled to most writers, a rise by three times the amount to some: both readings
        found.append((match, frozenset((number, number + 1)) if match.group("verb") and "kat " in
                      match.group().lower() + " " and not re.search(r"kat(?:ına|ı)\b", match.group(), re.IGNORECASE)
                      else frozenset((number,))))
    for match in _TURKISH_FOLD.finditer(orig):
        number = _number(match.group("number") or "iki", _TURKISH_NUMBER_WORDS)
        found.append((match, frozenset((number,))))
    found += [(match, frozenset((0.5,))) for match in _TURKISH_HALF.finditer(orig)]
    return found


def _english_multiples(trans: str) -> list[tuple[re.Match, frozenset[float]]]:
    found = []
    for match in _ENGLISH_MULTIPLE.finditer(trans):
        if match.group("verb"):
            word = match.group("verb").lower()
            found.append((match, frozenset((next(factor for stem, factor in _ENGLISH_VERB_FACTORS.items()
                                                 if word.startswith(stem)),))))
        elif match.group("fold") or match.group("times"):
            number = _number(match.group("fold") or match.group("times"), _ENGLISH_NUMBER_WORDS)
            if number is not None and number >= 2:
                # "three times more" is read by some as three times as much, by others as four times
                found.append((match, frozenset((number, number + 1)) if match.group("times") else
                              frozenset((number,))))
        else:
            found.append((match, frozenset((0.5,))))
    return found


def _percent_factors(value: float, rise: bool, fall: bool) -> frozenset[float]:
    """The factors a change of `value` percent can mean: up, down, or (no direction said) either, or a share."""
    if rise == fall:
        return frozenset((1 + value / 100, 1 - value / 100, value / 100))
    return frozenset((1 + value / 100,)) if rise else frozenset((1 - value / 100,))


def _same_factor(first: frozenset[float], second: frozenset[float]) -> bool:
    return any(abs(one - two) < 0.011 for one in first for two in second)


def _factor_pairs(orig: str, trans: str):
    """Each change one side gives as a multiple and the other only as a percentage: (Turkish match, English match,
    the original's factors, whether a reading of the two agrees, whether the multiple is the original's)."""
    turkish_percent = list(_TURKISH_PERCENT.finditer(orig))
    english_percent = list(_ENGLISH_PERCENT.finditer(trans))
    if not turkish_percent and not english_percent:
        return
    turkish, english = _turkish_multiples(orig), _english_multiples(trans)
    if turkish and not turkish_percent and english_percent and not english:
        rise, fall = bool(_ENGLISH_RISE.search(trans)), bool(_ENGLISH_FALL.search(trans))
        for match, factors in turkish:
            agreeing = next((percent for percent in english_percent
                             if _same_factor(factors, _percent_factors(_number(percent.group("number"), {}) or 0.0,
                                                                       rise, fall))), None)
            yield match, agreeing or english_percent[0], factors, agreeing is not None, True
    elif english and not english_percent and turkish_percent and not turkish:
        rise, fall = bool(_TURKISH_RISE.search(orig)), bool(_TURKISH_FALL.search(orig))
        for percent in turkish_percent:
            value = _number(percent.group("number"), {})
            if value is None:
                continue
            said = _percent_factors(value, rise, fall)
            agreeing = next((match for match, factors in english if _same_factor(factors, said)), None)
            yield percent, agreeing or english[0][0], said, agreeing is not None, False


def agreeing_factors(orig: str, trans: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans (in `orig` and in `trans`) of a change told as a multiple on one side and as a percentage of the same
    size on the other ("yarıya indi" / "fell by 50 percent", "yüzde 200 arttı" / "tripled"): one amount in two forms,
    which the number check is not to count as a figure left out or added."""
    orig_spans, trans_spans = [], []
    for turkish, english, _, agrees, _ in _factor_pairs(orig, trans):
        if agrees:
            orig_spans.append(turkish.span())
            trans_spans.append(english.span())
    return orig_spans, trans_spans


def _multiple_as_percent(context, view, orig: str, trans: str, orig_start: int, trans_start: int):
    """A change the original gives as a multiple and the English as a percentage of another size, or the reverse."""
    for turkish, english, factors, agrees, multiple_first in _factor_pairs(orig, trans):
        if not agrees:
            yield _multiple_finding(context, view, turkish, english, factors, orig_start, trans_start, trans,
                                    multiple_first)


def _multiple_finding(context, view, turkish, english, factors, orig_start, trans_start, trans, multiple_first):
    factor = min(factors)
    said = f"{factor:g} times the amount" if factor >= 1 else f"{factor:g} of the amount"
    end = english.end()
    # the English change that carries the percentage: "have risen by 4 percent" is blamed as one phrase
    before = re.search(r"(?:\b(?:has|have|had|was|were|is|are)\s+)?\b\w+\s+(?:by\s+)?$", trans[:english.start()])
    start = before.start() if multiple_first and before and (_ENGLISH_RISE.search(before.group()) or
                                                             _ENGLISH_FALL.search(before.group())) else english.start()
    expected = (f"{factor:g} times" if factor >= 1 else "half") if multiple_first else \
        f"{(factor - 1) * 100:g} percent more" if factor > 1 else f"{(1 - factor) * 100:g} percent less"
    return make_finding(
        number_format, view,
        message=f"The original gives “{turkish.group().strip()}” ({said}) but the English says "
                f"“{trans[start:end].strip()}”, another size of change.",
        trans=context.trans_span(trans_start + start, trans_start + end),
        orig=context.orig_span(orig_start + turkish.start(), orig_start + turkish.end()),
        basis="multiple", expected=expected, severity=Severity.CRITICAL,
        evidence=f"Turkish {turkish.group().strip()}: {said}; English {trans[start:end].strip()}: no reading "
                 f"gives that factor",
    )


# How many times an event happened ("5 kez", "beş kez": five times) against which time this is ("5. kez", "beşinci
# kez": the fifth time). Turkish makes the ordinal with a dot after the figure or with -(I)ncI.
_TURKISH_ORDINAL_WORDS = {"birinci": 1, "ilk": 1, "ikinci": 2, "üçüncü": 3, "dördüncü": 4, "beşinci": 5,
                          "altıncı": 6, "yedinci": 7, "sekizinci": 8, "dokuzuncu": 9, "onuncu": 10}
_TIMES_NOUN = r"(?-i:kez|defa|kere|sefer)"  # lower case: "5. Kez" would begin a new sentence
_TURKISH_TIMES = re.compile(
    rf"(?<![\w.,])(?:(?P<ordinal>\d+)\.|(?P<count>\d+)(?![.,]\d)|(?P<word>[a-zçğıöşü]+))\s+{_TIMES_NOUN}(?!\w)",
    re.IGNORECASE)
_ENGLISH_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                          "eighth": 8, "ninth": 9, "tenth": 10}
_ENGLISH_COUNT_WORDS = {"once": 1, "twice": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                        "eight": 8, "nine": 9, "ten": 10}
# "5 times", "five times", "twice"; "the 5th time", "the fifth time"
_ENGLISH_COUNT = re.compile(r"(?<![\w.,])(?:(?P<number>\d+|[a-z]+)\s+times\b|(?P<once>once|twice)\b)", re.IGNORECASE)
_ENGLISH_ORDINAL = re.compile(r"(?<![\w.,])(?P<number>\d+)(?:st|nd|rd|th)\b|\b(?P<word>[a-z]+)\b", re.IGNORECASE)


def _turkish_times(orig: str) -> list[tuple[re.Match, str, int]]:
    """Each Turkish "N kez" with its kind ("ordinal" or "count") and its number."""
    found = []
    for match in _TURKISH_TIMES.finditer(orig):
        if match.group("ordinal"):
            found.append((match, "ordinal", int(match.group("ordinal"))))
        elif match.group("count"):
            found.append((match, "count", int(match.group("count"))))
        else:
            word = match.group("word").lower()
            if word in _TURKISH_ORDINAL_WORDS:
                found.append((match, "ordinal", _TURKISH_ORDINAL_WORDS[word]))
            elif word in _TURKISH_NUMBER_WORDS:
                found.append((match, "count", int(_TURKISH_NUMBER_WORDS[word])))
    return found


def _english_times(trans: str) -> tuple[list[tuple[re.Match, int]], set[int]]:
    """The English counts of times ("5 times", "twice") with their numbers, and the numbers it gives as
    ordinals ("fifth", "5th")."""
    counts = []
    for match in _ENGLISH_COUNT.finditer(trans):
        word = (match.group("number") or match.group("once")).lower()
        number = int(word) if word.isdigit() else _ENGLISH_COUNT_WORDS.get(word)
        if number is not None:
            counts.append((match, number))
    ordinals = set()
    for match in _ENGLISH_ORDINAL.finditer(trans):
        if match.group("number"):
            ordinals.add(int(match.group("number")))
        elif match.group("word").lower() in _ENGLISH_ORDINAL_WORDS:
            ordinals.add(_ENGLISH_ORDINAL_WORDS[match.group("word").lower()])
    return counts, ordinals


def _ordinal_as_count(context, view, orig: str, trans: str, orig_start: int, trans_start: int):
    """A Turkish ordinal of times ("5. kez", "beşinci kez": for the fifth time) that the English gives as a count
    ("5 times", "five times"), with no ordinal of that number in the English and no count of it in the original."""
    turkish = _turkish_times(orig)
    if not turkish:
        return
    counts, ordinals = _english_times(trans)
    counted = {number for _, kind, number in turkish if kind == "count"}
    for match, kind, number in turkish:
        if kind != "ordinal" or number in ordinals or number in counted or number < 2:
            continue
        english = next((found for found, value in counts if value == number), None)
        if english is None:
            continue
        ordinal = next((word for word, value in _ENGLISH_ORDINAL_WORDS.items() if value == number), f"{number}th")
        yield make_finding(
            number_format, view,
            message=f"The original says which time this is (“{match.group()}”: the {ordinal} time); the English "
                    f"“{english.group()}” counts the times.",
            trans=context.trans_span(trans_start + english.start(), trans_start + english.end()),
            orig=context.orig_span(orig_start + match.start(), orig_start + match.end()),
            basis="ordinal", expected=f"for the {ordinal} time",
            evidence=f"Turkish {match.group()} is an ordinal (the dot or -(I)ncI); English {english.group()} is a count",
        )


# --- an amount per item told as a total, or the reverse: "üyelerine 40'ar kilo" (40 kilos each) / "40 kilos" ---

# Turkish says an amount is per item with the distributive (-(ş)Ar: "40'ar", "beşer", "yüzer", read by
# drift.text.quantities as `per_item`) or with a rate word before it in its clause: "kişi başı", "dekar başına",
# "her birine", "her bir üyeye"; not "tek başına" or "kendi başına" (alone, on its own).
_TURKISH_RATE_BEFORE = re.compile(r"(?<!\w)(?:(?:(?!(?:tek|kendi|kendi\s+kendi)\s)\w+\s+)(?:başı|başına)|her\s+biri\w*|her\s+bir\s+\w+)(?:\s+[^\s,.;:]+){0,3}\s*$",
                                  re.IGNORECASE)
# Anything in a Turkish sentence that lets an English "each" stand: a rate or distributive word, a price per piece
# ("tanesi", "adedi", "kilosu 38 liradan"), "kişilik", "ayrı ayrı".
_TURKISH_PER_ANYWHERE = re.compile(r"(?<!\w)(?:her|başı|başına|tane\w*|adedi\w*|kişilik|ayrı\s+ayrı|birer|"
                                   r"(?:kilo|litre|metre|paket|çuval|kutu)s[ıiuü]|gramı|\d+['’]ş?[ae]r)(?!\w)",
                                   re.IGNORECASE)
_TURKISH_PRICE_FROM = re.compile(r"['’]?(?:d|t)[ae]n(?!\w)")  # "4 liradan": at 4 lira (a piece)
# English that keeps an amount per item anywhere in the sentence ("each of its members", "per book", "every
# runner", "a head"), or a rate right after the amount ("38 lira a kilo", "400 kilos of olives a decare").
_ENGLISH_PER_ANYWHERE = re.compile(r"\b(?:each|apiece|per|every|both|individually|a\s+head|a\s+piece)\b",
                                   re.IGNORECASE)
_ENGLISH_RATE_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+an?\s+[a-z]+", re.IGNORECASE)
# English that makes an amount per item right after it: "40 kilos each", "600 lira apiece", "three bottles per
# person", "a head"; "each" before a noun is another thing ("each year").
_ENGLISH_PER_AFTER = re.compile(
    r"(?:\s+(?:of\s+)?[\w'’-]+){0,3}?\s*(?:\b(?:apiece|(?:per|a)\s+(?:head|person|capita))\b|"
    r"\beach(?=\s*(?:[.,;:)]|$|\s+(?:in|for|and|to|from|on|at|by|as|with|while|but|or|this|last|next)\b)))",
    re.IGNORECASE)


def _clause_before(text: str, start: int) -> str:
    """The words of `text` before `start` back to the last comma or stop: the amount's own clause."""
    before = text[max(0, start - 60):start]
    return re.split(r"[,.;:]", before)[-1]


def _per_item_changes(context: CheckContext, view):
    """An amount the original gives per item that the English gives with nothing that makes it per item (a total),
    and an amount the English gives per item ("each", "apiece", "per person") where the original has a total."""
    orig_text, trans_text = context.alignment.orig.text, context.alignment.trans.text
    orig_quantities, trans_quantities = bead_quantities(context, view)
    amounts = [item for item in trans_quantities if item.kind not in ("year", "ordinal", "time")]
    if not amounts:
        return
    trans_start, trans_end = view.trans_sentences[0].start, view.trans_sentences[-1].end
    orig_start, orig_end = view.orig_sentences[0].start, view.orig_sentences[-1].end
    english, turkish = trans_text[trans_start:trans_end], orig_text[orig_start:orig_end]
    english_per = _ENGLISH_PER_ANYWHERE.search(english) is not None
    for quantity in orig_quantities:
        if quantity.kind in ("year", "ordinal", "time") or quantity.value == 1 or \
                quantity.kind == "percent" and quantity.spelled:
            continue  # "birer" is as often "a" as "one each" ("birer gol attılar"); "dörtte biri" is a share
        rate = _TURKISH_RATE_BEFORE.search(_clause_before(orig_text, quantity.start))
        if not (quantity.per_item or rate) or english_per:
            continue
        same = [item for item in amounts if item.value == quantity.value]
        if not same or any(_ENGLISH_RATE_AFTER.match(trans_text, item.end) for item in same):
            continue
        told = same[0]
        said = orig_text[quantity.start:quantity.end]
        if rate and not quantity.per_item:
            begin = quantity.start - len(_clause_before(orig_text, quantity.start)) + rate.start()
            said = orig_text[begin:quantity.end]
        else:
            begin = quantity.start
        yield make_finding(
            number_format, view,
            message=f"The original gives “{said}” per item (so much each); the English “"
                    f"{trans_text[told.start:told.end]}” has nothing that makes it per item and reads as a total.",
            trans=context.trans_span(told.start, told.end),
            orig=context.orig_span(begin, quantity.end),
            basis="per-item", expected=f"{trans_text[told.start:told.end]} each",
            evidence=f"Turkish {said}: per item; English {trans_text[told.start:told.end]}: no each, per, every, "
                     f"apiece or rate",
        )
        return
    if _TURKISH_PER_ANYWHERE.search(turkish):
        return
    for told in amounts:
        per = _ENGLISH_PER_AFTER.match(trans_text, told.end)
        if per is None or per.end() > trans_end:
            continue
        same = next((item for item in orig_quantities if item.value == told.value and not item.per_item
                     and not _TURKISH_PRICE_FROM.match(orig_text, item.end)), None)
        if same is None:
            continue
        yield make_finding(
            number_format, view,
            message=f"The English gives “{trans_text[told.start:per.end()]}” per item; the original’s "
                    f"“{orig_text[same.start:same.end]}” is an amount in all.",
            trans=context.trans_span(told.start, per.end()),
            orig=context.orig_span(same.start, same.end),
            basis="per-item", expected=f"{trans_text[told.start:told.end]} in all",
            evidence=f"Turkish {orig_text[same.start:same.end]}: no distributive, başına or her; English "
                     f"{trans_text[told.start:per.end()]}: per item",
        )
        return


# --- a decade or a century told as another, as a year, or by another part of it ---

def _english_period(period: Period) -> str:
    """The English for a period: "the 1990s", "the early 1950s", "the first half of the 19th century"."""
    if period.kind == "year":
        return str(period.first)
    if period.kind == "decade":
        name = f"the {period.first:02d}s" if period.first >= 100 else f"the '{period.first:02d}s"
        if period.part in ("early", "mid", "late"):
            return name.replace("the ", f"the {period.part}{'-' if period.part == 'mid' else ' '}")
    else:
        number = period.first // 100 + 1
        suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
        name = f"the {number}{suffix} century"
        if period.part in ("early", "mid", "late"):
            name = name.replace("the ", f"the {period.part}-" if period.part == "mid" else f"the {period.part} ")
    if period.part in ("first half", "second half"):
        return f"the {period.part} of {name}"
    return name


def _comparable(orig: Period, trans: Period) -> bool:
    """Whether an English period is of a kind that could render the original's: a decade for a decade, a century
    for a century, and "the 1800s" for either."""
    return orig.kind == trans.kind or orig.both or trans.both


def _period_changes(context, view, orig: str, trans: str, orig_start: int, trans_start: int):
    """A decade or century the English names as another ("1980'li yıllar" / "the 1970s", "19. yüzyıl" / "the
    1900s"), a decade told as a year inside it ("1990'lı yıllarda" / "in 1990") or a year as its decade, and a part
    of one turned round ("1970'lerin sonunda" / "the early 1970s", "ilk yarısı" / "the second half"); a year the
    English widens to its decade ("1975'te" / "in the 1970s")."""
    said, told = find_periods(orig, Language.TURKISH), find_periods(trans, Language.ENGLISH)
    if not said or not told or not any(period.kind != "year" for period in (*said, *told)):
        return
    for period in said:
        if period.kind == "year":
            continue
        same = [other for other in told if other.kind != "year" and same_period(period, other)]
        wrong, what = None, ""
        if same:
            if all(parts_clash(period.part, other.part) for other in same):
                wrong, what = same[0], "another part of it"
        else:
            others = [other for other in told if other.kind != "year" and _comparable(period, other)
                      and not any(same_period(mine, other) for mine in said)]
            years = [other for other in told if other.kind == "year" and period.kind == "decade"
                     and within(other, period) and not any(mine.kind == "year" and mine.first == other.first
                                                          for mine in said)]
            if others:
                wrong, what = others[0], f"another {period.kind}"
            elif years:
                wrong, what = years[0], "a single year"
        if wrong is not None:
            yield _period_finding(context, view, period, wrong, what, orig, trans, orig_start, trans_start)
            return
    for period in told:
        if period.kind != "decade" or any(same_period(mine, period) for mine in said if mine.kind != "year"):
            continue
        year = next((mine for mine in said if mine.kind == "year" and within(mine, period)), None)
        if year is not None and not any(other.kind == "year" and other.first == year.first for other in told):
            yield _period_finding(context, view, year, period, "a whole decade", orig, trans, orig_start, trans_start)
            return


def _period_finding(context, view, said: Period, told: Period, what: str, orig, trans, orig_start, trans_start):
    return make_finding(
        number_format, view,
        message=f"The original says “{orig[said.start:said.end]}” ({_english_period(said)}) but the English says "
                f"“{trans[told.start:told.end]}”, {what}.",
        trans=context.trans_span(trans_start + told.start, trans_start + told.end),
        orig=context.orig_span(orig_start + said.start, orig_start + said.end),
        basis="period", expected=_english_period(said),
        evidence=f"Turkish {orig[said.start:said.end]}: {_english_period(said)}; English "
                 f"{trans[told.start:told.end]}: {_english_period(told)}",
    )
