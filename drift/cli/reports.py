"""The formats that gather every checked pair or file into one document: gitlab, rdjson, junit."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace

from drift.cli.app import CheckFormat
from drift.render.entries import ReportEntry

GATHERED = (CheckFormat.gitlab, CheckFormat.rdjson, CheckFormat.junit)


def repository_path(path: str) -> str:
    """A path below the current folder as relative to it (POSIX), as GitLab and reviewdog want; others as given.

    A manifest's pairs are read by absolute path; the CI job runs at the
    repository's root, where these consumers resolve file names.
    """
    if not os.path.isabs(path):
        return path.replace(os.sep, "/")
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return path
    return path if relative.startswith(os.pardir) else relative.replace(os.sep, "/")


def render_gathered(output_format: CheckFormat, entries: Sequence[ReportEntry]) -> str:
    """One gitlab, rdjson or junit document for all `entries`, files named relative to the current folder."""
    entries = [replace(entry, shown_path=repository_path(entry.path)) for entry in entries]
    if output_format is CheckFormat.gitlab:
        from drift.render.gitlab import render_gitlab

        return render_gitlab(entries)
    if output_format is CheckFormat.rdjson:
        from drift.render.rdjson import render_rdjson

        return render_rdjson(entries)
    from drift.render.junit import render_junit

    return render_junit(entries)
