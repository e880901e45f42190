"""`drift batch` as a CI job meets it: results per pair, resume, exit codes, one-line errors."""

from __future__ import annotations

import json

from batch.pairs import drift_command, write_manifest, write_small_pairs


def rows(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_batch_then_resume_then_recheck_an_edited_pair(small_batch, tmp_path):
    manifest, pairs = small_batch
    output = tmp_path / "results.jsonl"
    first = drift_command("batch", str(manifest), "-o", str(output), "--workers", "2", "-f", "json",
                          "--fail-on", "never")
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    assert (summary["pairs"], summary["checked"], summary["resumed"], summary["errors"]) == (6, 6, 0, 0)
    written = rows(output)
    assert sorted(row["id"] for row in written) == [pair_id for pair_id, _, _ in pairs]
    assert all(row["status"] == "ok" and row["report"]["schema"] == "drift/1" for row in written)
    totals = {level: sum(row["report"]["summary"]["findings"]["severity"][level] for row in written)
              for level in ("critical", "major", "minor")}
    assert summary["findings"]["severity"] == totals
    assert summary["worst"] == sorted(summary["worst"], key=lambda w: (-w["severity"]["critical"],
                                                                       -w["severity"]["major"],
                                                                       -w["severity"]["minor"], w["id"]))

    # Resumed: nothing is checked again; --fail-on still applies to every pair of the batch.
    again = drift_command("batch", str(manifest), "-o", str(output), "-f", "json", "--fail-on", "minor")
    resumed = json.loads(again.stdout)
    assert (resumed["checked"], resumed["resumed"], resumed["findings"]) == (0, 6, summary["findings"])
    assert sum(totals.values()) > 0 and resumed["failing"] >= 1 and again.returncode == 1
    assert rows(output) == written

    _, _, edited = pairs[2]
    edited.write_text(edited.read_text(encoding="utf-8") + "An added closing line.\n", encoding="utf-8")
    third = drift_command("batch", str(manifest), "-o", str(output), "-f", "json", "--fail-on", "never")
    assert third.returncode == 0 and json.loads(third.stdout)["checked"] == 1
    assert [row["id"] for row in rows(output)[6:]] == [pairs[2][0]]


def test_failed_pairs_are_rows_and_the_batch_goes_on(tmp_path):
    pairs = write_small_pairs(tmp_path, 2)
    manifest = write_manifest(tmp_path / "pairs.csv", pairs)
    with manifest.open("a", encoding="utf-8") as stream:
        stream.write("missing.tr.txt,000.en.txt,gone\nnot-a-row\n")
    output = tmp_path / "results.jsonl"
    result = drift_command("batch", str(manifest), "-o", str(output), "--fail-on", "never")
    assert result.returncode == 2, result.stderr  # as `drift check --pairs` on the same manifest
    assert result.stderr.splitlines()[-1].startswith("drift: error: 2 of the 4 pair(s) could not be checked")
    by_id = {row["id"]: row for row in rows(output)}
    assert by_id["gone"]["status"] == "error" and by_id["gone"]["error"].endswith("missing.tr.txt: no such file")
    assert by_id[f"{manifest}:5"]["error"] == f"{manifest}:5: expected comma-separated fields orig,trans,id, " \
                                              "got 1 field(s)"
    assert [by_id[pair_id]["status"] for pair_id, _, _ in pairs] == ["ok", "ok"]
    assert "drift: gone: " in result.stderr and "Traceback" not in result.stderr
    assert "2 failed" in result.stdout

    # The missing original turns up: its key changes (the file has content now), so a plain rerun checks it.
    (tmp_path / "missing.tr.txt").write_bytes(pairs[0][1].read_bytes())
    rerun = json.loads(drift_command("batch", str(manifest), "-o", str(output), "-f", "json", "--fail-on",
                                     "never").stdout)
    assert (rerun["checked"], rerun["errors"]) == (1, 1)
    assert [row["status"] for row in rows(output) if row["id"] == "gone"] == ["error", "ok"]
    # --retry-errors checks again the errors whose inputs did not change: here the bad manifest row.
    retried = json.loads(drift_command("batch", str(manifest), "-o", str(output), "-f", "json", "--fail-on",
                                       "never", "--retry-errors").stdout)
    assert (retried["checked"], retried["errors"]) == (1, 1)


def test_nothing_checkable_is_exit_2_with_one_line(tmp_path):
    manifest = tmp_path / "pairs.csv"
    manifest.write_text("a.txt,b.txt\n", encoding="utf-8")
    output = tmp_path / "results.jsonl"
    result = drift_command("batch", str(manifest), "-o", str(output), "-q")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"drift: error: none of the 1 pair(s) could be checked; the reasons are in {output}"]
    assert rows(output)[0]["status"] == "error"


def test_two_folders_paired_by_name(tmp_path):
    pairs = write_small_pairs(tmp_path, 2)
    (tmp_path / "tr").mkdir()
    (tmp_path / "en").mkdir()
    for pair_id, orig, trans in pairs:
        orig.rename(tmp_path / "tr" / f"{pair_id}.txt")
        trans.rename(tmp_path / "en" / f"{pair_id}.txt")
    (tmp_path / "en" / "extra.txt").write_text("An English piece with no original.\n", encoding="utf-8")
    output = tmp_path / "results.jsonl"
    result = drift_command("batch", str(tmp_path / "tr"), str(tmp_path / "en"), "-o", str(output), "-f", "json",
                           "--fail-on", "never", "--select", "D5,D6")
    assert result.returncode == 0, result.stderr
    assert sorted(row["id"] for row in rows(output)) == ["pair-000.txt", "pair-001.txt"]
    assert {finding["code"][:2] for row in rows(output) for finding in row["report"]["findings"]} <= {"D5", "D6"}
    assert all(row["report"]["signature"]["options"]["checks"][0].startswith("D5") for row in rows(output))
    assert json.loads(result.stdout)["unmatched"] == [str(tmp_path / "en" / "extra.txt")]
    assert "1 file(s) have no partner" in result.stderr


def test_usage_errors_are_one_line_and_exit_2(tmp_path):
    (tmp_path / "tr").mkdir()
    (tmp_path / "en").mkdir()
    cases = [
        (["batch", str(tmp_path / "nope.csv"), "-o", str(tmp_path / "r.jsonl")], "nope.csv: no such manifest"),
        (["batch", str(tmp_path / "tr"), str(tmp_path / "en"), "-o", str(tmp_path / "r.jsonl")], "no file in"),
        (["batch", str(tmp_path / "tr"), "-o", str(tmp_path / "r.jsonl")], "is a folder; give a manifest"),
        (["batch", str(tmp_path / "tr")], "Missing option '--output'"),
        (["batch", "a", "b", "c", "-o", str(tmp_path / "r.jsonl")], "got 3 paths"),
        (["batch", "a.csv", "-o", str(tmp_path / "r.jsonl"), "--workers", "0"], "--workers"),
    ]
    for args, expected in cases:
        result = drift_command(*args)
        assert result.returncode == 2, (args, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("drift: error: ") and expected in lines[0], lines


def test_refuses_to_write_over_an_input(small_batch):
    manifest, pairs = small_batch
    result = drift_command("batch", str(manifest), "-o", str(pairs[0][2]))
    assert result.returncode == 2 and "refusing to overwrite an input file" in result.stderr
