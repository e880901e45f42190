"""The aligner's core: the cheapest monotone path of beads through a cost table.

Pure and small on purpose: it knows nothing of text or vectors, only what each
possible bead costs, and is unit-tested on hand-built tables.

Beads are 1-1, 1-2, 2-1, 2-2, 1-0 (an orig sentence with no translation: an
omission) and 0-1 (a trans sentence with no original: an addition). The path
covers every sentence of both sides exactly once, in order.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class BeadCosts:
    """What every possible bead costs; `inf` forbids a bead.

    For `n` orig and `m` trans sentences: `one_one[i, j]` pairs orig i with
    trans j; `one_two[i, j]` pairs orig i with trans j and j+1; `two_one[i, j]`
    pairs orig i and i+1 with trans j; `two_two[i, j]` pairs orig i, i+1 with
    trans j, j+1; `skip_orig[i]` and `skip_trans[j]` leave one sentence alone.
    """

    one_one: np.ndarray
    one_two: np.ndarray
    two_one: np.ndarray
    two_two: np.ndarray
    skip_orig: np.ndarray
    skip_trans: np.ndarray

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.skip_orig), len(self.skip_trans)


@dataclass(frozen=True)
class PathBead:
    """One step of the cheapest path: the sentences it covers and its cost."""

    orig: tuple[int, ...]
    trans: tuple[int, ...]
    cost: float


# (orig sentences, trans sentences) per bead; on equal totals the earlier
# move wins, so a plain 1-1 is preferred to a merge of the same cost.
_MOVES = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2))


def _bead_cost(costs: BeadCosts, tables: dict, i: int, j: int, di: int, dj: int) -> float:
    """Cost of the bead that ends just before orig i and trans j."""
    if di == 1 and dj == 0:
        return tables["skip_orig"][i - 1]
    if di == 0 and dj == 1:
        return tables["skip_trans"][j - 1]
    table = tables[(di, dj)]
    return table[i - di][j - dj]


def _row(rows: list, index: int):
    """Row `index` of a table as a list, or nothing when the table has no such row (no bead of that size ends there)."""
    return rows[index] if 0 <= index < len(rows) else ()


def best_beads(costs: BeadCosts) -> tuple[PathBead, ...]:
    """Return the cheapest sequence of beads covering both sides in order."""
    n, m = costs.shape
    tables = {
        (1, 1): costs.one_one.tolist(),
        (1, 2): costs.one_two.tolist(),
        (2, 1): costs.two_one.tolist(),
        (2, 2): costs.two_two.tolist(),
        "skip_orig": costs.skip_orig.tolist(),
        "skip_trans": costs.skip_trans.tolist(),
    }
    inf = math.inf
    total = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    total[0][0] = 0.0
    skip_orig, skip_trans = tables["skip_orig"], tables["skip_trans"]
    # The moves of _MOVES, in its order, written out: this loop runs for every cell of the table (twice an
    # article, with the line alignment). A move from an unreachable cell adds to inf and, like a forbidden bead
    # (inf) or a NaN, never beats `best` under the strict `<`, which also keeps the earlier move on a tie.
    for i in range(n + 1):
        row, back_row = total[i], back[i]
        up = total[i - 1] if i >= 1 else None
        up_two = total[i - 2] if i >= 2 else None
        one_one, one_two = _row(tables[(1, 1)], i - 1), _row(tables[(1, 2)], i - 1)
        two_one, two_two = _row(tables[(2, 1)], i - 2), _row(tables[(2, 2)], i - 2)
        skip = skip_orig[i - 1] if i >= 1 else inf
        for j in range(1 if i == 0 else 0, m + 1):
            best = inf
            best_move = None
            if i:
                if j:
                    candidate = up[j - 1] + one_one[j - 1]
                    if candidate < best:
                        best, best_move = candidate, (1, 1)
                candidate = up[j] + skip
                if candidate < best:
                    best, best_move = candidate, (1, 0)
            if j:
                candidate = row[j - 1] + skip_trans[j - 1]
                if candidate < best:
                    best, best_move = candidate, (0, 1)
                if i >= 2:
                    candidate = up_two[j - 1] + two_one[j - 1]
                    if candidate < best:
                        best, best_move = candidate, (2, 1)
            if i and j >= 2:
                candidate = up[j - 2] + one_two[j - 2]
                if candidate < best:
                    best, best_move = candidate, (1, 2)
                if i >= 2:
                    candidate = up_two[j - 2] + two_two[j - 2]
                    if candidate < best:
                        best, best_move = candidate, (2, 2)
            row[j] = best
            back_row[j] = best_move
    if n + m and back[n][m] is None:
        raise ValueError("no path through the cost table: every route is forbidden")
    path: list[PathBead] = []
    i, j = n, m
    while i or j:
        di, dj = back[i][j]
        path.append(PathBead(
            orig=tuple(range(i - di, i)),
            trans=tuple(range(j - dj, j)),
            cost=_bead_cost(costs, tables, i, j, di, dj),
        ))
        i, j = i - di, j - dj
    path.reverse()
    return tuple(path)
