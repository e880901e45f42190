"""A batch whose command started the encoder early: a worker takes the loading child over, with the same results."""

from __future__ import annotations

import json

import pytest

from batch import pairs as helpers
from drift.batch import Batch, PairSpec, ResultsFile, current_engine, plan, run_batch, run_pair
from drift.embed.process import EncoderProcess
from processes import gone


def test_a_worker_takes_over_the_loading_encoder_and_reports_the_same(tmp_path):
    loading = EncoderProcess.start(1)
    if loading is None:
        pytest.skip("one usable core: drift encodes in-process")
    written = helpers.write_small_pairs(tmp_path, 3)
    tasks = plan(Batch(tuple(PairSpec(pair_id, orig, trans) for pair_id, orig, trans in written)), current_engine())
    try:
        with ResultsFile.open(tmp_path / "results.jsonl") as results:
            summary = run_batch(tasks, results, workers=1, loading=loading)
    finally:
        loading.close()
    assert summary.pairs == 3 and not summary.errors
    rows = {row["id"]: row for row in map(json.loads, (tmp_path / "results.jsonl").read_text("utf-8").splitlines())}
    for task in tasks:  # the same pair checked in this process, with its own in-process encoder of one thread
        alone = json.loads(run_pair(task, threads=1).line)
        assert rows[task.id]["report"] == alone["report"]
    assert gone(loading.pid, within=5)


def test_an_encoder_of_other_threads_is_not_taken_over(tmp_path):
    from drift.batch.run import WorkerPool

    loading = EncoderProcess.start(2)
    if loading is None:
        pytest.skip("one usable core: drift encodes in-process")
    try:
        pool = WorkerPool(1, 1, loading)
        pool.close()
        assert pool._loading is None  # its vectors would differ from a one-thread worker's
    finally:
        loading.close()
