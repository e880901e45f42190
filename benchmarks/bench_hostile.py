"""make bench: `drift check` and `drift lint` on adversarial files of 0.25, 1 and 5 MB: time, CPU time, peak memory.

The shapes are the ones that used to cost quadratic time (docs/robustness.md):

- line: one line of ordinary words with no sentence punctuation;
- word: one word repeated without spaces (one "word" of a million letters);
- tiny: many tiny lines (two letters and a full stop each, 676 different ones).

`check` gets a Turkish file of the same shape and size as ORIG (--no-pair-check, --preview: every
check runs); `lint` gets the English one (--preview). Each run is a fresh process, as a user
would start it, writing JSON to a temporary folder: wall time, CPU time (the command and the
encoder process it starts) and peak resident memory (the larger of the two processes). The
machine is shared, so each figure is the median of --repeat runs and CPU time is given beside
wall time: other jobs add wall time, not CPU time. The table goes to stdout, and with --write
into docs/benchmarks.md between the bench-hostile markers (added at the end when absent).
The bars (issue 17): 1 MB line and word files under 30 s for check and lint, and time from
0.25 MB to 1 MB growing no more than 1.5 times the size ratio (a time ratio of at most 6).
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRIFT = ROOT / ".venv" / "bin" / "drift"
START, END = "<!-- bench-hostile:start -->", "<!-- bench-hostile:end -->"
ENGLISH = "the minister said that a new road would be built near the river and many people were happy about it"
TURKISH = "bakan nehrin yakınında yeni bir yol yapılacağını söyledi ve birçok insan bundan memnun oldu"
MB = 1_000_000


def _fill(unit, size: int) -> str:
    """Text of about `size` UTF-8 bytes from calls of `unit()`."""
    parts, total = [], 0
    while total < size:
        piece = unit()
        parts.append(piece)
        total += len(piece.encode("utf-8"))
    return "".join(parts)


def make(shape: str, language: str, size: int, rng: random.Random) -> str:
    words = (ENGLISH if language == "en" else TURKISH).split()
    if shape == "line":
        return _fill(lambda: rng.choice(words) + " ", size).rstrip() + "\n"
    if shape == "word":
        return _fill(lambda: words[1], size) + "\n"
    if shape == "tiny":
        letters = "abcdefghijklmnopqrstuvwxyz"
        return _fill(lambda: rng.choice(letters) + rng.choice(letters) + ".\n", size)
    raise ValueError(shape)


# A fresh parent per run, so that RUSAGE_CHILDREN (times summed over the command and the encoder
# process it waits for, peak memory the largest of them) covers this run alone.
_MEASURE = ("import resource, subprocess, sys, time; started = time.perf_counter(); "
            "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True); "
            "wall = time.perf_counter() - started; usage = resource.getrusage(resource.RUSAGE_CHILDREN); "
            "sys.stderr.write(code.stderr[-300:]); "
            "print(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, code.returncode)")


def run(command: list[str]) -> tuple[float, float, float, int]:
    """(wall s, CPU s, peak MB, exit code) of one fresh `drift` process and its encoder process."""
    result = subprocess.run([sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, check=True)
    wall, cpu, peak, code = result.stdout.split()
    if int(code) not in (0, 1):
        print(f"  exit {code}: {result.stderr.strip()}", file=sys.stderr)
    return float(wall), float(cpu), float(peak), int(code)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.25,1,5", help="sizes in MB, comma-separated")
    parser.add_argument("--shapes", default="line,word,tiny")
    parser.add_argument("--commands", default="check,lint")
    parser.add_argument("--repeat", type=int, default=3, help="runs per cell (5 MB: one run)")
    parser.add_argument("--write", type=Path, help="put the table into this markdown file between the markers")
    arguments = parser.parse_args()
    sizes = [float(size) for size in arguments.sizes.split(",")]
    rows, cells = [], {}
    with tempfile.TemporaryDirectory(prefix="drift-bench-hostile-") as folder:
        folder = Path(folder)
        rng = random.Random(17)
        for shape in arguments.shapes.split(","):
            for size in sizes:
                orig, trans = folder / f"{shape}-{size}-tr.txt", folder / f"{shape}-{size}-en.txt"
                orig.write_text(make(shape, "tr", int(size * MB), rng), encoding="utf-8")
                trans.write_text(make(shape, "en", int(size * MB), rng), encoding="utf-8")
                for command in arguments.commands.split(","):
                    out = folder / "out.json"
                    line = [str(DRIFT), command, *((str(orig),) if command == "check" else ()), str(trans),
                            "--preview", "--no-config", "-f", "json", "-o", str(out), "--max-bytes", str(6 * MB)]
                    if command == "check":
                        line.append("--no-pair-check")
                    repeat = 1 if size >= 5 else arguments.repeat
                    runs = [run(line) for _ in range(repeat)]
                    wall = statistics.median(r[0] for r in runs)
                    cpu = statistics.median(r[1] for r in runs)
                    peak = max(r[2] for r in runs)
                    codes = sorted({r[3] for r in runs})
                    cells[(shape, command, size)] = (wall, cpu)
                    rows.append((shape, command, size, wall, cpu, peak, codes, repeat))
                    print(f"{shape:5} {command:5} {size:5} MB  wall {wall:7.1f} s  cpu {cpu:7.1f} s  "
                          f"peak {peak:6.0f} MB  exit {codes}  (runs {repeat})", flush=True)
    lines = [START, "", "## Hostile input: time and memory on adversarial files (benchmarks/bench_hostile.py)", "",
             f"Measured {datetime.date.today()} on {os.cpu_count()} cores ({platform.machine()}, Python "
             f"{platform.python_version()}) by `make bench`. Each run is a fresh `drift` process writing JSON "
             "(`--preview`, every check; check with `--no-pair-check` and an ORIG of the same shape and size). "
             "Median of the runs; wall time includes the encoder's load (about 2 s) and whatever other jobs "
             "on this shared machine took; CPU time is the command's and its encoder process's; peak memory "
             "is the larger resident set of the two.", "",
             "| shape | command | size | wall s | CPU s | peak MB | exit | runs |",
             "|---|---|---:|---:|---:|---:|---|---:|"]
    for shape, command, size, wall, cpu, peak, codes, repeat in rows:
        lines.append(f"| {shape} | {command} | {size:g} MB | {wall:.1f} | {cpu:.1f} | {peak:.0f} | "
                     f"{','.join(map(str, codes))} | {repeat} |")
    lines += ["", "Growth from 0.25 MB to 1 MB (size ratio 4; the bar is a time ratio of at most 6):", ""]
    for shape in arguments.shapes.split(","):
        for command in arguments.commands.split(","):
            small, large = cells.get((shape, command, 0.25)), cells.get((shape, command, 1.0))
            if small and large:
                lines.append(f"- {shape}, {command}: wall {large[0] / small[0]:.2f}x, CPU {large[1] / small[1]:.2f}x; "
                             f"1 MB in {large[0]:.1f} s wall ({'under' if large[0] < 30 else 'OVER'} 30 s), "
                             f"{large[1]:.1f} s CPU ({'under' if large[1] < 30 else 'OVER'} 30 s)")
    lines += ["", "`tiny` with `check` is a refusal (exit 2, \"not prose that can be aligned\"; docs/robustness.md), "
              "measured for its cost.", "", END]
    table = "\n".join(lines)
    print(table)
    if arguments.write:
        text = arguments.write.read_text(encoding="utf-8") if arguments.write.exists() else "# Benchmarks\n"
        if START in text and END in text:
            text = text[:text.index(START)] + table + text[text.index(END) + len(END):]
        else:
            text = text.rstrip("\n") + "\n\n" + table + "\n"
        arguments.write.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
