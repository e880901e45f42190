"""The aligner for long documents: the cheapest path within a band around the diagonal.

The full dynamic programme (`dp.best_beads`) fills an n x m table, which for
two 2 MB files (16,000 sentences each) is 256 million cells and gigabytes of
costs. Here only the cells within `half_width` sentences of the proportional
diagonal (row i around column i*m/n) are considered, costs are computed for a
block of rows at a time and dropped after use, and a row is filled with a few
vectorised steps: time and memory grow linearly with the length of the texts.
A translation whose path strays further than `half_width` sentences from the
diagonal (hundreds of sentences left out in one place) is aligned as well as
the band allows.

The moves, their costs and the preference between equal totals are those of
`dp.best_beads`; on a band that covers the whole table the path is the same up
to rounding in the last bits (tests/align/test_band.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import numpy as np

from drift.align.dp import BeadCosts, PathBead

# Moves in `dp._MOVES` order; (0, 1), a trans sentence alone, is filled along the row.
_MOVES = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2))
_FROM_ABOVE = tuple(move for move in _MOVES if move != (0, 1))
_ALONG_ROW = _MOVES.index((0, 1))
_BLOCK_ROWS = 128

# (row start, row stop, first column, last column) -> {move: costs of that move ending at each cell}
CostBlock = Callable[[int, int, int, int], dict[tuple[int, int], np.ndarray]]


@dataclass(frozen=True)
class Band:
    """For each row i of the table (0..n), the columns lo[i]..hi[i] that may be on the path."""

    lo: np.ndarray
    hi: np.ndarray

    @property
    def width(self) -> int:
        return int((self.hi - self.lo).max()) + 1


def diagonal_band(n: int, m: int, half_width: int) -> Band:
    """The cells within `half_width` columns of the line from (0, 0) to (n, m)."""
    rows = np.arange(n + 1)
    centre = rows * (m / n) if n else np.zeros(1)
    lo = np.clip(np.floor(centre).astype(np.int64) - half_width, 0, m)
    hi = np.clip(np.ceil(centre).astype(np.int64) + half_width, 0, m)
    lo[0], hi[-1] = 0, m
    # Neighbouring rows must overlap by two columns so every move stays inside.
    hi = np.maximum(hi, np.minimum(np.roll(lo, -1) + 2, m))
    hi[-1] = m
    return Band(lo, np.maximum.accumulate(hi))


def gather_block(tables: dict[tuple[int, int], np.ndarray], first_orig: int, first_trans: int,
                 r0: int, r1: int, c0: int, c1: int) -> dict[tuple[int, int], np.ndarray]:
    """Costs of each move ending at rows r0..r1-1, columns c0..c1, read from tables of bead costs.

    `tables[(di, dj)][a, b]` is the cost of the bead whose orig side starts at
    sentence `first_orig + a` and trans side at `first_trans + b`, as in
    `BeadCosts`; cells whose bead falls outside a table cost infinity.
    """
    result = {}
    rows, columns = np.arange(r0, r1)[:, None], np.arange(c0, c1 + 1)[None, :]
    for (di, dj), table in tables.items():
        a, b = np.broadcast_arrays(rows - di - first_orig, columns - dj - first_trans)
        valid = (a >= 0) & (b >= 0) & (a < table.shape[0]) & (b < table.shape[1])
        values = np.full(a.shape, math.inf)
        values[valid] = table[a[valid], b[valid]]
        result[(di, dj)] = values
    return result


def dense_blocks(costs: BeadCosts) -> CostBlock:
    """Cost blocks read from a full `BeadCosts` table (for tests, and small tables)."""
    tables = {(1, 1): costs.one_one, (1, 2): costs.one_two, (2, 1): costs.two_one, (2, 2): costs.two_two}
    return lambda r0, r1, c0, c1: gather_block(tables, 0, 0, r0, r1, c0, c1)


def banded_beads(block: CostBlock, skip_orig: np.ndarray, skip_trans: np.ndarray, band: Band) -> tuple[PathBead, ...]:
    """The cheapest path of beads inside `band`; `block` gives the merge and pair costs a block of rows at a time."""
    n, m = len(skip_orig), len(skip_trans)
    width = band.width
    total = np.full((n + 1, width), math.inf)
    back = np.full((n + 1, width), -1, dtype=np.int8)
    prefix_skip = np.concatenate([[0.0], np.cumsum(skip_trans, dtype=np.float64)])
    costs: dict[tuple[int, int], np.ndarray] = {}
    block_start = block_first_column = 0
    move_of_choice = np.array([_MOVES.index(move) for move in _FROM_ABOVE], dtype=np.int8)
    for i in range(n + 1):
        lo, hi = int(band.lo[i]), int(band.hi[i])
        columns = np.arange(lo, hi + 1)
        best = np.full(len(columns), math.inf)
        move = np.full(len(columns), -1, dtype=np.int8)
        if i == 0:
            best[0] = 0.0  # the path starts at (0, 0)
        else:
            if i >= block_start + _BLOCK_ROWS or not costs:
                block_start = i
                stop = min(i + _BLOCK_ROWS, n + 1)
                block_first_column = int(band.lo[i])
                costs = block(i, stop, block_first_column, int(band.hi[stop - 1]))
            candidates = []
            nowhere = np.full(len(columns), math.inf)
            for di, dj in _FROM_ABOVE:
                before = _row_values(total, band, i - di, columns - dj) if i - di >= 0 else nowhere
                if (di, dj) == (1, 0):
                    cost = np.full(len(columns), skip_orig[i - 1])
                else:
                    cost = costs[(di, dj)][i - block_start, columns - block_first_column]
                candidates.append(before + cost)
            stacked = np.vstack(candidates)
            stacked[np.isnan(stacked)] = math.inf  # as in dp.best_beads, a NaN cost is never chosen
            choice = np.argmin(stacked, axis=0)
            best = stacked[choice, np.arange(len(columns))]
            move = move_of_choice[choice]
            move[np.isinf(best)] = -1
        # A trans sentence alone, (0, 1), continues along the row: the best way into each cell
        # from the left is the best start k < j plus the skips from k to j.
        steps = prefix_skip[columns] - prefix_skip[lo]
        start = best - steps
        before = np.minimum.accumulate(np.concatenate([[math.inf], start[:-1]]))
        along = before + steps
        # On equal totals dp.best_beads prefers (1, 1) and (1, 0) to (0, 1), and (0, 1) to merges.
        takes_along = (along < best) | ((along == best) & (move > _ALONG_ROW))
        takes_along &= np.isfinite(along)
        best = np.where(takes_along, along, best)
        move = np.where(takes_along, _ALONG_ROW, move).astype(np.int8)
        total[i, : len(columns)] = best
        back[i, : len(columns)] = move
    return _trace(total, back, band, n, m)


def _row_values(total: np.ndarray, band: Band, row: int, columns: np.ndarray) -> np.ndarray:
    """Totals of `row` at `columns`, infinite where a column is outside the row's band."""
    offsets = columns - band.lo[row]
    valid = (offsets >= 0) & (columns <= band.hi[row])
    values = np.full(len(columns), math.inf)
    values[valid] = total[row, offsets[valid]]
    return values


def _trace(total: np.ndarray, back: np.ndarray, band: Band, n: int, m: int) -> tuple[PathBead, ...]:
    if n + m and back[n, m - band.lo[n]] < 0:
        raise ValueError("no path through the cost table: every route within the band is forbidden")
    path: list[PathBead] = []
    i, j = n, m
    while i or j:
        di, dj = _MOVES[back[i, j - band.lo[i]]]
        cost = total[i, j - band.lo[i]] - total[i - di, j - dj - band.lo[i - di]]
        path.append(PathBead(orig=tuple(range(i - di, i)), trans=tuple(range(j - dj, j)), cost=float(cost)))
        i, j = i - di, j - dj
    path.reverse()
    return tuple(path)
