"""The results file: one JSON line per pair, appended and fsynced as each pair finishes.

Killing a run at any moment loses at most the line being written; the next run
with the same output drops that unfinished line, reads which pairs are done
(by resume key: both inputs' SHA-256, the pair's id and the options that change
results) and checks only the rest. Only one process appends to a file at a
time: it holds a POSIX record lock, which forked workers do not inherit.
"""

from __future__ import annotations

import json
import logging
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drift.errors import DriftError, UsageError

logger = logging.getLogger(__name__)

KIND = "batch-pair"
# How every result line starts (result_line keeps the row's key order): a cut last line that does not
# begin so was not written by drift.
_ROW_START = b'{"schema":"drift/1","kind":"' + KIND.encode() + b'"'


class ResultsFileError(DriftError):
    """The results file cannot be read, locked or written."""


@dataclass(frozen=True)
class PairOutcome:
    """What the summary needs to know of one finished pair (ok or error)."""

    id: str
    key: str
    ok: bool
    severity: tuple[tuple[str, int], ...] = ()  # (severity, findings) for every severity
    category: tuple[tuple[str, int], ...] = ()  # (category, findings) for every category
    error: str | None = None

    @property
    def findings(self) -> int:
        return sum(count for _, count in self.severity)

    @property
    def message(self) -> str:
        """The error as one line that names the pair."""
        error = self.error or ""
        return error if error.startswith(f"{self.id}:") else f"{self.id}: {error}"

    def count(self, severity: str) -> int:
        return dict(self.severity).get(severity, 0)

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> PairOutcome:
        if row.get("status") != "ok":
            return cls(row["id"], row["key"], False, error=str(row.get("error")))
        counts = row["report"]["summary"]["findings"]
        return cls(row["id"], row["key"], True, tuple(counts["severity"].items()), tuple(counts["category"].items()))


@dataclass(frozen=True)
class PairResult:
    """A finished pair: its outcome and the exact line written for it (no newline)."""

    outcome: PairOutcome
    line: str


# Characters that json.dumps keeps as they are but that str.splitlines (and
# some JSON Lines readers) take for line ends; they can only occur inside JSON
# strings, where their escapes mean the same.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def result_line(row: Mapping[str, Any]) -> str:
    """One row as a single line of JSON: UTF-8 text kept as is, anything that reads as a line end escaped."""
    line = json.dumps(row, ensure_ascii=False, separators=(",", ":"))
    # Translating a whole report character by character costs more than looking for the three first.
    return line.translate(_LINE_BREAKS) if any(char in line for char in "\x85\u2028\u2029") else line


def _lock(handle: int, path: Path) -> None:
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock, as for any other tool writing a file
        return
    try:
        fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        raise UsageError(f"{path}: another drift batch is writing to it; wait for it or choose another --output") from None


def _read_all(handle: int) -> bytes:
    # pread on the locked descriptor: closing any other descriptor of this file
    # would drop the POSIX lock.
    chunks, offset = [], 0
    while chunk := os.pread(handle, 1 << 20, offset):
        chunks.append(chunk)
        offset += len(chunk)
    return b"".join(chunks)


class ResultsFile:
    """An append-only JSON Lines file of pair results that a killed run can resume.

    Open it with `ResultsFile.open(path)` (a context manager); `done` maps the
    resume key of every finished pair to its outcome (the last line wins).
    """

    def __init__(self, path: Path, handle: int, done: dict[str, PairOutcome], size: int) -> None:
        self.path = path
        self._handle = handle
        self._done = done
        self._size = size

    @classmethod
    def open(cls, path: Path) -> ResultsFile:
        path = Path(path)
        try:
            # O_NOFOLLOW and O_NONBLOCK: a link or a FIFO put there meanwhile is refused, not followed or waited on.
            handle = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
                             | os.O_NONBLOCK, 0o666)
        except OSError as exc:
            raise ResultsFileError(f"{path}: cannot open it for writing ({exc.strerror or exc})") from None
        try:
            if not stat.S_ISREG(os.fstat(handle).st_mode):
                raise ResultsFileError(f"{path}: not a regular file; --output needs a results file")
            _lock(handle, path)
            done, size = cls._load(handle, path)
        except BaseException:
            os.close(handle)
            raise
        return cls(path, handle, done, size)

    @staticmethod
    def _load(handle: int, path: Path) -> tuple[dict[str, PairOutcome], int]:
        data = _read_all(handle)
        complete = data.rfind(b"\n") + 1
        done = ResultsFile._rows(data[:complete], path)
        if complete < len(data):
            # Only the last line can be unfinished: the previous run was killed while writing it, and
            # that pair is simply checked again. Checked before cutting: a file that is not drift's
            # own (a single line of notes) is refused untouched.
            tail = data[complete:]
            if not (tail.startswith(_ROW_START) or _ROW_START.startswith(tail)):
                raise ResultsFileError(f"{path}: not a drift batch results file (its last line is not a result); "
                                       "choose another --output (drift only appends to its own results)")
            logger.warning("%s: dropping an unfinished last line (the previous run stopped while writing it)", path)
            os.ftruncate(handle, complete)
            os.fsync(handle)
        return done, complete

    @staticmethod
    def _rows(data: bytes, path: Path) -> dict[str, PairOutcome]:
        done: dict[str, PairOutcome] = {}
        for number, raw in enumerate(data.splitlines(), start=1):
            if not raw.strip():
                continue
            try:
                row = json.loads(raw)
                if row.get("kind") != KIND:
                    raise ValueError
                outcome = PairOutcome.from_row(row)
            except (ValueError, KeyError, TypeError, AttributeError):
                raise ResultsFileError(f"{path}:{number}: not a drift batch result line; "
                                       "choose another --output (drift only appends to its own results)") from None
            done[outcome.key] = outcome
        return done

    @property
    def done(self) -> Mapping[str, PairOutcome]:
        return self._done

    def append(self, result: PairResult) -> None:
        """Write one line and fsync it, so a finished pair survives a kill or a power cut."""
        data = (result.line + "\n").encode("utf-8")
        try:
            written = 0
            while written < len(data):
                written += os.write(self._handle, data[written:])
            os.fsync(self._handle)
        except OSError as exc:
            try:
                os.ftruncate(self._handle, self._size)  # leave no half line behind
            except OSError:
                pass  # the next run drops the unfinished line instead
            raise ResultsFileError(f"{self.path}: cannot write to it ({exc.strerror or exc})") from None
        self._size += len(data)
        self._done[result.outcome.key] = result.outcome

    def close(self) -> None:
        if self._handle >= 0:
            os.close(self._handle)
            self._handle = -1

    def __enter__(self) -> ResultsFile:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()
