"""Before and after swapped: the original says "önce" (before) and the English "after", or the reverse.

Why it matters: "seçimden bir hafta önce" is a week before the election;
"a week after the election" moves the event to the other side of it, and
the date check cannot see it when no date is named. Sentence vectors score
the two alike.

Flagged: an aligned sentence pair whose Turkish has words of one relation only
(before: önce, öncesinde, önceden, evvel, önceki; after: sonra, sonrasında,
ardından, akabinde, sonraki) while the English has words of the other relation
only (before: before, ago, earlier, prior, previous, previously, preceding,
ahead; after: after, later, following, subsequent, subsequently, afterwards).
Expected: the English word of the original's relation.
"""

from __future__ import annotations

from drift.checks import check
from drift.checks._names import pair_views
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Severity

_TURKISH = {
    "before": frozenset("önce öncesinde önceden evvel önceki".split()),
    "after": frozenset("sonra sonrasında ardından akabinde sonraki".split()),
}
_ENGLISH = {
    "before": frozenset("before ago earlier prior previous previously preceding ahead".split()),
    "after": frozenset("after later following subsequent subsequently afterwards".split()),
}
_OTHER = {"before": "after", "after": "before"}


@check("D410", "before-after", Category.MISTRANSLATION, Severity.MAJOR, preview=True)
def before_after(context: CheckContext):
    for view in pair_views(context):
        turkish = set(view.orig_folded)
        english = {relation: [token for token in view.trans_tokens if token.text.lower() in words]
                   for relation, words in _ENGLISH.items()}
        for relation, words in _TURKISH.items():
            other = _OTHER[relation]
            said = sorted(turkish & words)
            if not said or turkish & _TURKISH[other] or english[relation] or not english[other]:
                continue
            wrong = english[other][0]
            first = next(token for token in view.orig_tokens if view.orig_folded[token.position] in words)
            yield make_finding(
                before_after, view,
                message=f"The original says “{said[0]}” ({relation}) but the English says “{wrong.text}” ({other}).",
                trans=context.trans_span(wrong.start, wrong.end),
                orig=context.orig_span(first.start, first.end),
                expected=relation,
                evidence=f"Turkish {', '.join(said)}: {relation}; English {wrong.text}: {other}; "
                         f"no word for “{relation}” in the English",
            )
