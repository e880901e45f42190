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


# --- maturity per basis: a stable check's kind of evidence must clear the bar on its own record ------------------


def _table(*rows: Measured) -> dict[tuple[str, str], Measured]:
    return {(row.code, row.basis): row for row in rows}


_PROVEN = Measured("D999", "", 40, 20, 1)
_STRONG = Measured("D999", "strong", 30, 15, 0)
_FEW_ARTICLES = Measured("D999", "few-articles", 6, MIN_OTHER_ARTICLES, 0)  # the prompting article does not count
_LOOSE = Measured("D999", "loose", 8, 8, 2)


@pytest.fixture
def fake_table(monkeypatch):
    """The confidence table replaced by a few made-up rows for check D999."""
    from drift.checks import _confidence

    table = _table(_PROVEN, _STRONG, _FEW_ARTICLES, _LOOSE, Measured("D998", "loose", 8, 8, 2))
    monkeypatch.setattr(_confidence, "measured_table", lambda: table)
    return table


def test_the_rows_of_the_table_give_each_basis_its_verdict(fake_table):
    from drift.checks._confidence import basis_verdict, preview_basis

    assert basis_verdict("D999", "strong") == "stable" and not preview_basis("D999", "strong")
    assert basis_verdict("D999", "few-articles") == "preview (hits on 3 articles)"
    assert basis_verdict("D999", "loose") == "preview (precision 0.80)"
    assert preview_basis("D999", "few-articles") and preview_basis("D999", "loose")
    # A basis with no row goes with its check until the table is rebuilt (tools/check_precision.py measures it).
    assert basis_verdict("D999", "never-seen").startswith("not measured yet") and not preview_basis("D999", "never-seen")
    assert not preview_basis("D999", "")  # a finding that names no basis goes with its check


class _Context:
    """Just enough of a CheckContext for run_checks: no sentences to tell whole-sentence findings by."""

    class alignment:  # noqa: N801 - stands in for an attribute
        trans_sentences = ()


def _made_up_check(*findings: Finding, preview: bool = False, configured: bool = False):
    from drift.checks import CheckInfo

    return CheckInfo("D999", "made-up", Category.MISTRANSLATION, Severity.MAJOR, "A check made up for a test.",
                     lambda context: list(findings), preview=preview, configured=configured)


def _on(basis: str, start: int, code: str = "D999") -> Finding:
    return Finding(code, "made-up", Category.MISTRANSLATION, Severity.MAJOR, 0.8, f"on {basis or 'no basis'}",
                   Span(start, start + 4, "word"), None, 0, basis=basis)


def test_a_basis_under_the_bar_is_held_back_by_default_and_shown_with_preview(fake_table):
    from drift.checks import run_checks

    made_up = _made_up_check(_on("strong", 0), _on("few-articles", 10), _on("loose", 20), _on("", 30),
                             _on("never-seen", 40))
    default = run_checks(_Context(), (made_up,))
    assert [finding.basis for finding in default] == ["strong", "", "never-seen"]
    shown = run_checks(_Context(), (made_up,), preview=True)
    assert [finding.basis for finding in shown] == ["strong", "few-articles", "loose", "", "never-seen"]


def test_preview_and_configured_checks_run_whole(fake_table):
    """A preview check is held back whole, so when it runs (named, or with --preview) every basis does."""
    from drift.checks import run_checks

    for made_up in (_made_up_check(_on("loose", 0), preview=True), _made_up_check(_on("loose", 0), configured=True)):
        assert [finding.basis for finding in run_checks(_Context(), (made_up,))] == ["loose"]


def test_a_held_back_finding_adds_nothing_to_a_kept_one(fake_table):
    from drift.checks import CheckInfo, run_checks

    kept = _made_up_check(_on("strong", 0))
    other = CheckInfo("D998", "other", Category.MISTRANSLATION, Severity.MAJOR, "Another made-up check.",
                      lambda context: [_on("loose", 2, code="D998")])
    default = run_checks(_Context(), (kept, other))
    assert len(default) == 1 and default[0].also == () and default[0].confidence == 0.8
    merged = run_checks(_Context(), (kept, other), preview=True)
    assert len(merged) == 1 and {merged[0].code, *merged[0].also} == {"D998", "D999"}


@pytest.mark.parametrize("measured, shown_by_default", [
    (Measured("D419", "limit", 30, 20, 0), True),
    (Measured("D419", "limit", 3, 3, 0), False),
    (Measured("D419", "limit", 30, 20, 10), False),
])
def test_the_configuration_decides_through_the_pipeline(monkeypatch, encoder, measured, shown_by_default):
    """A real check's basis, judged by a made-up row: the configuration's `preview` is what lets it through."""
    import drift
    from drift.checks import _confidence, find_check
    from drift.config import Config

    table = _table(Measured("D419", "", 100, 50, 0), measured)
    monkeypatch.setattr(_confidence, "measured_table", lambda: table)
    orig, trans = "Sergi 20 Mayıs'a kadar açık kalacak.", "The exhibition will be open from 20 May."

    def bases(preview: bool) -> list[str]:
        config = Config(checks=(find_check("D419"),), preview=preview)
        return [finding.basis for finding in drift.check(orig, trans, encoder=encoder, config=config).findings
                if finding.code == "D419"]

    assert bases(preview=True) == ["limit"]
    assert bases(preview=False) == (["limit"] if shown_by_default else [])


def test_the_shipped_table_gates_exactly_the_bases_under_the_bar():
    from drift.checks._confidence import preview_basis

    stable = {info.code for info in all_checks() if not info.preview and not info.configured}
    for (code, basis), row in measured_table().items():
        if basis and code in stable:
            assert preview_basis(code, basis) == (stable_verdict(row) != "stable"), (code, basis)


def test_explain_gives_each_basis_its_verdict(capsys):
    from drift.checks._confidence import basis_verdict

    stable = {info.code for info in all_checks() if not info.preview and not info.configured}
    code = next(code for code, basis in sorted(measured_table()) if basis and code in stable)
    assert main(["explain", code]) == 0
    out = capsys.readouterr().out
    for (listed, basis) in measured_table():
        if listed == code and basis:
            line = next(line for line in out.splitlines() if line.split()[:1] == [basis])
            assert line.endswith(basis_verdict(code, basis))


def test_a_result_names_the_confidence_table_it_was_gated_with():
    import hashlib
    from types import SimpleNamespace

    from drift.align import AlignParams
    from drift.checks._confidence import TABLE_PATH, table_sha256
    from drift.signature import signature

    stamp = signature(SimpleNamespace(name="made-up encoder"), AlignParams())
    assert stamp["confidence"] == table_sha256() == hashlib.sha256(TABLE_PATH.read_bytes()).hexdigest()

