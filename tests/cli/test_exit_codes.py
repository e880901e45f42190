"""The exit-code policy: every row of docs/exit-codes.md, run as a user runs it, with the message it promises."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from drift.cli import main

DOC = Path(__file__).resolve().parents[2] / "docs" / "exit-codes.md"
SAMPLES = Path(__file__).resolve().parents[2] / "samples"

ENGLISH = ("The minister met reporters in the capital on Monday. She said the new budget would be published "
           "next week. The opposition has asked for a debate in parliament. Officials did not give a date for "
           "the vote.\n")


@dataclass(frozen=True)
class Case:
    command: str
    case: str
    code: int
    args: Callable[[Path], list[str]]  # the arguments, given a folder holding the files of `setup`
    says: tuple[str, ...] = ()  # what stderr must contain ({tmp} is the folder)
    subprocess: bool = False


def _pair(folder: Path, trans: str = "en.txt") -> tuple[str, str]:
    shutil.copy(SAMPLES / "s400" / "tr.txt", folder / "tr.txt")
    shutil.copy(SAMPLES / "s400" / trans, folder / "en.txt")
    return str(folder / "tr.txt"), str(folder / "en.txt")


def _faithful(folder: Path) -> list[str]:
    return [*_pair(folder, "en_faithful.txt"), "--no-config"]


def _drifted(folder: Path) -> list[str]:
    return [*_pair(folder), "--no-config"]


def _with_config(folder: Path) -> list[str]:
    (folder / "drift.toml").write_text('fail_on = "major"\n', encoding="utf-8")
    return list(_pair(folder))


def _both_english(folder: Path) -> list[str]:
    (folder / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "b.txt").write_text(ENGLISH.replace("Monday", "Tuesday"), encoding="utf-8")
    return [str(folder / "a.txt"), str(folder / "b.txt"), "--no-config"]


def _bad_marker(folder: Path) -> list[str]:
    orig, trans = _pair(folder)
    Path(trans).write_text(Path(trans).read_text(encoding="utf-8") + "<!-- drift: acept D101 -->\n",
                           encoding="utf-8")
    return [orig, trans, "--no-config"]


def _manifest(folder: Path, missing: bool) -> str:
    orig, trans = _pair(folder)
    rows = f"orig,trans,id\n{orig},{trans},s400\n" + (f"{folder / 'gone.tr.txt'},{trans},gone\n" if missing else "")
    (folder / "pairs.csv").write_text(rows, encoding="utf-8")
    return str(folder / "pairs.csv")


def _lone(folder: Path) -> list[str]:
    (folder / "story.en.txt").write_text(ENGLISH, encoding="utf-8")
    return [str(folder / "story.en.txt"), "--no-config"]


def _text(folder: Path, name: str, text: str) -> str:
    (folder / name).write_text(text, encoding="utf-8")
    return str(folder / name)


CASES = [
    Case("drift check", "a faithful translation: nothing at or above fail-on", 0, lambda d: ["check", *_faithful(d)]),
    Case("drift check", "findings at or above fail-on", 1, lambda d: ["check", *_drifted(d)]),
    Case("drift check", "an input file is missing", 2, lambda d: ["check", str(d / "gone.txt"), _drifted(d)[1]],
         ("{tmp}/gone.txt",)),
    Case("drift check", "an option value that is not one of its choices (lists the choices)", 2,
         lambda d: ["check", *_drifted(d), "--fail-on", "bogus"],
         ("--fail-on: 'bogus' is not valid; choose one of critical, major, minor, never",)),
    Case("drift check", "an unknown key in drift.toml (names the file and the valid keys)", 2,
         lambda d: ["check", *_with_config(d)], ("{tmp}/drift.toml: unknown key 'fail_on' (did you mean 'fail-on'?)",)),
    Case("drift check", "both texts English with --orig-lang tr: not an original and its translation", 2,
         lambda d: ["check", *_both_english(d), "--orig-lang", "tr"], ("both texts are English",)),
    Case("drift check", "two English texts of one story: a reference and its copy, a changed weekday found", 1,
         lambda d: ["check", *_both_english(d)]),
    Case("drift check", "a malformed drift marker (names the English file and line)", 2,
         lambda d: ["check", *_bad_marker(d)], ("{tmp}/en.txt:17: malformed drift marker",)),
    Case("drift check --pairs", "findings at or above fail-on in a pair", 1,
         lambda d: ["check", "--pairs", _manifest(d, missing=False), "--no-config", "-f", "concise"]),
    Case("drift check --pairs", "a pair's file is missing", 2,
         lambda d: ["check", "--pairs", _manifest(d, missing=True), "--no-config", "-f", "concise"],
         ("pair gone: ", "gone.tr.txt: no such file")),
    Case("drift check --pairs", "the manifest is missing", 2, lambda d: ["check", "--pairs", str(d / "none.csv")],
         ("{tmp}/none.csv: no such manifest",)),
    Case("drift check-pairs", "findings at or above fail-on in a pair", 1,
         lambda d: ["check-pairs", _drifted(d)[1], "--no-config", "-f", "concise"]),
    Case("drift check-pairs", "nothing to check: no file has its partner (with a hint)", 2,
         lambda d: ["check-pairs", *_lone(d)], ("(nothing to check); a pair is two files", "{tmp}/story.en.txt")),
    Case("drift batch", "a pair's file is missing", 2,
         lambda d: ["batch", _manifest(d, missing=True), "-o", str(d / "results.jsonl"), "-q", "--fail-on", "never",
                    "--workers", "1", "--no-config"], ("1 of the 2 pair(s) could not be checked, e.g. gone: ",
                                                        "gone.tr.txt: no such file"), subprocess=True),
    Case("drift batch", "no pair could be checked", 2,
         lambda d: ["batch", _text(d, "pairs.csv", "a.txt,b.txt\n"), "-o", str(d / "results.jsonl"), "-q"],
         ("none of the 1 pair(s) could be checked",), subprocess=True),
    Case("drift lint", "a clean English text", 0, lambda d: ["lint", _pair(d, "en_faithful.txt")[1], "--no-config"]),
    Case("drift lint", "findings at or above fail-on", 1,
         lambda d: ["lint", _pair(d)[1], "--no-config", "--fail-on", "minor", "-f", "concise"]),
    Case("drift lint", "a text that is not English (names the language it looks like)", 2,
         lambda d: ["lint", _pair(d)[0], "--no-config"], ("{tmp}/tr.txt: looks Turkish, not English",)),
    Case("drift find", "no convincing original among the candidates", 1,
         lambda d: ["find", str(SAMPLES / "s400" / "en.txt"), str(SAMPLES / "metro" / "tr.txt"),
                    str(SAMPLES / "wildfire" / "tr.txt"), "--no-cache"]),
    Case("drift find", "no candidate files", 2,
         lambda d: ["find", str(SAMPLES / "s400" / "en.txt"), str(d)], ("no candidate files",)),
    Case("drift find-original", "an input file is missing", 2,
         lambda d: ["find-original", str(d / "en.txt"), str(SAMPLES / "metro")], ("{tmp}/en.txt",)),
    Case("drift align", "an input file is missing", 2, lambda d: ["align", str(d / "tr.txt"), str(d / "en.txt")],
         ("{tmp}/tr.txt",)),
    Case("drift explain", "an unknown check code", 2, lambda d: ["explain", "D999"], ("D999",)),
    Case("drift config", "the settings resolve", 0, lambda d: ["config", str(d), "--no-config"]),
    Case("drift config", "`--config` names a pyproject.toml without `[tool.drift]`", 2,
         lambda d: ["config", "--config", _text(d, "pyproject.toml", "[project]\nname = 'x'\n")],
         ("{tmp}/pyproject.toml: has no [tool.drift] table",)),
    Case("drift", "an unknown command", 2, lambda d: ["bogus"], ("No such command 'bogus'",)),
]


def _documented() -> list[tuple[str, str, int]]:
    rows = re.findall(r"^\| `(drift[^`]*)` \| (.+?) \| (\d+) \|$", DOC.read_text(encoding="utf-8"), re.MULTILINE)
    return [(command, case, int(code)) for command, case, code in rows]


def test_the_documented_table_is_the_tested_one():
    assert _documented() == [(case.command, case.case, case.code) for case in CASES]


def _run(case: Case, folder: Path, capsys) -> tuple[int, str]:
    args = case.args(folder)
    if case.subprocess:
        done = subprocess.run([sys.executable, "-m", "drift", *args], capture_output=True, text=True, timeout=300)
        return done.returncode, done.stderr
    code = main(args)
    return code, capsys.readouterr().err


@pytest.mark.parametrize("case", CASES, ids=[f"{case.command[6:] or 'drift'}: {case.case}" for case in CASES])
def test_exit_code(case: Case, tmp_path, capsys):
    code, err = _run(case, tmp_path, capsys)
    assert code == case.code, err
    if case.code == 2:
        assert err.startswith("drift: error: ") and "Traceback" not in err and "the English text" not in err
    for text in case.says:
        assert text.format(tmp=tmp_path) in err, err
