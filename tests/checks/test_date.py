"""D301 date-mismatch beyond its registry case: one Turkish mention answering two English ones."""

from __future__ import annotations

import pytest
from findings import findings_of

ORIG = "Ödüller, 11 Ekim 2025 Cumartesi akşamı saat 20.30'da Antalya'da düzenlenen törenle verildi."


def _dates(trans: str, encoder):
    return findings_of("D301", ORIG, trans, encoder)


def test_a_time_given_apart_from_its_date_is_compared_with_the_original_time(encoder):
    found = _dates("The awards were presented on Saturday, October 11, 2025, at a ceremony in Antalya that began "
                   "at 10:30 p.m.", encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [("10:30 p.m.", "8:30 p.m.")]


def test_the_same_time_given_apart_from_its_date_stays_quiet(encoder):
    assert _dates("The awards were presented on Saturday, October 11, 2025, at a ceremony in Antalya that began "
                  "at 8:30 p.m.", encoder) == []


@pytest.mark.parametrize("orig, trans, wrong", [
    # a year in the genitive before the part of it, against "the first quarter of", "the autumn of", "the end of"
    ("Hat, 2031'in ilk yarısında açılacak.", "The line will open in the first half of 2032.", "2032"),
    ("Okulun 2027'nin sonbaharında taşınması bekleniyor.", "The school is expected to move in the autumn of 2026.",
     "2026"),
    ("Fabrika 2029'un son çeyreğinde üretime geçecek.", "The plant will start production in the last quarter of 2030.",
     "2030"),
])
def test_a_year_in_the_genitive_is_compared(orig, trans, wrong, encoder):
    found = findings_of("D301", orig, trans, encoder)
    assert [finding.trans.text for finding in found] == [wrong]


@pytest.mark.parametrize("orig, trans", [
    ("Hat, 2031'in ilk yarısında açılacak.", "The line will open in the first half of 2031."),
    # a count above a figure is no year
    ("Salonda 2000'in üzerinde kişi vardı.", "There were more than 2,000 people in the hall."),
])
def test_the_same_year_or_a_count_stays_quiet(orig, trans, encoder):
    assert findings_of("D301", orig, trans, encoder) == []


def test_an_english_date_the_original_does_not_read_is_not_compared_with_one_rendered_elsewhere(encoder):
    # "ekimde" (lower case, no apostrophe) is no date for the reader; "eylül sonuna" is, and the English renders it.
    orig = "Satışlar ekimde eylül sonuna göre yüzde 4 arttı."
    assert findings_of("D301", orig, "Sales rose 4 percent in October against late September.", encoder) == []


def test_a_changed_month_beside_one_rendered_is_still_flagged(encoder):
    orig = "Satışlar 3 Ekim'de, 30 Eylül'e göre yüzde 4 arttı."
    found = findings_of("D301", orig, "Sales rose 4 percent on November 3 against September 30.", encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [("November", "October")]
