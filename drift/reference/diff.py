"""A word diff inside one bead of two English texts: which content words changed, reworded words seen through.

Pure: tokens in, `Change` records out. Words are compared by lemma
(counterparts = counterpart, said = say), with case, diacritics, full stops
and curly apostrophes folded ("U.S." = "US", "Abdülhamid" = "Abdulhamid"),
and hyphenated words read part by part ("Soviet-origin" = "Soviet origin").
Function words are left out of the comparison, except the words that negate:
a faithful rewording changes "the" into "its" all the time, and no reader is
misled by it. So are verbs of saying ("said", "noted", "stressed"),
connectives ("meanwhile", "for his part", "in turn") and honorifics ("Prof.",
"Dr"), which news English swaps freely for one another. Runs of changes separated by at most `GAP` equal words become
one change, because an editor reads a reworded phrase as one.

A changed word is explained, and not reported, when the other side of the
bead has a word of the same family anywhere (moved: "Analysts say Ankara ..."
and "Ankara ..., say analysts"; derived: "consider" and "consideration") or
a synonym among its changed words (in the same change first: a reordered
sentence puts it in another). British spellings are read as American ones
("metres", "meters"), a phrase a thesaurus lists as one word is one word
("carried out" = carry out, so that it may be the synonym of "implemented"),
and a word with a negative prefix is explained by "not" and the bare word
("unfair", "not fair").

Some rewordings are read by their form: a word WordNet defines by the other
("reconvene": meet again, through `synonyms`), a compound written as one word
or two ("drillship", "drilling ship"), a word of frequency and its unit
("weekly", "every week"), a word said twice close together on one side and
once on the other, one support verb put for another beside a reworded noun
("held a drill", "staged an exercise"), the words that put an event on a
timetable ("scheduled", "due", "planned" before "to" or "for", and a verb of
happening after them: "planned to take place"), the particle of a phrase said
on both sides ("pushed down", "driven down"), a closed compound WordNet does not
list ending in the other side's word ("floodwall", "wall"), a particle and a
noun written as one word for the particle before a noun of like meaning
("offshore", "off the coast"), a verb and its noun put for one verb ("raised a
request", "asked": the noun, after an article, is a synonym of the verb the
other side has), a phrasal verb split by its object pronoun ("hand it over" is
pass on), and a capitalised small word opening a sentence ("As", "Although"),
which is a small word.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from typing import Callable, Sequence

from drift.model import Language
from drift.text.fold import fold_ascii
from drift.text.stopwords import STOPWORDS
from drift.text.tokens import Token

# Words that turn a statement round: never treated as mere function words.
NEGATIONS = frozenset({"not", "n't", "no", "never", "nor", "without", "none", "neither", "nobody", "nothing"})
# Words that only make a figure approximate ("around", "roughly") are compared as the figure's qualifier
# (drift.reference.markers), and "several" is an indefinite amount as "some" and "few" are: none is a content word.
APPROXIMATE = frozenset({"around", "approximately", "roughly", "nearly", "almost", "several"})
FUNCTION_WORDS = STOPWORDS[Language.ENGLISH] - NEGATIONS
# Verbs that mostly carry the noun after them ("hold a meeting", "stage a drill", "make an appointment"), as base
# forms; a phrase of the thesaurus counts as one ("carry out").
SUPPORT_VERBS = frozenset({"make", "take", "have", "give", "hold", "do", "get", "conduct", "carry out", "perform",
                           "stage", "run", "undertake", "organize", "organise", "launch", "pay", "put"})
# Support verbs that say opposite things of one noun: never one put for the other.
OPPOSITE_SUPPORT = frozenset({frozenset({"give", "take"}), frozenset({"give", "get"}), frozenset({"give", "have"}),
                              frozenset({"pay", "get"}), frozenset({"pay", "take"})})
# Words that put an event on a timetable before "to" or "for" ("is due to open", "is planned for May"): one meaning.
SCHEDULED = frozenset({"scheduled", "due", "planned", "slated"})
# Words of frequency and the unit that "every" or "a" gives them ("weekly": every week; "annually": a year).
PERIODIC = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter",
            "yearly": "year", "annually": "year", "annual": "year"}
# Prefixes that negate the word they open ("unfair", "inactive", "disagree", "nonbinding").
NEGATIVE_PREFIXES = ("non", "dis", "un", "in", "im", "il", "ir")
# Verbs that report speech, and connectives: news English says "said", "noted", "pointed out" or "stressed",
# "meanwhile" or "for his part", for one and the same thing, and a translator picks among them freely.
DISCOURSE = frozenset({
    "say", "add", "note", "state", "tell", "announce", "stress", "underline", "emphasize", "emphasise", "point",
    "recall", "remark", "comment", "explain", "indicate", "express", "declare", "speak", "respond", "reply",
    "answer", "describe", "however", "meanwhile",
    "moreover", "furthermore", "also", "additionally", "according"})
# Connective phrases whose words are content words elsewhere ("took part", "as well as"): "*" is any word of the
# phrase, "+" a word that stays a content word ("on a monthly basis" says "monthly").
# Complex prepositions of company and conformity ("together with", "in line with", "as required by") join what
# "with" or "under" joins, and those of cause ("thanks to", "owing to", "on the back of") what "because of" does.
DISCOURSE_PHRASES = (("for", "*", "part"), ("in", "turn"), ("on", "the", "other", "hand"), ("as", "well"),
                     ("in", "addition", "to"), ("along", "with"), ("together", "with"), ("in", "line", "with"),
                     ("in", "accordance", "with"), ("in", "keeping", "with"), ("as", "required", "by"),
                     ("thanks", "to"), ("owing", "to"),
                     ("as", "a", "result", "of"), ("on", "the", "back", "of"), ("on", "a", "+", "basis"))
# Honorifics are abbreviations a translator adds, drops or swaps freely (Prof., Dr): no content, no part of a title.
HONORIFICS = frozenset({"dr", "prof", "assoc", "mr", "mrs", "ms", "sir"})
# Month names that are also function words ("May") are content words when capitalised.
MONTHS = frozenset("january february march april may june july august september october november december".split())
_ABBREVIATION_STOP = re.compile(r"(?<!\d)\.|\.(?!\d)")
# Changes with at most this many unchanged content words between them are one change.
GAP = 2
# A word repeated within this many content words is one said twice (see diff_bead).
REPEAT_DISTANCE = 5
# A noun this many content words from a verb may make one phrase with it ("made a complaint": see diff_bead).
LIGHT_REACH = 2
ARTICLES = frozenset({"a", "an", "the"})
# Object pronouns that may stand inside a phrasal verb ("hand it over", "turned them down"), and the particles after.
OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her", "this", "that", "these", "those"})
PARTICLES = frozenset({"on", "off", "up", "down", "out", "over", "back", "away", "aside", "around"})
# Particles that open a closed compound of particle and noun ("offshore", "overseas", "upstream").
COMPOUND_PARTICLES = ("off", "over", "under", "up", "down", "out", "on", "in")
# Two words share a family when their common beginning is this long and covers this much of the shorter one.
FAMILY_PREFIX = 5
FAMILY_SHARE = 0.8


@dataclass(frozen=True)
class Change:
    """One changed stretch of a bead: the reference's words and the translation's, with what is left unexplained.

    `ref` and `trans` are every token of the stretch on each side (for the
    spans and the expected wording); `ref_left` and `trans_left` are the words
    that neither moved nor found a relative or synonym on the other side.
    """

    ref: tuple[Token, ...]
    trans: tuple[Token, ...]
    ref_left: tuple[Token, ...]
    trans_left: tuple[Token, ...]
    # Each side's stretch between the unchanged words around the change, as (start, end), function words
    # included ("Deputy" -> "Under-": the English for the change is "Under-"); None where nothing is between.
    ref_between: tuple[int, int] | None = None
    trans_between: tuple[int, int] | None = None


# British spellings and their American ones (Oxford and Merriam-Webster list both): "metres" and "meters",
# "defence" and "defense", "labour" and "labor" are one word. Endings first, then whole stems.
_BRITISH_ENDINGS = (("tres", "ters"), ("tre", "ter"))
_BRITISH_STEMS = {"defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
                  "colour": "color", "favour": "favor", "honour": "honor", "labour": "labor", "neighbour": "neighbor",
                  "behaviour": "behavior", "harbour": "harbor", "humour": "humor", "rumour": "rumor",
                  "endeavour": "endeavor", "armour": "armor", "flavour": "flavor", "vigour": "vigor",
                  "rigour": "rigor", "tumour": "tumor", "valour": "valor", "saviour": "savior", "catalogue": "catalog",
                  "dialogue": "dialog", "programme": "program", "cheque": "check", "tyre": "tire", "grey": "gray",
                  "plough": "plow", "manoeuvre": "maneuver", "aluminium": "aluminum", "sceptic": "skeptic"}


def american(key: str) -> str:
    """A lower-case word in its American spelling, where a British one differs ("kilometres" -> "kilometers")."""
    for stem, spelling in _BRITISH_STEMS.items():
        if key.startswith(stem):
            return spelling + key[len(stem):]
    for ending, spelling in _BRITISH_ENDINGS:
        if key.endswith(ending) and len(key) > len(ending) + 2:
            return key[:-len(ending)] + spelling
    return key


def word_key(token: Token) -> str:
    """A token as compared: case and diacritics folded, full stops out, a handle keeps its @."""
    # Full stops of abbreviations go ("U.S." = "US"); a decimal point stays ("1.5" is not "15").
    key = _ABBREVIATION_STOP.sub("", fold_ascii(token.stem)).replace("’", "'")
    # A code's plural is the code: "S-400s" are S-400 systems.
    return key[:-1] if len(key) > 2 and key.endswith("s") and key[-2].isdigit() else key


def is_content(token: Token, opening: bool = False) -> bool:
    """A word the diff compares; `opening`: the word opens a sentence, where a capital says nothing ("As",
    "This"), while inside one a capitalised small word is a name ("Can Öztürk")."""
    key = word_key(token)
    if key.lower() in HONORIFICS:
        return False
    if key.lower() in APPROXIMATE:
        return False
    if opening and key[:1].isupper() and key[1:].islower() and key.lower() not in MONTHS:
        key = key.lower()
    return key not in FUNCTION_WORDS or token.stem[:1].isupper() and key.lower() in MONTHS


def _is_discourse(token: Token, lemma: Callable[[str], str]) -> bool:
    """A verb of saying, its noun in -ment ("in a statement", "the announcement"), or a connective; capitalised only
    as a sentence's opening participle ("Speaking at ...", "According to ..."): "the United States" is no verb of
    saying."""
    key = word_key(token).lower()
    # The lemmatiser may read "noting" as "not": the word less its ending, with or without an "e", counts too.
    forms = {key, lemma(key), *(key[:-len(ending)] + tail for ending in ("ing", "ed", "es", "s", "ment", "ments")
                                if key.endswith(ending) for tail in ("", "e"))}
    return bool(forms & DISCOURSE) and (token.stem[:1].islower() or key.endswith("ing"))


def _in_phrases(parts: Sequence[Token]) -> set[int]:
    """Indexes of the words of `parts` that stand in a connective phrase ("for his part", "in turn")."""
    keys = [word_key(part).lower() for part in parts]
    inside: set[int] = set()
    for start in range(len(keys)):
        for phrase in DISCOURSE_PHRASES:
            window = keys[start:start + len(phrase)]
            if len(window) == len(phrase) and all(want in ("*", "+", key) for want, key in zip(phrase, window)):
                inside.update(start + k for k, want in enumerate(phrase) if want != "+")
    return inside


def word_parts(token: Token) -> list[Token]:
    """A hyphenated word as its parts (codes and numbers such as "S-400" stay whole)."""
    if "-" not in token.stem or any(char.isdigit() for char in token.stem):
        return [token]
    parts, offset = [], token.start
    for part in token.stem.split("-"):
        if part:
            parts.append(replace(token, start=offset, end=offset + len(part), text=part, stem=part, suffix=""))
        offset += len(part) + 1
    return parts


@functools.lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@functools.lru_cache(maxsize=65536)
def stem(key: str) -> str:
    return _stemmer().stemWord(key)


def same_family(first: str, second: str) -> bool:
    """Two keys of one word family: one stem, or a long common beginning ("ukraine", "ukrainian")."""
    if first == second or stem(first) == stem(second):
        return True
    common = len(os.path.commonprefix([first, second]))
    return common >= FAMILY_PREFIX and common >= FAMILY_SHARE * min(len(first), len(second))


def _compounds(parts: Sequence[Token], lemma: Callable[[str], str], is_phrase: Callable[[str], bool],
               connectives: set[int] | frozenset[int] = frozenset(),
               openings: frozenset[int] = frozenset()) -> tuple[dict[int, str], set[int]]:
    """Words that open a phrase the thesaurus lists as one word ("turned down" is turn down, "carried out" carry
    out, "set aside", "at the same time"), as {index of the first word: the phrase}, and the indexes of the words
    it takes after; no phrase overlaps the words of a connective (indexes in `connectives`)."""
    opening: dict[int, str] = {}
    taken: set[int] = set()
    keys = [word_key(part).lower() for part in parts]
    for k in range(len(parts)):
        # A phrase opens with a content word that is no verb of saying ("pointed out" stays one: "in line" is none),
        # or is an adverbial of small words around a noun ("at the same time", "in advance"), which a translator
        # puts for one adverb ("simultaneously", "beforehand").
        if k in taken or k in connectives or not keys[k].isalpha() or _is_discourse(parts[k], lemma):
            continue
        content = is_content(parts[k], parts[k].start in openings)
        # A phrasal verb with its object pronoun inside ("hand it over" is pass on, "turned them down" turn down).
        if content and k + 2 < len(parts) and keys[k + 1] in OBJECT_PRONOUNS and keys[k + 2] in PARTICLES \
                and k + 2 not in connectives and is_phrase(f"{lemma(keys[k])} {keys[k + 2]}"):
            opening[k] = f"{lemma(keys[k])} {keys[k + 2]}"
            taken.add(k + 2)
            continue
        for size in (3, 2) if content else (4, 3, 2):
            rest = keys[k + 1:k + size]
            if len(rest) != size - 1 or not all(key.isalpha() for key in rest) or connectives & set(
                    range(k, k + size)) or not content and not is_content(parts[k + size - 1]):
                continue
            phrase = " ".join((lemma(keys[k]) if content else keys[k], *rest))
            if is_phrase(phrase):
                opening[k] = phrase
                taken.update(range(k + 1, k + size))
                break
    return opening, taken


def diff_bead(ref_tokens: Sequence[Token], trans_tokens: Sequence[Token], lemma: Callable[[str], str],
              synonyms: Callable[[str, str, bool], bool],
              is_phrase: Callable[[str], bool] = lambda phrase: False,
              openings: frozenset[int] | None = None) -> tuple[Change, ...]:
    """The changes from the reference's words to the translation's, moved and reworded words explained.

    `synonyms(first, second, names)` tells two base forms that say the same (`names`: either is capitalised);
    `is_phrase` tells a phrase of several words that a thesaurus lists as one ("carry out"): it is compared
    as one word, so that it may be the synonym of one ("implement"). `openings` are where the tokens that open
    a sentence start (by default the first token of each side)."""
    if openings is None:
        openings = frozenset(tokens[0].start for tokens in (ref_tokens, trans_tokens) if tokens)
    ref_parts = [part for token in ref_tokens for part in word_parts(token)]
    trans_parts = [part for token in trans_tokens for part in word_parts(token)]
    ref_phrases, trans_phrases = _in_phrases(ref_parts), _in_phrases(trans_parts)
    # A connective phrase ("together with", "in line with") is no phrase of the thesaurus to compare.
    ref_compounds, ref_inside = _compounds(ref_parts, lemma, is_phrase, ref_phrases, openings)
    trans_compounds, trans_inside = _compounds(trans_parts, lemma, is_phrase, trans_phrases, openings)
    ref_indexes = [k for k, part in enumerate(ref_parts) if k not in ref_inside and (k in ref_compounds or (
        is_content(part, part.start in openings) and k not in ref_phrases and not _is_discourse(part, lemma)))]
    trans_indexes = [k for k, part in enumerate(trans_parts) if k not in trans_inside and (k in trans_compounds or (
        is_content(part, part.start in openings) and k not in trans_phrases and not _is_discourse(part, lemma)))]
    ref = [ref_parts[k] for k in ref_indexes]
    trans = [trans_parts[k] for k in trans_indexes]
    ref_keys = [ref_compounds.get(k) or _scheduled(ref_parts, k) or lemma(american(word_key(ref_parts[k]).lower()))
                for k in ref_indexes]
    trans_keys = [trans_compounds.get(k) or _scheduled(trans_parts, k)
                  or lemma(american(word_key(trans_parts[k]).lower())) for k in trans_indexes]
    # Words as written, too: a lemmatiser reads "ruling" as "rule", where a thesaurus has the noun.
    ref_words = [word_key(token).lower() for token in ref]
    trans_words = [word_key(token).lower() for token in trans]

    def alike(i: int, j: int) -> bool:
        # A capitalised word may be a name or a nationality (Norwegian, Danish): a thesaurus puts those side by
        # side, so it is read as a name unless the first senses of one Turkish word hold both.
        names = ref[i].stem[:1].isupper() or trans[j].stem[:1].isupper()
        return synonyms(ref_keys[i], trans_keys[j], names) or (ref_words[i], trans_words[j]) != (
            ref_keys[i], trans_keys[j]) and synonyms(ref_words[i], trans_words[j], names)

    opcodes = SequenceMatcher(None, ref_keys, trans_keys, autojunk=False).get_opcodes()
    runs: list[list[int]] = []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            continue
        if runs and i1 - runs[-1][1] <= GAP and j1 - runs[-1][3] <= GAP:
            runs[-1][1], runs[-1][3] = i2, j2
        else:
            runs.append([i1, i2, j1, j2])
    changed_ref = {i for tag, i1, i2, _, _ in opcodes if tag != "equal" for i in range(i1, i2)}
    changed_trans = {j for tag, _, _, j1, j2 in opcodes if tag != "equal" for j in range(j1, j2)}
    # Synonyms within one change first, then relatives anywhere in the bead (moved or derived words).
    explained_ref: set[int] = _timetabled(ref_keys, synonyms) & changed_ref
    explained_trans: set[int] = _timetabled(trans_keys, synonyms) & changed_trans
    paired: list[tuple[int, int]] = []
    for i1, i2, j1, j2 in runs:
        for i in range(i1, i2):
            if i not in changed_ref:
                continue
            partner = next((j for j in range(j1, j2) if j in changed_trans and j not in explained_trans
                            and alike(i, j)), None)
            if partner is not None:
                explained_ref.add(i)
                explained_trans.add(partner)
                paired.append((i, partner))
    # A reordered sentence puts a word and its synonym in different changes ("prices rose ..., data showed" and
    # "according to data, prices climbed ..."): a synonym among the other side's changed words anywhere in the bead.
    for i in sorted(changed_ref - explained_ref):
        partner = next((j for j in sorted(changed_trans - explained_trans)
                        if alike(i, j)), None)
        if partner is not None:
            explained_ref.add(i)
            explained_trans.add(partner)
            paired.append((i, partner))
    # A verb and its noun put for one verb ("made a complaint" / "complained", "gave a reply" / "answered"): the noun,
    # an article after the word that took the other side's verb, is a synonym of that verb too and says nothing
    # more. The article tells the verb's object from a compound's head ("water mains"); a support verb ("made",
    # "took") says too little of its own to be the other side's verb.
    def object_of(parts: list[Token], tokens: list[Token], verb: int, noun: int) -> bool:
        return 0 < noun - verb <= LIGHT_REACH and any(
            word_key(part).lower() in ARTICLES for part in parts if tokens[verb].end <= part.start < tokens[noun].start)

    for i1, i2, j1, j2 in runs:
        for i in range(i1, i2):
            if i in changed_ref and i not in explained_ref and any(
                    object_of(ref_parts, ref, p, i) and trans_keys[q] not in SUPPORT_VERBS and alike(i, q)
                    for p, q in paired if j1 <= q < j2):
                explained_ref.add(i)
        for j in range(j1, j2):
            if j in changed_trans and j not in explained_trans and any(
                    object_of(trans_parts, trans, q, j) and ref_keys[p] not in SUPPORT_VERBS and alike(p, j)
                    for p, q in paired if i1 <= p < i2):
                explained_trans.add(j)
    # "unfair" says "not fair": a word with a negative prefix on one side, the word and a negation on the other.
    for one, other, one_explained, other_explained, one_changed, other_changed in (
            (ref_keys, trans_keys, explained_ref, explained_trans, changed_ref, changed_trans),
            (trans_keys, ref_keys, explained_trans, explained_ref, changed_trans, changed_ref)):
        for i in sorted(one_changed - one_explained):
            bare = next((one[i][len(prefix):] for prefix in NEGATIVE_PREFIXES if one[i].startswith(prefix)
                         and len(one[i]) > len(prefix) + 2), None)
            word = next((j for j in sorted(other_changed - other_explained) if bare and other[j] == bare), None)
            negation = next((j for j in sorted(other_changed - other_explained) if other[j] in NEGATIONS), None)
            if word is not None and negation is not None:
                one_explained.add(i)
                other_explained.update((word, negation))
    # A word of frequency and its unit with "every" or "a" ("weekly", "every week"; "annually", "a year").
    for one, other, one_explained, other_explained, one_changed, other_changed, other_side in (
            (ref_words, trans_keys, explained_ref, explained_trans, changed_ref, changed_trans, trans),
            (trans_words, ref_keys, explained_trans, explained_ref, changed_trans, changed_ref, ref)):
        for i in sorted(one_changed - one_explained):
            unit = PERIODIC.get(one[i])
            j = next((j for j in sorted(other_changed - other_explained)
                      if unit and other[j].split()[-1] == unit), None)
            if j is not None:
                one_explained.add(i)
                other_explained.add(j)
                if j and j - 1 in other_changed and word_key(other_side[j - 1]).lower() in ("every", "per", "each"):
                    other_explained.add(j - 1)
    # A compound written as one word on one side and as two on the other ("drillship", "drilling ship").
    for one, other, one_explained, other_explained, one_changed, other_words in (
            (ref_words, trans_words, explained_ref, explained_trans, changed_ref, trans_words),
            (trans_words, ref_words, explained_trans, explained_ref, changed_trans, ref_words)):
        for i in sorted(one_changed - one_explained):
            parts = next((j for j in range(len(other_words) - 1)
                          if _joined(one[i], other_words[j], other_words[j + 1])), None)
            if parts is not None:
                one_explained.add(i)
                other_explained.update((parts, parts + 1))
    # A particle and a noun written as one word ("offshore") for the particle before a noun of like meaning on the
    # other side, an article between or not ("off the coast"): the particle is said on both sides.
    for one, one_explained, one_changed, other_side, other_parts, other, other_explained, other_changed in (
            (ref_words, explained_ref, changed_ref, trans, trans_parts, trans_keys, explained_trans, changed_trans),
            (trans_words, explained_trans, changed_trans, ref, ref_parts, ref_keys, explained_ref, changed_ref)):
        for i in sorted(one_changed - one_explained):
            particle = next((particle for particle in COMPOUND_PARTICLES if one[i].startswith(particle)
                             and len(one[i]) >= len(particle) + 4 and one[i].isalpha()), None)
            if particle is None:
                continue
            rest = one[i][len(particle):]
            for j in sorted(other_changed - other_explained):
                before = [word_key(part).lower() for part in other_parts if part.end <= other_side[j].start][-2:]
                if (before[-1:] == [particle] or before == [particle, "the"]) and (
                        rest == other[j] or synonyms(rest, other[j], False) or synonyms(lemma(rest), other[j], False)):
                    one_explained.add(i)
                    other_explained.add(j)
                    break
    # A closed compound that WordNet does not list, ending in the other side's word, is a kind of what that word
    # names ("hotline", "line"): English puts a compound's head last.
    for one, other, one_explained, other_explained, one_changed, other_changed in (
            (ref_words, trans_words, explained_ref, explained_trans, changed_ref, changed_trans),
            (trans_words, ref_words, explained_trans, explained_ref, changed_trans, changed_ref)):
        _pair_off(one, other, one_changed, other_changed, one_explained, other_explained,
                  lambda word, head: _headed(word, head, is_phrase))
    # A closed compound put for a phrase of the thesaurus built on one of its parts ("airborne", "in the air").
    for one, other, one_explained, other_explained, one_changed, other_changed in (
            (ref_words, trans_keys, explained_ref, explained_trans, changed_ref, changed_trans),
            (trans_words, ref_keys, explained_trans, explained_ref, changed_trans, changed_ref)):
        _pair_off(one, other, one_changed, other_changed, one_explained, other_explained,
                  lambda word, phrase: " " in phrase and any(_part_of(word, part) for part in phrase.split()))
    for i in sorted(changed_ref - explained_ref):
        partner = next((j for j in range(len(trans_keys)) if j not in explained_trans
                        and (j in changed_trans or trans_keys[j] != ref_keys[i])
                        and same_family(ref_keys[i], trans_keys[j])), None)
        if partner is not None:
            explained_ref.add(i)
            if partner in changed_trans:
                explained_trans.add(partner)
    for j in sorted(changed_trans - explained_trans):
        if any(same_family(key, trans_keys[j]) for key in ref_keys):
            explained_trans.add(j)
    # The particle of a phrase the other side says as one ("pushed down" read as push down, "driven down"): the
    # particle is said on both sides.
    for one, other, one_explained, one_changed in ((ref_keys, trans_keys, explained_ref, changed_ref),
                                                   (trans_keys, ref_keys, explained_trans, changed_trans)):
        particles = {key.rsplit(" ", 1)[1] for key in other if " " in key}
        one_explained.update(i for i in one_changed - one_explained if one[i] in particles)
    # A word said twice close together on one side and once on the other was only not repeated: "from 20 million
    # cubic meters to 40 million cubic meters" and "from 20 million to 40 million cubic meters". Not a word of a
    # name or title ("District Governor ... in the district"), which says which one.
    for one, other, one_explained, one_changed, tokens in (
            (ref_keys, trans_keys, explained_ref, changed_ref, ref),
            (trans_keys, ref_keys, explained_trans, changed_trans, trans)):
        for i in sorted(one_changed - one_explained):
            near = range(max(0, i - REPEAT_DISTANCE), min(len(one), i + 1 + REPEAT_DISTANCE))
            # The other side says it once, or says once what explained the word's other mention ("month on month",
            # "monthly").
            if any(one[k] == one[i] and k != i and (one[i] in other or k in one_explained) for k in near) \
                    and not tokens[i].stem[:1].isupper():
                one_explained.add(i)
    # One support verb put for another ("held a drill", "staged an exercise"; "carry out", "conduct") adds nothing
    # to the noun it goes with; opposites among them ("give", "take") are no support verbs here.
    for i1, i2, j1, j2 in runs:
        ref_light = [i for i in range(i1, i2) if i in changed_ref and i not in explained_ref
                     and ref_keys[i] in SUPPORT_VERBS]
        trans_light = [j for j in range(j1, j2) if j in changed_trans and j not in explained_trans
                       and trans_keys[j] in SUPPORT_VERBS]
        if ref_light and trans_light:
            pairs = [(i, j) for i in ref_light for j in trans_light
                     if frozenset((ref_keys[i], trans_keys[j])) not in OPPOSITE_SUPPORT]
            if pairs:
                explained_ref.add(pairs[0][0])
                explained_trans.add(pairs[0][1])
    # A support verb whose noun the other side says in other words, as a verb or an adjective of its family ("gave
    # great support", "was very supportive"), is the same statement; a noun both sides keep unchanged
    # leaves the verb to say what happened to it ("held the talks", "cancelled the talks").
    for keys, one_changed, one_explained in ((ref_keys, changed_ref, explained_ref),
                                             (trans_keys, changed_trans, explained_trans)):
        for i in sorted(one_changed - one_explained):
            if keys[i] in SUPPORT_VERBS and any(k in one_changed and k in one_explained
                                                for k in range(i + 1, min(i + 3, len(keys)))):
                one_explained.add(i)
    changes = []
    for i1, i2, j1, j2 in runs:
        ref_left = tuple(ref[i] for i in range(i1, i2) if i in changed_ref and i not in explained_ref)
        trans_left = tuple(trans[j] for j in range(j1, j2) if j in changed_trans and j not in explained_trans)
        if ref_left or trans_left:
            # The words either side of an empty side show where something went missing.
            ref_side = tuple(ref[i1:i2]) or tuple(ref[max(i1 - 1, 0):i1 + 1])
            trans_side = tuple(trans[j1:j2]) or tuple(trans[max(j1 - 1, 0):j1 + 1])
            changes.append(Change(ref_side, trans_side, ref_left, trans_left,
                                  _between(ref_parts, ref, i1, i2), _between(trans_parts, trans, j1, j2)))
    return tuple(changes)


def _scheduled(parts: Sequence[Token], k: int) -> str | None:
    """"scheduled" for a word that says an event is scheduled ("is due to", "is planned to", "is slated for")."""
    if word_key(parts[k]).lower() in SCHEDULED and k + 1 < len(parts) and word_key(parts[k + 1]).lower() in (
            "to", "for"):
        return "scheduled"
    return None


def _timetabled(keys: Sequence[str], synonyms: Callable[[str, str, bool], bool]) -> set[int]:
    """Indexes of the verbs of happening after a word of the timetable: an event "planned to take place" or "due
    to happen" on a day is only scheduled for it."""
    return {k + 1 for k in range(len(keys) - 1) if keys[k] == "scheduled" and synonyms(keys[k + 1], "happen", False)}


def _part_of(word: str, part: str) -> bool:
    """`part`, a word of three letters or more and no small word, opens or ends the closed compound `word`, whose
    other part is three letters or more ("airborne": air)."""
    return len(part) >= 3 and part.isalpha() and part not in FUNCTION_WORDS and word.isalpha() \
        and len(word) >= len(part) + 3 and (word.startswith(part) or word.endswith(part))


def _headed(word: str, head: str, known: Callable[[str], bool]) -> bool:
    """`word` is a closed compound ending in `head` ("hotline": line) that WordNet does not list as a word of its
    own (it lists "deadline" and "online", which are no kinds of line); each part three letters or more."""
    return len(head) >= 3 and len(word) >= len(head) + 3 and word.endswith(head) and word.isalpha() \
        and head.isalpha() and not known(word)



def _pair_off(one, other, one_changed: set, other_changed: set, one_explained: set, other_explained: set,
              alike) -> None:
    """Explain each changed word of one side not yet explained by the first changed, unexplained word of the other
    side that `alike(one side's word, other side's word)` accepts; both are then explained."""
    for i in sorted(one_changed - one_explained):
        j = next((j for j in sorted(other_changed - other_explained) if alike(one[i], other[j])), None)
        if j is not None:
            one_explained.add(i)
            other_explained.add(j)

def _joined(word: str, first: str, second: str) -> bool:
    """`word` is a compound of `first` and `second` written as one ("drillship": drilling ship; "roadmap": road
    map): it ends with `second` and begins with `first` or a word of its family, each part three letters or more."""
    if len(second) < 3 or not word.endswith(second) or not word.isalpha():
        return False
    head = word[:-len(second)]
    return len(head) >= 3 and (head == first or same_family(head, first) or first.startswith(head) and len(head) >= 4)


def _between(parts: Sequence[Token], content: list[Token], first: int, last: int) -> tuple[int, int] | None:
    """The stretch of a side strictly between the unchanged content words before and after a change."""
    after = content[first - 1].end if first > 0 else -1
    before = content[last].start if last < len(content) else None
    inside = [t for t in parts if t.start >= after and (before is None or t.end <= before)]
    return (inside[0].start, inside[-1].end) if inside else None

