"""The per-pair function: the same envelope as `drift check`, error rows instead of exceptions, stable keys."""

from __future__ import annotations

import json
import pickle

from batch.pairs import write_small_pairs

from drift.batch import Batch, PairSpec, RowProblem, current_engine, plan, run_pair
from drift.batch.work import pair_key
from drift.config import default_config
from drift.model import Language
from drift.pipeline import check_documents
from drift.read import read_document
from drift.render.json import report_envelope


def one_task(tmp_path):
    (pair_id, orig, trans), = write_small_pairs(tmp_path, 1)
    return plan(Batch((PairSpec(pair_id, orig, trans),)), current_engine())[0]


def test_run_pair_writes_the_check_envelope(tmp_path, encoder):
    task = one_task(tmp_path)
    result = run_pair(task, encoder)
    row = json.loads(result.line)
    assert (row["kind"], row["id"], row["status"], row["key"]) == ("batch-pair", task.id, "ok", task.key)
    report = check_documents(read_document(task.orig, Language.TURKISH), read_document(task.trans, Language.ENGLISH),
                             encoder=encoder, config=default_config())
    expected = report_envelope(report, row["report"]["signature"])
    assert row["report"] == json.loads(json.dumps(expected))
    assert row["report"]["signature"]["lexicon"] == task.engine.lexicon
    assert result.outcome.ok and result.outcome.findings == len(report.findings)


def test_tasks_and_the_function_travel_by_pickle(tmp_path):
    task = one_task(tmp_path)
    assert pickle.loads(pickle.dumps(task)) == task
    assert pickle.loads(pickle.dumps(run_pair)) is run_pair


def test_a_failed_pair_is_an_error_row_with_the_planners_key(tmp_path, encoder):
    (_, orig, trans), = write_small_pairs(tmp_path, 1)
    orig.write_bytes(b"bad \x81\x8d bytes")
    missing = tmp_path / "missing.txt"
    tasks = plan(Batch((PairSpec("bad-utf8", orig, trans), PairSpec("missing", missing, trans)),
                       (RowProblem("pairs.csv:3", "x", "pairs.csv:3: no trans path"),)), current_engine())
    rows = [json.loads(run_pair(task, encoder).line) for task in tasks]
    assert [(row["id"], row["status"]) for row in rows] == [("bad-utf8", "error"), ("missing", "error"),
                                                            ("pairs.csv:3", "error")]
    assert "not text in any encoding" in rows[0]["error"] and rows[1]["error"] == f"{missing}: no such file"
    assert rows[2]["error"] == "pairs.csv:3: no trans path"
    assert [row["key"] for row in rows] == [task.key for task in tasks]  # so a rerun skips them


def test_keys_follow_content_id_and_options(tmp_path):
    task = one_task(tmp_path)
    engine = current_engine()
    again = plan(Batch((PairSpec(task.id, task.orig, task.trans),)), engine)[0]
    assert again.key == task.key
    renamed = plan(Batch((PairSpec("other", task.orig, task.trans),)), engine)[0]
    assert renamed.key != task.key
    from drift.config import Settings, build_config

    narrower = build_config(Settings(select=("D5",)))
    fewer_checks = plan(Batch((PairSpec(task.id, task.orig, task.trans),)), engine, lambda _: narrower)[0]
    assert fewer_checks.key != task.key and fewer_checks.options != task.options
    stricter = build_config(Settings(fail_on="critical"))
    assert plan(Batch((PairSpec(task.id, task.orig, task.trans),)), engine, lambda _: stricter)[0].key == task.key
    task.trans.write_text(task.trans.read_text(encoding="utf-8") + "One more line.\n", encoding="utf-8")
    edited = plan(Batch((PairSpec(task.id, task.orig, task.trans),)), engine)[0]
    assert edited.key != task.key
    assert pair_key("a", None, None, "o") != pair_key("a", "", None, "o")
