"""Benchmark `drift find-original` on 500 candidates: cold (empty cache) and warm (cached vectors).

The 500 candidates are the find-original test set (13 Turkish originals and
26 same-topic distractors, see tests/find/testset.py) plus 461 articles
generated from their paragraphs deterministically: each picks 5-10
paragraphs, shuffles them and changes some of their numbers. Prints medians
(the machines are shared and noisy, so ratios matter more than absolute
times) and the top-1 accuracy of every English piece against the 500. Run
with `make bench`.
"""

from __future__ import annotations

import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import numpy as np  # noqa: E402

from drift.embed.use import UseEncoder  # noqa: E402
from drift.find import VectorCache, embed_documents, find_original  # noqa: E402
from drift.model import Language  # noqa: E402
from drift.read import read_document  # noqa: E402
from find.testset import build_pool, original_name, pieces  # noqa: E402

CANDIDATES = 500
COLD_RUNS = 3
WARM_RUNS = 5
SEED = 20250220
_NUMBER = re.compile(r"\d+")


def generate(folder: Path) -> int:
    """Fill `folder` with the test pool and generated articles up to CANDIDATES files; return how many generated."""
    build_pool(folder)
    paragraphs = sorted({line for path in folder.iterdir() for line in _paragraphs(path)})
    rng = random.Random(SEED)
    existing = len(list(folder.iterdir()))
    for k in range(CANDIDATES - existing):
        chosen = rng.sample(paragraphs, rng.randint(5, 10))
        text = "\n".join(_NUMBER.sub(lambda match: _perturb(match.group(), rng), line) for line in chosen)
        (folder / f"generated-{k:03d}.txt").write_text(text + "\n", encoding="utf-8")
    return CANDIDATES - existing


def _paragraphs(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        from drift.find.inputs import html_to_text

        text = html_to_text(text)
    return [line for line in text.splitlines() if len(line) > 40 and not line.startswith("#")]


def _perturb(digits: str, rng: random.Random) -> str:
    return digits if rng.random() < 0.5 else str(rng.randint(1, 10 ** len(digits)))


def timed(function) -> tuple[float, object]:
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def main() -> int:
    encoder = UseEncoder()
    load, _ = timed(lambda: encoder.encode(["."]))
    trans = read_document(ROOT / "samples" / "s400" / "en.txt", Language.ENGLISH)
    with tempfile.TemporaryDirectory(prefix="drift-bench-find-") as temporary:
        folder = Path(temporary) / "candidates"
        generated = generate(folder)
        cold_times, reports = [], []
        for run in range(COLD_RUNS):
            cache = VectorCache(Path(temporary) / f"cache-{run}")
            seconds, report = timed(lambda cache=cache: find_original(trans, [folder], encoder=encoder, cache=cache))
            cold_times.append(seconds)
            reports.append(report)
        entries = sorted((Path(temporary) / "cache-0").rglob("*.npz"))
        sentences = 0
        for entry in entries:
            with np.load(entry) as stored:
                sentences += len(stored["spans"])
        warm_times = []
        for _ in range(WARM_RUNS):
            seconds, report = timed(lambda: find_original(trans, [folder], encoder=encoder, cache=cache))
            warm_times.append(seconds)
        cold, warm = statistics.median(cold_times), statistics.median(warm_times)

        command = [str(ROOT / ".venv" / "bin" / "drift"), "find-original", str(trans.path), str(folder),
                   "--cache-dir", str(cache.directory), "-f", "json"]
        command_time, _ = timed(lambda: subprocess.run(command, check=True, capture_output=True))

        english = pieces()
        embedded = embed_documents([read_document(piece.path, Language.ENGLISH) for piece in english], encoder)
        hits = sum(find_original(item, [folder], encoder=encoder, cache=cache).best.name == original_name(piece.topic)
                   for piece, item in zip(english, embedded))

    best = reports[0]
    print(f"find-original over {CANDIDATES} candidates ({CANDIDATES - generated} from the test set, "
          f"{generated} generated), {sentences} sentences")
    print(f"  encoder load                 {load:7.2f} s")
    print(f"  cold, empty cache            {cold:7.2f} s   (median of {COLD_RUNS}: read, split, embed, cache, rank)")
    print(f"  warm, cached vectors         {warm:7.2f} s   (median of {WARM_RUNS}: read, hash, load, rank)"
          f"  {cold / warm:.0f}x faster")
    print(f"  drift find-original, warm    {command_time:7.2f} s   (the whole command: start-up, model load, search)")
    print(f"  s400/en.txt: {best.verdict}")
    print(f"  top-1 against all {CANDIDATES}: {hits}/{len(english)} English pieces")
    return 0


if __name__ == "__main__":
    sys.exit(main())
