"""Negation lost: the original says "not" and the English does not.

Why it matters: "said it did not accept" rendered "said it accepted" reverses
the fact; sentence vectors barely notice (they are blind to polarity), so a
rule compares negation on the two sides of an aligned sentence pair.

Turkish negation comes from the verb's suffix chain (drift.lexicon.morph):
the negative -mA and the impotential -(y)AmA followed by a tense, participle,
converb or imperative (etmediğini, almadık, vermez, edilmemesi, ulaşılamadı,
katılmıyoruz, girmeyin), and değil or yok with copula endings (değildi,
yokmuş); hiçbir and asla too. Forms with a second, positive reading are weak:
-mAdAn (içmeden is "without drinking" or "from drinking"; başlamadan önce
"before it began"), a bare -mA ("don't write" or "writing"), a bare negative
participle describing a noun (bilinmeyen neden: an unknown cause), a negative
form the lexicon lists as a word (anlaşmazlık: a dispute), "ne ... ne de",
"sadece ... değil" (not only), the words of negative sentences (hiç, kimse),
a negative question ("değil mi?": isn't it?) and a double negation
("gitmemesi mümkün değil": he must go). "olup olmadığı" (whether) and "gelir
gelmez" (as soon as) and yok before a light verb (yok etmek: destroy) are no
negation at all. English negation is grammatical
(not, n't, no, never, nor, neither, none, nothing, nobody, no-one, cannot,
without, "yet to") or in a word's meaning (refused, denied, failed, lacks,
missed, unable; -less: useless; a negative prefix: unthinkable, non-binding;
until and unless, which render -mAdIkçA).
A bead is flagged when the Turkish has a strong negation and the English has
none of either kind; a weak one never triggers a finding.
Example: "kabul etmediğini" / "said it accepted". The other direction, a
"not" the Turkish lacks, is D416 (negation-added).

When both sides have some negation but the English has fewer, word links
(drift.link) say which one was lost: a negated Turkish verb (or the word before değil/yok,
or before a negated light verb: "kabul etmedi") whose English rendering has
no grammatical or lexical negation in the five words before it (or before an
"or" there) is flagged on that rendering ("the figures had been verified" for
"doğrulanmadığını").
"""

from __future__ import annotations

import re
from functools import lru_cache

from drift.checks import check
from drift.checks._names import is_english_word, pair_views
from drift.checks.context import BeadView, CheckContext, make_finding, per_text
from drift.lexicon.morph import (Negation, negative_predicate, surface_stems, verb_negation, verb_root_shaped,
                                 verb_stem)
from drift.model import Category, Severity
from drift.text.fold import fold_case
from drift.text.tokens import Token

# A word the lexicon cannot take apart ("öngörmüyoruz") counts only with an ending no noun has.
_UNLEMMATISED_NEGATIVE = re.compile(r"\w{2,}(?:m[ıiuü]yor|m[ae]y[ae]c[ae][kğ])\w*$")
_TURKISH_NEGATIVE_WORDS = frozenset("hiçbir asla".split())
_TURKISH_PRIVATIVE = re.compile(r"\w{3,}(?:s[ıiuü]z)(?:\w{0,4})$")
# "sadece X değil, Y de": "not only X but also Y" negates nothing.
_ONLY = frozenset("sadece yalnız yalnızca sırf salt".split())
_ONLY_REACH = 8
# A bare negative subject participle (katılamayan, bilinmeyen) heads a relative clause that
# describes a noun: translations often fold it into one word ("who missed", "unknown", "lacking").
_NEGATIVE_PARTICIPLE = re.compile(r"m[ae]y[ae]n$")
# Words that stand only in negative sentences (or questions): "hiç kimse gelmedi", "kimseye söylemeden".
_NONE = "yok"
_EVER = "hiç"
_ANYONE = "kimse"
# "ne X ne (de) Y" is "neither X nor Y" with a positive verb.
_NEITHER = "ne"
_ALSO = frozenset("de da".split())
_ENGLISH_NEGATIVE_WORDS = frozenset(
    "not no never neither nor none nothing nobody nowhere no-one without cannot".split()
)
_ENGLISH_NEGATIVE_PREFIX = re.compile(r"^(?:non-?(?P<non>\w+)|un(?P<un>\w{4,})|(?:in|im|ir|il|dis)(?P<rest>\w{4,}))$")
# in-/im-/il-/ir-/dis- negate adjectives ("independent", "illegal", "inaccurate");
# before other words they are usually no prefix at all ("incomes", "increase", "display").
_ADJECTIVE_ENDING = re.compile(r"(?:able|ible|ably|ibly|al|ant|ent|ive|ate|ar|ous|ic|ful|ite|ect|ete|ure)$")
# English words whose meaning holds a negation ("refused" is "did not accept", "missed" is "did
# not play in"): they answer a Turkish negation, though they negate no other word. Public: the
# reference mode reads it too.
NEGATIVE_MEANING = frozenset(
    "refuse deny decline reject lack fail avoid prevent miss unable absent absence hardly barely scarcely "
    "forbid prohibit ban stop cease refrain halt".split()
)
# The privative -less on an English word ("useless", "homeless") says "without" as -sIz does.
_PRIVATIVE_SUFFIX = "less"
# The question particle with its endings (mı, midir, mıydı, misiniz): a negative question ("değil
# mi?", "gelmez mi?") asks for a yes, and is often rendered without a "not".
_QUESTION_PARTICLE = re.compile(
    r"^m[ıiuü](?:d[ıiuü]r|yd[ıiuü]|ym[ıiuü]ş|y[ıiuü][mz]|s[ıiuü]n(?:[ıiuü]z)?)?$")
# A negation and a değil/yok this close cancel out ("gitmemesi mümkün değil": he has to go).
_DOUBLE_NEGATION_REACH = 3


def turkish_verb_negative(context: CheckContext, token: Token, word: str) -> bool:
    """True for a Turkish verb form with the negative suffix (etmediğini, ulaşılamadı); `word` is it folded."""
    return _negative_verb_form(word, context.resources.lexicon) is Negation.NEGATIVE


@lru_cache(maxsize=65536)  # every Turkish word of every pair is asked about
def _negative_verb_form(word: str, lexicon) -> Negation:
    """How negative the folded Turkish `word` is as a form of a verb the lexicon knows."""
    from drift.lexicon.lemma import turkish_lemmas

    lemmas = turkish_lemmas(word, lexicon)
    verbs = [lemma for lemma in lemmas if verb_stem(lemma) and verb_root_shaped(verb_stem(lemma))]
    if not verbs:
        return Negation.NEGATIVE if _UNLEMMATISED_NEGATIVE.search(word) else Negation.NONE
    found = max(_form_negation(word, verb) for verb in verbs)
    if found and lemmas[0] not in verbs and Negation.NEGATIVE in (_form_negation(lemmas[0], verb) for verb in verbs):
        # A negative form listed as a word of its own (yenilmez: invincible, anlaşmazlık: a dispute)
        # is often rendered without a "not".
        return Negation.AMBIGUOUS
    return found


def _form_negation(word: str, verb: str) -> Negation:
    """How negative `word` is as a form of the infinitive `verb`."""
    stems = list(surface_stems(verb))
    if verb.endswith(("mamak", "memek")) and len(verb) >= 7:
        stems.append(verb[:-5])  # the lexicon lists some negative verbs (vermemek) as lemmas of their own
    return max((verb_negation(stem, word[len(stem):]) for stem in stems
                if word.startswith(stem) and len(word) > len(stem)), default=Negation.NONE)


def _turkish_negation(context: CheckContext, view: BeadView, token: Token) -> Negation:
    """How negative one Turkish word of a bead is, in its place in the sentence."""
    words = view.orig_folded
    word = words[token.position]
    if word in _TURKISH_NEGATIVE_WORDS:
        return Negation.NEGATIVE
    if negative_predicate(word):
        if word == _NONE and _light_verb_follows(context, words, token.position):
            return Negation.NONE  # yok etmek (destroy), yok olmak (vanish): a compound verb
        before = words[max(0, token.position - _ONLY_REACH):token.position]
        only = word == "değil" and _ONLY.intersection(before)
        return Negation.AMBIGUOUS if only or _questioned(words, token.position) else Negation.NEGATIVE
    if word == _NEITHER and _NEITHER in words[token.position + 1:]:
        after = words.index(_NEITHER, token.position + 1) + 1
        return Negation.AMBIGUOUS if after < len(words) and words[after] in _ALSO else Negation.NONE
    if word == _EVER or word.startswith(_ANYONE):
        return Negation.AMBIGUOUS  # its verb carries the negation, when the lexicon knows the verb
    if len(word) < 5:
        return Negation.NONE
    found = _negative_verb_form(word, context.resources.lexicon)
    if found and token.is_capitalized and word.endswith(("maz", "mez")):
        return Negation.NONE  # a bare negative aorist with a capital is a name as often (Korkmaz, Sönmez)
    if found and _questioned(words, token.position):
        return Negation.AMBIGUOUS
    if found is Negation.NEGATIVE and _NEGATIVE_PARTICIPLE.search(word):
        return Negation.AMBIGUOUS
    if found and token.position > 0 and _echoes(words[token.position - 1], word):
        # "olup olmadığı" (whether or not), "gelir gelmez" (as soon as it comes): the positive form
        # and then the negative one of the same verb is one construction, not a negation.
        return Negation.NONE
    return found


def _light_verb_follows(context: CheckContext, words: tuple[str, ...], position: int) -> bool:
    """True when a form of a light verb (etmek, olmak) follows the word at `position`."""
    from drift.lexicon.lemma import turkish_lemmas

    return position + 1 < len(words) and any(
        lemma in LIGHT_VERBS for lemma in turkish_lemmas(words[position + 1], context.resources.lexicon)[:2])


def _questioned(words: tuple[str, ...], position: int) -> bool:
    """True when the question particle follows the word at `position` ("değil mi", "gelmez mi")."""
    return position + 1 < len(words) and bool(_QUESTION_PARTICLE.match(words[position + 1]))


def _echoes(before: str, word: str) -> bool:
    """True when `word` is the negative form of the verb whose positive form `before` is."""
    shared = 0
    while shared < min(len(before), len(word)) and before[shared] == word[shared]:
        shared += 1
    negative = word[shared:]
    return shared >= 2 and negative[:1] == "m" and negative[1:2] in "aeıi" and not before[shared:].startswith("m")


@per_text  # asked by several checks of each bead: read once, kept on its view
def turkish_negations(context: CheckContext, view: BeadView) -> tuple[list[Token], list[Token]]:
    """(strong, weak) negations among the Turkish tokens of a bead."""
    strong, weak = [], []
    for token in view.orig_tokens:
        negation = _turkish_negation(context, view, token)
        if negation is Negation.NEGATIVE:
            strong.append(token)
        elif negation is Negation.AMBIGUOUS or (
                not token.is_capitalized and _TURKISH_PRIVATIVE.match(view.orig_folded[token.position])):
            weak.append(token)
    cancelled = {token.position for first, second in zip(strong, strong[1:])
                 if second.position - first.position <= _DOUBLE_NEGATION_REACH
                 and negative_predicate(view.orig_folded[second.position])
                 for token in (first, second)}
    weak.extend(token for token in strong if token.position in cancelled)
    return [token for token in strong if token.position not in cancelled], weak


# English turns of phrase with "not" or "no" that negate nothing.
_NOT_NEGATING = re.compile(
    r"\b(?:not only|not just|not least|no later than|no sooner|no fewer than|no less than|no more than|"
    r"nothing but|no doubt|not to mention|no matter|or not)\b",
    re.IGNORECASE,
)


@per_text  # asked by several checks of each bead: read once, kept on its view
def english_negations(context: CheckContext, view: BeadView) -> tuple[list[Token], list[Token]]:
    """(strong, weak) negations among the English tokens of a bead."""
    strong, weak = [], []
    text = context.alignment.trans.text
    idioms = [match.span() for sentence in view.trans_sentences
              for match in _NOT_NEGATING.finditer(text, sentence.start, sentence.end)]
    for token in view.trans_tokens:
        if any(start <= token.start < end for start, end in idioms):
            if token.text.lower() == "not":
                weak.append(token)  # "not only" answers "sadece ... değil" without negating anything
            continue
        word = token.text.lower().replace("’", "'")
        if _negates(view.trans_tokens, token.position):
            strong.append(token)
            continue
        if (_negative_prefix(context, word) or _negative_meaning(token) or _privative(context, word)
                or word in _NEGATIVE_CONDITIONS):
            weak.append(token)
    return strong, weak


def _negative_meaning(token: Token) -> bool:
    """True for "refused", "lacks", "missed": a word that says "not" by its meaning alone."""
    from drift.lexicon.lemma import english_lemma

    return english_lemma(token.text) in NEGATIVE_MEANING


def _negates(tokens: tuple[Token, ...], position: int) -> bool:
    """True for an English word that negates what follows: not, n't, never, no, "yet to"."""
    word = tokens[position].text.lower().replace("’", "'")
    if word in _ENGLISH_NEGATIVE_WORDS or word.endswith("n't"):
        return True
    if word == "far" and _far_from_quality(tokens, position):
        return True
    return word == "yet" and position + 1 < len(tokens) and tokens[position + 1].text.lower() == "to"


def _far_from_quality(tokens: tuple[Token, ...], position: int) -> bool:
    """True for "far from" before a word WordNet reads mostly as an adjective or adverb ("far from wide", "far from
    certain": not at all); before a noun or a name it is a distance ("far from the city", "far from home")."""
    from drift.checks.antonym import _mostly_adjective
    from drift.checks.sense_changed import _thesaurus

    if position + 2 >= len(tokens) or tokens[position + 1].text.lower() != "from":
        return False
    following = tokens[position + 2]
    word = following.text.lower()
    thesaurus = _thesaurus()
    return (not following.is_capitalized and word not in _NOT_QUALITIES and bool(thesaurus.synsets(word, "a"))
            and _mostly_adjective(thesaurus, word))


# Words after "far from" that start a place or a noun phrase, never a quality.
_NOT_QUALITIES = frozenset("the a an its their his her our this that these those home here there".split())


def _negative_prefix(context: CheckContext, word: str) -> bool:
    """True for "unverified", "non-binding", "illegal": a negating prefix on a real English word."""
    prefixed = _ENGLISH_NEGATIVE_PREFIX.match(word)
    if prefixed is None:
        return False
    stem = prefixed.group("non") or prefixed.group("un")
    if stem is None:
        stem = prefixed.group("rest")
        if not _ADJECTIVE_ENDING.search(stem):
            return False
    if is_english_word(context, stem):
        return True
    # "unthinkable", "unforgettable", "irreversibly": the adjective in -able/-ible (or its adverb)
    # may be missing where its verb is not.
    base = stem[:-4] if stem.endswith(("able", "ible", "ably", "ibly")) else ""
    verbs = (base, base + "e") + ((base[:-1],) if base[-1:] == base[-2:-1] else ())
    return len(base) >= 3 and any(is_english_word(context, verb) for verb in verbs)


def _privative(context: CheckContext, word: str) -> bool:
    """True for "useless", "homeless": -less on a real English word ("unless", "bless" are none)."""
    stem = word[:-len(_PRIVATIVE_SUFFIX)]
    return word.endswith(_PRIVATIVE_SUFFIX) and len(stem) >= 3 and is_english_word(context, stem)


@check("D404", "negation-flip", Category.MISTRANSLATION, Severity.CRITICAL, preview=True)
def negation_flip(context: CheckContext):
    for view in pair_views(context):
        orig_strong, _ = turkish_negations(context, view)
        trans_strong, trans_weak = english_negations(context, view)
        first, last = view.trans_sentences[0], view.trans_sentences[-1]
        if orig_strong and not (trans_strong or trans_weak):
            word = orig_strong[0]
            yield make_finding(
                negation_flip, view,
                message=f"The original is negative (“{word.text}”) but the English sentence has no negation.",
                trans=context.trans_span(first.start, last.end),
                orig=context.orig_span(word.start, word.end),
                basis="lost",
                evidence=f"negation in the Turkish: {', '.join(t.text for t in orig_strong)}; none in the English",
            )
        elif len(orig_strong) > len(trans_strong):
            # Fewer negations in the English than in the Turkish: find the one that was lost.
            yield from _lost_on_word(context, view, context.links[view.index], orig_strong)


# Verbs that carry no meaning of their own next to a noun (kabul etmek, karar
# vermek): their negation belongs to the word before them.
LIGHT_VERBS = frozenset("etmek edilmek olmak olunmak yapmak yapılmak kılmak eylemek bulunmak vermek verilmek".split())
# "-medikçe" (as long as ... not) is rendered "until" or "unless".
_NEGATIVE_CONDITIONS = frozenset("until unless".split())
# How far before its word an English negation may stand ("had not yet been verified").
_NEGATION_REACH = 5
# A negation before "or"/"nor" reaches the words after it as well.
_COORDINATORS = frozenset("or nor".split())


def _negated_heads(context: CheckContext, view: BeadView, negation: Token) -> tuple[int, ...]:
    """Positions of the Turkish words a strong negation negates: the verb itself, or the word before."""
    from drift.lexicon.lemma import turkish_lemmas

    word = fold_case(negation.text, turkish=True)
    if negative_predicate(word):
        return (negation.position - 1,) if negation.position > 0 else ()
    if word not in _TURKISH_NEGATIVE_WORDS:  # a negative verb
        lemmas = turkish_lemmas(negation.text, context.resources.lexicon)[:2]
        light = any(lemma in LIGHT_VERBS or lemma[:-5] + lemma[-3:] in LIGHT_VERBS for lemma in lemmas)
        return (negation.position, negation.position - 1) if light and negation.position > 0 else (
            negation.position,)
    return ()  # hiçbir, asla: what they negate is too far to tell


def english_negated(context: CheckContext, view: BeadView, position: int, itself: bool = True) -> bool:
    """True when the English word at `position` is negated: a negation shortly before it, or (unless `itself` is
    False: a caller that reads the word's own prefix or meaning) on itself."""
    tokens = view.trans_tokens
    token = tokens[position]
    word = token.text.lower()
    if itself and (_negative_prefix(context, word) or _negative_meaning(token) or _privative(context, word)):
        return True
    reach = max(0, position - _NEGATION_REACH)
    if any(tokens[before].text.lower() in _COORDINATORS for before in range(reach, position)):
        reach = max(0, reach - _NEGATION_REACH)  # "did not read the report or sign it"
    return any(_negates(tokens, before) or _negative_meaning(tokens[before])
               or tokens[before].text.lower() in _NEGATIVE_CONDITIONS
               for before in range(reach, position))


def _renderings(links, heads: tuple[int, ...]) -> list[int]:
    """English positions linked to any of the Turkish positions `heads`, in English order."""
    found = {trans for head in heads for trans in links.rendered_as.get(head, ())}
    for phrase in links.phrases:
        if any(token.position in heads for token in phrase.orig_tokens):
            found.update(token.position for token in phrase.rendered_by)
    return sorted(found)


def _lost_on_word(context: CheckContext, view: BeadView, links, orig_strong: list[Token]):
    """A negated Turkish word whose English rendering is not negated."""
    for negation in orig_strong:
        renderings = _renderings(links, _negated_heads(context, view, negation))
        if not renderings or any(english_negated(context, view, position) for position in renderings):
            continue
        word = view.trans_tokens[renderings[0]]
        yield make_finding(
            negation_flip, view,
            message=f"The original negates this (“{negation.text}”) but the English “{word.text}” is not negated.",
            trans=context.trans_span(word.start, word.end),
            orig=context.orig_span(negation.start, negation.end),
            basis="lost-on-word",
            expected=f"not {word.text}",
            evidence=f"“{word.text}” renders the negated Turkish word and no negation stands before it",
        )
