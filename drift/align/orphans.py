"""A sentence left alone whose facts the neighbouring bead's other side states belongs to that bead.

The encoder reads some sentences poorly (an acronym it does not know, a
figure with little text around it): a Turkish sentence joined into the
English of its neighbour may then score too low for the 2-1 bead, and the
cheapest path leaves it out and pairs its neighbour alone. Its anchors still
say where it went. A sentence alone on its side whose facts (numbers, codes
and acronyms, months and weekdays; not names, which recur through an article)
all stand on the other side of a neighbouring 1-1 bead, and not all on that
bead's own side, is joined to it: the English states what the "omitted"
Turkish sentence says, so nothing was left out; likewise for an "added"
English sentence whose facts only the neighbouring Turkish sentence states.
"""

from __future__ import annotations

from typing import Sequence

from drift.align.anchors import OPTIONAL
from drift.align.dp import PathBead

_FACT_MARKS = ("#", "=", "@")


def _facts(keys: frozenset[str]) -> frozenset[str]:
    """The certain keys of a sentence that name a fact rather than a person or place."""
    return frozenset(key for key in keys if key.startswith(_FACT_MARKS))


def _all_keys(keys: frozenset[str]) -> frozenset[str]:
    """Certain and optional keys alike, without the optional mark."""
    return frozenset(key.removeprefix(OPTIONAL) for key in keys)


def _side_keys(sets: Sequence[frozenset[str]], indices: tuple[int, ...]) -> frozenset[str]:
    return _all_keys(frozenset().union(*(sets[k] for k in indices)))


def _joins(orphan: PathBead, neighbour: PathBead, orig_sets, trans_sets) -> bool:
    """Whether the orphan's facts all stand on the neighbour's other side, and not all on its own."""
    if len(neighbour.orig) != 1 or len(neighbour.trans) != 1:
        return False
    if orphan.orig:
        facts = _facts(frozenset().union(*(orig_sets[i] for i in orphan.orig)))
        other, own = _side_keys(trans_sets, neighbour.trans), _side_keys(orig_sets, neighbour.orig)
    else:
        facts = _facts(frozenset().union(*(trans_sets[j] for j in orphan.trans)))
        other, own = _side_keys(orig_sets, neighbour.orig), _side_keys(trans_sets, neighbour.trans)
    return bool(facts) and facts <= other and not facts <= own


def join_orphans(steps: Sequence[PathBead], orig_sets: Sequence[frozenset[str]],
                 trans_sets: Sequence[frozenset[str]]) -> tuple[PathBead, ...]:
    """The path with each lone sentence joined to the neighbouring 1-1 bead that states its facts (the one before
    it first); the joined bead costs what both did."""
    beads = list(steps)
    k = 0
    while k < len(beads):
        orphan = beads[k]
        if len(orphan.orig) + len(orphan.trans) != 1:
            k += 1
            continue
        for at in (k - 1, k + 1):
            if 0 <= at < len(beads) and _joins(orphan, beads[at], orig_sets, trans_sets):
                first, second = (beads[at], orphan) if at < k else (orphan, beads[at])
                beads[min(at, k)] = PathBead(first.orig + second.orig, first.trans + second.trans,
                                             first.cost + second.cost)
                del beads[max(at, k)]
                k = min(at, k)
                break
        else:
            k += 1
    return tuple(beads)
