"""The pipeline from texts to an alignment: split, embed, align.

Pure apart from the encoder, which is passed in (or the process-wide default).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from drift.align import AlignParams, align_sentences
from drift.config import Config
from drift.embed import SentenceEncoder, default_encoder
from drift.model import Alignment, Category, Document, Finding, Language, Report, Sentence
from drift.text.split import split_sentences
from drift.text.view import TextView, matching_view, seen_document
from drift.windows import windowed_findings


@dataclass(frozen=True)
class _Analysis:
    """An alignment over the documents' own text, and the same alignment as the checks read it."""

    alignment: Alignment
    seen: Alignment
    orig_view: TextView
    trans_view: TextView


def _seen(document: Document) -> tuple[TextView, tuple[Sentence, ...]]:
    """A document's matching view and its sentences as the encoder and the checks see them."""
    view = matching_view(document)
    sentences = split_sentences(view.text, document.language)
    _refuse_unalignable(document, sentences)
    return view, sentences


# The aligner's time grows with the number of sentences (a band of the table, row by row), about a
# millisecond a row: a 5 MB article has some 40,000 sentences; a file with many more, or thousands
# of "sentences" of a few characters (a word list, a table, a log: no prose to align), is refused
# at once rather than aligned for many minutes. `drift lint` reads such files (it aligns nothing).
MAX_SENTENCES = 50_000
_TINY_RUN = 2_000
_TINY_MEAN_CHARS = 12


def _refuse_unalignable(document: Document, sentences: tuple[Sentence, ...]) -> None:
    from drift.errors import InputError

    name = document.path or ("the original" if document.language is Language.TURKISH else "the translation")
    if len(sentences) > MAX_SENTENCES:
        raise InputError(f"{name}: {len(sentences):,} sentences, more than the {MAX_SENTENCES:,} drift aligns in "
                         "one document; split it into articles")
    if len(sentences) > _TINY_RUN:
        mean = sum(sentence.end - sentence.start for sentence in sentences) / len(sentences)
        if mean < _TINY_MEAN_CHARS:
            raise InputError(f"{name}: {len(sentences):,} sentences of {mean:.1f} characters on average: not prose "
                             "that can be aligned (a list, a table or a log?); `drift lint` reads it")


def sentence_texts(orig: Document, trans: Document) -> list[str]:
    """The texts `check_documents` gives the encoder for this pair, in order (to start encoding them early)."""
    return [sentence.text for document in (orig, trans) for sentence in _seen(document)[1]]


def _analyse(orig: Document, trans: Document, encoder: SentenceEncoder, params: AlignParams) -> _Analysis:
    """Split the matching views of both documents, embed every sentence in one batch, and align them."""
    (orig_view, orig_seen), (trans_view, trans_seen) = _seen(orig), _seen(trans)
    vectors = encoder.encode([s.text for s in orig_seen] + [s.text for s in trans_seen])
    beads = align_sentences(
        orig_seen,
        trans_seen,
        vectors[: len(orig_seen)],
        vectors[len(orig_seen):],
        params,
        orig_text=orig_view.text,
        trans_text=trans_view.text,
    )
    alignment = Alignment(orig, trans, orig_view.sentences(orig_seen), trans_view.sentences(trans_seen), beads)
    seen = Alignment(seen_document(orig, orig_view), seen_document(trans, trans_view), orig_seen, trans_seen, beads)
    return _Analysis(alignment, seen, orig_view, trans_view)


def without_surrogates(document: Document) -> Document:
    """`document` with lone surrogates replaced by U+FFFD, saying so in a `UnicodeWarning` (see `check`)."""
    from drift.text.surrogates import has_surrogates, replace_surrogates

    if not has_surrogates(document.text):
        return document
    import warnings

    side = "original" if document.language is Language.TURKISH else "translation"
    warnings.warn(f"the {side} text holds lone surrogates (code points U+D800-U+DFFF that are no character); "
                  "each was replaced by U+FFFD", UnicodeWarning, stacklevel=3)
    return dataclasses.replace(document, text=replace_surrogates(document.text))


def align_documents(
    orig: Document,
    trans: Document,
    *,
    encoder: SentenceEncoder | None = None,
    params: AlignParams = AlignParams(),
) -> Alignment:
    """Split both documents, embed every sentence in one batch, and align them.

    A text with lone surrogates (possible in a Python string, never in a file)
    is read with each replaced by U+FFFD, and a `UnicodeWarning` says so.

    Splitting, embedding and alignment read each text's matching view
    (drift.text.view: odd spaces, invisible characters and Markdown markup
    seen through); sentence spans point into the documents' own text.
    """
    orig, trans = without_surrogates(orig), without_surrogates(trans)
    return _analyse(orig, trans, encoder or default_encoder(), params).alignment


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
    config: Config | None = None,
    pair_check: bool = True,
    mt=None,
    mt_cache=None,
) -> Report:
    """Align both documents, then run the checks over the alignment.

    `mt` (a model folder or name, or a drift.mt.Translator) renders the
    original with a translation model and uses the rendering as evidence
    (drift.mt.evidence); `mt_cache` is a drift.mt.RenderingCache (default: the
    user's cache folder).

    `config` (drift.config) chooses the checks (unless `checks` is given),
    says whether preview findings are shown (drift.checks.run_checks: a stable
    check's bases under the bar), overrides severities and brings the glossary; inline "accept" markers in
    the English are honoured either way (drift.suppress). Unless `pair_check`
    is False, two texts that are not a translation pair (drift.pair_check)
    raise `WrongPairError` before any check runs. The checks read the matching
    views; their spans are mapped back into the documents' own text.
    """
    from drift.checks import run_checks
    from drift.checks.context import CheckContext, Resources, bead_views
    from drift.suppress import apply_inline_markers

    config = config or Config()
    encoder = encoder or default_encoder()
    orig, trans = without_surrogates(orig), without_surrogates(trans)
    analysis = _analyse(orig, trans, encoder, params)
    if pair_check:
        from drift.pair_check import ensure_pair

        ensure_pair(analysis.alignment)
    resources = Resources(load_lexicon=_load_lexicon)
    selected = checks if checks is not None else config.selected

    def run(alignment: Alignment) -> tuple[Finding, ...]:
        return run_checks(CheckContext(alignment, bead_views(alignment), resources, config.glossary), selected,
                          preview=config.preview)

    findings = apply_config(windowed_findings(analysis.seen, run), config)
    findings = tuple(in_source(finding, analysis.orig_view, analysis.trans_view) for finding in findings)
    report = Report(analysis.alignment, findings)
    if mt is not None:
        from drift.mt import render
        from drift.mt.evidence import with_mt_evidence

        rendering = render([sentence.text for sentence in analysis.alignment.orig_sentences], mt, cache=mt_cache)
        report = with_mt_evidence(report, rendering.texts, rendering.model, resources.lexicon)
    return apply_inline_markers(report)


# Enough of each text for an article's vocabulary; a long document's warm-up stays short.
WARM_UP_CHARACTERS = 10_000


class _SameVectors:
    """Stand-in vectors for `warm_up`: every sentence alike."""

    name = "warm-up"

    def encode(self, texts):
        import numpy as np

        vectors = np.zeros((len(texts), 512), dtype=np.float32)
        vectors[:, 0] = 1.0
        return vectors


def warm_up(orig: Document, trans: Document, config: Config | None = None) -> None:
    """Check the start of a pair once with stand-in vectors, so that first-use costs are paid before the real run.

    Imports, word frequencies, compiled patterns, lexicon indexes and the
    per-word caches (lemmas, senses, spelling keys) load on first use and
    stay; warming up on the pair about to be checked fills the caches with its
    own words. The findings are thrown away. No encoder is needed: a command
    whose encoder loads in another process (drift.embed.process) warms up
    meanwhile.
    """
    check_documents(Document(orig.text[:WARM_UP_CHARACTERS], Language.TURKISH),
                    Document(trans.text[:WARM_UP_CHARACTERS], Language.ENGLISH),
                    encoder=_SameVectors(), config=config, pair_check=False)


def in_source(finding: Finding, orig_view: TextView, trans_view: TextView) -> Finding:
    """A finding made on the matching views, its spans pointing into the documents' own text."""
    if orig_view.is_identity and trans_view.is_identity:
        return finding
    return dataclasses.replace(finding, orig=orig_view.span(finding.orig), trans=trans_view.span(finding.trans))


def apply_config(findings: tuple[Finding, ...], config: Config) -> tuple[Finding, ...]:
    """Severity overrides, words never to flag, house spellings the glossary accepts, and the confidence floor."""
    glossary = config.glossary
    kept = []
    for finding in findings:
        if finding.confidence < config.min_confidence:
            continue
        shown = finding.trans or finding.orig
        if shown is not None and glossary.never_flags(shown.text):
            continue
        if finding.category is Category.NAME and finding.trans is not None:
            if glossary.name_for(finding.trans.text) is not None:
                continue  # a spelling the house accepts is not a misspelling
            house = glossary.name_like(finding.expected) if finding.expected else None
            if house is not None and house.preferred != finding.expected:
                finding = dataclasses.replace(
                    finding, expected=house.preferred,
                    evidence=f"{finding.evidence}; house spelling {house.preferred}",
                )
        level = config.severity_for(finding.code)
        if level is not None and level is not finding.severity:
            finding = dataclasses.replace(finding, severity=level)
        kept.append(finding)
    return tuple(kept)


def check(
    orig_text: str, trans_text: str, *, encoder: SentenceEncoder | None = None, config: Config | None = None,
    pair_check: bool = True, orig_lang: str = "tr", mt=None, mt_cache=None,
) -> Report:
    """Check an English translation against its Turkish original, both given as text.

    Lone surrogates (U+D800-U+DFFF, which a Python string can hold but no file
    can) are replaced by U+FFFD, one for one so offsets keep their meaning,
    and a `UnicodeWarning` says so; the report's text is the replaced text.
    With `orig_lang="en"` the original is an English reference (drift.reference);
    with `mt` a translation model's rendering of the Turkish is more evidence.
    """
    if Language(orig_lang) is Language.ENGLISH:
        from drift.reference import check_reference

        return check_reference(without_surrogates(Document(text=orig_text, language=Language.ENGLISH)),
                               without_surrogates(Document(text=trans_text, language=Language.ENGLISH)),
                               encoder=encoder, config=config)
    return check_documents(
        Document(text=orig_text, language=Language.TURKISH),
        Document(text=trans_text, language=Language.ENGLISH),
        encoder=encoder,
        config=config,
        pair_check=pair_check,
        mt=mt,
        mt_cache=mt_cache,
    )
