"""Negation flipped: the original says "not" and the English does not, or the other way round.

Why it matters: "said it did not accept" rendered "said it accepted" reverses
the fact; sentence vectors barely notice (they are blind to polarity), so a
rule compares negation on the two sides of an aligned sentence pair.

Strong negation, Turkish: a verb with the negative suffix (etmediğini,
almadık, edilmemesi, ulaşılamadı), değil, yok, hiçbir, asla; English: not,
n't, no, never, nor, neither, none, nothing, nobody, cannot, without, fail to.
Weak negation (a privative or negative prefix: insansız, alkolsüz;
unacceptable, unmanned, non-alcoholic) never triggers a finding but does
answer a strong negation on the other side. A bead is flagged when one side
has strong negation and the other side has none of either kind.
Example: "kabul etmediğini" / "said it accepted".

When both sides have some negation but the English has fewer, word links
(drift.link) say which one was lost: a negated Turkish verb (or the word before değil/yok,
or before a negated light verb: "kabul etmedi") whose English rendering has
no "not", "never", "no", "yet to", "fail", "refuse" or negative prefix in the
five words before it is flagged on that rendering ("the figures had been
verified" for "doğrulanmadığını").
"""

from __future__ import annotations

import re
from functools import lru_cache

from drift.checks import check
from drift.checks._names import is_english_word, pair_views
from drift.checks.context import BeadView, CheckContext, make_finding
from drift.model import Category, Severity
from drift.text.fold import fold_case
from drift.text.tokens import Token

# Negative verb morphology after a verb stem: -me/-ma with a tense, participle
# or converb (-medi, -meden, -mez, -memiş, -meyecek, -meyip, -meyen, -memek, -memesi),
# -mıyor, and the negative abilitative -e/-a-me- with a tense (edilemez,
# ulaşılamadı). A verbal noun in -ma/-me with a case ending (açıklamada,
# açıklamayı) is not negative and must not match.
_TURKISH_NEGATIVE_VERB = re.compile(
    r"m[ae](?:d[ıiuü]|d[ae]n|z|m[ıiuü]ş|y[ae]c[ae][kğ]|y[ıiuü]p|y[ae]n|m[ae][kls]|m[ae]l[ıi])"
    r"|m[ıiuü]yor|[ae]m[ae](?:d[ıiuü]|z|y[ae]c[ae]|m[ıiuü]ş)|[ae]m[ıiuü]yor"
)
# A word the lexicon cannot take apart ("öngörmüyoruz") counts only with an ending no noun has.
_UNLEMMATISED_NEGATIVE = re.compile(r"\w{2,}(?:m[ıiuü]yor|m[ae]y[ae]c[ae][kğ])\w*$")
_TURKISH_NEGATIVE_WORDS = frozenset("değil değildir değildi değiller değilim değiliz yok yoktur hiçbir asla".split())
_TURKISH_PRIVATIVE = re.compile(r"\w{3,}(?:s[ıiuü]z)(?:\w{0,4})$")
_ENGLISH_NEGATIVE_WORDS = frozenset(
    "not no never neither nor none nothing nobody nowhere without cannot unable".split()
)
_ENGLISH_FAIL = re.compile(r"^fail(?:s|ed|ing)?$")
_ENGLISH_NEGATIVE_PREFIX = re.compile(r"^(?:non-?(?P<non>\w+)|un(?P<un>\w{4,})|(?:in|im|ir|il|dis)(?P<rest>\w{4,}))$")
# in-/im-/il-/ir-/dis- negate adjectives ("independent", "illegal", "inaccurate");
# before other words they are usually no prefix at all ("incomes", "increase", "display").
_ADJECTIVE_ENDING = re.compile(r"(?:able|ible|al|ant|ent|ive|ate|ar|ous|ic|ful|ite|ect|ete|ure)$")


def turkish_verb_negative(context: CheckContext, token: Token, word: str) -> bool:
    """True for a Turkish verb form with the negative suffix (etmediğini, ulaşılamadı); `word` is it folded."""
    return _negative_verb_form(token.text, word, context.resources.lexicon)


@lru_cache(maxsize=65536)  # every Turkish word of every pair is asked about
def _negative_verb_form(text: str, word: str, lexicon) -> bool:
    from drift.lexicon.lemma import turkish_lemmas

    lemmas = turkish_lemmas(text, lexicon)[:2]
    if lemmas and not lemmas[0].endswith(("mak", "mek")) and _TURKISH_NEGATIVE_VERB.search(lemmas[0]):
        return False  # a noun made from a negative form is a word of its own (anlaşmazlık: a dispute)
    if not any(lemma.endswith(("mak", "mek")) for lemma in lemmas):
        return bool(_UNLEMMATISED_NEGATIVE.search(word))
    for lemma in lemmas:
        if not lemma.endswith(("mak", "mek")):
            continue
        # The lexicon lists some negative verbs as lemmas of their own (vermemek):
        # the negative suffix then starts right after the shorter stem.
        negative_lemma = len(lemma) >= 7 and lemma.endswith(("mamak", "memek"))
        stem = lemma[:-5] if negative_lemma else lemma[:-3]
        if _TURKISH_NEGATIVE_VERB.search(word, max(len(stem) - 1, 1)):
            return True
    return False


def turkish_negations(context: CheckContext, view: BeadView) -> tuple[list[Token], list[Token]]:
    """(strong, weak) negations among the Turkish tokens of a bead."""
    strong, weak = [], []
    for token in view.orig_tokens:
        word = view.orig_folded[token.position]
        if word in _TURKISH_NEGATIVE_WORDS:
            strong.append(token)
        elif token.is_capitalized or len(word) < 5:
            continue
        elif turkish_verb_negative(context, token, word):
            strong.append(token)
        elif _TURKISH_PRIVATIVE.match(word):
            weak.append(token)
    return strong, weak


# English turns of phrase with "not" or "no" that negate nothing.
_NOT_NEGATING = re.compile(
    r"\b(?:not only|not just|not least|no later than|no sooner|no fewer than|no less than|no more than|"
    r"nothing but|no doubt|not to mention)\b",
    re.IGNORECASE,
)


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
        if _negative_prefix(context, word):
            weak.append(token)
    return strong, weak


def _negates(tokens: tuple[Token, ...], position: int) -> bool:
    """True for an English word that negates what follows: not, n't, never, no, failed, "yet to"."""
    word = tokens[position].text.lower().replace("’", "'")
    if word in _ENGLISH_NEGATIVE_WORDS or word.endswith("n't") or _ENGLISH_FAIL.match(word):
        return True
    return word == "yet" and position + 1 < len(tokens) and tokens[position + 1].text.lower() == "to"


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
    return is_english_word(context, stem)


@check("D404", "negation-flip", Category.MISTRANSLATION, Severity.CRITICAL)
def negation_flip(context: CheckContext):
    for view in pair_views(context):
        orig_strong, orig_weak = turkish_negations(context, view)
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
        elif trans_strong and not (orig_strong or orig_weak):
            word = trans_strong[0]
            yield make_finding(
                negation_flip, view,
                message=f"The English says “{word.text}” but the original has no negation.",
                trans=context.trans_span(word.start, word.end),
                orig=context.orig_span(view.orig_sentences[0].start, view.orig_sentences[-1].end),
                basis="added",
                evidence=f"negation in the English: {', '.join(t.text for t in trans_strong)}; none in the Turkish",
            )
        elif len(orig_strong) > len(trans_strong):
            # Fewer negations in the English than in the Turkish: find the one that was lost.
            yield from _lost_on_word(context, view, context.links[view.index], orig_strong)


# Verbs that carry no meaning of their own next to a noun (kabul etmek, karar
# vermek): their negation belongs to the word before them.
_LIGHT_VERBS = frozenset("etmek edilmek olmak olunmak yapmak yapılmak kılmak eylemek bulunmak vermek verilmek".split())
_BEFORE_NEGATOR = frozenset("değil değildir değildi değiller değilim değiliz yok yoktur".split())
# English verbs that carry the negation themselves ("refused to accept", "failed to reach").
_NEGATING_VERBS = frozenset("refuse deny decline reject lack fail avoid prevent".split())
# "-medikçe" (as long as ... not) is rendered "until" or "unless".
_NEGATIVE_CONDITIONS = frozenset("until unless".split())
# How far before its word an English negation may stand ("had not yet been verified").
_NEGATION_REACH = 5


def _negated_heads(context: CheckContext, view: BeadView, negation: Token) -> tuple[int, ...]:
    """Positions of the Turkish words a strong negation negates: the verb itself, or the word before."""
    from drift.lexicon.lemma import turkish_lemmas

    word = fold_case(negation.text, turkish=True)
    if word in _BEFORE_NEGATOR:
        return (negation.position - 1,) if negation.position > 0 else ()
    if word not in _TURKISH_NEGATIVE_WORDS:  # a negative verb
        lemmas = turkish_lemmas(negation.text, context.resources.lexicon)[:2]
        light = any(lemma in _LIGHT_VERBS or lemma[:-5] + lemma[-3:] in _LIGHT_VERBS for lemma in lemmas)
        return (negation.position, negation.position - 1) if light and negation.position > 0 else (
            negation.position,)
    return ()  # hiçbir, asla: what they negate is too far to tell


def _english_negated(context: CheckContext, view: BeadView, position: int) -> bool:
    """True when the English word at `position` is negated: a negation shortly before it, or on itself."""
    from drift.lexicon.lemma import english_lemma

    tokens = view.trans_tokens
    token = tokens[position]
    if _negative_prefix(context, token.text.lower()) or english_lemma(token.text) in _NEGATING_VERBS:
        return True
    return any(_negates(tokens, before) or english_lemma(tokens[before].text) in _NEGATING_VERBS
               or tokens[before].text.lower() in _NEGATIVE_CONDITIONS
               for before in range(max(0, position - _NEGATION_REACH), position))


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
        if not renderings or any(_english_negated(context, view, position) for position in renderings):
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
