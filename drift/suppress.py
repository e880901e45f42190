"""Suppressions: a baseline of accepted findings, and inline markers an editor leaves in the English.

Fingerprint: a finding is identified by its check code and the normalised text
of its English and Turkish spans (Unicode NFC, runs of whitespace as one
space), never by offsets, line numbers or bead numbers, so editing, adding or
removing other sentences does not change it. Equal fingerprints (the same
misspelling twice) are counted: a baseline that holds two "Zhelensky"
findings hides two, and a third is new.

Baseline file (`--write-baseline`, then `--baseline`): JSON, one entry per
finding with the English file it belongs to (relative to the baseline's
folder, so one baseline can serve many articles), its fingerprint, and the
code, texts and message for a human reviewing the file.

Inline marker: `<!-- drift: accept D101 -->` (codes or slugs, comma
separated, then an optional reason) placed in an English sentence accepts, for
each code, the one finding of that code nearest to the marker in that
sentence; a marker alone on its line applies to the sentence before it. An
omission (no English span) sits, for this purpose, in the English sentence
before it. HTML comments are invisible when the article is published
as Markdown or HTML.
"""

from __future__ import annotations

import dataclasses

import hashlib
import json
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from drift.errors import ConfigError, InputError
from drift.model import Alignment, Finding, Report, Span
from drift.render.locate import english_anchor

BASELINE_SCHEMA = "drift-baseline/1"
FINGERPRINT_VERSION = "drift-fp/1"

MARKER = re.compile(
    r"<!--\s*drift:\s*accept\s+(?P<codes>[\w-]+(?:\s*,\s*[\w-]+)*)(?P<reason>(?:(?!-->).)*?)\s*-->",
    re.IGNORECASE | re.DOTALL,
)
# Anything that starts like a marker, to report a malformed one instead of ignoring it.
_MARKER_START = re.compile(r"<!--\s*drift\s*:", re.IGNORECASE)


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def fingerprint(finding: Finding) -> str:
    """A stable identity for a finding that survives edits elsewhere in the article."""
    parts = (
        FINGERPRINT_VERSION,
        finding.code,
        _normal(finding.trans.text) if finding.trans else "",
        _normal(finding.orig.text) if finding.orig else "",
    )
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def fingerprints(findings: tuple[Finding, ...]) -> tuple[str, ...]:
    """Fingerprints with an occurrence number (":2" for the second equal one), for SARIF and HTML ids."""
    seen: Counter[str] = Counter()
    result = []
    for finding in findings:
        value = fingerprint(finding)
        seen[value] += 1
        result.append(f"{value}:{seen[value]}")
    return tuple(result)


# --- baseline -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BaselineEntry:
    """One accepted finding of one English file."""

    file: str
    fingerprint: str
    code: str
    trans: str | None
    orig: str | None
    message: str


@dataclass(frozen=True)
class Baseline:
    """Accepted findings, by English file; equal entries count."""

    entries: tuple[BaselineEntry, ...] = ()

    def for_file(self, file: str) -> Counter[str]:
        return Counter(entry.fingerprint for entry in self.entries if entry.file == file)


def baseline_key(trans_path: str | None, baseline_path: Path) -> str:
    """How a baseline names an English file: POSIX, relative to the baseline's folder when it can be."""
    if trans_path is None:
        return "-"
    absolute = Path(os.path.abspath(trans_path))
    try:
        return Path(os.path.relpath(absolute, os.path.abspath(baseline_path.parent))).as_posix()
    except ValueError:  # another drive on Windows
        return absolute.as_posix()


def read_baseline(path: Path) -> Baseline:
    """Read a baseline file; a missing or malformed one is an error that names it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such baseline file; create it with --write-baseline {path}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: not a drift baseline ({exc}); write a new one with --write-baseline") from None
    if not isinstance(data, dict) or data.get("schema") != BASELINE_SCHEMA or not isinstance(data.get("findings"), list):
        raise ConfigError(f"{path}: not a drift baseline (expected \"schema\": \"{BASELINE_SCHEMA}\"); "
                          "write a new one with --write-baseline")
    entries = []
    for number, item in enumerate(data["findings"], 1):
        try:
            entries.append(BaselineEntry(str(item["file"]), str(item["fingerprint"]), str(item["code"]),
                                         item.get("trans"), item.get("orig"), str(item.get("message", ""))))
        except (KeyError, TypeError):
            raise ConfigError(f"{path}: entry {number} lacks file, fingerprint or code; "
                              "write a new baseline with --write-baseline") from None
    return Baseline(tuple(entries))


def baseline_entries(report: Report, file: str) -> tuple[BaselineEntry, ...]:
    """Entries that accept every finding of a report."""
    return tuple(
        BaselineEntry(file, fingerprint(finding), finding.code,
                      finding.trans.text if finding.trans else None,
                      finding.orig.text if finding.orig else None, finding.message)
        for finding in report.findings
    )


def updated_baseline(previous: Baseline, files: tuple[str, ...], entries: tuple[BaselineEntry, ...]) -> Baseline:
    """`previous` with the entries of `files` replaced by `entries` (other articles kept)."""
    kept = tuple(entry for entry in previous.entries if entry.file not in files)
    return Baseline(tuple(sorted(kept + entries, key=lambda e: (e.file, e.code, e.fingerprint))))


def dumps_baseline(baseline: Baseline) -> str:
    """The baseline file's text: stable order, one finding per entry, readable in a diff."""
    findings = [
        {"file": e.file, "fingerprint": e.fingerprint, "code": e.code, "trans": e.trans, "orig": e.orig,
         "message": e.message}
        for e in baseline.entries
    ]
    return json.dumps({"schema": BASELINE_SCHEMA, "findings": findings}, ensure_ascii=False, indent=2) + "\n"


def apply_baseline(report: Report, baseline: Baseline, file: str) -> tuple[Report, int]:
    """The report without findings the baseline accepts, and how many were hidden."""
    budget = baseline.for_file(file)
    kept = []
    for finding in report.findings:
        value = fingerprint(finding)
        if budget[value] > 0:
            budget[value] -= 1
            continue
        kept.append(finding)
    return dataclasses.replace(report, findings=tuple(kept)), len(report.findings) - len(kept)


# --- inline markers -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Marker:
    """One `<!-- drift: accept ... -->` in the English, with the codes it accepts."""

    start: int
    end: int
    codes: tuple[str, ...]


def find_markers(text: str, path: str | None = None) -> tuple[Marker, ...]:
    """Every accept marker of an English text; a malformed one or an unknown code is an error."""
    from drift.checks import all_checks

    by_name = {info.code.upper(): info.code for info in all_checks()}
    by_name.update({info.slug.upper(): info.code for info in all_checks()})
    markers = []
    well_formed = {match.start() for match in MARKER.finditer(text)}
    for start in (match.start() for match in _MARKER_START.finditer(text)):
        if start not in well_formed:
            line = text.count("\n", 0, start) + 1
            raise InputError(f"{path or 'the English text'}:{line}: malformed drift marker; "
                             "write <!-- drift: accept CODE --> (e.g. <!-- drift: accept D101 -->)")
    for match in MARKER.finditer(text):
        codes = []
        for name in (part.strip() for part in match.group("codes").split(",")):
            if name.upper() not in by_name:
                line = text.count("\n", 0, match.start()) + 1
                known = ", ".join(info.code for info in all_checks())
                raise InputError(f"{path or 'the English text'}:{line}: unknown check {name!r} in a drift "
                                 f"marker; known checks: {known}")
            codes.append(by_name[name.upper()])
        markers.append(Marker(match.start(), match.end(), tuple(codes)))
    return tuple(markers)


def _sentence_at(alignment: Alignment, offset: int) -> tuple[int, int] | None:
    for sentence in alignment.trans_sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.start, sentence.end
    return None


def _scope(alignment: Alignment, marker: Marker, markers: tuple[Marker, ...]) -> tuple[int, int]:
    """The English sentence a marker speaks for (the one before, when the marker stands alone)."""
    text = alignment.trans.text
    sentence = _sentence_at(alignment, marker.start)
    if sentence is None:
        line_start = text.rfind("\n", 0, marker.start) + 1
        sentence = (line_start, marker.end)
    own = _without_markers(text, sentence[0], sentence[1], markers)
    if own.strip(" \t\r\n.,;:!?") or sentence[0] == 0:
        return sentence
    previous = [s for s in alignment.trans_sentences if s.end <= sentence[0]]
    return (previous[-1].start, sentence[1]) if previous else sentence


def _without_markers(text: str, start: int, end: int, markers: tuple[Marker, ...]) -> str:
    pieces, position = [], start
    for marker in markers:
        if marker.end <= start or marker.start >= end:
            continue
        pieces.append(text[position:max(marker.start, position)])
        position = max(position, marker.end)
    pieces.append(text[position:end])
    return "".join(pieces)


def _is_marker_artifact(text: str, span: Span, markers: tuple[Marker, ...]) -> bool:
    """A finding on the marker itself (its words, or a sentence that is only a marker)."""
    inside = any(marker.start < span.end and span.start < marker.end for marker in markers)
    if not inside:
        return False
    rest = _without_markers(text, span.start, span.end, markers)
    return not rest.strip(" \t\r\n.,;:!?") or any(
        marker.start <= span.start and span.end <= marker.end for marker in markers
    )


def apply_inline_markers(report: Report) -> Report:
    """The report without the findings that inline markers accept, nor findings on the markers themselves."""
    alignment = report.alignment
    text = alignment.trans.text
    markers = find_markers(text, alignment.trans.path)
    if not markers:
        return report
    findings = [f for f in report.findings if f.trans is None or not _is_marker_artifact(text, f.trans, markers)]
    accepted: set[int] = set()
    for marker in markers:
        scope_start, scope_end = _scope(alignment, marker, markers)
        for code in marker.codes:
            candidates = [
                (abs(english_anchor(alignment, f)[1] - marker.start), number)
                for number, f in enumerate(findings)
                if f.code == code and number not in accepted
                and scope_start <= english_anchor(alignment, f)[0] <= scope_end
            ]
            if candidates:
                accepted.add(min(candidates)[1])
    return dataclasses.replace(report, findings=tuple(f for number, f in enumerate(findings) if number not in accepted))
