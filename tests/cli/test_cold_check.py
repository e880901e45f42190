"""A cold `drift check` as the console script runs it: the encoder loads in a child process.

Same output as in-process, and Ctrl-C leaves no process behind.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from drift.cli import main
from processes import gone

DRIFT = [sys.executable, "-m", "drift"]


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in path.read_text().split()] if path.exists() else []


def test_same_json_as_in_process(samples, capsys):
    pair = [str(samples / "s400" / "tr.txt"), str(samples / "s400" / "en.txt")]
    cold = subprocess.run([*DRIFT, "check", *pair, "-f", "json", "--no-config"], capture_output=True, text=True,
                          timeout=120)
    assert main(["check", *pair, "-f", "json", "--no-config"]) == cold.returncode == 1
    assert cold.stdout == capsys.readouterr().out


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads child processes from Linux's /proc")
def test_ctrl_c_ends_both_processes(samples):
    command = [*DRIFT, "check", str(samples / "s400" / "tr.txt"), str(samples / "s400" / "en.txt"), "-f", "json"]
    # As a terminal starts it: Ctrl-C at its default. A runner that started this suite in the background
    # may have it ignored, and an ignored signal stays ignored in every program started from there.
    parent = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              start_new_session=True, preexec_fn=_default_ctrl_c)
    try:
        deadline = time.monotonic() + 10
        while not _children(parent.pid) and parent.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        children = _children(parent.pid)
        if not children:
            pytest.skip("no encoder process was started (one usable core)")
        time.sleep(0.3)  # both at work: the child loading the model, the parent warming the checks up
        os.killpg(parent.pid, signal.SIGINT)  # what a terminal does: the whole foreground group
        # It must end, not end fast (speed is measured in make bench): a loaded machine gets time.
        _, err = parent.communicate(timeout=90)
    finally:
        if parent.poll() is None:
            parent.kill()
    assert parent.returncode == 130
    assert "Traceback" not in err
    assert all(gone(child, within=3) for child in children)


def _default_ctrl_c() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
