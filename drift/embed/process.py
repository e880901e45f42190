"""The default encoder in a child process, so that a cold command's start-up overlaps the model load.

A cold `drift check` spends about as long loading the sentence encoder (parsing
the tokenizer model, inflating the weights) as on everything else it does
before the vectors are needed: imports, configuration, reading and splitting,
the checks' word lists and indexes. All of it holds the GIL, so threads cannot
overlap the two; another process can, on another core. `EncoderProcess.start()`
launches a child that loads the model at once, while this process goes on; the
sentences go to the child and their vectors come back over pipes.

The child runs the same `UseEncoder` with the same BLAS threads, so the vectors
are bit-identical to an in-process encoder's. Any failure (no interpreter to
start, the child dying, a garbled reply) falls back to loading the encoder in
this process. Only for one-shot commands: a process that checks many pairs
(batch workers, tests, the Python API) keeps its in-process encoder.

Protocol, both ways length-prefixed: a request is a 4-byte big-endian length
and a UTF-8 JSON list of texts; a reply is two 4-byte big-endian counts (rows,
columns) and that many little-endian float32 values, row by row. The child
exits as soon as its standard input closes: when the parent is done, or gone.
"""

from __future__ import annotations

import json
import logging
import os
import struct
import subprocess
import sys
import threading
from typing import TYPE_CHECKING, BinaryIO, Sequence

from drift.embed import SentenceEncoder, default_threads

if TYPE_CHECKING:
    import numpy as np

logger = logging.getLogger(__name__)

_REQUEST = struct.Struct(">I")
_REPLY = struct.Struct(">II")
_CHILD = "import sys; from drift.embed.process import serve; serve(int(sys.argv[1]))"
# Far more than a 2 MB article needs; a child slower than this is stuck, and the parent encodes itself.
_REPLY_TIMEOUT = 600.0


class EncoderProcess:
    """A `SentenceEncoder` whose model loads and runs in a child process; use it as a context manager."""

    def __init__(self, process: subprocess.Popen, threads: int, fallback: SentenceEncoder | None = None) -> None:
        self._process = process
        self._threads = threads
        self._fallback = fallback
        self._pending: list[str] | None = None  # texts sent ahead by `prefetch`, reply not read yet
        self._failed = False
        self._answered = False

    @classmethod
    def start(cls, threads: int | None = None, *, fallback: SentenceEncoder | None = None) -> EncoderProcess | None:
        """Launch the child now (it starts loading at once); None when no child can be started.

        `fallback` encodes if the child fails; by default the same model with
        the same threads, loaded in this process only then.
        """
        threads = threads or default_threads()
        if not sys.executable or _usable_cores() < 2:  # one core: the load would only slow this process down
            return None
        try:
            # -P: the child must not import a `drift` that happens to be in the current folder.
            process = subprocess.Popen(
                [sys.executable, "-P", "-c", _CHILD, str(threads)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL)
        except OSError as exc:
            logger.info("cannot start the encoder process (%s); the encoder loads in this process", exc)
            return None
        return cls(process, threads, fallback)

    @property
    def name(self) -> str:
        return self._in_process().name

    @property
    def pid(self) -> int:
        return self._process.pid

    @property
    def threads(self) -> int:
        """The child's BLAS threads (its vectors are bit-identical to an in-process encoder's with as many)."""
        return self._threads

    @property
    def answered(self) -> bool:
        """True once vectors have come back (the model is loaded), or the child failed and this process encodes."""
        return self._answered or self._failed

    def prefetch(self, texts: Sequence[str]) -> None:
        """Send texts now, so they are encoded while this process does other work; `encode` collects them."""
        if self._failed or self._pending is not None or not texts:
            return
        try:
            self._send(list(texts))
        except OSError as exc:
            self._fail(exc)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        if texts and not self._failed:
            try:
                return self._remote(texts)
            except (OSError, EOFError, ValueError) as exc:
                self._fail(exc)
        return self._in_process().encode(texts)

    def close(self) -> None:
        """End the child (closing its input is enough) and reap it."""
        process = self._process
        for stream in (process.stdin, process.stdout):
            try:
                stream.close()
            except OSError:
                pass
        try:
            process.wait(timeout=1.0)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def __enter__(self) -> EncoderProcess:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def _in_process(self) -> SentenceEncoder:
        # Created on first need only: its module imports numpy, which the early start must not wait for.
        if self._fallback is None:
            from drift.embed.use import UseEncoder

            self._fallback = UseEncoder(self._threads)
        return self._fallback

    def _remote(self, texts: list[str]) -> np.ndarray:
        if self._pending is not None and self._pending != texts:
            self._receive(len(self._pending))  # sent ahead but no longer wanted
            self._pending = None
        if self._pending is None:
            self._send(texts)
        self._pending = None
        return self._receive(len(texts))

    def _send(self, texts: list[str]) -> None:
        data = json.dumps(texts, ensure_ascii=False).encode("utf-8")
        self._process.stdin.write(_REQUEST.pack(len(data)) + data)
        self._process.stdin.flush()
        self._pending = texts

    def _receive(self, rows: int) -> np.ndarray:
        import numpy as np

        watchdog = threading.Timer(_REPLY_TIMEOUT, self._process.kill)
        watchdog.daemon = True
        watchdog.start()
        try:
            got_rows, columns = _REPLY.unpack(_read_exactly(self._process.stdout, _REPLY.size))
            if got_rows != rows:
                raise ValueError(f"the encoder process answered {got_rows} vectors for {rows} texts")
            data = _read_exactly(self._process.stdout, rows * columns * 4)
        finally:
            watchdog.cancel()
        self._answered = True
        return np.frombuffer(data, dtype="<f4").reshape(rows, columns).astype(np.float32)

    def _fail(self, exc: Exception) -> None:
        logger.info("the encoder process failed (%s); the encoder loads in this process", exc)
        self._failed = True
        self._pending = None
        self._process.kill()
        self.close()


def _usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _read_exactly(stream: BinaryIO, size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise EOFError("the encoder process ended before answering")
    return data


# --- the child --------------------------------------------------------------------------------------


def serve(threads: int) -> None:
    """The child's side: load the encoder, then answer requests until standard input closes."""
    import queue
    import signal

    # Ctrl-C in a terminal reaches the whole process group: the parent decides, and closes our input.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    replies = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything a library prints goes where stderr goes, never into the replies
    requests: queue.SimpleQueue = queue.SimpleQueue()
    # Reading starts before the model loads: the parent never blocks on a full pipe, and a parent
    # that goes away during the load ends the child at once.
    threading.Thread(target=_read_requests, args=(sys.stdin.buffer, requests), daemon=True).start()

    from drift.embed.use import UseEncoder

    encoder = UseEncoder(threads)
    encoder.load()
    while True:
        vectors = encoder.encode(requests.get())
        replies.write(_REPLY.pack(*vectors.shape) + vectors.astype("<f4").tobytes())
        replies.flush()


def _read_requests(stream: BinaryIO, requests) -> None:
    try:
        while True:
            (size,) = _REQUEST.unpack(_read_exactly(stream, _REQUEST.size))
            requests.put(json.loads(_read_exactly(stream, size).decode("utf-8")))
    except BaseException:  # end of input (the parent is done or gone) or a garbled request: nothing to answer
        os._exit(0)
