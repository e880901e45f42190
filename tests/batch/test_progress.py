"""The progress bar and the summary as a person sees them on a terminal."""

from __future__ import annotations

import io

from rich.console import Console

from drift.batch.results import PairOutcome
from drift.batch.run import BatchSummary
from drift.cli.batch import _ProgressBar, _summary_view


def outcome(pair_id: str, critical: int = 0, error: str | None = None) -> PairOutcome:
    if error:
        return PairOutcome(pair_id, pair_id, False, error=error)
    return PairOutcome(pair_id, pair_id, True, (("critical", critical), ("major", 1), ("minor", 0)),
                       (("name", critical), ("number", 1)))


def test_progress_shows_pairs_rate_and_time_left_and_failures_above_it(tmp_path):
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=120, color_system=None, soft_wrap=True)
    bar = _ProgressBar(console, tmp_path / "results.jsonl", enabled=True, quiet=False)
    bar.start(total=3, resumed=2, workers=2)
    bar.advance(outcome("a", 1))
    bar.advance(outcome("b", error="b.txt: no such file"))
    bar.stop()
    text = screen.getvalue()
    assert "2 pair(s) already in" in text and "checking the other 3" in text
    assert "drift: b: b.txt: no such file" in text
    assert "checking (2 workers)" in text and "2/3" in text and "pairs/s" in text and "left" in text


def test_quiet_prints_nothing(tmp_path):
    screen = io.StringIO()
    bar = _ProgressBar(Console(file=screen, force_terminal=False), tmp_path / "r.jsonl", enabled=False, quiet=True)
    bar.start(total=1, resumed=5, workers=1)
    bar.advance(outcome("b", error="b: boom"))
    bar.stop()
    assert screen.getvalue() == ""


def test_summary_lists_counts_worst_pieces_and_failures():
    summary = BatchSummary(pairs=3, checked=2, resumed=1, failing=2, severity=(("critical", 3), ("major", 2),
                                                                                ("minor", 0)),
                           category=(("name", 3), ("number", 2)), worst=(outcome("worst", 2), outcome("next", 1)),
                           errors=(outcome("bad", error="bad: x.txt: no such file"),), unmatched=(), seconds=1.5,
                           output="results.jsonl")
    screen = io.StringIO()
    Console(file=screen, width=120, color_system=None).print(_summary_view(summary))
    text = screen.getvalue()
    assert "3 pair(s): 2 checked now, 1 from an earlier run; 1 failed; 2 at or above fail-on" in text
    assert "findings by severity: critical 3, major 2" in text and "minor" not in text.split("\n")[1]
    assert text.index("worst") < text.index("next") and "bad: x.txt: no such file" in text
