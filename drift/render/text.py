"""The side-by-side view people read in a terminal."""

from __future__ import annotations

from rich.markup import escape
from rich.table import Table
from rich.text import Text

from drift.model import Alignment
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
