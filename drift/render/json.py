"""The `drift/1` JSON envelope: versioned, deterministic, no timestamps."""

from __future__ import annotations

import json
from typing import Any

from drift.model import Alignment, Bead, Document, Finding, Report, Sentence, Span

SCHEMA = "drift/1"


def _sentence(sentence: Sentence) -> dict[str, Any]:
    return {"index": sentence.index, "start": sentence.start, "end": sentence.end, "text": sentence.text}


def _document(document: Document, sentences: tuple[Sentence, ...]) -> dict[str, Any]:
    described = {
        "path": document.path,
        "language": document.language.value,
        "encoding": document.encoding,
        "encoding_detected": document.encoding_detected,
        "format": document.source_format.value,
    }
    if document.extraction is not None:
        # Offsets point into the text extracted from the page, not into the page: give it.
        described["extraction"] = document.extraction
        described["text"] = document.text
    return {**described, "sentences": [_sentence(sentence) for sentence in sentences]}


def _bead(bead: Bead) -> dict[str, Any]:
    described = {
        "orig": list(bead.orig),
        "trans": list(bead.trans),
        "kind": bead.kind,
        "similarity": bead.similarity,
        "anchors": bead.anchors,
        "cost": bead.cost,
    }
    if bead.chrf is not None:  # against an English reference only (drift.reference): other envelopes unchanged
        described["chrf"], described["bleu"] = bead.chrf, bead.bleu
    return described


def alignment_summary(alignment: Alignment) -> dict[str, Any]:
    """Counts a reader wants first: how much of each side found a partner."""
    aligned_orig = sum(len(bead.orig) for bead in alignment.beads if bead.trans)
    aligned_trans = sum(len(bead.trans) for bead in alignment.beads if bead.orig)
    return {
        "beads": len(alignment.beads),
        "omissions": sum(bead.is_omission for bead in alignment.beads),
        "additions": sum(bead.is_addition for bead in alignment.beads),
        "orig_aligned": round(aligned_orig / max(len(alignment.orig_sentences), 1), 4),
        "trans_aligned": round(aligned_trans / max(len(alignment.trans_sentences), 1), 4),
    }


def alignment_envelope(alignment: Alignment, signature: dict[str, Any]) -> dict[str, Any]:
    """The alignment as plain JSON-ready data."""
    return {
        "schema": SCHEMA,
        "kind": "alignment",
        "orig": _document(alignment.orig, alignment.orig_sentences),
        "trans": _document(alignment.trans, alignment.trans_sentences),
        "beads": [_bead(bead) for bead in alignment.beads],
        "summary": alignment_summary(alignment),
        "signature": signature,
    }


def dumps(envelope: dict[str, Any]) -> str:
    """Serialise an envelope byte-stably (fixed key order, UTF-8 text kept as is)."""
    return json.dumps(envelope, ensure_ascii=False, indent=2) + "\n"


def _span(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def finding_dict(finding: Finding) -> dict[str, Any]:
    """One finding with the fields the output contract promises."""
    return {
        "code": finding.code,
        "check": finding.check,
        "category": finding.category.value,
        "severity": finding.severity.value,
        "confidence": finding.confidence,
        "message": finding.message,
        "expected": finding.expected,
        "evidence": finding.evidence,
        "trans": _span(finding.trans),
        "orig": _span(finding.orig),
        "bead": finding.bead,
        "also": list(finding.also),
    }


def finding_counts(findings: tuple[Finding, ...]) -> dict[str, dict[str, int]]:
    """Counts by severity and by category, every key present even when zero."""
    from drift.model import Category, Severity

    return {
        "severity": {level.value: sum(f.severity is level for f in findings) for level in Severity},
        "category": {kind.value: sum(f.category is kind for f in findings) for kind in Category},
    }


def report_envelope(report: Report, signature: dict[str, Any]) -> dict[str, Any]:
    """A check's result as plain JSON-ready data: alignment, findings, counts."""
    alignment = alignment_envelope(report.alignment, signature)
    envelope = {
        "schema": SCHEMA,
        "kind": "check",
        "orig": alignment["orig"],
        "trans": alignment["trans"],
        "beads": alignment["beads"],
        "findings": [finding_dict(finding) for finding in report.findings],
        "summary": {**alignment["summary"], "findings": finding_counts(report.findings)},
        "signature": signature,
    }
    if report.mt is not None:  # `drift check --mt`: the model's English for each sentence of the original
        envelope["mt"] = {"model": report.mt.model, "sentences": list(report.mt.sentences)}
    return envelope
