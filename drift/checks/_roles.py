"""Participant roles read on both sides of a sentence pair: who acts, who undergoes, goal, source, standard.

Turkish marks a noun phrase's role with the case ending on its last word:
nominative (a subject, set off by a comma or "ise"), accusative -(y)I (the
object), dative -(y)A (the goal), ablative -DAn (the source; the standard of
a comparison before "daha" or "fazla"), genitive -(n)In (the possessor, or the
doer of a verb made a noun), locative -DA and -DAki (the place). A few
postpositions change the role: "-A göre" and "-In iki katı" name a standard,
"tarafından" an agent, "değil" and "yerine" the alternative rejected. Words
before the head of a phrase ("Alman ve Fransız rakiplerine") and names
joined by "ve" share its role.

English marks it with a preposition before the phrase ("to", "from", "than",
"by", "of", "in"), a possessive, "as" after "as many", "rather than" and
"instead of", or with the position of a bare phrase: before its verb it is the
subject (the doer, or the one who undergoes when the verb is passive: "was
beaten"), after a verb the object.

Roles are sets, because one marker may serve several (a genitive or an
English possessive is an owner or a doer). Two participants have *exchanged*
roles when neither keeps its own and each took the other's: what a faithful
translation, which may turn active into passive or a possessive into "of",
does not do.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from enum import Enum

from drift.checks.context import BeadView, CheckContext
from drift.lexicon.morph import parses_as, surface_stems, verb_stem
from drift.model import Language
from drift.text.fold import fold_case
from drift.text.stopwords import is_stopword
from drift.text.tokens import Token


class Role(str, Enum):
    """What a participant is to the event: the same inventory on both sides."""

    AGENT = "doer"
    PATIENT = "object"
    GOAL = "goal"
    SOURCE = "source"
    STANDARD = "standard of comparison"
    POSSESSOR = "owner"
    PLACE = "place"
    SAYER = "source of a claim"


@dataclass(frozen=True)
class Reading:
    """One word's role in its sentence, the marker that shows it, and whether it is the alternative turned down."""

    roles: frozenset[Role]
    marker: str
    rejected: bool = False
    owner_of: int | None = None  # a genitive: the Turkish position of the phrase it owns


# Case endings after a name's apostrophe.
_NAME_CASES = (
    (("daki", "deki", "taki", "teki", "ndaki", "ndeki"), "locative", frozenset({Role.PLACE})),
    (("dan", "den", "tan", "ten", "ndan", "nden"), "ablative", frozenset({Role.SOURCE})),
    (("da", "de", "ta", "te", "nda", "nde"), "locative", frozenset({Role.PLACE})),
    (("ın", "in", "un", "ün", "nın", "nin", "nun", "nün"), "genitive", frozenset({Role.POSSESSOR, Role.AGENT})),
    (("ı", "i", "u", "ü", "yı", "yi", "yu", "yü", "nı", "ni", "nu", "nü"), "accusative", frozenset({Role.PATIENT})),
    (("a", "e", "ya", "ye", "na", "ne"), "dative", frozenset({Role.GOAL})),
)
# The same endings after a common noun's dictionary form, with plural and possessive before them.
_BEFORE_CASE = r"(?:l[ae]r)?(?:[ıiuü]|s[ıiuü]|[ıiuü]m[ıiuü]z|[ıiuü]n[ıiuü]z)?"
_NOUN_CASES = (
    (re.compile(_BEFORE_CASE + r"n?[dt][ae]ki"), "locative", frozenset({Role.PLACE})),
    (re.compile(_BEFORE_CASE + r"n?[dt][ae]n"), "ablative", frozenset({Role.SOURCE})),
    (re.compile(_BEFORE_CASE + r"n?[dt][ae]"), "locative", frozenset({Role.PLACE})),
    (re.compile(_BEFORE_CASE + r"n?[ıiuü]n"), "genitive", frozenset({Role.POSSESSOR, Role.AGENT})),
    (re.compile(_BEFORE_CASE + r"[ny]?[ae]"), "dative", frozenset({Role.GOAL})),
)
# No case ending: a nominative, or the head of a compound ("belediye binası").
_BARE = re.compile(r"(?:l[ae]r)?(?:[ıiuü]|s[ıiuü])?")
_AND = frozenset({"ve", "ile", "veya", "ya"})
_SUBJECT_PARTICLES = frozenset({"ise"})
# Postpositions that turn a case into a standard of comparison, or into a role no English preposition shows.
_STANDARD_AFTER_DATIVE = frozenset({"göre", "kıyasla", "oranla", "nazaran"})
_STANDARD_AFTER_ABLATIVE = frozenset({"daha", "fazla", "az", "çok", "büyük", "küçük", "yüksek", "düşük"})
_MULTIPLE = re.compile(r"(?:kat|yarı)[ıi](?:n[ae]|nd[ae]n|yl[ae])?$")
_MULTIPLE_SKIP = frozenset("neredeyse yaklaşık tam en az iki üç dört beş on yüz bir".split())
_OTHER_POSTPOSITIONS = frozenset(
    "karşı kadar doğru rağmen dair ilişkin yönelik beri sonra önce itibaren dolayı ötürü başka "
    "ait değin dek yakın uzak öte yana evvel itibaren dolayısıyla birlikte beraber gibi için "
    "bu".split())  # "-DAn bu yana": since
_REJECTING = frozenset({"değil", "yerine"})
_PHRASE_REACH = 5


def _between(text: str, left: Token, right: Token) -> str:
    return text[left.end:right.start]


# An accusative a common noun shows unambiguously: after a possessive (payını, binasını) or a vowel (odayı).
# A bare -I after a consonant is as often a compound's possessive ("belediye binası"), so it is not read.
_ACCUSATIVE = re.compile(r"(?:l[ae]r)?(?:[ıiuü]|s[ıiuü])n[ıiuü]")
_VERBAL_NOUN = re.compile(r"m[ae]|[dt][ıiuü][kğ]|y?[ae]c[ae][kğ]")
# A word that carries a third-person possessive before any case ending: the head of an owned phrase.
_OWNED = re.compile(r".*(?:[ıiuü]|s[ıiuü])(?:n(?:[dt][ae](?:ki)?|[dt][ae]n|[ae]|[ıiuü]n?|[ıiuü]|l[ae]))?$")
_POSSESSED = re.compile(r"(?:l[ae]r)?(?:[ıiuü]|s[ıiuü])n")


@dataclass(frozen=True)
class _Case:
    """A Turkish word's own ending: its name and roles (None: no ending), and whether a possessive precedes it."""

    name: str
    roles: frozenset[Role] | None
    possessed: bool = False
    bare: bool = True  # nothing at all after the dictionary form: the word may modify the next one


def _sentence_initial(view: BeadView, token: Token) -> bool:
    return any(sentence.start == token.start for sentence in view.orig_sentences)


def _own_case(view: BeadView, token: Token, lemmas: tuple[str, ...]) -> _Case | None:
    """A Turkish word's own case ending; None when the word is no noun or its ending cannot be read."""
    capitalized = token.is_capitalized
    return _case_of(view.orig_folded[token.position], token.suffix, capitalized,
                    capitalized and _sentence_initial(view, token), lemmas)


@functools.lru_cache(maxsize=65536)  # asked of every Turkish word of every pair
def _case_of(folded: str, suffix: str, capitalized: bool, initial: bool, lemmas: tuple[str, ...]) -> _Case | None:
    """`_own_case` of a word: folded, its suffix after an apostrophe, capitalised or not, first in its sentence."""
    if not folded.replace("'", "").replace("’", "").isalpha():
        return None
    if suffix:
        suffix = fold_case(suffix, turkish=True)
        if suffix.endswith(("kinden", "kından", "kunden", "künden")):
            return _Case("ablative", frozenset({Role.SOURCE}))  # "Fransa'nınkinden": than France's
        for endings, name, roles in _NAME_CASES:
            if suffix in endings:
                return _Case(name, roles)
        return None
    if capitalized and (not lemmas or not initial):
        # A name carries its ending after an apostrophe; a capitalised word without one inside a sentence
        # is a name (a surname may end as a case ending does) or a title word, which modifies what follows.
        return _Case("", None)
    for lemma in lemmas if not capitalized else ():
        verb = verb_stem(lemma)
        if verb and folded.startswith(verb) and _VERBAL_NOUN.match(folded[len(verb):]):
            return None  # a verb made a noun ("gelmeyi", "yazdıklarını") names an event, not a participant
    for lemma in lemmas[:2]:
        if verb_stem(lemma):
            continue
        for stem in surface_stems(lemma):
            if not folded.startswith(stem):
                continue
            rest = folded[len(stem):]
            if _BARE.fullmatch(rest):
                return _Case("", None, bare=not rest)
            possessed = bool(_POSSESSED.match(rest))
            if _ACCUSATIVE.fullmatch(rest) or (stem[-1:] in "aeıioöuü" and re.fullmatch(r"y[ıiuü]", rest)):
                return _Case("accusative", frozenset({Role.PATIENT}), possessed)
            for pattern, name, roles in _NOUN_CASES:
                if pattern.fullmatch(rest):
                    return _Case(name, roles, possessed)
            if not capitalized:
                return None
    if capitalized:
        return _Case("", None)  # a name, or a capitalised derivation ("İzmirli", "Japon") that modifies what follows
    return None


def turkish_readings(context: CheckContext, view: BeadView) -> dict[int, tuple[int, Reading]]:
    """Turkish position -> (position of its phrase's head, its reading), for words whose role can be read."""
    text = context.alignment.orig.text
    tokens, folded = view.orig_tokens, view.orig_folded
    lemmas = {word.token.position: word.lemmas for word in context.links[view.index].orig_words}
    cases = {token.position: _own_case(view, token, lemmas.get(token.position, ())) for token in tokens}
    # A noun that makes an idiom with the verb after it ("göz önüne almak": to consider) is no participant.
    for phrase in context.links[view.index].phrases:
        if verb_stem(phrase.key.split()[-1]):
            for token in phrase.orig_tokens[:-1]:
                cases[token.position] = None
    # Two names side by side are one person only when the first is a given name or a word the lexicon knows
    # (a title, "Güney"): "Ahmet Can Tosun'u", but "Macron Scholz'u" is a subject and an object.
    from drift.checks.pronoun_gender import given_names

    known = {token.position for token in tokens if lemmas.get(token.position) or token.stem in given_names()}
    # Capitalised words that are names or titles; a common word capitalised at the start of a sentence is none.
    names = frozenset(token.position for token in tokens if token.is_capitalized and not (
        lemmas.get(token.position) and _sentence_initial(view, token)))
    heads = {}
    for token in tokens:
        if cases[token.position] is not None and folded[token.position] not in _AND | _REJECTING:
            heads[token.position] = _head(text, tokens, folded, cases, token.position, known, names)
    by_head = {}
    starts = {sentence.start for sentence in view.orig_sentences}
    for head in sorted(set(heads.values())):
        reading = _head_reading(text, tokens, folded, cases, head)
        first = min(position for position, its_head in heads.items() if its_head == head)
        if reading is None and tokens[first].start in starts and _named_subject(text, tokens, names, first, head):
            reading = Reading(frozenset({Role.AGENT}), "nominative")
        if reading is not None:
            by_head[head] = reading
    # "-DAki" makes a place a modifier ("Kayseri'deki fabrika"): read only beside a phrase whose role is read.
    for head in list(by_head):
        if cases[head].name == "locative" and folded[head].endswith("ki") \
                and _modified(text, tokens, cases, head) not in by_head:
            del by_head[head]
    # A genitive owner shares the role of what it owns when English puts it inside that phrase:
    # "ilçenin batı köylerinde" is "in the district's western villages".
    for head, reading in list(by_head.items()):
        if not reading.marker.startswith("genitive") or Role.STANDARD in reading.roles:
            continue
        owned = _owned(text, tokens, folded, cases, head)
        if owned is None:
            continue
        if owned not in by_head:
            # An owner of a bare noun ("İzmir'in nüfusu") stays an owner; beside a word whose role cannot be read,
            # English may give it that word's role.
            if not (cases.get(owned) is not None and cases[owned].roles is None):
                del by_head[head]
            continue
        by_head[head] = Reading(reading.roles | by_head[owned].roles, reading.marker, reading.rejected, owner_of=owned)
    return {position: (head, by_head[head]) for position, head in heads.items() if head in by_head}


def _modified(text: str, tokens, cases, modifier: int) -> int | None:
    """The head of the phrase right after a modifier, past bare words; None at punctuation."""
    for position in range(modifier + 1, min(modifier + 1 + _PHRASE_REACH, len(tokens))):
        if _between(text, tokens[position - 1], tokens[position]).strip():
            return None
        case = cases.get(position)
        if case is None or not (case.bare and case.roles is None):
            return position
    return None


def _owned(text: str, tokens, folded, cases, genitive: int) -> int | None:
    """The word a genitive owns: the next one with a possessive ending, past bare words ("şirketin satış payını")."""
    for position in range(genitive + 1, min(genitive + 1 + _PHRASE_REACH, len(tokens))):
        if _between(text, tokens[position - 1], tokens[position]).strip():
            return None
        case = cases.get(position)
        if (case is not None and case.bare and case.roles is None) or is_stopword(folded[position], Language.TURKISH):
            continue  # a modifier: "satış", "Bergama", "en"
        if "'" in tokens[position].text or "’" in tokens[position].text:
            return None
        return position if _OWNED.match(folded[position]) else None
    return None


def _head(text: str, tokens, folded, cases, index: int, known: set[int], names: frozenset[int]) -> int:
    """The last word of the phrase that `index` begins or continues: the first with an ending after it."""
    position = index
    while True:
        case = cases[position]
        if case.roles is not None or not case.bare:
            return position
        following = position + 1
        if following >= len(tokens) or following - index > _PHRASE_REACH:
            return position
        if _between(text, tokens[position], tokens[following]).strip():
            return position
        if folded[following] in _AND:
            following += 1
            if following >= len(tokens) or _between(text, tokens[following - 1], tokens[following]).strip():
                return position
        case = cases.get(following)
        if case is None:
            return position
        # A name or title goes on into a lower-case word only when that word is the head ("Japon şirketini",
        # "Alman yatırımcılar,"): "Vali yeni binayı açtı" has the governor as subject, not in the object.
        if position in names and following not in names and case.bare \
                and case.roles is None and not _sets_off(text, tokens, folded, following):
            return position
        if position in names and following in names and position not in known:
            return position
        position = following


def _named_subject(text: str, tokens, names: frozenset[int], first: int, head: int) -> bool:
    """Whether a sentence opens with a phrase of bare names or titles, not the last word before the verb: its subject."""
    following = head + 1
    return all(token.position in names and not token.suffix for token in tokens[first:head + 1]) \
        and following + 1 < len(tokens) and not _between(text, tokens[head], tokens[following]).strip()


def _sets_off(text: str, tokens, folded, position: int) -> bool:
    """Whether a comma or "ise" follows the word at `position`: Turkish sets a subject off so."""
    if position + 1 >= len(tokens):
        return False
    gap = _between(text, tokens[position], tokens[position + 1]).strip()
    return gap == "," or (not gap and folded[position + 1] in _SUBJECT_PARTICLES)


def _head_reading(text: str, tokens, folded, cases, head: int) -> Reading | None:
    name, roles = cases[head].name, cases[head].roles
    after = folded[head + 1] if head + 1 < len(tokens) else ""
    gap = _between(text, tokens[head], tokens[head + 1]) if head + 1 < len(tokens) else "."
    rejected = not gap.strip() and after in _REJECTING
    if roles is None:
        # A bare phrase is the subject when Turkish sets it off as one: "Belediye, ...", "Ankara ise ...".
        if after == "tarafından" and not gap.strip():
            return Reading(frozenset({Role.AGENT}), "tarafından")
        if rejected:
            return Reading(frozenset(), after, rejected=True)
        if gap.strip() == "," or (after in _SUBJECT_PARTICLES and not gap.strip()):
            return Reading(frozenset({Role.AGENT}), "nominative")
        return None
    if gap.strip() and gap.strip() != ",":
        return Reading(roles, name, rejected)
    if name == "dative" and after in _STANDARD_AFTER_DATIVE:
        return Reading(frozenset({Role.STANDARD, Role.SAYER}), f"dative + {after}")
    if name == "ablative" and (set(folded[head + 1:head + 3]) & _STANDARD_AFTER_ABLATIVE) and not gap.strip():
        return Reading(frozenset({Role.STANDARD}), "ablative + daha")
    if name == "genitive":
        following = [word for word in folded[head + 1:head + 5] if word not in _MULTIPLE_SKIP]
        if following and _MULTIPLE.match(following[0]):
            return Reading(frozenset({Role.STANDARD}), f"genitive + {following[0]}")
    if after == "tarafından":
        return Reading(frozenset({Role.AGENT}), "tarafından")
    if after in _OTHER_POSTPOSITIONS and not gap.strip():
        return None
    return Reading(roles, name, rejected)


# English.
_PREPOSITIONS = {
    "to": frozenset({Role.GOAL}), "into": frozenset({Role.GOAL}), "toward": frozenset({Role.GOAL}),
    "towards": frozenset({Role.GOAL}), "onto": frozenset({Role.GOAL}),
    "from": frozenset({Role.SOURCE}),
    "than": frozenset({Role.STANDARD}),
    "by": frozenset({Role.AGENT}),
    "of": frozenset({Role.POSSESSOR, Role.AGENT, Role.PATIENT, Role.SOURCE}),
    "in": frozenset({Role.PLACE}), "at": frozenset({Role.PLACE}),
}
# Prepositions whose role is not one of the above: the reading stops, unknown.
_OTHER_PREPOSITIONS = frozenset(
    "on with for against about over under between among across through via after before during since "
    "until within without like per despite including around near beyond behind inside outside upon "
    "amid versus vs".split())
_DETERMINERS = frozenset("the a an this that these those its their his her our my your some any each every "
                         "all both several many most".split())
_CLAUSE_WORDS = frozenset("that whether which who whom whose while whereas but if because although though when "
                          "where and".split())
_SPEECH = frozenset("said says say told tells added adds stated states noted notes announced announces "
                    "explained explains reported reports claimed claims warned warns".split())
_AUXILIARIES = frozenset("is are was were be been being am has have had will would can could may might shall "
                         "should must do does did".split())
_BE = frozenset("is are was were be been being".split())
_IRREGULAR_PARTICIPLES = frozenset(
    "beaten chosen given taken seen sold sent held made built won lost brought bought paid led left kept told "
    "found done shown known thrown written driven drawn hit put set cut run struck caught taught fought sought "
    "spent lent bent meant met read shot hung overtaken overseen undertaken withdrawn forgiven forgotten "
    "hidden ridden risen stolen sworn torn worn".split())
# Irregular past forms, which no "-ed" shows to be verbs.
_IRREGULAR_PAST = frozenset(
    "spent bought sold won lost left beat took gave made sent paid led held met kept brought told found chose ran "
    "fell rose grew drew threw knew saw came went began became fought caught taught sought built struck wrote drove broke "
    "spoke stole overtook undertook withdrew forgave forbade swore tore wore hid rode shot".split())
_REACH = 8
_TIME_WORDS = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday year years month months week weeks day days season seasons "
    "century decade morning evening night hour hours minute minutes last next this past previous coming "
    "weekend spring summer autumn winter today yesterday tomorrow".split())


@dataclass(frozen=True)
class EnglishSentence:
    """An English bead's tokens with what is needed to read roles: the text and which words are verbs."""

    tokens: tuple[Token, ...]
    text: str
    verbs: frozenset[int]  # positions of words that render a Turkish verb
    claimed: dict  # English position -> the Turkish phrase head it renders


def _lower(token: Token) -> str:
    return token.text.lower()


def _verbish(sentence: EnglishSentence, index: int) -> bool:
    word = _lower(sentence.tokens[index])
    if word in _AUXILIARIES or index in sentence.verbs or word in _IRREGULAR_PAST:
        return True
    if index > 0 and _lower(sentence.tokens[index - 1]) in _DETERMINERS:
        return False
    return word.endswith("ed") and len(word) > 4 and not sentence.tokens[index].is_capitalized


def _boundary_before(sentence: EnglishSentence, index: int) -> bool:
    """Whether punctuation (a quotation mark aside) stands right before tokens[index]."""
    if index == 0:
        return True
    gap = _between(sentence.text, sentence.tokens[index - 1], sentence.tokens[index]).strip()
    return bool(gap) and gap not in ("'", "’", "\"")


def english_reading(sentence: EnglishSentence, index: int, head: int) -> Reading | None:
    """The role of the English word at `index`, which renders the Turkish phrase headed at `head`."""
    if index in sentence.verbs or (index > 0 and _lower(sentence.tokens[index - 1]) in _AUXILIARIES):
        return None  # a noun rendered by a verb ("had expanded" for "büyüklük"): no participant
    reading = _reading_before(sentence, index, head)
    if _possessive(sentence.tokens[index]) and (reading is None or Role.STANDARD not in reading.roles):
        return Reading(frozenset({Role.POSSESSOR, Role.AGENT}), "possessive")
    return reading


def _possessive(token: Token) -> bool:
    return token.suffix.lower() == "s" or token.text.endswith(("s'", "s’"))


def _reading_before(sentence: EnglishSentence, index: int, head: int) -> Reading | None:
    tokens = sentence.tokens
    position = index
    for _ in range(_REACH):
        if _boundary_before(sentence, position):
            if _between(sentence.text, tokens[position - 1], tokens[position]).strip() == "," and position > 0 \
                    and tokens[position - 1].is_capitalized and tokens[position].is_capitalized:
                position -= 1  # a list of names: "Chile, Peru and Bolivia"
                continue
            return _subject_reading(sentence, index)
        previous = position - 1
        word = _lower(tokens[previous])
        if word == "to" and previous + 1 < index:
            infinitive = _infinitive(tokens[previous + 1])
            if infinitive is not None:
                # "to build ... bridges": "to" marks a verb, and the phrase is its object (when no noun reading fits)
                return Reading(frozenset({Role.PATIENT}), f"object of {tokens[previous + 1].text}") if infinitive \
                    else None
        if word in _PREPOSITIONS:
            return _preposition_reading(sentence, previous, word)
        if word == "as" and any(_lower(token) == "as" for token in tokens[max(0, previous - _REACH):previous]):
            return Reading(frozenset({Role.STANDARD}), "as … as")
        if word in _OTHER_PREPOSITIONS:
            return None
        if word in _CLAUSE_WORDS and not (word == "and" and previous > 0 and tokens[previous - 1].is_capitalized):
            return _subject_reading(sentence, index)
        if word in _SPEECH:
            return _subject_reading(sentence, index)
        if _verbish(sentence, previous):
            if word in _BE:
                return None  # a predicate: "was the winner"
            return Reading(frozenset({Role.PATIENT}), f"object of {tokens[previous].text}")
        if sentence.claimed.get(previous, head) != head:
            # A name right after a word of another phrase begins a phrase of its own ("final Chile beat");
            # a common noun there is more often a compound's head ("city water supply").
            if tokens[index].is_capitalized and not tokens[previous].is_capitalized:
                return _subject_reading(sentence, index)
            return None
        position = previous
    return None


def _infinitive(token: Token) -> bool | None:
    """After "to": True for a word only a verb reads as ("build"), False for one a verb or a noun may be, else None."""
    from drift.lexicon.thesaurus import load_thesaurus

    word = token.text.lower()
    if token.is_capitalized or not word.isalpha() or word.endswith(("s", "ed", "ing")):
        return None
    parts = {load_thesaurus().pos[synset] for synset in load_thesaurus().synsets(word)}
    if "v" not in parts:
        return None
    return parts == {"v"}


def _preposition_reading(sentence: EnglishSentence, index: int, word: str) -> Reading:
    tokens = sentence.tokens
    before = _lower(tokens[index - 1]) if index > 0 else ""
    rejected = _rejects(sentence, index)
    if word in ("with", "to") and before in ("compared", "comparison"):
        return Reading(frozenset({Role.STANDARD}), f"{before} {word}")
    if word == "to" and before == "according":
        return Reading(frozenset({Role.SAYER, Role.STANDARD}), "according to")
    if word == "than" and before == "rather":
        return Reading(frozenset(), "rather than", rejected=True)
    roles = _PREPOSITIONS[word]
    if word == "of" and tokens[index].text.lower() == "of" and before == "instead":
        return Reading(frozenset(), "instead of", rejected=True)
    return Reading(roles, word, rejected)


def _rejects(sentence: EnglishSentence, index: int) -> bool:
    """Whether "rather than", "instead of" or "not" stands right before the preposition at `index`."""
    words = [_lower(token) for token in sentence.tokens[max(0, index - 2):index]]
    return words[-1:] == ["not"] or words == ["rather", "than"] or words == ["instead", "of"]


def _subject_reading(sentence: EnglishSentence, index: int) -> Reading | None:
    """A bare phrase before its verb: the doer, or the one who undergoes a passive verb."""
    tokens = sentence.tokens
    position = index + 1
    while position < len(tokens) and position - index <= _REACH:
        if _boundary_before(sentence, position) and not (tokens[position].is_capitalized and
                                                         tokens[position - 1].is_capitalized):
            return None
        word = _lower(tokens[position])
        if word in _PREPOSITIONS or word in _OTHER_PREPOSITIONS or word in _CLAUSE_WORDS - {"and"}:
            return None
        if _verbish(sentence, position):
            if _passive(tokens, position):
                return Reading(frozenset({Role.PATIENT}), "subject of a passive verb")
            return Reading(frozenset({Role.AGENT}), "subject")
        position += 1
    return None


def _passive(tokens, position: int) -> bool:
    """Whether the verb group starting at `position` is passive: a form of "be" and a past participle."""
    words = [_lower(token) for token in tokens[position:position + 5]]
    for at, word in enumerate(words[:-1]):
        if word in _BE:
            following = words[at + 1]
            return following.endswith("ed") or following in _IRREGULAR_PARTICIPLES
        if word not in _AUXILIARIES and word not in ("not", "also", "yet", "already", "reportedly"):
            return False
    return False


def english_sentence(context: CheckContext, view: BeadView, heads: dict[int, int]) -> EnglishSentence:
    """The English side of a bead, with the words that render Turkish verbs and which phrase each word renders."""
    links = context.links[view.index]
    verbs = set()
    for word in links.orig_words:
        stem = verb_stem(word.lemmas[0]) if word.lemmas else None
        folded = view.orig_folded[word.token.position]
        # A participle in -(y)An ("biten sezon": the season that ended) is rendered as an adjective as often as a verb.
        if stem and not word.token.is_capitalized and folded.startswith(stem) \
                and parses_as(folded[len(stem):], verbal=True) and not re.fullmatch(r"y?[ae]n", folded[len(stem):]):
            verbs.update(links.rendered_as.get(word.token.position, ()))
    for phrase in links.phrases:
        if verb_stem(phrase.key.split()[-1]):
            verbs.update(token.position for token in phrase.rendered_by)
    claimed = {}
    for orig, trans in links.links:
        if orig in heads:
            claimed.setdefault(trans, heads[orig])
    verbs = {position for position in verbs if not view.trans_tokens[position].is_capitalized}
    return EnglishSentence(view.trans_tokens, context.alignment.trans.text, frozenset(verbs), claimed)


@dataclass(frozen=True)
class Participant:
    """A Turkish phrase that the English renders: its words, role in the original, and role in the English."""

    head: int
    orig: tuple[Token, ...]
    trans: tuple[Token, ...]
    orig_reading: Reading
    trans_reading: Reading


def participants(context: CheckContext, view: BeadView) -> tuple[Participant, ...]:
    """Every Turkish phrase with a readable role whose rendered words all have a readable English role."""
    readings = turkish_readings(context, view)
    heads = {position: head for position, (head, _) in readings.items()}
    sentence = english_sentence(context, view, heads)
    rendered_as = context.links[view.index].rendered_as
    by_head: dict[int, list[int]] = {}
    for position, (head, _) in readings.items():
        by_head.setdefault(head, []).append(position)
    # An English word that renders words of two phrases ("investors" for "Alman yatırımcılar" and
    # "Fransız yatırımcıların")
    # tells neither apart.
    owners: dict[int, set[int]] = {}
    for head, positions in by_head.items():
        for position in positions:
            for trans in rendered_as.get(position, ()):
                owners.setdefault(trans, set()).add(head)
    found = []
    for head, positions in by_head.items():
        trans_positions = sorted({trans for position in positions for trans in rendered_as.get(position, ())
                                  if len(owners[trans]) == 1 and _same_case_kind(view, position, trans)})
        if not trans_positions:
            continue
        if all(_lower(view.trans_tokens[trans]) in _TIME_WORDS for trans in trans_positions):
            continue  # a time ("last December", "this season") is when, not who
        english = [english_reading(sentence, trans, head) for trans in trans_positions]
        if any(reading is None for reading in english):
            continue
        merged = Reading(frozenset().union(*(reading.roles for reading in english)),
                         ", ".join(dict.fromkeys(reading.marker for reading in english)),
                         any(reading.rejected for reading in english))
        found.append(Participant(head, tuple(view.orig_tokens[position] for position in sorted(positions)),
                                 tuple(view.trans_tokens[trans] for trans in trans_positions),
                                 readings[head][1] if head in readings else readings[positions[-1]][1], merged))
    return tuple(found)


def _same_case_kind(view: BeadView, orig: int, trans: int) -> bool:
    """A lower-case Turkish word is rendered by a lower-case English one, save at the start of a sentence."""
    english = view.trans_tokens[trans]
    if view.orig_tokens[orig].is_capitalized or not english.is_capitalized:
        return True
    return any(sentence.start == english.start for sentence in view.trans_sentences)


def exchanged(first: Participant, second: Participant) -> bool:
    """Whether two participants swapped roles: neither keeps its own, and each took the other's."""
    if second.head == first.orig_reading.owner_of or first.head == second.orig_reading.owner_of:
        return False  # an owner and what it owns share one English phrase
    a_orig, a_trans = first.orig_reading.roles, first.trans_reading.roles
    b_orig, b_trans = second.orig_reading.roles, second.trans_reading.roles
    if a_orig and b_orig and a_trans and b_trans and a_orig != b_orig:
        if not (a_orig & a_trans) and not (b_orig & b_trans) and (a_orig & b_trans) and (b_orig & a_trans):
            return True
    return (first.orig_reading.rejected and not first.trans_reading.rejected
            and second.trans_reading.rejected and not second.orig_reading.rejected)
