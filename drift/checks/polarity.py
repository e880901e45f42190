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
"""

from __future__ import annotations

import re

from drift.checks import check
from drift.checks._names import is_english_word, pair_views
from drift.checks.context import BeadView, CheckContext, make_finding
from drift.model import Category, Severity
from drift.text.fold import fold_case
from drift.text.tokens import Token

# Negative verb morphology after a verb stem: -me/-ma with a tense, participle
# or converb (-medi, -mez, -memiş, -meyecek, -meyip, -meyen, -memek, -memesi),
# -mıyor, and the negative abilitative -e/-a-me- with a tense (edilemez,
# ulaşılamadı). A verbal noun in -ma/-me with a case ending (açıklamada,
# açıklamayı) is not negative and must not match.
_TURKISH_NEGATIVE_VERB = re.compile(
    r"m[ae](?:d[ıiuü]|z|m[ıiuü]ş|y[ae]c[ae][kğ]|y[ıiuü]p|y[ae]n|m[ae][kls]|m[ae]l[ıi])"
    r"|m[ıiuü]yor|[ae]m[ae](?:d[ıiuü]|z|y[ae]c[ae]|m[ıiuü]ş)|[ae]m[ıiuü]yor"
)
_TURKISH_NEGATIVE_WORDS = frozenset("değil değildir değildi değiller değilim değiliz yok yoktur hiçbir asla".split())
_TURKISH_PRIVATIVE = re.compile(r"\w{3,}(?:s[ıiuü]z)(?:\w{0,4})$")
_ENGLISH_NEGATIVE_WORDS = frozenset(
    "not no never neither nor none nothing nobody nowhere without cannot unable".split()
)
_ENGLISH_FAIL = re.compile(r"^fail(?:s|ed|ing)?$")
_ENGLISH_NEGATIVE_PREFIX = re.compile(r"^(?:non-?(?P<non>\w+)|(?:un|in|im|ir|il|dis)(?P<rest>\w{4,}))$")


def _turkish_verb_negative(context: CheckContext, token: Token, word: str) -> bool:
    from drift.lexicon.lemma import turkish_lemmas

    for lemma in turkish_lemmas(token.text, context.resources.lexicon)[:2]:
        if lemma.endswith(("mak", "mek")) and _TURKISH_NEGATIVE_VERB.search(word, max(len(lemma) - 4, 1)):
            return True
    return False


def turkish_negations(context: CheckContext, view: BeadView) -> tuple[list[Token], list[Token]]:
    """(strong, weak) negations among the Turkish tokens of a bead."""
    strong, weak = [], []
    for token in view.orig_tokens:
        word = fold_case(token.text, turkish=True)
        if word in _TURKISH_NEGATIVE_WORDS:
            strong.append(token)
        elif token.is_capitalized or len(word) < 5:
            continue
        elif _turkish_verb_negative(context, token, word):
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
            continue
        word = token.text.lower().replace("’", "'")
        if word in _ENGLISH_NEGATIVE_WORDS or word.endswith("n't") or _ENGLISH_FAIL.match(word):
            strong.append(token)
            continue
        prefixed = _ENGLISH_NEGATIVE_PREFIX.match(word)
        if prefixed and is_english_word(context, prefixed.group("non") or prefixed.group("rest")):
            weak.append(token)
    return strong, weak


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
                confidence=0.7,
                evidence=f"negation in the Turkish: {', '.join(t.text for t in orig_strong)}; none in the English",
            )
        elif trans_strong and not (orig_strong or orig_weak):
            word = trans_strong[0]
            yield make_finding(
                negation_flip, view,
                message=f"The English says “{word.text}” but the original has no negation.",
                trans=context.trans_span(word.start, word.end),
                orig=context.orig_span(view.orig_sentences[0].start, view.orig_sentences[-1].end),
                confidence=0.6,
                evidence=f"negation in the English: {', '.join(t.text for t in trans_strong)}; none in the Turkish",
            )
