"""Score `drift check` on every bundled article pair that has a gold list of drifts.

For each sample folder with tr.txt, en.txt and gold.jsonl (samples/s400,
samples/dev/* and samples/dev2/*): recall, precision and per-category recall on the drifted
English; on en_faithful.txt, the major-or-critical false alarms per 100
English sentences. `--details` lists what was missed and what was wrong;
`--preview` runs the preview checks too (by default only the stable ones run,
as in `drift check`).

    .venv/bin/python benchmarks/evaluate.py [--details] [--lint] [--preview] [SAMPLE_DIR ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from drift.config import Config
from drift.embed import default_encoder
from drift.evaluation import read_gold, score, serious
from drift.model import Document, Language
from drift.pipeline import check_documents

ROOT = Path(__file__).resolve().parent.parent


def sample_dirs(arguments: list[str]) -> list[Path]:
    if arguments:
        return [Path(argument) for argument in arguments]
    folders = [ROOT / "samples" / "s400"]
    for group in ("dev", "dev2"):
        folders.extend(sorted(path.parent for path in (ROOT / "samples" / group).glob("*/gold.jsonl")))
    return folders


def load(path: Path, language: Language) -> Document:
    return Document(text=path.read_text(encoding="utf-8"), language=language, path=str(path))


def _where(finding) -> str:
    span = finding.trans or finding.orig
    return f"{span.text[:70]!r} -> {finding.expected!r} ({finding.message[:60]})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("samples", nargs="*")
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--lint", action="store_true", help="score `drift lint` (the English alone) instead")
    parser.add_argument("--preview", action="store_true", help="run the preview checks too")
    options = parser.parse_args()
    encoder = None if options.lint else default_encoder()
    config = Config(preview=options.preview)

    def run(orig: Document, trans: Document):
        if options.lint:
            from drift.lint import lint_document

            return lint_document(trans, config=config)
        return check_documents(orig, trans, encoder=encoder, config=config)

    totals = Counter()
    found_by_category, gold_by_category = Counter(), Counter()
    found_by_kind, gold_by_kind = Counter(), Counter()
    for sample in sample_dirs(options.samples):
        orig = load(sample / "tr.txt", Language.TURKISH)
        gold = read_gold(sample / "gold.jsonl")
        report = run(orig, load(sample / "en.txt", Language.ENGLISH))
        scores = score(report.findings, gold)
        totals.update(found=len(scores.found), gold=len(gold), correct=scores.correct, wrong=scores.wrong)
        gold_by_category.update(item.category for item in gold)
        found_by_category.update(item.category for item in gold if item.id in scores.found)
        gold_by_kind.update(item.kind for item in gold if item.kind)
        found_by_kind.update(item.kind for item in gold if item.kind and item.id in scores.found)
        line = f"{sample.name:20} recall {scores.recall:.2f} precision {scores.precision:.2f}"
        if (sample / "en_faithful.txt").exists():
            clean = run(orig, load(sample / "en_faithful.txt", Language.ENGLISH))
            alarms = serious(clean.findings)
            totals.update(clean_sentences=len(clean.alignment.trans_sentences), alarms=len(alarms))
            line += f"  faithful: {len(alarms)} serious of {len(clean.findings)} findings"
        print(line)
        if options.details:
            by_id = {item.id: item for item in gold}
            for item_id in scores.missed:
                item = by_id[item_id]
                print(f"    missed {item.kind or item.category:18} {item.id}")
            for finding in report.findings:
                if score((finding,), gold).correct == 0:
                    print(f"    wrong  {finding.code} {finding.severity.value}: {_where(finding)}")
            if (sample / "en_faithful.txt").exists():
                for finding in alarms:
                    print(f"    false alarm {finding.code} {finding.severity.value}: {_where(finding)}")
    recall = totals["found"] / max(totals["gold"], 1)
    precision = totals["correct"] / max(totals["correct"] + totals["wrong"], 1)
    print(f"\nALL recall {recall:.3f} ({totals['found']}/{totals['gold']}) precision {precision:.3f} "
          f"({totals['correct']}/{totals['correct'] + totals['wrong']})")
    if totals["clean_sentences"]:
        print(f"faithful: {100 * totals['alarms'] / totals['clean_sentences']:.1f} serious false alarms per 100 sentences "
              f"({totals['alarms']} in {totals['clean_sentences']})")
    print("recall by category: " + ", ".join(
        f"{category} {found_by_category[category]}/{count}" for category, count in sorted(gold_by_category.items())))
    if gold_by_kind:
        print("recall by kind: " + ", ".join(
            f"{kind} {found_by_kind[kind]}/{count}" for kind, count in sorted(gold_by_kind.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
