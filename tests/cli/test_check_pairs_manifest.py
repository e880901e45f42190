"""`drift check --pairs MANIFEST`: several pairs in one process, one output, one exit code."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from drift.cli import main

SARIF_SCHEMA = json.loads((Path(__file__).parent.parent / "render" / "schemas" / "sarif-2.1.0-rtm.5.json")
                          .read_text(encoding="utf-8"))


@pytest.fixture()
def manifest(samples, tmp_path) -> Path:
    """s400 twice (one copy under a drift.toml that selects the name checks only) and dev/court-trial."""
    for folder in ("plain", "names"):
        shutil.copytree(samples / "s400", tmp_path / folder, ignore=shutil.ignore_patterns("*.jsonl", "*.md"))
    (tmp_path / "names" / "drift.toml").write_text('select = ["D1"]\n', encoding="utf-8")
    court = samples / "dev" / "court-trial"
    rows = ["orig,trans,id", "plain/tr.txt,plain/en.txt,s400", "names/tr.txt,names/en.txt,s400-names",
            f"{court / 'tr.txt'},{court / 'en.txt'},court"]
    (tmp_path / "pairs.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp_path / "pairs.csv"


def _json(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


def test_json_has_one_entry_per_pair_each_as_drift_check_gives_it(manifest, capsys):
    assert main(["check", "--pairs", str(manifest), "-f", "json", "--fail-on", "never"]) == 0
    run = _json(capsys)
    assert (run["schema"], run["kind"]) == ("drift/1", "pairs")
    assert [(entry["id"], entry["status"]) for entry in run["pairs"]] == [
        ("s400", "ok"), ("s400-names", "ok"), ("court", "ok")]
    folder = manifest.parent
    assert main(["check", str(folder / "plain" / "tr.txt"), str(folder / "plain" / "en.txt"), "-f", "json",
                 "--fail-on", "never"]) == 0
    assert run["pairs"][0]["report"] == _json(capsys)
    # Settings are found per pair, from each translation's folder.
    codes = [{finding["code"][:2] for finding in entry["report"]["findings"]} for entry in run["pairs"][:2]]
    assert codes[1] == {"D1"} and codes[0] > {"D1"}
    assert main(["check", "--pairs", str(manifest), "-f", "json"]) == 1  # findings at major and above


def test_a_pair_that_cannot_be_read_is_an_error_entry_and_the_others_run(manifest, capsys):
    with manifest.open("a", encoding="utf-8") as rows:
        rows.write("missing/tr.txt,missing/en.txt,missing\nonly-one-field\n")
    assert main(["check", "--pairs", str(manifest), "-f", "json", "--fail-on", "never"]) == 2
    captured = capsys.readouterr()
    entries = json.loads(captured.out)["pairs"]
    assert [entry["status"] for entry in entries] == ["ok", "ok", "ok", "error", "error"]
    assert "no such file" in entries[3]["error"] and "pairs.csv:6" in entries[4]["error"]
    errors = captured.err.strip().splitlines()
    assert len(errors) == 2 and all(line.startswith("drift: error: ") for line in errors)

    assert main(["check", "--pairs", str(manifest), "-f", "sarif", "--fail-on", "never"]) == 2
    log = json.loads(capsys.readouterr().out)
    validator = jsonschema.Draft4Validator(SARIF_SCHEMA)
    assert not list(validator.iter_errors(log))
    (sarif_run,) = log["runs"]
    assert len(sarif_run["artifacts"]) == 6  # both files of the three pairs read
    assert len(sarif_run["invocations"][0]["toolExecutionNotifications"]) == 2
    uris = {sarif_run["artifacts"][result["locations"][0]["physicalLocation"]["artifactLocation"]["index"]]
            ["location"]["uri"] for result in sarif_run["results"]}
    assert len(uris) == 3  # every English file has its findings


@pytest.mark.parametrize(("fmt", "header"), [("text", "s400-names: "), ("concise", "# s400-names: "),
                                             ("github", "::group::s400-names: ")])
def test_line_formats_put_a_header_before_each_pair(manifest, capsys, fmt, header):
    assert main(["check", "--pairs", str(manifest), "-f", fmt, "--fail-on", "never"]) == 0
    out = capsys.readouterr().out
    assert out.count(header) == 1
    if fmt == "github":
        assert out.count("::group::") == out.count("::endgroup::") == 3


@pytest.mark.parametrize("args", [
    ["check", "tr.txt", "en.txt", "--pairs", "pairs.csv"],
    ["check"],
    ["check", "tr.txt"],
    ["check", "--pairs", "pairs.csv", "-f", "html"],
])
def test_pairs_or_orig_and_trans_not_both_nor_neither(args, capsys):
    assert main(args) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
