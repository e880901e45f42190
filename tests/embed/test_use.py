"""The multilingual encoder: real model, loaded once, cross-lingual."""

from __future__ import annotations

import logging

import numpy as np

import drift
from drift.embed import default_encoder
from drift.embed.use import UseEncoder

LOAD_MESSAGE = "loading the sentence encoder"


def test_translations_are_closer_than_unrelated_sentences(encoder):
    vectors = encoder.encode([
        "Türkiye, Karadeniz'de Ukrayna ve Rusya ile deniz sınırı paylaşıyor.",
        "Turkey shares a maritime border with Ukraine and Russia in the Black Sea.",
        "The central bank kept its policy rate unchanged on Thursday.",
    ])
    assert vectors.shape == (3, 512)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.3


def test_empty_batch(encoder):
    assert encoder.encode([]).shape == (0, 512)


def test_twenty_alignments_cost_one_load(caplog):
    fresh = UseEncoder()
    pairs = [
        (f"Belediye {n} yeni otobüs aldı. Otobüsler Pazartesi hizmete girecek.",
         f"The municipality bought {n} new buses. They will enter service on Monday.")
        for n in range(20)
    ]
    with caplog.at_level(logging.INFO, logger="drift.embed.use"):
        for orig, trans in pairs:
            assert len(drift.align(orig, trans, encoder=fresh).beads) == 2
    assert sum(LOAD_MESSAGE in record.getMessage() for record in caplog.records) == 1


def test_default_encoder_is_shared_within_a_process():
    assert default_encoder() is default_encoder()
