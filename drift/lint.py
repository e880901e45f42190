"""Checking English copy that arrives without its original.

The English alone is split into sentences and every sentence is put in a bead
of its own with an empty Turkish side; the checks that need no original then
run over it exactly as they do inside `drift check`. No sentence encoder is
loaded: nothing here compares the two languages.
"""

from __future__ import annotations

from drift.model import Alignment, Bead, Document, Language, Report


def english_alignment(trans: Document) -> Alignment:
    """The English of `trans` as an alignment with no original: one bead per sentence."""
    from drift.text.split import split_sentences

    sentences = split_sentences(trans.text, trans.language)
    beads = tuple(Bead(orig=(), trans=(sentence.index,), similarity=None, anchors=None, cost=0.0)
                  for sentence in sentences)
    orig = Document(text="", language=Language.TURKISH, path=None)
    return Alignment(orig, trans, (), sentences, beads)


def lint_document(trans: Document, *, config=None, year: int | None = None) -> Report:
    """Run the English-only checks over one English document.

    `config` (drift.config) selects among them, overrides severities and brings
    the glossary, as for `drift check`; `year` is the year of dates that give
    none. Inline accept markers are honoured.
    """
    from drift.checks import run_checks
    from drift.checks.context import CheckContext, Resources, bead_views
    from drift.config import Config
    from drift.pipeline import _load_lexicon, apply_config, in_source
    from drift.suppress import apply_inline_markers
    from drift.text.view import matching_view, seen_document
    from drift.windows import windowed_findings

    from drift.pipeline import without_surrogates

    config = config or Config()
    trans = without_surrogates(trans)
    # The checks read the matching view (odd characters and Markdown markup seen through).
    view = matching_view(trans)
    seen = english_alignment(seen_document(trans, view))
    resources = Resources(load_lexicon=_load_lexicon)
    selected = tuple(info for info in config.selected if not info.needs_original)

    def run(alignment: Alignment) -> tuple:
        return run_checks(CheckContext(alignment, bead_views(alignment), resources, config.glossary, year), selected,
                          preview=config.preview)

    findings = apply_config(windowed_findings(seen, run), config)
    alignment = Alignment(seen.orig, trans, (), view.sentences(seen.trans_sentences), seen.beads)
    findings = tuple(in_source(finding, matching_view(seen.orig), view) for finding in findings)
    return apply_inline_markers(Report(alignment, findings))


def lint(trans_text: str, *, config=None, year: int | None = None) -> Report:
    """Lint English text given as a string (lone surrogates become U+FFFD, with a `UnicodeWarning`)."""
    return lint_document(Document(text=trans_text, language=Language.ENGLISH), config=config, year=year)
