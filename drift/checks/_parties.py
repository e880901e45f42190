"""The parties of a two-sided event on both sides of a sentence pair: who lends and who borrows, who wins and who loses.

A verb of exchange names two parties, and its converse names the same two from the other side: "X, Y'den borç
aldı" (X borrowed from Y) is "Y lent X", "X, Y'yi yendi" (X beat Y) is "Y lost to X". drift/checks/data/converses.tsv
gives each verb's family, and which party its doer and the counterparty in a given case (Turkish) or after a given
preposition (English) are. Each participant that drift.checks._roles reads on both sides gets its party from its
own verb on each side; a participant whose party differs is the event turned round, whichever verbs the two sides
chose: a converse verb with the participants in the same order ("X lent to Y" for "X, Y'den borç aldı"), or the
same verb with them exchanged ("Y taught X" for "X, Y'ye öğretti"). A participant whose party is the same on both
sides shows the converse told faithfully, so the other role readings leave it alone.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from drift.checks.context import BeadView, CheckContext, per_text

TABLE = Path(__file__).parent / "data" / "converses.tsv"

# The Turkish case a participant's reading names, as the table spells it.
_TURKISH_CASES = frozenset({"dative", "ablative", "accusative"})
_DOER = "doer"


@dataclass(frozen=True)
class ConverseRow:
    """One row of the converse table: a verb set of one language and how its doer and counterparty map to parties."""

    family: str
    language: str
    verbs: tuple[str, ...]
    marker: str
    doer: str
    other: str


@dataclass(frozen=True)
class Party:
    """One participant's party in an event on both sides (`orig`, `trans`: "A" or "B" of the family)."""

    family: str
    head: int
    orig: str
    trans: str
    orig_marker: str
    trans_marker: str
    governor: tuple[int, ...]

    @property
    def turned(self) -> bool:
        return self.orig != self.trans


@functools.cache
def converse_table() -> tuple[ConverseRow, ...]:
    """The shipped converse table, row by row."""
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        family, language, verbs, marker, doer, other = line.split("\t")
        rows.append(ConverseRow(family, language, tuple(verbs.split("|")), marker, doer, other))
    return tuple(rows)


@functools.cache
def _index(language: str) -> dict[str, tuple[ConverseRow, ...]]:
    rows: dict[str, list[ConverseRow]] = {}
    for row in converse_table():
        if row.language == language:
            for verb in row.verbs:
                rows.setdefault(verb, []).append(row)
    return {verb: tuple(found) for verb, found in rows.items()}


def _turkish_rows(context: CheckContext, view: BeadView, governor: tuple[int, ...],
                  agent: bool) -> tuple[ConverseRow, ...]:
    """The rows of the Turkish verb at `governor`: the key of most words wins ("borç almak" before "almak"); then,
    with "tarafından" (`agent`), the shorter key, the active verb of a passive ("yenildi" with an agent is yenmek
    made passive), else the longer, a verb the lexicon lists of its own ("X'e yenildi": yenilmek, to lose to X)."""
    from drift.checks._roles import verb_keys

    index = _index("tr")
    keys = sorted(verb_keys(context, view, governor),
                  key=lambda key: (-len(key.split()), len(key) if agent else -len(key), key))
    for key in keys:
        if key in index:
            return index[key]
    return ()


# Families of a thing passing from one party to the other: each is a kind of giving, party A the one it passes
# from, so a translator's "gave" for "borç verdi" (lent) or "got ... from" for "satın aldı" keeps the parties.
_TRANSFERS = frozenset({"lend", "sell", "send", "rent", "teach"})
_GIVE = "give"


def _related(first: str, second: str) -> bool:
    return first == second or {first, second} <= _TRANSFERS | {_GIVE} and _GIVE in (first, second)


def _english_rows(view: BeadView, governor: tuple[int, ...], family: str) -> tuple[ConverseRow, ...]:
    """The rows of the English verb at `governor` in `family`, or in giving for a family of passing a thing on
    (and the reverse); the family's own rows first."""
    from drift.checks._roles import _base_forms, _lower

    index = _index("en")
    rows: list[ConverseRow] = []
    for position in governor:
        if not 0 <= position < len(view.trans_tokens):
            continue
        for form in _base_forms(_lower(view.trans_tokens[position])):
            rows.extend(row for row in index.get(form, ()) if _related(row.family, family) and row not in rows)
    own = tuple(row for row in rows if row.family == family)
    return own or tuple(rows)


def _turkish_marker(view: BeadView, reading) -> str | None:
    """A Turkish participant's marker in the table's terms: the doer, a case, or nothing the table reads."""
    if reading.voice == "causative":
        return None  # the causer is no party of the act itself; the one made to act is
    if reading.marker == "tarafından" or reading.marker == "nominative" and reading.voice != "passive":
        return _DOER
    if reading.marker == "genitive" and reading.voice != "passive" and reading.owner_of is None \
            and _verb_form(view, reading.governor[0]):
        return _DOER  # the genitive that owns the verb made a noun ("belediyenin borç verdiğini") is its doer; one
        # that owns a noun ("Altıntaş'ın elinden alan": from Altıntaş's hand) is none
    if reading.marker == "nominative":  # the subject of a passive is the accusative of the active
        return "accusative"
    return reading.marker if reading.marker in _TURKISH_CASES else None


def _verb_form(view: BeadView, position: int) -> bool:
    """Whether the analyser reads the Turkish word at `position` as a verb only (a verb made a noun included)."""
    from drift.text.morphology import analyses

    found = analyses(view.orig_folded[position]) if 0 <= position < len(view.orig_folded) else ()
    return bool(found) and all(item.root_pos == "Verb" for item in found)


def _english_markers(reading) -> tuple[str, ...]:
    """An English participant's markers in the table's terms."""
    from drift.checks._roles import Role

    marker = reading.marker
    if marker == "subject" and reading.roles == {Role.AGENT} or marker == "by":
        return (_DOER,)
    if marker == "subject of a passive verb":
        return ("object",)
    if marker.startswith("object of"):
        return ("object", "first") if Role.GOAL in reading.roles else ("object",)
    if marker in ("to", "from"):
        return (marker,)
    return ()


def _party(rows: tuple[ConverseRow, ...], marker: str, others: set[str]) -> str | None:
    """The party a marker names under a verb's rows; a doer takes the row of a counterparty beside it, or the one
    party every row gives it."""
    if marker == _DOER:
        chosen = [row for row in rows if row.marker in others] or list(rows)
        parties = {row.doer for row in chosen}
    else:
        parties = {row.other for row in rows if row.marker == marker}
    return next(iter(parties)) if len(parties) == 1 else None


@per_text
def parties(context: CheckContext, view: BeadView) -> tuple[Party, ...]:
    """Each participant of a two-sided event whose party both sides name, with the party on each side."""
    from drift.checks._roles import participants

    found = participants(context, view)
    by_verb: dict[tuple[int, ...], list] = {}
    for participant in found:
        if participant.orig_reading.governor:
            by_verb.setdefault(participant.orig_reading.governor, []).append(participant)
    result = []
    for governor, members in by_verb.items():
        rows = _turkish_rows(context, view, governor,
                             any(participant.orig_reading.marker == "tarafından" for participant in members))
        if not rows:
            continue
        family = rows[0].family
        rows = tuple(row for row in rows if row.family == family)
        markers = {participant.head: _turkish_marker(view, participant.orig_reading) for participant in members}
        cases = {marker for marker in markers.values() if marker and marker != _DOER}
        for participant in members:
            marker = markers[participant.head]
            if marker is None:
                continue
            orig = _party(rows, marker, cases)
            english = _english_rows(view, participant.trans_reading.governor, family)
            trans_markers = _english_markers(participant.trans_reading)
            if orig is None or not english or not trans_markers:
                continue
            beside = {item for other in members if other is not participant
                      for item in _english_markers(other.trans_reading)} - {_DOER}
            trans = {party for item in trans_markers if (party := _party(english, item, beside))}
            if len(trans) != 1:
                continue
            result.append(Party(family, participant.head, orig, next(iter(trans)), marker,
                                participant.trans_reading.marker, governor))
    return tuple(result)


def turned_parties(context: CheckContext, view: BeadView) -> tuple[Party, ...]:
    """The participants whose party the English turned round, where no participant of that event kept its own."""
    found = parties(context, view)
    kept = {party.governor for party in found if not party.turned}
    return tuple(party for party in found if party.turned and party.governor not in kept)


def kept_heads(context: CheckContext, view: BeadView) -> frozenset[int]:
    """The Turkish heads of participants whose party the English kept: a converse told faithfully leaves them be."""
    return frozenset(party.head for party in parties(context, view) if not party.turned)
