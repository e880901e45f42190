"""The worker pool: a worker process that dies takes no other pair with it and does not stop the batch."""

from __future__ import annotations

import json
import sys

import pytest
from batch import pairs as helpers

from drift.batch import Batch, PairSpec, ResultsFile, current_engine, plan, run_batch
from drift.batch import run as batch_run

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the test patches forked workers")


def test_a_pair_that_kills_its_worker_becomes_an_error_row(tmp_path, monkeypatch):
    written = helpers.write_small_pairs(tmp_path, 5)
    specs = [PairSpec(pair_id, orig, trans) for pair_id, orig, trans in written]
    specs[2] = PairSpec("kills-its-worker", specs[2].orig, specs[2].trans)
    tasks = plan(Batch(tuple(specs)), current_engine())
    # Forked workers inherit these patches: no encoder, and one pair that ends its process.
    monkeypatch.setattr(batch_run, "init_worker", helpers.no_warm_up)
    monkeypatch.setattr(batch_run, "run_pair", helpers.fake_run_pair)
    with ResultsFile.open(tmp_path / "results.jsonl") as results:
        summary = run_batch(tasks, results, workers=2)
    rows = [json.loads(line) for line in (tmp_path / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(row["id"] for row in rows) == sorted(spec.id for spec in specs)
    (dead,) = [row for row in rows if row["status"] == "error"]
    assert dead["id"] == "kills-its-worker" and "worker process died" in dead["error"]
    assert summary.pairs == 5 and len(summary.errors) == 1 and summary.checked == 5
