"""Changed role: a common noun with the ablative ending ("from") rendered after "of".

Why it matters: the ablative "-den/-dan" says where something comes from or
whom it is asked of. "Şirket, tedarikçilerinden indirim talep etti" is that
the company asked its suppliers for a discount; "the company asked for the
discount of its suppliers" makes the suppliers the ones who get it.

Flagged: a common noun with an ablative ending after its dictionary form
(plural and possessive allowed: "tedarikçilerinden") whose English rendering
(drift.link) follows "of". Many ablatives are rightly said with "of", and stay
quiet:
- a part of a whole: the Turkish noun before "biri", "çoğu" ... ("one of the
  suppliers"), or an English quantity word before "of" ("some of", "a trace of");
- a postposition after the noun ("-den sonra", "-den ötürü"): it sets the meaning;
- an English word whose complement of separation, cause or material takes
  "of": "cleared of", "afraid of", "tired of", "made of", "consists of",
  "in charge of", "accused of", also with an object between ("cleared the
  village of mines");
- the verb that governs the ablative (the first verb after it) is rendered
  by the English word just before "of", or the lexicon renders it with "of"
  ("bahsetmek": speak of): English chose that verb's own preposition.
"""

from __future__ import annotations

import re

from drift.checks import check
from drift.checks._names import pair_views
from drift.checks.case_role import governing_verb, nouns_rendered_after
from drift.checks.context import CheckContext, make_finding
from drift.lexicon.lemma import english_lemma
from drift.model import Category, Severity

# Plural, possessive, then the ablative itself: tedarikçi-ler-i-nden.
_ABLATIVE_NOUN = re.compile(r"(?:l[ae]r)?(?:[ıiuü]|s[ıiuü])?n?[dt][ae]n")
# "tedarikçilerinden biri" is one of the suppliers: a part of a whole, which English says with "of".
_PARTITIVES = frozenset("biri birisi bazıları bazısı çoğu hiçbiri ikisi üçü birçoğu hangisi her kimi "
                        "yarısı tamamı hepsi".split())
# English words naming an amount or part of what follows "of".
_ENGLISH_QUANTIFIERS = frozenset(
    "one two three four five some many most none each any all several few part half rest majority "
    "minority share portion trace sign bit number lot dozens hundreds thousands millions".split())
# English words whose complement of separation, deprivation, cause, material or source takes "of",
# where Turkish uses the ablative (-den arındırmak, -den korkmak, -den yapılmak, -den sorumlu).
_OF_GOVERNORS = frozenset(
    # separation and deprivation
    "clear clean cleanse rid free strip rob deprive relieve purge cure absolve acquit empty devoid "
    "independent short "
    # cause and feeling
    "afraid scared frightened terrified fearful wary tired weary sick proud ashamed jealous envious "
    "suspicious fond die died because "
    # material and make-up
    "made make consist compose comprise build built "
    # knowledge and speech
    "aware informed speak talk hear heard think warn complain "
    # charge and guilt
    "charge accuse accused convict guilty suspect "
    # use and benefit
    "advantage use instead out ahead".split())

# Such a word may have its object between it and "of": "cleared the village of mines", "accused the mayor of".
_GOVERNOR_REACH = 3


def _takes_of(word: str) -> bool:
    lowered = word.lower()
    return lowered in _OF_GOVERNORS or english_lemma(lowered) in _OF_GOVERNORS


def _sense_takes_of(senses: tuple[str, ...]) -> bool:
    """Whether the lexicon renders the verb with "of" ("bahsetmek": speak of)."""
    return any(sense.endswith(" of") for sense in senses)


@check("D417", "ablative-of", Category.MISTRANSLATION, Severity.CRITICAL, preview=True)
def ablative_of(context: CheckContext):
    trans_text = context.alignment.trans.text
    for view in pair_views(context):
        trans = view.trans_tokens
        for word, befores in nouns_rendered_after(context, view, _ABLATIVE_NOUN, "of"):
            token = word.token
            if _PARTITIVES & set(view.orig_folded[token.position + 1:token.position + 3]):
                continue
            before, english = befores[0]
            ahead = trans[before.position - 1] if before.position > 0 else None
            if ahead is not None and ahead.text.lower() in _ENGLISH_QUANTIFIERS:
                continue
            if any(_takes_of(word.text) for word in trans[max(before.position - _GOVERNOR_REACH, 0):before.position]):
                continue
            verb = governing_verb(context, view, token.position)
            if verb is not None and (before.position - 1 in verb.rendered_at or _sense_takes_of(verb.senses)):
                continue
            yield make_finding(
                ablative_of, view,
                message=f"“{token.text}” means from the {english.text} (ablative case), but the English has "
                        f"“{trans_text[before.start:english.end]}”.",
                trans=context.trans_span(before.start, english.end),
                orig=context.orig_span(token.start, token.end),
                basis="of-phrase",
                expected=f"from the {english.text}",
                evidence=f"Turkish ablative ending on {word.lemmas[0]} ({token.text})",
            )
