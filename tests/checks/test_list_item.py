"""D414 list-item: an item changed, and items known only through their root."""

from __future__ import annotations

import pytest

import drift
from drift.config import Config


def _items(orig: str, trans: str, encoder) -> list[str]:
    """D414's findings, run with the preview checks (where D414 may be kept)."""
    report = drift.check(orig, trans, encoder=encoder, config=Config(preview=True))
    return [finding.trans.text for finding in report.findings if finding.code == "D414"]


@pytest.mark.parametrize("orig, trans, flagged", [
    ("Şirket tekstil, turizm ve enerji alanlarında faaliyet gösteriyor.",
     "The company is active in textiles, tourism and mining.", "mining"),
    # mağazacılık (the retail trade) is known to the lexicon only as mağaza (shop): no sense to expect
    ("Şirket tekstil, turizm ve mağazacılık alanlarında faaliyet gösteriyor.",
     "The company is active in textiles, tourism and retailing.", None),
])
def test_list_items(orig, trans, flagged, encoder):
    assert _items(orig, trans, encoder) == ([flagged] if flagged else [])
