"""Running a batch: a process pool whose workers load the encoder once, results appended as pairs finish.

Each worker is a process (the checks are Python and hold the GIL) whose
encoder runs one BLAS thread, so `--workers N` uses N cores. At most two pairs per worker are
in flight. If a worker process dies (killed, out of memory), the pool is
restarted and the pairs that were in flight are retried one at a time, so a
pair that kills its worker again is found and recorded as an error alone.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from drift.batch.results import PairOutcome, PairResult, ResultsFile
from drift.batch.work import PairTask, error_result, file_digest, init_worker, run_pair
from drift.embed import SentenceEncoder
from drift.errors import DriftError
from drift.model import Category, Severity

logger = logging.getLogger(__name__)

IN_FLIGHT_PER_WORKER = 2
ATTEMPTS = 2


class BatchError(DriftError):
    """The batch as a whole cannot go on."""


def default_workers() -> int:
    return os.cpu_count() or 1


def _context():
    import multiprocessing

    # fork: a worker starts in milliseconds with drift already imported. Only on
    # Linux, where it is safe for this program; elsewhere the platform default.
    if sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


class WorkerPool:
    """Processes that each load the encoder once and check pairs until closed."""

    def __init__(self, workers: int, pairs: int, loading: SentenceEncoder | None = None) -> None:
        self.processes = max(1, min(workers, pairs))
        # One BLAS thread per worker: a worker is one core. A second thread buys
        # the encoder about a fifth on an idle machine, but OpenBLAS threads spin
        # while they wait, and when another process holds the core (another
        # worker, another job) a pair takes two to four times as long.
        self.threads = 1
        # An encoder the command started in a child process (drift.cli.early_encoder), its model loading since
        # the command began: the first worker forked takes it over (`init_worker`) instead of loading its own.
        # Only a forked worker inherits its pipes, and only the same threads give the same vectors.
        usable = loading is not None and getattr(loading, "threads", None) == self.threads \
            and _context().get_start_method() == "fork"
        self._loading = loading if usable else None
        self._claim = None
        self._executor = None
        self._start()

    def _start(self) -> None:
        from concurrent.futures import ProcessPoolExecutor

        initargs: tuple = (self.threads,)
        if self._loading is not None:
            # A worker started again after another died takes nothing: the flag stays set.
            if self._claim is None:
                self._claim = _context().Value("b", 0)
            initargs = (self.threads, self._loading, self._claim)
        self._executor = ProcessPoolExecutor(self.processes, mp_context=_context(), initializer=init_worker,
                                             initargs=initargs)
        # Start every worker now (they load their encoders meanwhile), before
        # the caller starts threads of its own, such as a progress bar's.
        self._executor.submit(os.getpid)

    def _restart(self) -> None:
        logger.warning("a worker process died; restarting the workers and retrying its pairs one at a time")
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._start()

    def run(self, tasks: Iterable[PairTask]) -> Iterator[PairResult]:
        """Check every task, yielding each result as soon as it is ready (not in task order)."""
        from concurrent.futures import FIRST_COMPLETED, wait
        from concurrent.futures.process import BrokenProcessPool

        waiting: deque[PairTask] = deque()
        for task in tasks:
            if task.needs_worker:
                waiting.append(task)
            else:
                yield run_pair(task)  # a bad manifest row or a missing file fails at once, with no encoder
        retrying: deque[PairTask] = deque()  # suspects of a dead worker, run one at a time
        attempts: Counter[str] = Counter()
        in_flight: dict[Any, PairTask] = {}
        restarts_in_a_row = 0
        while waiting or retrying or in_flight:
            queue, limit = (retrying, 1) if retrying else (waiting, IN_FLIGHT_PER_WORKER * self.processes)
            while queue and len(in_flight) < limit:
                try:
                    future = self._executor.submit(run_pair, queue[0], threads=self.threads)
                except BrokenProcessPool:
                    break  # the futures in flight fail too and are handled below
                in_flight[future] = queue.popleft()
            if not in_flight:  # broken before anything could be submitted
                restarts_in_a_row += 1
                if restarts_in_a_row > ATTEMPTS:
                    raise BatchError("cannot start the worker processes; try --workers 1, or free some memory")
                self._restart()
                continue
            restarts_in_a_row = 0
            finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            suspects = []
            for future in finished:
                task = in_flight.pop(future)
                try:
                    result = future.result()
                except BrokenProcessPool:
                    suspects.append(task)
                    continue
                except Exception as exc:  # e.g. a result that could not travel back: record it, go on
                    result = _failed(task, f"internal error: {type(exc).__name__}: {exc} (please report it)")
                yield result
            if not suspects:
                continue
            suspects += in_flight.values()
            in_flight.clear()
            self._restart()
            attempts.update(task.key for task in suspects)
            if len(suspects) == 1 and attempts[suspects[0].key] >= ATTEMPTS:
                yield _failed(suspects[0], f"the worker process died while checking this pair, {ATTEMPTS} times "
                                           "(out of memory?)")
            else:
                retrying.extend(suspects)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def _failed(task: PairTask, message: str) -> PairResult:
    return error_result(task, message, file_digest(task.orig), file_digest(task.trans))


def pending(tasks: Sequence[PairTask], done: Mapping[str, PairOutcome], retry_errors: bool = False) -> list[PairTask]:
    """The tasks whose result is not in the results yet (or was an error, when retrying errors)."""
    return [task for task in tasks
            if task.key not in done or (retry_errors and not done[task.key].ok)]


class Progress(Protocol):
    """What a batch reports while it runs (the command line draws a progress bar)."""

    def start(self, total: int, resumed: int, workers: int) -> None: ...

    def advance(self, outcome: PairOutcome) -> None: ...


@dataclass(frozen=True)
class BatchSummary:
    """A finished batch at a glance: how many pairs, what was found, which pieces are worst."""

    pairs: int
    checked: int  # in this run
    resumed: int  # already in the results from an earlier run
    failing: int  # pairs with a finding at or above their fail-on
    severity: tuple[tuple[str, int], ...]
    category: tuple[tuple[str, int], ...]
    worst: tuple[PairOutcome, ...]
    errors: tuple[PairOutcome, ...]
    unmatched: tuple[str, ...]
    seconds: float
    output: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "schema": "drift/1",
            "kind": "batch-summary",
            "output": self.output,
            "pairs": self.pairs,
            "checked": self.checked,
            "resumed": self.resumed,
            "errors": len(self.errors),
            "failing": self.failing,
            "findings": {"severity": dict(self.severity), "category": dict(self.category)},
            "worst": [{"id": outcome.id, "findings": outcome.findings, "severity": dict(outcome.severity)}
                      for outcome in self.worst],
            "failed": [{"id": outcome.id, "error": outcome.error} for outcome in self.errors],
            "unmatched": list(self.unmatched),
            "seconds": round(self.seconds, 3),
        }


def _at_or_above(outcome: PairOutcome, fail_on: str) -> bool:
    if fail_on == "never" or not outcome.ok:
        return False
    threshold = Severity(fail_on).rank
    return any(count and Severity(level).rank >= threshold for level, count in outcome.severity)


def _badness(outcome: PairOutcome) -> tuple[int, ...]:
    return tuple(outcome.count(level.value) for level in sorted(Severity, key=lambda level: -level.rank))


def summarize(tasks: Sequence[PairTask], outcomes: Mapping[str, PairOutcome], *, checked: int, seconds: float,
              output: str, unmatched: tuple[str, ...] = (), worst: int = 5) -> BatchSummary:
    """Totals over every pair of the batch (this run's and earlier runs'), by task id."""
    severity: Counter[str] = Counter({level.value: 0 for level in Severity})
    category: Counter[str] = Counter({kind.value: 0 for kind in Category})
    known = [(task, outcomes[task.id]) for task in tasks if task.id in outcomes]
    for _, outcome in known:
        severity.update(dict(outcome.severity))
        category.update(dict(outcome.category))
    ok = [outcome for _, outcome in known if outcome.ok and outcome.findings]
    ranked = sorted(ok, key=lambda outcome: (tuple(-n for n in _badness(outcome)), outcome.id))
    return BatchSummary(
        pairs=len(tasks),
        checked=checked,
        resumed=len(known) - checked,
        failing=sum(_at_or_above(outcome, task.fail_on) for task, outcome in known),
        severity=tuple(severity.items()),
        category=tuple(category.items()),
        worst=tuple(ranked[:worst]),
        errors=tuple(outcome for _, outcome in known if not outcome.ok),
        unmatched=unmatched,
        seconds=seconds,
        output=output,
    )


def run_batch(tasks: Sequence[PairTask], results: ResultsFile, *, workers: int | None = None,
              retry_errors: bool = False, progress: Progress | None = None,
              unmatched: tuple[str, ...] = (), loading: SentenceEncoder | None = None) -> BatchSummary:
    """Check every task not already in `results`, appending each result as it finishes.

    `loading`, an encoder already loading in a child process with one BLAS thread (drift.embed.process), is
    taken over by the first worker; the caller closes it when the batch is done.
    """
    started = time.perf_counter()
    todo = pending(tasks, results.done, retry_errors)
    outcomes = {task.id: results.done[task.key] for task in tasks if task.key in results.done}
    workers = workers or default_workers()
    needs_worker = sum(task.needs_worker for task in todo)
    pool = WorkerPool(workers, needs_worker, loading) if needs_worker else None
    try:
        if progress is not None:
            progress.start(len(todo), len(tasks) - len(todo), pool.processes if pool else 0)
        results_iter = pool.run(todo) if pool else (run_pair(task) for task in todo)
        for result in results_iter:
            results.append(result)
            outcomes[result.outcome.id] = result.outcome
            if progress is not None:
                progress.advance(result.outcome)
    finally:
        if pool is not None:
            pool.close()
    return summarize(tasks, outcomes, checked=len(todo), seconds=time.perf_counter() - started,
                     output=str(results.path), unmatched=unmatched)
