"""The banded aligner for long documents against the full dynamic programme."""

from __future__ import annotations

import math
import sys

import numpy as np
import pytest

from drift.align.band import banded_beads, dense_blocks, diagonal_band
from drift.align.dp import BeadCosts, best_beads
from drift.model import Document, Language
from drift.pipeline import align_documents


def random_costs(rng, n: int, m: int) -> BeadCosts:
    """Costs without ties (random floats), a few pairs forbidden."""
    one_one = rng.random((n, m))
    one_one[rng.random((n, m)) < 0.05] = math.inf
    return BeadCosts(one_one, 1.5 * rng.random((n, max(m - 1, 0))), 1.5 * rng.random((max(n - 1, 0), m)),
                     2 * rng.random((max(n - 1, 0), max(m - 1, 0))), np.full(n, 0.325), np.full(m, 0.325))


def shape(beads):
    return [(bead.orig, bead.trans) for bead in beads]


def test_a_band_over_the_whole_table_finds_the_same_path():
    rng = np.random.default_rng(7)
    for _ in range(300):
        n, m = (int(x) for x in rng.integers(0, 30, size=2))
        costs = random_costs(rng, n, m)
        full, banded = best_beads(costs), banded_beads(dense_blocks(costs), costs.skip_orig, costs.skip_trans,
                                                       diagonal_band(n, m, max(n, m) + 2))
        assert shape(banded) == shape(full)
        assert [bead.cost for bead in banded] == pytest.approx([bead.cost for bead in full], abs=1e-9)


@pytest.mark.parametrize(("n", "m", "half_width"), [(300, 200, 5), (200, 300, 3), (1, 400, 2), (400, 1, 2), (0, 5, 1)])
def test_a_narrow_band_still_covers_every_sentence_once_in_order(n, m, half_width):
    costs = random_costs(np.random.default_rng(n + m), n, m)
    band = diagonal_band(n, m, half_width)
    assert (band.lo <= band.hi).all() and (np.diff(band.lo) >= 0).all() and (np.diff(band.hi) >= 0).all()
    beads = banded_beads(dense_blocks(costs), costs.skip_orig, costs.skip_trans, band)
    assert [i for bead in beads for i in bead.orig] == list(range(n))
    assert [j for bead in beads for j in bead.trans] == list(range(m))


def test_the_samples_align_the_same_through_the_band(samples, encoder, monkeypatch):
    pairs = [(samples / name / "tr.txt", samples / name / "en.txt") for name in ("s400", "metro", "wildfire")]
    pairs += [(folder / "tr.txt", folder / "en.txt") for folder in sorted((samples / "dev").iterdir())]
    documents = [(Document(orig.read_text(encoding="utf-8"), Language.TURKISH),
                  Document(trans.read_text(encoding="utf-8"), Language.ENGLISH)) for orig, trans in pairs]
    full = [align_documents(orig, trans, encoder=encoder).beads for orig, trans in documents]
    monkeypatch.setattr(sys.modules["drift.align"], "DENSE_CELLS", 0)
    banded = [align_documents(orig, trans, encoder=encoder).beads for orig, trans in documents]
    assert banded == full
