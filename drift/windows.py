"""The checks over a long document, a window of beads at a time.

Some checks look at the whole document for each bead (the numbers and dates of
the document sorted into beads, one name against every other), which is fine
for an article and quadratic for a 2 MB file. Above `WINDOW_BEADS` beads the
alignment is cut into windows of that many consecutive beads, each checked as
if it were a document of its own (its stretch of each text, offsets shifted
back afterwards): time grows linearly, and a check that compares across the
document (a name spelled two ways, a number written two ways) compares within
a window. Articles (samples/s400 has 31 beads) are checked whole, as before.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from drift.model import Alignment, Bead, Finding, Sentence, Span

WINDOW_BEADS = 250


def _stretch(sentences: tuple[Sentence, ...], indices: list[int]) -> tuple[int, int, int]:
    """(first sentence, text start, text end) of the sentences `indices` (consecutive), or zeros."""
    if not indices:
        return 0, 0, 0
    return indices[0], sentences[indices[0]].start, sentences[indices[-1]].end


def _window(alignment: Alignment, beads: tuple[Bead, ...]) -> tuple[Alignment, int, int]:
    """The beads as an alignment of their own, with the text offsets to add back to its spans."""
    orig_indices = [i for bead in beads for i in bead.orig]
    trans_indices = [j for bead in beads for j in bead.trans]
    orig_first, orig_start, orig_end = _stretch(alignment.orig_sentences, orig_indices)
    trans_first, trans_start, trans_end = _stretch(alignment.trans_sentences, trans_indices)

    def local(sentences: tuple[Sentence, ...], indices: list[int], first: int, start: int) -> tuple[Sentence, ...]:
        return tuple(Sentence(i - first, sentences[i].start - start, sentences[i].end - start, sentences[i].text)
                     for i in indices)

    window = Alignment(
        dataclasses.replace(alignment.orig, text=alignment.orig.text[orig_start:orig_end]),
        dataclasses.replace(alignment.trans, text=alignment.trans.text[trans_start:trans_end]),
        local(alignment.orig_sentences, orig_indices, orig_first, orig_start),
        local(alignment.trans_sentences, trans_indices, trans_first, trans_start),
        tuple(dataclasses.replace(bead, orig=tuple(i - orig_first for i in bead.orig),
                                  trans=tuple(j - trans_first for j in bead.trans)) for bead in beads),
    )
    return window, orig_start, trans_start


def _shift(span: Span | None, offset: int) -> Span | None:
    return None if span is None or not offset else Span(span.start + offset, span.end + offset, span.text)


def windowed_findings(
    alignment: Alignment, run: Callable[[Alignment], tuple[Finding, ...]], size: int = WINDOW_BEADS
) -> tuple[Finding, ...]:
    """`run` (the checks over an alignment) over the whole alignment, or window by window when it is long."""
    if len(alignment.beads) <= size:
        return run(alignment)
    findings: list[Finding] = []
    for first in range(0, len(alignment.beads), size):
        window, orig_offset, trans_offset = _window(alignment, alignment.beads[first:first + size])
        findings.extend(
            dataclasses.replace(finding, bead=finding.bead + first, orig=_shift(finding.orig, orig_offset),
                                trans=_shift(finding.trans, trans_offset))
            for finding in run(window))
    return tuple(findings)
