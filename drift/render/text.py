"""The side-by-side view people read in a terminal."""

from __future__ import annotations

import re

from rich.console import Group
from rich.markup import escape
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from drift.model import Alignment, Finding, Language, Report
from drift.render.json import alignment_summary
from drift.text.terminal import terminal_safe


def _safe(text: str) -> str:
    """Article text for a Rich markup string: terminal controls shown as escapes, then markup escaped."""
    return escape(terminal_safe(text))


def alignment_table(alignment: Alignment) -> Table:
    """Turkish left, English right, one row per bead; gaps are marked, not hidden."""
    summary = alignment_summary(alignment)
    caption = (
        f"{summary['beads']} sentence pairs · {summary['omissions']} Turkish sentence(s) with no English · "
        f"{summary['additions']} English sentence(s) with no Turkish source"
    )
    table = Table(show_lines=True, caption=caption, expand=True)
    table.add_column("#", justify="right", no_wrap=True, style="dim")
    table.add_column("Turkish (original)", ratio=1)
    table.add_column("English (translation)", ratio=1)
    table.add_column("sim", justify="right", no_wrap=True)
    for number, bead in enumerate(alignment.beads, 1):
        orig = " ".join(_safe(alignment.orig_sentences[i].text) for i in bead.orig)
        trans = " ".join(_safe(alignment.trans_sentences[j].text) for j in bead.trans)
        if bead.is_omission:
            trans = "[bold red]— left out of the English —[/]"
        if bead.is_addition:
            orig = "[bold yellow]— no Turkish source: added —[/]"
        similarity = Text("" if bead.similarity is None else f"{bead.similarity:.2f}")
        table.add_row(f"{number}\n{bead.kind}", orig, trans, similarity)
    return table


SEVERITY_STYLE = {"critical": "bold red", "major": "bold yellow", "minor": "cyan"}


def _quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return _safe(text if len(text) <= limit else text[: limit - 1] + "…")


_CONTEXT = 40  # characters kept on each side of flagged words when a sentence is shortened
_SPACE = re.compile(r"\s")


def excerpt(text: str, spans: list[tuple[int, int, str]], limit: int = 160) -> Text:
    """`text` with each (start, end, style) span highlighted; a long text shortened around its spans.

    Cut at its end, a long sentence would often lose the very words flagged;
    instead each flagged stretch keeps some context on both sides, and what is
    left out between them is an ellipsis.
    """
    flat = _SPACE.sub(" ", text)  # one character for one: the spans stay where they are
    spans = sorted((max(0, a), min(len(flat), b), style) for a, b, style in spans if b >= a)
    if len(flat) <= limit:
        windows = [(0, len(flat))]
    elif not spans:
        windows = [(0, _word_end(flat, limit - 1))]
    else:
        context = max(_CONTEXT, (limit - sum(b - a for a, b, _ in spans)) // (2 * len(spans)))
        windows = []
        for a, b, _ in spans:
            lo, hi = _word_start(flat, max(0, a - context)), _word_end(flat, min(len(flat), b + context))
            if windows and lo <= windows[-1][1] + 1:
                windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
            else:
                windows.append((lo, hi))
    out = Text()
    for number, (lo, hi) in enumerate(windows):
        if lo > 0 and (number == 0 or lo > windows[number - 1][1]):
            out.append("…" if number == 0 else " … ", style="dim")
        out.append_text(_safe_piece(flat, lo, hi, spans))
    if windows[-1][1] < len(flat.rstrip()):
        out.append("…", style="dim")
    return out


def _safe_piece(text: str, lo: int, hi: int, spans: list[tuple[int, int, str]]) -> Text:
    """text[lo:hi] styled by `spans`, made terminal-safe stretch by stretch.

    An escaped control character is longer than the character itself, so the
    text is cut at every span boundary first and each stretch escaped on its
    own: the styles stay on the words they mark.
    """
    cuts = sorted({lo, hi, *(min(max(edge, lo), hi) for a, b, _ in spans for edge in (a, b))})
    piece = Text()
    for start, end in zip(cuts, cuts[1:]):
        styles = [style for a, b, style in spans if a <= start and end <= b and a < b]
        piece.append(terminal_safe(text[start:end]), style=" ".join(styles) or None)
    return piece


def _word_start(text: str, position: int) -> int:
    """`position` moved back to the start of its word."""
    while 0 < position < len(text) and text[position - 1] != " ":
        position -= 1
    return position


def _word_end(text: str, position: int) -> int:
    """`position` moved on to the end of its word."""
    while 0 < position < len(text) and text[position] != " ":
        position += 1
    return position


def _side_text(alignment: Alignment, side: str, bead, findings: list[Finding]) -> tuple[str, list]:
    """One side of a sentence pair as one string, with the bead's findings' spans on that side in it."""
    sentences = alignment.trans_sentences if side == "trans" else alignment.orig_sentences
    ids = bead.trans if side == "trans" else bead.orig
    if not ids:
        return "", []
    text = (alignment.trans if side == "trans" else alignment.orig).text
    start, end = sentences[ids[0]].start, sentences[ids[-1]].end
    spans = []
    for finding in findings:
        span = getattr(finding, side)
        if span is not None and start <= span.start and span.end <= end and span.end > span.start:
            if (span.start, span.end) != (start, end):  # a whole sentence is not highlighted: it is the line
                spans.append((span.start - start, span.end - start, f"{SEVERITY_STYLE[finding.severity.value]} underline"))
    return text[start:end], spans


def report_view(report: Report) -> Group:
    """Findings grouped by sentence: the English, the Turkish, what it should say, and why."""
    alignment = report.alignment
    has_original = bool(alignment.orig.text)
    # An English original is a reference (drift.reference): label it so, not as Turkish.
    reference = alignment.orig.language is Language.ENGLISH
    orig_tag, orig_label = ("REF", "Ref") if reference else ("TR", "Turkish")
    by_bead: dict[int, list[Finding]] = {}
    for finding in report.findings:
        by_bead.setdefault(finding.bead, []).append(finding)
    parts: list = []
    for bead_index in sorted(by_bead):
        bead = alignment.beads[bead_index]
        parts.append(Rule(style="dim"))
        for side, label in (("trans", "EN"), ("orig", orig_tag)) if has_original else (("trans", "EN"),):
            text, spans = _side_text(alignment, side, bead, by_bead[bead_index])
            line = Text(f"{label} ", style="bold")
            line.append_text(excerpt(text, spans) if text else Text("(nothing)", style="dim"))
            parts.append(line)
        if has_original and not reference and bead.orig and not bead.trans:
            from drift.render.html import omitted_gist

            orig = " ".join(alignment.orig_sentences[i].text for i in bead.orig)
            parts.append(Text.from_markup(f"[dim]gist, word by word (not a translation):[/] "
                                          f"{_quote(omitted_gist(orig), 240)}"))
        for finding in by_bead[bead_index]:
            style = SEVERITY_STYLE[finding.severity.value]
            head = f"  [{style}]{finding.severity.value.upper():8}[/] [bold]{finding.code}[/] {finding.check}"
            lines = [head, f"    {_safe(finding.message)}"]
            if finding.trans is not None:
                lines.append(f"    English:  “{_quote(finding.trans.text, 100)}”")
            if finding.orig is not None:
                lines.append(f"    {orig_label + ':':10}“{_quote(finding.orig.text, 100)}”")
            if finding.expected:
                lines.append(f"    Expected: [green]“{_quote(finding.expected, 100)}”[/]")
            if finding.evidence:
                lines.append(f"    [dim]Why: {_safe(finding.evidence)} (confidence {finding.confidence:.2f})[/]")
            parts.append(Text.from_markup("\n".join(lines)))
    counts = {level: sum(f.severity.value == level for f in report.findings) for level in SEVERITY_STYLE}
    summary = ", ".join(f"[{SEVERITY_STYLE[level]}]{count} {level}[/]" for level, count in counts.items())
    coverage = alignment_summary(alignment)
    parts.append(Rule(style="dim"))
    alignment_note = (
        f" · {coverage['omissions']} omitted and {coverage['additions']} added sentence(s) · "
        f"{len(alignment.beads)} sentence pairs" if has_original else f" · {len(alignment.trans_sentences)} sentences"
    )
    parts.append(Text.from_markup(f"{len(report.findings)} finding(s): {summary}{alignment_note}"))
    return Group(*parts)
