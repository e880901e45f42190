"""D411 role-swap beyond its registry case: a passive, a quotation or a converse verb keeps the roles."""

from __future__ import annotations

import pytest

from findings import findings_of

ORIG = "Teknik direktör Okan Demirtaş, yeni transfer Mendonça'yı basın toplantısında övdü."


@pytest.mark.parametrize("trans", [
    "At a press conference, new signing Mendonça was praised by head coach Okan Demirtaş.",
    "New signing Mendonça is a fine player, said head coach Okan Demirtaş at a press conference.",
])
def test_a_passive_or_a_quotation_keeps_the_roles(trans, encoder):
    assert findings_of("D411", ORIG, trans, encoder) == []


def test_a_converse_verb_keeps_the_roles(encoder):
    # "Y lost to X" for "X, Y'yi yendi": the converse verb names the same winner (drift.checks._parties)
    assert findings_of("D411", "Usta oyuncu Selim Kara, genç rakibi Tolga Er'i yendi.",
                       "Young rival Tolga Er lost to the master Selim Kara.", encoder) == []
