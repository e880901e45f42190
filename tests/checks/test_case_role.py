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


ALLIES = "Washington, Rus sistemlerini kullanan müttefiklerinden bunları Ukrayna'ya devretmelerini istiyor."


def test_an_ablative_noun_rendered_after_of_is_flagged(encoder):
    found = findings_of("D403", ALLIES, "Washington wants the transfer of allies using Russian systems to Ukraine.",
                        encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [("of allies", "from the allies")]


def test_a_part_of_a_whole_is_said_with_of(encoder):
    orig = "Tutuklanan şüphelilerden biri, yangından iki gün önce komşusuyla tartışmıştı."
    assert findings_of("D403", orig, "One of the arrested suspects had argued with his neighbour two days before "
                                     "the fire.", encoder) == []
