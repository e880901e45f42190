"""A real SIGKILL in the middle of a batch, then a rerun: one valid line per pair, none lost, none twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from batch.pairs import write_manifest, write_small_pairs

PAIRS = 30


def _lines(path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def _session_alive(session: int) -> bool:
    try:
        os.killpg(session, 0)
    except ProcessLookupError:
        return False
    return True


def _kill_after(command, output, lines: int, whole_group: bool) -> None:
    """Start the batch, wait until `lines` results are on disk, SIGKILL it, and wait for its workers to go."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 180
        while _lines(output) < lines:
            assert process.poll() is None, f"the batch ended before it was killed: {process.stderr.read()}"
            assert time.monotonic() < deadline, "no progress within three minutes"
            time.sleep(0.005)
        if whole_group:
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()  # the parent alone, as the OOM killer would: its workers must not linger
        process.wait(timeout=30)
        deadline = time.monotonic() + 10
        while _session_alive(process.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _session_alive(process.pid), "worker processes outlived the killed batch"
    finally:
        if _session_alive(process.pid):
            os.killpg(process.pid, signal.SIGKILL)
        process.stderr.close()


@pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX signals and sessions")
def test_sigkill_then_rerun_gives_exactly_one_valid_line_per_pair(tmp_path):
    pairs = write_small_pairs(tmp_path, PAIRS)
    manifest = write_manifest(tmp_path / "pairs.csv", pairs)
    output = tmp_path / "results.jsonl"
    command = [sys.executable, "-m", "drift", "batch", str(manifest), "-o", str(output), "--workers", "2", "-q",
               "--fail-on", "never", "-f", "json"]
    _kill_after(command, output, 3, whole_group=False)
    first = _lines(output)
    _kill_after(command, output, first + 8, whole_group=True)
    assert _lines(output) < PAIRS, "the batch finished before the second kill; the test needs more pairs"

    final = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert final.returncode == 0, final.stderr
    text = output.read_text(encoding="utf-8")
    assert text.endswith("\n")
    rows = [json.loads(line) for line in text[:-1].split("\n")]  # every line is whole, valid JSON
    assert sorted(row["id"] for row in rows) == sorted(pair_id for pair_id, _, _ in pairs)
    assert all(row["status"] == "ok" for row in rows)
    summary = json.loads(final.stdout)
    assert summary["checked"] + summary["resumed"] == PAIRS and summary["resumed"] >= first
