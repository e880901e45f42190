"""A model's rendering as one more kind of evidence for a Turkish-English check (pure apart from the rendering).

Each Turkish sentence's rendering is the English reference of its bead; the
word diff of drift.reference.diff says which English words the rendering does
not support. Where a finding of the checks sits on such words, the two agree:
its confidence becomes that of independent evidence that agrees,
1 - (1 - a)(1 - b), and its `expected` gets the rendering's words if it had
none. Where the rendering and the lexicon agree that an English word has no
source (no change explains it and the lexicon links it to no Turkish word of
the bead), the word is a finding of its own (R301). The rendering never
removes a finding and never adds one on its own say-so.
"""

from __future__ import annotations

import dataclasses

from drift.checks.context import bead_views
from drift.model import Finding, MtReference, Report, Span
from drift.text.tokens import tokenize

# How far a finding's confidence rises when the rendering agrees: the rendering's own precision, unmeasured.
MT_AGREEMENT = 0.5


def with_mt_evidence(report: Report, texts: tuple[str, ...], model: str, lexicon) -> Report:
    """`report` with the rendering (one English text per Turkish sentence) used as evidence."""
    from drift.checks import finding_order
    from drift.link import link_bead
    from drift.reference import _finding, _Words, with_scores
    from drift.reference.diff import diff_bead

    alignment = report.alignment
    words = _Words(lexicon)
    findings = list(report.findings)
    added: list[Finding] = []
    for view in bead_views(alignment):
        if not view.is_pair:
            continue
        reference = " ".join(texts[i] for i in view.bead.orig)
        ref_tokens = tokenize(reference)
        changes = diff_bead(ref_tokens, view.trans_tokens, words.lemma, words.synonyms)
        if not changes:
            continue
        links = None
        for change in changes:
            said = reference[change.ref[0].start:change.ref[-1].end] if change.ref else ""
            for token in change.trans_left:
                agreeing = [k for k, finding in enumerate(findings) if finding.trans is not None
                            and finding.bead == view.index
                            and finding.trans.start < token.end and token.start < finding.trans.end]
                for k in agreeing:
                    finding = findings[k]
                    if "rendering" in finding.evidence:
                        continue
                    findings[k] = dataclasses.replace(
                        finding, confidence=round(1 - (1 - finding.confidence) * (1 - MT_AGREEMENT), 3),
                        expected=finding.expected or said or None,
                        evidence=f"{finding.evidence}; the model's rendering has {said!r} here".lstrip("; "))
                if agreeing:
                    continue
                if links is None:
                    links = link_bead(view.orig_tokens, view.trans_tokens, lexicon)
                unlinked = {word.token.start for word in links.unlinked_trans()}
                if token.start in unlinked and not any(f.trans is not None and f.trans.start < token.end
                                                       and token.start < f.trans.end for f in added):
                    span = Span(token.start, token.end, alignment.trans.text[token.start:token.end])
                    added.append(dataclasses.replace(
                        _finding("R301", view.index, f"neither the lexicon nor the model's rendering supports "
                                 f"{token.stem!r}", span, None, said or None,
                                 f"rendering: {reference!r}"), basis="mt"))
    scored = with_scores(dataclasses.replace(alignment, orig_sentences=tuple(
        dataclasses.replace(sentence, text=texts[sentence.index]) for sentence in alignment.orig_sentences)))
    beads = tuple(dataclasses.replace(bead, chrf=other.chrf, bleu=other.bleu)
                  for bead, other in zip(alignment.beads, scored.beads))
    return dataclasses.replace(
        report, alignment=dataclasses.replace(alignment, beads=beads),
        findings=tuple(sorted([*findings, *added], key=finding_order)), mt=MtReference(model, texts))
