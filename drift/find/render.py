"""A `FindReport` as text for people and as JSON for machines (deterministic, no timestamps)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from drift.find.model import CandidateScore, FindReport

KIND = "find-original"


def candidate_record(candidate: CandidateScore, rank: int) -> dict[str, Any]:
    """One ranked candidate as plain JSON-ready data."""
    return {
        "rank": rank,
        "path": candidate.path,
        "score": candidate.score,
        "screen": candidate.screen,
        "aligned_share": candidate.aligned_share,
        "similarity": candidate.similarity,
        "shared_anchors": list(candidate.shared_anchors),
        "reason": candidate.reason,
    }


def original_record(report: FindReport) -> dict[str, Any]:
    """Which file was picked as the original and how sure, for a `drift check` envelope."""
    original = report.original
    return {
        "path": None if original is None else original.path,
        "confidence": report.confidence,
        "score": None if original is None else original.score,
        "aligned_share": None if original is None else original.aligned_share,
        "reason": None if original is None else original.reason,
        "runner_up": None if report.runner_up is None else report.runner_up.path,
        "margin": report.margin,
        "near_duplicate": report.near_duplicate,
        "candidates": report.considered,
        "message": report.verdict,
    }


def with_original(envelope: dict[str, Any], report: FindReport | None) -> dict[str, Any]:
    """The envelope with an "original" key when the original was found among candidates."""
    if report is None:
        return envelope
    return {**envelope, "original": original_record(report)}


def find_envelope(report: FindReport, signature: dict[str, Any], top: int | None = None) -> dict[str, Any]:
    """The whole search as a `drift/1` envelope of kind "find-original"."""
    from drift.render.json import SCHEMA

    shown = report.ranked if top is None else report.ranked[:top]
    return {
        "schema": SCHEMA,
        "kind": KIND,
        "trans": {"path": report.trans_path, "sentences": report.trans_sentences},
        "verdict": "found" if report.original is not None else "none",
        "message": report.verdict,
        "original": original_record(report),
        "counts": {"candidates": report.considered, "shortlisted": report.shortlisted,
                   "skipped": len(report.skipped)},
        "candidates": [candidate_record(candidate, rank) for rank, candidate in enumerate(shown, 1)],
        "skipped": [{"path": item.path, "reason": item.reason} for item in report.skipped],
        "signature": signature,
    }


def _cell(value: float | None, percent: bool = False) -> str:
    if value is None:
        return "-"
    return f"{round(100 * value)}%" if percent else f"{value:.3f}"


def find_text(report: FindReport, top: int | None = None) -> str:
    """The ranking as a plain-text table, then the verdict."""
    shown = report.ranked if top is None else report.ranked[:top]
    lines = [f"Candidates for the original of {report.trans_path or 'the translation'}: "
             f"{report.considered} compared, {report.shortlisted} aligned in full"
             + (f", {len(report.skipped)} skipped" if report.skipped else "")]
    width = max((len(candidate.path) for candidate in shown), default=4)
    lines.append(f"{'#':>3}  {'file':<{width}}  {'score':>6}  {'aligned':>7}  why")
    for rank, candidate in enumerate(shown, 1):
        lines.append(f"{rank:>3}  {candidate.path:<{width}}  {_cell(candidate.score):>6}  "
                     f"{_cell(candidate.aligned_share, percent=True):>7}  {candidate.reason}")
    if len(report.ranked) > len(shown):
        lines.append(f"     … and {len(report.ranked) - len(shown)} more (--top to see them)")
    if report.skipped:
        reasons = Counter(item.reason if not item.reason.startswith("same content as") else "duplicate file"
                          for item in report.skipped)
        ordered = sorted(reasons.items(), key=lambda item: (-item[1], item[0]))
        summary = ", ".join(f"{count} {reason}" for reason, count in ordered)
        plural = "s" if len(report.skipped) != 1 else ""
        lines.append(f"skipped {len(report.skipped)} file{plural}: {summary} (-f json or -v lists them)")
    lines.append("")
    lines.append(report.verdict)
    from drift.read import shown_name
    from drift.text.terminal import terminal_safe

    # File names come from the disk: controls (and bytes that are not UTF-8) shown escaped, never acted on.
    return "\n".join(terminal_safe(shown_name(line)) for line in lines) + "\n"
