"""Expected wording fitted to the English it replaces (drift.checks._wording), and applied to every check's findings."""

from __future__ import annotations

import pytest

import drift
from drift.checks._wording import fit_expected


@pytest.mark.parametrize(("expected", "english", "fitted"), [
    ("june 5", "May 5", "June 5"),                        # month names are capitalised in English
    ("thursday", "on Tuesday", "Thursday"),
    ("deputy foreign minister", "Under-Secretary", "Deputy Foreign Minister"),  # a title before a name
    ("deputy minister of state", "Energy Minister", "Deputy Minister of State"),  # small words stay small
    ("ministry", "the agency", "ministry"),               # lower case in lower-case English
    ("officials", "Sources", "Officials"),                # the start of a sentence
    ("2", "third", "second"),                             # an ordinal in the English: an ordinal expected
    ("12", "3rd", "12th"),
    ("21", "1st", "21st"),
    ("2", "three", "2"),                                  # a count stays a count
    ("2.567814 million", "2.5 million", "2,567,814"),     # no six-decimal millions
    ("€7.5 million", "€7 million", "€7.5 million"),      # a natural scaled amount stays
    ("1.25 billion", "1.2 billion", "1.25 billion"),
    ("3.14159 billion", "3 billion", "3,141,590,000"),
    ("Phil", "Bill", "Phil"),
    ("", "anything", ""),
])
def test_fit_expected(expected, english, fitted):
    assert fit_expected(expected, english) == fitted


def test_findings_carry_fitted_wording(encoder):
    report = drift.check("Kaynaklar, konunun bu ayın başlarında Dışişleri Bakan Yardımcısı Wendy Sherman'ın "
                         "ziyareti sırasında gündeme geldiğini belirtti.",
                         "They said this was mentioned during Under-Secretary of State Wendy Sherman's visit.",
                         encoder=encoder, pair_check=False)
    titles = [finding for finding in report.findings if finding.code == "D402"]
    assert titles and titles[0].expected == "Deputy Foreign Minister"


def test_may_is_the_month_only_beside_a_number_or_in_place_of_a_month():
    assert fit_expected("may / could", "will") == "may / could"
    assert fit_expected("may 5", "June 5") == "May 5"
    assert fit_expected("may", "June") == "May"
