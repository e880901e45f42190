"""Tokens: a sentence tokenized on its own, placed by an offset, is the sentence tokenized inside its text."""

from __future__ import annotations

from drift.checks.context import bead_views
from drift.model import Alignment, Bead, Document, Language
from drift.text.split import split_sentences
from drift.text.tokens import tokenize

TEXT = "Kurul, 3,5 milyon TL'lik bütçeyi onayladı.\nBaşkan @kurul_bsk hesabından yazdı: \"Oy birliği.\"\n"


def test_a_sentence_tokenized_alone_with_its_offset_is_the_same():
    for sentence in split_sentences(TEXT, Language.TURKISH):
        inside = tokenize(TEXT, sentence.start, sentence.end, first_position=4)
        alone = tokenize(TEXT[sentence.start:sentence.end], first_position=4, offset=sentence.start)
        assert alone == inside and all(TEXT[token.start:token.end] == token.text for token in alone)


def test_bead_tokens_are_numbered_through_the_bead_and_point_into_the_text():
    orig = Document(TEXT, Language.TURKISH)
    trans = Document("The board approved the budget. The chair wrote so.\n", Language.ENGLISH)
    orig_sentences = split_sentences(orig.text, orig.language)
    trans_sentences = split_sentences(trans.text, trans.language)
    alignment = Alignment(orig, trans, orig_sentences, trans_sentences,
                          (Bead(tuple(range(len(orig_sentences))), tuple(range(len(trans_sentences))), 0.9, None, 0.0),))
    for _ in range(2):  # the second time from the remembered sentences
        (view,) = bead_views(alignment)
        assert [token.position for token in view.orig_tokens] == list(range(len(view.orig_tokens)))
        assert all(TEXT[token.start:token.end] == token.text for token in view.orig_tokens)
        assert view.orig_tokens == _numbered(orig_sentences)


def _numbered(sentences):
    tokens = []
    for sentence in sentences:
        tokens.extend(tokenize(TEXT, sentence.start, sentence.end, first_position=len(tokens)))
    return tuple(tokens)
