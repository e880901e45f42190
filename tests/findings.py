"""A test helper: the findings one check makes when drift checks a translation against its original."""

from __future__ import annotations

import drift


def findings_of(code: str, orig: str, trans: str, encoder) -> list:
    """The findings of check `code` (e.g. "D404") for TRANS against ORIG, with the real encoder.

    Only that check runs, stable or preview, with every basis (preview ones too: drift.checks.run_checks),
    so that no other check's finding on the same words takes its place (drift.checks.merge_findings).
    """
    from drift.checks import find_check
    from drift.config import Config

    config = Config(checks=(find_check(code),), preview=True)
    return [finding for finding in drift.check(orig, trans, encoder=encoder, config=config).findings
            if finding.code == code]
