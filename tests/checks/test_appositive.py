"""D415 appositive-plural beyond its registry case: where English rightly says a plural."""

from __future__ import annotations

import pytest

import drift
from drift.checks.appositive import _also_verb_or_plural
from drift.config import Config


def findings_of(code: str, orig: str, trans: str, encoder) -> list:
    """The findings of check `code`, run with the preview checks (where D415 may be kept)."""
    report = drift.check(orig, trans, encoder=encoder, config=Config(preview=True))
    return [finding for finding in report.findings if finding.code == code]


def test_a_noun_before_two_names_may_be_plural(encoder):
    orig = "ABD, AB üyesi Yunanistan ve Kıbrıs'ı tatbikata davet etti."
    assert findings_of("D415", orig, "The US invited EU members Greece and Cyprus to the exercise.", encoder) == []

SUPPORT = "{} AB üyesi Fransa'yı destekledi."
CHAMPION = "Törende lig şampiyonu Galatasaray kupayı aldı."


@pytest.mark.parametrize("orig, trans, flagged", [
    # Turkish counts and quantifies with the singular; English with the plural
    (SUPPORT.format("Birçok"), "Many EU members supported France.", None),
    (SUPPORT.format("İki"), "Two EU members supported France.", None),
    (SUPPORT.format("Dün"), "Yesterday EU members supported France.", "members"),
    # a capitalised title English writes in the plural, not a description
    (CHAMPION, "At the ceremony League Champions Galatasaray took the cup.", None),
    (CHAMPION, "At the ceremony league champions Galatasaray took the cup.", "champions"),
])
def test_counted_nouns_and_titles_take_a_plural(orig, trans, flagged, encoder):
    assert [finding.trans.text for finding in findings_of("D415", orig, trans, encoder)] == (
        [flagged] if flagged else [])


@pytest.mark.parametrize("folded, lemmas, other_reading", [
    ("yanan", ("yan", "yanmak"), True),  # a participle: burning
    ("vatandaşları", ("vatandaşlar", "vatandaş"), True),  # a plural with its possessive
    ("üyesi", ("üye",), False),
])
def test_words_with_a_verb_or_plural_reading(folded, lemmas, other_reading):
    assert _also_verb_or_plural(folded, lemmas) is other_reading
