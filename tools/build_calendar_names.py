"""Build drift/text/data/calendar-names.tsv: month and weekday names in Turkish and English, from babel's CLDR data.

    PYTHONPATH=$PWD .venv/bin/python tools/build_calendar_names.py

Source: the locale data shipped inside babel (BSD-3-Clause; CLDR data, Unicode licence), read with
`babel.Locale(code).months` and `.days`: the wide and abbreviated forms, in the format and stand-alone contexts, of
the "tr" and "en" locales. drift.text.dates reads this table instead of babel at run time, because loading a
locale's data unpickles classes of babel.dates and babel.numbers, which import pytz and babel's time-zone modules:
a cold one-pair run paid for those on every start. tests/text/test_dates.py checks that the table is current for
the installed babel. The rows are sorted, so the same babel gives the same bytes.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "drift" / "text" / "data" / "calendar-names.tsv"
LANGUAGES = ("tr", "en")


def rows() -> list[str]:
    """The table's rows: language, months or days, wide or abbreviated, format or stand-alone, number, name."""
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


def header() -> list[str]:
    import babel

    return [f"# month and weekday names from babel {babel.__version__}'s CLDR data (tools/build_calendar_names.py)",
            "language\tattribute\twidth\tcontext\tnumber\tname"]


def main() -> int:
    OUTPUT.write_text("\n".join(header() + rows()) + "\n", encoding="utf-8")
    print(f"{len(rows())} names -> {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
