"""D402 wrong-title beyond its registry case: the glossary decides which offices a title names."""

from __future__ import annotations

from findings import findings_of


def _titles(orig: str, trans: str, encoder):
    return findings_of("D402", orig, trans, encoder)


def test_a_governor_rendered_as_mayor_is_flagged_although_a_dictionary_lists_mayor(encoder):
    orig = "Rize Valisi Kemal Torunoğlu, taşkın bölgesinde incelemelerde bulundu."
    found = _titles(orig, "Rize Mayor Kemal Torunoğlu inspected the flooded area.", encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [("Rize Mayor", "governor")]
    assert _titles(orig, "Rize Governor Kemal Torunoğlu inspected the flooded area.", encoder) == []
