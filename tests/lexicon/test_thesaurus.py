"""The English thesaurus: synonym sets, near neighbours and antonyms read from the shipped table."""

from __future__ import annotations

import gzip

import pytest

from drift.lexicon.thesaurus import DATA, INDEX, _rows, index_rows, load_thesaurus, parse

SMALL = """\
# a comment line
v\traise|lift\t2\t1
v\tlower|take down\t2\t0
v\tchange|alter\t\t
a\tfierce|violent\t4\t
a\ttough\t\t
"""


def test_a_small_table_reads_synonyms_near_words_and_antonyms():
    thesaurus = parse(SMALL)
    assert thesaurus.are_synonyms("raise", "lift")
    assert not thesaurus.are_synonyms("raise", "lower")
    assert thesaurus.are_antonyms("lift", "take down") and thesaurus.are_antonyms("lower", "raise")
    assert thesaurus.are_near("raise", "alter")  # a direct hypernym
    assert thesaurus.are_near("fierce", "tough")  # "similar to"
    assert not thesaurus.are_near("raise", "tough")
    assert thesaurus.are_siblings("raise", "lower")  # two kinds of change
    assert thesaurus.opposites("raise") == frozenset({"lower", "take down"})
    assert thesaurus.synsets("raise", "a") == () and thesaurus.synsets("raise", "v") == (0,)
    assert not thesaurus.knows("tougher")
    assert thesaurus.antonym_kinds("raise", "lower") == frozenset({"v"})
    assert thesaurus.antonym_kinds("raise", "alter") == frozenset()
    assert thesaurus.has_opposites("lift") and not thesaurus.has_opposites("fierce")


def test_the_shipped_table_knows_news_verbs_and_their_opposites():
    thesaurus = load_thesaurus()
    assert thesaurus.are_antonyms("rise", "fall")
    assert thesaurus.are_antonyms("raise", "lower")
    assert thesaurus.are_antonyms("accept", "reject")
    assert thesaurus.are_synonyms("opt", "prefer")
    assert not thesaurus.are_antonyms("rise", "increase")
    assert "fall" in thesaurus.opposites("rise")


def test_the_shipped_table_names_its_source_and_licence():
    header = [line for line in gzip.decompress(DATA.read_bytes()).decode("utf-8").splitlines()[:20]
              if line.startswith("#")]
    text = "\n".join(header)
    assert "WordNet 3.1" in text and "Princeton University" in text and "tools/build_thesaurus.py" in text


KINDS = """\
n\tperson|individual\t\t\t
n\tleader\t\t\t0
n\tofficial\t\t\t0
n\tdiplomat|diplomatist\t\t\t2
n\tambassador|embassador\t\t\t3
n\tattache\t\t\t3
v\tlead\t\t\t
"""


def test_kinds_follow_the_hypernyms_up():
    thesaurus = parse(KINDS)
    assert thesaurus.is_kind_of("ambassador", "official") and thesaurus.is_kind_of("ambassador", "person")
    assert thesaurus.is_kind_of("attache", "diplomat") and not thesaurus.is_kind_of("attache", "leader")
    assert not thesaurus.is_kind_of("lead", "person") and not thesaurus.is_kind_of("person", "person")
    assert thesaurus.ancestors(4) == frozenset({0, 2, 3})
    assert thesaurus.are_near("ambassador", "diplomat")  # a direct hypernym is near
    assert thesaurus.literals[3] == ("diplomat", "diplomatist") and thesaurus.hypernyms[4] == (3,)


def test_the_shipped_table_knows_offices_as_kinds_of_person():
    thesaurus = load_thesaurus()
    assert thesaurus.is_kind_of("ambassador", "official") and thesaurus.is_kind_of("captain", "leader")
    assert thesaurus.is_kind_of("attache", "person") and not thesaurus.is_kind_of("attache", "leader")
    assert not thesaurus.is_kind_of("bridge", "person")


def test_the_shipped_word_index_is_this_tables():
    """The prebuilt word index is the one drift would build from the shipped table, and answers alike."""
    from drift.lexicon.table import table_bytes

    data = DATA.read_bytes()
    built = parse(gzip.decompress(data).decode("utf-8"))
    shipped = gzip.decompress(INDEX.read_bytes()).decode("utf-8")
    assert shipped == gzip.decompress(table_bytes(index_rows(built), data)).decode("utf-8"), \
        "run: .venv/bin/python tools/build_thesaurus.py --index-only"
    thesaurus = load_thesaurus()
    assert thesaurus.rows == built.rows
    for word in ("raise", "lower", "attache", "head of state", "no such word", ""):
        assert thesaurus.synsets(word) == built.synsets(word) and thesaurus.knows(word) == built.knows(word)


@pytest.mark.parametrize("text", ["", "\n", "#a", "#a\nx", "#a\n#b\nx\ny\n", "x\n\ny", "x\n#c\ny\n", "\nx",
                                  "#a\n\nx\n", "x\n\n", "x", "x\ny\n\n"])
def test_data_lines_are_every_line_but_empty_ones_and_comments(text):
    assert _rows(text) == tuple(line for line in text.split("\n") if line and not line.startswith("#"))
