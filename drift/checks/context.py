"""What every check is given: the alignment, bead by bead, and shared resources."""

from __future__ import annotations

import functools
import inspect
from dataclasses import dataclass, field
from typing import Callable

from drift.checks._confidence import confidence_for
from drift.config import Glossary
from drift.model import Alignment, Bead, Category, Finding, Sentence, Severity, Span
from drift.text.fold import fold_case
from drift.text.tokens import Token, tokenize


@dataclass(frozen=True)
class BeadView:
    """One bead with its sentences and tokens on both sides."""

    index: int
    bead: Bead
    orig_sentences: tuple[Sentence, ...]
    trans_sentences: tuple[Sentence, ...]
    orig_tokens: tuple[Token, ...]
    trans_tokens: tuple[Token, ...]

    @property
    def is_pair(self) -> bool:
        return bool(self.orig_sentences) and bool(self.trans_sentences)

    @functools.cached_property
    def orig_folded(self) -> tuple[str, ...]:
        """Each Turkish token's text folded the Turkish way (İ -> i, I -> ı), by position; many checks compare it."""
        return tuple(fold_case(token.text, turkish=True) for token in self.orig_tokens)

    def links_with(self, lexicon):
        """The word links of this bead (drift.link.link_bead) with `lexicon`, worked out once per view and lexicon.

        They depend on the tokens and the lexicon alone, and a view is shared by every check (and, being
        remembered by content, by a bead met again): kept beside the fields, as a cached property is.
        """
        from drift.link import link_bead

        found = self.__dict__.setdefault("_links", {})
        if lexicon not in found:
            found[lexicon] = link_bead(self.orig_tokens, self.trans_tokens, lexicon)
        return found[lexicon]


@dataclass(frozen=True)
class Resources:
    """Heavy shared resources, each loaded on first use by a check that needs it."""

    load_lexicon: Callable[[], object]

    @functools.cached_property
    def lexicon(self):
        return self.load_lexicon()


def _tokens(pieces) -> tuple[Token, ...]:
    """Tokens of a bead's sentences, given as (text, start) each, numbered through the whole bead."""
    tokens: list[Token] = []
    for text, start in pieces:
        tokens.extend(_sentence_tokens(text, start, len(tokens)))
    return tuple(tokens)


# A token never reaches past its sentence (tokenize reads text[start:end] alone), so a sentence's tokens
# are fixed by its text, where it starts and the first number: a sentence met again (a pair checked again,
# many versions of one article in a batch) is tokenized once.
@functools.lru_cache(maxsize=4096)  # a hundred articles' sentences, some tens of megabytes at most
def _sentence_tokens(sentence: str, start: int, first_position: int) -> tuple[Token, ...]:
    return tokenize(sentence, first_position=first_position, offset=start)


def bead_views(alignment: Alignment) -> tuple[BeadView, ...]:
    """Every bead of an alignment with its sentences and tokens."""
    views = []
    for index, bead in enumerate(alignment.beads):
        orig_sentences = tuple(alignment.orig_sentences[i] for i in bead.orig)
        trans_sentences = tuple(alignment.trans_sentences[j] for j in bead.trans)
        if _hold_their_text(alignment.orig.text, orig_sentences) and _hold_their_text(alignment.trans.text,
                                                                                        trans_sentences):
            views.append(_view(index, bead, orig_sentences, trans_sentences))
        else:
            views.append(BeadView(index, bead, orig_sentences, trans_sentences,
                                  _tokens(_cut(alignment.orig.text, orig_sentences)),
                                  _tokens(_cut(alignment.trans.text, trans_sentences))))
    return tuple(views)


def _cut(text: str, sentences: tuple[Sentence, ...]):
    """Each sentence's text as the document has it, with where it starts."""
    return ((text[sentence.start:sentence.end], sentence.start) for sentence in sentences)


def _hold_their_text(text: str, sentences: tuple[Sentence, ...]) -> bool:
    return all(sentence.text == text[sentence.start:sentence.end] for sentence in sentences)


# A view is fixed by its bead and its sentences (each with its text and place), and what it works out
# (orig_folded) by the view alone: a bead met again gets the same view, its folded words already there.
@functools.lru_cache(maxsize=1024)  # some forty articles' beads with their links, tens of megabytes at most
def _view(index: int, bead: Bead, orig_sentences: tuple[Sentence, ...],
          trans_sentences: tuple[Sentence, ...]) -> BeadView:
    return BeadView(index, bead, orig_sentences, trans_sentences,
                    _tokens((sentence.text, sentence.start) for sentence in orig_sentences),
                    _tokens((sentence.text, sentence.start) for sentence in trans_sentences))


@dataclass(frozen=True)
class CheckContext:
    """The alignment seen bead by bead, plus resources; the same for every check."""

    alignment: Alignment
    beads: tuple[BeadView, ...]
    resources: Resources
    # The house glossary from the configuration (drift.config); empty unless one is given.
    glossary: Glossary = field(default_factory=Glossary)
    # The year a date without one belongs to, when the user knows it (`drift lint --year`).
    year: int | None = None

    @functools.cached_property
    def _texts_key(self) -> _TextsKey:
        orig, trans = self.alignment.orig, self.alignment.trans
        return _TextsKey((self.resources.lexicon, orig.language, orig.text, trans.language, trans.text, self.glossary,
                          self.year))

    @functools.cached_property
    def links(self) -> tuple:
        """Word links of every bead (see drift.link), computed once on first use."""
        lexicon = self.resources.lexicon
        return tuple(view.links_with(lexicon) for view in self.beads)

    def orig_span(self, start: int, end: int) -> Span:
        return Span(start, end, self.alignment.orig.text[start:end])

    def trans_span(self, start: int, end: int) -> Span:
        return Span(start, end, self.alignment.trans.text[start:end])


def per_bead(function):
    """`function(context, view, *args)` worked out once per bead of one check run and shared by every check that asks.

    Several checks read the same thing of a bead (its Turkish roles, its verb groups): the first asks, the others
    look it up. The result is kept on the context, keyed by the view itself (the same view, not an equal one), so it
    is exact whatever the function reads of the context; callers must not change what it returns.
    """

    @functools.wraps(function)
    def remembered(context, view, *args):
        memo = context.__dict__.setdefault("_per_bead", {})
        key = (function, id(view), args)
        found = memo.get(key)
        if found is None or found[0] is not view:
            found = memo[key] = (view, function(context, view, *args))
        return found[1]

    return remembered


def per_run(function):
    """`function(context)` worked out once per check run and shared by every check (or call) that asks.

    The result is kept on the context, so it is exact whatever the function reads of it; callers must not change
    what it returns.
    """

    @functools.wraps(function)
    def remembered(context):
        memo = context.__dict__.setdefault("_per_run", {})
        found = memo.get(function, _MISSING)
        if found is _MISSING:
            found = memo[function] = function(context)
        return found

    return remembered


def per_view(function):
    """`function(view)`, which reads nothing but the view, worked out once per view and kept on it.

    A view is remembered by content (`bead_views`), so a bead met again finds the result there too.
    Callers must not change what it returns.
    """
    name = f"_per_view_{function.__module__}.{function.__qualname__}"

    @functools.wraps(function)
    def remembered(view):
        found = view.__dict__.get(name, _MISSING)
        if found is _MISSING:
            found = view.__dict__[name] = function(view)
        return found

    return remembered


_MISSING = object()


def per_text(function):
    """`function(context, view, *args)`, which reads of the context nothing but this view, kept on the view.

    The function may read the two texts, the word links, the lexicon, the glossary and the year (they key the
    result), but no other bead. The view is remembered by content (`bead_views`), so a bead met again with the
    same texts (a pair checked again) finds the result there, and every check of a run shares it. A generator
    function's items are kept as a tuple. Callers must not change what it returns.
    """
    generator = inspect.isgeneratorfunction(function)

    @functools.wraps(function)
    def remembered(context, view, *args):
        memo = view.__dict__.setdefault("_per_text", {})
        key = (function, args, context._texts_key)
        found = memo.get(key, _MISSING)
        if found is _MISSING:
            if len(memo) >= _TEXTS_KEPT:
                memo.clear()  # a view met in many pairs keeps the readings of the last few only
            found = function(context, view, *args)
            memo[key] = found = tuple(found) if generator else found
        return found

    return remembered


class _TextsKey:
    """What `per_text` keys a reading by, hashed once per context (a tuple's hash is worked out at every look-up)."""

    __slots__ = ("parts", "_hash")

    def __init__(self, parts: tuple) -> None:
        self.parts = parts
        self._hash = hash(parts)

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return self is other or isinstance(other, _TextsKey) and self._hash == other._hash and self.parts == other.parts


# Pairs whose readings a view keeps (the same sentences in several articles are rare).
_TEXTS_KEPT = 32


def make_finding(check_function, bead: BeadView, *, message: str, trans: Span | None, orig: Span | None,
                 basis: str = "", expected: str | None = None, evidence: str = "",
                 severity: Severity | None = None, category: Category | None = None) -> Finding:
    """A finding stamped with its check's code, slug, defaults and measured confidence."""
    info = check_function.check_info
    return Finding(
        code=info.code,
        check=info.slug,
        category=category or info.category,
        severity=severity or info.severity,
        confidence=confidence_for(info.code, basis),
        message=message,
        trans=trans,
        orig=orig,
        bead=bead.index,
        expected=expected,
        evidence=evidence,
        basis=basis,
    )
