"""The formats that gather every checked pair or file into one document: gitlab, rdjson, junit."""

from __future__ import annotations

from collections.abc import Sequence

from drift.cli.app import CheckFormat
from drift.render.entries import ReportEntry

GATHERED = (CheckFormat.gitlab, CheckFormat.rdjson, CheckFormat.junit)


def render_gathered(output_format: CheckFormat, entries: Sequence[ReportEntry]) -> str:
    """One gitlab, rdjson or junit document for all `entries`."""
    if output_format is CheckFormat.gitlab:
        from drift.render.gitlab import render_gitlab

        return render_gitlab(entries)
    if output_format is CheckFormat.rdjson:
        from drift.render.rdjson import render_rdjson

        return render_rdjson(entries)
    from drift.render.junit import render_junit

    return render_junit(entries)
