"""Score `drift check --orig-lang en`: each sample's faithful English as the reference, its drifted English as the copy.

Gold spans are what count, with the matching rule of drift.evaluation on the
English (the copy's) spans. A gold omission has no English span; its span is
in the Turkish, which reference mode never reads. It is carried into the
faithful English by drift's own bilingual alignment of tr.txt with
en_faithful.txt: the faithful sentences aligned with the Turkish sentence
that holds the span, narrowed to the same characters when the Turkish span's
text occurs there verbatim (a handle's "@", a number). A finding finds it when
its reference span overlaps that stretch. Also: major-or-critical findings per
100 sentences of en_faithful2.txt against en_faithful.txt where a sample has a
second faithful translation, and of en_second.txt, a faithful paraphrase of
en_faithful.txt written for this measure, where a sample has one.

    .venv/bin/python benchmarks/evaluate_reference.py [--details] [--min-confidence X] [SAMPLE_DIR ...]

With no SAMPLE_DIR: samples/s400 and samples/dev. Totals are printed per sample set (the folder a sample
is in), and over all sets but s400 when there are several.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

from drift.config import Config
from drift.embed import default_encoder
from drift.evaluation import GoldDrift, read_gold, score, serious
from drift.model import Document, Language
from drift.pipeline import align_documents
from drift.reference import check_reference

ROOT = Path(__file__).resolve().parent.parent
# Faithful copies of en_faithful.txt a sample may have, and how the totals name them: an independent second
# translation of the Turkish, and a faithful paraphrase of the faithful English itself.
FAITHFUL_COPIES = {"en_faithful2.txt": "second faithful translation", "en_second.txt": "faithful paraphrase"}


def load(path: Path, language: Language) -> Document:
    return Document(text=path.read_text(encoding="utf-8"), language=language, path=str(path))


def carried(gold: tuple[GoldDrift, ...], tr: Document, faithful: Document, encoder) -> tuple[GoldDrift, ...]:
    """Gold items with the Turkish span of each omission carried into the faithful English (see above)."""
    if all(item.trans is not None for item in gold):
        return gold
    alignment = align_documents(tr, faithful, encoder=encoder)
    result = []
    for item in gold:
        if item.trans is None and item.orig is not None:
            start, end = item.orig
            sentence = next((s for s in alignment.orig_sentences if s.start <= start < s.end), None)
            bead = next((b for b in alignment.beads if sentence is not None and sentence.index in b.orig), None)
            span = None
            if bead is not None and bead.trans:
                first, last = alignment.trans_sentences[bead.trans[0]], alignment.trans_sentences[bead.trans[-1]]
                span = (first.start, last.end)
                words = tr.text[start:end]
                found = faithful.text.find(words, first.start, last.end) if len(words) < 20 else -1
                if found >= 0:
                    span = (found, found + len(words))
            item = dataclasses.replace(item, orig=span)
        result.append(item)
    return tuple(result)


def sample_dirs(arguments: list[str]) -> list[Path]:
    if arguments:
        return [Path(argument) for argument in arguments]
    return [ROOT / "samples" / "s400", *sorted(p.parent for p in (ROOT / "samples" / "dev").glob("*/gold.jsonl"))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("samples", nargs="*")
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--min-confidence", type=float, default=0.0, help="as drift check's --min-confidence")
    options = parser.parse_args()
    config = Config(min_confidence=options.min_confidence)
    encoder = default_encoder()
    groups: dict[str, list[int]] = {}
    # Per kind of faithful copy: [major+critical findings, sentences].
    faithful_counts: dict[str, list[int]] = {}
    # Per code on samples/dev: [right, wrong]; a finding against a faithful copy is wrong.
    by_code: dict[str, list[int]] = {}
    for sample in sample_dirs(options.samples):
        tr = load(sample / "tr.txt", Language.TURKISH)
        faithful = load(sample / "en_faithful.txt", Language.ENGLISH)
        gold = carried(read_gold(sample / "gold.jsonl"), tr, faithful, encoder)
        report = check_reference(faithful, load(sample / "en.txt", Language.ENGLISH), encoder=encoder, config=config)
        scores = score(report.findings, gold)
        # One line of totals per sample set (s400, dev, dev2, ...); per-code counts are over every set but s400.
        group = "s400" if sample.name == "s400" else sample.parent.name
        totals = groups.setdefault(group, [0, 0, 0, 0])
        totals[0] += len(scores.found)
        totals[1] += len(gold)
        totals[2] += scores.correct
        totals[3] += scores.correct + scores.wrong
        if group != "s400":
            for finding in report.findings:
                by_code.setdefault(finding.code, [0, 0])[0 if score((finding,), gold).correct else 1] += 1
        line = f"{sample.name:20} recall {scores.recall:.2f} precision {scores.precision:.2f}"
        alarms_of: dict[str, tuple] = {}
        for name, label in FAITHFUL_COPIES.items():
            if not (sample / name).exists():
                continue
            other = check_reference(faithful, load(sample / name, Language.ENGLISH), encoder=encoder, config=config)
            alarms = alarms_of[label] = serious(other.findings)
            for finding in other.findings:
                by_code.setdefault(finding.code, [0, 0])[1] += 1
            counts = faithful_counts.setdefault(label, [0, 0])
            counts[0] += len(alarms)
            counts[1] += len(other.alignment.trans_sentences)
            line += f"  {label}: {len(alarms)} major+critical of {len(other.findings)} findings"
        print(line)
        if options.details:
            by_id = {item.id: item for item in gold}
            for item_id in scores.missed:
                print(f"    missed {by_id[item_id].category:15} {item_id}")
            for finding in report.findings:
                if score((finding,), gold).correct == 0:
                    where = finding.trans or finding.orig
                    print(f"    wrong  {finding.code} {finding.severity.value}: {where.text[:70]!r} "
                          f"(reference {finding.orig.text[:50] if finding.orig else None!r})")
            for label, alarms in alarms_of.items():
                for finding in alarms:
                    print(f"    {label} alarm {finding.code} {finding.severity.value}: "
                          f"{(finding.trans or finding.orig).text[:70]!r}")
    sets = [totals for group, totals in groups.items() if group != "s400"]
    if len(sets) > 1:
        groups["all but s400"] = [sum(column) for column in zip(*sets)]
    for group, (found, total, correct, reported) in groups.items():
        print(f"{group.upper()} recall {found / max(total, 1):.3f} ({found}/{total}) "
              f"precision {correct / max(reported, 1):.3f} ({correct}/{reported})")
    if options.details and by_code:
        print("per code, s400 aside (right/reported; faithful copies count as wrong): " + ", ".join(
            f"{code} {right}/{right + wrong}" for code, (right, wrong) in sorted(by_code.items())))
    for label, (alarms, sentences) in faithful_counts.items():
        print(f"{label}: {100 * alarms / sentences:.1f} major+critical per 100 sentences ({alarms} in {sentences})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
