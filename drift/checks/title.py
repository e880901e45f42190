"""Wrong title: an office rendered as a different office.

Why it matters: a deputy minister is not the minister, a vice president is not
an adviser, a governor is not a mayor; titles tell readers who speaks with
what authority, and wire copy repeats them.

Flagged: a Turkish title the lexicon knows ("Sağlık Bakan Yardımcısı",
"Cumhurbaşkanı Yardımcısı", "Valisi"), none of whose renderings appears in the
aligned English, when the English has a title of its own there ("Health
Minister", "Presidential Adviser", "Mayor"). Expected: the lexicon's first
rendering of the Turkish title.
"""

from __future__ import annotations

from drift.checks import check
from drift.checks._names import TITLE_WORDS, pair_views
from drift.checks._phrases import glossary_senses
from drift.checks.context import CheckContext, make_finding
from drift.link import EnglishLemmas, sense_rendered
from drift.model import Category, Severity
from drift.text.tokens import Token

MAX_GENERIC_SENSES = 3


def _is_title_sense(sense: str) -> bool:
    return any(word in TITLE_WORDS for word in sense.replace("-", " ").split())


def _title_tokens(tokens: tuple[Token, ...]) -> list[Token]:
    return [token for token in tokens
            if token.stem.lower() in TITLE_WORDS or any(part in TITLE_WORDS for part in token.stem.lower().split("-"))]


def _title_senses(lexicon, key: str) -> tuple[str, ...]:
    """The renderings of a title: the hand-kept glossary's when it has the title.

    Dictionaries render titles loosely (one lists "mayor" for vali, a
    governor); the glossary says which offices a title can name.
    """
    return glossary_senses(lexicon, key) or lexicon.senses(key)


def _title_phrases(context: CheckContext, index: int):
    """Turkish titles of one bead: (first token, last token, key, senses), longest first."""
    view, links = context.beads[index], context.links[index]
    lexicon = context.resources.lexicon
    found = []
    for phrase in links.phrases:
        if any(_is_title_sense(sense) for sense in phrase.senses):
            found.append((phrase.orig_tokens[0], phrase.orig_tokens[-1], phrase.key, _title_senses(lexicon, phrase.key)))
    covered = {token.position for first, last, _, _ in found for token in view.orig_tokens[first.position:last.position + 1]}
    for word in links.orig_words:
        if word.token.position not in covered and word.token.is_capitalized and word.lemmas:
            senses = _title_senses(lexicon, word.lemmas[0])
            # A one-word title with many renderings ("başkan": president,
            # chairman, head, mayor ...) depends on the institution; only a
            # specific one (vali = governor) can be checked alone.
            title_senses = [sense for sense in senses if _is_title_sense(sense)]
            if title_senses and _is_title_sense(senses[0]) and len(title_senses) <= MAX_GENERIC_SENSES:
                found.append((word.token, word.token, word.lemmas[0], senses))
    return found


@check("D402", "wrong-title", Category.MISTRANSLATION, Severity.MAJOR)
def wrong_title(context: CheckContext):
    for view in pair_views(context):
        english_titles = _title_tokens(view.trans_tokens)
        if not english_titles:
            continue
        by_lemma = EnglishLemmas(context.links[view.index].trans_words)
        title_phrases = [
            (first, last, key, senses, any(sense_rendered(sense, by_lemma) for sense in senses))
            for first, last, key, senses in _title_phrases(context, view.index)
        ]
        for first, last, key, senses, rendered in title_phrases:
            inside_rendered = any(
                other_rendered and other_first.position <= first.position and last.position <= other_last.position
                and (other_first, other_last) != (first, last)
                for other_first, other_last, _, _, other_rendered in title_phrases
            )
            if rendered or inside_rendered:
                continue
            share = first.position / max(len(view.orig_tokens), 1)
            nearest = min(english_titles, key=lambda t: abs(t.position / len(view.trans_tokens) - share))
            start = nearest
            while start.position > 0 and view.trans_tokens[start.position - 1].is_capitalized:
                start = view.trans_tokens[start.position - 1]
            yield make_finding(
                wrong_title, view,
                message=f"The original's title “{context.alignment.orig.text[first.start:last.end]}” means "
                        f"“{senses[0]}”; the English title here says something else.",
                trans=context.trans_span(start.start, nearest.end),
                orig=context.orig_span(first.start, last.end),
                expected=senses[0],
                evidence=f"{key} → {', '.join(senses[:4])}; none of these is in the English sentence",
            )
