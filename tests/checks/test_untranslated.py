"""D701 untranslated beyond its registry case: plural agent nouns are Turkish, surnames in -ci are names."""

from __future__ import annotations

from drift.lint import lint


def _untranslated(english: str) -> list[str]:
    return [finding.trans.text for finding in lint(english).findings if finding.code == "D701"]


def test_a_plural_agent_noun_is_turkish_left_in_the_english():
    assert _untranslated("Hakan Sertkaya, president of the Mersin Lojistikçiler Association, spoke.") == [
        "Lojistikçiler"]


def test_a_surname_ending_in_ci_is_a_name():
    assert _untranslated("Ayşe Demirci and Ali Kalaycı, both lawyers, spoke to reporters.") == []


def test_turkish_names_of_foreign_places_are_flagged_with_their_english_names():
    report = lint("Half of the families settled in the Halep countryside; others went to Almanya or the Doğu "
                  "Karadeniz region.")
    found = [(finding.trans.text, finding.expected) for finding in report.findings if finding.code == "D701"]
    assert found == [("Halep", "Aleppo"), ("Almanya", "Germany"), ("Doğu Karadeniz", "eastern Black Sea")]


def test_places_whose_turkish_name_is_the_english_one_are_not_flagged():
    assert _untranslated("Talks were held in Ankara, Tehran and İdlib, and later in Iran and Iraq.") == []
