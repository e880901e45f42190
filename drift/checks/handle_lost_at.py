"""Handle lost its @: the original has "@name", the English has "name" without the @.

Why it matters: without the @ a social handle reads as an odd word and no
longer links to or identifies the account it credits.

Example: Turkish "Phil Stewart (@phildstewart)", English "(phildstewart)".
"""

from __future__ import annotations

import re

from drift.checks import check
from drift.checks._names import pair_views
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Severity


@check("D104", "handle-lost-at", Category.OMISSION, Severity.MINOR, preview=True)
def handle_lost_at(context: CheckContext):
    trans_text = context.alignment.trans.text
    for view in pair_views(context):
        for token in view.orig_tokens:
            if not token.stem.startswith("@") or len(token.stem) < 3:
                continue
            bare = re.escape(token.stem[1:])
            for sentence in view.trans_sentences:
                match = re.search(rf"(?<![@\w]){bare}(?!\w)", trans_text[sentence.start:sentence.end])
                if match is None:
                    continue
                yield make_finding(
                    handle_lost_at, view,
                    message=f"The handle {token.stem} lost its “@” in the English.",
                    trans=context.trans_span(sentence.start + match.start(), sentence.start + match.end()),
                    orig=context.orig_span(token.start, token.start + 1),
                    expected=token.stem,
                    evidence=f"the original writes {token.stem}",
                )
