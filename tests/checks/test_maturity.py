"""Check maturity and measured confidence: the shipped table, the stable bar, preview selection, merging."""

from __future__ import annotations

import pytest

from drift.checks import all_checks, merge_findings
from drift.checks._confidence import (
    MIN_OTHER_ARTICLES, MIN_PRECISION, UNMEASURED, Measured, confidence_for, measured_table, stable_verdict,
)
from drift.cli import main
from drift.config import Settings, build_config, settings_from_mapping
from drift.errors import ConfigError
from drift.model import Category, Finding, Severity, Span


def test_measured_precision_and_laplace_confidence():
    row = Measured("D999", "", correct=9, hit_articles=5, wrong=1)
    assert row.precision == 0.9
    assert row.confidence == round(10 / 12, 3)
    assert Measured("D999", "", 0, 0, 0).precision == 0.0


@pytest.mark.parametrize("correct, articles, wrong, verdict", [
    (20, 1 + MIN_OTHER_ARTICLES, 2, "stable"),
    (20, MIN_OTHER_ARTICLES, 0, "preview (hits on 3 articles)"),  # the prompting article does not count
    (20, 10, 5, "preview (precision 0.80)"),
])
def test_stable_verdict(correct, articles, wrong, verdict):
    assert stable_verdict(Measured("D999", "", correct, articles, wrong)) == verdict


def test_every_check_is_measured():
    table = measured_table()
    assert table, "drift/checks/data/confidence.tsv is missing: run tools/check_precision.py --write"
    for info in all_checks():
        assert (info.code, "") in table, f"{info.code} has no row in the confidence table"


@pytest.mark.parametrize("info", [info for info in all_checks() if not info.preview and not info.configured],
                         ids=lambda info: info.code)
def test_stable_checks_meet_the_bar(info):
    """A check runs by default only with the measured record the project asks of it."""
    row = measured_table()[info.code, ""]
    assert stable_verdict(row) == "stable", (
        f"{info.code} is declared stable but measures {row.correct} correct, {row.wrong} wrong on "
        f"{row.hit_articles} articles (bar: precision {MIN_PRECISION}, hits beyond the reference example on "
        f"{MIN_OTHER_ARTICLES} articles)")


def test_confidence_comes_from_the_table():
    code, basis = next(iter(measured_table()))
    assert confidence_for(code, basis) == measured_table()[code, basis].confidence
    assert confidence_for("D999") == UNMEASURED
    # A basis the table does not list falls back to the whole check.
    assert confidence_for(code, "no-such-basis") == measured_table()[code, ""].confidence


def test_preview_checks_run_only_when_asked():
    preview = [info for info in all_checks() if info.preview]
    assert preview, "no preview check is registered"
    default = build_config(Settings())
    assert not any(info.preview for info in default.selected)
    assert set(preview) <= set(build_config(Settings(preview=True)).selected)
    named = preview[0]
    assert named in build_config(Settings(select=(named.code,))).selected  # named alone, it runs
    assert named in build_config(Settings(select=(named.slug,))).selected
    assert named not in build_config(Settings(select=(named.code[:2],))).selected  # a prefix does not name it


def test_configuration_keys_for_preview_and_min_confidence(tmp_path):
    settings = settings_from_mapping({"preview": True, "min-confidence": 0.7}, tmp_path / "drift.toml")
    config = build_config(settings)
    assert config.preview and config.min_confidence == 0.7
    assert config.fingerprint()["preview"] is True
    with pytest.raises(ConfigError, match="preview"):
        settings_from_mapping({"preview": "yes"}, tmp_path / "drift.toml")
    with pytest.raises(ConfigError, match="min-confidence"):
        settings_from_mapping({"min-confidence": 2}, tmp_path / "drift.toml")


def _finding(code, start, end, severity=Severity.MAJOR, confidence=0.5, category=Category.DATE):
    return Finding(code, code.lower(), category, severity, confidence, f"message of {code}",
                   Span(start, end, "x" * (end - start)), None, 0, evidence=f"evidence of {code}")


def test_findings_on_the_same_words_become_one_with_both_reasons():
    merged = merge_findings([_finding("D302", 10, 17, Severity.CRITICAL, 0.9), _finding("D301", 10, 30, confidence=0.6)])
    assert len(merged) == 1
    assert merged[0].code == "D302" and merged[0].also == ("D301",)  # the more severe one is kept
    assert "also D301" in merged[0].evidence and "message of D301" in merged[0].evidence
    assert merged[0].confidence == round(1 - 0.1 * 0.4, 3)


def test_findings_apart_or_at_another_scale_stay_apart():
    apart = merge_findings([_finding("D302", 0, 5), _finding("D301", 5, 9)])
    assert len(apart) == 2
    sentence = _finding("D601", 0, 40, category=Category.ADDITION)
    assert len(merge_findings([sentence, _finding("D302", 10, 17)])) == 2
    whole = _finding("D404", 0, 40, category=Category.MISTRANSLATION)
    assert len(merge_findings([whole, _finding("D201", 10, 17)], sentences=((0, 40),))) == 2


def test_checks_command_shows_status(capsys):
    assert main(["checks"]) == 0
    out = capsys.readouterr().out
    assert "stable" in out and "preview" in out and "--preview" in out


def test_min_confidence_hides_less_confident_findings():
    from drift.config import Config
    from drift.pipeline import apply_config

    sure, unsure = _finding("D302", 0, 5, confidence=0.9), _finding("D301", 10, 15, confidence=0.4)
    assert apply_config((sure, unsure), Config(min_confidence=0.5)) == (sure,)
    assert apply_config((sure, unsure), Config()) == (sure, unsure)
