"""The pipeline from texts to an alignment: split, embed, align.

Pure apart from the encoder, which is passed in (or the process-wide default).
"""

from __future__ import annotations

import dataclasses

from drift.align import AlignParams, align_sentences
from drift.config import Config
from drift.embed import SentenceEncoder, default_encoder
from drift.model import Alignment, Category, Document, Finding, Language, Report
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
    config: Config | None = None,
) -> Report:
    """Align both documents, then run the checks over the alignment.

    `config` (drift.config) chooses the checks (unless `checks` is given),
    overrides severities and brings the glossary; inline "accept" markers in
    the English are honoured either way (drift.suppress).
    """
    from drift.checks import run_checks
    from drift.checks.context import CheckContext, Resources, bead_views
    from drift.suppress import apply_inline_markers

    config = config or Config()
    encoder = encoder or default_encoder()
    alignment = align_documents(orig, trans, encoder=encoder, params=params)
    context = CheckContext(alignment, bead_views(alignment), Resources(load_lexicon=_load_lexicon), config.glossary)
    findings = run_checks(context, checks if checks is not None else config.selected)
    return apply_inline_markers(Report(alignment, apply_config(findings, config)))


def apply_config(findings: tuple[Finding, ...], config: Config) -> tuple[Finding, ...]:
    """Severity overrides, words never to flag, and house spellings the glossary accepts."""
    glossary = config.glossary
    kept = []
    for finding in findings:
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
    orig_text: str, trans_text: str, *, encoder: SentenceEncoder | None = None, config: Config | None = None
) -> Report:
    """Check an English translation against its Turkish original, both given as text."""
    return check_documents(
        Document(text=orig_text, language=Language.TURKISH),
        Document(text=trans_text, language=Language.ENGLISH),
        encoder=encoder,
        config=config,
    )
