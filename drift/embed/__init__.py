"""Sentence vectors: a small interface so another encoder can be plugged in.

An encoder maps a list of texts to an array of unit-length rows, one per text,
in a space shared by Turkish and English. The default is the multilingual
Universal Sentence Encoder (`drift.embed.use`), loaded on first use.
"""

from __future__ import annotations

import functools
from typing import Protocol, Sequence

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


@functools.cache
def default_encoder() -> SentenceEncoder:
    """The process-wide default encoder.

    Cached on purpose: the model is read-only and its load is the largest fixed
    cost of a run, so every alignment in one process shares it.
    """
    from drift.embed.use import UseEncoder

    return UseEncoder()
