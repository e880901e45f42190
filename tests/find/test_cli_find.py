"""`drift find-original` and `drift check DIR TRANS` as a user meets them."""

from __future__ import annotations

import json
import shutil

import pytest

from drift.cli import main
from drift.find.cache import CACHE_FOLDER
from find.testset import DISTRACTORS, original_path

TRANS = original_path("metro").parent / "en.txt"


def fill(folder, with_original: bool = True):
    folder.mkdir()
    if with_original:
        shutil.copyfile(original_path("metro"), folder / "metro.txt")
    for name in ("metro-konya.txt", "metro-second-stage.txt", "court-trial-reporters.html",
                 "economy-rates-inflation.md"):
        shutil.copyfile(DISTRACTORS / name, folder / name)
    (folder / "scan.txt").write_bytes(bytes(range(256)))
    return folder


# Shared by the tests (which only read them) so that each folder is embedded
# once, into the session's user cache folder (tests/conftest.py).
@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return fill(tmp_path_factory.mktemp("cli") / "candidates")


@pytest.fixture(scope="module")
def folder_without(tmp_path_factory):
    return fill(tmp_path_factory.mktemp("cli") / "no-original", with_original=False)


def test_find_original_text(folder, capsys, user_cache):
    assert main(["find-original", str(TRANS), str(folder)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith(f"Candidates for the original of {TRANS}: 5 compared, 5 aligned in full, 1 skipped")
    assert lines[2].split()[:2] == ["1", str(folder / "metro.txt")]
    assert "skipped 1 file: 1 not a text file (it contains binary data) (-f json or -v lists them)" in out
    assert lines[-1].startswith(f"likely original: {folder / 'metro.txt'} (high confidence, 94% of English sentences")
    assert f"runner-up {folder / 'metro-second-stage.txt'}, margin" in lines[-1]
    assert not (folder / CACHE_FOLDER).exists()  # caches never go into an input folder
    assert any(user_cache.rglob("*.npz"))


def test_find_original_json_is_deterministic_and_cached(folder, capsys, tmp_path):
    cache = tmp_path / "vectors"  # not the folder's own cache: the first run here is cold
    args = ["find-original", str(TRANS), str(folder), "-f", "json", "--cache-dir", str(cache), "--top", "3"]
    assert main(args) == 0
    first = capsys.readouterr().out
    assert main(args) == 0
    assert capsys.readouterr().out == first
    envelope = json.loads(first)
    assert envelope["schema"] == "drift/1" and envelope["kind"] == "find-original"
    assert envelope["verdict"] == "found"
    assert envelope["original"]["path"] == str(folder / "metro.txt")
    assert envelope["original"]["confidence"] == "high"
    assert envelope["counts"] == {"candidates": 5, "shortlisted": 5, "skipped": 1}
    assert [candidate["rank"] for candidate in envelope["candidates"]] == [1, 2, 3]
    top = envelope["candidates"][0]
    assert set(top) == {"rank", "path", "score", "screen", "aligned_share", "similarity", "shared_anchors", "reason"}
    assert "Kılıçoğlu" in top["shared_anchors"] or "Kilicoglu" in top["shared_anchors"]
    assert envelope["skipped"] == [{"path": str(folder / "scan.txt"),
                                    "reason": "not a text file (it contains binary data)"}]
    assert "find" in envelope["signature"]
    assert len(list(cache.rglob("*.npz"))) == 5


def test_no_likely_original_exits_1(tmp_path, capsys):
    folder = fill(tmp_path / "candidates", with_original=False)
    assert main(["find-original", str(TRANS), str(folder), "--no-cache"]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines()[-1].startswith("no likely original among 4 candidates; best: ")
    assert captured.out.splitlines()[-1].endswith("% of sentences aligned")
    assert not (folder / CACHE_FOLDER).exists()


def test_no_candidate_files_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    assert main(["find-original", str(TRANS), str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"drift: error: no candidate files (.txt, .md, .html) in {tmp_path}"]


def test_check_a_folder_picks_the_original_first(folder, capsys):
    assert main(["check", str(folder), str(TRANS), "--fail-on", "never"]) == 0
    captured = capsys.readouterr()
    assert f"drift: likely original: {folder / 'metro.txt'} (high confidence" in captured.err
    assert "finding(s)" in captured.out


def test_check_a_folder_records_the_pick_in_json(folder, capsys):
    assert main(["check", str(folder), str(TRANS), "-f", "json", "--fail-on", "never"]) == 0
    captured = capsys.readouterr()
    envelope = json.loads(captured.out)
    assert envelope["orig"]["path"] == str(folder / "metro.txt")
    assert envelope["original"]["path"] == str(folder / "metro.txt")
    assert envelope["original"]["confidence"] == "high"
    assert envelope["original"]["runner_up"] == str(folder / "metro-second-stage.txt")
    assert "likely original" not in captured.err


def test_check_a_folder_without_the_original_exits_1(folder_without, capsys):
    assert main(["check", str(folder_without), str(TRANS)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "drift: no likely original among 4 candidates; best: " in captured.err


def test_check_a_file_has_no_original_key(capsys):
    assert main(["check", str(original_path("metro")), str(TRANS), "-f", "json", "--fail-on", "never"]) == 0
    assert "original" not in json.loads(capsys.readouterr().out)
