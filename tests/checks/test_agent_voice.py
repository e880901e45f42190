"""D406 agent-lost: an agent swapped into the object, and agents English marks with a preposition."""

from __future__ import annotations

import pytest

import drift
from drift.config import Config


def _agents(orig: str, trans: str, encoder) -> list[str]:
    """D406's findings, run with the preview checks (where D406 may be kept)."""
    report = drift.check(orig, trans, encoder=encoder, config=Config(preview=True))
    return [finding.trans.text for finding in report.findings if finding.code == "D406"]


RECEIVED = "Misafirler, Gürcistan Başbakanı tarafından kabul edildi."


@pytest.mark.parametrize("orig, trans, flagged", [
    (RECEIVED, "The guests received the Georgian prime minister.", True),
    (RECEIVED, "The guests were received by the Georgian prime minister.", False),
    # "tarafından" after a place is "from the side of": English says where, with a preposition
    ("Siren sesleri nehrin karşısındaki köy tarafından da duyuldu.",
     "Beyond the river, the sirens were heard in the village as well.", False),
    # a converse verb keeps the agent's party (drift.checks._parties): the rival is still the winner
    ("Takım, güçlü rakibi tarafından yenildi.", "The team lost to its strong rival.", False),
])
def test_agents(orig, trans, flagged, encoder):
    assert bool(_agents(orig, trans, encoder)) is flagged
