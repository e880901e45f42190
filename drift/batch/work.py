"""One pair's work: the function every worker runs, in a local pool, on a Dask cluster or in a test.

`run_pair(task)` is importable and picklable; it takes a picklable `PairTask`
and returns a `PairResult` (the JSON line to append and a small outcome for the
summary). It never raises for a bad pair: the failure becomes an error row.
The encoder is created once per worker process (`worker_encoder`) and reused.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drift.align import AlignParams
from drift.batch.inputs import Batch
from drift.batch.results import KIND, PairOutcome, PairResult, result_line
from drift.config import Config
from drift.embed import SentenceEncoder
from drift.errors import DriftError
from drift.model import Document, Language

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Engine:
    """What every pair of a run shares that changes results: encoder, aligner parameters, lexicon."""

    encoder: str
    params: AlignParams
    lexicon: str  # SHA-256 of the lexicon file


def current_engine(encoder: SentenceEncoder | None = None, params: AlignParams = AlignParams()) -> Engine:
    """The engine this installation runs; the encoder's name is read without loading its model."""
    from drift.embed.use import UseEncoder
    from drift.lexicon import load_lexicon

    return Engine((encoder or UseEncoder()).name, params, load_lexicon().sha256)


@dataclass(frozen=True)
class PairTask:
    """Everything a worker needs for one pair; `problem` set means a manifest row to record as an error."""

    id: str
    key: str  # the resume key, from the files as the planner read them
    options: str  # fingerprint of everything besides the two inputs that changes the result
    engine: Engine
    orig: Path | None = None
    trans: Path | None = None
    config: Config | None = None
    problem: str | None = None
    readable: bool = True  # False: the planner could not read a file, so the pair fails without an encoder

    @property
    def needs_worker(self) -> bool:
        return self.problem is None and self.readable

    @property
    def fail_on(self) -> str:
        return self.config.fail_on if self.config is not None else "never"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_digest(path: Path) -> str | None:
    """SHA-256 of a file's bytes, or None when it cannot be read (the worker then says why)."""
    from drift.errors import DriftError
    from drift.read import DEFAULT_MAX_BYTES, read_input_bytes

    try:  # the bounded reader: /dev/zero or a FIFO in a manifest must not hang or fill memory here either
        return _sha256(read_input_bytes(path, DEFAULT_MAX_BYTES))
    except DriftError:
        return None


def result_options(config: Config) -> dict[str, Any]:
    """The configuration as it changes results; fail-on only decides the exit code, so it is left out."""
    options = config.fingerprint()
    options.pop("fail_on", None)
    return options


def options_fingerprint(engine: Engine, config: Config) -> str:
    """One hash of drift's version, the engine, the configuration and the baseline's content."""
    from drift import __version__

    baseline = file_digest(config.baseline) if config.baseline is not None else None
    data = {"drift": __version__, "engine": dataclasses.asdict(engine), "config": result_options(config),
            "baseline": baseline}
    return _sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8"))


def pair_key(pair_id: str, orig_digest: str | None, trans_digest: str | None, options: str) -> str:
    """The resume key: a pair counts as done when a row with this key is in the results."""
    return _sha256(json.dumps([pair_id, orig_digest, trans_digest, options], ensure_ascii=False).encode("utf-8"))


def plan(batch: Batch, engine: Engine, config_for: Callable[[Path], Config] | None = None) -> tuple[PairTask, ...]:
    """One task per pair (reading and hashing both files) and one per unusable manifest row."""
    from drift.config import default_config

    fallback = default_config() if config_for is None else None
    tasks = []
    fingerprints: dict[int, str] = {}  # by id: each config stays alive in its tasks, so no id is reused
    for spec in batch.pairs:
        config = fallback if config_for is None else config_for(spec.trans)
        options = fingerprints.get(id(config)) or fingerprints.setdefault(id(config), options_fingerprint(engine, config))
        digests = file_digest(spec.orig), file_digest(spec.trans)
        key = pair_key(spec.id, *digests, options)
        tasks.append(PairTask(spec.id, key, options, engine, spec.orig, spec.trans, config,
                              readable=None not in digests))
    row_options = options_fingerprint(engine, fallback or default_config())
    for problem in batch.problems:
        key = _sha256(json.dumps(["row", problem.id, problem.row, row_options], ensure_ascii=False).encode("utf-8"))
        tasks.append(PairTask(problem.id, key, row_options, engine, problem=problem.message))
    return tuple(tasks)


# The encoder a worker took over from the `drift batch` command, by BLAS threads: a child process the command
# started before anything else (drift.cli.early_encoder), its model loading while the command planned and this
# worker warmed up (`init_worker`). At most one worker of a pool takes it.
_ADOPTED: dict[int | None, SentenceEncoder] = {}


@functools.cache
def worker_encoder(threads: int | None = None) -> SentenceEncoder:
    """This process's encoder, created on first use and kept: one model load per worker.

    `threads` caps the encoder's BLAS threads, so that several workers on one
    machine do not fight over its cores; None means the process-wide default.
    A worker that took over the command's encoder (`init_worker`) uses that one.
    """
    if threads in _ADOPTED:
        return _ADOPTED[threads]
    if threads is None:
        from drift.embed import default_encoder

        return default_encoder()
    from drift.embed.use import UseEncoder

    return UseEncoder(threads=threads)


def _read(path: Path, language: Language) -> tuple[Document, str]:
    """Read one side as `drift.read.read_document` does, hashing the very bytes that are checked."""
    from drift.read import DEFAULT_MAX_BYTES, decode_text, read_input_bytes, shown_name

    name = shown_name(path)
    data = read_input_bytes(path, DEFAULT_MAX_BYTES)  # the limit `drift check` applies by default
    text, encoding = decode_text(data, name)
    return Document(text=text, language=language, path=name, encoding=encoding), _sha256(data)


def _side(path: Path | None, digest: str | None) -> dict[str, Any]:
    return {"path": None if path is None else str(path), "sha256": digest}


def error_result(task: PairTask, message: str, orig_digest: str | None, trans_digest: str | None) -> PairResult:
    """The error row of a pair, keyed as the planner keys it from the same digests."""
    key = task.key if task.problem is not None else pair_key(task.id, orig_digest, trans_digest, task.options)
    row = {"schema": "drift/1", "kind": KIND, "id": task.id, "status": "error", "key": key, "options": task.options,
           "orig": _side(task.orig, orig_digest), "trans": _side(task.trans, trans_digest), "error": message}
    return PairResult(PairOutcome(task.id, key, False, error=message), result_line(row))


def _check(task: PairTask, orig: Document, trans: Document, encoder: SentenceEncoder) -> dict[str, Any]:
    from drift.config import default_config
    from drift.pipeline import check_documents
    from drift.render.json import SCHEMA, report_envelope
    from drift.signature import signature
    from drift.text.morphology import analyser_version

    config = task.config or default_config()
    _while_encoder_loads(encoder, orig, trans, config)
    report = check_documents(orig, trans, encoder=encoder, params=task.engine.params, config=config)
    suppressed = 0
    if config.baseline is not None:
        from drift.suppress import apply_baseline, baseline_key, read_baseline

        report, suppressed = apply_baseline(report, read_baseline(config.baseline),
                                            baseline_key(trans.path, config.baseline))
    stamp = signature(encoder, task.engine.params, lexicon=task.engine.lexicon, morphology=analyser_version(),
                      options={**result_options(config), "suppressed": suppressed})
    return {"schema": SCHEMA, "report": report_envelope(report, stamp)}


def _while_encoder_loads(encoder: SentenceEncoder, orig: Document, trans: Document, config: Config) -> None:
    """Before the first pair of an encoder still loading in its child process: send the sentences, and meanwhile
    warm the checks up on this pair with stand-in vectors, as a cold `drift check` does (drift.cli.check)."""
    from drift.embed.process import EncoderProcess

    if not isinstance(encoder, EncoderProcess) or encoder.answered:
        return
    from drift.pipeline import sentence_texts, warm_up

    try:
        encoder.prefetch(sentence_texts(orig, trans))
        warm_up(orig, trans, config)
    except Exception:  # only a warm-up: the pair's own check reports any problem
        logger.debug("warm-up before the first pair failed", exc_info=True)


def _digests(task: PairTask, known: list[str | None]) -> tuple[str | None, str | None]:
    """Both sides' digests as the planner computes them, so a failed pair is not retried on resume."""
    return (known[0] or file_digest(task.orig), known[1] or file_digest(task.trans))


def run_pair(task: PairTask, encoder: SentenceEncoder | None = None, *, threads: int | None = None) -> PairResult:
    """Check one pair and return its result line; any failure becomes an error row, never an exception."""
    if task.problem is not None:
        return error_result(task, task.problem, None, None)
    digests: list[str | None] = [None, None]
    try:
        orig, digests[0] = _read(task.orig, Language.TURKISH)
        trans, digests[1] = _read(task.trans, Language.ENGLISH)
        checked = _check(task, orig, trans, encoder or worker_encoder(threads))
    except DriftError as exc:
        return error_result(task, str(exc), *_digests(task, digests))
    except Exception as exc:  # a bug on this pair: record it, keep the batch going
        logger.debug("pair %s failed", task.id, exc_info=True)
        message = f"internal error: {type(exc).__name__}: {exc} (please report it)"
        return error_result(task, message, *_digests(task, digests))
    key = pair_key(task.id, digests[0], digests[1], task.options)
    row = {"schema": checked["schema"], "kind": KIND, "id": task.id, "status": "ok", "key": key,
           "options": task.options, "orig": _side(task.orig, digests[0]), "trans": _side(task.trans, digests[1]),
           "report": checked["report"]}
    return PairResult(PairOutcome.from_row(row), result_line(row))


def _watch_parent(parent: int) -> None:
    """Exit when the parent is gone (killed): nobody is left to write this worker's results."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.25)
        os._exit(1)

    threading.Thread(target=watch, name="drift-watch-parent", daemon=True).start()


def init_worker(threads: int, loading: SentenceEncoder | None = None, claim=None) -> None:
    """Pool initializer: leave Ctrl-C to the parent, follow it if it dies, load the encoder once.

    `loading`, an encoder the command started in a child process (drift.embed.process) and this forked worker
    inherits, is taken by the first worker to set `claim` (a shared flag): its model is loading already, and the
    worker warms the checks up meanwhile instead of loading one of its own.
    """
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _watch_parent(os.getppid())
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        pass
    else:  # also for numpy outside the encoder (the aligner's matrices): no worker may use more cores
        threadpool_limits(threads, user_api="blas")
    if loading is not None and claim is not None:
        with claim.get_lock():
            taken, claim.value = claim.value, 1
        if not taken:
            _ADOPTED[threads] = loading
            worker_encoder.cache_clear()  # forked: whatever the parent had cached is not this worker's
            logger.debug("worker %d takes over the encoder loading in process %d", os.getpid(), loading.pid)
    warm_worker(threads)


def warm_worker(threads: int | None = None) -> None:
    """Load the encoder, the lexicon and the checks now, so the first pair costs what the others do.

    With an encoder still loading in its child process, the checks warm up on stand-in vectors, without
    waiting for it (its first pair warms up on its own sentences too: `_while_encoder_loads`).
    """
    from drift.embed.process import EncoderProcess
    from drift.pipeline import check_documents, warm_up

    encoder = worker_encoder(threads)
    orig = Document("Ali 3 Mart Perşembe günü Ankara'ya 1.500 kişiyle gitti.", Language.TURKISH)
    trans = Document("Ali went to Ankara with 1,500 people on Thursday, March 3.", Language.ENGLISH)
    try:
        if isinstance(encoder, EncoderProcess) and not encoder.answered:
            warm_up(orig, trans)
        else:
            check_documents(orig, trans, encoder=encoder)
    except Exception:  # only a warm-up: the real pairs will report any problem
        logger.debug("warm-up check failed", exc_info=True)
