"""Dates, weekdays and clock times: values and exact spans in Turkish and English sentences."""

from __future__ import annotations

import random

import pytest

from drift.model import Language
from drift.text.dates import Span, calendar_names, find_dates, infer_year, weekday_of

TR, EN = Language.TURKISH, Language.ENGLISH
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def _found(text: str, language: Language) -> list[tuple]:
    return [(text[d.start:d.end], d.day, d.month, d.year, d.weekday, d.hour, d.minute)
            for d in find_dates(text, language)]


# (text, language, [(surface, day, month, year, weekday, hour, minute)])
CASES = [
    # Turkish
    ("Ülkenin 24 Şubat Perşembe günü başlayan işgali", TR, [("24 Şubat Perşembe", 24, 2, None, THU, None, None)]),
    ("Savaş 24 Şubat 2022 Perşembe günü başladı.", TR, [("24 Şubat 2022 Perşembe", 24, 2, 2022, THU, None, None)]),
    ("Perşembe günü başlayan saldırı", TR, [("Perşembe", None, None, None, THU, None, None)]),
    ("Çarşamba sabahı açıklama yaptı.", TR, [("Çarşamba", None, None, None, WED, None, None)]),
    ("Toplantıyı Salı'yı beklemeden yaptılar.", TR, [("Salı", None, None, None, TUE, None, None)]),
    ("pazartesiden beri", TR, [("pazartesi", None, None, None, MON, None, None)]),
    ("Washington, Temmuz 2019'daki ilk teslimattan bu yana", TR, [("Temmuz 2019", None, 7, 2019, None, None, None)]),
    ("Kırım'ı 2014'te ilhak etti.", TR, [("2014", None, None, 2014, None, None, None)]),
    ("2026 yılı bütçesi kabul edildi.", TR, [("2026", None, None, 2026, None, None, None)]),
    ("2019'dan bu yana sürüyor.", TR, [("2019", None, None, 2019, None, None, None)]),
    ("Tören saat 14.30'da başladı.", TR, [("14.30", None, None, None, None, 14, 30)]),
    ("Tren 14:30'da kalkıyor.", TR, [("14:30", None, None, None, None, 14, 30)]),
    ("Oturuma saat 15'te ara verildi.", TR, [("15", None, None, None, None, 15, 0)]),
    ("Yarışı 2 saat 7 dakikada bitirdi.", TR, []),  # a duration: "saat" counts hours, it names no time
    ("Yangın 29 Temmuz Salı günü saat 13.45'te başladı.", TR,
     [("29 Temmuz Salı günü saat 13.45", 29, 7, None, TUE, 13, 45)]),
    ("Konu bu ayın başlarında gündeme geldi.", TR, []),
    ("Zirve Şubat'ta, tatbikat 24-25 Mart'ta yapılacak.", TR,
     [("Şubat", None, 2, None, None, None, None), ("24-25 Mart", 24, 3, None, None, None, None)]),
    # Two days of one month joined by "ve": the first is the mention's day, as in the English "June 8 and 9".
    ("Kurul 8 ve 9 Nisan'da toplanıyor.", TR, [("8 ve 9 Nisan", 8, 4, None, None, None, None)]),
    ("Karar 24.02.2022 tarihinde alındı.", TR, [("24.02.2022", 24, 2, 2022, None, None, None)]),
    ("Kasım Yılmaz konuştu; seçim Kasım ayında.", TR, [("Kasım", None, 11, None, None, None, None)]),
    ("Pazarda alışveriş yaptı; Pazar günü döndü.", TR, [("Pazar", None, None, None, SUN, None, None)]),
    ("Bilet 2.50 lira; 12.500 kişi; oran %3.45, yüzde 3.45 oldu.", TR, []),
    # Months joined to one before "ay" share its cue; a lone "aralık" is an interval.
    ("Kasım ve aralık aylarında kar yağar.", TR,
     [("Kasım", None, 11, None, None, None, None), ("aralık", None, 12, None, None, None, None)]),
    ("Liman ekim-mart ayları arasında kapalı.", TR,
     [("ekim", None, 10, None, None, None, None), ("mart", None, 3, None, None, None, None)]),
    ("Bu aralık ve ekim bizi ilgilendirmiyor.", TR, []),
    # The start, middle or end of a month marks its name as a month.
    ("Hasat eylül ortasında başlar, kasım sonuna kadar sürer.", TR,
     [("eylül", None, 9, None, None, None, None), ("kasım", None, 11, None, None, None, None)]),
    ("Okullar ocak başında açılıyor.", TR, [("ocak", None, 1, None, None, None, None)]),
    # English
    ("the invasion, which began on Thursday, February 24", EN,
     [("Thursday, February 24", 24, 2, None, THU, None, None)]),
    ("– Phil Stewart (@phildstewart) March 20, 2022", EN, [("March 20, 2022", 20, 3, 2022, None, None, None)]),
    ("The war began on 24 February 2022.", EN, [("24 February 2022", 24, 2, 2022, None, None, None)]),
    ("It began on Feb. 24 and ended on the 3rd of March.", EN,
     [("Feb. 24", 24, 2, None, None, None, None), ("3rd of March", 3, 3, None, None, None, None)]),
    ("Talks resume on Tuesday.", EN, [("Tuesday", None, None, None, TUE, None, None)]),
    ("since its first delivery in July 2019", EN, [("July 2019", None, 7, 2019, None, None, None)]),
    ("the annexation of Crimea in 2014", EN, [("2014", None, None, 2014, None, None, None)]),
    ("Output will peak in mid-2022.", EN, [("2022", None, None, 2022, None, None, None)]),
    ("The briefing is at 2:30 p.m. today.", EN, [("2:30 p.m.", None, None, None, None, 14, 30)]),
    ("Trains run from 06:00 to 14:30.", EN,
     [("06:00", None, None, None, None, 6, 0), ("14:30", None, None, None, None, 14, 30)]),
    ("A fire broke out at 1:45 p.m. on Tuesday, July 29.", EN,
     [("1:45 p.m. on Tuesday, July 29", 29, 7, None, TUE, 13, 45)]),
    ("They met at noon on May 5.", EN, [("noon on May 5", 5, 5, None, None, 12, 0)]),
    ("You may go. In May, prices rose; the march was long.", EN, [("May", None, 5, None, None, None, None)]),
    ("The Sun said on Sat. Feb. 5 that it would.", EN, [("Sat. Feb. 5", 5, 2, None, SAT, None, None)]),
    ("Filed on 2/24/2022 and 2022-02-24.", EN,
     [("2/24/2022", 24, 2, 2022, None, None, None), ("2022-02-24", 24, 2, 2022, None, None, None)]),
    ("The board meets on April 8 and 9.", EN, [("April 8 and 9", 8, 4, None, None, None, None)]),
    ("He visited earlier this month.", EN, []),
    ("Sept. 11, 2001 changed everything.", EN, [("Sept. 11, 2001", 11, 9, 2001, None, None, None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), CASES, ids=[case[0][:40] for case in CASES])
def test_find_dates(text, language, expected):
    assert _found(text, language) == expected


def test_part_spans():
    text = "Ülkenin 24 Şubat 2022 Perşembe günü saat 14.30'da"
    (mention,) = find_dates(text, TR)
    assert text[mention.day_span.start:mention.day_span.end] == "24"
    assert text[mention.month_span.start:mention.month_span.end] == "Şubat"
    assert text[mention.year_span.start:mention.year_span.end] == "2022"
    assert text[mention.weekday_span.start:mention.weekday_span.end] == "Perşembe"
    assert text[mention.time_span.start:mention.time_span.end] == "14.30"
    assert isinstance(mention.weekday_span, Span)


def test_turkish_capital_i_keeps_offsets():
    text = "İSTANBUL'DA İLK GÜN: 24 ŞUBAT PERŞEMBE"
    assert _found(text, TR) == [("24 ŞUBAT PERŞEMBE", 24, 2, None, THU, None, None)]


@pytest.mark.parametrize(("year", "month", "day", "weekday"), [
    (2022, 2, 24, THU), (2022, 3, 20, SUN), (2025, 7, 29, TUE), (2000, 2, 29, TUE), (1923, 10, 29, MON),
])
def test_weekday_of(year, month, day, weekday):
    assert weekday_of(year, month, day) == weekday


def test_weekday_of_rejects_impossible_dates():
    with pytest.raises(ValueError):
        weekday_of(2023, 2, 29)


@pytest.mark.parametrize(("text", "language", "year"), [
    ("Annexed in 2014. – Phil Stewart March 20, 2022", EN, 2022),  # a full date beats an earlier bare year
    ("Kırım'ı 2014'te ilhak etti; teslimat Temmuz 2019'da yapıldı.", TR, 2019),  # month and year beat a year
    ("Kırım'ı 2014'te ilhak etti.", TR, 2014),
    ("On Tuesday, February 24, it began.", EN, None),
    ("The 2022 budget", EN, None),  # a year with no cue is not a date
])
def test_infer_year(text, language, year):
    assert infer_year(text, language) == year


ODD_INPUTS = ["", " ", ".", ":", "'", "’", "saat", "saat 99", "24", "24 ", "Şubat", "ŞUBAT'", "May.", "p.m.",
              "12:", ":30", "29 Şubat", "31 Nisan", "0 Ocak", "99.99.9999", "0000-00-00", "🙂 24 Şubat 🙂",
              "İIıi", "\u00a024\u00a0Şubat", "24-", "-25 Şubat", "Sept.", "2/30/2022", "Pazar", "gece yarısı"]


@pytest.mark.parametrize("language", list(Language))
def test_never_raises_on_odd_input(language):
    generator = random.Random(20220224)
    alphabet = "0123456789.:/-–,' ’\nİIıiŞş saat Şubat Perşembe February Thursday p.m. in 🙂"
    texts = ODD_INPUTS + ["".join(generator.choice(alphabet) for _ in range(generator.randint(1, 50)))
                          for _ in range(500)]
    for text in texts:
        for mention in find_dates(text, language):
            assert 0 <= mention.start < mention.end <= len(text), text


def test_calendar_names_give_kind_and_number_in_both_languages():
    turkish, english = calendar_names(Language.TURKISH), calendar_names(Language.ENGLISH)
    assert turkish["şubat"] == ("month", 2) and turkish["cumartesi"] == ("weekday", 5)
    assert english["october"] == ("month", 10) and english["mon"] == ("weekday", 0)
    assert "mon" not in calendar_names(Language.ENGLISH, abbreviated=False)


def test_the_shipped_cldr_tables_are_babels():
    """data/calendar-names.tsv and cldr-places.tsv are what tools/build_cldr_tables.py makes of the installed babel."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    from build_cldr_tables import place_rows, rows

    from drift.text.cldr import PLACES
    from drift.text.dates import CALENDAR_NAMES

    assert CALENDAR_NAMES.read_text(encoding="utf-8").splitlines()[2:] == rows()
    assert PLACES.read_text(encoding="utf-8").splitlines()[2:] == place_rows()


def test_reading_dates_and_places_loads_no_babel():
    """A run reads month, territory and city names from the shipped tables: babel's locale data imports its
    time-zone modules."""
    import subprocess
    import sys

    code = ("import sys; from drift.text.dates import find_dates; from drift.model import Language; "
            "find_dates('3 Mart 2024 Pazartesi', Language.TURKISH); "
            "from drift.lexicon.places import exonyms; exonyms(); "
            "from drift.checks.name_spelling import _exonym_words; _exonym_words(); "
            "print(any(name.startswith(('babel', 'pytz')) for name in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() \
        == "False"
