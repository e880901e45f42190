"""A test helper: the findings one check makes when drift checks a translation against its original."""

from __future__ import annotations

import drift


def findings_of(code: str, orig: str, trans: str, encoder) -> list:
    """The findings of check `code` (e.g. "D404") for TRANS against ORIG, with the real encoder."""
    return [finding for finding in drift.check(orig, trans, encoder=encoder).findings if finding.code == code]
