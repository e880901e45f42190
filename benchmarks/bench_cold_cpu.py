"""Main-process CPU time of a cold `drift check` of the seed pair, for one or more checkouts, interleaved.

    python benchmarks/bench_cold_cpu.py RUNS CHECKOUT [CHECKOUT ...]

Each CHECKOUT is a drift source tree with its `.venv` (a link to one will do) and byte-compiled modules; each run
is a fresh `drift check samples/s400/tr.txt samples/s400/en.txt -f json --fail-on never` there, with that tree
first on PYTHONPATH, and the main process's CPU (user + system, not the encoder's child) is read on its way out.
On a shared machine whose cores are never idle, CPU time compares two versions where wall time cannot; the bar
itself (within 1.3x the bare encoder) is wall time, measured by bench_batch.py on a quiet machine.
"""
import os
import statistics
import subprocess
import sys
import time

_CHECK = ("import os, resource, sys; from drift.cli import run\n"
          "def _exit(code, _real=os._exit):\n"
          "    r = resource.getrusage(resource.RUSAGE_SELF); print(r.ru_utime + r.ru_stime, file=sys.stderr, flush=True)\n"
          "    _real(code)\n"
          "os._exit = _exit\n"
          "sys.argv = ['drift', 'check', 'samples/s400/tr.txt', 'samples/s400/en.txt', '-f', 'json', '--fail-on', 'never']\n"
          "run()")


def main() -> None:
    runs, roots = int(sys.argv[1]), sys.argv[2:]
    cpu: dict[str, list[float]] = {root: [] for root in roots}
    wall: dict[str, list[float]] = {root: [] for root in roots}
    for _ in range(runs):  # interleaved, so a busy moment hits every checkout alike
        for root in roots:
            start = time.perf_counter()
            done = subprocess.run([f"{root}/.venv/bin/python", "-c", _CHECK], cwd=root, capture_output=True, text=True,
                                  env=dict(os.environ, PYTHONPATH=root), check=True)
            wall[root].append(time.perf_counter() - start)
            cpu[root].append(float(done.stderr.strip().splitlines()[-1]))
    for root in roots:
        print(f"{root}: main CPU median {statistics.median(cpu[root]):.3f} s (min {min(cpu[root]):.3f}); wall median "
              f"{statistics.median(wall[root]):.3f} s (min {min(wall[root]):.3f}); "
              f"CPU of each run {[round(value, 2) for value in cpu[root]]}")
    print("load average", open("/proc/loadavg").read().split()[:3])


if __name__ == "__main__":
    main()
