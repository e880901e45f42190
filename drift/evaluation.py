"""Scoring findings against a gold list of drifts.

Matching rule: a gold item is found when some finding's English span overlaps
its English span by at least one character (for an omission, whose English
span is null, when a finding's Turkish span overlaps its Turkish span). A
finding is correct when it finds some gold item. Recall counts gold items,
precision counts findings; categories do not affect matching.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from drift.model import Finding, Severity


@dataclass(frozen=True)
class GoldDrift:
    """One drift a careful editor marked: spans are (start, end) or None."""

    id: str
    category: str
    severity: str
    trans: tuple[int, int] | None
    orig: tuple[int, int] | None
    expected: str | None
    kind: str | None = None  # the kind of drift (name-substitution, relative-time, ...) where the gold list names one


@dataclass(frozen=True)
class Scores:
    """How a list of findings compares with the gold list."""

    found: tuple[str, ...]
    missed: tuple[str, ...]
    correct: int
    wrong: int

    @property
    def recall(self) -> float:
        total = len(self.found) + len(self.missed)
        return len(self.found) / total if total else 1.0

    @property
    def precision(self) -> float:
        total = self.correct + self.wrong
        return self.correct / total if total else 1.0


def _span(value: dict | None) -> tuple[int, int] | None:
    return None if value is None else (value["start"], value["end"])


def read_gold(path: Path) -> tuple[GoldDrift, ...]:
    """Read a gold.jsonl file (keys id, category, severity, target, source, expected; optional kind)."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        items.append(GoldDrift(record["id"], record["category"], record["severity"],
                               _span(record["target"]), _span(record["source"]), record.get("expected"),
                               record.get("kind")))
    return tuple(items)


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _finds(finding: Finding, gold: GoldDrift) -> bool:
    if gold.trans is not None:
        return _overlaps(None if finding.trans is None else (finding.trans.start, finding.trans.end), gold.trans)
    return _overlaps(None if finding.orig is None else (finding.orig.start, finding.orig.end), gold.orig)


def score(findings: tuple[Finding, ...], gold: tuple[GoldDrift, ...]) -> Scores:
    """Recall and precision of `findings` against `gold` under the matching rule above."""
    found = tuple(item.id for item in gold if any(_finds(finding, item) for finding in findings))
    missed = tuple(item.id for item in gold if item.id not in found)
    correct = sum(any(_finds(finding, item) for item in gold) for finding in findings)
    return Scores(found, missed, correct, len(findings) - correct)


def serious(findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """The findings of severity major or critical: the ones that count as false alarms."""
    return tuple(finding for finding in findings if finding.severity.rank >= Severity.MAJOR.rank)


@dataclass(frozen=True)
class KnownError:
    """A real error of a published translation: the document it is in and its spans as (start, end) or None."""

    document: str
    id: str
    trans: tuple[int, int] | None
    orig: tuple[int, int] | None


def read_known_errors(path: Path) -> dict[str, tuple[KnownError, ...]]:
    """Known errors of a corpus of real translations (known_errors.jsonl: gold fields plus `doc`), by document."""
    found: dict[str, list[KnownError]] = {}
    if not path.exists():
        return {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        found.setdefault(record["doc"], []).append(
            KnownError(record["doc"], record["id"], _span(record.get("trans")), _span(record.get("orig"))))
    return {document: tuple(errors) for document, errors in found.items()}


def finds_known(finding: Finding, known: tuple[KnownError, ...]) -> KnownError | None:
    """The known error a finding reports (same matching rule as for gold drifts), if any."""
    for error in known:
        if _finds(finding, GoldDrift(error.id, "", "", error.trans, error.orig, None)):
            return error
    return None
