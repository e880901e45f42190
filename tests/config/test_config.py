"""Configuration: discovery, layers (defaults < file < flags), selection, overrides, glossary, errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drift.cli import main
from drift.config import (
    Config,
    ConfigError,
    Settings,
    build_config,
    find_config,
    read_settings,
    resolve_config,
)
from drift.model import Document, Language, Severity
from drift.pipeline import check_documents


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_discovery_walks_up_and_prefers_drift_toml(tmp_path):
    article = tmp_path / "desk" / "news" / "story"
    article.mkdir(parents=True)
    top = _write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n[tool.drift]\nfail-on = "minor"\n')
    _write(tmp_path / "desk" / "pyproject.toml", '[project]\nname = "no drift table here"\n')
    assert find_config(article) == top
    own = _write(tmp_path / "desk" / "news" / "drift.toml", 'select = ["D1"]\n')
    assert find_config(article) == own
    _write(tmp_path / "desk" / "news" / "pyproject.toml", '[tool.drift]\nselect = ["D2"]\n')
    assert find_config(article) == own  # drift.toml wins in the same folder
    own.unlink()
    assert find_config(article) == tmp_path / "desk" / "news" / "pyproject.toml"


def test_layers_defaults_file_flags(tmp_path):
    _write(tmp_path / "drift.toml", 'select = ["D1", "D3"]\nfail-on = "minor"\n[severity]\nD101 = "major"\n'
                                    'D301 = "minor"\n')
    trans = _write(tmp_path / "a" / "en.txt", "x")
    from_file = resolve_config(trans)
    assert from_file.source == tmp_path / "drift.toml"
    assert from_file.fail_on == "minor"
    assert all(code.startswith(("D1", "D3")) for code in from_file.codes)
    assert {"D101", "D102", "D301", "D302"} <= set(from_file.codes)
    assert from_file.severity_for("D101") is Severity.MAJOR
    flags = Settings(select=("D101",), fail_on="critical", severity=(("D101", "critical"),))
    both = resolve_config(trans, cli=flags)
    assert both.codes == ("D101",) and both.fail_on == "critical"
    assert both.severity_for("D101") is Severity.CRITICAL and both.severity_for("D301") is Severity.MINOR
    assert resolve_config(trans, isolated=True).fail_on == "major"
    assert resolve_config(trans, isolated=True).codes == Config().codes


def test_select_and_ignore_by_prefix_and_slug():
    config = build_config(Settings(select=("D1", "date-mismatch", "D6"), ignore=("handle-lost-at", "D60")))
    assert "D101" in config.codes and "D301" in config.codes
    assert "D104" not in config.codes and not any(code.startswith("D60") for code in config.codes)
    assert "D302" not in config.codes
    assert build_config(Settings(select=("ALL",), ignore=("D",))).codes == ()


@pytest.mark.parametrize(("text", "fragments"), [
    ('selct = ["D1"]\n', ["unknown key 'selct'", "valid keys: baseline, fail-on, glossary, ignore, min-confidence, preview, select, severity"]),
    ('fail_on = "minor"\n', ["unknown key 'fail_on'", "did you mean 'fail-on'"]),
    ('fail-on = "sometimes"\n', ["fail-on", "'sometimes' is not valid", "critical, major, minor, never"]),
    ('select = ["D9"]\n', ["select", "unknown check 'D9'", "D101 (name-spelling)"]),
    ('ignore = "D1"\nselect = 3\n', ["select", "expected a list of non-empty strings"]),
    ('[severity]\nD101 = "huge"\n', ["severity.D101", "'huge' is not valid", "critical, major, minor"]),
    ('[severity]\nnot-a-check = "minor"\n', ["severity.not-a-check", "unknown check"]),
    ('[glossary]\nnames = ["Zelenskyy"]\n', ["glossary.names", "expected a table"]),
    ('[glossary]\nspellings = {}\n', ["unknown key 'glossary.spellings'", "names, never-flag, terms"]),
    ('[glossary.names]\n"Volodymyr Zelenskyy" = []\n', ["glossary.names.Volodymyr Zelenskyy", "one word"]),
    ('[glossary.terms]\n"Dışişleri Bakanlığı" = 3\n', ["glossary.terms.Dışişleri Bakanlığı", "list of non-empty"]),
    ('select = [\n', ["not valid TOML"]),
])
def test_errors_name_the_file_the_key_and_the_choices(tmp_path, text, fragments):
    path = _write(tmp_path / "drift.toml", text)
    with pytest.raises(ConfigError) as caught:
        read_settings(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    for fragment in fragments:
        assert fragment in message


def test_pyproject_errors_name_the_tool_drift_table(tmp_path):
    path = _write(tmp_path / "pyproject.toml", '[tool.drift]\nfail-on = "x"\n')
    with pytest.raises(ConfigError, match=r"pyproject.toml: tool\.drift\.fail-on: 'x' is not valid"):
        read_settings(path)


def test_glossary_is_read(tmp_path):
    settings = read_settings(_write(tmp_path / "drift.toml", """
[glossary]
never-flag = ["Haberturk"]
[glossary.names]
Zelenskyy = ["Zelensky", "Zelenskiy"]
[glossary.terms]
"Dışişleri  Bakanlığı" = "Ministry of Foreign Affairs"
"""))
    glossary = settings.glossary
    assert glossary.names[0].preferred == "Zelenskyy" and glossary.names[0].accepted == ("Zelensky", "Zelenskiy")
    assert glossary.terms[0].turkish == "Dışişleri Bakanlığı"
    assert glossary.terms[0].english == ("Ministry of Foreign Affairs",)
    assert glossary.never_flags("Haberturk.") and not glossary.never_flags("Haberturk said")
    assert glossary.name_like("Zelenskii").preferred == "Zelenskyy"


@pytest.fixture(scope="module")
def s400_documents(samples):
    sample = samples / "s400"
    return (Document((sample / "tr.txt").read_text(encoding="utf-8"), Language.TURKISH),
            Document((sample / "en.txt").read_text(encoding="utf-8"), Language.ENGLISH))


def _check(documents, encoder, toml: str, tmp_path) -> tuple:
    config = build_config(read_settings(_write(tmp_path / "drift.toml", toml)))
    return check_documents(*documents, encoder=encoder, config=config).findings


def test_config_shapes_the_findings(s400_documents, encoder, tmp_path):
    default = check_documents(*s400_documents, encoder=encoder).findings
    assert any(f.code == "D101" and f.trans.text == "Zhelensky" for f in default)
    assert any(f.code == "D102" and f.trans.text == "Bill" for f in default)

    chosen = _check(s400_documents, encoder, 'select = ["D1"]\nignore = ["D104"]\n[severity]\nname-spelling = "major"',
                    tmp_path)
    assert chosen and all(f.code.startswith("D1") and f.code != "D104" for f in chosen)
    assert [f.severity for f in chosen if f.code == "D101"] == [Severity.MAJOR]

    house = _check(s400_documents, encoder, '[glossary.names]\nZelenskyy = ["Zelensky"]', tmp_path)
    assert [f.expected for f in house if f.code == "D101"] == ["Zelenskyy"]  # the house spelling, not the original's

    accepted = _check(s400_documents, encoder, '[glossary.names]\nZelenskiy = ["Zhelensky"]', tmp_path)
    assert not [f for f in accepted if f.code == "D101"]

    never = _check(s400_documents, encoder, '[glossary]\nnever-flag = ["Bill", "zhelensky"]', tmp_path)
    assert not [f for f in never if f.trans is not None and f.trans.text in {"Bill", "Zhelensky"}]
    assert len(never) < len(default)


def _copy_pair(samples, tmp_path) -> tuple[Path, Path]:
    folder = tmp_path / "article"
    folder.mkdir(exist_ok=True)
    for name in ("tr.txt", "en.txt"):
        shutil.copy(samples / "s400" / name, folder / name)
    return folder / "tr.txt", folder / "en.txt"


@pytest.mark.parametrize(("toml", "fragment"), [
    ('fail-on = "sometimes"\n', "drift.toml: fail-on: 'sometimes' is not valid; choose one of critical, major"),
    ('[glosary]\n', "drift.toml: unknown key 'glosary'; valid keys"),
    ('select = ["D9"]\n', "drift.toml: select: unknown check 'D9'"),
])
def test_cli_config_errors_are_one_line_and_exit_2(samples, tmp_path, capsys, toml, fragment):
    orig, trans = _copy_pair(samples, tmp_path)
    _write(trans.parent / "drift.toml", toml)
    assert main(["check", str(orig), str(trans)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("drift: error: ") and fragment in lines[0]


@pytest.mark.parametrize(("flags", "fragment"), [
    (["--select", "D1,D9"], "--select: unknown check 'D9'"),
    (["--ignore", "nope"], "--ignore: unknown check 'nope'"),
    (["--severity", "D101=huge"], "'huge' is not valid"),
    (["--severity", "D101"], "write CHECK=LEVEL"),
    (["--fail-on", "sometimes"], "--fail-on"),
    (["--config", "missing.toml"], "missing.toml: no such configuration file"),
    (["--config", "x.toml", "--no-config"], "--config and --no-config do not go together"),
])
def test_cli_unknown_codes_and_bad_flags_exit_2(samples, tmp_path, capsys, flags, fragment):
    orig, trans = _copy_pair(samples, tmp_path)
    assert main(["check", str(orig), str(trans), *flags]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0]


def test_cli_flags_win_over_the_file(samples, tmp_path, capsys):
    orig, trans = _copy_pair(samples, tmp_path)
    _write(trans.parent / "drift.toml", 'fail-on = "never"\nselect = ["D101"]\n')
    assert main(["check", str(orig), str(trans), "-f", "concise"]) == 0
    assert [line.split()[1] for line in capsys.readouterr().out.splitlines()] == ["D101"]
    assert main(["check", str(orig), str(trans), "-f", "concise", "--fail-on", "minor"]) == 1
    capsys.readouterr()
    assert main(["check", str(orig), str(trans), "-f", "concise", "--select", "D102", "--fail-on", "minor"]) == 1
    assert [line.split()[1] for line in capsys.readouterr().out.splitlines()] == ["D102"]
    assert main(["check", str(orig), str(trans), "-f", "concise", "--no-config", "--fail-on", "never"]) == 0
    assert len(capsys.readouterr().out.splitlines()) > 5


def test_the_documented_example_is_valid(tmp_path):
    readme = (Path(__file__).resolve().parents[2] / "docs" / "configuration.md").read_text(encoding="utf-8")
    example = readme.split("```toml\n", 1)[1].split("```", 1)[0]
    settings = read_settings(_write(tmp_path / "drift.toml", example))
    config = build_config(settings)
    assert config.fail_on == "critical" and "D104" not in config.codes
    assert config.glossary.names[0].preferred == "Zelenskyy"
