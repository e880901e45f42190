"""Shared fixtures: the real encoder (loaded once per test session) and the samples."""

from __future__ import annotations

from pathlib import Path

import pytest

from drift.embed.use import UseEncoder

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="session")
def encoder() -> UseEncoder:
    return UseEncoder()


@pytest.fixture(scope="session")
def samples() -> Path:
    return SAMPLES
