"""The results file: append and fsync per pair, resume index, repair of a line cut by a kill, one writer."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from drift.batch import PairOutcome, PairResult, ResultsFile, ResultsFileError
from drift.batch.results import result_line
from drift.errors import UsageError


def ok_row(pair_id: str, key: str, critical: int = 0) -> dict:
    counts = {"severity": {"critical": critical, "major": 0, "minor": 1},
              "category": {"name": critical, "omission": 1}}
    return {"schema": "drift/1", "kind": "batch-pair", "id": pair_id, "status": "ok", "key": key,
            "report": {"summary": {"findings": counts}, "text": "Türkçe \u2028 satır\nsonu\x85\u2029"}}


def result(row: dict) -> PairResult:
    return PairResult(PairOutcome.from_row(row), result_line(row))


def test_lines_are_single_json_lines_and_resume_reads_them(tmp_path):
    path = tmp_path / "results.jsonl"
    with ResultsFile.open(path) as results:
        assert dict(results.done) == {}
        results.append(result(ok_row("a", "k1", critical=2)))
        results.append(result({"kind": "batch-pair", "id": "b", "status": "error", "key": "k2", "error": "b: boom"}))
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "" and len(lines) == 3
    assert [json.loads(line)["id"] for line in lines[:-1]] == ["a", "b"]
    assert path.read_text(encoding="utf-8").splitlines() == lines[:-1]  # no line break hides inside a line
    assert json.loads(lines[0])["report"]["text"] == ok_row("a", "k1")["report"]["text"]
    with ResultsFile.open(path) as results:
        assert results.done["k1"] == PairOutcome("a", "k1", True, (("critical", 2), ("major", 0), ("minor", 1)),
                                                 (("name", 2), ("omission", 1)))
        assert results.done["k2"].error == "b: boom" and not results.done["k2"].ok


def test_an_unfinished_last_line_is_dropped_on_resume(tmp_path):
    path = tmp_path / "results.jsonl"
    whole = result_line(ok_row("a", "k1")) + "\n"
    path.write_text(whole + result_line(ok_row("b", "k2"))[:40], encoding="utf-8")
    with ResultsFile.open(path) as results:
        assert set(results.done) == {"k1"}
        results.append(result(ok_row("b", "k2")))
    assert [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()] == ["a", "b"]


def test_the_last_row_for_a_key_wins(tmp_path):
    path = tmp_path / "results.jsonl"
    with ResultsFile.open(path) as results:
        results.append(result({"kind": "batch-pair", "id": "a", "status": "error", "key": "k", "error": "a: x"}))
        results.append(result(ok_row("a", "k")))
    with ResultsFile.open(path) as results:
        assert results.done["k"].ok


def test_refuses_a_file_that_is_not_batch_output(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello\n", encoding="utf-8")
    with pytest.raises(ResultsFileError, match=r"notes.txt:1: not a drift batch result line"):
        ResultsFile.open(path)
    assert path.read_text(encoding="utf-8") == "hello\n"


def test_one_writer_at_a_time(tmp_path):
    path = tmp_path / "results.jsonl"
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from drift.batch import ResultsFile
        results = ResultsFile.open({str(path)!r})
        print("locked", flush=True)
        sys.stdin.read()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(UsageError, match="another drift batch is writing to it"):
            ResultsFile.open(path)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    ResultsFile.open(path).close()
