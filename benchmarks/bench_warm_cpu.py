"""CPU time of a warm seed pair besides the encoder, for one or more checkouts, interleaved; or where it goes.

    python benchmarks/bench_warm_cpu.py pair ROUNDS RUNS CHECKOUT [CHECKOUT ...]
    python benchmarks/bench_warm_cpu.py checks RUNS            (this checkout: each check's CPU, median)
    python benchmarks/bench_warm_cpu.py profile RUNS [SORT]    (this checkout: cProfile of RUNS warm pairs)

`pair` runs, ROUNDS times and for each CHECKOUT in turn, a fresh process (that tree first on PYTHONPATH) which
warms `drift.batch.run_pair` on samples/s400 and then times RUNS more calls with process CPU time; it prints each
checkout's median of the per-process medians. The vectors are the seed's real ones, worked out once by the
encoder and kept in a file, and handed back by a stand-in encoder: what is timed is everything of the warm pair
but the encoder (read, hash, split, align, links, checks, envelope, JSON line). The ratio to the bar is
(encoder + this) / encoder, with the encoder timed on its own (benchmarks/bench_batch.py). On a shared machine
CPU time compares two versions where wall time cannot.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "s400"
PYTHON = Path(sys.executable)
VECTORS = Path(os.environ.get("DRIFT_BENCH_VECTORS", "/tmp/drift-bench-seed-vectors.npz"))


class KeptVectors:
    """A stand-in encoder that hands back the vectors the real one gave for the same texts."""

    def __init__(self, name: str, rows: dict[str, object]) -> None:
        self.name = name
        self._rows = rows

    def encode(self, texts):
        import numpy as np

        return np.stack([self._rows[text] for text in texts])


def kept_encoder(seed: Path = SEED) -> KeptVectors:
    """The stand-in encoder for the seed pair, its vectors worked out by the real encoder on first use."""
    import numpy as np

    from drift.embed.use import UseEncoder
    from drift.model import Language
    from drift.pipeline import sentence_texts
    from drift.read import read_document

    real = UseEncoder(threads=1)
    texts = sentence_texts(read_document(seed / "tr.txt", Language.TURKISH),
                           read_document(seed / "en.txt", Language.ENGLISH))
    if VECTORS.exists():
        kept = np.load(VECTORS, allow_pickle=False)
        if list(kept["texts"]) == texts:
            return KeptVectors(real.name, dict(zip(texts, kept["vectors"])))
    vectors = real.encode(texts)
    np.savez(VECTORS, texts=np.array(texts), vectors=vectors)
    return KeptVectors(real.name, dict(zip(texts, vectors)))


def _seed_task():
    from drift.batch import Batch, PairSpec, current_engine, plan

    return plan(Batch((PairSpec("s400", SEED / "tr.txt", SEED / "en.txt"),)), current_engine())[0]


def pair_times(runs: int) -> list[float]:
    """CPU seconds of `runs` warm `run_pair` calls on the seed pair with kept vectors."""
    from drift.batch import run_pair

    encoder, task = kept_encoder(), _seed_task()
    first = run_pair(task, encoder)
    for _ in range(3):
        if run_pair(task, encoder) != first:
            raise RuntimeError("a warm pair's result changed from one run to the next")
    times = []
    for _ in range(runs):
        start = time.process_time()
        run_pair(task, encoder)
        times.append(time.process_time() - start)
    return times


def check_times(runs: int) -> dict[str, float]:
    """Median CPU seconds of each stable check on the warm seed pair, run in their usual order on one context."""
    from drift.checks import all_checks
    from drift.checks.context import CheckContext, Resources, bead_views
    from drift.lexicon import load_lexicon
    from drift.model import Document, Language
    from drift.pipeline import align_documents, check_documents

    encoder = kept_encoder()
    orig = Document((SEED / "tr.txt").read_text(encoding="utf-8"), Language.TURKISH)
    trans = Document((SEED / "en.txt").read_text(encoding="utf-8"), Language.ENGLISH)
    check_documents(orig, trans, encoder=encoder)
    alignment = align_documents(orig, trans, encoder=encoder)
    resources = Resources(load_lexicon=load_lexicon)
    checks = [info for info in all_checks() if not info.preview]
    times: dict[str, list[float]] = {f"{info.code} {info.slug}": [] for info in checks}
    times["links"] = []
    for _ in range(runs):
        context = CheckContext(alignment, bead_views(alignment), resources)
        start = time.process_time()
        context.links
        times["links"].append(time.process_time() - start)
        for info in checks:
            start = time.process_time()
            list(info.run(context))
            times[f"{info.code} {info.slug}"].append(time.process_time() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def profile(runs: int, sort: str) -> None:
    import cProfile
    import pstats

    from drift.batch import run_pair

    encoder, task = kept_encoder(), _seed_task()
    for _ in range(3):
        run_pair(task, encoder)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(runs):
        run_pair(task, encoder)
    profiler.disable()
    pstats.Stats(profiler).sort_stats(sort).print_stats(60)


_PAIR = "import json, sys; from bench_warm_cpu import pair_times; print(json.dumps(pair_times(int(sys.argv[1]))))"


def compare(rounds: int, runs: int, roots: list[str]) -> None:
    medians: dict[str, list[float]] = {root: [] for root in roots}
    for _ in range(rounds):  # interleaved, so a busy moment hits every checkout alike
        for root in roots:
            done = subprocess.run([str(PYTHON), "-c", _PAIR, str(runs)], cwd=root, capture_output=True, text=True,
                                  env=dict(os.environ, PYTHONPATH=f"{root}:{Path(__file__).parent}"), check=True)
            medians[root].append(statistics.median(json.loads(done.stdout)))
    for root in roots:
        values = medians[root]
        print(f"{root}: warm pair besides the encoder, CPU ms: median {statistics.median(values) * 1000:.2f} "
              f"(min {min(values) * 1000:.2f}); per process {[round(value * 1000, 1) for value in values]}")
    print("load average", open("/proc/loadavg").read().split()[:3])


def main() -> None:
    mode = sys.argv[1]
    if mode == "pair":
        compare(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:])
    elif mode == "checks":
        for name, seconds in sorted(check_times(int(sys.argv[2])).items(), key=lambda item: -item[1]):
            print(f"{seconds * 1000:8.2f} ms  {name}")
    elif mode == "profile":
        profile(int(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "tottime")
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
