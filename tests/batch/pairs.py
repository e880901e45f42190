"""Small article pairs for batch tests, cut from the development set (fast to check)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
DEV = sorted(path for path in (SAMPLES / "dev").iterdir() if (path / "tr.txt").is_file())


def write_small_pairs(folder: Path, count: int) -> list[tuple[str, Path, Path]]:
    """`count` pairs (id, orig, trans): the first two to four paragraphs of each development article."""
    pairs = []
    for number in range(count):
        sample = DEV[number % len(DEV)]
        lines = 2 + (number // len(DEV)) % 3
        orig, trans = folder / f"{number:03}.tr.txt", folder / f"{number:03}.en.txt"
        for source, target in ((sample / "tr.txt", orig), (sample / "en.txt", trans)):
            target.write_text("\n".join(source.read_text(encoding="utf-8").splitlines()[:lines]) + "\n",
                              encoding="utf-8")
        pairs.append((f"pair-{number:03}", orig, trans))
    return pairs


def write_manifest(path: Path, pairs) -> Path:
    path.write_text("orig,trans,id\n" + "".join(f"{orig.name},{trans.name},{pair_id}\n"
                                                for pair_id, orig, trans in pairs), encoding="utf-8")
    return path


def drift_command(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "drift", *args], capture_output=True, text=True, timeout=300,
                          **kwargs)


def no_warm_up(threads: int) -> None:
    """A pool initializer that loads nothing (for tests that do not check real pairs)."""


def fake_run_pair(task, encoder=None, *, threads=None):
    """A stand-in for `run_pair`: an empty ok row, except that the pair named "kills-its-worker" does."""
    import os

    from drift.batch.results import PairOutcome, PairResult, result_line

    if task.id == "kills-its-worker":
        os._exit(7)
    counts = {"severity": {"critical": 0, "major": 0, "minor": 0}, "category": {}}
    row = {"kind": "batch-pair", "id": task.id, "status": "ok", "key": task.key,
           "report": {"summary": {"findings": counts}}}
    return PairResult(PairOutcome.from_row(row), result_line(row))
