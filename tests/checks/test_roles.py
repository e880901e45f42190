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


@pytest.mark.parametrize("folded, suffix, lemmas, case", [
    # "-ki" makes a pronoun that takes a case of its own: the last case is the phrase's role
    ("kayseri'dekinin", "dekinin", (), "genitive"),
    ("almanya'nınkinden", "nınkinden", (), "ablative"),
    ("çiftçilerinkine", "", ("çiftçi",), "dative"),
    # the comitative -(y)lA after a name and after a noun
    ("rize'yle", "yle", (), "comitative"),
    ("gemilerle", "", ("gemi",), "comitative"),
    # a whole word the lexicon lists is read by its ablative when a shorter noun is listed too
    ("doğudan", "", ("doğudan", "doğu"), "ablative"),
    # but an adverb made so is none, and a dative's single vowel is the word's own
    ("yeniden", "", ("yeniden", "yeni"), ""),
])
def test_case_endings(folded, suffix, lemmas, case):
    from drift.checks._roles import _case_of

    found = _case_of(folded, suffix, bool(suffix), False, lemmas)
    assert (found.name if found else "") == case


@pytest.mark.parametrize("folded, lemmas, passive, causative", [
    ("yapıldı", ("yapmak",), True, False),  # -Il after a consonant
    ("taşınacak", ("taşımak",), True, False),  # -n after a vowel
    ("alındı", ("almak",), True, False),  # -In after l
    ("düşünüyor", ("düşünmek", "düşmek"), False, False),  # no -Il after ş: a verb of its own
    ("yendi", ("yenmek", "yen", "yemek"), False, False),
    ("okuttu", ("okumak",), False, True),  # -t after a stem of two syllables ending in a vowel
    ("yazdırdı", ("yazdırmak", "yazmak"), False, True),  # a causative the lexicon lists beside its base
    ("gönderdi", ("göndermek",), False, False),
])
def test_voice_of_a_verb(folded, lemmas, passive, causative):
    from drift.checks._roles import _causative_form, _passive_form

    assert _passive_form(folded, lemmas) is passive
    assert _causative_form(folded, lemmas) is causative


def test_the_standard_moved_to_another_participant():
    from drift.checks._roles import standard_moved

    standard = _participant(1, {Role.STANDARD}, {Role.PLACE})
    other = _participant(5, {Role.PLACE}, {Role.PLACE, Role.STANDARD})
    assert standard_moved(standard, other)
    assert not standard_moved(standard, _participant(5, {Role.PLACE}, {Role.PLACE}))
    assert not standard_moved(_participant(1, {Role.STANDARD}, {Role.STANDARD}), other)


def test_a_companion_is_exchanged_only_when_made_the_doer_of_another_verb():
    def participant(head, marker, orig, trans_marker, trans, governor):
        return Participant(head, (), (), Reading(frozenset(orig), marker, governor=governor),
                           Reading(frozenset(trans), trans_marker))

    doer = participant(1, "genitive", {OWNER, AGENT}, "object of consulting", {PATIENT}, (4,))
    companion = participant(3, "comitative", {Role.COMPANION, PATIENT}, "subject", {AGENT}, (6,))
    assert exchanged(doer, companion)
    # one verb of meeting: either may be its English subject
    assert not exchanged(participant(1, "genitive", {OWNER, AGENT}, "object of met", {PATIENT}, (6,)), companion)
    # a means after "by" is no doer
    means = participant(3, "comitative", {Role.COMPANION, PATIENT}, "by", {AGENT, Role.COMPANION}, (6,))
    assert not exchanged(participant(1, "nominative", {AGENT}, "subject of a passive verb", {PATIENT}, (6,)), means)


@pytest.mark.parametrize("folded, lemmas, voice", [
    ("eleştirildi", ("eleştirmek",), "passive"),
    ("taşınacak", ("taşınmak", "taşımak"), "passive"),  # the analyser's first reading is active; its suffixes are not
    ("okuttu", ("okutmak", "okumak"), "causative"),
    ("düşünüyor", ("düşünmek", "düşmek"), ""),
    ("yendi", ("yenmek", "yen", "yemek"), ""),
])
def test_voice_read_with_the_analyser(folded, lemmas, voice):
    from drift.checks._roles import _verb_voice

    assert _verb_voice(folded, lemmas) == voice


@pytest.mark.parametrize("folded, lemmas, case", [
    ("kaybın", ("kayıp",), "genitive"),  # the lemma's stem drops a vowel: the analyser reads the case
    ("ısıtan", ("ısı",), None),  # a participle, not "ısı" with an ablative
    ("hattı", ("hat",), ""),  # an object or a compound's head: the ending alone does not tell
])
def test_case_read_with_the_analyser(folded, lemmas, case):
    from drift.checks._roles import _case_of

    found = _case_of(folded, "", False, False, lemmas)
    assert (found.name if found is not None else None) == case


def test_a_word_listed_as_it_stands_is_no_shorter_word_with_a_case():
    from drift.checks._roles import _case_of

    found = _case_of("yükleme", "", False, False, ("yükleme", "yüklemek"))  # loading, not "yüklem" with a dative
    assert found is None or found.name != "dative"


@pytest.mark.parametrize("word, verb", [("owes", True), ("warns", True), ("homes", False), ("heats", False)])
def test_present_forms_whose_base_is_only_a_verb(word, verb):
    from drift.checks._roles import _present_verb

    assert _present_verb(word, only=True) is verb
