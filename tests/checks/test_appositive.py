"""D415 appositive-plural beyond its registry case: two names take a plural."""

from __future__ import annotations

from findings import findings_of


def test_a_noun_before_two_names_may_be_plural(encoder):
    orig = "ABD, AB üyesi Yunanistan ve Kıbrıs'ı tatbikata davet etti."
    assert findings_of("D415", orig, "The US invited EU members Greece and Cyprus to the exercise.", encoder) == []
