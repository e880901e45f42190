"""Calibrate and measure the wrong-pair check (drift.pair_check) on the bundled samples.

True pairs: every Turkish original of samples/s400, metro, wildfire and dev/*
with each of its English versions (drifted and faithful). Wrong pairs: every
original with every other story's English (different stories), the same-topic
follow-up stories of tests/find/data/distractors with the English of their
topic (the hardest case), English with English and Turkish with Turkish.
The holdout sets are never read.

    .venv/bin/python benchmarks/calibrate_pairs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drift.embed.use import UseEncoder  # noqa: E402
from drift.model import Document, Language  # noqa: E402
from drift.pair_check import PairParams, detect_language, pair_evidence, pair_problem  # noqa: E402
from drift.pipeline import align_documents  # noqa: E402


class CachedEncoder:
    """The real encoder, remembering every sentence it has seen (the pairs reuse the same texts)."""

    def __init__(self) -> None:
        self._encoder = UseEncoder()
        self._cache: dict[str, np.ndarray] = {}
        self.name = "cached"

    def encode(self, texts):
        missing = [text for text in dict.fromkeys(texts) if text not in self._cache]
        if missing:
            self._cache.update(zip(missing, self._encoder.encode(missing)))
        return np.array([self._cache[text] for text in texts], dtype=np.float32).reshape(len(texts), 512)


def stories() -> dict[str, dict[str, Path]]:
    folders = [ROOT / "samples" / name for name in ("s400", "metro", "wildfire")]
    folders += sorted((ROOT / "samples" / "dev").iterdir())
    found = {}
    for folder in folders:
        found[folder.name] = {name: folder / name for name in ("tr.txt", "en.txt", "en_faithful.txt")
                              if (folder / name).exists()}
    return found


def document(path: Path, language: Language) -> Document:
    return Document(path.read_text(encoding="utf-8"), language, path=str(path.relative_to(ROOT)))


def main() -> None:
    encoder = CachedEncoder()
    params = PairParams()
    groups: dict[str, list[tuple[str, str, Document, Document]]] = {
        "true pair": [], "abridged to half": [], "padded to double": [], "different story": [],
        "same-topic follow-up": [], "English/English": [], "Turkish/Turkish": [],
    }
    found = stories()
    for story, files in found.items():
        orig = document(files["tr.txt"], Language.TURKISH)
        for name in ("en.txt", "en_faithful.txt"):
            if name in files:
                groups["true pair"].append((story, name, orig, document(files[name], Language.ENGLISH)))
        # True pairs that are hard on purpose: an English that keeps only the first half of the
        # paragraphs, and one with another story's English appended (padding, spam).
        english = files["en.txt"].read_text(encoding="utf-8").splitlines(keepends=True)
        groups["abridged to half"].append(
            (story, "en.txt[:half]", orig, Document("".join(english[: len(english) // 2]), Language.ENGLISH)))
        other = next(other for other in found if other != story)
        groups["padded to double"].append(
            (story, f"en.txt + {other}", orig,
             Document("".join(english) + found[other]["en.txt"].read_text(encoding="utf-8"), Language.ENGLISH)))
        for other, other_files in found.items():
            if other != story:
                groups["different story"].append(
                    (story, f"{other}/en.txt", orig, document(other_files["en.txt"], Language.ENGLISH)))
                groups["Turkish/Turkish"].append(
                    (story, f"{other}/tr.txt", orig, document(other_files["tr.txt"], Language.ENGLISH)))
        if "en_faithful.txt" in files:
            groups["English/English"].append(
                (story, "en/en_faithful", document(files["en.txt"], Language.TURKISH),
                 document(files["en_faithful.txt"], Language.ENGLISH)))
    for path in sorted((ROOT / "tests" / "find" / "data" / "distractors").glob("*.txt")):
        topic = next((story for story in found if path.name.startswith(story)), None)
        if topic is not None:
            groups["same-topic follow-up"].append(
                (path.stem, f"{topic}/en.txt", document(path, Language.TURKISH),
                 document(found[topic]["en.txt"], Language.ENGLISH)))
    print(f"partner similarity {params.partner_similarity}; not a pair below {params.min_partnered:.0%} partnered "
          f"or {params.min_mean_similarity} mean similarity")
    print(f"{'group':22} {'pairs':>5} {'flagged':>8}   partnered share (min-max)   mean similarity (min-max)")
    for group, pairs in groups.items():
        shares, means, flagged = [], [], 0
        for _, _, orig, trans in pairs:
            alignment = align_documents(orig, trans, encoder=encoder)
            evidence = pair_evidence(alignment, params)
            shares.append(evidence.partnered_share)
            means.append(evidence.mean_similarity or 0.0)
            flagged += pair_problem(alignment, params) is not None
        print(f"{group:22} {len(pairs):5d} {flagged:8d}   {min(shares):.2f}-{max(shares):.2f} "
              f"(median {np.median(shares):.2f})   {min(means):.2f}-{max(means):.2f} (median {np.median(means):.2f})")
    languages = [detect_language(path.read_text(encoding="utf-8")).language
                 for files in found.values() for path in files.values()]
    print(f"language detection: {sum(language is not None for language in languages)}/{len(languages)} texts named, "
          "all as their own language" if all(language is not None for language in languages) else "")


if __name__ == "__main__":
    main()
