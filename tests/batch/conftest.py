"""Fixtures of the batch tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from batch.pairs import write_manifest, write_small_pairs


@pytest.fixture()
def small_batch(tmp_path) -> tuple[Path, list]:
    """A manifest of six small pairs, in a folder of its own."""
    pairs = write_small_pairs(tmp_path, 6)
    return write_manifest(tmp_path / "pairs.csv", pairs), pairs
