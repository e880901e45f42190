"""Facts compared across a whole bead: dates, names and titles, words left in Turkish.

A paraphrase moves words around, so one change of the word diff may hold the
reference's "Thursday" and another the copy's "Tuesday"; these are one
changed date, and a reader is misled by it however the sentence was
rearranged. The functions here look at every unexplained word of a bead at
once and pair facts of one kind. Pure: tokens in, `Fact` records out.

- dates: a weekday or month of one side missing from the other, paired with
  one of the same kind the other side has instead;
- names and titles: runs of capitalised words ("Governor Ahmet Tunçel",
  "Golden Orange Film Festival") that share a word on both sides are the same
  name; a word of one run with no counterpart in the other changed the name
  or the title ("Mayor Ahmet Tuncel", "Golden Apple Film Festival", "Health
  Minister" for "Deputy Health Minister");
- untranslated words: a word of the copy that is no English word but a
  Turkish one whose lexicon senses the reference has nearby ("adliye" where
  the reference says "courthouse"), and a Turkish case ending left on a name
  ("Kocaeli'de").
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from typing import Callable, Sequence

from drift.reference.diff import DISCOURSE, FUNCTION_WORDS, HONORIFICS, MONTHS, same_family, stem, word_key, word_parts
from drift.text.tokens import Token

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Small words that may stand inside a capitalised name ("Secretary of State", "Ministry of Health").
NAME_JOINERS = frozenset({"of", "and", "for", "the", "de"})
# Two spellings of one word at least this similar (rapidfuzz ratio) are the same word in a name.
SAME_NAME_WORD = 80
# Capitalised words sharing this many first letters are one name word: Turkey and Turkish, Greece and Greek.
NATIONALITY_PREFIX = 4
# English endings after an apostrophe; any other ending is a Turkish case ending left on a name.
ENGLISH_ENDINGS = frozenset({"", "s", "ll", "re", "ve", "d", "t", "m"})
# How many senses of a Turkish word count when looking for its English on the reference's side.
UNTRANSLATED_SENSES = 10


@dataclass(frozen=True)
class Fact:
    """One changed fact: its kind, the reference's tokens and the copy's (either may be empty)."""

    kind: str  # "date", "name", "spelling", "title", "untranslated"
    ref: tuple[Token, ...]
    trans: tuple[Token, ...]
    # A word of the reference's name with nothing put for it: `trans` is then the copy's whole name.
    dropped: bool = False


def date_kind(token: Token) -> str | None:
    key = word_key(token).lower()
    if not token.stem[:1].isupper():
        return None
    return "weekday" if key in WEEKDAYS else "month" if key in MONTHS else None


def changed_dates(ref_left: Sequence[Token], trans_left: Sequence[Token], ref_bead: Sequence[Token],
                  trans_bead: Sequence[Token]) -> list[Fact]:
    """Weekdays and months of one side that the other side's bead does not have, paired by kind in order."""
    ref_keys = {word_key(t).lower() for t in ref_bead}
    trans_keys = {word_key(t).lower() for t in trans_bead}
    facts = []
    for kind in ("weekday", "month"):
        ref_only = [t for t in ref_left if date_kind(t) == kind and word_key(t).lower() not in trans_keys]
        trans_only = [t for t in trans_left if date_kind(t) == kind and word_key(t).lower() not in ref_keys]
        for ref, trans in zip(ref_only, trans_only):
            facts.append(Fact("date", (ref,), (trans,)))
    return facts


def _name_runs(tokens: Sequence[Token], text: str) -> list[list[Token]]:
    """Runs of capitalised words, joined across small words ("Deputy Secretary of State") and hyphens, honorifics
    left out; punctuation ends a run ("Aslı Günay, chair of the Kuzey Havacılık board" is two)."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    pending = False  # a small word inside a name is waiting for the next capitalised word
    last_end: int | None = None
    for token in (part for token in tokens for part in word_parts(token)):
        key = word_key(token).lower()
        # "The" opening a sentence is no word of a name; "Can" inside one is ("Can Öztürk").
        opening = text[:token.start].rstrip()[-1:] in ("", ".", "!", "?", ":", "\"", "“", "”")
        capital = token.stem[:1].isupper() and any(char.isalpha() for char in token.stem) \
            and not (opening and key in FUNCTION_WORDS)
        joined = last_end is not None and text[last_end:token.start].strip(" -'’") == ""
        if capital and key in HONORIFICS:
            # "Prof. Dr. Tarık Aydemir": the honorific's full stop does not end the name.
            last_end = token.end + (text[token.end:token.end + 1] == ".")
            continue
        if capital and current and joined:
            current.append(token)
        elif capital:
            if current:
                runs.append(current)
            current = [token]
        elif current and key in NAME_JOINERS and joined and not pending:
            pending = True
            last_end = token.end
            continue
        else:
            if current:
                runs.append(current)
            current = []
        pending = False
        last_end = token.end
    if current:
        runs.append(current)
    return runs


@functools.lru_cache(maxsize=4096)
def place_entities(word: str) -> frozenset[str]:
    """The countries and cities the gazetteer knows by an English word or its nationality word ("Austrian": AT)."""
    from drift.lexicon.gazetteer import load_gazetteer

    if not word[:1].isupper() or not word.isalpha():
        return frozenset()
    return frozenset(place.entity for place in load_gazetteer().lookup([word], turkish=False))


def _same_word(first: Token, second: Token) -> bool:
    """One word of a name: alike, of one family, spelled alike, or a country and its adjective (Turkey, Turkish);
    never two places the gazetteer tells apart (Austria, Australia)."""
    from rapidfuzz import fuzz

    a, b = word_key(first).lower(), word_key(second).lower()
    if a == b:
        return True
    first_places, second_places = place_entities(first.stem), place_entities(second.stem)
    if first_places and second_places and not first_places & second_places:
        return False
    return same_family(a, b) or fuzz.ratio(a, b) >= SAME_NAME_WORD \
        or len(os.path.commonprefix([a, b])) >= NATIONALITY_PREFIX


def changed_places(ref_left: Sequence[Token], trans_left: Sequence[Token]) -> list[Fact]:
    """A country, nationality or city of the reference that the copy replaced with another one ("Austrian" /
    "Australian", "Swiss" / "Swedish", "Edirne" / "Kırklareli"), paired in order among the changed words."""
    ref_places = [t for t in ref_left if place_entities(t.stem)]
    trans_places = [t for t in trans_left if place_entities(t.stem)]
    ref_only = [t for t in ref_places if not any(place_entities(t.stem) & place_entities(u.stem) for u in trans_left)]
    trans_only = [t for t in trans_places if not any(place_entities(t.stem) & place_entities(u.stem)
                                                     for u in ref_left)]
    return [Fact("name", (ref,), (trans,)) for ref, trans in zip(ref_only, trans_only)]


def changed_names(ref_bead: Sequence[Token], trans_bead: Sequence[Token], ref_text: str, trans_text: str,
                  is_word: Callable[[str], bool]) -> tuple[list[Fact], set[Token]]:
    """Words changed inside a name or title that both sides have (they share at least one of its words), and the
    words of such names that are no change: one word spelled as a country or its adjective (Turkey, Turkish), the
    words a later mention by surname alone leaves out."""
    from rapidfuzz import fuzz

    facts = []
    same: set[Token] = set()
    trans_runs = _name_runs(trans_bead, trans_text)
    used: set[int] = set()
    for ref_run in _name_runs(ref_bead, ref_text):
        partner = next((k for k, run in enumerate(trans_runs) if k not in used
                        and any(_same_word(r, t) for r in ref_run for t in run)), None)
        if partner is None:
            continue
        used.add(partner)
        trans_run = trans_runs[partner]
        for ref in ref_run:
            for trans in trans_run:
                a, b = word_key(ref).lower(), word_key(trans).lower()
                # Two spellings of a name; two English words (defence, defense) are a spelling convention.
                # Codes (S-300, S-400) and small words (The, They) are no names to misspell.
                if a != b and a.isalpha() and b.isalpha() and min(len(a), len(b)) >= 4 \
                        and a not in FUNCTION_WORDS and b not in FUNCTION_WORDS \
                        and stem(a) != stem(b) and fuzz.ratio(a, b) >= SAME_NAME_WORD \
                        and not (is_word(a) and is_word(b)):
                    facts.append(Fact("spelling", (ref,), (trans,)))
        ref_only = tuple(r for r in ref_run if not any(_same_word(r, t) for t in trans_run))
        trans_only = tuple(t for t in trans_run if not any(_same_word(r, t) for r in ref_run))
        same.update(t for t in (*ref_run, *trans_run) if t not in ref_only and t not in trans_only)
        if not ref_only:
            continue  # a word added to a name (a first name, a title) says more, not something else
        if not trans_only and len(trans_run) < 2:
            same.update(ref_only)  # a later mention by surname alone ("Tunçel" for "Governor Ahmet Tunçel")
            continue
        if trans_only and any(not is_word(word_key(t).lower()) for t in (*ref_only, *trans_only)):
            facts.append(Fact("name", ref_only, trans_only))
        else:
            facts.append(Fact("title", ref_only, trans_only or tuple(trans_run), dropped=not trans_only))
    return facts, same


def untranslated(trans_left: Sequence[Token], ref_left: Sequence[Token], is_word: Callable[[str], bool],
                 turkish_senses: Callable[[str], tuple[str, ...]]) -> list[Fact]:
    """Words of the copy that are Turkish words whose English the reference has, and the copy lacks, in the bead.

    Acronyms are labels (TÜİK, TurkStat), never untranslated words.
    """
    facts: list[Fact] = []
    for token in trans_left:
        key = word_key(token).lower()
        if not key.isalpha() or is_word(key) or token.stem.isupper():
            continue
        senses = turkish_senses(token.stem)
        found = tuple(r for r in ref_left if len(word_key(r)) > 3 and any(
            same_family(word_key(r).lower(), word) for sense in senses for word in sense.split() if len(word) > 3))
        if found:
            if facts and facts[-1].trans[-1].position + 1 == token.position:
                last = facts.pop()
                facts.append(Fact("untranslated", tuple(dict.fromkeys((*last.ref, *found))), (*last.trans, token)))
            else:
                facts.append(Fact("untranslated", found, (token,)))
    return facts


def untranslated_endings(ref_bead: Sequence[Token], trans_bead: Sequence[Token]) -> list[Fact]:
    """Names that carry a Turkish case ending in the copy and none in the reference ("Kocaeli'de")."""
    bare = {word_key(t).lower(): t for t in ref_bead if t.suffix.lower() in ENGLISH_ENDINGS}
    return [Fact("untranslated", (bare[word_key(t).lower()],), (t,)) for t in trans_bead
            if t.suffix and t.suffix.lower() not in ENGLISH_ENDINGS and word_key(t).lower() in bare]


# Directions that reverse each other: "return to Ankara" and "return from Ankara".
OPPOSITE_DIRECTIONS = {"from": {"to", "into", "towards", "toward", "until", "till"}, "to": {"from"}, "into": {"from"},
                       "towards": {"from"}, "toward": {"from"}, "until": {"from", "since"}, "till": {"from", "since"},
                       "since": {"until", "till"}, "before": {"after"}, "after": {"before"}}
# Words skipped between a preposition or verb and the word it governs ("from the other provinces").
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
# First words of prepositions that end in "to" or "from" and give no direction ("according to", "apart from").
COMPOUND_PREPOSITIONS = frozenset({"according", "due", "thanks", "owing", "compared", "next", "close", "prior",
                                   "contrary", "apart", "aside", "far", "away"})
# How many words either side of a verb its subject and object may stand.
CLAUSE = 8


def _keys(tokens: Sequence[Token], lemma: Callable[[str], str]) -> list[str]:
    return [lemma(word_key(t).lower()) for t in tokens]


def _once(keys: list[str], key: str) -> int | None:
    return keys.index(key) if keys.count(key) == 1 else None


def _verb_forms(first: str, second: str) -> bool:
    """Two forms of one word (the caller matched them by base form), one a gerund and the other not ("from
    crossing", "to cross"): the "to" of an infinitive and the "from" before a gerund ("stopped from crossing", "not
    allowed to cross") say no direction."""
    return first.endswith("ing") != second.endswith("ing")


def _before(tokens: Sequence[Token], index: int) -> str | None:
    """The word before tokens[index], determiners skipped."""
    k = index - 1
    while k >= 0 and word_key(tokens[k]).lower() in _DETERMINERS:
        k -= 1
    return word_key(tokens[k]).lower() if k >= 0 else None


def _preposition(tokens: Sequence[Token], index: int) -> int:
    """The index of the word before tokens[index], determiners skipped (see _before)."""
    k = index - 1
    while k >= 0 and word_key(tokens[k]).lower() in _DETERMINERS:
        k -= 1
    return max(k, 0)


def _governed(tokens: Sequence[Token], index: int) -> int | None:
    """The first content word after tokens[index], determiners and adjectives of nationality not skipped."""
    k = index + 1
    while k < len(tokens) and (word_key(tokens[k]).lower() in _DETERMINERS):
        k += 1
    return k if k < len(tokens) else None


def _compound_preposition(tokens: Sequence[Token], index: int) -> bool:
    """Whether the preposition before tokens[index] is part of one such as "according to", "due to"."""
    k = index - 1
    while k >= 0 and word_key(tokens[k]).lower() in _DETERMINERS:
        k -= 1
    return k >= 1 and word_key(tokens[k - 1]).lower() in COMPOUND_PREPOSITIONS


def reversed_roles(ref_bead: Sequence[Token], trans_bead: Sequence[Token], lemma: Callable[[str], str],
                   is_verb: Callable[[str], bool] = lambda key: False) -> list[Fact]:
    """Who did what to whom, reversed with the same words: a direction ("to Ankara" / "from Ankara"), a passive's
    agent made the object ("was received by the prime minister" / "received the prime minister"), or two names
    swapped around one verb ("Arslan praised Weber" / "Weber praised Arslan"). A gerund's "from" and an
    infinitive's "to" are no direction (see _verb_forms)."""
    ref_keys, trans_keys = _keys(ref_bead, lemma), _keys(trans_bead, lemma)
    facts: list[Fact] = []
    seen: set[int] = set()
    for i, token in enumerate(ref_bead):
        key = ref_keys[i]
        j = _once(trans_keys, key)
        # A figure is governed too ("until 15 March" / "from 15 March"), a small word is not.
        if j is None or _once(ref_keys, key) is None or key in FUNCTION_WORDS or not (key.isalpha() or key.isdigit()):
            continue
        ref_before, trans_before = _before(ref_bead, i), _before(trans_bead, j)
        if ref_before in OPPOSITE_DIRECTIONS and trans_before in OPPOSITE_DIRECTIONS[ref_before] \
                and not _compound_preposition(ref_bead, i) and not _compound_preposition(trans_bead, j) \
                and not _verb_forms(word_key(token).lower(), word_key(trans_bead[j]).lower()):
            # The preposition that changed is the finding's words, with what it governs: "to the Turkish".
            facts.append(Fact("roles", tuple(ref_bead[_preposition(ref_bead, i):i + 1]),
                              tuple(trans_bead[_preposition(trans_bead, j):j + 1])))
            seen.add(j)
    # A passive's agent on one side is the object of the same active verb on the other.
    for passive, active, passive_keys, active_keys, ref_side in (
            (ref_bead, trans_bead, ref_keys, trans_keys, True), (trans_bead, ref_bead, trans_keys, ref_keys, False)):
        for k in range(1, len(passive) - 2):
            if word_key(passive[k + 1]).lower() != "by" or word_key(passive[k - 1]).lower() not in _BE:
                continue
            agent = _governed(passive, k + 1)
            verb = _once(active_keys, passive_keys[k])
            if agent is None or verb is None or verb > 0 and word_key(active[verb - 1]).lower() in _BE:
                continue
            target = _governed(active, verb)
            if target is not None and lemma(word_key(active[target]).lower()) == passive_keys[agent]:
                pair = ((passive[k],), (active[verb], active[target]))
                facts.append(Fact("roles", *(pair if ref_side else pair[::-1])))
    # Two names swapped around one verb, each within a clause's reach of it.
    for v, key in enumerate(ref_keys):
        w = _once(trans_keys, key)
        # The verb: a past tense ("praised", "sold") or a word only a verb can be ("impose"), not a verb of
        # saying, whose subject and object a reorder of the sentence would not swap ("..., the company said").
        surface = word_key(ref_bead[v]).lower()
        if w is None or _once(ref_keys, key) is None or key in FUNCTION_WORDS or key in DISCOURSE \
                or not ref_bead[v].stem[:1].islower() or not (surface != key or is_verb(key)):
            continue

        def counterpart(i: int) -> int | None:
            token = ref_bead[i]
            if not token.stem[:1].isupper() or ref_keys[i] in FUNCTION_WORDS or _once(ref_keys, ref_keys[i]) is None:
                return None
            return _once(trans_keys, ref_keys[i])

        before = [(i, j) for i in range(max(v - CLAUSE, 0), v) if (j := counterpart(i)) is not None and j > w
                  and j - w <= CLAUSE]
        after = [(i, j) for i in range(v + 1, min(v + CLAUSE + 1, len(ref_bead))) if (j := counterpart(i)) is not None
                 and j < w and w - j <= CLAUSE]
        if before and after:
            (i1, j1), (i2, j2) = before[-1], after[0]
            facts.append(Fact("roles", (ref_bead[i1], ref_bead[v], ref_bead[i2]),
                              (trans_bead[j2], trans_bead[w], trans_bead[j1])))
    return facts


# A negation governs the content words this close after it ("did not receive support": receive, support).
NEGATION_SCOPE = 4


def moved_negation(ref_bead: Sequence[Token], trans_bead: Sequence[Token], lemma: Callable[[str], str],
                   negations: frozenset[str]) -> list[Fact]:
    """A negation that both sides have, put on another word: "is not a luxury but a need" and "is a
    choice, not an obligation". The reference's negated word stands outside every negation of the copy, and
    the copy's negated word outside every negation of the reference."""
    def negated(tokens: Sequence[Token]) -> list[tuple[Token, int]]:
        found = []
        for k, token in enumerate(tokens):
            if word_key(token).lower() in negations:
                after = next((m for m in range(k + 1, len(tokens)) if word_key(tokens[m]).lower() not in FUNCTION_WORDS
                              and word_key(tokens[m]).lower() not in negations and word_key(tokens[m]).isalpha()), None)
                if after is not None:
                    found.append((token, after))
        return found

    def in_scope(tokens: Sequence[Token], key: str) -> bool:
        return any(word_key(t).lower() in negations and any(
            lemma(word_key(u).lower()) == key for u in tokens[k + 1:k + 1 + NEGATION_SCOPE])
            for k, t in enumerate(tokens))

    ref_negated, trans_negated = negated(ref_bead), negated(trans_bead)
    if len(ref_negated) != 1 or len(trans_negated) != 1:
        return []
    (ref_not, i), (trans_not, j) = ref_negated[0], trans_negated[0]
    ref_key, trans_key = lemma(word_key(ref_bead[i]).lower()), lemma(word_key(trans_bead[j]).lower())
    if ref_key == trans_key or not any(lemma(word_key(t).lower()) == ref_key for t in trans_bead):
        return []
    if in_scope(trans_bead, ref_key) or in_scope(ref_bead, trans_key):
        return []
    return [Fact("negation", (ref_not, ref_bead[i]), (trans_not, trans_bead[j]))]
