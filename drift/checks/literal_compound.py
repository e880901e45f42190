"""Compound rendered word for word: the English builds a Turkish term from its parts' other senses.

Why it matters: "asgari ücret" is the minimum wage and "kamuoyu yoklaması" an
opinion poll; "minimum fee" and "public roll call" read as English, each word
is a dictionary rendering of its Turkish word, yet together they name
something else. Sentence vectors score such a rendering as close as the
right one.

Flagged: a multiword term of the hand-kept glossary that carries meaning of
its own (not a grammatical phrase such as "herhangi bir"; a verb phrase only
when it is an idiom, "taşın altına elini koymak"), none of whose senses the
English renders, while each of its content words is rendered one by one
(drift.link) by English words standing close together. Expected: the
glossary's first sense.

A rendering stays quiet when it is one of the compound's senses in any of the
lexicon's senses (not the glossary's alone), allowing for the English words'
inflections and derivations (reserve/reserves, supervise/supervision): the
sense's head word (its last, "reserves" in "foreign exchange reserves") must be
there, and each other word of it either there too or swapped for another sense
of the same Turkish word in the glossary ("foreign currency reserves": döviz
is both foreign exchange and foreign currency). "Minimum fee" keeps the modifier and changes
the head: a fee is not the wage that "asgari ücret" names.
Example: "asgari ücret" / "the minimum fee" (expected minimum wage).
"""

from __future__ import annotations

from drift.checks import check
from drift.checks._names import pair_views
from drift.checks._phrases import content_words, glossary_senses, meaningful_phrase
from drift.checks.context import CheckContext, make_finding
from drift.checks.idiom import is_idiom
from drift.model import Category, Severity

# How many words a literal rendering may spread over beyond one per Turkish word
# ("the minimum monthly fee"); farther apart, the words render something else.
_SPREAD = 2

# Inflections and derivations that keep an English word's meaning for this purpose.
_ENDINGS = ("s", "es", "ing", "ed", "d", "ion", "ation", "ions", "ations")


def _variants(word: str) -> set[str]:
    """A word and the forms that only inflect or derive it (metre: metres; supervise: supervision)."""
    word = word.lower()
    bases = {word, word[:-1]} if word.endswith("e") else {word}
    return {base + ending for base in bases for ending in _ENDINGS} | {word}


def _same_word(sense_word: str, english: str) -> bool:
    english = english.lower()
    return english in _variants(sense_word) or sense_word.lower() in _variants(english)


def _renders_a_sense(lexicon, phrase, part_senses: list[tuple[str, ...]], window: list[str]) -> bool:
    """Whether the English words of `window` render one of the compound's senses, head word first."""
    part_words = [{word.lower() for sense in senses for word in content_words(sense)} for senses in part_senses]
    for sense in lexicon.senses(phrase.key):
        words = content_words(sense)
        if not words or not any(_same_word(words[-1], english) for english in window):
            continue
        if all(any(_same_word(word, english) for english in window) or _swapped(word, part_words, window)
               for word in words[:-1]):
            return True
    return False


def _swapped(word: str, part_words: list[set[str]], window: list[str]) -> bool:
    """Whether the English says `word` with another sense of the Turkish word it renders (exchange -> currency)."""
    return any(word.lower() in senses and any(english.lower() in senses for english in window)
               for senses in part_words)


@check("D409", "literal-compound", Category.MISTRANSLATION, Severity.MAJOR, preview=True)
def literal_compound(context: CheckContext):
    lexicon = context.resources.lexicon
    for view in pair_views(context):
        links = context.links[view.index]
        rendered_as = links.rendered_as
        # A swap is judged on the glossary's ranked senses alone: the full lexicon is noisy (milyar: million).
        senses_at = {word.token.position: glossary_senses(lexicon, word.lemmas[0]) if word.lemmas else ()
                     for word in links.orig_words}
        content = set(senses_at)
        for phrase in links.phrases:
            if phrase.rendered_by or not meaningful_phrase(lexicon, phrase.key):
                continue
            if phrase.key.endswith(("mak", "mek")) and not is_idiom(lexicon, phrase.key):
                continue  # a verb phrase built from its words ("yüz yüze görüşmek") may be rendered from them
            parts = [token for token in phrase.orig_tokens if token.position in content]
            if len(parts) < 2 or not all(token.position in rendered_as for token in parts):
                continue
            # Each part's rendering nearest the first part's, so that a word used elsewhere does not count.
            anchor = min(rendered_as[parts[0].position])
            chosen = sorted(min(rendered_as[token.position], key=lambda position: abs(position - anchor))
                            for token in parts)
            if chosen[-1] - chosen[0] > len(parts) - 1 + _SPREAD:
                continue
            # One word either side of the literal ones: a head the sense ends in ("billion cubic metres"), or
            # one English put first ("reserves of foreign currency").
            window = [token.text for token in view.trans_tokens[max(chosen[0] - 1, 0):chosen[-1] + 2]]
            part_senses = [senses_at[token.position] for token in parts]
            if _renders_a_sense(lexicon, phrase, part_senses, window):
                continue
            first, last = view.trans_tokens[chosen[0]], view.trans_tokens[chosen[-1]]
            orig_first, orig_last = phrase.orig_tokens[0], phrase.orig_tokens[-1]
            senses = glossary_senses(lexicon, phrase.key)
            literal = context.alignment.trans.text[first.start:last.end]
            yield make_finding(
                literal_compound, view,
                message=f"“{context.alignment.orig.text[orig_first.start:orig_last.end]}” means "
                        f"{', '.join(senses[:3])}; “{literal}” renders its words one by one and says something else.",
                trans=context.trans_span(first.start, last.end),
                orig=context.orig_span(orig_first.start, orig_last.end),
                expected=senses[0],
                evidence=f"{phrase.key!r} (glossary: {', '.join(senses[:4])}) rendered by none of its senses; "
                         "each of its words is rendered alone",
            )
