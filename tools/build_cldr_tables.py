"""Build drift/text/data/calendar-names.tsv and cldr-places.tsv from babel's CLDR data.

    PYTHONPATH=$PWD .venv/bin/python tools/build_cldr_tables.py

Source: the locale data shipped inside babel (BSD-3-Clause; CLDR data, Unicode licence) for the "tr" and "en"
locales: month and weekday names (`Locale.months`, `.days`: wide and abbreviated, format and stand-alone), and
territory names (`.territories`) and time-zone city names (`.time_zones`, the "city" of each zone). drift reads these
tables instead of babel at run time (drift.text.dates, drift.text.cldr), because loading a locale's data unpickles
classes of babel.dates and babel.numbers, which import pytz and babel's time-zone modules: a cold one-pair run paid
for those on every start. tests/text/test_dates.py checks that both tables are current for the installed babel.
Rows are sorted, so the same babel gives the same bytes.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CALENDAR = ROOT / "drift" / "text" / "data" / "calendar-names.tsv"
PLACES = ROOT / "drift" / "text" / "data" / "cldr-places.tsv"
LANGUAGES = ("tr", "en")


def rows() -> list[str]:
    """The calendar table's rows: language, months or days, wide or abbreviated, format or stand-alone, number,
    name."""
    from babel import Locale

    found = set()
    for language in LANGUAGES:
        locale = Locale(language)
        for attribute in ("months", "days"):
            data = getattr(locale, attribute)
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    for number, name in data[context][width].items():
                        found.add(f"{language}\t{attribute}\t{width}\t{context}\t{number}\t{name}")
    return sorted(found)


def place_rows() -> list[str]:
    """The places table's rows: language, territory or zone-city, the territory code or zone, its name."""
    from babel import Locale

    found = set()
    for language in LANGUAGES:
        locale = Locale(language)
        found.update(f"{language}\tterritory\t{code}\t{name}" for code, name in locale.territories.items())
        found.update(f"{language}\tzone-city\t{zone}\t{names['city']}" for zone, names in locale.time_zones.items()
                     if names.get("city"))
    return sorted(found)


def _version() -> str:
    import babel

    return babel.__version__


def main() -> int:
    CALENDAR.write_text("\n".join([
        f"# month and weekday names from babel {_version()}'s CLDR data (tools/build_cldr_tables.py)",
        "language\tattribute\twidth\tcontext\tnumber\tname", *rows()]) + "\n", encoding="utf-8")
    PLACES.write_text("\n".join([
        f"# territory and time-zone city names from babel {_version()}'s CLDR data (tools/build_cldr_tables.py)",
        "language\tkind\tkey\tname", *place_rows()]) + "\n", encoding="utf-8")
    print(f"{len(rows())} calendar names -> {CALENDAR}; {len(place_rows())} place names -> {PLACES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
