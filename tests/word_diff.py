"""The words reference mode's word diff leaves unexplained in a bead, for the tests of what it reads as kept."""

from __future__ import annotations

import functools

from drift.reference.diff import diff_bead
from drift.text.tokens import tokenize


@functools.cache
def reference_words():
    """The word readings reference mode compares with (lemmas, synonyms, phrases), built once."""
    from drift.lexicon import load_lexicon
    from drift.reference import _Words

    return _Words(load_lexicon())


def words_left(ref: str, trans: str) -> list[tuple[list[str], list[str]]]:
    """Each change the diff leaves: the reference's words and the copy's words, as text."""
    words = reference_words()
    return [([t.text for t in change.ref_left], [t.text for t in change.trans_left])
            for change in diff_bead(tokenize(ref), tokenize(trans), words.lemma, words.synonyms, words.is_phrase)]
