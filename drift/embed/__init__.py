"""Sentence vectors: a small interface so another encoder can be plugged in.

An encoder maps a list of texts to an array of unit-length rows, one per text,
in a space shared by Turkish and English. The default is the multilingual
Universal Sentence Encoder (`drift.embed.use`), loaded on first use.
"""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING, Protocol, Sequence

if TYPE_CHECKING:  # numpy only in annotations here: `drift check` starts its encoder process before importing it
    import numpy as np


class SentenceEncoder(Protocol):
    """Anything that turns texts into unit vectors in a cross-lingual space."""

    @property
    def name(self) -> str:
        """A stable identifier for the model, recorded in output signatures."""
        ...

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Return a (len(texts), dim) float32 array of unit-length rows."""
        ...


def default_threads() -> int:
    """BLAS threads an encoder uses unless told otherwise: one per core, at most four."""
    return max(1, min(4, os.cpu_count() or 1))


@functools.cache
def default_encoder() -> SentenceEncoder:
    """The process-wide default encoder.

    Cached on purpose: the model is read-only and its load is the largest fixed
    cost of a run, so every alignment in one process shares it.
    """
    from drift.embed.use import UseEncoder

    return UseEncoder()
