"""Idiom missed: a Turkish idiom whose meaning the English does not carry.

Why it matters: an idiom means something its words do not ("gayri resmi
olarak" is informally; "masaya yatırmak" is to discuss in depth, not to put to
bed). A translation that misses it says something else while every single
word still looks accounted for, and sentence vectors barely notice.

Only idioms of the hand-kept news glossary are considered, and only when
their meaning is not built from their words: no sense of the idiom shares a
word stem with a sense of any of its words. The idiom must be rendered by
none of its senses (drift.link) and the English must hold a content word
that renders nothing in the original; the one whose word class fits the
idiom's senses (an adverb for "informally", no adverb for a verb) and
stands nearest the idiom's place in the sentence is named. Idioms made of function words (herhangi
bir = any) and phrases whose senses are function words are left alone, and so
is a negated verb idiom, which a translator may render by its opposite
("hayata geçirilemez": a non-starter), and a comparison built with Turkish's
comparative and superlative markers ("en az", at least; "daha çok"): grammar,
not an idiom. An idiom counts as rendered when an unlinked English word is a
synonym of one of its senses: the lexicon gives the two a Turkish translation
in common ("captured" and "be caught" are both yakalamak). Everyday words
("put", "take") share a translation with almost anything and are not asked.
Example: "gayri resmi olarak" / "has inadvertently raised" (expected informally).
"""

from __future__ import annotations

from functools import lru_cache

from drift.checks import check
from drift.checks._names import pair_views
from drift.checks._phrases import CONNECTIVES, content_words, everyday, meaningful_phrase
from drift.checks.context import BeadView, CheckContext, make_finding
from drift.model import Category, Severity
from drift.text.fold import fold_case


# Turkish forms comparatives and superlatives with these words: "en az" is the least, "daha çok" more.
_DEGREE_MARKERS = frozenset("en daha".split())


@lru_cache(maxsize=4096)
def is_idiom(lexicon, key: str) -> bool:
    """True for a glossary phrase whose senses share no word stem with its own words' senses."""
    from drift.lexicon.lemma import turkish_lemmas
    from drift.link import same_stem

    if not meaningful_phrase(lexicon, key) or key.split()[0] in _DEGREE_MARKERS:
        return False
    senses = [content_words(sense) for sense in lexicon.senses(key)]
    literal = {word for part in key.split()
               for lemma in (turkish_lemmas(part, lexicon)[:2] or (part,))
               for sense in lexicon.senses(lemma) for word in content_words(sense)}
    return not any(same_stem(word, other) for words in senses for word in words for other in literal)


def _word_class_fits(word: str, key: str, senses: tuple[str, ...]) -> bool:
    """An adverb for an idiom rendered mostly by adverbs ("informally"), no adverb for a verb idiom."""
    if word in CONNECTIVES:
        return False
    single = [sense for sense in senses if " " not in sense]
    if single and sum(sense.endswith("ly") for sense in single) * 2 > len(single):
        return word.endswith("ly")
    return not (key.endswith(("mak", "mek")) and word.endswith("ly"))


def _suspect(view: BeadView, links, phrase) -> object | None:
    """The unlinked English content word most likely to stand for the idiom, if any."""
    linked = links.linked_trans
    candidates = [word.token for word in links.trans_words
                  if word.token.position not in linked and not word.token.is_capitalized]
    fitting = [token for token in candidates if _word_class_fits(token.text.lower(), phrase.key, phrase.senses)]
    if not fitting:
        return None
    place = phrase.orig_tokens[0].position / max(1, len(view.orig_tokens))
    return min(fitting, key=lambda token: abs(token.position / max(1, len(view.trans_tokens)) - place))


def _rendered_by_synonym(lexicon, view: BeadView, links, phrase) -> bool:
    """Whether an unlinked English word shares a Turkish translation with one of the idiom's senses."""
    from drift.lexicon.lemma import english_lemma

    def turkish(word: str) -> set[str]:
        return set(lexicon.turkish_for(word)) | set(lexicon.turkish_for(english_lemma(word)))

    meant = set().union(*(turkish(word) for sense in phrase.senses for word in content_words(sense)))
    linked = links.linked_trans
    return any(turkish(word.token.text.lower()) & meant for word in links.trans_words
               if word.token.position not in linked and not everyday(word.token.text.lower()))


def _negated(context: CheckContext, phrase) -> bool:
    """True for a negated verb idiom ("hayata geçirilemez"): its rendering may be an opposite ("a non-starter")."""
    from drift.checks.polarity import turkish_verb_negative

    last = phrase.orig_tokens[-1]
    return turkish_verb_negative(context, last, fold_case(last.text, turkish=True))


@check("D407", "idiom-missed", Category.MISTRANSLATION, Severity.MAJOR, preview=True)
def idiom_missed(context: CheckContext):
    lexicon = context.resources.lexicon
    for view in pair_views(context):
        links = context.links[view.index]
        for phrase in links.phrases:
            if phrase.rendered_by or not is_idiom(lexicon, phrase.key) or _negated(context, phrase):
                continue
            if _rendered_by_synonym(lexicon, view, links, phrase):
                continue
            suspect = _suspect(view, links, phrase)
            if suspect is None:
                continue
            first, last = phrase.orig_tokens[0], phrase.orig_tokens[-1]
            meaning = ", ".join(phrase.senses[:3])
            yield make_finding(
                idiom_missed, view,
                message=f"“{context.alignment.orig.text[first.start:last.end]}” is an idiom meaning {meaning}; "
                        f"the English does not say so, and “{suspect.text}” renders nothing in the original.",
                trans=context.trans_span(suspect.start, suspect.end),
                orig=context.orig_span(first.start, last.end),
                expected=phrase.senses[0],
                evidence=f"idiom {phrase.key!r} (glossary senses: {meaning}) rendered by none of them",
            )
