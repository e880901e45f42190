"""Findings of `drift check` on real published translations, per 100 English sentences, by check.

REAL_DIR holds one folder per document with tr.txt (the Turkish original)
and en.txt (its published English translation), and may hold
known_errors.jsonl (the translations' own real errors). Professionals made
and checked these translations, so nearly every major or critical finding on
them is a false alarm: the figure to keep low. The data is read where it
lies and never copied into the project; when the folder is absent this says
so and exits 0.

    .venv/bin/python benchmarks/evaluate_real.py [--preview] [--held-out-from N] REAL_DIR
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from drift.config import Config
from drift.embed import default_encoder
from drift.evaluation import finds_known, read_known_errors, serious
from drift.model import Document, Language
from drift.pipeline import check_documents


def load(path: Path, language: Language) -> Document:
    return Document(text=path.read_text(encoding="utf-8"), language=language, path=str(path))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("real_dir", type=Path)
    parser.add_argument("--preview", action="store_true", help="run the preview checks too")
    parser.add_argument("--held-out-from", type=int, default=61, metavar="N",
                        help="also give the figure for the documents numbered N and up on their own (default 61)")
    options = parser.parse_args()
    if not options.real_dir.is_dir():
        print(f"real translations not found at {options.real_dir}: skipped")
        return 0
    folders = sorted(path for path in options.real_dir.iterdir() if (path / "tr.txt").exists())
    known = read_known_errors(options.real_dir / "known_errors.jsonl")
    config = Config(preview=options.preview)
    encoder = default_encoder()
    sentences, alarms, by_severity, by_check = Counter(), Counter(), Counter(), Counter()
    found_known: set[str] = set()
    for folder in folders:
        report = check_documents(load(folder / "tr.txt", Language.TURKISH), load(folder / "en.txt", Language.ENGLISH),
                                 encoder=encoder, config=config, pair_check=False)
        part = "held out" if folder.name[:2].isdigit() and int(folder.name[:2]) >= options.held_out_from else "rest"
        sentences[part] += len(report.alignment.trans_sentences)
        for finding in report.findings:
            error = finds_known(finding, known.get(folder.name, ()))
            if error is not None:
                found_known.add(error.id)
                continue
            by_severity[finding.severity.value] += 1
        for finding in serious(report.findings):
            if finds_known(finding, known.get(folder.name, ())) is None:
                alarms[part] += 1
                by_check[f"{finding.code} {finding.check}"] += 1
    total = sum(sentences.values())
    per_100 = lambda count, of=total: 100.0 * count / max(of, 1)  # noqa: E731
    print(f"{len(folders)} documents, {total} English sentences ({'stable and preview' if options.preview else 'stable'}"
          f" checks); findings other than the known errors:")
    for level in ("critical", "major", "minor"):
        print(f"  {level:8} {by_severity[level]:4}  {per_100(by_severity[level]):5.1f} per 100 sentences")
    for name, count in by_check.most_common():
        print(f"  {name:28} {count:4}  {per_100(count):5.1f}")
    print(f"major+critical per 100 sentences: {per_100(sum(alarms.values())):.1f}"
          f" (documents {options.held_out_from} and up: {per_100(alarms['held out'], sentences['held out']):.1f};"
          f" the others: {per_100(alarms['rest'], sentences['rest']):.1f})")
    if known:
        print(f"known real errors found: {len(found_known)}/{sum(map(len, known.values()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
