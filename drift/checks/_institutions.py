"""Named institutions and landmarks of a pair, and the English ones put for different ones.

Used by the name-substitution check (D109): "Dokuz Eylül University" where
the original names "Ege Üniversitesi" is another university, which no
gazetteer lists. The kind of place comes from the head noun ("Üniversitesi":
university, "Müzesi": museum), read through the lexicon; the name is the
capitalised words before it.
"""

from __future__ import annotations

from dataclasses import dataclass

from drift.checks._names import is_english_word, is_translation, pair_views
from drift.checks.context import BeadView, CheckContext
from drift.text.fold import fold_case
from drift.text.tokens import Token

# English head nouns of named institutions and landmarks.
INSTITUTION_WORDS = frozenset(
    "university museum hospital airport stadium library institute academy theatre theater gallery "
    "mosque bridge palace".split())
# Words inside a Turkish or English name that are no part of what tells one institution from another.
_CONNECTORS = frozenset({"ve", "and", "of", "the"})
MAX_NAME_WORDS = 3
# How many of a Turkish head noun's renderings may give its kind ("okul": school, schoolhouse, institute).
MAX_HEAD_SENSES = 3


@dataclass(frozen=True)
class Institution:
    """A named institution in one language's text: its name words and its head noun."""

    name: tuple[Token, ...]
    head: Token

    @property
    def first(self) -> Token:
        return min((*self.name, self.head), key=lambda token: token.position)

    @property
    def last(self) -> Token:
        return max((*self.name, self.head), key=lambda token: token.position)


@dataclass(frozen=True)
class InstitutionSubstitution:
    """An English institution put for a different one of the original, of the same kind."""

    view: BeadView
    english: Institution
    turkish: Institution
    kind: str


def _capitalised_before(tokens: tuple[Token, ...], head: Token) -> tuple[Token, ...]:
    """The adjacent capitalised words before a head, without an apostrophe ending, at most MAX_NAME_WORDS."""
    name: list[Token] = []
    position = head.position
    while position > 0 and len(name) < MAX_NAME_WORDS:
        before = tokens[position - 1]
        after = tokens[position]
        if before.end + 1 != after.start or before.suffix or not before.stem[:1].isupper() or before.stem.isupper():
            break
        name.insert(0, before)
        position -= 1
    return tuple(token for token in name if token.stem.lower() not in _CONNECTORS)


def _turkish_kind(context: CheckContext, token: Token) -> frozenset[str]:
    from drift.lexicon.lemma import turkish_lemmas

    lexicon = context.resources.lexicon
    return frozenset(sense for lemma in turkish_lemmas(token.stem, lexicon)[:1]
                     for sense in lexicon.senses(lemma)[:MAX_HEAD_SENSES] if sense in INSTITUTION_WORDS)


def turkish_institutions(context: CheckContext, view: BeadView) -> list[tuple[Institution, frozenset[str]]]:
    """Capitalised Turkish names ending in an institution's head noun ("Ege Üniversitesi"), with their kinds."""
    found = []
    for token in view.orig_tokens:
        if not token.stem[:1].isupper() or not (kinds := _turkish_kind(context, token)):
            continue
        name = _capitalised_before(view.orig_tokens, token)
        if name:
            found.append((Institution(name, token), kinds))
    return found


def english_institutions(view: BeadView) -> list[tuple[Institution, str]]:
    """Capitalised English names with an institution's head noun: "Dokuz Eylül University", "University of X"."""
    tokens = view.trans_tokens
    found = []
    for token in tokens:
        kind = token.stem.lower()
        if kind not in INSTITUTION_WORDS or not token.stem[:1].isupper() or token.suffix not in ("", "s"):
            continue
        name = _capitalised_before(tokens, token)
        if not name and token.position + 2 < len(tokens) and tokens[token.position + 1].stem == "of":
            after = tokens[token.position + 2:token.position + 2 + MAX_NAME_WORDS]
            run = []
            for word in after:
                if not word.stem[:1].isupper() or (run and run[-1].end + 1 != word.start):
                    break
                run.append(word)
                if word.suffix:
                    break
            name = tuple(run)
        if name:
            found.append((Institution(name, token), kind))
    return found


def _own_words(institution: Institution) -> tuple[Token, ...]:
    """The words of a Turkish institution's name that tell it from others of its town: not the town's name
    ("Kocaeli Derince Devlet Hastanesi": the English keeps Kocaeli for any hospital there)."""
    from drift.checks._substitution import place_entities

    return tuple(token for token in institution.name if not place_entities(token.stem, turkish=True)) or institution.name


def institution_substitutions(context: CheckContext, close) -> tuple[InstitutionSubstitution, ...]:
    """English institutions whose name is foreign to the original, where the original names another of the kind.

    `close(turkish, english)` says when two words are one name spelt two ways.
    The English name's words must all be names, not English words ("National
    Museum" may translate the original's words), and none may be spelt or
    translated by a capitalised word of the whole original; an institution noun
    inside the name ("Yahya Kemal University Hospital") only tells its kind.
    The original's institution of the same kind in the same sentence must be
    rendered there by none of its own name words, a town's name not counted
    ("Kocaeli Derince Devlet Hastanesi": any hospital there may be Kocaeli's).
    """
    turkish_words = [token.stem for view in context.beads for token in view.orig_tokens if token.stem[:1].isupper()]
    found = []
    for view in pair_views(context):
        english = english_institutions(view)
        if not english:
            continue
        turkish = turkish_institutions(context, view)
        trans_words = [token.stem for token in view.trans_tokens if token.stem[:1].isupper()]
        for institution, kind in english:
            # Another institution's head noun inside the name ("Yahya Kemal University Hospital") tells the
            # kind, not which one; the other words must all be names.
            words = [token.stem for token in institution.name if token.stem.lower() not in INSTITUTION_WORDS]
            if not words or any(is_english_word(context, word) for word in words):
                continue
            if any(close(turkish_word, word) or is_translation(context, fold_case(turkish_word, turkish=True), word)
                   for turkish_word in turkish_words for word in words):
                continue
            replaced = [candidate for candidate, kinds in turkish if kind in kinds
                        and (own := _own_words(candidate)) is not None
                        and not any(close(token.stem, word) for token in own for word in trans_words)
                        and not any(is_translation(context, fold_case(token.stem, turkish=True), word)
                                    for token in own for word in trans_words)]
            if replaced:
                found.append(InstitutionSubstitution(view, institution, replaced[0], kind))
    return tuple(found)
