"""The command line as a user meets it: exit codes, one-line errors, outputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from drift.cli import main

DRIFT = [sys.executable, "-m", "drift"]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*DRIFT, *args], capture_output=True, text=True, cwd=cwd, timeout=120)


@pytest.fixture()
def bad_inputs(tmp_path) -> dict[str, Path]:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "folder").mkdir()
    return {
        "missing": tmp_path / "missing.txt",
        "empty": tmp_path / "empty.txt",
        "binary": tmp_path / "binary.txt",
        "directory": tmp_path / "folder",
    }


@pytest.mark.parametrize("case", ["missing", "empty", "binary", "directory"])
@pytest.mark.parametrize("side", ["orig", "trans"])
def test_bad_input_is_one_line_and_exit_2(bad_inputs, samples, case, side):
    good = samples / "s400" / ("tr.txt" if side == "trans" else "en.txt")
    args = (bad_inputs[case], good) if side == "orig" else (good, bad_inputs[case])
    result = run("align", *map(str, args))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("drift: error: ") and str(bad_inputs[case]) in lines[0]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [
    ["align", "only-one.txt"],
    ["align", "a.txt", "b.txt", "--format", "xml"],
    ["--no-such-flag"],
])
def test_usage_errors_are_one_line_and_exit_2(args):
    result = run(*args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "--help" in result.stderr


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("drift ")


def test_help_lists_align():
    result = run("--help")
    assert result.returncode == 0
    assert "align" in result.stdout


def test_text_view_marks_gaps(samples, capsys):
    sample = samples / "s400"
    assert main(["align", str(sample / "tr.txt"), str(sample / "en.txt")]) == 0
    out = capsys.readouterr().out
    assert out.count("left out of the English") == 2
    assert out.count("no Turkish source: added") == 2  # the two rows; the caption counts them too


def test_json_envelope(samples, capsys):
    sample = samples / "metro"
    assert main(["align", str(sample / "tr.txt"), str(sample / "en.txt"), "-f", "json"]) == 0
    envelope = json.loads(capsys.readouterr().out)
    assert envelope["schema"] == "drift/1"
    assert envelope["kind"] == "alignment"
    assert envelope["orig"]["language"] == "tr" and envelope["trans"]["language"] == "en"
    assert set(envelope["signature"]) >= {"drift", "encoder", "align"}
    assert envelope["summary"]["omissions"] == 1 and envelope["summary"]["additions"] == 1
    assert {bead["kind"] for bead in envelope["beads"]} >= {"1-1", "1-2", "2-1", "1-0", "0-1"}


def test_json_is_deterministic(samples, capsys):
    sample = samples / "wildfire"
    args = ["align", str(sample / "tr.txt"), str(sample / "en.txt"), "-f", "json"]
    main(args)
    first = capsys.readouterr().out
    main(args)
    assert capsys.readouterr().out == first


def test_output_file_and_no_overwrite_of_inputs(samples, tmp_path, capsys):
    sample = samples / "wildfire"
    target = tmp_path / "alignment.json"
    assert main(["align", str(sample / "tr.txt"), str(sample / "en.txt"), "-f", "json", "-o", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["schema"] == "drift/1"

    copy = tmp_path / "en.txt"
    copy.write_bytes((sample / "en.txt").read_bytes())
    before = copy.read_bytes()
    assert main(["align", str(sample / "tr.txt"), str(copy), "-o", str(copy)]) == 2
    assert "refusing to overwrite" in capsys.readouterr().err
    assert copy.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
