"""D409 literal-compound: a compound's senses, their inflections and swapped senses of its words are not literal."""

from __future__ import annotations

import pytest

import drift
from drift.config import Config


def findings_of(code: str, orig: str, trans: str, encoder) -> list:
    """The findings of check `code`, run with the preview checks (where D409 may be kept)."""
    report = drift.check(orig, trans, encoder=encoder, config=Config(preview=True))
    return [finding for finding in report.findings if finding.code == code]


RESERVES = "Merkez Bankası'nın döviz rezervleri geçen hafta azaldı."
WAGE = "Sendikalar, asgari ücretin yılda iki kez artırılmasını istedi."


@pytest.mark.parametrize("orig, trans, flagged", [
    # döviz is foreign exchange and foreign currency alike: the sense's head (reserves) stays
    (RESERVES, "The central bank's foreign currency reserves fell last week.", None),
    (RESERVES, "The central bank's reserves of foreign exchange fell last week.", None),
    (RESERVES, "The central bank's stock market backlog fell last week.", "stock market backlog"),
    # a plural of the sense, or another of the compound's lexicon senses
    (WAGE, "The unions asked for minimum wages to be raised twice a year.", None),
    (WAGE, "The unions asked for the minimum pay to be raised twice a year.", None),
    # the modifier kept and the head changed: a fee is not a wage
    (WAGE, "The unions asked for the minimum fee to be raised twice a year.", "minimum fee"),
    ("Yaralılar hastanenin yoğun bakım ünitesinde tedavi ediliyor.",
     "The injured are being treated in the hospital's intense maintenance unit.", "intense maintenance"),
])
def test_literal_compounds(orig, trans, flagged, encoder):
    found = [finding.trans.text for finding in findings_of("D409", orig, trans, encoder)]
    assert found == ([flagged] if flagged else [])
