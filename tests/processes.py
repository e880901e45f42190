"""Whether a child process has ended, for the tests that check drift leaves no process behind."""

from __future__ import annotations

import os
import time


def gone(pid: int, within: float = 0.0) -> bool:
    """True once no process has this id, looking again every 50 ms for up to `within` seconds."""
    deadline = time.monotonic() + within
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)
