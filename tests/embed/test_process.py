"""The encoder in a child process: the same vectors, bit for bit, a fallback, and no process left behind."""

from __future__ import annotations

import time

import numpy as np
import pytest

from drift.embed import process
from drift.embed.process import EncoderProcess
from processes import gone

TEXTS = [
    "Türkiye, Karadeniz'de Ukrayna ve Rusya ile deniz sınırı paylaşıyor.",
    "Turkey shares a maritime border with Ukraine and Russia in the Black Sea.",
    "The central bank kept its policy rate unchanged on Thursday.",
]


def _started(**options) -> EncoderProcess:
    encoder = EncoderProcess.start(**options)
    if encoder is None:
        pytest.skip("one usable core: drift encodes in-process")
    return encoder


def test_vectors_are_bit_identical_to_the_in_process_encoder(encoder):
    with _started(fallback=encoder) as child:
        child.prefetch(TEXTS)
        sent_ahead = child.encode(TEXTS)
        asked_later = child.encode(TEXTS[1:])
        nothing = child.encode([])
    assert sent_ahead.dtype == np.float32 and sent_ahead.flags.writeable
    assert np.array_equal(sent_ahead, encoder.encode(TEXTS))
    assert np.array_equal(asked_later, encoder.encode(TEXTS[1:]))
    assert nothing.shape == (0, 512)
    assert child.name == encoder.name


def test_a_failing_child_falls_back_to_this_process(encoder, monkeypatch):
    monkeypatch.setattr(process, "_CHILD", "import sys; sys.exit(3)")
    with _started(fallback=encoder) as child:
        child.prefetch(TEXTS)
        assert np.array_equal(child.encode(TEXTS), encoder.encode(TEXTS))
    assert gone(child.pid)


def test_closing_during_the_load_ends_the_child(encoder):
    child = _started(fallback=encoder)
    child.prefetch(TEXTS)
    started = time.monotonic()
    child.close()
    assert time.monotonic() - started < 1.0  # it ends on closed input, not after loading the model
    assert gone(child.pid)
