"""Measure every check on the project's dev data and, when present, on real published translations.

For each check (stable and preview alike) and each basis it names on its
findings (held back or not: everything runs with preview on): its correct findings and the
articles they were on (drifted dev English against its gold list), its wrong
findings there, and its findings on faithful text (the dev sets' faithful
English, and the real corpus in ../shared/real when it exists, where only the
listed known errors of the published translations count as correct). From
these come each check's precision, whether it (and each basis of it) meets the bar for `stable`, and
the confidence table `drift/checks/data/confidence.tsv` (with --write).

    .venv/bin/python tools/check_precision.py [--write] [--real DIR] [--details CODE]

The checks that need no original are measured as `drift lint` runs them
(the English alone), since there they do not share words with the checks that
read the original. Their findings that only `drift check` makes (bases that need
the original, such as a name the original has elsewhere) are measured too and
printed with the verdict they would get; `--gate-beside-original` writes them into
those bases' rows, so the gate judges them (measured: that holds back four
bases of D701 and cost a third of the untranslated recall, so it is not the
default yet). The real corpus is read where it lies and never copied;
without it the table says so in its header and uses the dev data alone.
Real errors a person verified beyond the corpus's own list (offsets only,
in tools/real_errors_verified.jsonl: each was read beside both texts) count
as correct too. `--details` never lists findings on the real documents numbered 61 and up:
they are kept unread, so that a fix made from the listed findings can be seen
to carry over to them (the summary gives both parts' figures).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from drift.checks import all_checks
from drift.checks._confidence import TABLE_PATH, Measured, stable_verdict, write_table
from drift.config import Config
from drift.embed import default_encoder
from drift.evaluation import finds_known, read_gold, read_known_errors, score
from drift.lint import lint_document
from drift.model import Document, Finding, Language
from drift.pipeline import check_documents

ROOT = Path(__file__).resolve().parent.parent
REAL_DEFAULT = ROOT.parent / "shared" / "real" / "newstest2016"
VERIFIED_ERRORS = Path(__file__).resolve().parent / "real_errors_verified.jsonl"
REAL_HELD_OUT_FROM = 61  # real documents numbered from here on are measured but never listed


@dataclass
class Tally:
    """What one check did across the data; mutable while counting, frozen into `Measured` after."""

    correct: int = 0
    wrong_dev: int = 0
    faithful_dev: int = 0
    real: int = 0
    real_serious: int = 0
    real_correct: int = 0
    hit_articles: set = field(default_factory=set)


def gold_samples() -> list[Path]:
    folders = [ROOT / "samples" / "s400"]
    for group in ("dev", "dev2", "devmt", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6",
                  "dev7", "dev8", "holdout7", "holdout8", "dev9", "holdout9", "dev10", "holdout10", "dev11",
                  "holdout11", "dev12", "holdout12", "dev13", "holdout13", "dev14"):
        folders.extend(sorted(path.parent for path in (ROOT / "samples" / group).glob("*/gold.jsonl")))
    return folders


def load(path: Path, language: Language) -> Document:
    return Document(text=path.read_text(encoding="utf-8"), language=language, path=str(path))


def _held_out(document: str) -> bool:
    return document[:2].isdigit() and int(document[:2]) >= REAL_HELD_OUT_FROM


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write {TABLE_PATH.relative_to(ROOT)}")
    parser.add_argument("--real", type=Path, default=REAL_DEFAULT, help="folder of real pairs (tr.txt, en.txt)")
    parser.add_argument("--details", metavar="CODE", help="list this check's findings on faithful text")
    parser.add_argument("--gate-beside-original", action="store_true",
                        help="write the English-only checks' bases as `drift check` makes them too (beside an original) "
                             "into the table, so the gate judges them; without it they are measured and printed only")
    options = parser.parse_args()
    encoder = default_encoder()
    checks = all_checks()
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)  # by (code, basis); basis "" is the whole check

    # The English-only checks' bases as `drift check` makes them, beside an original: kept apart unless they are to
    # be written (--gate-beside-original), since a row decides whether the gate holds a basis back.
    beside: dict[tuple[str, str], Tally] = defaultdict(Tally)

    def tallied(finding: Finding, *, whole: bool = True) -> list[Tally]:
        if not whole:
            return [beside[finding.code, finding.basis]] if finding.basis else []
        keys = [(finding.code, "")] + ([(finding.code, finding.basis)] if finding.basis else [])
        return [tallies[key] for key in keys]
    details: list[str] = []

    english_only = tuple(info for info in checks if not info.needs_original)

    english_codes = {info.code for info in english_only}
    # Every check and every basis runs, held back by default or not: the table is where their verdicts come from.
    everything = Config(checks=checks, preview=True)

    def compared(report) -> tuple[Finding, ...]:
        """The findings of the checks that read the original (the others are measured in `linted`)."""
        return tuple(finding for finding in report.findings if finding.code not in english_codes)

    def linted(path: Path) -> tuple[Finding, ...]:
        """The English-only checks' findings as `drift lint` makes them."""
        return lint_document(load(path, Language.ENGLISH), config=Config(checks=english_only, preview=True)).findings

    def beside_original(report, lint: tuple[Finding, ...]) -> tuple[Finding, ...]:
        """The English-only checks' findings that `drift check` alone makes (with the original beside them).

        Some bases exist only there (a name the original has elsewhere, an acronym): they are tallied on their
        basis rows, so the gate can judge them, and not on the check's own row, which stays lint's.
        """
        def key(finding: Finding) -> tuple:
            span = finding.trans or finding.orig
            return finding.code, finding.basis, span.start if span else -1, span.end if span else -1
        seen = {key(finding) for finding in lint}
        return tuple(finding for finding in report.findings if finding.code in english_codes and finding.basis
                     and key(finding) not in seen)

    def note(where: str, finding: Finding) -> None:
        if where.startswith("real ") and _held_out(where.split()[1]):
            return
        if options.details and finding.code.lower() == options.details.lower():
            span = finding.trans or finding.orig
            details.append(f"{where}\t{finding.severity.value}\t{span.text[:70]!r}\t{finding.message[:90]}")

    for sample in gold_samples():
        orig = load(sample / "tr.txt", Language.TURKISH)
        gold = read_gold(sample / "gold.jsonl")
        report = check_documents(orig, load(sample / "en.txt", Language.ENGLISH), encoder=encoder, config=everything)
        lint = linted(sample / "en.txt")
        for finding, whole in [(f, True) for f in compared(report) + lint] + \
                [(f, False) for f in beside_original(report, lint)]:
            correct = score((finding,), gold).correct
            for tally in tallied(finding, whole=whole):
                if correct:
                    tally.correct += 1
                    tally.hit_articles.add(sample.name)
                else:
                    tally.wrong_dev += 1
            if not correct:
                note(f"drifted {sample.name}", finding)
        faithful = sample / "en_faithful.txt"
        if faithful.exists():
            clean = check_documents(orig, load(faithful, Language.ENGLISH), encoder=encoder, config=everything)
            lint = linted(faithful)
            for finding, whole in [(f, True) for f in compared(clean) + lint] + \
                    [(f, False) for f in beside_original(clean, lint)]:
                for tally in tallied(finding, whole=whole):
                    tally.faithful_dev += 1
                note(f"faithful {sample.name}", finding)

    real_sentences = Counter()
    real_serious = Counter()
    has_real = options.real.is_dir()
    if has_real:
        known = read_known_errors(options.real / "known_errors.jsonl")
        for document, errors in read_known_errors(VERIFIED_ERRORS).items():
            known[document] = known.get(document, ()) + errors
        for folder in sorted(p for p in options.real.iterdir() if (p / "tr.txt").exists()):
            report = check_documents(load(folder / "tr.txt", Language.TURKISH), load(folder / "en.txt", Language.ENGLISH),
                                     encoder=encoder, config=everything, pair_check=False)
            part = "held out" if _held_out(folder.name) else "listed"
            real_sentences[part] += len(report.alignment.trans_sentences)
            real_serious[part] += sum(finding.severity.rank >= 2 and finds_known(finding, known.get(folder.name, ())) is None
                                      for finding in report.findings)
            lint = linted(folder / "en.txt")
            for finding, whole in [(f, True) for f in compared(report) + lint] + \
                    [(f, False) for f in beside_original(report, lint)]:
                known_error = finds_known(finding, known.get(folder.name, ())) is not None
                for tally in tallied(finding, whole=whole):
                    if known_error:
                        tally.real_correct += 1
                        tally.hit_articles.add(folder.name)
                    else:
                        tally.real += 1
                        tally.real_serious += finding.severity.rank >= 2
                if not known_error:
                    note(f"real {folder.name}", finding)

    if options.gate_beside_original:
        for key, extra in beside.items():
            into = tallies[key]
            for name in ("correct", "wrong_dev", "faithful_dev", "real", "real_serious", "real_correct"):
                setattr(into, name, getattr(into, name) + getattr(extra, name))
            into.hit_articles |= extra.hit_articles
        beside.clear()
    measured = []
    print(f"{'check':26} {'hits':>5} {'arts':>4} {'wrong':>5} {'faith':>5} {'real':>5} {'real!':>5} {'prec':>5}  verdict")
    slugs = {info.code: info for info in checks}
    for code, basis in sorted(set(tallies) | {(info.code, "") for info in checks}):
        tally = tallies[code, basis]
        result = Measured(
            code=code, basis=basis, correct=tally.correct + tally.real_correct, hit_articles=len(tally.hit_articles),
            wrong=tally.wrong_dev + tally.faithful_dev + tally.real,
        )
        measured.append(result)
        info = slugs[code]
        if basis:  # a stable check's basis is judged on its own row; a preview check's bases go with it
            verdict = "" if info.preview or info.configured else \
                "basis " + stable_verdict(result).replace("preview", "preview: held back by default")
        else:
            verdict = "stable (fires on the user's own rules)" if info.configured else stable_verdict(result)
        if not basis and ("preview" in verdict) != info.preview:
            verdict += f"  <- declared {info.status}"
        name = f"  {basis}" if basis else info.slug
        print(f"{code} {name:21} {result.correct:5} {result.hit_articles:4} {tally.wrong_dev:5} "
              f"{tally.faithful_dev:5} {tally.real:5} {tally.real_serious:5} {result.precision:5.2f}  {verdict}")
    for (code, basis), tally in sorted(beside.items()):  # measured, not written: the gate does not judge them yet
        both = Tally(**{name: getattr(tally, name) + getattr(tallies[code, basis], name) for name in
                        ("correct", "wrong_dev", "faithful_dev", "real", "real_serious", "real_correct")},
                     hit_articles=tally.hit_articles | tallies[code, basis].hit_articles)
        result = Measured(code=code, basis=basis, correct=both.correct + both.real_correct,
                          hit_articles=len(both.hit_articles), wrong=both.wrong_dev + both.faithful_dev + both.real)
        print(f"{code}   {basis + ' (check)':19} {result.correct:5} {result.hit_articles:4} {both.wrong_dev:5} "
              f"{both.faithful_dev:5} {both.real:5} {both.real_serious:5} {result.precision:5.2f}  "
              f"would be {stable_verdict(result)} (lint and check together; not in the table "
              f"without --gate-beside-original)")
    if has_real:
        for part in ("listed", "held out"):
            print(f"real corpus, {part} documents: {real_sentences[part]} English sentences, {real_serious[part]} "
                  f"serious findings off the known errors (drift check, all checks): "
                  f"{100 * real_serious[part] / max(real_sentences[part], 1):.1f} per 100")
    else:
        print(f"real corpus not found at {options.real}: measured on the dev data alone")
    for line in details:
        print(line)
    if options.write:
        write_table(measured, with_real=has_real)
        print(f"wrote {TABLE_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
