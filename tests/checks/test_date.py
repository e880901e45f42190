"""D301 date-mismatch beyond its registry case: one Turkish mention answering two English ones."""

from __future__ import annotations

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
