"""The side-by-side view people read in a terminal."""

from __future__ import annotations

from rich.console import Group
from rich.markup import escape
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from drift.model import Alignment, Finding, Language, Report
from drift.render.json import alignment_summary


def alignment_table(alignment: Alignment) -> Table:
    """Turkish left, English right, one row per bead; gaps are marked, not hidden."""
    summary = alignment_summary(alignment)
    caption = (
        f"{summary['beads']} beads · {summary['omissions']} Turkish sentence(s) with no English · "
        f"{summary['additions']} English sentence(s) with no Turkish source"
    )
    table = Table(show_lines=True, caption=caption, expand=True)
    table.add_column("bead", justify="right", no_wrap=True, style="dim")
    table.add_column("Turkish (original)", ratio=1)
    table.add_column("English (translation)", ratio=1)
    table.add_column("sim", justify="right", no_wrap=True)
    for number, bead in enumerate(alignment.beads, 1):
        orig = " ".join(escape(alignment.orig_sentences[i].text) for i in bead.orig)
        trans = " ".join(escape(alignment.trans_sentences[j].text) for j in bead.trans)
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
    return escape(text if len(text) <= limit else text[: limit - 1] + "…")


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
        trans = " ".join(alignment.trans_sentences[j].text for j in bead.trans)
        orig = " ".join(alignment.orig_sentences[i].text for i in bead.orig)
        parts.append(Rule(style="dim"))
        parts.append(Text.from_markup(f"[bold]EN[/] {_quote(trans) if trans else '[dim](nothing)[/]'}"))
        if has_original:
            parts.append(Text.from_markup(f"[bold]{orig_tag}[/] {_quote(orig) if orig else '[dim](nothing)[/]'}"))
        for finding in by_bead[bead_index]:
            style = SEVERITY_STYLE[finding.severity.value]
            head = f"  [{style}]{finding.severity.value.upper():8}[/] [bold]{finding.code}[/] {finding.check}"
            lines = [head, f"    {escape(finding.message)}"]
            if finding.trans is not None:
                lines.append(f"    English:  “{_quote(finding.trans.text, 100)}”")
            if finding.orig is not None:
                lines.append(f"    {orig_label + ':':10}“{_quote(finding.orig.text, 100)}”")
            if finding.expected:
                lines.append(f"    Expected: [green]“{_quote(finding.expected, 100)}”[/]")
            if finding.evidence:
                lines.append(f"    [dim]Why: {escape(finding.evidence)} (confidence {finding.confidence:.2f})[/]")
            parts.append(Text.from_markup("\n".join(lines)))
    counts = {level: sum(f.severity.value == level for f in report.findings) for level in SEVERITY_STYLE}
    summary = ", ".join(f"[{SEVERITY_STYLE[level]}]{count} {level}[/]" for level, count in counts.items())
    coverage = alignment_summary(alignment)
    parts.append(Rule(style="dim"))
    alignment_note = (
        f" · {coverage['omissions']} omitted and {coverage['additions']} added sentence(s) · "
        f"{len(alignment.beads)} beads" if has_original else f" · {len(alignment.trans_sentences)} sentences"
    )
    parts.append(Text.from_markup(f"{len(report.findings)} finding(s): {summary}{alignment_note}"))
    return Group(*parts)
