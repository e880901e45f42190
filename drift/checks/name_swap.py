"""Swapped given name: the surname matches the original but the first name does not.

Why it matters: "Bill Stewart" for Phil Stewart is a different person; a
reader who repeats it gets the wrong name, which is why this is critical.

Example: English "Bill Stewart", Turkish "Phil Stewart": the surname links,
the given name before it does not and is not a spelling variant of it.
A title before the surname on both sides ("Governor", "Valisi") is not a
given name and is left to the mistranslation checks. Expected: the original's
given name.
"""

from __future__ import annotations

from drift.checks import check
from drift.checks._names import (
    TITLE_WORDS,
    document_turkish_names, english_key, is_english_word, is_translation, is_turkish_word, looks_like_name, pair_views,
)
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Language, Severity
from drift.text.stopwords import is_stopword
from drift.text.tokens import name_key


@check("D102", "name-swap", Category.NAME, Severity.CRITICAL)
def name_swap(context: CheckContext):
    everywhere = document_turkish_names(context)
    for view in pair_views(context):
        tokens = view.trans_tokens
        starts = {sentence.start for sentence in view.trans_sentences}
        for first, surname in zip(tokens, tokens[1:]):
            if not (looks_like_name(first) and looks_like_name(surname)):
                continue
            if surname.start > first.end + 1 or len(surname.stem) < 3:
                continue  # not "Given Surname": punctuation between, or an abbreviation
            opening = first.start in starts and is_stopword(first.stem.lower(), Language.ENGLISH)
            if first.stem.lower() in TITLE_WORDS or opening or is_english_word(context, surname.stem):
                continue  # "Minister Karaağaç", "In Dikmen, ...", "Welfare Party": no given name and surname
            surname_key, first_key = english_key(surname), english_key(first)
            before = [name.previous for name in everywhere if name.key == surname_key and name.previous]
            if not before or any(name_key(p.stem, Language.TURKISH) == first_key for p in before):
                continue
            if any(is_translation(context, p.stem, first.stem) for p in before):
                continue
            previous = before[0]
            if is_english_word(context, first.stem) and is_turkish_word(context, previous.stem) and not (
                    _given_name(context, previous.stem)):
                continue  # a title or a word before the surname on both sides, not a given name
            yield make_finding(
                name_swap, view,
                message=f"“{first.stem} {surname.stem}”: the original's given name is “{previous.stem}”.",
                trans=context.trans_span(first.start, first.start + len(first.stem)),
                orig=context.orig_span(previous.start, previous.start + len(previous.stem)),
                expected=previous.stem,
                evidence=f"the surname {surname.stem} matches the original; the given name before it does not",
            )


def _given_name(context: CheckContext, turkish: str) -> bool:
    """True for a Turkish word before a surname that is no title and renders as no English word but itself.

    Many Turkish given names are words too (Cem, Can, Deniz); a title (Bakan,
    Vali) has an English rendering among its senses that heads a title.
    """
    from drift.lexicon.lemma import turkish_lemmas

    lexicon = context.resources.lexicon
    senses = [sense for lemma in turkish_lemmas(turkish, lexicon)[:2] for sense in lexicon.senses(lemma)]
    return not any(word in TITLE_WORDS for sense in senses for word in sense.split())
