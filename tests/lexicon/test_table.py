"""Prebuilt sorted indexes: look-ups by bisection over their text, and their header naming the data they index."""

from __future__ import annotations

import gzip

import pytest

from drift.lexicon.table import SortedTable, read_table, table_bytes

ROWS = {"": "empty", "a": "1", "a b": "2", "ab": "3", "b": "4", "bc d": "5", "çay": "6", "z": "7"}


@pytest.fixture(scope="module")
def table() -> SortedTable:
    text = gzip.decompress(table_bytes(ROWS, b"data")).decode("utf-8")
    return SortedTable(text.partition("\n")[2])


def test_every_row_is_found_and_nothing_else(table):
    assert dict(table.items()) == ROWS and len(table) == len(ROWS) and list(table) == sorted(ROWS)
    for missing in ("0", "a c", "aa", "abc", "bc", "c", "zz", "\x00", "A", "a b "):
        assert missing not in table and table.get(missing) is None


def test_an_empty_table_finds_nothing():
    assert SortedTable("").get("") is None and len(SortedTable("")) == 0


def test_an_index_is_read_only_for_the_data_it_names(tmp_path):
    path = tmp_path / "index.tsv.gz"
    path.write_bytes(table_bytes({"x": "1"}, b"the data"))
    import hashlib

    assert read_table(path, hashlib.sha256(b"the data").hexdigest())["x"] == "1"
    assert read_table(path, hashlib.sha256(b"other data").hexdigest()) is None
    assert read_table(tmp_path / "missing.tsv.gz", "0" * 64) is None


def test_a_table_read_raw_is_looked_up_by_utf8_bytes(tmp_path):
    """UTF-8 sorts as the code points do: the same rows, found by their keys' bytes."""
    path = tmp_path / "index.tsv.gz"
    path.write_bytes(table_bytes(ROWS, b"data"))
    import hashlib

    raw = read_table(path, hashlib.sha256(b"data").hexdigest(), raw=True)
    assert {key.decode(): value.decode() for key, value in raw.items()} == ROWS and len(raw) == len(ROWS)
    assert raw.get("çay".encode()) == b"6" and "çay".encode() in raw and "çay" not in raw
    assert raw.get(b"abc") is None and read_table(path, "0" * 64, raw=True) is None


def test_rows_with_tabs_or_newlines_are_refused():
    with pytest.raises(ValueError):
        table_bytes({"a\tb": "1"}, b"")
    with pytest.raises(ValueError):
        table_bytes({"a": "1\n2"}, b"")


@pytest.mark.parametrize("spacing", [1, 5, 16, 2048])
def test_lookups_through_sampled_keys_find_what_a_dict_finds(monkeypatch, spacing):
    import drift.lexicon.table as module

    monkeypatch.setattr(module, "_SAMPLE_SPACING", spacing)
    rows = {f"{word}{number}": f"v{number}" for number in range(40) for word in ("", "k", "ka", "kb", "ş")}
    table = SortedTable(gzip.decompress(table_bytes(rows, b"")).decode("utf-8").partition("\n")[2])
    for key in [*rows, "", "j", "k", "ka", "k9x", "ş", "şz", "z", "k1\tv1", "k1\nk2", "\n"]:
        assert table.get(key) == rows.get(key) and (key in table) == (key in rows)
