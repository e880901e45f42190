"""drift's sentence aligner against two peers from PyPI, on the same gold alignments and sentences.

Every aligner gets the gold sentences of each sample (so only the alignment is
compared, not the splitting) and is scored on the gold beads:

- strict F1: a predicted bead counts when both its sides equal a gold bead's sides;
- lax F1: a predicted bead counts when some gold bead overlaps it on both sides
  (at least one sentence in common on each side, an empty side matching only an
  empty side); recall counts gold beads overlapped that way by a prediction.

Peers: `sentalign` (Vecalign's dynamic programming; fed drift's own encoder, so
the vectors are the same USE vectors) with its library defaults, and
`galechurch` (Gale and Church's length-based aligner) with its defaults.
Run alone (`python benchmarks/bench_aligners.py`) or from bench_batch.py.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
RUNS = 3

Bead = tuple[frozenset[int], frozenset[int]]


@dataclass(frozen=True)
class GoldSet:
    name: str
    orig: tuple[str, ...]
    trans: tuple[str, ...]
    beads: tuple[Bead, ...]


@dataclass(frozen=True)
class Score:
    strict: float
    lax: float
    seconds: float  # median wall time, encoding included
    align_seconds: float | None  # median wall time with the sentence vectors already computed


def gold_sets() -> list[GoldSet]:
    """The seed example, the project's own samples and the development set, in that order."""
    folders = [SAMPLES / "s400", SAMPLES / "metro", SAMPLES / "wildfire",
               *sorted(path.parent for path in (SAMPLES / "dev").glob("*/alignment.jsonl"))]
    sets = []
    for folder in folders:

        def lines(name: str, folder: Path = folder) -> tuple[str, ...]:
            return tuple((folder / name).read_text(encoding="utf-8").splitlines())

        beads = tuple((frozenset(record["source"]), frozenset(record["target"]))
                      for record in map(json.loads, lines("alignment.jsonl")))
        name = folder.relative_to(SAMPLES).as_posix()
        sets.append(GoldSet(name, lines("tr.sentences.txt"), lines("en.sentences.txt"), beads))
    return sets


def f1(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def strict_f1(predicted: list[Bead], gold: tuple[Bead, ...]) -> float:
    hits = len(set(predicted) & set(gold))
    return f1(hits / max(len(predicted), 1), hits / max(len(gold), 1))


def _overlaps(one: Bead, other: Bead) -> bool:
    return all((side & other_side) if (side or other_side) else True for side, other_side in zip(one, other))


def lax_f1(predicted: list[Bead], gold: tuple[Bead, ...]) -> float:
    precision = sum(any(_overlaps(bead, known) for known in gold) for bead in predicted) / max(len(predicted), 1)
    recall = sum(any(_overlaps(known, bead) for bead in predicted) for known in gold) / max(len(gold), 1)
    return f1(precision, recall)


class CachedEncoder:
    """An encoder that remembers vectors, to time an aligner without its encoding."""

    def __init__(self, encoder) -> None:
        self._encoder = encoder
        self._vectors: dict[str, object] = {}
        self.name = encoder.name

    def encode(self, texts):
        import numpy as np

        missing = [text for text in dict.fromkeys(texts) if text not in self._vectors]
        if missing:
            self._vectors.update(zip(missing, self._encoder.encode(missing)))
        return np.stack([self._vectors[text] for text in texts]) if texts else self._encoder.encode([])


def drift_aligner(encoder) -> Callable[[GoldSet], list[Bead]]:
    from drift.align import align_sentences
    from drift.model import Sentence

    def sentences(texts):
        spans, cursor = [], 0
        for index, text in enumerate(texts):
            spans.append(Sentence(index, cursor, cursor + len(text), text))
            cursor += len(text) + 1
        return spans

    def align(gold: GoldSet) -> list[Bead]:
        orig, trans = sentences(gold.orig), sentences(gold.trans)
        vectors = encoder.encode([*gold.orig, *gold.trans])
        beads = align_sentences(orig, trans, vectors[:len(orig)], vectors[len(orig):])
        return [(frozenset(bead.orig), frozenset(bead.trans)) for bead in beads]

    return align


def sentalign_aligner(encoder) -> Callable[[GoldSet], list[Bead]]:
    from sentalign import sentalign

    def align(gold: GoldSet) -> list[Bead]:
        result = sentalign(list(gold.orig), list(gold.trans), encoder)
        return [(frozenset(block.src_indices), frozenset(block.tgt_indices)) for block in result.alignments]

    return align


def galechurch_aligner(_encoder=None) -> Callable[[GoldSet], list[Bead]]:
    import galechurch

    def align(gold: GoldSet) -> list[Bead]:
        block = galechurch.align(list(gold.orig), list(gold.trans))
        return [(frozenset(range(bead.source_start, bead.source_end)),
                 frozenset(range(bead.target_start, bead.target_end))) for bead in block.beads]

    return align


def _timed(function, argument, runs: int = RUNS) -> tuple[object, float]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = function(argument)
        times.append(time.perf_counter() - start)
    return result, statistics.median(times)


ALIGNERS = {"drift": drift_aligner, "sentalign": sentalign_aligner, "galechurch": galechurch_aligner}


def compare(encoder) -> tuple[dict[str, dict[str, Score]], dict[str, str]]:
    """Scores by aligner and gold set, and the aligners that could not run, with the error."""
    sets = gold_sets()
    encoder.encode(["."])  # load the model before anything is timed
    scores: dict[str, dict[str, Score]] = {}
    failures: dict[str, str] = {}
    for name, make in ALIGNERS.items():
        try:
            align, cached = make(encoder), make(CachedEncoder(encoder))
        except ImportError as exc:
            failures[name] = f"{type(exc).__name__}: {exc}"
            continue
        scores[name] = {}
        for gold in sets:
            # Timed once with encoding (sentalign encodes up to 8 merged sentences per
            # position, which takes seconds); alignment alone is the median of RUNS.
            predicted, seconds = _timed(align, gold, runs=1)
            align_seconds = None
            if name != "galechurch":  # it uses no vectors: its time is all alignment
                cached(gold)
                _, align_seconds = _timed(cached, gold)
            scores[name][gold.name] = Score(strict_f1(predicted, gold.beads), lax_f1(predicted, gold.beads),
                                            seconds, align_seconds)
    return scores, failures


def table(scores: dict[str, dict[str, Score]]) -> list[str]:
    """A markdown table: one row per gold set, strict/lax F1 and time per aligner, then the means."""
    names = list(scores)
    sets = list(next(iter(scores.values())))
    header = "| gold set | " + " | ".join(f"{name} strict / lax F1 | {name} ms" for name in names) + " |"
    lines = [header, "|" + "---|" * (1 + 2 * len(names))]

    def cells(score: Score) -> str:
        align = f" ({score.align_seconds * 1000:.1f})" if score.align_seconds is not None else ""
        return f"{score.strict:.3f} / {score.lax:.3f} | {score.seconds * 1000:.1f}{align}"

    for gold in sets:
        lines.append(f"| {gold} | " + " | ".join(cells(scores[name][gold]) for name in names) + " |")
    mean = {name: Score(*(statistics.mean(getattr(score, field) for score in scores[name].values())
                          for field in ("strict", "lax", "seconds")),
                        None if name == "galechurch" else statistics.mean(
                            score.align_seconds for score in scores[name].values()))
            for name in names}
    lines.append("| **mean** | " + " | ".join(cells(mean[name]) for name in names) + " |")
    return lines


def verdict(scores: dict[str, dict[str, Score]]) -> list[str]:
    """The bars: drift at least as good as sentalign on every set, better than galechurch."""
    lines = []
    sets = list(scores["drift"])
    for peer in ("sentalign", "galechurch"):
        if peer not in scores:
            continue
        for kind in ("strict", "lax"):
            ours = [getattr(scores["drift"][name], kind) for name in sets]
            theirs = [getattr(scores[peer][name], kind) for name in sets]
            below = [name for name, a, b in zip(sets, ours, theirs) if a < b]
            higher = sum(a > b for a, b in zip(ours, theirs))
            state = ("yes" if not below else "NO, lower on " + ", ".join(below))
            lines.append(f"- drift {kind} F1 >= {peer}'s on every gold set: {state}; higher on {higher} of "
                         f"{len(sets)}, mean {statistics.mean(ours):.3f} vs {statistics.mean(theirs):.3f}")
    return lines


def main() -> int:
    import warnings

    from drift.embed.use import UseEncoder

    warnings.filterwarnings("ignore", category=RuntimeWarning, module="sentalign")
    scores, failures = compare(UseEncoder(threads=1))
    print("\n".join(table(scores)))
    print("\n".join(verdict(scores)))
    for name, error in failures.items():
        print(f"- {name} could not run: {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
