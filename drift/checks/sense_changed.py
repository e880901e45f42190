"""Meaning changed word for word: an English word no Turkish word supports stands where a Turkish word went unrendered,
and the two are opposites or two kinds of one thing.

Why it matters: rules written per phrasing ("approved" / "vetoed", "Minister" /
"Mayor") miss the next phrasing of the same drift. Compared per content word,
a drift shows as a pair: an English word that renders no word of the original,
sitting where a word of the original is not rendered, the two related in a way
that changes the news: one is the other's opposite ("ucuz": cheap /
"expensive"), or both are kinds of one thing, so the English names another of
them (another office or rank, relative, month, weekday, season, unit, compass
point, ministry, animal or crop: "amca": uncle / "nephew", "buğday": wheat /
"barley").

Word links come from drift.link (the lexicon's senses of each word's likeliest
lemmas, names and figures); relations from the English thesaurus
(drift.lexicon.thesaurus, WordNet 3.1). Opposites (basis "opposite") are its
antonym links, verbs against verbs and other words against adjectives and
adverbs; the English word may be read through its adjective head ("previous"
is similar to "antecedent", the opposite of "subsequent"). Kinds (basis
"kind") are two nouns under one hypernym at most two links up from each (three
in all, neither a kind of the other, not synonyms), inside a closed set of
`_KIND_DOMAINS` (offices and ranks, kin, units, months, weekdays, seasons,
compass points, ministries, animals, plants, fruit, grain, athletes such as
players' positions, a plant's organs): elsewhere two
nouns under one hypernym are as often a paraphrase ("site" and "field").

Flagged: in an aligned sentence pair, an English content word that no word of
the original gives as a sense (nor as a word of a multiword sense, nor, for a
word the English does not render otherwise, as a synonym of one of its first
senses), and a Turkish content word (no name with its apostrophe ending, light
verb, negative verb, yok or değil, word of a multiword entry, or verb after a
direction word such as "yukarı") none of whose first senses the English says,
by the word itself or a synonym or near word of an English word linked to
nothing else. A sense of the Turkish word that translates back to it (early,
from the glossary or from two sources, and mutual: drift.checks.antonym) is the
English word's opposite, or its first one-word sense and the English word are
two kinds of one thing. The English word's nearest linked neighbours render
words near the Turkish one (the same place in the sentence). Opposites stay
quiet when one is the other with a negative prefix ("unfair"), when a particle
follows the English verb ("drive up"), and unless a negation stands on both
sides or on neither; kinds stay quiet when the Turkish word is misspelt one
letter away from the English word's Turkish, when it is no clean form of its
lemma, and when a neighbouring unrendered word is another kind of the English
word as well ("amca çocukları": cousins).
Example: "Köprü onarım için kapalı." / "The bridge is open for repairs."
Expected: the Turkish word's sense the English word is the opposite or another kind of.

Homonyms (basis "homonym", session 14): a Turkish noun rendered by one of its lexicon senses, an English word all of
whose senses are physical things, whose kind no noun beside it shares, while another of its first senses is of the kind of the nouns beside it, a plant or the land
("kirazları sapıyla": with their stalks, told as "the cherries with their handles"; sap is a stalk and a handle).
Kinds are groups of WordNet synsets (plants, living beings, artifacts, the land and its waters: `_SENSE_GROUPS`);
only plants and the land tell which sense is meant. Expected: the other sense.

Professional translators paraphrase freely and a third of faithful renderings
are in no dictionary, so an unlinked word alone is never a finding: it takes
both sides unlinked, in the same place, and a relation that changes meaning.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from drift.checks import check
from drift.checks._names import pair_views
from drift.checks.context import BeadView, CheckContext, make_finding, per_text
from drift.model import Category, Severity
from drift.text.tokens import Token

# Senses read per Turkish word: its plain meanings, and (for "is it said?") its looser ones.
_SENSES_READ = 10
_LOOSE_SENSES = 20
# A synonym supports an English word through a Turkish word's first senses only: far senses share a synset with
# almost anything ("subject" is one of "open").
_SYNONYM_SENSES = 5
# Lemma candidates of a Turkish word read when asking whether any word of the original says an English word.
_LEMMAS_READ = 3
# Two kinds of one thing: their common hypernym at most this many links up from each (this many in all), and this
# deep below WordNet's root, so that a hypernym near the top ("entity", "abstraction") never counts.
_KIND_REACH = 2
_KIND_SPAN = 3
_MIN_KIND_DEPTH = 4
# Kinds are compared only inside closed sets, where one member put for another is news changed: people by office,
# rank or kinship, units, months, weekdays, seasons, compass points, ministries, animals, plants and crops. Each is
# a WordNet synset named by its first literal and its hypernym's first literal. Elsewhere two nouns under one
# hypernym are as often a paraphrase ("site" and "field" are both tracts).
_KIND_DOMAINS = (
    ("leader", "person"), ("official", "skilled worker"), ("relative", "person"), ("military officer", "serviceman"),
    ("unit of measurement", "definite quantity"), ("calendar month", "time period"),
    ("day of the week", "calendar day"),
    ("season", "time period"), ("compass point", "direction"), ("government department", "department"),
    ("animal", "organism"), ("vascular plant", "plant"), ("edible fruit", "produce"), ("grain", "foodstuff"),
    ("vegetable", "produce"),
    # Session 13: players' positions (winger, goalkeeper, defender are athletes) and the organs of a plant (leaf,
    # root, stem): closed sets whose members a translator swaps without a paraphrase.
    ("athlete", "contestant"), ("plant organ", "plant part"),
)
# The English word's linked neighbours (this many words either side) must render Turkish words this near the
# Turkish word: a word of another clause is no rendering of it.
_ANCHOR_REACH = 3
_ANCHOR_FAR = 6
_ANCHOR_NEAR = 5
# Words this near the start of their sentences stand in the same place on both sides.
_OPENING = 3
# How far before its word an English negation reaches ("did not fall", "has not been closed").
_NEGATION_REACH = 4
# A kind is read from the Turkish word's first one-word sense only: "başkan" is a president before it is a mayor
# (a central bank's "başkan" is its governor), "ölçü" a criterion before it is a standard of measure.
_KIND_SENSES = 1
# Session 14 read the first sense of a closed set among a word's first four ("gövde": diaphysis, shaft, trunk; the kind
# is trunk), but that raised a false alarm on a published translation: a later sense in a closed set is as often a far
# one. The first sense only, as before.
_KIND_SENSES_READ = 1
# Turkish words read for an English word when asking whether the Turkish is a misspelling of one.
_BACK_READ = 5
_MIN_MISSPELT = 7
_OPPOSITE, _KIND = "opposite", "kind"


@dataclass(frozen=True)
class Changed:
    """A Turkish word, the English word put for it, and how the two are related."""

    orig: Token
    trans: Token
    lemma: str
    sense: str
    english: str
    relation: str
    common: str  # the thing both are kinds of; "" for opposites


@functools.cache
def _thesaurus():
    from drift.lexicon.thesaurus import load_thesaurus

    return load_thesaurus()


@functools.lru_cache(maxsize=65536)
def _synsets(thesaurus, word: str, pos: str | None = None) -> tuple[int, ...]:
    """A word's synsets, also as WordNet writes an adjective used only before or after a noun ("previous(a)",
    "last(a)"); a hyphenated word it does not list, as two ("secretary-general")."""
    if "-" in word:
        return thesaurus.synsets(word, pos) or thesaurus.synsets(word.replace("-", " "), pos)
    if pos not in (None, "a") or not word.isalpha():
        return thesaurus.synsets(word, pos)
    return tuple(dict.fromkeys(synset for form in (word, f"{word}(a)", f"{word}(p)")
                               for synset in thesaurus.synsets(form, pos)))


@functools.lru_cache(maxsize=65536)
def _meanings(thesaurus, word: str) -> frozenset[int]:
    """A word's synsets and their near neighbours: what a paraphrase of it may be."""
    synsets = _synsets(thesaurus, word)
    return frozenset(synsets).union(*(thesaurus.near[synset] for synset in synsets))


@functools.lru_cache(maxsize=65536)
def _heads(thesaurus, word: str) -> frozenset[int]:
    """A word's synsets and, for an adjective, the heads it is similar to (WordNet gives opposites of heads)."""
    found = set(_synsets(thesaurus, word))
    for synset in _synsets(thesaurus, word, "a"):
        found.update(near for near in thesaurus.near[synset] if thesaurus.pos[near] in "as")
    return frozenset(found)


@functools.lru_cache(maxsize=65536)
def _opposite(thesaurus, english: str, sense: str, verb: bool) -> bool:
    """WordNet gives the two as opposites: verbs against verbs, other words against adjectives and adverbs. The English
    word may be read through its adjective head ("previous": antecedent), the Turkish word's sense not: two
    satellites ("great", "awful") are only far apart."""
    pairs = ((_heads(thesaurus, english), frozenset(_synsets(thesaurus, sense))),)
    for mine, theirs in pairs:
        for synset in mine:
            kind = thesaurus.pos[synset]
            if (kind == "v") != verb or kind == "n":
                continue
            if not theirs.isdisjoint(thesaurus.antonyms[synset]):
                return True
    return False


@functools.lru_cache(maxsize=65536)
def _up(thesaurus, synset: int) -> dict[int, int]:
    """The hypernyms of a synset up to `_KIND_REACH` links, with their distance."""
    found, frontier = {synset: 0}, [synset]
    for distance in range(1, _KIND_REACH + 1):
        frontier = [hypernym for item in frontier for hypernym in thesaurus.hypernyms[item] if hypernym not in found]
        found.update((hypernym, distance) for hypernym in frontier)
    return found


@functools.lru_cache(maxsize=65536)
def _depth(thesaurus, synset: int) -> int:
    hypernyms = thesaurus.hypernyms[synset]
    return 0 if not hypernyms else 1 + min(_depth(thesaurus, hypernym) for hypernym in hypernyms)


@functools.cache
def _domains(thesaurus) -> frozenset[int]:
    """The synsets of `_KIND_DOMAINS`."""
    return frozenset(synset for literal, hypernym in _KIND_DOMAINS for synset in _synsets(thesaurus, literal, "n")
                     if thesaurus.literals[synset][0] == literal
                     and any(thesaurus.literals[up][0] == hypernym for up in thesaurus.hypernyms[synset]))


def _in_domain(thesaurus, synset: int) -> bool:
    domains = _domains(thesaurus)
    return synset in domains or not domains.isdisjoint(thesaurus.ancestors(synset))


@functools.lru_cache(maxsize=65536)
def _kind_tops(thesaurus, word: str) -> dict[int, int]:
    """The hypernyms a noun may share with another kind of the same thing (deep enough, inside a domain), each with
    its fewest links up from a synset of the word; read once per word, so that a pair of words costs one look-up."""
    found: dict[int, int] = {}
    for synset in _synsets(thesaurus, word, "n"):
        for common, distance in _up(thesaurus, synset).items():
            if distance and distance < found.get(common, _KIND_SPAN):
                found[common] = distance
    return {common: distance for common, distance in found.items()
            if _depth(thesaurus, common) >= _MIN_KIND_DEPTH and _in_domain(thesaurus, common)}


@functools.lru_cache(maxsize=65536)
def _kinds_of_one(thesaurus, english: str, sense: str) -> str | None:
    """The thing both nouns are kinds of (see the module docstring), or None; never for synonyms, near words or a
    word and its own kind."""
    if english == sense:
        return None
    mine, theirs = _kind_tops(thesaurus, english), _kind_tops(thesaurus, sense)
    spans = [(mine[common] + theirs[common], common) for common in mine.keys() & theirs.keys()]
    spans = [(span, common) for span, common in spans if span <= _KIND_SPAN]
    if not spans:
        return None
    if not _meanings(thesaurus, english).isdisjoint(_synsets(thesaurus, sense)):
        return None
    if thesaurus.is_kind_of(english, sense) or thesaurus.is_kind_of(sense, english):
        return None
    return thesaurus.literals[min(spans)[1]][0]


def _clean_form(word: str, lemma: str) -> bool:
    """The word is its lemma with known suffixes only: no misspelling or unlisted compound read as its first part."""
    from drift.lexicon.morph import parses_as, verb_stem

    stem = verb_stem(lemma) or lemma
    return not word.startswith(stem) or parses_as(word[len(stem):], stem != lemma)


def _misspelt(lexicon, english: str, word: str) -> bool:
    """The Turkish word is one letter away from a Turkish word for the English one (at its start): a misspelling of
    what the English says ("Cumaertesi"), not another word."""
    for key in lexicon.turkish_for(english)[:_BACK_READ]:
        # Short words one letter apart are often two words (bakan, başkan).
        if len(key) < _MIN_MISSPELT or key == word[:len(key)]:
            continue
        if _one_edit(key, word[:len(key)]) or _one_edit(key, word[:len(key) + 1]):
            return True
    return False


def _one_edit(first: str, second: str) -> bool:
    """At most one letter inserted, dropped or changed."""
    return Levenshtein.distance(first, second, score_cutoff=1) <= 1


def _orig_words(context: CheckContext, view: BeadView, links) -> list[tuple[Token, str, tuple[str, ...]]]:
    """Unrendered Turkish words with senses that translate back: (token, lemma, senses)."""
    from drift.checks.antonym import _DIRECTION_WORDS, _said
    from drift.checks.polarity import LIGHT_VERBS
    from drift.lexicon.morph import negative_predicate

    lexicon = context.resources.lexicon
    in_phrases = {token.position for phrase in links.phrases for token in phrase.orig_tokens}
    found = []
    for word in links.unlinked_orig():
        token = word.token
        if not word.lemmas or token.position in in_phrases:
            continue  # a word of a multiword entry means what the entry means
        if token.suffix:
            continue  # a name with its apostrophe ending
        lemma = _noun_lemma(view.orig_folded[token.position], word.lemmas)
        if lemma in LIGHT_VERBS or lemma.endswith(("mamak", "memek")):
            continue  # a light verb means what its noun means; a negative verb is the negation checks' business
        if negative_predicate(view.orig_folded[token.position]):
            continue  # yok, değil: a negation, whatever the lexicon's senses of it
        if token.position and view.orig_folded[token.position - 1] in _DIRECTION_WORDS:
            continue  # "yukarı çekmek" is pushing up, whatever çekmek alone means
        senses = _said(lexicon, lemma)
        if senses:
            found.append((token, lemma, senses))
    return found


def _noun_lemma(word: str, lemmas: tuple[str, ...]) -> str:
    """The likeliest lemma, or the noun the analyser reads the word as when the likeliest is a verb made from it: a
    plural with a possessive ("dallarında": in its branches) is no form of dallamak, nor "dişleri" of dişlemek."""
    from drift.text.morphology import read

    if not lemmas[0].endswith(("mak", "mek")):
        return lemmas[0]
    analysis = read(word)
    if analysis is not None and analysis.root_pos == "Noun" and analysis.lemma in lemmas[1:]:
        return analysis.lemma
    return lemmas[0]


# Particles that make a phrasal verb of the verb before them: its meaning is no longer the verb's ("drive up").
_PARTICLES = frozenset("up down out off back away over".split())


def _phrasal(view: BeadView, token: Token) -> bool:
    following = view.trans_tokens[token.position + 1:token.position + 3]
    return any(word.text.lower() in _PARTICLES for word in following)


def _kin_of_neighbour(context: CheckContext, view: BeadView, thesaurus, english: str, token: Token,
                 unrendered: set[int]) -> bool:
    """A Turkish word next to this one is unrendered too and the English word is another kind of its sense as well:
    the two words may make one ("amca çocukları", an uncle's children, is "cousins")."""
    from drift.checks.antonym import _said
    from drift.lexicon.lemma import turkish_lemmas

    for neighbour in (token.position - 1, token.position + 1):
        if neighbour not in unrendered:
            continue
        lemmas = turkish_lemmas(view.orig_tokens[neighbour].text, context.resources.lexicon)[:1]
        if any(_kinds_of_one(thesaurus, english, sense) for lemma in lemmas
               for sense in [sense for sense in _said(context.resources.lexicon, lemma)
                             if " " not in sense][:_KIND_SENSES]):
            return True
    return False


def _said_in_english(thesaurus, senses: tuple[str, ...], english_meanings: frozenset[int]) -> bool:
    """Some sense of the Turkish word (or a synonym or near word of one) is in the English: it is rendered."""
    return any(not english_meanings.isdisjoint(_synsets(thesaurus, sense)) for sense in senses)


def _anchored(links, trans_position: int, orig_position: int) -> bool:
    """The English word's nearest linked neighbours (either side, within `_ANCHOR_REACH` words, else the nearest one
    on each side) render Turkish words near the Turkish word."""
    others = [(abs(trans - trans_position), trans < trans_position, orig) for orig, trans in links.links
              if trans != trans_position]
    near = [orig for distance, _, orig in others if distance <= _ANCHOR_REACH]
    if not near:
        for side in (True, False):
            nearest = min(((distance, orig) for distance, before, orig in others if before == side), default=None)
            if nearest is not None and nearest[0] <= _ANCHOR_FAR:
                near.append(nearest[1])
    return bool(near) and min(abs(orig - orig_position) for orig in near) <= _ANCHOR_NEAR


def _relation(thesaurus, english: str, lemma: str, senses: tuple[str, ...], clean: bool) -> tuple[str, str, str] | None:
    """(relation, the Turkish word's sense, the thing both are kinds of) for an English word and a Turkish word, or
    None: the first one-word sense that is the English word's opposite, or (for a noun in a clean form) the first
    one-word sense when the two are kinds of one thing."""
    from drift.link import same_stem

    verb = lemma.endswith(("mak", "mek"))
    words = [sense for sense in senses if " " not in sense]
    # The kind is read from the first sense inside a closed set: "gövde" is a bone's shaft before it is a trunk, and
    # the bone's shaft belongs to no set whose members a translator might swap.
    kind_sense = next((sense for sense in words[:_KIND_SENSES_READ] if _kind_tops(thesaurus, sense)), None)
    for sense in words:
        if _opposite(thesaurus, english, sense, verb):
            return _OPPOSITE, sense, ""
        if (not verb and clean and sense == kind_sense
                and not any(same_stem(earlier, english) for earlier in words[:words.index(sense)])):
            common = _kinds_of_one(thesaurus, english, sense)
            if common is not None:
                return _KIND, sense, common
    return None


@per_text  # a bead's reading (its own links and words): kept on its view for a pair checked again
def changed_senses(context: CheckContext, view: BeadView) -> list[Changed]:
    """The pairs of an unlinked English word and an unrendered Turkish word related the wrong way (see above)."""
    links = context.links[view.index]
    unlinked = links.unlinked_trans()
    if not unlinked:
        return []
    orig = _orig_words(context, view, links)
    if not orig:
        return []
    thesaurus = _thesaurus()
    # Relations first, as they are rare: the guards below read more of the pair.
    related = []
    for word in unlinked:
        if not _synsets(thesaurus, word.lemma):
            continue
        for token, lemma, senses in orig:
            clean = _clean_form(view.orig_folded[token.position], lemma)
            found = _relation(thesaurus, word.lemma, lemma, senses, clean)
            # Two words opening their sentences stand in the same place; for opposites, an opening verb is as often
            # one that reports speech ("Adding that ...").
            if found is not None and (_anchored(links, word.token.position, token.position)
                                      or found[0] == _KIND and _both_open(view, word.token, token)):
                related.append((word, token, lemma, senses, *found))
    return _guarded(context, view, links, unlinked, related) if related else []


def _both_open(view: BeadView, trans: Token, orig: Token) -> bool:
    """Both words open their sentences (within the first `_OPENING` words): the same place, linked neighbours or not."""
    return (_sentence_offset(view.trans_tokens, view.trans_sentences, trans) < _OPENING
            and _sentence_offset(view.orig_tokens, view.orig_sentences, orig) < _OPENING)


def _sentence_offset(tokens, sentences, token: Token) -> int:
    start = next((sentence.start for sentence in sentences if sentence.start <= token.start < sentence.end), 0)
    return sum(1 for other in tokens if start <= other.start < token.start)


def _guarded(context: CheckContext, view: BeadView, links, unlinked, related) -> list[Changed]:
    """The related pairs that nothing else in the pair explains (see the module docstring)."""
    from drift.checks.antonym import _negative_pair
    from drift.checks.polarity import english_negations, turkish_negations
    from drift.lexicon.lemma import turkish_lemmas

    lexicon = context.resources.lexicon
    thesaurus = _thesaurus()
    # The Turkish word is rendered when a sense of it is an English word, or a synonym or near word of an English word
    # the lexicon links to nothing (one linked elsewhere renders another word). Function words are never linked, yet
    # may say a Turkish word ("more" for fazla).
    english_meanings = frozenset().union(*(_meanings(thesaurus, word.lemma) for word in unlinked))
    english_words = {token.text.lower() for token in view.trans_tokens}
    # Everything a word of the original may say: an English word among it is supported, however loosely. A word the
    # English already renders is read by its likeliest lemma only ("açıkladı" is no form of "açık" once rendered).
    # A synonym of a sense supports an English word only for a word the English does not render otherwise.
    said, unrendered = set(), set()
    rendered = links.linked_orig
    for token in view.orig_tokens:
        lemmas = turkish_lemmas(token.text, lexicon)
        for lemma in lemmas[:1 if token.position in rendered else _LEMMAS_READ]:
            senses = lexicon.senses(lemma)[:_LOOSE_SENSES]
            said.update(senses)
            if token.position not in rendered:
                unrendered.update(senses[:_SYNONYM_SENSES])
    # Words of the original's multiword senses: "zayıflamak" is "lose weight".
    said_words = {part for sense in said if " " in sense for part in sense.split()}
    said_meanings = frozenset().union(*(_synsets(thesaurus, sense) for sense in unrendered if " " not in sense))
    unrendered_positions = {word.token.position for word in links.unlinked_orig()}
    negations = None
    found, flagged = [], set()
    for word, orig_token, lemma, senses, relation, sense, common in related:
        token, english = word.token, word.lemma
        if token.position in flagged:
            continue
        if {english, token.text.lower()} & (said | said_words):
            continue
        if not said_meanings.isdisjoint(_synsets(thesaurus, english)):
            continue  # a synonym of something the original says
        plain = senses[:_SENSES_READ]
        if not english_words.isdisjoint(plain) or _said_in_english(thesaurus, plain, english_meanings):
            continue  # the Turkish word is rendered after all
        if relation == _KIND and _kin_of_neighbour(context, view, thesaurus, english, orig_token, unrendered_positions):
            continue  # the English word may render the two together ("amca çocukları": cousins)
        if relation == _OPPOSITE and (_negative_pair(english, sense) or _phrasal(view, token)):
            continue  # "unfair" for "adil değil" is a negation moved; "drive up" means what "up" says
        if relation == _OPPOSITE:
            if negations is None:
                strong, weak = turkish_negations(context, view)
                # An English word is negated by a negation shortly before it; a word negative by its meaning
                # ("rejected") is what is compared, not a negation.
                negated = {position for item in english_negations(context, view)[0]
                           for position in range(item.position + 1, item.position + 1 + _NEGATION_REACH)}
                negations = ({item.position for item in strong}, {item.position for item in weak}, negated)
            if orig_token.position in negations[1]:
                continue  # a negation that may not be one: the direction cannot be told
            if (orig_token.position in negations[0]) != (token.position in negations[2]):
                continue
        if _misspelt(lexicon, english, view.orig_folded[orig_token.position]):
            continue
        flagged.add(token.position)
        found.append(Changed(orig_token, token, lemma, sense, english, relation, common))
    return found


# Session 14: a homonym told in its other sense (basis "homonym"). Kinds of things that belong together in one
# sentence: a plant with its parts and produce, a creature (an animal or a person) with its body parts, things people
# make, and the land with its waters (not a place people made or use, a garden or a village, which may have anything
# in it). Each is a set of WordNet synsets, named as in `_KIND_DOMAINS`.
_SENSE_GROUPS = (
    ("plants", (("plant", "organism"), ("plant part", "natural object"), ("produce", "food"))),
    ("living beings", (("animal", "organism"), ("body part", "part"), ("person", "organism"))),
    ("artifacts", (("artifact", "whole"),)),
    ("land and water", (("geological formation", "object"), ("body of water", "thing"), ("land", "object"))),
)
# The other sense is read among the Turkish word's first one-word senses; the sentence's say is read from the nearest
# noun either side of the English word, this many words away at most (a word of the next clause says nothing).
_HOMONYM_SENSES = 8
# Only plants and the land tell which sense is meant: people and made things are beside nearly every noun of the news
# ("the defence minister" is no sign that savunma is an advocate).
_TELLING_GROUPS = frozenset(("plants", "land and water"))
_CONTEXT_REACH = 4
_HOMONYM = "homonym"


@functools.cache
def _group_synsets(thesaurus) -> dict[int, str]:
    """The synsets of `_SENSE_GROUPS`, each with its group's name."""
    return {synset: name for name, members in _SENSE_GROUPS for literal, hypernym in members
            for synset in _synsets(thesaurus, literal, "n") if thesaurus.literals[synset][0] == literal
            and any(thesaurus.literals[up][0] == hypernym for up in thesaurus.hypernyms[synset])}


@functools.lru_cache(maxsize=65536)
def _groups(thesaurus, word: str) -> frozenset[str]:
    """The groups any noun sense of the word belongs to (a word of several kinds belongs to each)."""
    groups = _group_synsets(thesaurus)
    return frozenset(groups[ancestor] for synset in _synsets(thesaurus, word, "n")
                     for ancestor in (synset, *thesaurus.ancestors(synset)) if ancestor in groups)


@functools.lru_cache(maxsize=65536)
def _concrete(thesaurus, word: str) -> bool:
    """Every noun sense of the word is a physical thing ("handle", an appendage of an object; not "face", also a look)."""
    synsets = _synsets(thesaurus, word, "n")
    return bool(synsets) and all(any(thesaurus.literals[ancestor][0] == "physical entity"
                                     for ancestor in thesaurus.ancestors(synset)) for synset in synsets)


@functools.lru_cache(maxsize=16384)
def _meant_groups(thesaurus, sense: str, senses: frozenset[str]) -> frozenset[str]:
    """The groups of the synsets of a Turkish word's sense that hold another of its senses too: the synsets the Turkish
    word means ("brook, creek" for çay; not "count", a nobleman, for sayı, whose sense is a tally)."""
    groups = _group_synsets(thesaurus)
    return frozenset(groups[ancestor] for synset in _synsets(thesaurus, sense, "n")
                     if not senses.isdisjoint(set(thesaurus.literals[synset]) - {sense})
                     for ancestor in (synset, *thesaurus.ancestors(synset)) if ancestor in groups)


def _noun_like(thesaurus, lemma: str) -> bool:
    """WordNet reads the word as a noun at least as often as anything else ("cherries", not "pick")."""
    kinds = [thesaurus.pos[synset] for synset in _synsets(thesaurus, lemma)]
    return kinds.count("n") > 0 and kinds.count("n") >= len(kinds) - kinds.count("n")


def _noun_place(view: BeadView, thesaurus, word) -> bool:
    """The English word is a noun: WordNet reads it mostly as one, or a determiner stands before it ("their
    handles", though WordNet lists "handle" more often as a verb)."""
    from drift.checks.antonym import _DETERMINERS

    if not _synsets(thesaurus, word.lemma, "n"):
        return False
    position = word.token.position
    before = view.trans_tokens[position - 1].text.lower() if position else ""
    return (_noun_like(thesaurus, word.lemma) or before in _DETERMINERS
            or before.endswith(("'s", "’s", "s'", "s’")))  # after a possessive: "the mountain's back"


def _neighbour_groups(view: BeadView, links, thesaurus, position: int, orig_position: int) -> frozenset[str]:
    """The groups of the nearest linked noun on each side of an English word, within `_CONTEXT_REACH` words, in its
    sentence: what the sentence speaks of there ("the cherries together with their ...")."""
    words = {word.token.position: word for word in links.trans_words}
    linked = {trans for orig, trans in links.links if orig != orig_position}
    sentence = next((item for item in view.trans_sentences
                     if item.start <= view.trans_tokens[position].start < item.end), None)
    found: set[str] = set()
    for step in (-1, 1):
        for other in range(position + step, position + step * (_CONTEXT_REACH + 1), step):
            if not 0 <= other < len(view.trans_tokens):
                break
            token = view.trans_tokens[other]
            if sentence is not None and not sentence.start <= token.start < sentence.end:
                break
            word = words.get(other)
            if other in linked and word is not None and _noun_like(thesaurus, word.lemma):
                groups = _groups(thesaurus, word.lemma)
                if groups:  # a noun of no kind ("south", "two") says nothing: the next one may
                    found |= groups
                    break
    return frozenset(found)


@per_text  # a bead's reading: kept on its view for a pair checked again
def homonyms(context: CheckContext, view: BeadView) -> list[Changed]:
    """Turkish nouns rendered by one of their senses whose kind nothing near it in the sentence shares, while another
    of their first senses shares the kind of the nouns beside it: "kirazları sapıyla" (with their stalks) told as
    "the cherries with their handles", a stalk and a handle both being a "sap"."""
    links = context.links[view.index]
    if not links.links:
        return []
    lexicon = context.resources.lexicon
    thesaurus = _thesaurus()
    orig_words = {word.token.position: word for word in links.orig_words}
    trans_words = {word.token.position: word for word in links.trans_words}
    said = {word.lemma for word in links.trans_words}
    # The pairs: the links, and an unlinked English word beside an unrendered Turkish word whose noun it renders
    # though the likeliest lemma does not ("saptan" is read as saptamak, to establish, before sap).
    pairs = list(links.links)
    unrendered = [word.token.position for word in links.unlinked_orig()]
    pairs += [(orig, word.token.position) for word in links.unlinked_trans() for orig in unrendered
              if _anchored(links, word.token.position, orig)]
    found = []
    for orig_position, trans_position in pairs:
        orig, trans = orig_words.get(orig_position), trans_words.get(trans_position)
        if orig is None or trans is None or not orig.lemmas or orig.token.suffix:
            continue
        lemma = _noun_lemma(view.orig_folded[orig_position], orig.lemmas)
        if lemma.endswith(("mak", "mek")):
            continue
        senses = [sense for sense in lexicon.senses(lemma)[:_LOOSE_SENSES] if " " not in sense]
        english = trans.lemma
        if english not in senses or not _noun_place(view, thesaurus, trans):
            continue
        if not _concrete(thesaurus, english):
            continue  # a word with an abstract sense may be said of anything ("face": a mountain's face is its side)
        mine = _groups(thesaurus, english)
        beside = _neighbour_groups(view, links, thesaurus, trans_position, orig_position)
        if not beside or not beside.isdisjoint(mine):
            continue
        others = frozenset(senses)
        for sense in senses[:_HOMONYM_SENSES]:
            if sense == english or sense in said:
                continue
            theirs = _meant_groups(thesaurus, sense, others)
            if theirs & beside & _TELLING_GROUPS and theirs.isdisjoint(mine):
                found.append(Changed(orig.token, trans.token, lemma, sense, english, _HOMONYM,
                                     sorted(theirs & beside)[0]))
                break
    return found


@check("D422", "sense-changed", Category.MISTRANSLATION, Severity.MAJOR)
def sense_changed(context: CheckContext):
    for view in pair_views(context):
        for changed in homonyms(context, view):
            said = context.alignment.orig.text[changed.orig.start:changed.orig.end]
            yield make_finding(
                sense_changed, view,
                message=(f"The original says “{said}” ({changed.lemma}: {changed.sense}) but the English says "
                         f"“{changed.trans.text}”, another sense of the word, of another kind than the words "
                         f"beside it."),
                trans=context.trans_span(changed.trans.start, changed.trans.end),
                orig=context.orig_span(changed.orig.start, changed.orig.end),
                basis=_HOMONYM,
                expected=changed.sense,
                evidence=(f"{changed.lemma} means “{changed.english}” and “{changed.sense}”; the nouns beside "
                          f"“{changed.trans.text}” are {changed.common}, as “{changed.sense}” is and "
                          f"“{changed.english}” is not (WordNet)"),
            )
        for changed in changed_senses(context, view):
            said = context.alignment.orig.text[changed.orig.start:changed.orig.end]
            if changed.relation == _OPPOSITE:
                message = (f"The original says “{said}” ({changed.lemma}: {changed.sense}) but the English says "
                           f"“{changed.trans.text}”, its opposite.")
                evidence = (f"WordNet gives “{changed.english}” as an opposite of “{changed.sense}”; "
                            f"no word of the original says “{changed.english}” and the English renders "
                            f"{changed.lemma} nowhere")
            else:
                message = (f"The original says “{said}” ({changed.lemma}: {changed.sense}) but the English says "
                           f"“{changed.trans.text}”, another {changed.common}.")
                evidence = (f"WordNet gives “{changed.english}” and “{changed.sense}” as two kinds of "
                            f"{changed.common}; no word of the original says “{changed.english}” and the English "
                            f"renders {changed.lemma} nowhere")
            yield make_finding(
                sense_changed, view,
                message=message,
                trans=context.trans_span(changed.trans.start, changed.trans.end),
                orig=context.orig_span(changed.orig.start, changed.orig.end),
                basis=changed.relation,
                expected=changed.sense,
                evidence=evidence,
            )

