"""Changed role: the Turkish case ending on a name says one thing, the English preposition another.

Why it matters: the case suffix after the apostrophe carries the role.
"Ankara'ya" is to Ankara and "Ankara'dan" from Ankara; "Türkiye'ye" is to or
with Turkey. An English "from Ankara" for "Ankara'ya", or "occupation of
Turkey" for "Türkiye'ye", reverses who did what to whom.

Flagged: a name with a dative ending (-a/-e/-ya/-ye) rendered after "from" or
"of" (or as "X's"), and a name with an ablative ending (-dan/-den/-tan/-ten)
rendered after "to", "into" or "toward". A postposition after the Turkish name
(göre, karşı, kadar, dair, beri, sonra ...) changes the meaning of the case and
suppresses the check, as does the same name appearing in both roles.
Names joined by "and" share the direction before them: "Norveç ve Danimarka'dan"
rendered "to Norway and Denmark" is flagged (only for to/into/toward/from). A
name the English spells otherwise is found through the acronym in brackets
after it ("İşleri'nden (DSİ)" rendered "to the ... Works (DSİ)"), for a
direction only.
A name whose last word carries the case and has no English match ("Konya Halk
Kütüphanesi'ne": "Library") is found, for a direction only, through its first
words ("Konya"). A dative before "bağlı" (part of) or a word of distance
("Köyü'ne 5 kilometre mesafede": 5 kilometres from the village) is not read.
A place made an origin with -lI ("Atinalı heyet": the delegation from Athens)
that the English names after to, into or towards is flagged too (basis
"origin"), unless the original also names that place with a case, or the
English place word is an adjective right before a word rendering the noun the
origin modifies ("Konyalı üreticilere" rendered "to Konya growers": the goal
is the growers').
A dative name rendered after "of" stays quiet when the English word a few words
before renders the verb that governs the dative (Turkish puts it after its
complements): "sanatçıya orkestra eşlik etti" may well be "the orchestra
accompanied the songs of the artist".

A common noun with a dative ending ("bölgeye", to the region) whose English
rendering (drift.link) follows "from" is flagged too (basis "common-noun"),
unless the verb that governs it is rendered nowhere in the English: then the
clause was recast and its preposition belongs to another verb, or unless the
English word before "from" renders the noun right after the dative, or renders
nothing there (that noun chose the preposition: "işe devamsızlık" is absence
from work). An ablative
noun rendered after "of" is D417 (ablative-of).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drift.checks import check
from drift.checks._names import is_translation, pair_views
from drift.checks.context import CheckContext, make_finding
from drift.lexicon.morph import parses_as, verb_stem
from drift.model import Category, Language, Severity
from drift.text.fold import fold_case
from drift.text.stopwords import is_stopword
from drift.text.tokens import Token, name_key

DATIVE = frozenset("a e ya ye na ne".split())
ABLATIVE = frozenset("dan den tan ten ndan nden".split())
POSTPOSITIONS = frozenset(
    "göre karşı kadar doğru rağmen dair ilişkin yönelik beri sonra önce itibaren dolayı başka fazla "
    "ait değin dek yakın uzak öte ötürü yana evvel aşağı yukarı itibaren dolayısıyla "
    "bağlı özgü".split()  # "Belediyesi'ne bağlı": the municipality's, affiliated to it
)
_CONFLICTS = {
    "dative": ({"from", "of"}, True, "to or with"),
    "ablative": ({"to", "into", "toward", "towards", "onto"}, False, "from"),
}
_SKIP_BEFORE = frozenset("the a an".split())
# Words of distance that take the dative of the place measured from: "uzaklıkta", "mesafede", "yakın".
_DISTANCE = ("uzak", "mesafe", "yakın")
_COORDINATORS = frozenset({"and", "or"})
_DIRECTIONS = frozenset("to into toward towards onto from".split())


def _role(token: Token) -> str | None:
    suffix = fold_case(token.suffix, turkish=True)
    if suffix in DATIVE:
        return "dative"
    if suffix in ABLATIVE:
        return "ablative"
    return None


def preposition_before(tokens: tuple[Token, ...], index: int, text: str, through_and: bool = False) -> Token | None:
    """The word before tokens[index], skipping articles and adjacent capitalised words (and "and" between names)."""
    position = index - 1
    while position >= 0 and (tokens[position].text.lower() in _SKIP_BEFORE or tokens[position].is_capitalized or (
            through_and and tokens[position].text.lower() in _COORDINATORS and position > 0
            and tokens[position - 1].is_capitalized and tokens[position + 1].is_capitalized)):
        position -= 1
    return tokens[position] if position >= 0 else None


@check("D403", "case-role", Category.MISTRANSLATION, Severity.CRITICAL)
def case_role(context: CheckContext):
    trans_text = context.alignment.trans.text
    for view in pair_views(context):
        orig = view.orig_tokens
        capitalized = [english for english in view.trans_tokens if english.is_capitalized]
        english_keys = {english.position: name_key(english.stem, Language.ENGLISH) for english in capitalized}
        roles: dict[str, set[str]] = {}
        for token in orig:
            if token.is_capitalized and token.suffix:
                roles.setdefault(name_key(token.stem, Language.TURKISH), set()).add(_role(token) or "other")
        for index, token in enumerate(orig):
            role = _role(token) if token.is_capitalized else None
            if role is None or len(roles[name_key(token.stem, Language.TURKISH)]) > 1:
                continue
            following = orig[index + 1] if index + 1 < len(orig) else None
            if following is not None and fold_case(following.text, turkish=True) in POSTPOSITIONS:
                continue
            if any(fold_case(word.text, turkish=True).startswith(_DISTANCE) for word in orig[index + 1:index + 4]):
                continue  # "Köyü'ne 5 kilometre mesafede": a distance to X, which English gives "from X"
            key = name_key(token.stem, Language.TURKISH)
            places = [english.position for english in capitalized if english_keys[english.position] == key
                      or is_translation(context, token.stem, english.stem)]
            by_acronym = not places
            if by_acronym:
                places = _places_of_name(context, view, index)
            if not places:
                # Read for a direction alone, as an acronym is: "the village of Karaca" keeps the name's own "of".
                places = _places_of_leading_words(context, view, index, roles)
            if not places:
                continue
            conflicting, possessive_conflicts, expected_preposition = _CONFLICTS[role]
            conflicts = []
            for position in places:
                english = view.trans_tokens[position]
                before = preposition_before(view.trans_tokens, position, trans_text)
                if before is not None and before.text.lower() in _COORDINATORS:
                    # "to Norway and Denmark" for "Norveç ve Danimarka'dan": names joined by "and" share a direction.
                    before = preposition_before(view.trans_tokens, position, trans_text, through_and=True)
                    if before is not None and before.text.lower() not in _DIRECTIONS:
                        before = None
                if by_acronym and (before is None or before.text.lower() not in _DIRECTIONS):
                    conflicts = []  # an acronym is read for the direction alone: "of" after it is often the name's own
                    break
                if before is not None and before.text.lower() in conflicting:
                    conflicts.append((before, english))
                elif possessive_conflicts and fold_case(english.suffix, turkish=False) == "s":
                    conflicts.append((english, english))
                else:
                    conflicts = []
                    break
            if not conflicts or (role == "dative" and _object_of_governing_verb(context, view, index, conflicts)):
                continue
            start_token, name = conflicts[0]
            yield make_finding(
                case_role, view,
                message=f"“{token.text}” means {expected_preposition} {token.stem} ({role} case), "
                        f"but the English has “{trans_text[start_token.start:name.end]}”.",
                trans=context.trans_span(start_token.start, name.end),
                orig=context.orig_span(token.start, token.end),
                basis="preposition",
                # One preposition to paste ("to Turkey"), not the gloss of the case ("to or with").
                expected=f"{expected_preposition.split(' or ')[0]} {name.stem}",
                evidence=f"Turkish {role} ending “-{token.suffix}” on {token.stem}",
            )
        yield from _common_nouns(context, view)
        yield from _origins(context, view)




def _places_of_leading_words(context: CheckContext, view, index: int, roles: dict[str, set[str]]) -> list[int]:
    """English places of the words before a Turkish name's last word, when that word itself has no match.

    "Konya Halk Kütüphanesi'ne": the case sits on "Kütüphanesi", which the English renders by a word no
    spelling ties to it ("Library"); the name's first words ("Konya") stand for the whole name. A word
    the sentence also uses with another case tells nothing.
    """
    orig, text = view.orig_tokens, context.alignment.orig.text
    position = index
    while position > 0 and index - position < 4 and orig[position - 1].is_capitalized \
            and not orig[position - 1].suffix and not text[orig[position - 1].end:orig[position].start].strip():
        position -= 1
    capitalized = [english for english in view.trans_tokens if english.is_capitalized]
    for token in orig[position:index]:
        key = name_key(token.stem, Language.TURKISH)
        if key in roles:
            continue
        places = [english.position for english in capitalized
                  if name_key(english.stem, Language.ENGLISH) == key or is_translation(context, token.stem, english.stem)]
        if places:
            return places
    return []


def _places_of_name(context: CheckContext, view, index: int) -> list[int]:
    """English places of the acronym in brackets after a Turkish name, when the name itself has no match.

    "Devlet Su İşleri'nden (DSİ)": the English "DSİ" stands for the name.
    """
    orig, text = view.orig_tokens, context.alignment.orig.text
    words = []
    following = index + 1
    if following < len(orig) and text[orig[index].end:orig[following].start].strip() == "(" \
            and orig[following].stem.isupper():
        words.append(following)
    rendered_as = context.links[view.index].rendered_as
    return sorted({english for word in words for english in rendered_as.get(word, ())
                   if view.trans_tokens[english].is_capitalized})


# Verbs that follow a noun to make a verb of it ("eşlik etti", "kabul edildi", "yardımcı oldu").
_LIGHT_VERB_STEMS = ("et", "ed", "ol", "kıl")
# The English object of a verb is a short noun phrase: "accompanied the early songs of X".
_OBJECT_REACH = 5


def light_verb(folded: str) -> bool:
    # "olarak" is "as", an adverb, not a verb that takes complements.
    return folded != "olarak" and any(
        folded.startswith(stem) and len(folded) > len(stem) and parses_as(folded[len(stem):], verbal=True)
        for stem in _LIGHT_VERB_STEMS)


@dataclass(frozen=True)
class Governor:
    """The verb that governs a case-marked Turkish word: what the lexicon says it means, where the English renders it."""

    senses: tuple[str, ...]
    rendered_at: tuple[int, ...]  # English positions; empty when the English renders the verb nowhere


def governing_verb(context: CheckContext, view, index: int) -> Governor | None:
    """The verb that governs the Turkish word at `index`, None when no verb follows it in its sentence.

    Turkish puts a verb after its complements, so the governor of a case-marked
    noun is the first verb after it: a finite verb, participle or converb
    (verbal nouns in -mA/-mAk are nouns here), a lexicon phrase ending in a
    verb ("talep etmek"), or a noun made a verb by a light verb ("eşlik etti").
    """
    links = context.links[view.index]
    rendered_as = links.rendered_as
    words = {word.token.position: word for word in links.orig_words}
    orig = view.orig_tokens
    sentence_end = next(sentence.end for sentence in view.orig_sentences if sentence.end > orig[index].start)
    for position in range(index + 1, len(orig)):
        token = orig[position]
        if token.start >= sentence_end:
            return None
        for phrase in links.phrases:
            if verb_stem(phrase.key.split()[-1]) and any(word.position == position for word in phrase.orig_tokens):
                return Governor(phrase.senses, tuple(word.position for word in phrase.rendered_by))
        folded = view.orig_folded[position]
        word = words.get(position)
        if light_verb(folded) and position > index + 1:
            noun = words.get(position - 1)
            return Governor(noun.senses if noun else (),
                            rendered_as.get(position - 1, ()) + rendered_as.get(position, ()))
        if word is not None and not token.is_capitalized and _is_verb(folded, word.lemmas):
            return Governor(word.senses, rendered_as.get(position, ()))
    return None


def _is_verb(folded: str, lemmas: tuple[str, ...]) -> bool:
    """A verb form other than a verbal noun, unless a noun reading fits as well ("yorumlarıyla": yorum+lar+ı+yla)."""
    stem = verb_stem(lemmas[0]) if lemmas else None
    if not stem or not folded.startswith(stem):
        return False
    rest = folded[len(stem):]
    if re.match(r"m[ae]", rest) or not parses_as(rest, verbal=True):
        return False
    return not any(not verb_stem(lemma) and folded.startswith(lemma) and parses_as(folded[len(lemma):], verbal=False)
                   for lemma in lemmas[1:])


def _object_of_governing_verb(context: CheckContext, view, index: int, conflicts) -> bool:
    """True when every English "of X" / "X's" stands a few words after the rendering of the verb governing X.

    "Ayşe'ye eşlik etti" rendered "accompanied the songs of Ayşe": the dative
    is the verb's complement, and English makes it the verb's object, where
    "of" only links it to a noun the English added (one that renders nothing).
    """
    if any(start.text.lower() == "from" for start, _ in conflicts):
        return False
    verb = governing_verb(context, view, index)
    if verb is None:
        return False
    linked = context.links[view.index].linked_trans
    # "passed on the proposal of Germany" for "öneriyi Almanya'ya iletti": the noun before "of" renders
    # the verb's own object, and the dative, its addressee, has become that object's owner.
    def owned_noun(start: Token, name: Token) -> int:
        return start.position - 1 if start is not name else name.position + 1  # "songs of X" / "X's songs"

    return all(any(0 < start.position - position <= _OBJECT_REACH for position in verb.rendered_at)
               and (owned_noun(start, name) not in linked or owned_noun(start, name) in verb.rendered_at)
               for start, name in conflicts)


# A common noun's dative ending after its dictionary form, bare (bölgeye): with a possessive it is often a
# verb's object ("indirimlerine ara vermek", to refrain from cutting), which English may well say with "from".
_DATIVE_NOUN = re.compile(r"[ny]?[ae]")


def noun_ending(word: str, lemmas: tuple[str, ...], ending: re.Pattern) -> bool:
    """Whether a folded lower-case noun is its first lemma (not a verb's) followed by `ending`."""
    lemma = lemmas[0] if lemmas else ""
    return bool(lemma) and not verb_stem(lemma) and word.startswith(lemma) and bool(
        ending.fullmatch(word[len(lemma):]))


def nouns_rendered_after(context: CheckContext, view, ending: re.Pattern, preposition: str):
    """Common nouns with a case `ending` (no postposition after them) whose every English rendering follows
    `preposition`: each as (its word, [(the preposition's token, the rendering's token), ...])."""
    trans_text = context.alignment.trans.text
    rendered_as = context.links[view.index].rendered_as
    orig = view.orig_tokens
    for word in context.links[view.index].orig_words:
        token = word.token
        if token.is_capitalized or token.position not in rendered_as:
            continue
        if not noun_ending(view.orig_folded[token.position], word.lemmas, ending):
            continue
        if token.position + 1 < len(orig) and view.orig_folded[token.position + 1] in POSTPOSITIONS:
            continue
        befores = [(preposition_before(view.trans_tokens, position, trans_text), view.trans_tokens[position])
                   for position in rendered_as[token.position]]
        if all(before is not None and before.text.lower() == preposition for before, _ in befores):
            yield word, befores


def _noun_governs(context: CheckContext, view, index: int, preposition: Token, verb: Governor | None) -> bool:
    """True when the English preposition follows the rendering of a noun that governs the dative, not a verb.

    "işe devamsızlık" is absence from work: the noun after the dative chose
    its own preposition, which need not be the dative's "to".
    """
    links = context.links[view.index]
    head = preposition.position - 1
    if verb is not None and head in verb.rendered_at:
        return False
    if head in links.rendered_as.get(index + 1, ()):
        return True
    # The noun's rendering may be no dictionary sense of it: an English word that renders
    # nothing, right before the preposition, after a Turkish noun right after the dative.
    following = next((word for word in links.orig_words if word.token.position == index + 1), None)
    return following is not None and bool(following.lemmas) and not verb_stem(following.lemmas[0]) \
        and head >= 0 and head not in links.linked_trans and view.trans_tokens[head].text.isalpha()


# The Turkish ending that makes a place its people's or things' origin: "Atinalı heyet", the delegation from
# Athens; "İzmirli üreticiler", producers from Izmir.
_ORIGIN = ("lı", "li", "lu", "lü")
_GOAL_PREPOSITIONS = frozenset("to into toward towards onto".split())
_NUMBER_WORDS = frozenset("bir iki üç dört beş altı yedi sekiz dokuz on yüz bin birkaç".split())


def _origins(context: CheckContext, view):
    """A place made an origin with -lI ("Atinalı heyet") that the English names as a goal ("to Athens").

    Not when the original also sends someone to that place ("Atina'ya", "Atina'da"): then the English "to" may
    be that one's.
    """
    from drift.checks._substitution import place_entities

    trans_text = context.alignment.trans.text
    orig = view.orig_tokens
    for token in orig:
        folded = fold_case(token.stem, turkish=True)
        if not token.is_capitalized or token.suffix or not folded.endswith(_ORIGIN) or len(folded) < 5:
            continue
        place = token.stem[:-2]
        entities = place_entities(place, turkish=True)
        if not entities or any(other is not token and name_key(other.stem, Language.TURKISH) ==
                               name_key(place, Language.TURKISH) for other in orig):
            continue
        for english in view.trans_tokens:
            if not english.is_capitalized or not (place_entities(english.stem, turkish=False) & entities or
                                                  name_key(english.stem, Language.ENGLISH) ==
                                                  name_key(place, Language.TURKISH)):
                continue
            before = preposition_before(view.trans_tokens, english.position - view.trans_tokens[0].position,
                                        trans_text)
            if before is None or before.text.lower() not in _GOAL_PREPOSITIONS:
                continue
            if _modifies_a_noun(context, view, token, english):
                continue  # "to Konya growers" for "Konyalı üreticilere": the goal is the growers, the place their origin
            yield make_finding(
                case_role, view,
                message=f"“{token.text}” means from {place} (its people or things); the English has "
                        f"“{trans_text[before.start:english.end]}”.",
                trans=context.trans_span(before.start, english.end),
                orig=context.orig_span(token.start, token.end),
                basis="origin", expected=f"from {english.stem}",
                evidence=f"Turkish -{folded[-2:]} on {place}: of or from the place, not a goal",
            )
            break


def _modifies_a_noun(context: CheckContext, view, origin: Token, english: Token) -> bool:
    """Whether the English place word is an adjective before a noun that renders the word the Turkish origin
    modifies: "Vanlı bir aşçıya" rendered "to a Van cook", "Konyalı üreticilere" rendered "to Konya growers".
    The preposition before them belongs to the noun, and the place stays its origin."""
    at = english.position - view.trans_tokens[0].position
    if at + 1 >= len(view.trans_tokens):
        return False
    after = view.trans_tokens[at + 1]
    if after.is_capitalized or not after.text.isalpha() or \
            context.alignment.trans.text[english.end:after.start].strip():
        return False
    rendered_as = context.links[view.index].rendered_as
    start = origin.position - view.orig_tokens[0].position
    # the noun the origin modifies, past a number or an article ("Vanlı bir aşçıya", "İzmirli iki firmaya")
    modified = start + 1
    while modified < len(view.orig_tokens) - 1 and (view.orig_folded[modified] in _NUMBER_WORDS
                                                     or view.orig_tokens[modified].text.isdigit()):
        modified += 1
    if modified >= len(view.orig_tokens):
        return False
    at_after = after.position - view.trans_tokens[0].position
    if at_after in rendered_as.get(modified, ()):
        return True
    # Links may miss the noun ("terzilere" / "tailors"): an English content word that renders nothing, after the
    # place word, for a Turkish noun that nothing renders.
    linked = context.links[view.index].linked_trans
    return not rendered_as.get(modified) and at_after not in linked \
        and not is_stopword(after.text.lower(), Language.ENGLISH)


def _common_nouns(context: CheckContext, view):
    """A common noun in the dative ("bölgeye", to the region) rendered after "from"."""
    trans_text = context.alignment.trans.text
    for word, befores in nouns_rendered_after(context, view, _DATIVE_NOUN, "from"):
        token = word.token
        verb = governing_verb(context, view, token.position)
        if verb is not None and not verb.rendered_at:
            continue
        before, english = befores[0]
        if _noun_governs(context, view, token.position, before, verb):
            continue
        yield make_finding(
            case_role, view,
            message=f"“{token.text}” means to or into the {english.text} (dative case), but the English has "
                    f"“{trans_text[before.start:english.end]}”.",
            trans=context.trans_span(before.start, english.end),
            orig=context.orig_span(token.start, token.end),
            basis="common-noun",
            expected=f"to the {english.text}",
            evidence=f"Turkish dative ending on {word.lemmas[0]} ({token.text})",
        )
