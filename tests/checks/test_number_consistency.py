"""D202 number-consistency: a slip needs enough digits to be told apart from two different counts."""

from __future__ import annotations

import pytest
from findings import findings_of

ORIG = "Yangın iki gün sürdü."


@pytest.mark.parametrize(("trans", "reported"), [
    ("On Monday 4,236 homes were without power. By noon, 4,263 homes were without power.", ["4,263"]),
    ("On Monday 70 percent of the homes were dark. By noon, 90 percent of the homes were dark.", []),
    ("Two academics from Ankara spoke. Later 3 academics from Izmir spoke, then 2 academics from Bursa.", []),
])
def test_only_a_slip_of_three_significant_digits_is_reported(trans, reported, encoder):
    assert [finding.trans.text for finding in findings_of("D202", ORIG, trans, encoder)] == reported
