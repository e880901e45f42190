"""The pipeline from texts to an alignment: split, embed, align.

Pure apart from the encoder, which is passed in (or the process-wide default).
"""

from __future__ import annotations

from drift.align import AlignParams, align_sentences
from drift.embed import SentenceEncoder, default_encoder
from drift.model import Alignment, Document, Language
from drift.text.split import split_sentences


def align_documents(
    orig: Document,
    trans: Document,
    *,
    encoder: SentenceEncoder | None = None,
    params: AlignParams = AlignParams(),
) -> Alignment:
    """Split both documents, embed every sentence in one batch, and align them."""
    encoder = encoder or default_encoder()
    orig_sentences = split_sentences(orig.text, orig.language)
    trans_sentences = split_sentences(trans.text, trans.language)
    vectors = encoder.encode([s.text for s in orig_sentences] + [s.text for s in trans_sentences])
    beads = align_sentences(
        orig_sentences,
        trans_sentences,
        vectors[: len(orig_sentences)],
        vectors[len(orig_sentences):],
        params,
    )
    return Alignment(orig, trans, orig_sentences, trans_sentences, beads)


def align(orig_text: str, trans_text: str, *, encoder: SentenceEncoder | None = None) -> Alignment:
    """Align a Turkish original with its English translation, both given as text."""
    return align_documents(
        Document(text=orig_text, language=Language.TURKISH),
        Document(text=trans_text, language=Language.ENGLISH),
        encoder=encoder,
    )
