"""Benchmark drift on the bundled sample pair: cold command, warm pair, stages, encoder floor.

Prints medians over repeated runs (the machines are shared and noisy, so
ratios matter more than absolute times). Run with `make bench`.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from drift.align import AlignParams, align_sentences
from drift.checks import run_checks
from drift.checks.context import CheckContext, Resources, bead_views
from drift.embed.use import UseEncoder
from drift.lexicon import load_lexicon
from drift.lint import lint_document
from drift.model import Alignment, Language, Report
from drift.pipeline import check_documents
from drift.read import read_document
from drift.render.json import dumps, report_envelope
from drift.text.split import split_sentences

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "s400"
WARM_RUNS = 15
COLD_RUNS = 3


def median_time(function, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cold_command(*arguments: str) -> float:
    command = [str(ROOT / ".venv" / "bin" / "drift"), *arguments, "--format", "json", "--fail-on", "never"]
    return median_time(lambda: subprocess.run(command, check=True, capture_output=True), COLD_RUNS)


def stages(encoder: UseEncoder) -> dict[str, float]:
    """Median time of each pipeline stage, run the way drift.pipeline runs them."""
    timings: dict[str, list[float]] = {}

    def timed(name, function):
        start = time.perf_counter()
        result = function()
        timings.setdefault(name, []).append(time.perf_counter() - start)
        return result

    for _ in range(WARM_RUNS):
        orig = timed("read", lambda: read_document(SAMPLE / "tr.txt", Language.TURKISH))
        trans = timed("read", lambda: read_document(SAMPLE / "en.txt", Language.ENGLISH))
        orig_sentences = timed("split", lambda: split_sentences(orig.text, orig.language))
        trans_sentences = timed("split", lambda: split_sentences(trans.text, trans.language))
        vectors = timed("embed", lambda: encoder.encode([s.text for s in orig_sentences + trans_sentences]))
        beads = timed("align", lambda: align_sentences(orig_sentences, trans_sentences,
                                                       vectors[:len(orig_sentences)], vectors[len(orig_sentences):]))
        alignment = Alignment(orig, trans, orig_sentences, trans_sentences, beads)
        context = CheckContext(alignment, bead_views(alignment), Resources(load_lexicon=load_lexicon))
        timed("link", lambda: context.links)
        findings = timed("checks", lambda: run_checks(context))
        timed("report", lambda: dumps(report_envelope(Report(alignment, findings), {})))
    # read and split run twice per pass (one per side): report their sum.
    return {name: statistics.median(values) * (2 if name in ("read", "split") else 1)
            for name, values in timings.items()}


def main() -> int:
    os.chdir(ROOT)
    encoder = UseEncoder()
    load_start = time.perf_counter()
    encoder.encode(["."])
    load_lexicon()
    load_time = time.perf_counter() - load_start
    orig = read_document(SAMPLE / "tr.txt", Language.TURKISH)
    trans = read_document(SAMPLE / "en.txt", Language.ENGLISH)
    texts = [s.text for s in split_sentences(orig.text, orig.language) + split_sentences(trans.text, trans.language)]
    check_documents(orig, trans, encoder=encoder)  # warm every cache once
    encoder_only = median_time(lambda: encoder.encode(texts), WARM_RUNS)
    warm = median_time(lambda: check_documents(orig, trans, encoder=encoder), WARM_RUNS)
    cold = cold_command("check", str(SAMPLE / "tr.txt"), str(SAMPLE / "en.txt"))
    cold_lint = cold_command("lint", str(SAMPLE / "en.txt"))
    lint_document(trans)
    warm_lint = median_time(lambda: lint_document(trans), WARM_RUNS)
    print(f"sample pair: {SAMPLE.relative_to(ROOT)} ({len(texts)} sentences), {os.cpu_count()} cores")
    print(f"cold command (drift check, JSON), median of {COLD_RUNS}: {cold * 1000:8.1f} ms")
    print(f"encoder load + lexicon load:                     {load_time * 1000:8.1f} ms")
    print(f"warm drift check per pair, median of {WARM_RUNS}:      {warm * 1000:8.1f} ms")
    print(f"encoder only, the pair's sentences:              {encoder_only * 1000:8.1f} ms "
          f"({encoder_only / len(texts) * 1000:.2f} ms a sentence)")
    print(f"warm / encoder-only ratio:                       {warm / encoder_only:8.2f}x")
    print(f"lint, the English alone: warm {warm_lint * 1000:.1f} ms ({warm / warm_lint:.1f}x faster than check), "
          f"cold command {cold_lint * 1000:.0f} ms ({cold / cold_lint:.1f}x faster)")
    print("stages (median ms):")
    for name, seconds in stages(encoder).items():
        print(f"  {name:8} {seconds * 1000:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
