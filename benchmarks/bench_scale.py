"""How `drift check` grows with input size: time and peak memory on generated 0.5, 1 and 2 MB pairs.

A pair of a given size is the development set's Turkish originals and their
faithful English translations (samples/dev, both UTF-8), article after article,
until the Turkish side reaches the size; every paragraph of a copy ends with the
copy's tag, so that no two paragraphs are the same. Each size runs in a fresh
process (`drift check ... -f json`, the whole command: read, split, embed,
align, check, render), which reports its wall time, the time of each stage and
its peak resident memory.

    .venv/bin/python benchmarks/bench_scale.py                 # 0.5, 1 and 2 MB
    .venv/bin/python benchmarks/bench_scale.py --sizes 0.1 0.5
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "samples" / "dev"


def _letters(number: int) -> str:
    """1 -> 'ba', 2 -> 'ca', ...: a lower-case tag for a number."""
    letters = ""
    while True:
        number, digit = divmod(number, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[digit]
        if not number:
            return letters + "a" * (len(letters) < 2)


def make_pair(size_mb: float, folder: Path) -> tuple[Path, Path]:
    """Write tr.txt and en.txt of about `size_mb` megabytes (the Turkish side) into `folder`."""
    stories = [(path.joinpath("tr.txt").read_text(encoding="utf-8"),
                path.joinpath("en_faithful.txt").read_text(encoding="utf-8")) for path in sorted(DEV.iterdir())]
    target = int(size_mb * 1_000_000)
    turkish, english, size, copy = [], [], 0, 0
    while size < target:
        tr, en = stories[copy % len(stories)]
        copy += 1
        # Tag every paragraph with its copy, so that no two paragraphs are the same (a repeat is itself
        # a finding); letters, not digits, so the tags are not amounts the number checks compare.
        tag = _letters(copy)
        tr_part = "".join(f"{line} [{tag}]\n" for line in tr.splitlines())
        turkish.append(tr_part)
        english.append("".join(f"{line} [{tag}]\n" for line in en.splitlines()))
        size += len(tr_part.encode("utf-8"))
    orig, trans = folder / "tr.txt", folder / "en.txt"
    orig.write_text("".join(turkish), encoding="utf-8")
    trans.write_text("".join(english), encoding="utf-8")
    return orig, trans


def run_one(orig: Path, trans: Path) -> dict:
    """Run the whole `drift check` command in this process; report times and peak memory."""
    stages: dict[str, float] = {}

    def timed(name, function, *args, **kwargs):
        started = time.perf_counter()
        result = function(*args, **kwargs)
        stages[name] = stages.get(name, 0.0) + time.perf_counter() - started
        return result

    import drift.pipeline as pipeline
    import drift.windows as windows
    from drift.cli import main

    # Time the stages by wrapping the functions the command calls.
    originals = {name: getattr(pipeline, name) for name in ("split_sentences", "align_sentences")}
    pipeline.split_sentences = lambda *a, **k: timed("split", originals["split_sentences"], *a, **k)
    pipeline.align_sentences = lambda *a, **k: timed("align (anchors, costs, DP)", originals["align_sentences"],
                                                     *a, **k)
    windowed = windows.windowed_findings
    windows.windowed_findings = lambda *a, **k: timed("checks", windowed, *a, **k)
    from drift.embed import default_encoder

    encoder = default_encoder()
    encode = encoder.encode
    encoder.encode(["."])  # load the model outside the timings of the stages
    encoder.encode = lambda texts: timed("embed", encode, texts)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as out:
        code = main(["check", str(orig), str(trans), "--no-config", "-f", "json", "-o", f"{out}/report.json",
                     "--fail-on", "never"])
        report = json.loads(Path(out, "report.json").read_text(encoding="utf-8"))
    total = time.perf_counter() - started
    return {
        "exit": code,
        "seconds": round(total, 1),
        "stages": {name: round(value, 1) for name, value in stages.items()},
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "sentences": [len(report["orig"]["sentences"]), len(report["trans"]["sentences"])],
        "findings": len(report["findings"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.5, 1.0, 2.0], help="Turkish side, in MB")
    parser.add_argument("--one", nargs=2, metavar=("ORIG", "TRANS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(Path(args.one[0]), Path(args.one[1]))))
        return
    print("| Turkish + English | sentences | wall time | peak memory | split | embed | align | checks | findings |")
    print("|---|---|---|---|---|---|---|---|---|")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as folder:
            orig, trans = make_pair(size, Path(folder))
            total_mb = (orig.stat().st_size + trans.stat().st_size) / 1_000_000
            result = subprocess.run([sys.executable, __file__, "--one", str(orig), str(trans)],
                                    capture_output=True, text=True, check=True)
            row = json.loads(result.stdout.strip().splitlines()[-1])
            stages = row["stages"]
            print(f"| {orig.stat().st_size / 1e6:.1f} + {trans.stat().st_size / 1e6:.1f} MB ({total_mb:.1f} MB) "
                  f"| {row['sentences'][0]} + {row['sentences'][1]} | {row['seconds']} s | {row['peak_mb']} MB "
                  f"| {stages.get('split', 0)} s | {stages.get('embed', 0)} s "
                  f"| {stages.get('align (anchors, costs, DP)', 0)} s | {stages.get('checks', 0)} s "
                  f"| {row['findings']} |", flush=True)


if __name__ == "__main__":
    main()
