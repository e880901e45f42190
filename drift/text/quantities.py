"""Amounts in a Turkish or English sentence: value, unit, kind and exact span.

The one place numbers are read, as a small grammar:

- digits follow the sentence's convention (Turkish "1.250,75", "12.500.000",
  English "1,250.75") and fall back to the other one when they cannot be read
  that way ("3.5" in Turkish text is 3.5);
- number words compose by place value ("iki yüz elli", "twenty-five") and
  scales nest in both languages ("5 milyon 218 bin 46", "5 million 218
  thousand and 46", "a dozen", "two dozen");
- a Turkish number word may carry the endings of a noun, a copula or the
  distributive ("ikisinin", "altısı", "dörttü", "beşer", "yirmi beşer");
- a range is one quantity whose ends are kept low to high, whatever order the
  sentence gives them ("10-15", "15 ila 10", "18 ile 24 arasında", "between
  1985 and 1990", "from 5 to 7 percent");
- percentages ("%42", "yüzde 42", "42 percent"), currencies and their
  hundredths ("lira", "kuruş", "cents"), measures ("a decade", "yüzyıl",
  "round the clock"; each part of a duration, "2 saat 7 dakika 31 saniyelik",
  "2 hours, 7 minutes and 31 seconds") and ordinals ("3. etap", "3'üncü",
  "üçüncü", "3rd");
- a clock time after a cue ("at 20.45", "saat 14.30") is of kind "time", its
  value the hour plus the minutes as hundredths (20.45); a year-like number
  before "yılı", "yılları" is a year, not a duration.

Identifiers such as S-400 or COVID-19 give one of kind "code", which is not an
amount, and a capitalised number word inside a name ("Üç Anadolu Topluluğu")
is not read. Dates belong to `drift.text.dates`: whatever lies inside one of
them is skipped.

A span covers the number with the words that say what it counts ("yüzde",
"$", "milyar", "dolar"). A word is covered whole ("dolarlık"); a suffix after
an apostrophe is not ("%65" in "%65'i"), except an ordinal's ("3'üncü").
Fractions ("yarısı", "üçte biri", "dörtte üçü", "half", "a third",
"two-thirds", "three quarters") are read as a spelled percentage (a third is
33.3 percent), so that "yüzde 50" may meet "half". Vague amounts ("yüzlerce",
"hundreds of", "onlarca", "dozens") are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from drift.model import Language
from drift.text.dates import DateMention, Span, find_dates
from drift.text.fold import fold_case

QuantityKind = Literal["cardinal", "percent", "money", "measure", "ordinal", "year", "time", "code"]

TR, EN = Language.TURKISH, Language.ENGLISH


@dataclass(frozen=True)
class Quantity:
    """One amount: `text[start:end]` is its surface; `value` has the scale applied.

    `upper` is the top of a range ("10-15": value 10, upper 15). A "code"
    (S-400, F-35) carries its digits as `value` only to tell codes apart.
    `spelled` is true when the number is given in words ("üç", "a dozen").
    """

    start: int
    end: int
    value: Decimal
    kind: QuantityKind
    unit: str | None = None
    is_approximate: bool = False
    upper: Decimal | None = None
    spelled: bool = False
    per_item: bool = False  # a Turkish distributive ("40'ar kilo", "beşer kitap", "50'şer bin": so many each)


_L = r"[^\W\d_]"  # a letter in any script
_END = rf"(?!{_L})"
# Case and possessive endings a Turkish noun or number word may carry
# ("dolarlık", "lirası", "kilometreye", "ikisinin", "yıldır", "dakikayla"); anything else
# after the stem ("ayrı", "yıldız", "gündem") makes it a different word.
_TR_SUFFIX = (r"(?:l[ıiuü]k)?(?:l[ae]r)?(?:s?[ıiuü])?"
              r"(?:n?[dt][ae](?:ki|n)?|n?[ıiuü]n?|y?[ae]|n[ae]|[dt][ıiuü]r|y?l[ae])?(?:y?[dt][ıiuü]r?)?")
_TR_SUFFIX_RE = re.compile(_TR_SUFFIX)

_WORD = re.compile(rf"{_L}+")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
# Letters glued to digits, or a capitalised word joined by a hyphen: S-400, F-35A, A400M, COVID-19, G20, TB2.
_CODE = re.compile(r"(?<![^\W_])(?:[A-ZÇĞİÖŞÜ][^\W\d_]*-|[^\W\d_]+)(?P<digits>\d+)(?:[A-Z]+\d*)*")

# --- number words -------------------------------------------------------------------------------

_SMALL = {
    TR: dict(zip("bir iki üç dört beş altı yedi sekiz dokuz".split(), range(1, 10), strict=True))
    | dict(zip("on yirmi otuz kırk elli altmış yetmiş seksen doksan".split(), range(10, 100, 10), strict=True)),
    EN: dict(zip("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                 "sixteen seventeen eighteen nineteen".split(), range(1, 20), strict=True))
    | dict(zip("twenty thirty forty fifty sixty seventy eighty ninety".split(), range(20, 100, 10), strict=True)),
}
_HUNDRED = {TR: "yüz", EN: "hundred"}
_SCALES = {
    "bin": 10**3, "milyon": 10**6, "mn": 10**6, "milyar": 10**9, "mlr": 10**9, "trilyon": 10**12,
    "thousand": 10**3, "million": 10**6, "m": 10**6, "billion": 10**9, "bn": 10**9, "trillion": 10**12,
    "dozen": 12, "düzine": 12,
}
_WORD_SCALES = {TR: ("bin", "milyon", "milyar", "trilyon", "düzine"),
                EN: ("thousand", "million", "billion", "trillion", "dozen")}
# English says some counts with a word of their own: "triple", "fourfold".
_EN_MULTIPLES = {"twice": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "tenfold": 10} | {
    word + ending: value for word, value in (("double", 2), ("triple", 3), ("treble", 3), ("quadruple", 4))
    for ending in ("", "d", "s")}
_ORDINALS = {
    TR: {"birinci": "bir", "ikinci": "iki", "üçüncü": "üç", "dördüncü": "dört", "beşinci": "beş", "altıncı": "altı",
         "yedinci": "yedi", "sekizinci": "sekiz", "dokuzuncu": "dokuz", "onuncu": "on", "yirminci": "yirmi",
         "otuzuncu": "otuz", "kırkıncı": "kırk", "ellinci": "elli", "altmışıncı": "altmış", "yetmişinci": "yetmiş",
         "sekseninci": "seksen", "doksanıncı": "doksan", "yüzüncü": "yüz", "bininci": "bin"},
    EN: {"first": "one", "second": "two", "third": "three", "fifth": "five", "eighth": "eight", "ninth": "nine",
         "twelfth": "twelve", "hundredth": "hundred", "thousandth": "thousand"}
    | {word + "th": word for word in "four six seven ten eleven thirteen fourteen fifteen sixteen seventeen "
                                     "eighteen nineteen".split()}
    | {word[:-1] + "ieth": word for word in "twenty thirty forty fifty sixty seventy eighty ninety".split()},
}
# Turkish number words that take a suffix ("ikisinin", "üçü"); the others begin
# common words once suffixed: "onu" (him), "altında" (under), "bina" (building), "biri" (someone).
_TR_SUFFIXABLE = ("iki", "üç", "dört", "dörd", "beş", "sekiz", "dokuz", "yirmi", "otuz", "kırk", "elli", "altmış",
                  "yetmiş", "seksen", "doksan")
# "altı" and "yedi" are also "under" and "ate": they are numbers only when the
# suffix begins with the buffer consonant a vowel-final number takes ("altısı", "yediye", "altıydı").
_TR_BUFFERED = ("altı", "yedi")
_TR_BUFFER = re.compile(r"[sy]")
# "bin" alone with a case ending ("bine yakın", "binden fazla"), not "bina" or "binde bir" (per mille).
_TR_BIN_ALONE = frozenset({"bine", "binden", "bini", "binin"})
# Distributive "-(ş)Ar" (beşer, ikişer, dörder, altışar: "five each"); "onar" (repair),
# "yüzer" (floats) and "biner" (rides) are verbs first.
_TR_DISTRIBUTIVE = {
    stem.replace("dört", "dörd") + ("ş" if stem[-1] in "aeıioöuü" else "")
    + ("a" if [v for v in stem if v in "aeıioöuü"][-1] in "aıou" else "e") + "r": stem
    for stem in "bir iki üç dört beş altı yedi sekiz dokuz yirmi otuz kırk elli altmış yetmiş seksen doksan".split()
}
# The same three as distributives of on, yüz and bin, read as numbers only before a word that is counted (a unit, a
# scale or a noun: "yüzer yolcu", "onar bin", "biner lira"), never before a verb or at the end of a clause.
_TR_DISTRIBUTIVE_OR_VERB = {"onar": "on", "yüzer": "yüz", "biner": "bin"}
# The distributive written after digits, with the apostrophe of a suffix: "40'ar", "2'şer", "100'er", "6'şar".
_TR_DIGITS_DISTRIBUTIVE = re.compile(r"['’]ş?[ae]r(?![^\W\d_])")
_TR_LOCATIVE_END = re.compile(r"[dt][ae]$")


@dataclass(frozen=True)
class _Word:
    value: int
    role: Literal["small", "hundred", "scale"]
    ordinal: bool = False
    suffixed: bool = False  # a Turkish suffix closes the number here


@dataclass(frozen=True)
class _Reading:
    """A number read at some position, before any unit."""

    end: int
    value: Decimal
    words: tuple[str, ...] = ()
    ordinal: bool = False
    plain: bool = False  # bare digits with no separator: a candidate year
    suffixed: bool = False


def _base_word(word: str, language: Language, ordinal: bool = False, suffixed: bool = False) -> _Word:
    if word == "dörd":  # the voiced stem of dört before a vowel: dördü
        word = "dört"
    if word in _SMALL[language]:
        return _Word(_SMALL[language][word], "small", ordinal, suffixed)
    if word == _HUNDRED[language]:
        return _Word(100, "hundred", ordinal, suffixed)
    return _Word(_SCALES[word], "scale", ordinal, suffixed)


def _number_word(token: str, language: Language) -> _Word | None:
    """Read one folded word as a number word, or None."""
    if token in _SMALL[language] or token == _HUNDRED[language] or token in _WORD_SCALES[language]:
        return _base_word(token, language)
    if token in _ORDINALS[language]:
        return _base_word(_ORDINALS[language][token], language, ordinal=True)
    if language is EN:
        return _Word(_EN_MULTIPLES[token], "small", suffixed=True) if token in _EN_MULTIPLES else None
    if token in _TR_DISTRIBUTIVE:  # composes like the plain word: "yirmi beşer", "beşer bin"
        return _base_word(_TR_DISTRIBUTIVE[token], TR)
    if token in _TR_DISTRIBUTIVE_OR_VERB:  # a number only before a counted word: `_is_amount_word`
        return _base_word(_TR_DISTRIBUTIVE_OR_VERB[token], TR)
    if token in _TR_BIN_ALONE:
        return _Word(1000, "scale", suffixed=True)
    for ordinal, base in _ORDINALS[TR].items():
        if token.startswith(ordinal):  # "ikincisi", "birincilik"
            return _base_word(base, TR, ordinal=True, suffixed=True)
    if token.startswith("ilk") and _TR_SUFFIX_RE.fullmatch(token, 3):  # not "ilkesi", "ilkbahar"
        return _Word(1, "small", ordinal=True, suffixed=True)
    for stem in _TR_SUFFIXABLE:
        if token.startswith(stem) and len(token) > len(stem) and _TR_SUFFIX_RE.fullmatch(token, len(stem)):
            return _base_word(stem, TR, suffixed=True)
    for stem in _TR_BUFFERED:
        if (token.startswith(stem) and _TR_BUFFER.match(token, len(stem))
                and _TR_SUFFIX_RE.fullmatch(token, len(stem) + (token[len(stem)] == "y"))):
            return _base_word(stem, TR, suffixed=True)
    return None


def _lowest_place(number: int) -> int:
    place = 1
    while number % (place * 10) == 0:
        place *= 10
    return place


def _compose(total: int, current: int, last_scale: int | None, word: _Word,
             language: Language) -> tuple[int, int, int | None] | None:
    """Add one word to a running number, or None if it cannot follow ("bir iki", "twenty eleven")."""
    if word.role == "small":
        if current and word.value >= _lowest_place(current):
            return None
        return total, current + word.value, last_scale
    if word.role == "hundred":
        # A bare Turkish "yüz" is 100; English needs "a" or "one" before "hundred".
        if current >= 10 or (current == 0 and language is EN):
            return None
        return total, (current or 1) * 100, last_scale
    if last_scale is not None and word.value >= last_scale:
        return None
    if current == 0 and not (language is TR and word.value == 1000 and total == 0):
        return None
    return total + (current or 1) * word.value, 0, word.value


_WORD_GAP = {TR: re.compile(r"\s+"), EN: re.compile(r"\s+and\s+|\s+|-")}


def _read_words(folded: str, start: int, language: Language) -> _Reading | None:
    """Read a run of number words ("iki yüz elli", "twenty-five", "a million") from `start`."""
    total, current, last_scale = 0, 0, None
    words: list[str] = []
    ordinal = suffixed = False
    end = start
    while True:
        gap = _WORD_GAP[language].match(folded, end) if words else None
        match = _WORD.match(folded, gap.end() if gap else end)
        if match is None or (words and gap is None):
            break
        token = match.group()
        if not words and language is EN and token in ("a", "an"):
            current, end = 1, match.end()  # "a hundred", "a million"; a bare "a" is dropped below
            words.append(token)
            continue
        word = _number_word(token, language)
        step = _compose(total, current, last_scale, word, language) if word else None
        if step is None:
            break
        total, current, last_scale = step
        words.append(token)
        end = match.end()
        if word.ordinal or word.suffixed:
            ordinal, suffixed = word.ordinal, word.suffixed
            break
    if not words or words in (["a"], ["an"]):
        return None
    return _Reading(end, Decimal(total + current), tuple(words), ordinal, suffixed=suffixed)


def _digits_value(surface: str, thousands: str, decimal: str) -> Decimal | None:
    whole, mark, fraction = surface.partition(decimal)
    if decimal in fraction or thousands in fraction:
        return None
    groups = whole.split(thousands)
    if len(groups) > 1 and (len(groups[0]) > 3 or any(len(group) != 3 for group in groups[1:])):
        return None
    return Decimal("".join(groups) + ("." + fraction if mark else ""))


def parse_number(surface: str, language: Language) -> Decimal | None:
    """Read digits with separators in the language's convention, else the other's; None if neither fits."""
    conventions = [(".", ","), (",", ".")] if language is TR else [(",", "."), (".", ",")]
    for thousands, decimal in conventions:
        value = _digits_value(surface, thousands, decimal)
        if value is not None:
            return value
    return None


# Words that may begin a number without being number words themselves.
_WORD_STARTS = {TR: frozenset({"yarım"}), EN: frozenset({"a", "an", "half"})}
_HALF_SCALE = {TR: re.compile(rf"yarım\s+(?P<scale>milyon|milyar|trilyon){_END}"),
               EN: re.compile(rf"half\s+an?\s+(?P<scale>million|billion|trillion){_END}")}


def _read_core(folded: str, start: int, language: Language) -> _Reading | None:
    """Read digits, number words or "half a million" at `start`."""
    if half := _HALF_SCALE[language].match(folded, start):
        return _Reading(half.end(), Decimal(_SCALES[half.group("scale")]) / 2, words=("half",))
    match = _DIGITS.match(folded, start)
    if match is None:
        return _read_words(folded, start, language)
    value = parse_number(match.group(), language)
    return None if value is None else _Reading(match.end(), value, plain=match.group().isdigit())


# --- what surrounds a number ------------------------------------------------------------------

def _alternatives(table: tuple[tuple[str, str, str], ...], column: int, language: Language) -> str:
    """The source of one regex with a group per row: `(?P<g3>...)` matched tells the row."""
    suffix = _TR_SUFFIX if language is TR else ""
    body = "|".join(f"(?P<g{index}>{row[column].replace('~', suffix)})" for index, row in enumerate(table))
    return rf"(?:{body}){_END}"


# (unit, Turkish forms, English forms); "~" marks where a Turkish suffix may follow the stem.
_MEASURES = (
    ("square metre", "metrekare~|m2|m²", r"square[\s-]+met(?:er|re)s?|sq\.?\s?m|m2|m²"),
    ("cubic metre", "metreküp~|m3|m³", r"cubic[\s-]+met(?:er|re)s?|m3|m³"),
    ("km", "kilometre~|km", r"kilomet(?:er|re)s?|km"),
    ("metre", "metre~|m", r"met(?:er|re)s?|m"),
    ("mile", "mil~", r"miles?"),
    ("hectare", "hektar~|ha", r"hectares?|ha"),
    ("decare", "dönüm~|dekar~", r"decares?|dunams?|donums?"),
    ("kg", "kilogram~|kilo~|kg", r"kilograms?|kilos?|kg"),
    ("ton", "ton~", r"tonnes?|tons?"),
    ("litre", "litre~", r"lit(?:er|re)s?"),
    ("degree", "derece~|°c?", r"degrees?|°c?"),
    ("MW", "megavat~|mw", r"megawatts?|mw"),
    ("year", "yıl~|sene~|yaş~", r"years?"),
    ("decade", "onyıl~", r"decades?"),
    ("century", "yüzyıl~|asır~|asr~", r"centur(?:y|ies)"),
    ("fortnight", "(?!)", r"fortnights?"),  # Turkish has no word of its own for it
    ("month", "ay~", r"months?"),
    ("week", "hafta~", r"weeks?"),
    ("day", "gün~", r"days?"),
    ("hour", "saat~", r"hours?"),
    ("minute", "dakika~", r"minutes?"),
    ("second", "saniye~", r"seconds?"),
)
_CURRENCIES = (
    ("currency:TRY", r"türk\s+lira~|lira~|tl|try", r"turkish\s+liras?|liras?|tl|try"),
    ("currency:USD", r"(?:abd|amerikan)\s+dolar~|dolar~|usd", r"(?:us|u\.s\.|american)\s+dollars?|dollars?|usd"),
    ("currency:EUR", "avro~|euro~|eur", r"euros?|eur"),
    ("currency:GBP", r"(?:ingiliz\s+)?sterlin~|gbp", r"pounds?(?:\s+sterling)?|sterling|gbp"),
    ("currency:RUB", "ruble~", r"r[ou]ubles?"),
    # Hundredths of a currency; which currency is left to the amount before them.
    ("currency:hundredth", "kuruş~|sent~", r"kuru[sş]|cents?|pence|piastres?"),
)
# Units that are a number of another unit: "two decades" is 20 years.
_UNIT_FACTORS = {"decade": ("year", 10), "century": ("year", 100), "fortnight": ("day", 14)}
# Words that are an amount with no number before them: "a decade", "yüzyıl", "round the clock".
_LONE_UNITS = {"decade": "decade", "century": "century", "yüzyıl": "century", "asır": "century", "asr": "century",
               "fortnight": "fortnight"}
_LONE_AMOUNT = {
    TR: re.compile(rf"(?P<unit>yüzyıl|asır|asr)(?!l[ae]r){_TR_SUFFIX}{_END}"),  # not "yüzyıllardır" (for centuries)
    EN: re.compile(rf"(?P<unit>decade|century|fortnight){_END}(?!-old)|(?:a?round)[\s-]+the[\s-]+(?P<clock>clock){_END}"),
}
_SYMBOLS = {"₺": "currency:TRY", "$": "currency:USD", "€": "currency:EUR", "£": "currency:GBP"}

# "a 5-year term", not "1989 - Years" (a title after a dash).
_MEASURE = {lang: re.compile(r"(?:-|\s*)" + _alternatives(_MEASURES, col, lang))
            for lang, col in ((TR, 1), (EN, 2))}
_CURRENCY_WORD = {lang: re.compile(r"\s*" + _alternatives(_CURRENCIES, col, lang))
                  for lang, col in ((TR, 1), (EN, 2))}
_SYMBOL_AFTER = re.compile(r"\s?(?P<symbol>[₺$€£])")
_SYMBOL_BEFORE = re.compile(rf"(?:(?<!{_L})us\s?(?P<us>\$)|(?P<symbol>[₺$€£]))\s?$")
_PERCENT_BEFORE = re.compile(rf"(?:(?<!{_L})yüzde\s+|%\s?)$")
_PERCENT_AFTER = {
    TR: re.compile(rf"\s?%|\s+baz\s+puan{_TR_SUFFIX}{_END}(?P<basis>)"),
    EN: re.compile(r"\s?%|\s+per\s?cent\b|\s+pct\b|\s*-?\s*percentage[\s-]+points?\b(?P<points>)"
                   r"|[\s-]+basis[\s-]+points?\b(?P<basis>)"),
}
_POINTS_AFTER_PERCENT = re.compile(rf"\s+puan{_TR_SUFFIX}{_END}")
_SCALE = {
    TR: re.compile(rf"\s*(?P<word>milyon|milyar|trilyon|mn|mlr|bin)(?P<tail>{_TR_SUFFIX}){_END}"),
    EN: re.compile(rf"\s*(?P<word>thousand|million|billion|trillion|bn|mn|m)(?P<tail>){_END}"),
}
_BIN_TAILS = frozenset({"", "lik", "e", "i", "in", "de", "den"})  # not "bina" (building)
_RANGE_GAP = {TR: re.compile(r"\s*[-–]\s*%?|\s+ila\s+(?:yüzde\s+)?|\s+ile\s+(?=[^.!?]{0,40}?(?<!\w)aras)"),
              EN: re.compile(r"\s*[-–]\s*[$€£]?|\s+to\s+[$€£]?")}
# English "between 1985 and 1990": the "and" joins a range only after "between".
_BETWEEN_BEFORE = re.compile(rf"(?<!{_L})between\s+(?:[$€£]\s?)?$")
_BETWEEN_GAP = re.compile(r"\s+and\s+[$€£]?")
# A clock time: "20.45" or "20:45" after a word that introduces a time.
_CLOCK = re.compile(r"(?P<hour>[01]?\d|2[0-3])[.:](?P<minute>[0-5]\d)(?![\d.,:])")
_CLOCK_BEFORE = {
    TR: re.compile(rf"(?<!{_L})saat\s+$"),
    EN: re.compile(rf"(?<!{_L})(?:at|by|until|till|from|after|before|since|around|about)\s+$"),
}
# "2020 yılı", "2020 ile 2023 yılları": the possessive makes the noun name the year, not count years.
_YEAR_NOUN = re.compile(r"\s*(?:yıl|sene)(?:l[ae]r)?[ıi]")
_HALF = {TR: re.compile(rf"\s+buçuk{_END}"), EN: re.compile(rf"(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half{_END}")}
_ORDINAL_AFTER = {
    TR: re.compile(rf"\.(?=[^\S\r\n]+{_L})|['’][ıiuü]?nc[ıiuü]{_L}*"),
    EN: re.compile(rf"(?:st|nd|rd|th){_END}"),
}
_APPROXIMATE_BEFORE = {
    TR: re.compile(rf"(?<!{_L})(?:yaklaşık(?:\s+olarak)?|tahminen|takriben|neredeyse|kabaca|en\s+az|en\s+fazla"
                   rf"|en\s+çok)\s+$"),
    EN: re.compile(rf"(?<!{_L})(?:about|around|approximately|roughly|nearly|almost|some|over|under|more\s+than"
                   rf"|fewer\s+than|less\s+than|at\s+least|at\s+most|up\s+to|close\s+to|(?:an\s+)?estimated"
                   rf"|upwards\s+of|as\s+many\s+as|as\s+much\s+as|in\s+excess\s+of)\s+$"),
}
_APPROXIMATE_AFTER = {
    TR: re.compile(rf"(?:['’]{_L}+)?\s+(?:civarında|dolayında|kadar|aşkın|fazla{_L}*|üzerinde|yakın{_L}*|aşan"
                   rf"|geçkin|küsur){_END}"),
    EN: re.compile(r"\+|-plus\b|\s+or\s+(?:so|more)\b"),
}
# Contexts where a number word is not an amount: "her iki" (both), "on binlerce"
# (tens of thousands), "yüz yüze" (face to face), "no one", "a third", "two-thirds".
_BOTH_BEFORE = re.compile(rf"(?<!{_L})her\s+$")
_PRONOUN_BEFORE = re.compile(rf"(?<!{_L})(?:no|any|every|the|this|that|which|each)[\s-]+$")  # "no-one"
_FRACTION_BEFORE = re.compile(rf"(?<!{_L})(?:a|one)[\s-]+$")
_NOT_AMOUNT_AFTER = {
    TR: re.compile(rf"\s+(?:(?:yüz|bin|milyon|milyar)l[ae]rce|yüze){_END}"),
    EN: re.compile(rf"(?:\s+|-)(?:another|halves|half|thirds?|quarters?|fifths?){_END}"),
}
# A Turkish noun counted by a numeral stays singular ("yüz kişi"); a plural after a number word
# means the word is something else: "yüz hatları" (facial features), "on yıllardır" (for decades).
_TR_PLURAL_AFTER = re.compile(rf"\s+{_L}+?l[ae]r(?!c[ae])")
_TR_UNDERLINE_AFTER = re.compile(rf"\s+çiz(?!g[iı]|im|elge){_L}*")  # a verb form, not çizgi (line) or çizim
_SPACE = re.compile(r"\s+")
_NAME = re.compile(r"[A-ZÇĞİÖŞÜ]\w*\s+[A-ZÇĞİÖŞÜ]")


def _unit_match(patterns: dict[Language, re.Pattern[str]], table: tuple[tuple[str, str, str], ...], folded: str,
                pos: int, language: Language) -> tuple[str | None, int]:
    """The normalised unit of the table row matched at `pos` and where it ends; (None, pos) if none."""
    match = patterns[language].match(folded, pos)
    if match is None:
        return None, pos
    return table[int(match.lastgroup[1:])][0], match.end()


def _scaled(folded: str, pos: int, language: Language, money: bool) -> tuple[int, int]:
    """The multiplier of a scale word at `pos` ("milyar", "bn") and where it ends; (1, pos) if none."""
    match = _SCALE[language].match(folded, pos)
    if match is None:
        return 1, pos
    word = match.group("word")
    if (word == "bin" and match.group("tail") not in _BIN_TAILS) or (word == "m" and not money):
        return 1, pos
    return _SCALES[word], match.end()


# What may join the parts of one amount after a scale: "2 bin 400", "5 million 218 thousand and 46",
# "7 thousand, 750" (a comma only before a group of exactly three digits).
_PART_GAP = {TR: re.compile(r"\s+"), EN: re.compile(r"\s+and\s+|,\s+(?=\d{3}(?![\d.,]))|\s+")}


def _continued(folded: str, pos: int, scale: int, language: Language) -> tuple[Decimal, int]:
    """Smaller amounts after a scale: the "400" of "2 bin 400", the "218 thousand" of "5 million 218 thousand"."""
    added = Decimal(0)
    while scale > 1 and (gap := _PART_GAP[language].match(folded, pos)):
        part = _read_core(folded, gap.end(), language)
        if part is None or part.ordinal or part.suffixed or (part.plain and _is_year(part.value)):
            break
        next_scale, end = _scaled(folded, part.end, language, money=False)
        if part.value * next_scale >= scale:
            break
        added, pos, scale = added + part.value * next_scale, end, next_scale
    return added, pos


_SENTENCE_OPENER = re.compile(r"(?:^|[.!?:;\"“”'‘’(\[\n–—-])\s*$")


def _in_name(text: str, start: int, end: int) -> bool:
    """A capitalised number word inside a sentence, before another capitalised word: "Üç Anadolu Topluluğu"."""
    if not text[start].isupper() or _SENTENCE_OPENER.search(text[max(0, start - 5):start]):
        return False
    following = _WORD.match(text, _SPACE.match(text, end).end()) if _SPACE.match(text, end) else None
    return following is not None and following.group()[0].isupper()


def _is_amount_word(text: str, folded: str, start: int, reading: _Reading, language: Language) -> bool:
    """Whether a run of number words counts something; "bir" alone is dealt with by the caller."""
    before = folded[max(0, start - 12):start]
    if _in_name(text, start, reading.end):
        return False
    if language is TR and _BOTH_BEFORE.search(before):
        return False
    if reading.words == ("bin",) and _NAME.match(text, start):  # Bin Ladin
        return False
    if language is EN and reading.words == ("one",) and _PRONOUN_BEFORE.search(before):
        return False
    if language is EN and reading.ordinal and reading.value >= 3 and _FRACTION_BEFORE.search(before):
        return False
    if not reading.ordinal and _NOT_AMOUNT_AFTER[language].match(folded, reading.end):  # "second half" stays
        return False
    if language is TR and not reading.suffixed and _TR_PLURAL_AFTER.match(folded, reading.end):
        return False
    if language is TR and set(reading.words) & set(_TR_DISTRIBUTIVE_OR_VERB) and \
            (reading.words[0] == "bir" or not _counted_after(folded, start, reading.end)):
        return False  # "suda yüzer" (it floats), "yeni yüzer iskele" (a floating pier): a verb, not "a hundred each"
    if language is TR and reading.words == ("altı",) and _TR_UNDERLINE_AFTER.match(folded, reading.end):
        return False  # "altı çizildi" (was underlined, stressed): "altı" is "its underside", not six
    if language is TR and reading.suffixed and _TR_LOCATIVE_END.search(reading.words[-1]):
        # "üçte bir(i)", "dörtte üçü": a fraction, not a count
        following = _WORD.match(folded, reading.end + 1)
        return not (following and (_number_word(following.group(), TR) or following.group().startswith("bir")))
    return True


_PREVIOUS = re.compile(rf"({_L}+)\s+$")


def _counted_after(folded: str, start: int, end: int) -> bool:
    """Whether the word after a number that may be a verb ("yüzer", "onar", "biner") is counted by it: a scale, a
    unit, or a noun ("yüzer yolcu", "onar bin", "biner lira") with no adjective or "bir" before the number, which
    makes it a participle ("yeni yüzer iskele", "bir yüzer havuz": floating), as the Turkish analyser reads them."""
    gap = _SPACE.match(folded, end)
    following = _WORD.match(folded, gap.end()) if gap else None
    if following is None:
        return False
    word = following.group()
    if word in _WORD_SCALES[TR] or _unit_after(folded, end, None, TR)[0] is not None:
        return True
    from drift.text.morphology import read  # the analyser loads lazily, and only for these three words

    analysis = read(word)
    if analysis is None or analysis.pos != "Noun":
        return False
    previous = _PREVIOUS.search(folded, max(0, start - 30), start)
    if previous is None:
        return True
    before = read(previous.group(1))
    return previous.group(1) != "bir" and (before is None or before.pos not in ("Adj", "Det"))


def _prefix(folded: str, start: int) -> tuple[int, str | None]:
    """Where a sign before the number begins ("yüzde ", "%", "$", "US$") and the unit it gives."""
    percent = _PERCENT_BEFORE.search(folded, max(0, start - 8), start)
    if percent:
        return percent.start(), "percent"
    symbol = _SYMBOL_BEFORE.search(folded, max(0, start - 5), start)
    if symbol:
        return symbol.start(), _SYMBOLS[symbol.group("us") or symbol.group("symbol")]
    return start, None


def _unit_after(folded: str, end: int, unit: str | None, language: Language) -> tuple[str | None, int]:
    """The unit named after the number (or refining the one before it) and where it ends."""
    if unit == "percent":
        points = _POINTS_AFTER_PERCENT.match(folded, end) if language is TR else None
        return ("percentage point", points.end()) if points else (unit, end)
    if unit is not None:
        return unit, end
    if percent := _PERCENT_AFTER[language].match(folded, end):
        if percent.group("basis") is not None:
            return "basis point", percent.end()
        return ("percentage point" if percent.groupdict().get("points") is not None else "percent"), percent.end()
    if symbol := _SYMBOL_AFTER.match(folded, end):
        return _SYMBOLS[symbol.group("symbol")], symbol.end()
    unit, end = _unit_match(_CURRENCY_WORD, _CURRENCIES, folded, end, language)
    return (unit, end) if unit else _unit_match(_MEASURE, _MEASURES, folded, end, language)


def _is_year(value: Decimal | None) -> bool:
    return value is not None and 1900 <= value <= 2100 and value == value.to_integral_value()


def _kind(unit: str | None, core: _Reading, scale: int, upper: Decimal | None, approximate: bool) -> QuantityKind:
    if unit in ("percent", "percentage point", "basis point"):
        return "percent"
    if unit and unit.startswith("currency:"):
        return "money"
    if unit:
        return "measure"
    if core.plain and scale == 1 and not approximate and _is_year(core.value) and (upper is None or _is_year(upper)):
        return "year"
    return "cardinal"


_ORDINAL_BEFORE = {
    TR: re.compile(r"(?:\d\.|\d['’]?[ıiuü]?nc[ıiuü]|nc[ıiuü])\s+$"),
    EN: re.compile(r"(?:\d(?:st|nd|rd|th)|first|second|third|th)[\s-]+$"),
}


# A fraction: an optional count of parts, then the part. Turkish names the whole first
# ("üçte biri": of three, one; "dörtte üçü"), English the count first ("two-thirds", "a quarter").
_FRACTION = {
    TR: re.compile(rf"(?P<whole>iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on)[dt][ae]\s+"
                   rf"(?P<part>bir|iki|üç|dört|dörd|beş|altı|yedi|sekiz|dokuz)(?:i|ü|ı|u)?(?:s?[ıiuü])?(?:n[ıiuü]n|n[ae]|n[dt][ae]n?|y[ae]|n[ıiuü])?{_END}"
                   rf"|(?P<half>yarı)s[ıi](?:n[ıi]n?|n[ae]|n[dt][ae]n?)?{_END}|(?P<quarter>çeyre[kğ])(?:i|e|in|inde|inden)?{_END}"),
    EN: re.compile(rf"(?:(?P<count>a|one|two|three|four)[\s-]+)?(?P<name>half|halves|thirds?|quarters?|fifths?|tenths?)"
                   rf"{_END}(?!\s+an?\s+(?:hour|mile|day|century|million|billion|trillion|dozen))"),
}
_PREVIOUS_WORD = re.compile(rf"({_L}+)\s+$")
# Words before a half that make it a period ("the second half", "ilk yarısında"), not a share.
_PERIOD_BEFORE = frozenset({"son", "diğer", "öbür", "last", "other"})
_EN_FRACTION_PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
                      "fifths": 5, "tenth": 10, "tenths": 10}


def _fraction(folded: str, start: int, language: Language) -> Quantity | None:
    """A fraction as a spelled percentage: "yarısı" and "half" are 50, "dörtte üçü" and "three quarters" 75."""
    match = _FRACTION[language].match(folded, start)
    if match is None:
        return None
    previous = _PREVIOUS_WORD.search(folded, max(0, start - 20), start)
    if previous and (previous.group(1) in _PERIOD_BEFORE
                     or getattr(_number_word(previous.group(1), language), "ordinal", False)):
        return None
    if language is TR:
        if match.group("half") or match.group("quarter"):
            share = Decimal(50 if match.group("half") else 25)
        else:
            whole, part = _base_word(match.group("whole"), TR).value, _base_word(match.group("part"), TR).value
            if part >= whole:
                return None
            share = Decimal(100) * part / whole
    else:
        count = match.group("count")
        parts = _EN_FRACTION_PARTS[match.group("name")]
        if count is None and parts != 2:
            return None  # "the third round", "the first quarter": an ordinal or a period, not a share
        share = Decimal(100) * (1 if count in (None, "a") else _SMALL[EN][count]) / parts
        if share > 100:
            return None
    share = share.quantize(Decimal("0.1"))
    share = share.to_integral_value() if share == share.to_integral_value() else share
    return Quantity(start, match.end(), share, "percent", "percent", spelled=True)


def _lone_amount(folded: str, start: int, language: Language) -> Quantity | None:
    """A word that is an amount by itself: "a decade" (10 years), "yüzyıl" (100 years), "round the clock"."""
    match = _LONE_AMOUNT[language].match(folded, start)
    if match is None or (start and folded[start - 1].isalpha()) or _ORDINAL_BEFORE[language].search(
            folded, max(0, start - 20), start):
        return None  # "the 21st century" names a century, it does not count a hundred years
    if match.group("unit") is None:  # round the clock
        return Quantity(start, match.end(), Decimal(24), "measure", "hour", spelled=True)
    unit, factor = _UNIT_FACTORS[_LONE_UNITS[match.group("unit")]]
    return Quantity(start, match.end(), Decimal(factor), "measure", unit, spelled=True)


def _clock_time(folded: str, start: int, language: Language) -> Quantity | None:
    """A clock time after a cue ("at 20.45", "saat 14.30"), valued as hour plus minutes in hundredths."""
    match = _CLOCK.match(folded, start)
    if match is None or not _CLOCK_BEFORE[language].search(folded, max(0, start - 12), start):
        return None
    if _unit_after(folded, match.end(), None, language)[0] is not None:
        return None  # "about 20.45 percent" is an amount
    if _scaled(folded, match.end(), language, money=False)[0] > 1:
        return None  # "stood at 2.45 million tonnes": a scale word makes it an amount
    value = Decimal(match.group("hour")) + Decimal(match.group("minute")) / 100
    return Quantity(start, match.end(), value, "time")


def _range_end(folded: str, span_start: int, end: int, language: Language) -> _Reading | None:
    """The other end of a range that begins at the number ending at `end`, or None."""
    gap = _RANGE_GAP[language].match(folded, end)
    if gap is None and language is EN and _BETWEEN_BEFORE.search(folded, max(0, span_start - 12), span_start):
        gap = _BETWEEN_GAP.match(folded, end)
    if gap is None or not _DIGITS.match(folded, gap.end()):
        return None
    return _read_core(folded, gap.end(), language)


def _read_quantity(text: str, folded: str, start: int, language: Language) -> Quantity | None:
    """Read the quantity whose number starts at `start`, or None if it is not one."""
    if start and folded[start - 1].isalpha():
        return None
    if clock := _clock_time(folded, start, language):
        return clock
    if fraction := _fraction(folded, start, language):
        return fraction
    core = _read_core(folded, start, language)
    if core is None:
        return _lone_amount(folded, start, language)
    if core.words and not _is_amount_word(text, folded, start, core, language):
        return None
    spelled = bool(core.words)
    if core.ordinal:
        return Quantity(start, core.end, core.value, "ordinal", spelled=spelled)
    ordinal = _ORDINAL_AFTER[language].match(folded, core.end) if core.plain else None
    if ordinal:
        return Quantity(start, ordinal.end(), core.value, "ordinal")

    span_start, unit = _prefix(folded, start)
    # "40'ar kilo", "50'şer bin lira": the distributive after the digits, then the scale and unit as usual
    distributive = _TR_DIGITS_DISTRIBUTIVE.match(folded, core.end) if language is TR and not core.words else None
    value, upper, end = core.value, None, distributive.end() if distributive else core.end
    per_item = distributive is not None or any(word in _TR_DISTRIBUTIVE or word in _TR_DISTRIBUTIVE_OR_VERB
                                               for word in core.words)
    second = _range_end(folded, span_start, end, language)
    if second and second.value != value:
        # The ends of a range kept low to high: "between 1990 and 1985" is the range "1985-1990".
        value, upper, end = min(value, second.value), max(value, second.value), second.end
    half = _HALF[language].match(folded, end)
    if half:
        value, end = value + Decimal("0.5"), half.end()
        upper = None if upper is None else upper + Decimal("0.5")
    scale, end = (1, end) if core.suffixed else _scaled(folded, end, language, money=unit is not None)
    if scale > 1:
        value, upper = value * scale, None if upper is None else upper * scale
        if upper is None:
            added, end = _continued(folded, end, scale, language)
            value += added
    elif core.words == ("bir",) and not half:
        return None  # "bir" alone is the article "a", not the number one
    unit_start = end
    if not core.suffixed:
        unit, end = _unit_after(folded, end, unit, language)
    if unit in _UNIT_FACTORS:
        unit, factor = _UNIT_FACTORS[unit]
        value, upper = value * factor, None if upper is None else upper * factor

    if unit is None and end == core.end and end < len(text) and text[end].isupper() and not core.words:
        return Quantity(start, _WORD.match(text, end).end(), value, "code")  # 5G, 3D
    approximate = bool(_APPROXIMATE_BEFORE[language].search(folded, max(0, span_start - 30), span_start)
                       or _APPROXIMATE_AFTER[language].match(folded, end))
    kind = _kind(unit, core, scale, upper, approximate)
    if (unit == "year" and core.plain and scale == 1 and _is_year(value) and (upper is None or _is_year(upper))
            and _YEAR_NOUN.match(folded, unit_start)):
        kind, unit = "year", None
    return Quantity(span_start, end, value, kind, unit, approximate, upper, spelled, per_item)


def _codes(text: str) -> list[Quantity]:
    return [Quantity(match.start(), match.end(), Decimal(match.group("digits")), "code")
            for match in _CODE.finditer(text)]


def find_quantities(text: str, language: Language,
                    skip: Iterable[Span | DateMention] | None = None) -> tuple[Quantity, ...]:
    """Every amount, ordinal, year and code in `text`, in order of position.

    Nothing is read inside the spans in `skip`: by default the dates and
    times `drift.text.dates.find_dates` finds, so "24" in "24 Şubat" and
    "2022" in "March 20, 2022" are not read twice.
    """
    if skip is None:
        skip = find_dates(text, language)
    # Taken characters as a mask rather than a list of spans to compare each new one with: a line
    # of ten thousand numbers would otherwise cost a hundred million comparisons.
    taken = bytearray(len(text) + 1)

    def take(start: int, end: int) -> None:
        taken[start:end] = b"\x01" * (end - start)

    def is_taken(start: int, end: int) -> bool:
        return 1 in taken[start:max(end, start + 1)]

    for span in skip:
        take(span.start, span.end)
    found = [code for code in _codes(text) if not is_taken(code.start, code.end)]
    for code in found:
        take(code.start, code.end)
    folded = fold_case(text, turkish=language is TR)
    starts = sorted({match.start() for match in _DIGITS.finditer(folded)}
                    | {match.start() for match in _WORD.finditer(folded)
                       if _number_word(match.group(), language) or match.group() in _WORD_STARTS[language]
                       or _LONE_AMOUNT[language].match(folded, match.start())
                       or _FRACTION[language].match(folded, match.start())})
    cursor = 0
    for start in starts:
        if start < cursor or taken[start]:
            continue
        quantity = _read_quantity(text, folded, start, language)
        if quantity is None or is_taken(quantity.start, quantity.end):
            continue
        found.append(quantity)
        take(quantity.start, quantity.end)
        cursor = quantity.end
    return tuple(sorted(found, key=lambda quantity: (quantity.start, quantity.end)))
