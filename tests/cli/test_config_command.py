"""`drift config`: the settings `drift check` would use, each with the layer it came from."""

from __future__ import annotations

import json

from drift.cli import main


def _settings(capsys) -> dict[str, dict]:
    document = json.loads(capsys.readouterr().out)
    assert document["schema"] == "drift/1" and document["kind"] == "config"
    return {setting["key"]: setting for setting in document["settings"]}


def test_each_value_names_its_origin(tmp_path, capsys):
    (tmp_path / "drift.toml").write_text('fail-on = "critical"\nignore = ["D6"]\n[severity]\nD101 = "major"\n'
                                         "[glossary.names]\nZelenskyy = [\"Zelensky\"]\n", encoding="utf-8")
    story = tmp_path / "news"
    story.mkdir()
    assert main(["config", str(story / "en.txt"), "-f", "json", "--severity", "D301=minor", "--preview",
                 "--min-confidence", "0.5"]) == 0
    settings = _settings(capsys)
    file = str(tmp_path / "drift.toml")
    assert (settings["fail-on"]["value"], settings["fail-on"]["origin"]) == ("critical", file)
    assert (settings["ignore"]["value"], settings["ignore"]["origin"]) == (["D6"], file)
    assert (settings["select"]["value"], settings["select"]["origin"]) == (["ALL"], "default")
    assert (settings["preview"]["value"], settings["preview"]["origin"]) == (True, "command line")
    assert (settings["min-confidence"]["value"], settings["min-confidence"]["origin"]) == (0.5, "command line")
    assert (settings["severity.D101"]["value"], settings["severity.D101"]["origin"]) == ("major", file)
    assert (settings["severity.D301"]["value"], settings["severity.D301"]["origin"]) == ("minor", "command line")
    assert settings["glossary"]["value"]["names"] == 1 and settings["glossary"]["origin"] == file
    assert not any(code.startswith("D6") for code in settings["checks"]["value"])
    assert "D404" in settings["checks"]["value"]  # a preview check, on with --preview


def test_a_flag_wins_over_the_file_and_text_lists_every_key(tmp_path, capsys):
    (tmp_path / "drift.toml").write_text('fail-on = "critical"\n', encoding="utf-8")
    assert main(["config", str(tmp_path), "--fail-on", "minor"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"configuration file: {tmp_path / 'drift.toml'}"
    assert any(line.split() == ["fail-on", "minor", "(command", "line)"] for line in lines)
    assert [line.split()[0] for line in lines[1:]] == ["select", "ignore", "preview", "min-confidence", "fail-on",
                                                      "baseline", "checks", "glossary"]


def test_no_config_means_defaults(tmp_path, capsys):
    (tmp_path / "drift.toml").write_text('fail-on = "critical"\n', encoding="utf-8")
    assert main(["config", str(tmp_path), "--no-config", "-f", "json"]) == 0
    settings = _settings(capsys)
    assert (settings["fail-on"]["value"], settings["fail-on"]["origin"]) == ("major", "default")
    assert all(setting["origin"] in ("default", "select, ignore and preview") for setting in settings.values())
