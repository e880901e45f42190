"""The checks: one module each, registered by a decorator, found automatically.

A check is a pure function from a `CheckContext` to findings. Its module
docstring says what it flags, why it matters and gives an example; it feeds
`drift explain CODE`, SARIF rule text and report tooltips. Adding a check
means adding one module here and one test folder, nothing else.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import inspect
import pkgutil
from dataclasses import dataclass
from typing import Callable, Iterable

from drift.checks.context import CheckContext
from drift.errors import UsageError
from drift.model import Category, Finding, Severity

__all__ = ["CheckContext", "CheckInfo", "all_checks", "check", "english_only_checks", "find_check", "merge_findings", "run_checks"]


@dataclass(frozen=True)
class CheckInfo:
    """A registered check: identity, defaults and documentation."""

    code: str
    slug: str
    category: Category
    severity: Severity
    doc: str
    run: Callable[[CheckContext], Iterable[Finding]]
    needs_original: bool = True
    # Preview checks run only when asked for (--preview, `preview = true`, or named by code or slug):
    # they have not yet shown the measured precision and hits a default check needs (drift.checks._confidence).
    preview: bool = False
    # Fires only on rules the user wrote (the glossary of drift.toml): the user's own rules need no measured record.
    configured: bool = False

    @property
    def status(self) -> str:
        return "preview" if self.preview else "stable"

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0] if self.doc.strip() else self.slug


def check(code: str, slug: str, category: Category, severity: Severity, *, needs_original: bool = True,
          preview: bool = False, configured: bool = False):
    """Mark a function as a check; its module docstring becomes its documentation.

    A check with `needs_original=False` reads the English alone: `drift lint`
    runs it without an original, and `drift check` runs it too, so the two
    commands never disagree about the English.
    """

    def mark(function: Callable[[CheckContext], Iterable[Finding]]):
        module = inspect.getmodule(function)
        doc = inspect.cleandoc(module.__doc__ or "") if module else ""
        function.check_info = CheckInfo(code, slug, category, severity, doc, function, needs_original, preview,
                                        configured)
        return function

    return mark


@functools.cache
def all_checks() -> tuple[CheckInfo, ...]:
    """Every check module in this package, imported once, sorted by code."""
    found: dict[str, CheckInfo] = {}
    for module_info in pkgutil.iter_modules(__path__):
        if module_info.name.startswith("_") or module_info.name == "context":
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        for value in vars(module).values():
            info = getattr(value, "check_info", None)
            if isinstance(info, CheckInfo) and getattr(value, "__module__", None) == module.__name__:
                if info.code in found:
                    raise RuntimeError(f"check code {info.code} is used twice")
                found[info.code] = info
    return tuple(sorted(found.values(), key=lambda info: info.code))


def english_only_checks() -> tuple[CheckInfo, ...]:
    """The checks that need no original: what `drift lint` runs."""
    return tuple(info for info in all_checks() if not info.needs_original)


def find_check(code_or_slug: str) -> CheckInfo:
    """Look a check up by code (case-insensitive) or slug."""
    wanted = code_or_slug.strip()
    for info in all_checks():
        if info.code.lower() == wanted.lower() or info.slug == wanted.lower():
            return info
    known = ", ".join(info.code for info in all_checks())
    raise UsageError(f"unknown check {code_or_slug!r}; known checks: {known}")


def run_checks(context: CheckContext, checks: Iterable[CheckInfo] | None = None, *,
               preview: bool = False) -> tuple[Finding, ...]:
    """Run the given checks (default: every stable check) and return their findings in reading order.

    A stable check's findings on a basis that has not cleared the bar itself
    (drift.checks._confidence.preview_basis) are held back unless `preview`
    (the configuration's) asks for preview findings, as a preview check's are.
    They go before merging, so a held-back finding adds nothing to a kept one.
    Expected wordings are fitted to the English words they replace (drift.checks._wording).
    Findings of different checks on the same English words become one (see `merge_findings`).
    """
    from drift.checks._confidence import preview_basis
    from drift.checks._wording import fit_expected

    findings: list[Finding] = []
    for info in checks if checks is not None else tuple(info for info in all_checks() if not info.preview):
        # A preview check runs whole when it runs at all; the user's own rules (configured) need no record.
        judged = not (preview or info.preview or info.configured)
        findings.extend(finding for finding in info.run(context)
                        if not (judged and preview_basis(finding.code, finding.basis)))
    # What the English should say, written to drop into the English sentence (case, numbers, ordinals).
    findings = [dataclasses.replace(finding, expected=fit_expected(finding.expected, finding.trans.text))
                if finding.expected and finding.trans is not None else finding for finding in findings]
    sentences = tuple((s.start, s.end) for s in context.alignment.trans_sentences)
    return tuple(sorted(merge_findings(findings, sentences), key=finding_order))


def merge_findings(findings: Iterable[Finding], sentences: tuple[tuple[int, int], ...] = ()) -> list[Finding]:
    """One finding per stretch of English words, carrying every check's reason.

    Two checks often see one drift from two sides (a date whose weekday is
    wrong, a compound left in Turkish): an editor should read it once. Of
    findings whose English spans overlap, the most severe (then one that read
    the original, then the most confident, then first by code) is kept; the others' codes and messages join its
    evidence, and its confidence becomes that of independent evidence that
    agrees, 1 - (1 - a)(1 - b). A finding about a whole sentence (an added
    sentence, or one whose English span is a whole sentence of `sentences`,
    given as (start, end)) and a finding about words inside it stay apart.
    """
    whole = set(sentences)

    def sentence_level(finding: Finding) -> bool:
        return finding.category in (Category.ADDITION, Category.OMISSION) or (
            finding.trans is not None and (finding.trans.start, finding.trans.end) in whole)

    kept: list[Finding] = []
    compares = {info.code: info.needs_original for info in all_checks()}
    # A check that read the original knows what the English should say: it leads at equal severity.
    for finding in sorted(findings, key=lambda f: (-f.severity.rank, not compares.get(f.code, True),
                                                   -f.confidence, f.code)):
        if finding.trans is not None:
            index = next((i for i, other in enumerate(kept) if other.trans is not None
                          and sentence_level(other) == sentence_level(finding)
                          and other.trans.start < finding.trans.end and finding.trans.start < other.trans.end), None)
            if index is not None:
                kept[index] = _joined(kept[index], finding)
                continue
        kept.append(finding)
    return kept


def _joined(kept: Finding, other: Finding) -> Finding:
    if other.code == kept.code:  # the same check twice (an English-only check run by both commands): once
        return kept
    reason = f"also {other.code} {other.check}: {other.message}"
    evidence = f"{kept.evidence}; {reason}" if kept.evidence else reason
    confidence = round(1 - (1 - kept.confidence) * (1 - other.confidence), 3)
    return dataclasses.replace(kept, evidence=evidence, confidence=confidence,
                               expected=kept.expected or other.expected,
                               also=tuple(sorted({*kept.also, other.code, *other.also})))


def finding_order(finding: Finding) -> tuple:
    """English position first (an omission sorts by its Turkish position), then code."""
    trans_start = finding.trans.start if finding.trans else -1
    orig_start = finding.orig.start if finding.orig else -1
    return (finding.bead, trans_start, orig_start, finding.code, finding.message)
