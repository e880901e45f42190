"""Which encoding detector reads the samples right: drift's own, or charset-normalizer?

Every bundled article (samples/s400, metro, wildfire, dev; never the holdouts),
Turkish and English, whole and as its first line only, is written in UTF-8,
UTF-8 with BOM, UTF-16 (both byte orders, with BOM), Windows-1254 and
ISO-8859-9 (curly quotes and dashes, which ISO-8859-9 lacks, made straight
first), then decoded by each detector. Right means the exact original text.

    .venv/bin/pip install charset-normalizer   # in the bench extra
    .venv/bin/python benchmarks/bench_encodings.py
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drift.ingest.encoding import decode  # noqa: E402

_STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})
ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8 BOM": lambda text: text.encode("utf-8-sig"),
    "utf-16-le BOM": lambda text: text.encode("utf-16"),  # little-endian with BOM, as Word writes it
    "utf-16-be BOM": lambda text: b"\xfe\xff" + text.encode("utf-16-be"),
    "utf-16-le, no BOM": lambda text: text.encode("utf-16-le"),
    "windows-1254": lambda text: text.encode("cp1254"),
    "iso-8859-9": lambda text: text.translate(_STRAIGHT).encode("iso-8859-9"),
}


def texts() -> list[tuple[str, str]]:
    folders = [ROOT / "samples" / name for name in ("s400", "metro", "wildfire")]
    folders += sorted((ROOT / "samples" / "dev").iterdir())
    found = []
    for folder in folders:
        for name in ("tr.txt", "en.txt", "en_faithful.txt"):
            path = folder / name
            if path.exists():
                text = path.read_text(encoding="utf-8")
                found.append((f"{folder.name}/{name}", text))
                found.append((f"{folder.name}/{name}:line1", text.splitlines()[0] + "\n"))
    return found


def drift_detector(data: bytes) -> tuple[str, str]:
    decoded = decode(data, "sample")
    return decoded.text, decoded.encoding


def charset_normalizer_detector(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return "", "none"
    return str(best).removeprefix("\ufeff"), best.encoding


def main() -> None:
    detectors = {"drift": drift_detector}
    try:
        import charset_normalizer  # noqa: F401

        detectors["charset-normalizer"] = charset_normalizer_detector
    except ImportError:
        print("charset-normalizer is not installed: measuring drift's detector only")
    samples = texts()
    print(f"{len(samples)} texts ({len(samples) // 2} whole articles and their first lines) "
          f"x {len(ENCODINGS)} encodings")
    print()
    header = "| encoding | " + " | ".join(f"{name} right" for name in detectors) + " |"
    print(header)
    print("|---" * (len(detectors) + 1) + "|")
    totals = Counter()
    seconds = Counter()
    wrong: dict[str, Counter] = {name: Counter() for name in detectors}
    turkish = [(label, text) for label, text in samples if "/tr.txt" in label]
    for label, encode in ENCODINGS.items():
        row = []
        for name, detector in detectors.items():
            right = turkish_right = 0
            for sample, text in samples:
                expected = text.translate(_STRAIGHT) if label == "iso-8859-9" else text
                started = time.perf_counter()
                try:
                    got, encoding = detector(encode(text))
                except Exception as exc:  # noqa: BLE001 - a detector's failure is a wrong answer here
                    got, encoding = None, type(exc).__name__
                seconds[name] += time.perf_counter() - started
                if got == expected:
                    right += 1
                    turkish_right += "/tr.txt" in sample
                else:
                    wrong[name][f"{label} read as {encoding}"] += 1
            totals[name] += right
            row.append(f"{right}/{len(samples)} (Turkish {turkish_right}/{len(turkish)})")
        print(f"| {label} | " + " | ".join(row) + " |")
    count = len(samples) * len(ENCODINGS)
    print("| all | " + " | ".join(f"{totals[name]}/{count}" for name in detectors) + " |")
    print()
    for name in detectors:
        print(f"{name}: {seconds[name] / count * 1000:.2f} ms a file; wrong: {dict(wrong[name]) or 'none'}")


if __name__ == "__main__":
    main()
