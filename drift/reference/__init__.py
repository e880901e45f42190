"""Check an English text against an English reference: the wire's English original, or a model's rendering.

The same pipeline as a Turkish original: both texts are split and embedded,
the same aligner makes beads, and each bead is compared word by word
(drift.reference.diff). What changed becomes findings in the same categories
and severities as the checks' (codes in drift.reference.codes), with
`expected` = the reference's words; a sentence of the reference with no
counterpart is an omission, one of the English with none an addition. Each
paired bead carries its chrF and BLEU (sacrebleu) against the reference.

In a `Report` from here, `alignment.orig` is the reference (language "en").
"""

from __future__ import annotations

import dataclasses
import functools

from drift.align import AlignParams
from drift.checks._confidence import confidence_for
from drift.checks.context import BeadView, bead_views
from drift.config import Config
from drift.embed import SentenceEncoder, default_encoder
from drift.model import Alignment, Category, Document, Finding, Report, Severity, Span
from drift.reference.codes import REFERENCE_CODES, ReferenceCode, find_reference_code, reference_code
from drift.reference.diff import NEGATIONS, Change, diff_bead, word_key
from drift.text.tokens import Token

__all__ = ["REFERENCE_CODES", "ReferenceCode", "check_reference", "find_reference_code"]

# Two English words are synonyms when one Turkish word of the lexicon has both among this many first senses:
# the first senses are the translations a dictionary gives first; deeper ones join words that differ
# (suggest and ask share "teklif etmek" only far down its list).
SYNONYM_SENSES = 5
# Two spellings of one name at least this similar (rapidfuzz ratio, 0-100) are a misspelling, not another name.
SPELLING_SIMILARITY = 70


class _Words:
    """Lemmas and synonyms from the lexicon, cached per run."""

    def __init__(self, lexicon) -> None:
        self.lexicon = lexicon

    @functools.lru_cache(maxsize=65536)
    def lemma(self, key: str) -> str:
        from drift.lexicon.lemma import english_lemma

        if any(char.isdigit() for char in key) or key.startswith(("@", "#")):
            return key
        return english_lemma(key, self.lexicon)

    @functools.lru_cache(maxsize=65536)
    def synonyms(self, first: str, second: str) -> bool:
        lexicon = self.lexicon
        shared = set(lexicon.turkish_for(first)) & set(lexicon.turkish_for(second))
        for turkish in shared:
            senses = [sense.lower() for sense in lexicon.senses(turkish)[:SYNONYM_SENSES]]
            if first in senses and second in senses:
                return True
        return False

    @functools.lru_cache(maxsize=65536)
    def is_word(self, key: str) -> bool:
        return key in self.lexicon.english_words or self.lemma(key) in self.lexicon.english_words


def _span(text: str, tokens: tuple[Token, ...]) -> Span | None:
    if not tokens:
        return None
    start, end = tokens[0].start, tokens[-1].end
    return Span(start, end, text[start:end])


def _finding(code: str, bead: int, message: str, trans: Span | None, orig: Span | None,
             expected: str | None = None, evidence: str = "") -> Finding:
    info = reference_code(code)
    return Finding(code=info.code, check=info.slug, category=info.category, severity=info.severity,
                   confidence=confidence_for(info.code), message=message, trans=trans, orig=orig, bead=bead,
                   expected=expected, evidence=evidence, basis="reference")


def _is_date(token: Token) -> bool:
    from drift.model import Language
    from drift.text.dates import find_dates

    return token.stem[:1].isupper() and bool(find_dates(token.stem, Language.ENGLISH))


def _is_name(token: Token, words: _Words, sentence_starts: frozenset[int]) -> bool:
    if not token.stem[:1].isupper() or not any(char.isalpha() for char in token.stem):
        return False
    # A capitalised ordinary word is a name only inside a sentence ("Bill" opens one as a verb would).
    return token.start not in sentence_starts or not words.is_word(word_key(token))


def _classify(change: Change, view: BeadView, ref_text: str, trans_text: str, words: _Words) -> Finding:
    """One change as a finding: the most serious thing it can be, by what its unexplained words are."""
    ref_left, trans_left = change.ref_left, change.trans_left
    orig = _span(ref_text, ref_left) or _span(ref_text, change.ref)
    trans = _span(trans_text, trans_left) or _span(trans_text, change.trans)
    expected = orig.text if orig is not None else None
    index = view.index
    ref_starts = frozenset(sentence.start for sentence in view.orig_sentences)
    trans_starts = frozenset(sentence.start for sentence in view.trans_sentences)
    said = f"the reference says {orig.text!r}" if orig else "the reference has nothing here"
    if any(token.has_digit for token in (*ref_left, *trans_left)):
        return _finding("R103", index, f"a number differs: {said}", trans, orig, expected)
    if any(_is_date(token) for token in ref_left) and any(_is_date(token) for token in trans_left):
        return _finding("R104", index, f"a weekday or month differs: {said}", trans, orig, expected)
    ref_handles = {word_key(token)[1:] for token in ref_left if token.is_handle}
    if ref_handles and ref_handles & {word_key(token) for token in change.trans}:
        return _finding("R105", index, f"a handle lost its @: {said}", trans, orig, expected)
    ref_names = [token for token in ref_left if _is_name(token, words, ref_starts)]
    trans_names = [token for token in trans_left if token.stem[:1].isupper()]
    if ref_names and trans_names:
        from rapidfuzz import fuzz

        ref_name, trans_name = ref_names[0], trans_names[0]
        similarity = fuzz.ratio(word_key(ref_name), word_key(trans_name))
        orig, trans = _span(ref_text, (ref_name,)), _span(trans_text, (trans_name,))
        if similarity >= SPELLING_SIMILARITY:
            return _finding("R102", index, f"{trans_name.stem!r} is spelled {ref_name.stem!r} in the reference",
                            trans, orig, ref_name.stem, f"spelling similarity {similarity:.0f}/100")
        return _finding("R101", index, f"{trans_name.stem!r} is {ref_name.stem!r} in the reference", trans, orig,
                        ref_name.stem, f"spelling similarity {similarity:.0f}/100")
    negated = ({word_key(t) for t in ref_left} ^ {word_key(t) for t in trans_left}) & NEGATIONS
    if negated:
        return _finding("R106", index, f"a negation ({', '.join(sorted(negated))}) is on one side only: {said}",
                        trans, orig, expected)
    if ref_left and trans_left:
        return _finding("R201", index, f"reworded with no synonym: {said}", trans, orig, expected,
                        "no shared sense for: " + ", ".join(token.stem for token in (*ref_left, *trans_left)))
    if trans_left:
        return _finding("R202", index, f"words the reference does not have: {trans.text!r}", trans, orig,
                        expected)
    # Dropped words: the English around them, where there is any, shows where they went missing.
    return _finding("R203", index, f"words of the reference left out: {orig.text!r}",
                    trans, orig, expected)


def reference_findings(alignment: Alignment, words: _Words) -> tuple[Finding, ...]:
    """Findings of every bead of an English-English alignment, in reading order."""
    ref_text, trans_text = alignment.orig.text, alignment.trans.text
    findings: list[Finding] = []
    for view in bead_views(alignment):
        if view.bead.is_omission:
            span = Span(view.orig_sentences[0].start, view.orig_sentences[-1].end,
                        ref_text[view.orig_sentences[0].start:view.orig_sentences[-1].end])
            findings.append(_finding("R501", view.index, "a sentence of the reference is missing from the English",
                                     None, span, span.text))
        elif view.bead.is_addition:
            span = Span(view.trans_sentences[0].start, view.trans_sentences[-1].end,
                        trans_text[view.trans_sentences[0].start:view.trans_sentences[-1].end])
            findings.append(_finding("R502", view.index, "a sentence the reference does not have", span, None))
        else:
            for change in diff_bead(view.orig_tokens, view.trans_tokens, words.lemma, words.synonyms):
                findings.append(_classify(change, view, ref_text, trans_text, words))
    return tuple(findings)


def with_scores(alignment: Alignment) -> Alignment:
    """The alignment with each paired bead's chrF and BLEU (sacrebleu, sentence level) against the reference."""
    from drift.reference.scores import bead_scores

    beads = []
    for bead in alignment.beads:
        if bead.orig and bead.trans:
            reference = " ".join(alignment.orig_sentences[i].text for i in bead.orig)
            hypothesis = " ".join(alignment.trans_sentences[j].text for j in bead.trans)
            chrf, bleu = bead_scores(reference, hypothesis)
            bead = dataclasses.replace(bead, chrf=chrf, bleu=bleu)
        beads.append(bead)
    return dataclasses.replace(alignment, beads=tuple(beads))


def check_reference(reference: Document, trans: Document, *, encoder: SentenceEncoder | None = None,
                    params: AlignParams = AlignParams(), config: Config | None = None) -> Report:
    """Align an English text with an English reference and report every change of substance."""
    from drift.lexicon import load_lexicon
    from drift.pipeline import _analyse, apply_config, in_source
    from drift.suppress import apply_inline_markers

    config = config or Config()
    analysis = _analyse(reference, trans, encoder or default_encoder(), params)
    findings = reference_findings(analysis.seen, _Words(load_lexicon()))
    findings = apply_config(findings, config)
    findings = tuple(in_source(finding, analysis.orig_view, analysis.trans_view) for finding in findings)
    from drift.checks import finding_order

    findings = tuple(sorted(findings, key=finding_order))
    return apply_inline_markers(Report(with_scores(analysis.alignment), findings))
