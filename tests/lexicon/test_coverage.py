"""A floor on how much of a faithful translation the lexicon explains (see lexicon_coverage.py)."""

from __future__ import annotations

import pytest

from drift.lexicon import load_lexicon

from .lexicon_coverage import pair_coverage


def test_s400_faithful_coverage(samples):
    coverage = pair_coverage(samples / "s400", load_lexicon())
    assert coverage.content_words > 250
    assert coverage.share >= 0.85


def test_dev_faithful_coverage(samples):
    folders = sorted(path for path in (samples / "dev").glob("*") if (path / "en_faithful.txt").exists())
    if not folders:
        pytest.skip("no development pairs under samples/dev")
    lexicon = load_lexicon()
    counts = [pair_coverage(folder, lexicon) for folder in folders]
    share = sum(count.explained for count in counts) / sum(count.content_words for count in counts)
    assert share >= 0.78
