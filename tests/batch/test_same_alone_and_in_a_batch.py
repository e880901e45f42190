"""A pair's report does not depend on the pairs checked before it in the same process.

Alone, `drift check` is a cold process: the encoder loads in a child while the checks warm up on the pair with
stand-in vectors. Inside `drift check --pairs` and `drift batch`, the pair comes after others, whose words, views
and analyses fill the caches it reads. Each process runs with another hash seed, so a result that leaned on a
set's order would show too.
"""

from __future__ import annotations

import json
import os

from batch.pairs import SAMPLES, drift_command

# Small development articles whose checks read the Turkish analyser (roles, modality), names and opposites.
_PAIRS = ("r-hospital-staff", "m-stadium-roof", "n-furniture-fair", "p-river-stadium")
_SHOWN = ("orig", "trans", "beads", "findings", "summary")  # the report without its signature


def _files(name: str) -> tuple[str, str]:
    folder = SAMPLES / "dev9" / name
    return str(folder / "tr.txt"), str(folder / "en.txt")


def _seeded(seed: int) -> dict:
    return {"env": {**os.environ, "PYTHONHASHSEED": str(seed)}}


def _shown(report: dict) -> dict:
    return {key: report[key] for key in _SHOWN}


def test_each_pair_reads_the_same_alone_and_after_other_pairs(tmp_path):
    alone = {}
    for seed, name in enumerate(_PAIRS, start=1):
        done = drift_command("check", *_files(name), "-f", "json", "--fail-on", "never", **_seeded(seed))
        assert done.returncode == 0, done.stderr
        alone[name] = _shown(json.loads(done.stdout))
    assert all(report["findings"] for report in alone.values())

    manifest = tmp_path / "pairs.csv"
    manifest.write_text("".join(f"{orig},{trans},{name}\n" for name in _PAIRS for orig, trans in [_files(name)]),
                        encoding="utf-8")
    pairs = drift_command("check", "--pairs", str(manifest), "-f", "json", "--fail-on", "never", **_seeded(11))
    assert pairs.returncode == 0, pairs.stderr
    in_pairs = {entry["id"]: _shown(entry["report"]) for entry in json.loads(pairs.stdout)["pairs"]}
    assert in_pairs == alone

    # The other order, in one batch worker: the first pair alone above comes last here.
    backwards = tmp_path / "backwards.csv"
    backwards.write_text("".join(reversed(manifest.read_text(encoding="utf-8").splitlines(keepends=True))),
                         encoding="utf-8")
    output = tmp_path / "results.jsonl"
    batch = drift_command("batch", str(backwards), "-o", str(output), "--workers", "1", "-f", "json",
                          "--fail-on", "never", **_seeded(12))
    assert batch.returncode == 0, batch.stderr
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert {row["id"]: _shown(row["report"]) for row in rows} == alone
