"""Agent lost: the original says something was done "by" someone, the English has no agent.

Why it matters: "Gürcistan Başbakanı tarafından kabul edildi" (was received by
the Georgian prime minister) rendered "received the Georgian prime minister"
swaps who did what. The Turkish postposition "tarafından" (by) names the agent
of a passive verb; an English rendering that keeps the agent says "by".

Flagged: a bead whose Turkish has "tarafından" while its English has no "by"
and renders the agent (the head word right before "tarafından", found through
word links) late in the sentence, as an object, rather than as the subject of
an active rewrite. An agent the English renders after a preposition ("heard
from Turkey", "a system from the institute") is not an object: "tarafından"
after a place is also "from the side of", and English may mark a source with
"from" or "of". An agent whose head word is linked to nothing cannot be placed
and stays quiet, as does an agent a converse verb keeps in its party
(drift.checks._parties: "lost to its rival" for "rakibi tarafından yenildi").
"""

from __future__ import annotations

import re

from drift.checks import check
from drift.checks._names import pair_views
from drift.checks.case_role import preposition_before
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Severity
from drift.text.fold import fold_case

_TURKISH_AGENT = re.compile(r"\btarafından\b")
# An English agent in the first part of the sentence is its subject: a
# faithful active rewrite ("BOTAŞ will build" for "BOTAŞ tarafından inşa
# edilecek"). Later, it is an object: the roles were swapped.
SUBJECT_SHARE = 0.4
_ENGLISH_BY = re.compile(r"\bby\b", re.IGNORECASE)
# Prepositions that make the agent's rendering an adjunct (a place or a source), never a swapped object.
_ADJUNCT_PREPOSITIONS = frozenset("from in at on of with among within through via across inside".split())


def _rendered_head(links, head: int) -> list[int]:
    """English positions of the head word's rendering, alone or within a multiword entry ("Başbakanı")."""
    rendered = [trans for orig, trans in links.links if orig == head]
    if not rendered:
        rendered = [token.position for phrase in links.phrases if any(t.position == head for t in phrase.orig_tokens)
                    for token in phrase.rendered_by]
    return rendered


@check("D406", "agent-lost", Category.MISTRANSLATION, Severity.MAJOR)
def agent_lost(context: CheckContext):
    orig_text, trans_text = context.alignment.orig.text, context.alignment.trans.text
    for view in pair_views(context):
        orig_start, orig_end = view.orig_sentences[0].start, view.orig_sentences[-1].end
        trans_start, trans_end = view.trans_sentences[0].start, view.trans_sentences[-1].end
        agent = _TURKISH_AGENT.search(fold_case(orig_text[orig_start:orig_end], turkish=True))
        if agent is None or _ENGLISH_BY.search(trans_text[trans_start:trans_end]):
            continue
        marker = next(t for t in view.orig_tokens if t.start >= orig_start + agent.start())
        # Turkish noun phrases end in their head: the agent is the word right before "tarafından".
        rendered = _rendered_head(context.links[view.index], marker.position - 1)
        if not rendered or min(rendered) < SUBJECT_SHARE * len(view.trans_tokens):
            continue
        before = preposition_before(view.trans_tokens, min(rendered), trans_text)
        if before is not None and before.text.lower() in _ADJUNCT_PREPOSITIONS:
            continue
        from drift.checks._parties import kept_heads

        if marker.position - 1 in kept_heads(context, view):
            continue  # a converse verb keeps the agent's party: "lost to its rival" for "rakibi tarafından yenildi"
        yield make_finding(
            agent_lost, view,
            message="The original names who did it (“tarafından”, by) but the English sentence has no “by”: "
                    "check that the roles were not swapped.",
            trans=context.trans_span(trans_start, trans_end),
            orig=context.orig_span(orig_start + agent.start(), orig_start + agent.end()),
            evidence=f"Turkish agent marker {agent.group()!r}; no 'by' in the English",
        )
