"""Omitted sentence: a Turkish sentence with no counterpart in the English.

Why it matters: a reader of the English never learns what it said; a dropped
"officials could not be reached for comment" is a small loss, a dropped
analysts' verdict or a figure changes the story.

Example: "Türk Dışişleri Bakanlığı yetkililerine ... hemen ulaşılamadı." has
no English sentence at all: the aligner leaves it in a bead with an empty
English side. Severity is major when the sentence carries a number, a name or
is long enough to hold a claim of its own, minor otherwise. When both texts keep
one paragraph or segment a line, a Turkish sentence rendered loosely on the
corresponding English line is aligned to it, not reported as left out; so is
one that names a body by its acronym where the English spells the name out,
one given in the other order than its neighbour, and one whose figures and
acronyms all stand in the English its neighbour was joined into.
"""

from __future__ import annotations

from drift.checks import check
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Severity

# A sentence this long (in words) carries a claim of its own, not an aside.
SUBSTANTIAL_WORDS = 15


@check("D501", "omitted-sentence", Category.OMISSION, Severity.MAJOR)
def omitted_sentence(context: CheckContext):
    for view in context.beads:
        if not view.bead.is_omission:
            continue
        for sentence in view.orig_sentences:
            tokens = [t for t in view.orig_tokens if sentence.start <= t.start < sentence.end]
            carries_fact = any(t.has_digit for t in tokens) or any(
                t.is_capitalized and t.position > 0 and t.start > sentence.start for t in tokens[1:]
            )
            substantial = carries_fact or len(tokens) >= SUBSTANTIAL_WORDS
            yield make_finding(
                omitted_sentence, view,
                message="This Turkish sentence has no counterpart in the English.",
                trans=None,
                orig=context.orig_span(sentence.start, sentence.end),
                severity=Severity.MAJOR if substantial else Severity.MINOR,
                evidence="the aligner found no English sentence for it",
            )
