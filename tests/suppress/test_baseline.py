"""Baselines: written then re-applied hides everything; edits elsewhere keep it so; new drift shows."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from drift.cli import main
from drift.errors import ConfigError
from drift.model import Span
from drift.suppress import (
    Baseline,
    apply_baseline,
    baseline_entries,
    fingerprint,
    fingerprints,
    read_baseline,
    updated_baseline,
)


@pytest.fixture()
def article(samples, tmp_path) -> tuple[Path, Path]:
    folder = tmp_path / "desk" / "story"
    folder.mkdir(parents=True)
    for name in ("tr.txt", "en.txt"):
        shutil.copy(samples / "s400" / name, folder / name)
    return folder / "tr.txt", folder / "en.txt"


def _concise(capsys, *args: str) -> tuple[int, list[str]]:
    code = main(["check", *args, "-f", "concise", "--no-config", "--preview"])
    return code, capsys.readouterr().out.splitlines()


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_write_apply_edit_and_new_drift(article, tmp_path, capsys):
    orig, trans = article
    baseline = tmp_path / "drift-baseline.json"
    code, before = _concise(capsys, str(orig), str(trans))
    assert code == 1 and len(before) >= 10

    code, lines = _concise(capsys, str(orig), str(trans), "--write-baseline", str(baseline))
    assert (code, lines) == (0, [])
    written = json.loads(baseline.read_text(encoding="utf-8"))
    assert written["schema"] == "drift-baseline/1" and len(written["findings"]) == len(before)
    assert {entry["file"] for entry in written["findings"]} == {"desk/story/en.txt"}

    assert _concise(capsys, str(orig), str(trans), "--baseline", str(baseline)) == (0, [])

    _edit(trans, "Turkey shares a maritime border with Ukraine", "Turkey shares a sea border with Ukraine")
    _edit(trans, "has good relations with both countries", "has good ties with both countries")
    assert _concise(capsys, str(orig), str(trans), "--baseline", str(baseline)) == (0, [])

    _edit(trans, "annexation of Crimea in 2014", "annexation of Crimea in 2015")
    code, lines = _concise(capsys, str(orig), str(trans), "--baseline", str(baseline))
    assert code == 1 and len(lines) == 1
    assert " D301 [critical] " in lines[0] and "2015" in lines[0]


def test_baseline_from_the_configuration(article, capsys):
    orig, trans = article
    assert main(["check", str(orig), str(trans), "--no-config", "--write-baseline",
                 str(trans.parent / "accepted.json")]) == 0
    (trans.parent / "drift.toml").write_text('baseline = "accepted.json"\n', encoding="utf-8")
    capsys.readouterr()
    assert main(["check", str(orig), str(trans), "-f", "concise"]) == 0
    assert capsys.readouterr().out == ""


def test_one_baseline_for_many_articles(article, samples, tmp_path, capsys):
    orig, trans = article
    other = tmp_path / "desk" / "other"
    shutil.copytree(trans.parent, other)
    baseline = tmp_path / "desk" / "baseline.json"
    main(["check", str(orig), str(trans), "--no-config", "--write-baseline", str(baseline)])
    main(["check", str(other / "tr.txt"), str(other / "en.txt"), "--no-config", "--write-baseline", str(baseline)])
    files = {entry.file for entry in read_baseline(baseline).entries}
    assert files == {"story/en.txt", "other/en.txt"}
    main(["check", str(orig), str(trans), "--no-config", "--write-baseline", str(baseline)])  # rewrite one
    assert {entry.file for entry in read_baseline(baseline).entries} == files
    capsys.readouterr()


def test_fingerprints_ignore_offsets_and_count_repeats(s400_report):
    finding = s400_report.findings[0]
    moved = replace(finding, trans=Span(finding.trans.start + 50, finding.trans.end + 50, finding.trans.text),
                    bead=finding.bead + 3, confidence=0.1, message="reworded")
    assert fingerprint(moved) == fingerprint(finding)
    assert fingerprint(replace(finding, code="D999")) != fingerprint(finding)
    other_words = replace(finding, trans=Span(0, 4, "Bill"))
    assert fingerprint(other_words) != fingerprint(finding)
    assert fingerprints((finding, moved)) == (f"{fingerprint(finding)}:1", f"{fingerprint(finding)}:2")

    from drift.model import Report

    twice = Report(s400_report.alignment, (finding, moved))
    once = Baseline(baseline_entries(Report(s400_report.alignment, (finding,)), "en.txt"))
    kept, hidden = apply_baseline(twice, once, "en.txt")
    assert hidden == 1 and len(kept.findings) == 1  # the second equal finding is new
    assert apply_baseline(twice, once, "other.txt")[1] == 0  # a baseline entry belongs to its file


def test_updated_baseline_keeps_other_files(s400_report):
    entries = baseline_entries(s400_report, "a/en.txt")
    first = updated_baseline(Baseline(), ("a/en.txt",), entries)
    second = updated_baseline(first, ("b/en.txt",), baseline_entries(s400_report, "b/en.txt"))
    assert len(second.entries) == 2 * len(entries)
    assert len(updated_baseline(second, ("a/en.txt",), ()).entries) == len(entries)


@pytest.mark.parametrize(("content", "fragment"), [
    (None, "no such baseline file; create it with --write-baseline"),
    ("not json", "not a drift baseline"),
    ('{"schema": "other", "findings": []}', "not a drift baseline"),
    ('{"schema": "drift-baseline/1", "findings": [{"file": "x"}]}', "entry 1 lacks"),
])
def test_bad_baselines_are_one_line_errors(article, tmp_path, capsys, content, fragment):
    orig, trans = article
    path = tmp_path / "b.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=fragment):
        read_baseline(path)
    assert main(["check", str(orig), str(trans), "--no-config", "--baseline", str(path)]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0]


def test_write_baseline_never_overwrites_an_input(article, capsys):
    orig, trans = article
    before = trans.read_bytes()
    assert main(["check", str(orig), str(trans), "--no-config", "--write-baseline", str(trans)]) == 2
    assert trans.read_bytes() == before
    assert "refusing to overwrite" in capsys.readouterr().err
