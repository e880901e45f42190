"""Decades, centuries and years read from Turkish and English sentences."""

from __future__ import annotations

import pytest

from drift.model import Language
from drift.text.periods import find_periods, parts_clash, same_period, within

TR, EN = Language.TURKISH, Language.ENGLISH


def _read(text: str, language: Language) -> list[tuple]:
    return [(text[period.start:period.end], period.kind, period.first, period.part)
            for period in find_periods(text, language)]


@pytest.mark.parametrize("text, expected", [
    ("Bina 1970'li yıllarda yapıldı.", [("1970'li yıllarda", "decade", 1970, None)]),
    ("Bina 70'lerde yapıldı.", [("70'lerde", "decade", 70, None)]),
    ("Bina yetmişli yıllarda yapıldı.", [("yetmişli yıllarda", "decade", 70, None)]),
    ("Bina 1970'lerin başında yapıldı.", [("1970'lerin", "decade", 1970, "early")]),
    ("Bina 12. yüzyılda yapıldı.", [("12. yüzyılda", "century", 1100, None)]),
    ("Bina XII. yüzyılda yapıldı.", [("XII. yüzyılda", "century", 1100, None)]),
    ("Bina on ikinci yüzyılın son yarısında yapıldı.", [("on ikinci yüzyılın", "century", 1100, "second half")]),
    ("Bina 1974'te yapıldı.", [("1974", "year", 1974, None)]),
    ("Otuzlu yaşlarındaki mühendis seksenlerinde emekli oldu.", []),
])
def test_turkish_periods(text, expected):
    assert _read(text, TR) == expected


@pytest.mark.parametrize("text, expected", [
    ("It was built in the 1970s.", [("1970s", "decade", 1970, None)]),
    ("It was built in the '70s.", [("'70s", "decade", 70, None)]),
    ("It was built in the late seventies.", [("late seventies", "decade", 70, "late")]),
    ("It was built in the 12th century.", [("12th century", "century", 1100, None)]),
    ("It was built in the first half of the twelfth century.", [("twelfth century", "century", 1100, "first half")]),
    ("It was built in 1974 by engineers in their thirties.", [("1974", "year", 1974, None)]),
    ("It holds 1,974 tonnes.", []),
])
def test_english_periods(text, expected):
    assert _read(text, EN) == expected


def test_comparisons():
    (nineteenth,) = find_periods("19. yüzyıl", TR)
    (eighteen_hundreds,) = find_periods("the 1800s", EN)
    (nineteen_hundreds,) = find_periods("the 1900s", EN)
    (short,) = find_periods("the '90s", EN)
    (decade,) = find_periods("1990'lı yıllar", TR)
    (year,) = find_periods("in 1994", EN)
    assert same_period(nineteenth, eighteen_hundreds) and not same_period(nineteenth, nineteen_hundreds)
    assert same_period(decade, short) and within(year, decade) and within(year, short)
    assert parts_clash("early", "late") and parts_clash("first half", "second half")
    assert not parts_clash("early", "first half") and not parts_clash("mid", "late") and not parts_clash(None, "late")
