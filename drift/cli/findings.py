"""What `check`, `check-pairs` and `lint` share after the checks ran: options, baselines, renderers, exit codes."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import typer

from drift.cli.app import CheckFormat, write_output
from drift.cli.exits import findings_exit
from drift.config import Config, Settings


@dataclass(frozen=True)
class Options:
    """What the shared flags of `check` and `check-pairs` say."""

    config_path: Path | None
    isolated: bool
    cli: Settings


def parse_options(fail_on, config, no_config, select, ignore, severity, baseline, preview=False,
                  min_confidence=None) -> Options:
    """The shared flags as one `Options`; a flag left unset leaves the configuration's value in force."""
    from drift.config import parse_cli_selectors, parse_cli_severity

    cli = Settings(
        select=parse_cli_selectors(select, "--select"),
        ignore=parse_cli_selectors(ignore, "--ignore"),
        severity=parse_cli_severity(severity),
        fail_on=fail_on.value if fail_on is not None else None,
        baseline=baseline,
        preview=True if preview else None,
        min_confidence=min_confidence,
    )
    return Options(config, no_config, cli)


def suppress(report, settings: Config, write_baseline: Path | None, trans: Path):
    """Write the baseline when asked, then hide what the baseline accepts; returns (report, hidden)."""
    from drift.suppress import (
        Baseline, apply_baseline, baseline_entries, baseline_key, dumps_baseline, read_baseline, updated_baseline,
    )

    if write_baseline is not None:
        key = baseline_key(str(trans), write_baseline)
        previous = read_baseline(write_baseline) if write_baseline.exists() else Baseline()
        written = updated_baseline(previous, (key,), baseline_entries(report, key))
        write_output(dumps_baseline(written), write_baseline)
        sys.stderr.write(f"drift: wrote {len(report.findings)} finding(s) of {trans} to {write_baseline}\n")
        return apply_baseline(report, written, key)
    if settings.baseline is None:
        return report, 0
    return apply_baseline(report, read_baseline(settings.baseline), baseline_key(str(trans), settings.baseline))


def render(output_format: CheckFormat, report, suppressed: int, settings: Config) -> str:
    from drift.cli.reports import GATHERED, render_gathered

    if output_format in GATHERED:
        from drift.render.entries import ReportEntry

        return render_gathered(output_format, [ReportEntry(report.alignment.trans.path or "translation", report,
                                                           settings.fail_on)])
    if output_format is CheckFormat.html:
        from drift.render.html import render_html

        return render_html(report, suppressed=suppressed)
    if output_format is CheckFormat.sarif:
        from drift.render.sarif import render_sarif

        return render_sarif(report, checks=settings.selected)
    if output_format is CheckFormat.github:
        from drift.render.github import render_github

        return render_github(report)
    from drift.render.concise import render_concise

    return render_concise(report)


def exit_for(fail_on: str, reports) -> None:
    """Leave with the policy's code for these reports (drift.cli.exits), or return when it is 0."""
    code = findings_exit(fail_on, reports)
    if code:
        raise typer.Exit(code)
