"""D201 number-mismatch beyond its registry case: a scale borrowed from a neighbour never crosses units."""

from __future__ import annotations

from findings import findings_of

ORIG = ("Sendika, ortalama net ücretin 38 bin lira olduğunu söyledi. "
        "İşveren ise ilk altı ay için yüzde 28 artış önerdi.")


def test_a_percentage_is_not_excused_by_an_amount_of_money_in_the_next_sentence(encoder):
    trans = ("The union said the average net wage was 38,000 lira. "
             "The employer offered a 38 percent raise for the first six months.")
    found = findings_of("D201", ORIG, trans, encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [("38 percent", "28%")]
