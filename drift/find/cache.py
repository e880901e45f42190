"""A disk cache of candidate sentences and vectors, keyed by what they were made from.

An entry's key is the SHA-256 of the file's bytes, the encoder's name and
drift's version, so an edited file, another model or another release of drift
(whose splitting or HTML handling may differ) simply misses: a stale entry
cannot be found, let alone served. Each entry is one `.npz` file written
atomically (temporary file, then rename), so a crash or a concurrent run
leaves either the old state or a whole entry. An entry that cannot be read is
ignored and rewritten.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import zipfile
from pathlib import Path

import numpy as np

from drift.model import Sentence

logger = logging.getLogger(__name__)

# The folder name an earlier release put inside candidate folders; no longer written (inputs may be read-only
# or checked in), still skipped when candidates are collected.
CACHE_FOLDER = ".drift-cache"


def entry_key(file_sha256: str, encoder_name: str) -> str:
    """The cache key of a file's sentences and vectors under one encoder and drift version."""
    from drift import __version__

    return hashlib.sha256(f"{file_sha256}\0{encoder_name}\0drift {__version__}".encode()).hexdigest()


def user_cache_dir() -> Path:
    """The user's cache folder for drift (platformdirs: `$XDG_CACHE_HOME/drift` or `~/.cache/drift` on Linux)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("drift", appauthor=False))


def default_cache_dir() -> Path:
    """Where vectors are kept unless `--cache-dir` says otherwise: the user's cache folder, never an input
    folder (input folders may be read-only or under version control)."""
    return user_cache_dir()


class VectorCache:
    """Sentence spans and vectors of documents on disk; `directory=None` caches nothing."""

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.npz"

    def load(self, key: str, text: str) -> tuple[tuple[Sentence, ...], np.ndarray] | None:
        """The cached sentences and vectors for `key`, or None on a miss or a damaged entry."""
        if self.directory is None:
            self.misses += 1
            return None
        path = self._path(key)
        try:
            with np.load(path, allow_pickle=False) as entry:
                stored_key = str(entry["key"])
                spans = entry["spans"].astype(np.int64)
                vectors = entry["vectors"].astype(np.float32)
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
            logger.warning("ignoring a damaged cache entry %s (%s)", path, exc)
            self.misses += 1
            return None
        # The key inside must be the key asked for, and the spans must fit the
        # text: anything else is a damaged or foreign file, never to be used.
        if (stored_key != key or spans.ndim != 2 or spans.shape[1:] != (2,) or len(spans) != len(vectors)
                or (len(spans) and (spans.min() < 0 or spans.max() > len(text)))):
            logger.warning("ignoring a cache entry that does not fit its file: %s", path)
            self.misses += 1
            return None
        self.hits += 1
        sentences = tuple(Sentence(index, int(start), int(end), text[start:end])
                          for index, (start, end) in enumerate(spans.tolist()))
        return sentences, vectors

    def store(self, key: str, sentences: tuple[Sentence, ...], vectors: np.ndarray) -> None:
        """Write one entry atomically; a cache that cannot be written is logged, not fatal."""
        if self.directory is None:
            return
        path = self._path(key)
        spans = np.array([(sentence.start, sentence.end) for sentence in sentences], dtype=np.int64).reshape(-1, 2)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=f".{key[:16]}.", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(handle, "wb") as stream:
                    np.savez(stream, key=np.array(key), spans=spans, vectors=np.asarray(vectors, dtype=np.float32))
                os.replace(temporary, path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError as exc:
            logger.warning("cannot write to the cache %s (%s); continuing without it", self.directory, exc)
            self.directory = None
