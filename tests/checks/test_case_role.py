"""D403 case-role beyond its registry case: a common noun's dative ending against an English "from"."""

from __future__ import annotations

from findings import findings_of

ORIG = "AFAD, bölgeye 320 personel ve 45 iş makinesi sevk etti."


def _roles(trans: str, encoder):
    return findings_of("D403", ORIG, trans, encoder)


def test_a_dative_noun_rendered_after_from_is_flagged(encoder):
    found = _roles("AFAD sent 320 personnel and 45 construction machines from the region.", encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [("from the region", "to the region")]


def test_a_dative_noun_rendered_after_to_stays_quiet(encoder):
    assert _roles("AFAD sent 320 personnel and 45 construction machines to the region.", encoder) == []
