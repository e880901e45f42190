"""Check an English text against an English reference: the wire's English original, or a model's rendering.

The same pipeline as a Turkish original: both texts are split and embedded,
the same aligner makes beads, and each bead is compared word by word
(drift.reference.diff). Facts are compared over the whole bead first
(numbers and times here, dates, names, titles and words left in Turkish in
drift.reference.facts), because a paraphrase moves them between the diff's
changes; what no fact explains is a rewording, addition or omission. What changed becomes findings in the same categories
and severities as the checks' (codes in drift.reference.codes), with
`expected` = the reference's words; a sentence of the reference with no
counterpart is an omission, one of the English with none an addition. Each
paired bead carries its chrF and BLEU (sacrebleu) against the reference.

In a `Report` from here, `alignment.orig` is the reference (language "en").
"""

from __future__ import annotations

import dataclasses
import functools
import re

from drift.align import AlignParams
from drift.checks.context import BeadView, bead_views
from drift.config import Config
from drift.embed import SentenceEncoder, default_encoder
from drift.model import Alignment, Document, Finding, Report, Span
from drift.reference.codes import REFERENCE_CODES, ReferenceCode, find_reference_code, reference_code
from drift.reference.diff import (NEGATIONS, NEGATIVE_PREFIXES, SUPPORT_VERBS, Change, diff_bead, same_family,
                                  word_key)
from drift.text.tokens import Token

__all__ = ["REFERENCE_CODES", "ReferenceCode", "check_reference", "find_reference_code", "is_english_reference"]

# Two English words are synonyms when one Turkish word of the lexicon has both among this many first senses:
# the first senses are the translations a dictionary gives first; deeper ones join words that differ
# (suggest and ask share "teklif etmek" only far down its list).
SYNONYM_SENSES = 3
# Words added or dropped with no counterpart are reported from this many on (see _classify).
MIN_ADDED_OR_DROPPED = 2
# Two spellings of one name at least this similar (rapidfuzz ratio, 0-100) are a misspelling, not another name.
SPELLING_SIMILARITY = 70


# How far apart in WordNet two words may be and still be read as one meaning: "near" (one synset, or one link
# apart) or "siblings" (under one near neighbour).
RELATION = "siblings"
# Two words defined by one head are alike when fewer than this many WordNet words have that head: a head
# shared by hundreds ("get", "low", "toward") joins opposites (remove, launch; rare, common; ahead, behind).
SHARED_HEAD_MAX = 100
# Two words each, which name the WordNet senses of calling an event off and of putting it off (see calls_off).
_CALLING_OFF = (("cancel", "call off"), ("postpone", "put off"))
# Hedge words (drift.reference.markers.HEDGES, base forms): see _Words.synonyms.
_HEDGES = frozenset({"claim", "allege", "believe", "expect", "think", "suspect", "argue", "fear", "estimate"})
# Words that state a fact of their own (dates, numbers, units, currencies, times of day): see _Words.synonyms.
_FACT_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december zero one two three four five six seven eight nine ten eleven twelve "
    "hundred thousand million billion trillion dozen half quarter third percent first second third fourth fifth "
    "last next previous morning afternoon evening night noon midnight day week month year decade century hour "
    "minute hourly daily weekly monthly quarterly yearly annual annually dollar euro lira pound sterling yen yuan "
    "rouble ruble franc cent penny pence metre meter kilometre "
    "kilometer mile kilogram kilo gram tonne ton litre liter gallon hectare acre inch foot feet yard degree "
    "celsius fahrenheit north south east west northern southern eastern western".split())


def _spelled_out(word: str, senses: list[str]) -> set[str]:
    """`word`, and each sense of several words whose initials it is ("mp": member of parliament; the small words of
    the sense left out)."""
    from drift.reference.diff import FUNCTION_WORDS

    found = {word}
    if 2 <= len(word) <= 5 and word.isalpha():
        for sense in senses:
            parts = [part for part in sense.split() if part not in FUNCTION_WORDS]
            if len(parts) == len(word) and len(sense.split()) > 1 and "".join(part[0] for part in parts) == word:
                found.add(sense)
    return found


class _Words:
    """Lemmas and synonyms from the lexicon, cached per run."""

    def __init__(self, lexicon) -> None:
        self.lexicon = lexicon

    @functools.lru_cache(maxsize=65536)
    def lemma(self, key: str) -> str:
        from drift.lexicon.lemma import english_lemma

        if any(char.isdigit() for char in key) or key.startswith(("@", "#")):
            return key
        lemma = english_lemma(key, self.lexicon)
        # The lemmatiser strips "-es"/"-ed" whole where only "-s"/"-d" is the ending (ties -> "ti", noted ->
        # "not"): the word less its last letter, when that is a word, is the better base form.
        if key.endswith(("es", "ed")) and lemma == key[:-2] and key[:-1] in self.lexicon.english_words:
            return key[:-1]
        return lemma

    @functools.lru_cache(maxsize=65536)
    def synonyms(self, first: str, second: str, names: bool = False) -> bool:
        """Two base forms that say the same: the first senses of one Turkish word of the lexicon hold both, or
        (for words that are no names) WordNet relates them (see `related`)."""
        lexicon = self.lexicon
        if first in _SCALE or second in _SCALE:
            return False  # a figure's scale is a fact: "milyar" is a billion, whatever else a dictionary says
        shared = set(lexicon.turkish_for(first)) & set(lexicon.turkish_for(second))
        for turkish in shared:
            every = [sense.lower() for sense in lexicon.senses(turkish)]
            # An acronym among the senses stands for the sense it abbreviates ("mp": member of parliament).
            mine, theirs = _spelled_out(first, every), _spelled_out(second, every)
            senses = every[:SYNONYM_SENSES]
            if mine & set(senses) and theirs & set(senses):
                return True
            # One word is what the Turkish word means first, and the other is among its translations: the
            # Turkish word for "verdict" (hüküm) may also be rendered "ruling".
            if senses and senses[0] in mine | theirs and mine & set(every) and theirs & set(every):
                return True
        # WordNet: words under one near neighbour (see `related`), never two poles of one antonym-table family
        # (cut, raise: both "change the level"), a hedge and a plain statement (claimed, confirmed), or a phrase
        # and its own head (associate professor, professor: a rank less).
        first_base, second_base = self.lemma(first), self.lemma(second)
        if names or _table_poles(first_base, first, second_base, second, True) \
                or (first_base in _HEDGES) != (second_base in _HEDGES) \
                or first in second.split() or second in first.split():
            return False
        return self.related(first, second, RELATION)

    @functools.lru_cache(maxsize=65536)
    def related(self, first: str, second: str, how: str = "near") -> bool:
        """WordNet puts two words (any of their base forms) near each other, or, with how="siblings", under one
        near neighbour (cut, lower: both "reduce"), defines one by the other (reconvene: "meet again") or both by one
        rare head (examine, discuss: "consider"); never
        words it also gives as opposites ("stand" and "sit" are both postures). Words that state a fact are compared as facts (a weekday, a month, a number, a unit),
        never as synonyms: WordNet puts Monday and Tuesday, or a mile and a kilometre, under one head."""
        from drift.lexicon.thesaurus import load_thesaurus

        words = {*first.split(), *second.split()}
        if words & _FACT_WORDS or not all(word.isalpha() for word in words):
            return False
        if self.calls_off(first) != self.calls_off(second):
            return False
        thesaurus = load_thesaurus()
        test = thesaurus.are_siblings if how == "siblings" else thesaurus.are_near
        pairs = [(one, other) for one in self.wordnet_forms(first) for other in self.wordnet_forms(second)]
        if any(thesaurus.are_antonyms(one, other) for one, other in pairs):
            return False
        verbal = first.endswith(("ing", "ed")) or second.endswith(("ing", "ed"))
        for one, other in pairs:
            # Two offices or roles of people (secretary, head; minister, official) are other facts: only
            # one synset makes them one.
            # A word with a verb's ending ("heading", "appointed") is read as the verb, not as a person.
            if not verbal and thesaurus.is_kind_of(one, "person") and thesaurus.is_kind_of(other, "person"):
                if thesaurus.are_synonyms(one, other):
                    return True
                continue
            if test(one, other) or how == "siblings" and (self.defines(one, other) or self.defines(other, one)
                                                          or self.define_alike(one, other)):
                return True
        return False

    @functools.lru_cache(maxsize=65536)
    def calls_off(self, word: str) -> bool:
        """A verb that calls an event off or puts it off: it stands in the WordNet sense "cancel" and "call off"
        share (scrub, scratch), or the one "postpone" and "put off" share (defer, shelve). Such a verb says the event
        did not happen when planned, so it is never a synonym of one that does not ("held the talks", "cancelled
        the talks"), though WordNet puts "hold" (declare) and "cancel" (declare void) side by side. Kinds of those
        senses are left out: "hold" is one of postponing too ("hold the order")."""
        from drift.lexicon.thesaurus import load_thesaurus

        thesaurus = load_thesaurus()
        anchors = {synset for pair in _CALLING_OFF for synset in set(thesaurus.synsets(pair[0], "v")).intersection(
            thesaurus.synsets(pair[1], "v"))}
        return any(synset in anchors for form in self.wordnet_forms(word) for synset in thesaurus.synsets(form, "v"))

    @functools.lru_cache(maxsize=65536)
    def define_alike(self, word: str, other: str) -> bool:
        """WordNet defines both words by one head ("discuss": consider or examine in speech; "examine": consider in
        detail): two kinds or manners of one thing, as two hyponyms of one hypernym are siblings."""
        from drift.reference.definitions import head_count, heads

        return any(head_count(head) < SHARED_HEAD_MAX for head in set(heads(word)) & set(heads(other)))

    @functools.lru_cache(maxsize=65536)
    def defines(self, word: str, other: str) -> bool:
        """WordNet defines `word` by `other` first ("reconvene": meet again; "chair": preside over), which makes
        `word` a kind or manner of `other` (drift.reference.definitions); `other` may be a phrase of the thesaurus
        in one synset with that head ("infect": communicate a disease; "pass on" is a way to communicate)."""
        from drift.lexicon.thesaurus import load_thesaurus
        from drift.reference.definitions import heads

        thesaurus = load_thesaurus()
        return any(head == other or other in self.wordnet_forms(head)
                   or " " in other and thesaurus.are_synonyms(head, other) for head in heads(word))

    @functools.lru_cache(maxsize=65536)
    def wordnet_forms(self, word: str) -> tuple[str, ...]:
        """The base forms of a word that WordNet lists: the lexicon's lemma can miss them ("passed" is "passe"
        to it, "ruling" is "rule"), so the word's own suffix rules propose more (passed: pass; tougher: tough;
        sharply: sharp)."""
        from drift.lexicon.thesaurus import load_thesaurus

        thesaurus = load_thesaurus()
        candidates = [word, self.lemma(word)]
        for ending in ("ing", "ed", "es", "s", "er", "est", "d", "r", "st"):
            if word.endswith(ending) and len(word) > len(ending) + 2:
                stem = word[:-len(ending)]
                candidates += [stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem]
                if len(stem) > 2 and stem[-1] == stem[-2]:
                    candidates.append(stem[:-1])  # doubled consonant: "bigger", "planned"
        # An adverb in -ly is read as its adjective too, as WordNet links few adverbs (sharply: sharp; steadily:
        # steady; simply: simple).
        if word.endswith("ly") and len(word) > 5:
            candidates += [word[:-2], word[:-3] + "y" if word.endswith("ily") else word[:-2], word[:-1] + "e"]
        return tuple(dict.fromkeys(form for form in candidates if thesaurus.knows(form)))

    @functools.lru_cache(maxsize=65536)
    def is_phrase(self, phrase: str) -> bool:
        """A phrase of several words that WordNet lists as one ("carry out", "set aside", "press conference")."""
        from drift.lexicon.thesaurus import load_thesaurus

        return load_thesaurus().knows(phrase)

    @functools.lru_cache(maxsize=65536)
    def is_verb(self, key: str) -> bool:
        """A word WordNet knows only as a verb ("impose"; not "report", which is a noun too)."""
        from drift.lexicon.thesaurus import load_thesaurus

        thesaurus = load_thesaurus()
        synsets = thesaurus.synsets(key)
        return bool(synsets) and all(thesaurus.pos[synset] == "v" for synset in synsets)

    @functools.lru_cache(maxsize=65536)
    def opposite(self, first: str, second: str) -> bool:
        """Two base forms WordNet gives as opposites (high, low)."""
        from drift.lexicon.thesaurus import load_thesaurus

        return load_thesaurus().are_antonyms(first, second)

    @functools.lru_cache(maxsize=65536)
    def turkish_senses(self, word: str) -> tuple[str, ...]:
        """The English senses of a word read as Turkish (its lemmas' first senses); () when it is none."""
        from drift.lexicon.lemma import turkish_lemmas
        from drift.reference.facts import UNTRANSLATED_SENSES

        return tuple(sense for lemma in turkish_lemmas(word, self.lexicon)
                     for sense in self.lexicon.senses(lemma)[:UNTRANSLATED_SENSES])

    @functools.lru_cache(maxsize=65536)
    def is_word(self, key: str) -> bool:
        return key in self.lexicon.english_words or self.lemma(key) in self.lexicon.english_words


def _span(text: str, tokens: tuple[Token, ...]) -> Span | None:
    if not tokens:
        return None
    start, end = tokens[0].start, tokens[-1].end
    return Span(start, end, text[start:end])


def _finding(code: str, bead: int, message: str, trans: Span | None, orig: Span | None,
             expected: str | None = None, evidence: str = "") -> Finding:
    info = reference_code(code)
    return Finding(code=info.code, check=info.slug, category=info.category, severity=info.severity,
                   confidence=info.confidence, message=message, trans=trans, orig=orig, bead=bead,
                   expected=expected, evidence=evidence, basis="reference")


def _is_date(token: Token) -> bool:
    from drift.model import Language
    from drift.text.dates import find_dates

    return token.stem[:1].isupper() and bool(find_dates(token.stem, Language.ENGLISH))


def _is_name(token: Token, words: _Words, sentence_starts: frozenset[int]) -> bool:
    if not token.stem[:1].isupper() or not any(char.isalpha() for char in token.stem):
        return False
    # A capitalised ordinary word is a name only inside a sentence ("Bill" opens one as a verb would).
    return token.start not in sentence_starts or not words.is_word(word_key(token))


def _classify(change: Change, view: BeadView, ref_text: str, trans_text: str, words: _Words) -> list[Finding]:
    """One change as findings: each fact that changed (date, handle, name, negation) on its own words, then
    whatever words are left as one rewording, addition or omission. Numbers, times, and the dates, names and
    words left in Turkish that pair across changes, were compared over the whole bead first (_bead_facts)."""
    ref_left, trans_left = list(change.ref_left), list(change.trans_left)
    index = view.index
    ref_starts = frozenset(sentence.start for sentence in view.orig_sentences)
    trans_starts = frozenset(sentence.start for sentence in view.trans_sentences)
    found: list[Finding] = []

    def take(code: str, message: str, ref_tokens, trans_tokens, expected=None, evidence: str = "") -> None:
        for token in ref_tokens:
            if token in ref_left:
                ref_left.remove(token)
        for token in trans_tokens:
            if token in trans_left:
                trans_left.remove(token)
        orig = _span(ref_text, tuple(ref_tokens)) or _span(ref_text, change.ref)
        trans = _span(trans_text, tuple(trans_tokens)) or _span(trans_text, change.trans)
        found.append(_finding(code, index, message, trans, orig,
                              expected if expected is not None else (orig.text if orig else None), evidence))

    # Times and numbers were compared across the bead (_bead_numbers); what is left of them is no change.
    ref_left = [t for t in ref_left if not _is_number(t) and word_key(t) not in _NUMBER_WORDS]
    trans_left = [t for t in trans_left if not _is_number(t) and word_key(t) not in _NUMBER_WORDS]
    # A part of the day where the other side gives a clock time in it ("on the morning of" / "at 9:15 a.m.") says
    # the time less exactly, no other time: the clock times themselves were compared over the bead.
    ref_left = [t for t in ref_left if not _day_part_of(t, view.trans_sentences)]
    trans_left = [t for t in trans_left if not _day_part_of(t, view.orig_sentences)]
    ref_dates = [t for t in ref_left if _is_date(t)]
    trans_dates = [t for t in trans_left if _is_date(t)]
    if ref_dates and trans_dates:
        take("R104", f"{trans_dates[0].stem!r} is {ref_dates[0].stem!r} in the reference", ref_dates, trans_dates)
    for token in [t for t in ref_left if t.is_handle]:
        bare = [t for t in change.trans if word_key(t) == word_key(token)[1:]]
        if bare:
            take("R105", f"the handle {token.stem!r} lost its {token.stem[0]}", [token], bare)
    # Names: a misspelling is the closest spelling of a name on the other side; one name put for another is a
    # single capitalised word each side of the change, one of them no ordinary word. An acronym is a label for
    # the words it abbreviates, which translations render differently (PPK or MPC, TÜİK or TurkStat): never.
    from rapidfuzz import fuzz

    def capitals(tokens) -> list[Token]:
        return [t for t in tokens if t.stem[:1].isupper() and not t.stem.isupper()]

    for ref_name in [t for t in capitals(ref_left) if _is_name(t, words, ref_starts)]:
        candidates = [t for t in capitals(trans_left) if not words.is_word(word_key(t))
                      and not same_family(word_key(ref_name), word_key(t))]
        if not candidates:
            continue
        trans_name = max(candidates, key=lambda t: fuzz.ratio(word_key(ref_name), word_key(t)))
        similarity = fuzz.ratio(word_key(ref_name), word_key(trans_name))
        if similarity >= SPELLING_SIMILARITY:
            take("R102", f"{trans_name.stem!r} is spelled {ref_name.stem!r} in the reference", [ref_name],
                 [trans_name], ref_name.stem, f"spelling similarity {similarity:.0f}/100")
    ref_names, trans_names = capitals(ref_left), capitals(trans_left)
    if len(ref_names) == 1 and len(trans_names) == 1 and (
            _is_name(ref_names[0], words, ref_starts) or _is_name(trans_names[0], words, trans_starts)) and not (
            same_family(word_key(ref_names[0]), word_key(trans_names[0]))
            or words.is_word(word_key(ref_names[0])) and words.is_word(word_key(trans_names[0]))):
        ref_name, trans_name = ref_names[0], trans_names[0]
        similarity = fuzz.ratio(word_key(ref_name), word_key(trans_name))
        take("R101", f"{trans_name.stem!r} is {ref_name.stem!r} in the reference", [ref_name], [trans_name],
             ref_name.stem, f"spelling similarity {similarity:.0f}/100")
    # A word put for its opposite ("backed" where the reference says "opposed"); a negation on one side only is
    # R106's, and a word with the negative prefix of the other ("unfair" / "fair") says the same as "not fair".
    if _negations(view.orig_tokens, words) == _negations(view.trans_tokens, words):
        opposite = _opposite_pair(change, view, words)
        if opposite is not None:
            ref_word, trans_word, evidence = opposite
            take("R113", f"{trans_word.stem!r} says the opposite of {ref_word.stem!r} in the reference",
                 [ref_word], [trans_word], ref_word.stem, evidence)
    ref_negations = [t for t in ref_left if word_key(t) in NEGATIONS]
    trans_negations = [t for t in trans_left if word_key(t) in NEGATIONS]
    # A negation moved within the bead is still there: compare how many each side has in all.
    negations_differ = _negations(view.orig_tokens, words, meaning=True) != _negations(view.trans_tokens, words,
                                                                                        meaning=True)
    if negations_differ and bool(ref_negations) != bool(trans_negations):
        where = " ".join(t.text for t in ref_negations or trans_negations)
        side = "the reference" if ref_negations else "the English"
        # The negation's absence shows on the word it negates ("not transferred" -> "transferred"), found on
        # the other side by lemma; failing that, on the whole changed stretch.
        take("R106", f"{where!r} is only in {side}",
             ref_negations or _negated(trans_negations, view.trans_tokens, view.orig_tokens, words) or list(change.ref),
             trans_negations or _negated(ref_negations, view.orig_tokens, view.trans_tokens, words)
             or list(change.trans))
    # What is left is read as one reworded stretch: the text between the unchanged words around it.
    def between(text: str, region, tokens) -> Span | None:
        if region is None:
            return _span(text, tokens)
        return Span(region[0], region[1], text[region[0]:region[1]])

    # Words only added or only dropped say something else when there are several of them ("the largest drone
    # export deal in the country's history"); one word more or less ("around", "Shipments of") is how a
    # translator phrases the same thing.
    if not (ref_left and trans_left) and len(ref_left) + len(trans_left) < MIN_ADDED_OR_DROPPED:
        ref_left, trans_left = [], []
    # One verb put for another whose subject and object changed places around it ("X won the prize" / "the prize
    # went to X"): the same event told from its other side. Opposites were R113's above; the same verb with its
    # roles swapped is R109's.
    if len(ref_left) == 1 and len(trans_left) == 1 and _converse(ref_left[0], trans_left[0], view, words):
        ref_left, trans_left = [], []
    # Two words of one kind of bound ("short of" / "below", "over" / "more than") set the same bound, with or
    # without a figure after them; bounds of two kinds stay a change.
    if len(ref_left) == 1 and len(trans_left) == 1:
        from drift.reference.markers import bound_kind

        kind = bound_kind(view.orig_tokens, view.orig_tokens.index(ref_left[0])) \
            if ref_left[0] in view.orig_tokens else None
        if kind and kind == (bound_kind(view.trans_tokens, view.trans_tokens.index(trans_left[0]))
                             if trans_left[0] in view.trans_tokens else None):
            ref_left, trans_left = [], []
    if ref_left or trans_left:
        orig = between(ref_text, change.ref_between, change.ref)
        trans = between(trans_text, change.trans_between, change.trans)
        if ref_left and trans_left:
            code, message = "R201", f"reworded with no synonym: the reference says {orig.text!r}"
            evidence = "no shared sense for: " + ", ".join(t.stem for t in (*ref_left, *trans_left))
        elif trans_left:
            code, message = "R202", "words the reference does not have: " + ", ".join(t.stem for t in trans_left)
            evidence = ""
        else:
            code, message = "R203", "words of the reference left out: " + ", ".join(t.stem for t in ref_left)
            evidence = ""
        # What it should say: the reference's own words that changed, from the first to the last.
        expected = _span(ref_text, tuple(ref_left)).text if ref_left else (orig.text if orig else None)
        found.append(_finding(code, index, message, trans, orig, expected, evidence))
    return found


# Parts of the day and the hours (24-hour clock, start inclusive, end exclusive) that each covers; night runs
# past midnight. Everyday usage (Oxford: "evening": the period from the end of the afternoon to bedtime).
_DAY_PARTS = {"morning": ((5, 12),), "noon": ((12, 13),), "afternoon": ((12, 18),), "evening": ((17, 24),),
              "night": ((20, 24), (0, 5)), "midnight": ((0, 1), (23, 24)), "tonight": ((17, 24),)}


def _day_part_of(token: Token, other_sentences) -> bool:
    """`token` names a part of the day ("morning") that holds a clock time of the other side ("9:15 a.m.")."""
    hours = _DAY_PARTS.get(word_key(token).lower())
    if not hours:
        return False
    times, _ = _times(other_sentences)
    return any(start <= hour < end for hour, _minute in times for start, end in hours)


# How many content words either side of a verb are looked at for its subject and object (see _converse).
CONVERSE_REACH = 8


def _converse(ref_word: Token, trans_word: Token, view: BeadView, words: _Words) -> bool:
    """Two words, one each side, whose neighbours changed places around them: the content word before the one is
    after the other and the word after it before the other, both ways ("Demir won the prize" / "the prize went
    to Ekinci"; "the risk arises for children" / "children face the risk"). Neighbours are compared by base form
    within CONVERSE_REACH content words, and the two words are no opposites."""
    from drift.reference.diff import is_content

    if words.opposite(words.lemma(word_key(ref_word).lower()), words.lemma(word_key(trans_word).lower())):
        return False

    def content(tokens) -> tuple[list[Token], list[str]]:
        kept = [t for t in tokens if is_content(t) and word_key(t).isalpha()]
        return kept, [words.lemma(word_key(t).lower()) for t in kept]

    ref_tokens, ref_keys = content(view.orig_tokens)
    trans_tokens, trans_keys = content(view.trans_tokens)
    if ref_word not in ref_tokens or trans_word not in trans_tokens:
        return False

    def swapped(one_keys: list[str], i: int, other_keys: list[str], j: int) -> bool:
        if i == 0 or i + 1 >= len(one_keys):
            return False
        before, after = one_keys[i - 1], one_keys[i + 1]
        other_before = other_keys[max(0, j - CONVERSE_REACH):j]
        other_after = other_keys[j + 1:j + 1 + CONVERSE_REACH]
        return before != after and before in other_after and after in other_before

    i, j = ref_tokens.index(ref_word), trans_tokens.index(trans_word)
    return swapped(ref_keys, i, trans_keys, j) and swapped(trans_keys, j, ref_keys, i)


def _opposite_pair(change: Change, view: BeadView, words: _Words) -> tuple[Token, Token, str] | None:
    """A word of the change's reference side and one of its English side that are opposites, each absent from
    the other side of the bead (a sentence that says "rose" and "fell" on both sides only reordered them).

    Opposites are WordNet's (sit / stand, minor / major) or two poles of one family of the antonym table
    (drift/checks/data/antonyms.tsv: approve / reject, serious / minor). A word the table marks as too general to
    prove the opposite ("back", "oppose") counts only as the one word put for the other: the change has no other
    word left on either side."""
    from drift.lexicon.thesaurus import load_thesaurus
    from drift.reference.diff import is_content

    thesaurus = load_thesaurus()
    ref_keys = {words.lemma(word_key(t).lower()) for t in view.orig_tokens}
    trans_keys = {words.lemma(word_key(t).lower()) for t in view.trans_tokens}

    def candidates(tokens, other_keys, other_change, own_keys) -> list[Token]:
        # A word whose synonym stands in the change's other side, where this side has no such word, was
        # reworded, not reversed ("as temperatures fall" / "as temperatures drop, ... rises").
        reworded = {key for key in (words.lemma(word_key(t).lower()) for t in other_change) if key not in own_keys}
        return [t for t in tokens if is_content(t) and t.stem[:1].islower() and word_key(t).lower().isalpha()
                and not _opens_phrase(t, view, words)
                and word_key(t).lower() not in _FACT_WORDS and words.lemma(word_key(t).lower()) not in other_keys
                and not any(words.related(words.lemma(word_key(t).lower()), key) for key in reworded)]

    ref_words = candidates(change.ref, trans_keys, change.trans, ref_keys)
    trans_words = candidates(change.trans, ref_keys, change.ref, trans_keys)
    alone = len(change.ref_left) == 1 and len(change.trans_left) == 1
    for ref_word in ref_words:
        for trans_word in trans_words:
            first, second = word_key(ref_word).lower(), word_key(trans_word).lower()
            if any(one.startswith(prefix) and one[len(prefix):] in (other, words.lemma(other))
                   for one, other in ((first, second), (second, first)) for prefix in NEGATIVE_PREFIXES):
                continue
            if any(thesaurus.are_antonyms(one, other) for one in words.wordnet_forms(first)
                   for other in words.wordnet_forms(second)):
                return ref_word, trans_word, f"WordNet gives {first} and {second} as opposites"
            family = _table_poles(words.lemma(first), first, words.lemma(second), second, alone
                                  and ref_word in change.ref_left and trans_word in change.trans_left)
            if family:
                return ref_word, trans_word, f"{first} and {second} are opposite poles of {family!r} (antonym table)"
            # An event held (staged, run) on one side is called off or put off on the other.
            bases = (words.lemma(first), words.lemma(second))
            if words.calls_off(bases[0]) != words.calls_off(bases[1]) and (set(bases) & SUPPORT_VERBS):
                held, off = (first, second) if words.calls_off(bases[1]) else (second, first)
                return ref_word, trans_word, f"{off!r} calls off or puts off what {held!r} says took place"
    return None


def opposite_phrases(ref_bead, trans_bead, lemma) -> list:
    """Phrases of the antonym table on opposite poles of one family, each on one side of the bead only: "voted
    against it" / "voted for it", "were down 12 percent" / "were up 12 percent". The word diff cannot see them, as
    their small words are function words. Each word of a phrase is compared by its lemma; "#" is a figure and
    "…" up to three words."""
    from drift.checks.antonym import antonym_table
    from drift.reference.facts import Fact

    def found(tokens) -> dict[tuple[str, str], tuple]:
        keys = [lemma(word_key(t).lower()) for t in tokens]
        seen: dict[tuple[str, str], tuple] = {}
        for pole in antonym_table():
            for phrase in sorted(pole.english):
                parts = phrase.split()
                if len(parts) < 2:
                    continue
                for start in range(len(tokens)):
                    end = _match_phrase(parts, tokens, keys, start)
                    if end is not None:
                        seen.setdefault((pole.family, pole.pole), tuple(tokens[start:end]))
                        break
        return seen

    ref_found, trans_found = found(ref_bead), found(trans_bead)
    facts = []
    for (family, pole), ref_tokens in ref_found.items():
        if (family, pole) in trans_found:
            continue
        other = next((tokens for (other_family, other_pole), tokens in trans_found.items() if other_family == family
                      and other_pole != pole and (family, other_pole) not in ref_found), None)
        if other is not None:
            facts.append(Fact("opposite", ref_tokens, other))
    return facts


def _match_phrase(parts: list[str], tokens, keys: list[str], start: int) -> int | None:
    """The end of `parts` matched from tokens[start], or None ("#": a figure; "…": up to three words)."""
    k = start
    for number, part in enumerate(parts):
        if part == "\u2026":
            following = parts[number + 1] if number + 1 < len(parts) else None
            for skip in range(1, 4):
                if k + skip < len(keys) and following is not None and keys[k + skip] == following:
                    k += skip
                    break
            else:
                return None
            continue
        if k >= len(tokens):
            return None
        if part == "#" and tokens[k].has_digit or part != "#" and keys[k] == part:
            k += 1
            continue
        return None
    return k


def _opens_phrase(token: Token, view: BeadView, words: _Words) -> bool:
    """The word opens a phrase that WordNet lists as one ("backed away" is no "back"), on either side."""
    for tokens in (view.orig_tokens, view.trans_tokens):
        for k, other in enumerate(tokens[:-1]):
            if other.start == token.start and other is token:
                following = word_key(tokens[k + 1]).lower()
                return following.isalpha() and words.is_phrase(f"{words.lemma(word_key(token).lower())} {following}")
    return False


def _table_poles(first_lemma: str, first: str, second_lemma: str, second: str, weak_allowed: bool) -> str | None:
    """The antonym table's family in which the two words stand on opposite poles, or None."""
    from drift.checks.antonym import antonym_table

    def poles(*forms: str) -> list[tuple[str, str, bool]]:
        return [(pole.family, pole.pole, bool(pole.english & set(forms))) for pole in antonym_table()
                if pole.english & set(forms) or pole.english_weak & set(forms)]

    for family, pole, strong in poles(first_lemma, first):
        for other_family, other_pole, other_strong in poles(second_lemma, second):
            if family == other_family and pole != other_pole and (strong and other_strong or weak_allowed):
                return family
    return None


def _bead_numbers(ref_left, trans_left, view: BeadView, ref_text: str,
                  trans_text: str) -> tuple[list[Finding], set[tuple[str, int]]]:
    """Times and numbers of a bead that the other side does not have, the reference's paired with the English's
    in order (a paraphrase moves "July 2" to another place in the sentence than "July 12"), and the words used."""
    found = []
    # Clock times are compared as times ("14:30" = "2:30 p.m."), their digits not as numbers.
    ref_times, ref_clock = _times(view.orig_sentences)
    trans_times, trans_clock = _times(view.trans_sentences)
    ref_time_tokens = [t for t in ref_left if any(a <= t.start < b for a, b in ref_clock)]
    trans_time_tokens = [t for t in trans_left if any(a <= t.start < b for a, b in trans_clock)]
    if ref_times != trans_times and (ref_time_tokens or trans_time_tokens):
        said = ", ".join(f"{h:02d}:{m:02d}" for h, m in sorted(ref_times)) or "none"
        orig = _span(ref_text, tuple(ref_time_tokens))
        found.append(_finding("R103", view.index, f"a time of day differs: the reference says {said}",
                              _span(trans_text, tuple(trans_time_tokens)), orig, orig.text if orig else None))
    ref_left = [t for t in ref_left if t not in ref_time_tokens]
    trans_left = [t for t in trans_left if t not in trans_time_tokens]
    # A number changed when its value is nowhere on the other side of the bead ("11-month" keeps 11).
    ref_values, trans_values = _values(view.orig_tokens), _values(view.trans_tokens)
    ref_only = [t for t in ref_left if _values((t,)) and not _values((t,)) <= trans_values]
    trans_only = [t for t in trans_left if _values((t,)) and not _values((t,)) <= ref_values]
    # An ordinal is a number only against another ordinal ("second half", "first half"): "first" alone is
    # often a paraphrase ("first met", "met ... and then").
    ref_keys = {word_key(t).lower() for t in view.orig_tokens}
    trans_keys = {word_key(t).lower() for t in view.trans_tokens}
    ref_ordinals = [t for t in ref_left if word_key(t).lower() in _ORDINALS and word_key(t).lower() not in trans_keys]
    trans_ordinals = [t for t in trans_left if word_key(t).lower() in _ORDINALS
                      and word_key(t).lower() not in ref_keys]
    if ref_ordinals and trans_ordinals:
        ref_only.append(ref_ordinals[0])
        trans_only.append(trans_ordinals[0])
    used = {("ref", t.start) for t in ref_only} | {("trans", t.start) for t in trans_only}
    for position in range(max(len(ref_only), len(trans_only))):
        ref = ref_only[position:position + 1]
        trans = trans_only[position:position + 1]
        said = ref[0].text if ref else "no such number"
        found.append(_finding("R103", view.index, f"a number differs: the reference says {said!r}",
                              _span(trans_text, tuple(trans)), _span(ref_text, tuple(ref)),
                              ref[0].text if ref else None))
    return found, used


# Words that make a number: "84 million" and "84 billion" differ in the number.
_SCALE = frozenset({"hundred", "thousand", "million", "billion", "trillion", "percent", "half", "dozen"})


def _is_number(token: Token) -> bool:
    return token.has_digit or word_key(token) in _SCALE


# Digit groups, so that "10.00" and "10:00", or "4,2" and "4.2", hold the same figures.
_FIGURES = re.compile(r"\d+")
# Numbers written as words hold the same figures as digits: "three months" = "3 months".
_NUMBER_WORDS = {word: str(value) for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_NUMBER_WORDS.update({"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70",
                      "eighty": "80", "ninety": "90"})


_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _values(tokens) -> set[str]:
    """The numbers (as values: "3,850" = "3850", "4,2" = "4.2"), scale words and numbers in words of a stretch."""
    found = set()
    for token in tokens:
        key = word_key(token)
        for number in _NUMBER.findall(token.stem):
            groups = number.split(",")
            if len(groups) > 1 and all(len(group) == 3 for group in groups[1:]):
                number = "".join(groups)  # thousands
            else:
                number = number.replace(",", ".")  # a decimal comma
            if number.count(".") == 1:
                whole, fraction = number.split(".")
                number = (whole.lstrip("0") or "0") + ("." + fraction.rstrip("0") if fraction.rstrip("0") else "")
            else:
                number = number.lstrip("0") or "0"
            found.add(number)
        if key in _SCALE:
            found.add(key)
        if key in _NUMBER_WORDS:
            found.add(_NUMBER_WORDS[key])
    return found


def _times(sentences) -> tuple[set[tuple[int, int]], list[tuple[int, int]]]:
    """The clock times of some sentences, as (hour, minute), and where they are."""
    from drift.model import Language
    from drift.text.dates import find_dates

    times, spans = set(), []
    for sentence in sentences:
        for mention in find_dates(sentence.text, Language.ENGLISH):
            if mention.hour is not None and mention.time_span is not None:
                times.add((mention.hour, mention.minute or 0))
                spans.append((sentence.start + mention.time_span.start, sentence.start + mention.time_span.end))
    return times, spans


def _negated(negations, tokens, other_tokens, words: _Words) -> list[Token]:
    """The other side's counterpart of the first content word after a negation: what the negation negated."""
    from drift.reference.diff import is_content

    if not negations:
        return []
    after = [t for t in tokens if t.start > negations[0].end and is_content(t) and word_key(t) not in NEGATIONS]
    if not after:
        return []
    wanted = words.lemma(word_key(after[0]))
    return [t for t in other_tokens if words.lemma(word_key(t)) == wanted][:1]


def _negations(tokens, words: _Words, meaning: bool = False) -> int:
    """Negating words, and words negated by a prefix ("unfair" says "not fair"); with `meaning`, also verbs whose
    meaning holds a negation ("stopped from crossing" says "not allowed to cross"; the list is the polarity
    check's), which a negation on the other side may render."""
    from drift.checks.polarity import NEGATIVE_MEANING  # one list for both modes

    count = 0
    for token in tokens:
        key = word_key(token)
        if key in NEGATIONS or meaning and token.stem[:1].islower() and words.lemma(key.lower()) in NEGATIVE_MEANING:
            count += 1
        elif key.startswith(("un", "non")) and len(key) > 5 and words.is_word(key.removeprefix("non").removeprefix(
                "un")) and words.is_word(key):
            count += 1
    return count


def reference_findings(alignment: Alignment, words: _Words) -> tuple[Finding, ...]:
    """Findings of every bead of an English-English alignment, in reading order."""
    ref_text, trans_text = alignment.orig.text, alignment.trans.text
    findings: list[Finding] = []
    for view in bead_views(alignment):
        if view.bead.is_omission:
            span = Span(view.orig_sentences[0].start, view.orig_sentences[-1].end,
                        ref_text[view.orig_sentences[0].start:view.orig_sentences[-1].end])
            findings.append(_finding("R501", view.index, "a sentence of the reference is missing from the English",
                                     None, span, span.text))
        elif view.bead.is_addition:
            span = Span(view.trans_sentences[0].start, view.trans_sentences[-1].end,
                        trans_text[view.trans_sentences[0].start:view.trans_sentences[-1].end])
            findings.append(_finding("R502", view.index, "a sentence the reference does not have", span, None))
        else:
            changes = diff_bead(view.orig_tokens, view.trans_tokens, words.lemma, words.synonyms, words.is_phrase,
                                _openings(view))
            facts, taken = _bead_facts(changes, view, ref_text, trans_text, words)
            findings.extend(facts)
            for change in changes:
                findings.extend(_classify(_without(change, taken), view, ref_text, trans_text, words))
    return tuple(findings)


def _openings(view: BeadView) -> frozenset[int]:
    """Where the first token of each sentence of a bead starts, on both sides."""
    found = set()
    for sentences, tokens in ((view.orig_sentences, view.orig_tokens), (view.trans_sentences, view.trans_tokens)):
        for sentence in sentences:
            first = next((t for t in tokens if sentence.start <= t.start < sentence.end), None)
            if first is not None:
                found.add(first.start)
    return frozenset(found)


def _without(change: Change, taken: set[tuple[str, int]]) -> Change:
    """A change less the words a fact of the bead already reported."""
    return dataclasses.replace(
        change, ref_left=tuple(t for t in change.ref_left if ("ref", t.start) not in taken),
        trans_left=tuple(t for t in change.trans_left if ("trans", t.start) not in taken))


_FACT_CODES = {"date": "R104", "name": "R101", "spelling": "R102", "title": "R107", "untranslated": "R108",
               "roles": "R109", "negation": "R106", "hedge": "R110", "qualifier": "R110", "relative-time": "R111",
               "pronoun": "R112", "sign": "R103", "format": "R103",
               "comparison": "R109", "acronym": "R108", "unit": "R114", "opposite": "R113"}


def _bead_facts(changes, view: BeadView, ref_text: str, trans_text: str,
                words: _Words) -> tuple[list[Finding], set[tuple[str, int]]]:
    """The facts of a bead compared across all its changes (drift.reference.facts), and the words they took."""
    from drift.reference import facts as bead_facts
    from drift.reference.markers import bare_acronyms, changed_markers

    ref_left = [t for change in changes for t in change.ref_left]
    trans_left = [t for change in changes for t in change.trans_left]
    left = {("ref", t.start) for t in ref_left} | {("trans", t.start) for t in trans_left}
    found = bead_facts.changed_dates(ref_left, trans_left, view.orig_tokens, view.trans_tokens)
    found += bead_facts.changed_places(ref_left, trans_left)
    # An acronym left bare before names and titles: its spelled-out name is no name that changed.
    found += bare_acronyms(view.orig_tokens, view.trans_tokens, ref_text, trans_text)
    found += bead_facts.untranslated_endings(view.orig_tokens, view.trans_tokens)
    turkish = bead_facts.untranslated(trans_left, ref_left, words.is_word, words.turkish_senses)
    turkish_words = {t.start for fact in turkish for t in fact.trans}
    taken = {("ref", t.start) for fact in found for t in fact.ref} | {("trans", t.start) for fact in found
                                                                        for t in fact.trans}
    names, same = bead_facts.changed_names(view.orig_tokens, view.trans_tokens, ref_text, trans_text, words.is_word)
    for fact in names:
        sides = {("ref", t.start) for t in fact.ref} | {("trans", t.start) for t in fact.trans}
        # Only what the word diff also sees as changed, and not yet reported; English words of the reference
        # that became Turkish ones are left in Turkish, not renamed ("Consulate General", "Başkonsolosluk").
        # A name's spelling counts even where the diff read the two as one word family (Karakaş, Karakash).
        renamed_in_turkish = bool(fact.trans) and all(t.start in turkish_words for t in fact.trans) \
            and all(words.is_word(word_key(t).lower()) for t in fact.ref)
        # A word put for another in a name is evidence of its own ("Governor" -> "Mayor", which a dictionary
        # may list as one word); a word dropped from a name counts where the word diff also misses it.
        if fact.dropped and not sides & left or sides & taken or renamed_in_turkish:
            continue
        found.append(fact)
        taken |= sides
    from drift.reference.units import swapped_units

    same_negations = _negations(view.orig_tokens, words) == _negations(view.trans_tokens, words)
    for fact in [*swapped_units(view.orig_tokens, view.trans_tokens, ref_text, trans_text),
                 *(opposite_phrases(view.orig_tokens, view.trans_tokens, words.lemma) if same_negations else ()),
                 *bead_facts.reversed_roles(view.orig_tokens, view.trans_tokens, words.lemma, words.is_verb),
                 *bead_facts.moved_negation(view.orig_tokens, view.trans_tokens, words.lemma, NEGATIONS),
                 *changed_markers(view.orig_tokens, view.trans_tokens, ref_text, trans_text, words.lemma, changes,
                                  words.opposite)]:
        sides = {("ref", t.start) for t in fact.ref} | {("trans", t.start) for t in fact.trans}
        if not sides & taken:
            found.append(fact)
            taken |= sides
    for fact in turkish:
        sides = {("ref", t.start) for t in fact.ref} | {("trans", t.start) for t in fact.trans}
        if not {side for side in sides if side[0] == "trans"} & taken:
            found.append(fact)
            taken |= sides
    # Words of one name on both sides are no change either (Turkey, Turkish).
    taken |= {(side, t.start) for t in same for side in ("ref", "trans")}
    findings, numbers = _bead_numbers(ref_left, trans_left, view, ref_text, trans_text)
    taken |= {("ref", t.start) for t in ref_left if _is_number(t) or word_key(t) in _NUMBER_WORDS}
    taken |= {("trans", t.start) for t in trans_left if _is_number(t) or word_key(t) in _NUMBER_WORDS}
    taken |= numbers
    for fact in found:
        orig, trans = _span(ref_text, fact.ref), _span(trans_text, fact.trans)
        expected = " ".join(t.stem if fact.kind != "untranslated" else t.text for t in fact.ref) or None
        if fact.kind == "unit":
            # A currency sign is no token: the stretches start at it ("$40 million").
            from drift.reference.units import with_sign

            orig = Span(with_sign(ref_text, orig.start), orig.end, ref_text[with_sign(ref_text, orig.start):orig.end])
            trans = Span(with_sign(trans_text, trans.start), trans.end,
                         trans_text[with_sign(trans_text, trans.start):trans.end])
            expected = orig.text
        if fact.kind == "acronym":
            # The name spelled out, the acronym after it in brackets, as the reference has it.
            expected = " ".join(t.stem for t in fact.ref[:-1]) + f" ({fact.ref[-1].stem})"
        said = orig.text if orig else "nothing"
        says = trans.text if trans else "nothing"
        message = {
            "date": f"{says!r} is {said!r} in the reference",
            "name": f"{says!r} is {said!r} in the reference",
            "spelling": f"{says!r} is spelled {said!r} in the reference",
            "title": f"a name or title differs: the reference says {said!r}",
            "untranslated": f"{says!r} is left in Turkish: the reference says {said!r}",
            "roles": f"who did what to whom is reversed: the reference says {said!r}",
            "negation": f"the negation is on another word: the reference says {said!r}",
            "hedge": f"a hedge is on one side only: the reference says {said!r}" if fact.ref else
                     f"{says!r} is hedged here but stated as fact in the reference",
            "qualifier": f"the figure's qualifier differs: the reference says {said!r}",
            "relative-time": f"{says!r} is {said!r} in the reference",
            "pronoun": f"{says!r} is {said!r} in the reference",
            "sign": f"the sign of the figure differs: the reference says {_signed(ref_text, fact.ref)!r}",
            "format": f"{says!r} reads as another number in English: the reference says {said!r}",
            "comparison": f"the comparison is turned round: the reference says {said!r}",
            "acronym": f"{says!r} is left bare: the reference spells it out as {expected!r}",
            "unit": f"another currency or unit beside the same figure: the reference says {said!r}",
            "opposite": f"{says!r} says the opposite of {said!r} in the reference",
        }[fact.kind]
        evidence = ""
        if fact.kind == "spelling":
            from rapidfuzz import fuzz

            evidence = f"spelling similarity {fuzz.ratio(word_key(fact.ref[0]), word_key(fact.trans[0])):.0f}/100"
        findings.append(_finding(_FACT_CODES[fact.kind], view.index, message, trans, orig, expected, evidence))
    return findings, taken


def _signed(text: str, tokens) -> str:
    """A figure with the sign or "minus" before it, as the reference writes it."""
    if not tokens:
        return "nothing"
    start = tokens[0].start
    before = text[max(0, start - 6):start]
    if before.rstrip().lower().endswith(("minus", "negative")):
        start -= len(before) - len(before.rstrip().lower().rsplit(" ", 1)[-1]) - (len(before) - len(before.rstrip()))
    elif start and text[start - 1] in "-\u2212\u2013":
        start -= 1
    return text[start:tokens[-1].end]


def with_scores(alignment: Alignment) -> Alignment:
    """The alignment with each paired bead's chrF and BLEU (sacrebleu, sentence level) against the reference."""
    from drift.reference.scores import bead_scores

    beads = []
    for bead in alignment.beads:
        if bead.orig and bead.trans:
            reference = " ".join(alignment.orig_sentences[i].text for i in bead.orig)
            hypothesis = " ".join(alignment.trans_sentences[j].text for j in bead.trans)
            chrf, bleu = bead_scores(reference, hypothesis)
            bead = dataclasses.replace(bead, chrf=chrf, bleu=bleu)
        beads.append(bead)
    return dataclasses.replace(alignment, beads=tuple(beads))


def ensure_reference_pair(alignment: Alignment) -> None:
    """Raise `WrongPairError` when two English texts are not one story (drift.pair_check's alignment evidence)."""
    from drift.pair_check import PairParams, WrongPairError, pair_evidence

    params = PairParams()
    evidence = pair_evidence(alignment, params)
    if min(evidence.orig_sentences, evidence.trans_sentences) < params.min_sentences:
        return
    if evidence.partnered_share >= params.min_partnered and evidence.mean_similarity is not None \
            and evidence.mean_similarity >= params.min_mean_similarity:
        return
    names = (alignment.orig.path or "the reference", alignment.trans.path or "the English")
    raise WrongPairError(
        f"{names[0]} and {names[1]} are both English but do not read as one story: "
        f"{evidence.partnered_share:.0%} of their sentences have a partner ({evidence.partnered} of "
        f"{evidence.orig_sentences + evidence.trans_sentences}; one story: {params.min_partnered:.0%} or more); "
        "check the files, or add --no-pair-check to compare them anyway")


def is_english_reference(orig: Document, trans: Document, said: bool | None = None) -> bool:
    """True when ORIG is to be read as an English reference: said so (`said`), or both texts detected as
    English when nobody said."""
    if said is not None:
        return said
    from drift.model import Language
    from drift.pair_check import detect_language

    return detect_language(orig.text).language is detect_language(trans.text).language is Language.ENGLISH


def check_reference(reference: Document, trans: Document, *, encoder: SentenceEncoder | None = None,
                    params: AlignParams = AlignParams(), config: Config | None = None) -> Report:
    """Align an English text with an English reference and report every change of substance."""
    from drift.lexicon import load_lexicon
    from drift.pipeline import _analyse, apply_config, in_source
    from drift.suppress import apply_inline_markers

    config = config or Config()
    analysis = _analyse(reference, trans, encoder or default_encoder(), params)
    findings = reference_findings(analysis.seen, _Words(load_lexicon()))
    findings = apply_config(findings, config)
    findings = tuple(in_source(finding, analysis.orig_view, analysis.trans_view) for finding in findings)
    from drift.checks import finding_order

    findings = tuple(sorted(findings, key=finding_order))
    return apply_inline_markers(Report(with_scores(analysis.alignment), findings))
