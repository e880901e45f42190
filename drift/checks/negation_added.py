"""Negation added: the English says "not" where the original has no negation at all.

Why it matters: "the ministry did not confirm the figures" for a Turkish
sentence that says it confirmed them reverses the fact, and sentence vectors
are blind to polarity, so a rule compares the two sides of an aligned pair.

A bead is flagged when its English has a grammatical negation (not, n't,
never, no, nobody, nothing, neither, without, cannot) and its Turkish has
none of any kind: no negative verb form (katılmıyoruz, yokmuş, vermez,
girmeyin, yapamaz), no değil or yok, no "ne ... ne de", no -mAdAn, no
privative -sIz, and it is not in English words the original quotes as
they are. Translators often put a "not" where the Turkish says the same
thing with a positive word ("it did not last long" for kısa sürdü, "it was
short"), so this check stays in preview: see drift.checks.polarity (D404)
for the opposite direction. The words of negative
sentences (hiç, kimse) answer an English negation too.
Example: "Bakanlık rakamları doğruladı." / "The ministry did not confirm the figures."
"""

from __future__ import annotations

from drift.checks import check
from drift.checks._names import pair_views
from drift.checks.context import CheckContext, make_finding
from drift.checks.polarity import english_negations, turkish_negations
from drift.model import Category, Severity


@check("D416", "negation-added", Category.MISTRANSLATION, Severity.CRITICAL, preview=True)
def negation_added(context: CheckContext):
    for view in pair_views(context):
        trans_strong, _ = english_negations(context, view)
        # An English title or quotation the original keeps as it is ("I Can't Stop" in both) adds nothing.
        kept = {token.text.lower() for token in view.orig_tokens}
        trans_strong = [token for token in trans_strong if token.text.lower() not in kept]
        if not trans_strong:
            continue
        orig_strong, orig_weak = turkish_negations(context, view)
        if orig_strong or orig_weak:
            continue
        word = trans_strong[0]
        yield make_finding(
            negation_added, view,
            message=f"The English says “{word.text}” but the original has no negation.",
            trans=context.trans_span(word.start, word.end),
            orig=context.orig_span(view.orig_sentences[0].start, view.orig_sentences[-1].end),
            basis="added",
            evidence=f"negation in the English: {', '.join(t.text for t in trans_strong)}; none in the Turkish",
        )
