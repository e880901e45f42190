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


@pytest.fixture(scope="session", autouse=True)
def user_cache(tmp_path_factory) -> Path:
    """drift's user cache folder for this test session: a temporary one, never the real home's."""
    folder = tmp_path_factory.mktemp("xdg-cache")
    patch = pytest.MonkeyPatch()
    patch.setenv("XDG_CACHE_HOME", str(folder))
    yield folder / "drift"
    patch.undo()
