"""Omitted name: a person, place or body named in the original and nowhere in the English.

Why it matters: a clause can vanish inside a sentence that is still there
("ve Giresun ile Trabzon'un yüksek kesimleri için sarı kodlu uyarının devam
ettiğini" dropped from a forecast); the sentence check sees a counterpart
and stays quiet, but the names that clause carried are gone.

Flagged: a capitalised Turkish name (not the first word of its sentence, not
an acronym such as TBMM, which translations spell out) whose spelling, a
close misspelling or a lexicon rendering ("Rusya": Russia) appears neither in
the aligned English nor in the English of the neighbouring beads, and which
names no place the English there names under its own name (the gazetteer's
"Köstence" is Constanța). A place the
English replaced by another ("Artvin" where the English says "Giresun"), like a
river, a firm or a name before its noun replaced by another, is the
name-substitution check's (D109), which points at the replacing word.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from drift.checks import check
from drift.checks._names import inflected, is_translation, is_turkish_word, looks_like_name, pair_views
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Language, Severity
from drift.text.fold import fold_case
from drift.text.tokens import Token, name_key

# A misspelt name is still there (name-spelling reports it): "Tandogen" for Tandoğan.
_SPELLING_RATIO = 75


@check("D502", "omitted-name", Category.OMISSION, Severity.MINOR, preview=True)
def omitted_name(context: CheckContext):
    from drift.checks._features import feature_substitutions
    from drift.checks._institutions import headed_substitutions, owner_substitutions, party_substitutions
    from drift.checks._substitution import english_place_entities, place_entities, substitutions

    views = context.beads
    replaced = {found.turkish.first.start for found in substitutions(context)}
    # A river, a firm or a station the English put another in place of is D109's too.
    replaced |= {token.start for found_all in (feature_substitutions, party_substitutions, headed_substitutions,
                                                owner_substitutions)
                 for found in found_all(context) for token in found.turkish}
    for view in pair_views(context):
        nearby = [token for other in views[max(0, view.index - 1):view.index + 2] for token in other.trans_tokens]
        english_keys = {name_key(token.stem, Language.ENGLISH) for token in nearby}
        english_places = english_place_entities(tuple(nearby))
        starts = {sentence.start for sentence in view.orig_sentences}
        linked = context.links[view.index].linked_orig
        tokens = view.orig_tokens
        for token in tokens:
            if token.start in starts or not looks_like_name(token) or token.stem.isupper() or len(token.stem) < 3:
                continue
            following = tokens[token.position + 1] if token.position + 1 < len(tokens) else None
            if following is not None and looks_like_name(following) and not token.suffix:
                continue  # a given name or the first word of a longer name: its last word stands for it
            if token.start in replaced:
                continue  # D109 reports the English word put in its place
            if token.position in linked or is_turkish_word(context, token.stem) or _inflected_noun(context, token):
                continue  # rendered, or a capitalised word of an institution's name ("Mahkemesi", "Perşembe")
            key = name_key(token.stem, Language.TURKISH)
            if key in english_keys or any(fuzz.ratio(key, other) >= _SPELLING_RATIO for other in english_keys):
                continue
            if any(is_translation(context, token.stem, english.stem) for english in nearby):
                continue
            if place_entities(token.stem, turkish=True) & english_places:
                continue  # an exonym: "Köstence" is Constanța
            yield make_finding(
                omitted_name, view,
                message=f"“{token.stem}” is named in the original but nowhere in the English here.",
                trans=None,
                orig=context.orig_span(token.start, token.start + len(token.stem)),
                evidence="no English word spells, nearly spells or translates this name in this or the next sentences",
            )


def _inflected_noun(context: CheckContext, token: Token) -> bool:
    """A common noun with an ending ("Tesisleri", "Müdürlüğü"), the last word of an institution's name."""
    from drift.lexicon.lemma import turkish_lemmas

    folded = fold_case(token.stem, turkish=True)
    return any(inflected(folded, lemma) for lemma in turkish_lemmas(token.stem, context.resources.lexicon)[:2])
