"""Expected wording fitted to the English sentence it replaces, so an editor can paste it in as it is.

A check knows what the English should say ("Thursday", "deputy foreign
minister", "2,567,814"), not how the sentence around it is written. Three
general rules bring the one to the other:

- case: replacing words that start with a capital (the start of a sentence, a
  title before a name) gives capitals as English writes titles and names
  ("Under-Secretary" -> "Deputy Foreign Minister"); month and weekday names are always
  capitalised in English ("june 5" -> "June 5");
- numbers: an amount written with a scale word keeps it only when that reads
  naturally ("7.5 million"); "2.567814 million" is written out as
  "2,567,814";
- ordinals: a count expected where the English has an ordinal (a word such as
  "third", or "3rd") is given as an ordinal of the same form ("second",
  "2nd").

    >>> fit_expected("june 5", "May 5")
    'June 5'
    >>> fit_expected("deputy foreign minister", "Under-Secretary")
    'Deputy Foreign Minister'
    >>> fit_expected("deputy foreign minister", "a special adviser")
    'deputy foreign minister'
    >>> fit_expected("2", "third")
    'second'
    >>> fit_expected("2.567814 million", "2.5 million")
    '2,567,814'
"""

from __future__ import annotations

import calendar
import re

_CALENDAR_WORDS = {name.lower(): name for name in (*calendar.month_name[1:], *calendar.day_name)}
_CALENDAR = re.compile(r"\b(" + "|".join(_CALENDAR_WORDS) + r")\b", re.IGNORECASE)
_LONG_SCALED = re.compile(r"\b(\d+)\.(\d{3,}) (thousand|million|billion|trillion)\b")
_SCALE = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_ORDINAL_WORDS = ("zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
                  "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_SMALL = frozenset("a an and at by for in of on or the to with".split())
_ORDINAL_DIGITS = re.compile(r"\A\d+(st|nd|rd|th)\Z", re.IGNORECASE)


def _ordinal_suffix(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def _as_ordinal(expected: str, english: str) -> str:
    """A bare count as an ordinal in the form the English uses for its ordinal (word or digits)."""
    if not expected.isdigit():
        return expected
    number = int(expected)
    word = english.strip().lower()
    if word in _ORDINAL_WORDS and number < len(_ORDINAL_WORDS):
        return _ORDINAL_WORDS[number]
    if _ORDINAL_DIGITS.match(english.strip()):
        return f"{number}{_ordinal_suffix(number)}"
    return expected


def _written_out(match: re.Match) -> str:
    whole, fraction, scale = match.groups()
    digits = _SCALE[scale]
    value = int(whole) * digits + int(fraction.ljust(len(str(digits)) - 1, "0")[: len(str(digits)) - 1])
    return f"{value:,}"


def _calendar_word(match: re.Match, english: str) -> str:
    """A month or weekday written with its capital; "may" only where it replaces a month or a number stands
    beside it ("may 5"): elsewhere it is the verb ("may / could")."""
    word = match.group(1)
    if word.lower() == "may" and not _CALENDAR.search(english):
        around = match.string[max(0, match.start() - 6):match.end() + 6]
        if not re.search(r"\d", around):
            return word
    return _CALENDAR_WORDS[word.lower()]


def fit_expected(expected: str, english: str) -> str:
    """`expected` written to replace the English words `english` in their sentence."""
    if not expected:
        return expected
    fitted = _as_ordinal(expected, english)
    fitted = _LONG_SCALED.sub(_written_out, fitted)
    fitted = _CALENDAR.sub(lambda match: _calendar_word(match, english), fitted)
    words = [part for part in re.split(r"[\s-]+", english.strip()) if part[:1].isalpha()]
    if words and words[0][:1].isupper() and all(word[:1].isupper() or word.lower() in _SMALL for word in words):
        # A title written in title case ("Under-Secretary of State"): the expected title the same way.
        return " ".join(word if word[:1].isupper() or (number and word in _SMALL) else word[:1].upper() + word[1:]
                        for number, word in enumerate(fitted.split(" ")))
    if english.strip()[:1].isupper() and fitted[:1].islower():
        fitted = fitted[:1].upper() + fitted[1:]
    return fitted
