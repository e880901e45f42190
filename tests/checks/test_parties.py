"""The converse table (drift/checks/data/converses.tsv) read by drift.checks._parties."""

from __future__ import annotations

from drift.checks._parties import _related, converse_table

_MARKERS = {"tr": {"dative", "ablative", "accusative"}, "en": {"to", "from", "object", "first"}}


def test_rows_are_well_formed():
    rows = converse_table()
    assert rows
    for row in rows:
        assert row.language in _MARKERS, row
        assert row.marker in _MARKERS[row.language], row
        assert {row.doer, row.other} == {"A", "B"}, row
        assert all(verb and verb == verb.strip() for verb in row.verbs), row


def test_every_family_has_both_languages():
    families = {}
    for row in converse_table():
        families.setdefault(row.family, set()).add(row.language)
    assert all(languages == {"tr", "en"} for languages in families.values()), families


def test_giving_stands_for_passing_a_thing_on_only():
    assert _related("lend", "give") and _related("give", "sell") and _related("teach", "teach")
    assert not _related("win", "give") and not _related("lend", "sell")
