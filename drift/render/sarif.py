"""SARIF 2.1.0, for code-scanning dashboards (GitHub's among them).

One rule per check (its docstring is the help text); one result per finding,
located in the English file (an omission at the nearest English sentence),
with the Turkish span as a related location and, when the finding has an
expected wording and an English span, a `fixes` entry that replaces the span. `columnKind` is
`unicodeCodePoints`: columns and character offsets are Python `str` offsets,
as everywhere in drift. Deterministic: no timestamps, no absolute paths
unless the inputs were given as absolute paths.
"""

from __future__ import annotations

import json
import os
from pathlib import PureWindowsPath
from typing import Any
from urllib.parse import quote

from drift.model import Finding, Report, Severity
from drift.render.locate import Lines, english_anchor, region

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {Severity.CRITICAL: "error", Severity.MAJOR: "warning", Severity.MINOR: "note"}


def artifact_uri(path: str) -> str:
    """A file path as a SARIF URI: relative paths stay relative (to the repository root), POSIX, escaped."""
    if os.path.isabs(path) or PureWindowsPath(path).is_absolute():
        from pathlib import Path

        return Path(path).absolute().as_uri()
    return quote(path.replace(os.sep, "/"), safe="/-._~")


def _rule(info) -> dict[str, Any]:
    return {
        "id": info.code,
        "name": info.slug,
        "shortDescription": {"text": info.summary},
        "fullDescription": {"text": info.doc or info.summary},
        "help": {"text": info.doc or info.summary, "markdown": info.doc or info.summary},
        "defaultConfiguration": {"level": LEVEL[info.severity]},
        "properties": {"category": info.category.value, "severity": info.severity.value,
                       "tags": ["translation", info.category.value]},
    }


def _location(uri: str, index: int, lines: Lines, text: str, start: int, end: int) -> dict[str, Any]:
    where = region(lines, start, end)
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": uri, "index": index},
            "region": {
                "startLine": where.start_line, "startColumn": where.start_column,
                "endLine": where.end_line, "endColumn": where.end_column,
                "charOffset": start, "charLength": end - start,
                "snippet": {"text": text[start:end]},
            },
        }
    }


def _fix(finding: Finding, uri: str, index: int, lines: Lines) -> dict[str, Any]:
    """A SARIF fix that replaces the finding's English span with the expected wording (code scanning shows it)."""
    where = region(lines, finding.trans.start, finding.trans.end)
    deleted = {"startLine": where.start_line, "startColumn": where.start_column, "endLine": where.end_line,
               "endColumn": where.end_column, "charOffset": where.start, "charLength": where.end - where.start}
    return {
        "description": {"text": f"Replace “{' '.join(finding.trans.text.split())}” with “{finding.expected}”."},
        "artifactChanges": [{
            "artifactLocation": {"uri": uri, "index": index},
            "replacements": [{"deletedRegion": deleted, "insertedContent": {"text": finding.expected}}],
        }],
    }


def _message(finding: Finding) -> str:
    parts = [finding.message]
    if finding.expected:
        parts.append(f"Expected: “{finding.expected}”.")
    if finding.trans is None and finding.orig is not None:
        parts.append("(Located at the nearest English sentence; the Turkish sentence is the related location.)")
    return " ".join(parts)


def _rules(checks, reports) -> list:
    """The selected checks, and any other check that reported something (code order kept)."""
    from drift.checks import all_checks

    rules = list(checks if checks is not None else all_checks())
    known = {info.code for info in rules}
    reported = {finding.code for report in reports for finding in report.findings}
    return rules + [info for info in all_checks() if info.code not in known and info.code in reported]


def _artifact(uri: str, english: bool) -> dict[str, Any]:
    return {"location": {"uri": uri}, "roles": ["analysisTarget" if english else "referencedOnCommandLine"],
            "encoding": "utf-8", "mimeType": "text/plain", "properties": {"language": "en" if english else "tr"}}


def _results(report: Report, rule_index: dict[str, int], trans: tuple[str, int], orig: tuple[str, int],
             fingerprints: tuple[str, ...]) -> list[dict[str, Any]]:
    """One result per finding; `trans` and `orig` are the two files' URIs and artifact indexes."""
    alignment = report.alignment
    trans_lines, orig_lines = Lines.of(alignment.trans.text), Lines.of(alignment.orig.text)
    results = []
    for finding, print_ in zip(report.findings, fingerprints):
        start, end = english_anchor(alignment, finding)
        result: dict[str, Any] = {
            "ruleId": finding.code,
            "ruleIndex": rule_index[finding.code],
            "level": LEVEL[finding.severity],
            "message": {"text": _message(finding)},
            "locations": [_location(*trans, trans_lines, alignment.trans.text, start, end)],
        }
        if finding.expected and finding.trans is not None:
            result["fixes"] = [_fix(finding, *trans, trans_lines)]
        if finding.orig is not None:
            related = _location(*orig, orig_lines, alignment.orig.text, finding.orig.start, finding.orig.end)
            related["id"] = 1
            related["message"] = {"text": f"The Turkish original: “{' '.join(finding.orig.text.split())}”"}
            result["relatedLocations"] = [related]
        result["partialFingerprints"] = {"driftFingerprint/v1": print_}
        result["properties"] = {
            "severity": finding.severity.value,
            "category": finding.category.value,
            "confidence": finding.confidence,
            "check": finding.check,
            "expected": finding.expected,
            "evidence": finding.evidence,
            "bead": finding.bead,
        }
        results.append(result)
    return results


def _log(rules: list, run: dict[str, Any]) -> str:
    from drift import __version__

    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "drift",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_rule(info) for info in rules],
            }},
            "columnKind": "unicodeCodePoints",
            **run,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def render_sarif(
    report: Report,
    *,
    trans_path: str | None = None,
    orig_path: str | None = None,
    checks=None,
    fingerprints: tuple[str, ...] | None = None,
) -> str:
    """A SARIF 2.1.0 log with one run: the checks as rules, the findings as results."""
    from drift.suppress import fingerprints as finding_fingerprints

    alignment = report.alignment
    rules = _rules(checks, [report])
    rule_index = {info.code: number for number, info in enumerate(rules)}
    trans_uri = artifact_uri(trans_path or alignment.trans.path or "translation.txt")
    orig_uri = artifact_uri(orig_path or alignment.orig.path or "original.txt")
    prints = fingerprints or finding_fingerprints(report.findings)
    return _log(rules, {"artifacts": [_artifact(trans_uri, True), _artifact(orig_uri, False)],
                        "results": _results(report, rule_index, (trans_uri, 0), (orig_uri, 1), prints)})


def render_sarif_pairs(pairs) -> str:
    """Several pairs (`drift check --pairs`) as one SARIF run, every pair's two files among its artifacts.

    `pairs` holds (id, report, selected checks, error) per pair, report None
    when the pair could not be checked; such a pair becomes an error
    notification of the run's invocation. One run, not one per pair: code
    scanning takes a single run per tool and category from one file.
    """
    from drift.suppress import fingerprints as finding_fingerprints

    reports = [report for _, report, _, _ in pairs if report is not None]
    selected = {info.code: info for _, report, checks, _ in pairs if report is not None for info in checks}
    rules = _rules(sorted(selected.values(), key=lambda info: info.code), reports)
    rule_index = {info.code: number for number, info in enumerate(rules)}
    artifacts: list[dict[str, Any]] = []
    indexes: dict[str, int] = {}  # one artifact per file, however many pairs name it

    def artifact(uri: str, english: bool) -> tuple[str, int]:
        if uri not in indexes:
            indexes[uri] = len(artifacts)
            artifacts.append(_artifact(uri, english))
        return uri, indexes[uri]

    results: list[dict[str, Any]] = []
    notifications = []
    for pair_id, report, _, error in pairs:
        if report is None:
            notifications.append({"level": "error", "message": {"text": f"pair {pair_id} not checked: {error}"}})
            continue
        trans = artifact(artifact_uri(report.alignment.trans.path or "translation.txt"), True)
        orig = artifact(artifact_uri(report.alignment.orig.path or "original.txt"), False)
        results += _results(report, rule_index, trans, orig, finding_fingerprints(report.findings))
    return _log(rules, {"invocations": [{"executionSuccessful": not notifications,
                                         "toolExecutionNotifications": notifications}],
                        "artifacts": artifacts, "results": results})
