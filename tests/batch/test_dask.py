"""The Dask example of docs/scaling.md, run on a local cluster started here."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from batch.pairs import write_manifest, write_small_pairs

from drift.batch import ResultsFile, current_engine, pending, plan, read_manifest

distributed = pytest.importorskip(
    "dask.distributed", reason="dask[distributed] is not installed (it is in the test extra: pip install -e '.[test]')")

DOC = Path(__file__).resolve().parents[2] / "docs" / "scaling.md"


def example():
    """The one Python block of docs/scaling.md, executed: its `check_on_dask` function."""
    (code,) = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)
    namespace: dict = {}
    exec(compile(code, str(DOC), "exec"), namespace)
    return namespace["check_on_dask"]


def encoders_made() -> int:
    from drift.batch import worker_encoder

    return worker_encoder.cache_info().misses


def test_the_documented_dask_example_runs_on_a_local_cluster(tmp_path):
    check_on_dask = example()
    pairs = write_small_pairs(tmp_path, 4)
    manifest = write_manifest(tmp_path / "pairs.csv", pairs)
    output = tmp_path / "results.jsonl"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as cluster, distributed.Client(cluster) as client:
        assert check_on_dask(manifest, output, client) == 4
        made = client.run(encoders_made)
        assert check_on_dask(manifest, output, client) == 0  # resumed: nothing left
    assert all(count <= 1 for count in made.values()) and sum(made.values()) >= 1  # one encoder per worker
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    tasks = plan(read_manifest(manifest), current_engine())
    assert sorted((row["id"], row["key"]) for row in rows) == sorted((task.id, task.key) for task in tasks)
    assert all(row["kind"] == "batch-pair" and row["status"] == "ok" and row["report"]["kind"] == "check"
               for row in rows)
    with ResultsFile.open(output) as results:
        assert pending(tasks, results.done) == []
