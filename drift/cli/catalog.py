"""`drift checks` and `drift explain`: what the checks are and what they flag."""

from __future__ import annotations

from typing import Annotated

import typer

from drift.cli.app import app


@app.command("checks")
def list_checks() -> None:
    """List every check with its code, default severity and category."""
    from rich.console import Console
    from rich.table import Table

    from drift.checks import all_checks

    table = Table(box=None, pad_edge=False)
    for column in ("code", "slug", "severity", "category", "what it flags"):
        table.add_column(column)
    for info in all_checks():
        table.add_row(info.code, info.slug, info.severity.value, info.category.value, info.summary)
    Console().print(table)


@app.command()
def explain(code: Annotated[str, typer.Argument(metavar="CODE", help="A check code (D501) or slug.")]) -> None:
    """Explain what a check flags, why it matters, with an example."""
    from drift.checks import find_check

    info = find_check(code)
    typer.echo(f"{info.code} {info.slug} (default severity {info.severity.value}, category {info.category.value})\n")
    typer.echo(info.doc)
