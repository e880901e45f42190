"""Agent lost: the original says something was done "by" someone, the English has no agent.

Why it matters: "Gürcistan Başbakanı tarafından kabul edildi" (was received by
the Georgian prime minister) rendered "received the Georgian prime minister"
swaps who did what. The Turkish postposition "tarafından" (by) names the agent
of a passive verb; an English rendering that keeps the agent says "by".

Flagged: a bead whose Turkish has "tarafından" while its English has no "by"
and renders the agent (the words before "tarafından", found through word
links) late in the sentence, as an object, rather than as the subject of an
active rewrite.
"""

from __future__ import annotations

import re

from drift.checks import check
from drift.checks._names import pair_views
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Severity
from drift.text.fold import fold_case

_TURKISH_AGENT = re.compile(r"\btarafından\b")
# An English agent in the first part of the sentence is its subject: a
# faithful active rewrite ("BOTAŞ will build" for "BOTAŞ tarafından inşa
# edilecek"). Later, it is an object: the roles were swapped.
SUBJECT_SHARE = 0.4
AGENT_WORDS = 3
_ENGLISH_BY = re.compile(r"\bby\b", re.IGNORECASE)


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
        links = context.links[view.index].links
        # Turkish noun phrases end in their head: the agent is the nearest
        # linked word before "tarafından".
        rendered: list[int] = []
        for head in reversed(view.orig_tokens[max(marker.position - AGENT_WORDS, 0):marker.position]):
            rendered = [trans for orig, trans in links if orig == head.position]
            if rendered:
                break
        if not rendered or min(rendered) < SUBJECT_SHARE * len(view.trans_tokens):
            continue
        yield make_finding(
            agent_lost, view,
            message="The original names who did it (“tarafından”, by) but the English sentence has no “by”: "
                    "check that the roles were not swapped.",
            trans=context.trans_span(trans_start, trans_end),
            orig=context.orig_span(orig_start + agent.start(), orig_start + agent.end()),
            evidence=f"Turkish agent marker {agent.group()!r}; no 'by' in the English",
        )
