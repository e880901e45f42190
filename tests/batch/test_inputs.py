"""Manifests and folder pairing: what becomes a pair, what becomes an error row, what stops the run."""

from __future__ import annotations

import json

import pytest

from drift.batch import BatchInputError, pair_folders, read_manifest
from drift.errors import InputError


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("text", [
    "orig,trans,id\na/tr.txt,a/en.txt,first\nb/tr.txt,b/en.txt,second\n",
    "a/tr.txt,a/en.txt,first\nb/tr.txt,b/en.txt,second\n",
    "# comment\nid,trans,orig\n\nfirst,a/en.txt,a/tr.txt\nsecond, b/en.txt ,b/tr.txt\n",
])
def test_csv_manifests(tmp_path, text):
    manifest = write(tmp_path / "pairs.csv", text)
    batch = read_manifest(manifest)
    assert [(pair.id, pair.orig, pair.trans) for pair in batch.pairs] == [
        ("first", tmp_path / "a/tr.txt", tmp_path / "a/en.txt"),
        ("second", tmp_path / "b/tr.txt", tmp_path / "b/en.txt"),
    ]
    assert batch.problems == ()


def test_jsonl_manifest_and_default_ids(tmp_path):
    manifest = write(tmp_path / "pairs.jsonl", json.dumps({"orig": "/x/tr.txt", "trans": "en.txt"}) + "\n"
                     + json.dumps({"orig": "tr2.txt", "trans": "en2.txt", "id": "two"}) + "\n")
    batch = read_manifest(manifest)
    assert [(pair.id, str(pair.orig)) for pair in batch.pairs] == [("en.txt", "/x/tr.txt"),
                                                                   ("two", str(tmp_path / "tr2.txt"))]


@pytest.mark.parametrize("name, bad_row, expected", [
    ("pairs.csv", "only-one-field", "expected comma-separated fields orig,trans,id, got 1 field(s)"),
    ("pairs.csv", "a,b,c,d", "got 4 field(s)"),
    ("pairs.csv", ",en.txt", "no orig path"),
    ("pairs.csv", "tr.txt,en.txt,same", "id 'same' is already used on line 1"),
    ("pairs.jsonl", "{not json", "not JSON"),
    ("pairs.jsonl", '["tr.txt", "en.txt"]', "expected an object"),
    ("pairs.jsonl", '{"orig": "tr.txt", "trans": "en.txt", "lang": "tr"}', "unknown key 'lang'; valid keys"),
])
def test_bad_rows_become_problems_and_the_rest_stays(tmp_path, name, bad_row, expected):
    good = "tr.txt,en.txt,same" if name.endswith(".csv") else '{"orig": "tr.txt", "trans": "en.txt", "id": "same"}'
    manifest = write(tmp_path / name, f"{good}\n{bad_row}\n")
    batch = read_manifest(manifest)
    assert [pair.id for pair in batch.pairs] == ["same"]
    (problem,) = batch.problems
    assert problem.id == f"{manifest}:2"
    assert problem.message.startswith(f"{manifest}:2: ") and expected in problem.message
    assert "\n" not in problem.message


@pytest.mark.parametrize("make, expected", [
    (lambda tmp: tmp / "missing.csv", "no such manifest"),
    (lambda tmp: write(tmp / "empty.csv", "orig,trans\n# nothing yet\n"), "no pairs in the manifest"),
    (lambda tmp: write(tmp / "blank.csv", ""), "the file is empty"),
    (lambda tmp: tmp, "is a folder"),
])
def test_manifests_with_nothing_to_do_stop_the_run(tmp_path, make, expected):
    with pytest.raises(InputError, match=expected):  # BatchInputError, or the reader's own for an empty file
        read_manifest(make(tmp_path))


def test_folders_pair_by_relative_path(tmp_path):
    for name in ("a.txt", "sub/b.txt", "only-orig.txt", ".hidden.txt"):
        write(tmp_path / "tr" / name, "Merhaba.")
    for name in ("a.txt", "sub/b.txt", "only-trans.txt"):
        write(tmp_path / "en" / name, "Hello.")
    batch = pair_folders(tmp_path / "tr", tmp_path / "en")
    assert [(pair.id, pair.orig, pair.trans) for pair in batch.pairs] == [
        ("a.txt", tmp_path / "tr/a.txt", tmp_path / "en/a.txt"),
        ("sub/b.txt", tmp_path / "tr/sub/b.txt", tmp_path / "en/sub/b.txt"),
    ]
    assert batch.unmatched == (str(tmp_path / "tr/only-orig.txt"), str(tmp_path / "en/only-trans.txt"))


def test_folders_without_a_match_stop_the_run(tmp_path):
    write(tmp_path / "tr" / "a.txt", "Merhaba.")
    write(tmp_path / "en" / "b.txt", "Hello.")
    with pytest.raises(BatchInputError, match=r"no file in .*tr \(1 files, e.g. a.txt\) has a partner"):
        pair_folders(tmp_path / "tr", tmp_path / "en")
    with pytest.raises(BatchInputError, match="same folder"):
        pair_folders(tmp_path / "tr", tmp_path / "tr")
    with pytest.raises(BatchInputError, match="no such folder"):
        pair_folders(tmp_path / "tr", tmp_path / "nowhere")
