"""Territory and time-zone city names in Turkish and English, from babel's CLDR data shipped as a table.

data/cldr-places.tsv is built by tools/build_cldr_tables.py from `babel.Locale(code).territories` and the "city" of
each of `.time_zones`; reading it instead of babel keeps babel's locale data, which imports pytz and babel's
time-zone modules, out of every run.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

PLACES = Path(__file__).resolve().parent / "data" / "cldr-places.tsv"


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], dict[str, str]]:
    found: dict[tuple[str, str], dict[str, str]] = {}
    for line in PLACES.read_text(encoding="utf-8").splitlines()[2:]:
        language, kind, key, name = line.split("\t")
        found.setdefault((language, kind), {})[key] = name
    return found


def territories(language: str) -> dict[str, str]:
    """Territory code ("TR", "001") -> its name in `language` ("tr" or "en"), as babel's `Locale.territories`."""
    return _table().get((language, "territory"), {})


def zone_cities(language: str) -> dict[str, str]:
    """Time zone ("Europe/Istanbul") -> its city's name in `language`, for the zones CLDR names a city for."""
    return _table().get((language, "zone-city"), {})
