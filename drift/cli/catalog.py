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
               "in --select. A stable check's findings on a basis (kind of evidence) short of the bar are preview "
               "too: `drift explain CODE` lists each basis and its verdict. Confidence is the check's measured "
               "precision (tools/check_precision.py).")


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
    for line in _basis_lines(info):
        typer.echo(line)


def _basis_lines(info) -> list[str]:
    """Each basis the confidence table measured for this check, with its record and its own verdict."""
    from drift.checks._confidence import basis_verdict, measured_table

    rows = [row for (code, basis), row in sorted(measured_table().items()) if code == info.code and basis]
    if not rows:
        return []
    if info.preview or info.configured:
        rule = "they go with the check" + (": preview, so they run with --preview" if info.preview else "")
    else:
        rule = ("a basis short of the bar is preview: its findings are shown only with --preview "
                "(or `preview = true`); a basis not measured yet goes with the check")
    lines = [f"\nBases (kinds of evidence) as measured by tools/check_precision.py; {rule}:"]
    for row in rows:
        verdict = "" if info.preview or info.configured else f"  {basis_verdict(info.code, row.basis)}"
        lines.append(f"  {row.basis:16} {row.correct:4} correct on {row.hit_articles:3} articles, {row.wrong:3} wrong, "
                     f"precision {row.precision:.2f}, confidence {row.confidence:.2f}{verdict}")
    return lines
