"""The packaged lexicon: ranked senses, reverse and multiword look-ups, provenance."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from drift.errors import InputError
from drift.lexicon import DEFAULT_PATH, SOURCES, Lexicon, Multiword, load_lexicon

DATA = DEFAULT_PATH.parent


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


@pytest.mark.parametrize(("turkish", "expected"), [
    ("önermek", {"suggest", "propose"}),
    ("mevkidaş", {"counterpart"}),
    ("gayri resmi", {"informal", "unofficial"}),
    ("gayri resmi olarak", {"informally", "unofficially"}),
    ("yaptırım", {"sanction"}),
    ("teçhizat", {"equipment"}),
    ("arabuluculuk", {"mediation"}),
    ("karşı çıkmak", {"oppose"}),
    ("cumhurbaşkanı yardımcısı", {"vice president"}),
    ("dışişleri bakan yardımcısı", {"deputy foreign minister", "deputy secretary of state"}),
    ("karadan havaya", {"surface-to-air"}),
    ("insansız hava aracı", {"drone", "unmanned aerial vehicle"}),
    ("perşembe", {"thursday"}),
    ("şubat", {"february"}),
    ("almanca", {"german"}),
])
def test_senses_include(lexicon, turkish, expected):
    assert expected <= set(lexicon.senses(turkish))


@pytest.mark.parametrize(("turkish", "primary"), [
    ("önermek", "suggest"),
    ("öneri", "proposal"),
    ("mevkidaş", "counterpart"),
    ("teçhizat", "equipment"),
    ("yaptırım", "sanction"),
    ("cumhurbaşkanı", "president"),
    ("savaş uçağı", "fighter jet"),
    ("kabul edilemez", "unacceptable"),
    ("hayata geçirmek", "implement"),
    ("göz ardı etmek", "ignore"),
])
def test_glossary_sense_ranks_first(lexicon, turkish, primary):
    assert lexicon.senses(turkish)[0] == primary
    assert lexicon.lookup(turkish)[0].source == "g"


def test_dictionary_junk_ranks_below_the_news_sense(lexicon):
    senses = lexicon.senses("yardımcı")
    assert senses.index("assistant") < senses.index("vice")
    assert "under" not in senses[:5]


@pytest.mark.parametrize("spelling", ["İstanbul", "İSTANBUL", "istanbul"])
def test_keys_fold_turkish_capitals(lexicon, spelling):
    assert "istanbul" in lexicon.senses(spelling)
    assert spelling in lexicon


@pytest.mark.parametrize("spelling", ["IŞIK", "Işık", "ışık"])
def test_dotless_capital_i_folds_to_dotless(lexicon, spelling):
    assert "light" in lexicon.senses(spelling)


def test_unknown_key_has_no_senses(lexicon):
    assert lexicon.senses("zzqxw") == ()
    assert lexicon.lookup("zzqxw") == ()
    assert "zzqxw" not in lexicon


@pytest.mark.parametrize(("english", "turkish"), [
    ("counterpart", "mevkidaş"),
    ("sanction", "yaptırım"),
    ("thursday", "perşembe"),
    ("mediation", "arabuluculuk"),
    ("drone", "insansız hava aracı"),
])
def test_turkish_for_ranks_glossary_entries_first(lexicon, english, turkish):
    assert turkish in lexicon.turkish_for(english)[:3]
    assert lexicon.lookup(lexicon.turkish_for(english)[0])[0].source in {"g", "b"}


def test_turkish_for_folds_english_case(lexicon):
    assert lexicon.turkish_for("Counterpart") == lexicon.turkish_for("counterpart")
    assert lexicon.turkish_for("no such english word") == ()


def test_shipped_reverse_index_is_this_lexicons(lexicon):
    """The prebuilt reverse index is the one drift would build from the shipped lexicon."""
    import gzip

    from drift.lexicon import REVERSE_PATH, reverse_rows
    from drift.lexicon.table import table_bytes

    shipped = gzip.decompress(REVERSE_PATH.read_bytes()).decode("utf-8")
    built = gzip.decompress(table_bytes(reverse_rows(lexicon), DEFAULT_PATH.read_bytes())).decode("utf-8")
    assert shipped == built, "run: .venv/bin/python tools/build_lexicon.py --reverse-only"


def test_a_lexicon_without_its_prebuilt_index_answers_alike(lexicon):
    """Another lexicon (here: the same entries under another hash) builds its reverse index in memory."""
    other = Lexicon(lexicon.path, "0" * 64, lexicon.entries)
    assert other._reverse_table is None and lexicon._reverse_table is not None
    assert other.english_words == lexicon.english_words
    for english in ("counterpart", "minister", "sanction", "drone", "no such english word", ""):
        assert other.turkish_for(english) == lexicon.turkish_for(english)


def test_glossary_first_senses_read_from_the_reverse_index_are_the_lexicons(lexicon):
    """The keys whose first sense the glossary gives, read from the head of the reverse index, as a pass over the
    entries finds them."""
    assert lexicon._reverse_table is not None
    whole = lexicon._glossary_first
    assert len(whole) > 500
    for english, keys in whole.items():
        assert lexicon.glossary_first_for(english) == keys
    assert lexicon.glossary_first_for("no such english word") == ()
    for english in list(lexicon._reverse)[::97]:
        assert lexicon.glossary_first_for(english) == whole.get(english, ())


def test_multiword_index_gathered_on_demand_is_the_whole_index(lexicon):
    """Each entry gathered from the sorted keys is the entry an index of every key would hold."""
    from collections import defaultdict

    whole = defaultdict(list)
    for key in lexicon.entries:
        if " " in key:
            words = tuple(key.split(" "))
            whole[(words[0], words[1][:2])].append(words)
    index = lexicon._multiword_index
    for index_key, keys in whole.items():
        assert index.get(index_key) == tuple(sorted(keys, key=lambda words: (-len(words), words)))
    for first, letters in (("no-such-word", "ab"), ("genel", ""), ("genel", "z"), ("", "")):
        assert index.get((first, letters), ()) == tuple(sorted(whole.get((first, letters), ()),
                                                               key=lambda words: (-len(words), words)))


@pytest.mark.parametrize(("sentence", "start", "expected"), [
    ("ABD gayri resmi olarak iletti", 1, Multiword("gayri resmi olarak", 1, 3)),
    ("İnsansız hava araçlarının satışı", 0, Multiword("insansız hava aracı", 0, 3)),
    ("Türk savaş uçakları havalandı", 1, Multiword("savaş uçağı", 1, 2)),
    ("Dışişleri Bakan Yardımcısı Wendy Sherman'ın ziyareti", 0, Multiword("dışişleri bakan yardımcısı", 0, 3)),
    ("Cumhurbaşkanı Yardımcısı'nın açıklaması", 0, Multiword("cumhurbaşkanı yardımcısı", 0, 2)),
    ("konu kısaca gündeme geldi", 2, Multiword("gündeme gelmek", 2, 2)),
    ("bunun hayata geçirilemeyeceğini söyledi", 1, Multiword("hayata geçirmek", 1, 2)),
    ("uyarılar göz ardı edildi", 1, Multiword("göz ardı etmek", 1, 3)),
    ("bu kabul edilemez", 1, Multiword("kabul edilemez", 1, 2)),
    ("karadan havaya füze", 0, Multiword("karadan havaya", 0, 2)),
])
def test_multiword_at_finds_longest_expression(lexicon, sentence, start, expected):
    match = lexicon.multiword_at(sentence.split(), start)
    assert match == expected
    assert match.end == start + expected.length


@pytest.mark.parametrize(("sentence", "start"), [
    ("Reuters dün bildirdi", 0),
    ("gayri", 0),
    ("bir iki", 5),
    ("bir iki", -1),
])
def test_multiword_at_returns_none_without_a_match(lexicon, sentence, start):
    assert lexicon.multiword_at(sentence.split(), start) is None


def test_every_sense_has_a_known_source(lexicon):
    for key in ("önermek", "bir", "türkiye", "ülke"):
        for sense in lexicon.lookup(key):
            assert sense.source == sense.sources[0] and set(sense.sources) <= set(SOURCES)


def test_sources_that_agree_are_all_recorded(lexicon):
    missile = next(sense for sense in lexicon.lookup("füze") if sense.english == "missile")
    assert missile.sources.startswith("g") and "k" in missile.sources


def test_load_lexicon_is_cached_and_sized(lexicon):
    assert load_lexicon() is lexicon
    assert len(lexicon) > 80_000


def test_load_lexicon_reports_a_missing_file(tmp_path):
    with pytest.raises(InputError, match="tools/build_lexicon.py"):
        load_lexicon(tmp_path / "missing.tsv.gz")


def test_load_lexicon_reports_a_corrupt_file(tmp_path):
    path = tmp_path / "corrupt.tsv.gz"
    path.write_bytes(b"not gzip")
    with pytest.raises(InputError, match="not a gzip"):
        load_lexicon(path)


def test_sha256_matches_data_file_and_provenance(lexicon):
    digest = hashlib.sha256(DEFAULT_PATH.read_bytes()).hexdigest()
    assert lexicon.sha256 == digest
    provenance = (DATA / "PROVENANCE.md").read_text(encoding="utf-8")
    assert re.search(r"sha256: `([0-9a-f]{64})`", provenance).group(1) == digest


def _glossary_entries() -> list[tuple[str, list[str]]]:
    entries = []
    for line in (DATA / "glossary.tsv").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line:
            turkish, english = line.split("\t")
            entries.append((turkish, english.split("|")))
    return entries


def test_glossary_is_ours_and_large_enough():
    header = (DATA / "glossary.tsv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("#") and "hand-kept by the drift project" in header
    assert len(_glossary_entries()) >= 500


def test_data_file_was_rebuilt_after_the_glossary_changed(lexicon):
    """Every glossary entry is in the data file, its senses first and in order."""
    stale = [
        turkish for turkish, english in _glossary_entries()
        if list(lexicon.senses(turkish)[: len(english)]) != [sense.lower() for sense in english]
    ]
    assert stale == [], "run: .venv/bin/python tools/build_lexicon.py"


def test_data_file_is_sorted_and_well_formed():
    import gzip

    lines = gzip.decompress(DEFAULT_PATH.read_bytes()).decode("utf-8").splitlines()
    keys = [line.split("\t", 1)[0] for line in lines]
    assert keys == sorted(keys) and len(keys) == len(set(keys))
    for line in lines[::997]:
        key, senses, tags = line.split("\t")
        assert len(senses.split("|")) == len(tags.split("|"))
        assert set(tags.replace("|", "")) <= set(SOURCES)
