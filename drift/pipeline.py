"""The pipeline from texts to an alignment: split, embed, align.

Pure apart from the encoder, which is passed in (or the process-wide default).
"""

from __future__ import annotations

from drift.align import AlignParams, align_sentences
from drift.embed import SentenceEncoder, default_encoder
from drift.model import Alignment, Document, Language, Report
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


def _load_lexicon():
    from drift.lexicon import load_lexicon

    return load_lexicon()


def check_documents(
    orig: Document,
    trans: Document,
    *,
    encoder: SentenceEncoder | None = None,
    params: AlignParams = AlignParams(),
    checks=None,
) -> Report:
    """Align both documents, then run the checks (default: all) over the alignment."""
    from drift.checks import run_checks
    from drift.checks.context import CheckContext, Resources, bead_views

    encoder = encoder or default_encoder()
    alignment = align_documents(orig, trans, encoder=encoder, params=params)
    context = CheckContext(alignment, bead_views(alignment), Resources(load_lexicon=_load_lexicon))
    return Report(alignment, run_checks(context, checks))


def check(orig_text: str, trans_text: str, *, encoder: SentenceEncoder | None = None) -> Report:
    """Check an English translation against its Turkish original, both given as text."""
    return check_documents(
        Document(text=orig_text, language=Language.TURKISH),
        Document(text=trans_text, language=Language.ENGLISH),
        encoder=encoder,
    )
