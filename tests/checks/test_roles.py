"""drift.checks._roles: when two participants count as having exchanged roles."""

from __future__ import annotations

import pytest

from drift.checks._roles import Participant, Reading, Role, exchanged

AGENT, PATIENT, GOAL, SOURCE, OWNER = Role.AGENT, Role.PATIENT, Role.GOAL, Role.SOURCE, Role.POSSESSOR


def _participant(head: int, orig: set, trans: set, *, orig_rejected=False, trans_rejected=False) -> Participant:
    return Participant(head, (), (), Reading(frozenset(orig), "", orig_rejected),
                       Reading(frozenset(trans), "", trans_rejected))


@pytest.mark.parametrize("first, second, swapped", [
    # subject and object turned round
    (({AGENT}, {PATIENT}), ({PATIENT}, {AGENT}), True),
    # a voice change keeps the roles: the object became a passive subject, the doer came after "by"
    (({AGENT}, {AGENT}), ({PATIENT}, {PATIENT}), False),
    # a converse verb ("sold to" / "bought from"): each changed role, but neither took the other's
    (({AGENT}, {SOURCE}), ({GOAL}, {AGENT}), False),
    # a genitive may be an owner or a doer: "of" keeps one of them
    (({OWNER, AGENT}, {OWNER, PATIENT, SOURCE}), ({SOURCE}, {SOURCE}), False),
    (({OWNER, AGENT}, {SOURCE}), ({SOURCE}, {AGENT}), True),
])
def test_exchange_needs_each_to_take_the_others_role(first, second, swapped):
    assert exchanged(_participant(1, *first), _participant(5, *second)) is swapped


def test_the_alternative_turned_down_changes_sides():
    kept = _participant(1, {Role.PLACE}, {Role.PLACE}, orig_rejected=True, trans_rejected=False)
    chosen = _participant(5, {Role.PLACE}, {Role.PLACE}, orig_rejected=False, trans_rejected=True)
    assert exchanged(kept, chosen)
    assert not exchanged(_participant(1, {Role.PLACE}, {Role.PLACE}, orig_rejected=True, trans_rejected=True), chosen)


def test_an_owner_and_what_it_owns_are_never_a_pair():
    owner = Participant(1, (), (), Reading(frozenset({OWNER, AGENT}), "genitive", owner_of=5),
                        Reading(frozenset({SOURCE}), "from"))
    owned = _participant(5, {SOURCE}, {AGENT})
    assert not exchanged(owner, owned)


def test_participants_that_trade_what_they_depend_on_are_exchanged():
    """Each keeps its case, but the English word each depends on renders the other's Turkish one."""
    def participant(head, governor, governs):
        return Participant(head, (), (), Reading(frozenset({OWNER, AGENT}), "genitive", governor=governor),
                           Reading(frozenset({AGENT}), "by"), frozenset(governs))

    assert exchanged(participant(1, (3,), {7}), participant(5, (7,), {3}))
    assert not exchanged(participant(1, (3,), {3}), participant(5, (7,), {7}))
    # one shared Turkish governor tells nothing apart
    assert not exchanged(participant(1, (3,), {3}), participant(5, (3,), {3}))
