"""`drift batch`: check many article pairs in one run, with a progress bar and resumable results."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from drift.cli.app import (
    ConfigOption,
    FailOnOption,
    FollowSymlinksOption,
    IgnoreOption,
    MinConfidenceOption,
    PreviewOption,
    NoConfigOption,
    SelectOption,
    SeverityOption,
    Session,
    app,
    check_output,
)
from drift.cli.exits import EXIT_USAGE, pairs_exit
from drift.cli.findings import parse_options
from drift.errors import UsageError


class SummaryFormat(str, Enum):
    text = "text"
    json = "json"


@app.command()
def batch(
    ctx: typer.Context,
    inputs: Annotated[
        list[Path],
        typer.Argument(metavar="MANIFEST | ORIG_DIR TRANS_DIR", show_default=False,
                       help="A manifest (CSV rows orig,trans[,id], or JSON Lines with those keys), or two folders "
                            "whose files are paired by name."),
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", show_default=False,
                           help="Results file, one JSON line per pair; if it exists, finished pairs are skipped.")
    ],
    workers: Annotated[
        int | None, typer.Option("--workers", "-w", min=1, show_default=False,
                                    help="Worker processes, each loading the encoder once (default: one per core).")
    ] = None,
    output_format: Annotated[
        SummaryFormat, typer.Option("--format", "-f", help="The summary printed at the end: text or json.")
    ] = SummaryFormat.text,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no line per failed pair.")] = False,
    retry_errors: Annotated[
        bool, typer.Option("--retry-errors", help="Check again the pairs whose result is an error although their files "
                                               "did not change (changed files are always checked again).")
    ] = False,
    fail_on: FailOnOption = None,
    config: ConfigOption = None,
    no_config: NoConfigOption = False,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    severity: SeverityOption = None,
    preview: PreviewOption = False,
    min_confidence: MinConfidenceOption = None,
    follow_symlinks: FollowSymlinksOption = False,
) -> None:
    """Check many pairs in one process pool and write one JSON line per pair as each finishes.

    Rerun the same command after a crash or a kill: pairs already in the
    results (same files, same options) are skipped and the rest are checked. A
    pair that fails becomes an error row and the batch goes on. Exit code 0:
    nothing at or above --fail-on in any pair; 1: something is; 2: a pair could
    not be checked (a missing or unreadable file, a bad manifest row: as for
    `drift check --pairs`), or bad arguments.
    """
    from rich.console import Console

    from drift.batch import (
        ResultsFile,
        current_engine,
        pair_folders,
        plan,
        read_manifest,
        run_batch,
    )
    from drift.batch.run import BatchError

    if len(inputs) == 1:
        batch_pairs = read_manifest(inputs[0])
    elif len(inputs) == 2:
        batch_pairs = pair_folders(*inputs)
    else:
        raise UsageError(f"got {len(inputs)} paths; give a manifest, or two folders (originals, translations)")
    config_for = _config_resolver(parse_options(fail_on, config, no_config, select, ignore, severity, None, preview,
                                                min_confidence))
    if str(output) == "-":
        raise UsageError("--output -: batch appends to a results file that a later run resumes; give a file name")
    output = check_output(output, (*inputs, *(path for pair in batch_pairs.pairs for path in (pair.orig, pair.trans))),
                          follow_symlinks=follow_symlinks)
    errors = Console(stderr=True, soft_wrap=True)
    if batch_pairs.unmatched and not quiet:
        errors.print(f"drift: {len(batch_pairs.unmatched)} file(s) have no partner of the same name and are "
                     f"skipped, e.g. {batch_pairs.unmatched[0]}", highlight=False, markup=False)
    tasks = plan(batch_pairs, current_engine(), config_for)
    progress = _ProgressBar(errors, output, enabled=errors.is_terminal and not quiet, quiet=quiet)
    with ResultsFile.open(output) as results:
        try:
            summary = run_batch(tasks, results, workers=workers, retry_errors=retry_errors, progress=progress,
                                unmatched=batch_pairs.unmatched,
                                loading=ctx.obj.encoder if isinstance(ctx.obj, Session) else None)
        finally:
            progress.stop()
    if output_format is SummaryFormat.json:
        sys.stdout.write(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        Console(soft_wrap=True).print(_summary_view(summary))
    if summary.errors and len(summary.errors) == summary.pairs:
        raise BatchError(f"none of the {summary.pairs} pair(s) could be checked; the reasons are in {output}")
    code = pairs_exit(len(summary.errors), summary.failing)
    if code == EXIT_USAGE:  # as `drift check --pairs`: the other pairs were checked, and the run still fails
        raise BatchError(f"{len(summary.errors)} of the {summary.pairs} pair(s) could not be checked, e.g. "
                         f"{summary.errors[0].message}; the reasons are in {output}")
    if code:
        raise typer.Exit(code)


def _config_resolver(options):
    """Each pair's settings, as `drift check` finds them from its translation's folder (cached per folder)."""
    from drift.config import resolve_config

    found: dict[Path, object] = {}

    def config_for(trans: Path):
        folder = trans.absolute().parent
        if folder not in found:
            found[folder] = resolve_config(trans, config_path=options.config_path, isolated=options.isolated,
                                           cli=options.cli)
        return found[folder]

    return config_for


class _ProgressBar:
    """Pairs done, rate and time left on stderr; failed pairs as lines above the bar."""

    def __init__(self, console, output: Path, *, enabled: bool, quiet: bool) -> None:
        self._console = console
        self._output = output
        self._enabled = enabled
        self._quiet = quiet
        self._progress = None
        self._task = None

    def start(self, total: int, resumed: int, workers: int) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        if resumed and not self._quiet:
            self._console.print(f"drift: {resumed} pair(s) already in {self._output}; checking the other {total}",
                                highlight=False, markup=False)
        self._progress = Progress(
            TextColumn(f"checking ({workers} worker{'s' if workers != 1 else ''})"), BarColumn(),
            MofNCompleteColumn(), TextColumn("pairs"), _rate_column(), TextColumn("left"), TimeRemainingColumn(),
            console=self._console, disable=not self._enabled,
        )
        self._progress.start()
        self._task = self._progress.add_task("pairs", total=total)

    def advance(self, outcome) -> None:
        if not outcome.ok and not self._quiet:
            self._progress.console.print(f"drift: {outcome.message}", highlight=False, markup=False)
        self._progress.advance(self._task)

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()


def _rate_column():
    from rich.progress import ProgressColumn
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:5.1f} pairs/s" if speed else "    ? pairs/s", style="progress.data.speed")

    return Rate()


def _summary_view(summary):
    from rich.console import Group
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    counts = lambda pairs: ", ".join(f"{name} {count}" for name, count in pairs if count) or "none"
    head = (f"[bold]{summary.pairs}[/] pair(s): {summary.checked} checked now, {summary.resumed} from an earlier "
            f"run; {len(summary.errors)} failed; {summary.failing} at or above fail-on. "
            f"Results: {escape(summary.output)} ({summary.seconds:.1f} s)")
    parts = [Text.from_markup(head), Text(f"findings by severity: {counts(summary.severity)}"),
             Text(f"findings by category: {counts(summary.category)}")]
    if summary.worst:
        table = Table(title="worst pieces", title_justify="left", box=None, pad_edge=False)
        for column in ("id", "critical", "major", "minor"):
            table.add_column(column, justify="left" if column == "id" else "right")
        for outcome in summary.worst:
            table.add_row(escape(outcome.id), *(str(outcome.count(level)) for level in ("critical", "major", "minor")))
        parts.append(table)
    if summary.errors:
        parts.append(Text("failed pairs:"))
        parts += [Text(f"  {outcome.message}") for outcome in summary.errors[:10]]
        if len(summary.errors) > 10:
            parts.append(Text(f"  ... and {len(summary.errors) - 10} more (status \"error\" in the results)"))
    return Group(*parts)
