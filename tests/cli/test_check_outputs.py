"""`drift check` formats and `drift check-pairs`, as a user runs them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drift.cli import main
from drift.cli.check import partner


@pytest.fixture()
def pair(samples, tmp_path) -> tuple[Path, Path]:
    for name in ("tr.txt", "en.txt"):
        shutil.copy(samples / "s400" / name, tmp_path / name)
    return tmp_path / "tr.txt", tmp_path / "en.txt"


def test_html_to_a_file(pair, tmp_path, capsys):
    target = tmp_path / "report.html"
    assert main(["check", *map(str, pair), "--no-config", "-f", "html", "-o", str(target)]) == 1
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in page
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize(("fmt", "start"), [("concise", f"{'{en}'}:"), ("github", "::")])
def test_line_formats(pair, capsys, fmt, start):
    assert main(["check", *map(str, pair), "--no-config", "--preview", "-f", fmt, "--fail-on", "never"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) >= 10
    assert all(line.startswith(start.format(en=pair[1])) for line in lines)


def test_align_keeps_its_two_formats(pair, capsys):
    assert main(["align", *map(str, pair), "-f", "html"]) == 2
    assert "--help" in capsys.readouterr().err


@pytest.mark.parametrize(("name", "partner_name", "english"), [
    ("en.txt", "tr.txt", True),
    ("tr.txt", "en.txt", False),
    ("story.en.md", "story.tr.md", True),
    ("story-tr.txt", "story-en.txt", False),
    ("en_faithful.txt", "tr_faithful.txt", True),
])
def test_partner_names(tmp_path, name, partner_name, english):
    (tmp_path / name).write_text("x", encoding="utf-8")
    assert partner(tmp_path / name) is None  # no partner on disk yet
    (tmp_path / partner_name).write_text("x", encoding="utf-8")
    orig, trans = partner(tmp_path / name)
    assert (trans.name, orig.name) == ((name, partner_name) if english else (partner_name, name))


def test_no_partner_for_other_files(tmp_path):
    for name in ("tender.txt", "entr.txt", "notes.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
        assert partner(tmp_path / name) is None


def test_check_pairs(pair, tmp_path, capsys):
    orig, trans = pair
    (tmp_path / "notes.txt").write_text("not an article", encoding="utf-8")
    assert main(["check-pairs", str(trans), str(orig), str(tmp_path / "notes.txt"), "--no-config",
                 "-f", "concise"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(line.startswith(f"{trans}:") for line in lines)
    assert len(lines) == len(set(lines))  # the pair was checked once, though both files were named
    assert main(["check-pairs", str(tmp_path / "notes.txt")]) == 2  # nothing to check (docs/exit-codes.md)
    assert "no article pairs" in capsys.readouterr().err
    assert main(["check-pairs", str(trans), "-f", "sarif"]) == 2
