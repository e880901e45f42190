"""Limits: files over --max-bytes are refused before they are read; long documents take linear paths.

The time and memory figures for 0.5, 1 and 2 MB pairs are measured by
benchmarks/bench_scale.py (README, "Limits"), not here: these tests check the
refusal and that the long-document paths (the banded aligner and the windowed
checks) keep every span exact.
"""

from __future__ import annotations

import sys

import pytest

import drift.windows
from drift.cli import main
from drift.errors import InputError
from drift.model import Document, Language
from drift.pipeline import check_documents
from drift.read import DEFAULT_MAX_BYTES, read_document
from input.cases import assert_spans_exact, comparable, texts


def _one_line(capsys) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("drift: error: ") and captured.out == "", captured.err
    return lines[0]


@pytest.mark.parametrize("command", ["check", "align"])
def test_a_huge_file_is_refused_before_it_is_read(tmp_path, samples, capsys, command):
    archive = tmp_path / "archive.txt"
    with archive.open("wb") as stream:  # 20 MB, sparse: nothing is written, nothing need be read
        stream.truncate(20_000_000)
    assert main([command, str(archive), str(samples / "s400" / "en.txt")]) == 2
    assert _one_line(capsys) == (f"drift: error: {archive}: 20 MB is more than the 5 MB limit for one article; check "
                                 "it is the right file, or raise the limit with --max-bytes")


def test_max_bytes_changes_the_limit(samples, capsys):
    pair = [str(samples / "metro" / "tr.txt"), str(samples / "metro" / "en.txt")]
    assert main(["align", *pair, "--max-bytes", "1000"]) == 2
    assert f"{pair[0]}: 2 KB is more than the 1 KB limit for one article" in _one_line(capsys)
    assert main(["align", *pair, "--max-bytes", "1000000", "-f", "json"]) == 0
    capsys.readouterr()
    assert main(["lint", pair[1], "--max-bytes", "500"]) == 2
    assert "is more than the 500 bytes limit" in _one_line(capsys)
    assert main(["check", *pair, "--max-bytes", "0"]) == 2
    assert "--max-bytes" in _one_line(capsys)


def test_the_library_default_and_no_limit(tmp_path):
    assert DEFAULT_MAX_BYTES == 5_000_000
    path = tmp_path / "long.txt"
    path.write_text("Bir cümle daha.\n" * 400_000, encoding="utf-8")  # 6.8 MB
    with pytest.raises(InputError, match="is more than the 5 MB limit"):
        read_document(path, Language.TURKISH)
    assert len(read_document(path, Language.TURKISH, max_bytes=None).text) == 16 * 400_000


def test_long_document_paths_keep_spans_exact(monkeypatch, encoder):
    tr, en = texts()
    orig, trans = Document(tr, Language.TURKISH), Document(en, Language.ENGLISH)
    whole = check_documents(orig, trans, encoder=encoder)
    # The article as if it were long: the banded aligner and checks a few beads at a time.
    monkeypatch.setattr(sys.modules["drift.align"], "DENSE_CELLS", 0)
    monkeypatch.setattr(drift.windows, "WINDOW_BEADS", 4)
    windowed = check_documents(orig, trans, encoder=encoder)
    assert windowed.alignment.beads == whole.alignment.beads
    assert_spans_exact(windowed)
    # Checks that look at one bead at a time find the same; document-wide ones look within a window.
    per_bead = {"D101", "D102", "D201", "D301", "D302", "D404", "D501", "D601"}
    assert [f for f in comparable(windowed) if f[0] in per_bead] == [f for f in comparable(whole) if f[0] in per_bead]
