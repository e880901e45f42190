"""`drift checks` and `drift explain`: what the checks are and what they flag."""

from __future__ import annotations

from typing import Annotated

import typer

from drift.cli.app import app


@app.command("checks")
def list_checks() -> None:
    """List every check: code, status (stable runs by default, preview with --preview), severity, category, confidence."""
    from rich.console import Console
    from rich.table import Table

    from drift.checks import all_checks
    from drift.checks._confidence import confidence_for

    table = Table(box=None, pad_edge=False)
    for column in ("code", "slug", "status", "severity", "category", "confidence", "what it flags"):
        table.add_column(column)
    for info in all_checks():
        table.add_row(info.code, info.slug, info.status, info.severity.value, info.category.value,
                      f"{confidence_for(info.code):.2f}", info.summary)
    Console().print(table)
    from drift.reference import REFERENCE_CODES

    typer.echo("\nWith an English reference (--orig-lang en, or --mt MODEL), these replace or join the checks:")
    for reference in REFERENCE_CODES:
        typer.echo(f"  {reference.code} {reference.slug:22} {reference.severity.value:8} "
                   f"{reference.category.value:15} {reference.summary}")
    typer.echo("Preview checks run with --preview (or `preview = true` in drift.toml), or when named by code or slug "
               "in --select. Confidence is the check's measured precision (tools/check_precision.py).")


@app.command()
def explain(code: Annotated[str, typer.Argument(metavar="CODE", help="A check code (D501) or slug.")]) -> None:
    """Explain what a check (or an English reference finding, R101...) flags, why it matters, with an example."""
    from drift.checks import find_check
    from drift.reference import find_reference_code

    reference = find_reference_code(code)
    if reference is not None:  # a finding of an English reference comparison (drift.reference)
        typer.echo(f"{reference.code} {reference.slug} (English reference; default severity "
                   f"{reference.severity.value}, category {reference.category.value})\n")
        typer.echo(reference.doc)
        return
    info = find_check(code)
    typer.echo(f"{info.code} {info.slug} ({info.status}; default severity {info.severity.value}, "
               f"category {info.category.value})\n")
    typer.echo(info.doc)
