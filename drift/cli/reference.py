"""`drift check --orig-lang en` and `--mt MODEL`, and `drift score`: an English reference in the command line."""

from __future__ import annotations

import dataclasses
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from drift.cli.app import app

if TYPE_CHECKING:
    from drift.model import Document, Report


class OrigLang(str, Enum):
    """The language of ORIG: Turkish (an original) or English (a reference)."""

    tr = "tr"
    en = "en"


OrigLangOption = Annotated[
    Optional[OrigLang],
    typer.Option("--orig-lang", show_default=False,
                 help="The language of ORIG. tr: the Turkish original (checks run as usual). en: an English "
                      "reference, such as the wire's English original of rewritten copy: the two English texts "
                      "are aligned and compared word by word (names and titles, numbers, dates, negation, handles, "
                      "words left in Turkish, roles reversed, wording, sentences left out or added), with chrF and BLEU per bead. Default: detected; two English "
                      "texts of one story are compared as reference and copy."),
]
MtOption = Annotated[
    Optional[str],
    typer.Option("--mt", metavar="MODEL", show_default=False,
                 help="Render each Turkish sentence with a local translation model (a model folder, or a name "
                      "transformers has in its cache; drift downloads nothing) and use the rendering as more "
                      "evidence: it raises the confidence of findings it agrees with, gives expected wording, and "
                      "adds a finding (R301) only where it and the lexicon agree a word has no source. Renderings "
                      "are cached per model and sentence. Needs pip install 'translation-drift[mt]'."),
]


def reference_mode(orig: Document, trans: Document, orig_lang: OrigLang | None) -> bool:
    """True when ORIG is to be read as an English reference: said so, or both texts detected as English."""
    from drift.reference import is_english_reference

    return is_english_reference(orig, trans, None if orig_lang is None else orig_lang is OrigLang.en)


def check_pair(orig: Document, trans: Document, *, orig_lang: OrigLang | None, mt: str | None, encoder, params,
               settings, pair_check: bool) -> Report:
    """`drift check` of one pair: against a Turkish original (with --mt, a model's rendering too) or a reference."""
    from drift.errors import UsageError
    from drift.model import Language
    from drift.pipeline import check_documents

    if reference_mode(orig, trans, orig_lang):
        if mt is not None:
            raise UsageError("--mt renders a Turkish original; with an English reference (--orig-lang en, or "
                             "two English texts) leave it out")
        from drift.reference import check_reference, ensure_reference_pair

        report = check_reference(dataclasses.replace(orig, language=Language.ENGLISH), trans, encoder=encoder,
                                 params=params, config=settings)
        if pair_check:
            ensure_reference_pair(report.alignment)
        return report
    if mt is not None:
        from drift.mt import ensure_available

        ensure_available(mt)
    return check_documents(orig, trans, encoder=encoder, params=params, config=settings, pair_check=pair_check,
                           mt=mt)


@app.command("score")
def score(
    ref: Annotated[Path, typer.Argument(metavar="REF", show_default=False, help="The reference English text.")],
    hyp: Annotated[Path, typer.Argument(metavar="HYP", show_default=False, help="The English text to score.")],
) -> None:
    """chrF and BLEU (sacrebleu, with their signatures) of HYP against REF, line by line: a quick overall figure.

    Lines are paired in order (blank lines dropped); two files with different
    numbers of lines are an error (exit 2): align them first, or use `drift
    check --orig-lang en`, whose JSON has both scores per aligned bead.
    """
    from drift.errors import InputError
    from drift.model import Language
    from drift.read import read_document
    from drift.reference.scores import corpus_scores

    references = [line.strip() for line in read_document(ref, Language.ENGLISH).text.splitlines() if line.strip()]
    hypotheses = [line.strip() for line in read_document(hyp, Language.ENGLISH).text.splitlines() if line.strip()]
    if len(references) != len(hypotheses):
        raise InputError(f"{ref} has {len(references)} lines and {hyp} {len(hypotheses)}: `drift score` pairs "
                         "lines in order; use `drift check REF HYP --orig-lang en` for texts that need aligning")
    chrf, chrf_signature, bleu, bleu_signature = corpus_scores(references, hypotheses)
    typer.echo(f"chrF {chrf:.2f}  ({chrf_signature})")
    typer.echo(f"BLEU {bleu:.2f}  ({bleu_signature})")
