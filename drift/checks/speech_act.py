"""Reporting verb changed: the original suggests and the English asks, or demands, or claims.

Why it matters: in news the reporting verb is the fact: "önerdi" (suggested)
rendered "has asked" makes a proposal a request; "iddia etti" (claimed)
rendered "admitted" turns a denial round. Each is a plain English word, so
only the original shows the change.

Reporting verbs fall into classes: suggest, ask, demand, claim, deny, admit,
warn, promise, threaten (and plain saying, which is never flagged: "said"
may stand for any of them). Flagged: a Turkish verb whose lexicon senses put
it in one class, which the English does not render, while the English has a
verb of another class that renders no word of the original.
Expected: the Turkish verb's first sense.
"""

from __future__ import annotations

from drift.checks import check
from drift.checks._names import pair_views
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Severity

_CLASSES = {
    "suggest": "suggest propose recommend float advise",
    "ask": "ask request seek urge invite appeal",
    "demand": "demand order require instruct insist command",
    "claim": "claim allege assert contend",
    "deny": "deny refute reject dismiss rebut",
    "admit": "admit acknowledge confess concede",
    "warn": "warn caution",
    "promise": "promise pledge vow",
    "threaten": "threaten",
}
_CLASS_OF = {verb: name for name, verbs in _CLASSES.items() for verb in verbs.split()}
_ACT = {"suggest": "suggestion", "ask": "request", "demand": "demand", "claim": "claim", "deny": "denial",
        "admit": "admission", "warn": "warning", "promise": "promise", "threaten": "threat"}


def _like(sense: str, english: str) -> str:
    """The sense in the English word's past form when that is in the past ("demanded" -> "suggested")."""
    if " " in sense or not english.lower().endswith("ed"):
        return sense
    return sense + ("d" if sense.endswith("e") else "ed")


def _turkish_class(senses: tuple[str, ...]) -> str | None:
    """The class of a Turkish verb: that of its first sense which is a reporting verb."""
    for sense in senses[:4]:
        if sense in _CLASS_OF:
            return _CLASS_OF[sense]
    return None


@check("D413", "reporting-verb", Category.MISTRANSLATION, Severity.MAJOR, preview=True)
def reporting_verb(context: CheckContext):
    for view in pair_views(context):
        links = context.links[view.index]
        english = [(word, _CLASS_OF.get(word.lemma)) for word in links.unlinked_trans()]
        english = [(word, kind) for word, kind in english if kind is not None]
        if not english:
            continue
        for word in links.unlinked_orig():
            kind = _turkish_class(word.senses) if word.lemmas[:1] and word.lemmas[0].endswith(("mak", "mek")) else None
            if kind is None:
                continue
            changed = [(trans, trans_kind) for trans, trans_kind in english if trans_kind != kind]
            if not changed or len(changed) < len(english):
                continue  # an English verb of the same class is there: the rendering kept the act
            trans, trans_kind = changed[0]
            yield make_finding(
                reporting_verb, view,
                message=f"The original reports a {_ACT[kind]} (“{word.token.text}”: {', '.join(word.senses[:3])}); "
                        f"the English “{trans.token.text}” reports a {_ACT[trans_kind]}.",
                trans=context.trans_span(trans.token.start, trans.token.end),
                orig=context.orig_span(word.token.start, word.token.end),
                expected=_like(word.senses[0], trans.token.text),
                evidence=f"reporting verb classes: Turkish {kind}, English {trans_kind}",
            )
