"""Added sentence: English text with no Turkish source.

Why it matters: whatever it says, the original did not: an invented claim
("the largest deal in the country's history"), a "Source:" line the original
never had, or a content farm's author bio appended to the article.

Example: “Explorer. Devoted travel specialist. Web expert. ...” at the end of
the English, with nothing in the Turkish. Boilerplate (a source line, a
byline, a bio made of short fragments, a bare handle) is minor; a sentence that
states something is major, since readers take it for part of the report. A
loose rendering (an idiomatic headline) on the line that corresponds to its
original's is aligned to it, not reported: the aligner reads line structure.
"""

from __future__ import annotations

import re

from drift.checks import check
from drift.text.split import fragments_of
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Severity

_SOURCE_LINE = re.compile(r"^\s*(source|sources|kaynak|via|credit|photo)\s*:", re.IGNORECASE)


def _is_boilerplate(text: str) -> bool:
    """A source line, a byline, a handle alone, or a tagline of short fragments."""
    if _SOURCE_LINE.match(text) or text.lstrip().startswith(("@", "—", "–", "-", "By ")):
        return True
    fragments = fragments_of(text)
    return len(fragments) >= 3 and all(len(fragment.split()) <= 4 for fragment in fragments)


@check("D601", "added-sentence", Category.ADDITION, Severity.MAJOR)
def added_sentence(context: CheckContext):
    for view in context.beads:
        if not view.bead.is_addition:
            continue
        for sentence in view.trans_sentences:
            boilerplate = _is_boilerplate(sentence.text)
            yield make_finding(
                added_sentence, view,
                message=(
                    "This English line has no Turkish source; it looks like boilerplate added by the publisher."
                    if boilerplate else
                    "This English sentence has no Turkish source: the original does not say it."
                ),
                trans=context.trans_span(sentence.start, sentence.end),
                orig=None,
                severity=Severity.MINOR if boilerplate else Severity.MAJOR,
                evidence="the aligner found no Turkish sentence for it",
            )
