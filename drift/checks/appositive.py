"""Appositive made plural: "AB üyesi Yunanistan" (EU member Greece) rendered "EU members".

Why it matters: a singular noun right before a name describes that one name;
turned plural it names a group, which then reads as the one who acts: "EU
members removed Greece" for "ABD, AB üyesi Yunanistan'ı ... çıkardı" (the US
removed EU member Greece) changes who did it.

Flagged: a lower-case Turkish noun in the singular with the compound ending
(-ı/-i/-u/-ü, -sı/-si/-su/-sü: "üyesi"; not a postposition such as
"kapsamında", whose entry ends in a case), directly before a name that is
not the first of a list ("ve", "ile" after it), whose English rendering
(drift.link) is a plural. Expected: the English word in the singular.

Not flagged, as English rightly says a plural there:
- a noun counted or quantified: Turkish keeps the singular after numerals and
  quantifiers ("dört uzman", four experts; "birçok ülke", many countries;
  "bazı", "her", "kaç", "çok sayıda"), so a plural is what English needs;
- a word that also reads as a verb form ("yanan", burning: a participle) or
  that is plural itself ("yetkililer", "vatandaşları");
- an English rendering capitalised inside the sentence: a title or part of a
  name ("League Champions"), where English uses plurals of its own.
"""

from __future__ import annotations

import re

from drift.checks import check
from drift.checks._names import looks_like_name, pair_views
from drift.checks.context import CheckContext, make_finding
from drift.lexicon.morph import verb_stem
from drift.model import Category, Severity
from drift.text.fold import fold_case

# What may follow the noun's dictionary form: nothing, or the compound ending alone.
_SINGULAR = re.compile(r"(?:s?[ıiuü])?")
_LIST_WORDS = frozenset("ve ile veya".split())
# Turkish counts and quantifies with the noun in the singular; "bir" (a, one) is left out, as it keeps one.
_COUNTING_WORDS = frozenset(
    "iki üç dört beş altı yedi sekiz dokuz on yirmi otuz kırk elli altmış yetmiş seksen doksan yüz bin milyon "
    "milyar trilyon birçok birkaç bazı her kaç çok sayıda onlarca yüzlerce binlerce milyonlarca kimi pek "
    "birtakım çeşitli".split())
# How far before the noun a counting word may stand: "iki adli tıp uzmanı" (two forensic experts).
_COUNT_REACH = 3
_PLURAL_SUFFIX = re.compile(r"l[ae]r")
# Entries that end in a case ("kapsamında": within, "tarafından": by) are postpositions, not nouns.
_CASED_ENTRY = re.compile(r"(?:[nd][ae]|[dt][ae]n|y?l[ae]|[ns]?c[ae])$")


def _plural(word: str) -> str | None:
    """The singular of an English plural noun ("members" -> "member"), None when `word` is not plural."""
    from drift.lexicon.lemma import english_lemma

    lower = word.lower()
    if not lower.endswith("s") or lower.endswith("ss"):
        return None
    lemma = english_lemma(lower)
    return lemma if lemma != lower else None


def _first_word(text: str, start: int) -> int:
    """Where the first word of a sentence starts (after opening quotes and brackets)."""
    while start < len(text) and not text[start].isalnum():
        start += 1
    return start


def _also_verb_or_plural(folded: str, lemmas: tuple[str, ...]) -> bool:
    """Whether another reading makes the word a verb form ("yanan": burning) or a plural ("vatandaşları")."""
    for lemma in lemmas:
        stem = verb_stem(lemma)
        if stem and folded.startswith(stem):
            return True
        if folded.startswith(lemma) and _PLURAL_SUFFIX.match(folded[len(lemma):]):
            return True
    return False


def _counted(view, position: int, text: str) -> bool:
    """Whether a numeral or quantifier stands in the noun's phrase, a few words before it ("dört uzmanı")."""
    tokens = view.orig_tokens
    for before in range(position - 1, max(position - 1 - _COUNT_REACH, -1), -1):
        token = tokens[before]
        if any(mark in text[token.end:tokens[position].start] for mark in ",.;:!?"):
            return False  # the phrase ends at punctuation
        if token.text[:1].isdigit() or view.orig_folded[before] in _COUNTING_WORDS:
            return True
    return False


@check("D415", "appositive-plural", Category.MISTRANSLATION, Severity.CRITICAL, preview=True)
def appositive_plural(context: CheckContext):
    for view in pair_views(context):
        links = context.links[view.index]
        rendered_as = links.rendered_as
        tokens = view.orig_tokens
        sentence_starts = {_first_word(context.alignment.trans.text, sentence.start) for sentence in view.trans_sentences}
        for word in links.orig_words:
            noun = word.token
            if noun.is_capitalized or noun.position not in rendered_as or noun.position + 1 >= len(tokens):
                continue
            name = tokens[noun.position + 1]
            if not looks_like_name(name) or name.start > noun.end + 1 or not word.lemmas:
                continue
            folded, lemma = fold_case(noun.text, turkish=True), word.lemmas[0]
            if lemma.endswith(("mak", "mek")) or _CASED_ENTRY.search(lemma) or not folded.startswith(lemma) or (
                    not _SINGULAR.fullmatch(folded[len(lemma):])) or folded == lemma:
                continue
            if _also_verb_or_plural(folded, word.lemmas) or _counted(view, noun.position, context.alignment.orig.text):
                continue
            if any(fold_case(other.text, turkish=True) in _LIST_WORDS for other in tokens[name.position + 1:
                                                                                          name.position + 3]):
                continue  # "NATO üyesi Türkiye ve Yunanistan": two members, a plural is right
            plurals = [(view.trans_tokens[position], _plural(view.trans_tokens[position].text))
                       for position in rendered_as[noun.position]]
            if not all(singular for _, singular in plurals):
                continue
            english, singular = plurals[0]
            if english.is_capitalized and english.start not in sentence_starts:
                continue
            yield make_finding(
                appositive_plural, view,
                message=f"“{noun.text} {name.text}” describes one: {name.stem}; the English “{english.text}” makes "
                        "it a group.",
                trans=context.trans_span(english.start, english.end),
                orig=context.orig_span(noun.start, name.end),
                expected=singular,
                evidence=f"singular “{noun.text}” right before the name {name.stem}; plural “{english.text}”",
            )
