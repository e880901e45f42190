"""Many article pairs in one run: manifests, a worker pool, and results that survive a kill.

    >>> from drift.batch import ResultsFile, current_engine, plan, read_manifest, run_batch
    >>> tasks = plan(read_manifest(Path("pairs.csv")), current_engine())
    >>> with ResultsFile.open(Path("results.jsonl")) as results:
    ...     summary = run_batch(tasks, results, workers=2)

`inputs` names the pairs (a CSV or JSONL manifest, or two folders of
same-named files); `work` is what one worker does for one pair (`run_pair`,
importable and picklable, so Dask or any pool can run it); `results` is the
append-only JSON Lines file and its resume index; `run` is the local process
pool and the summary. See docs/scaling.md for running on a Dask cluster.
"""

from drift.batch.inputs import (
    Batch,
    BatchInputError,
    PairSpec,
    RowProblem,
    pair_folders,
    read_manifest,
)
from drift.batch.results import PairOutcome, PairResult, ResultsFile, ResultsFileError
from drift.batch.run import (
    BatchError,
    BatchSummary,
    WorkerPool,
    pending,
    run_batch,
    summarize,
)
from drift.batch.work import (
    Engine,
    PairTask,
    current_engine,
    plan,
    run_pair,
    warm_worker,
    worker_encoder,
)

__all__ = [
    "Batch", "BatchError", "BatchInputError", "BatchSummary", "Engine", "PairOutcome", "PairResult", "PairSpec",
    "PairTask", "ResultsFile", "ResultsFileError", "RowProblem", "WorkerPool", "current_engine", "pair_folders",
    "pending", "plan", "read_manifest", "run_batch", "run_pair", "summarize", "warm_worker", "worker_encoder",
]
