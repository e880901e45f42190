"""Handle without its @: a social handle written as a bare word beside the person's name.

Why it matters: "Phil Stewart (phildstewart)" no longer reads as an account
and no longer links to it; the "@" was lost somewhere between the original and
the English. This check needs no original.

Flagged: a name followed by a parenthesised single word with no "@" that
contains the person's surname, in lower case, the way handles are written.
Expected: the handle with its "@".
"""

from __future__ import annotations

import re

from drift.checks import check
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Severity
from drift.text.fold import fold_ascii

_NAME_BARE_HANDLE = re.compile(
    r"(?P<given>[A-Z][\w’'-]+)\s+(?P<surname>[A-Z][\w’'-]+)\s*\(\s*(?P<handle>[a-z0-9_.]{4,})\s*\)"
)


@check("D105", "handle-without-at", Category.OMISSION, Severity.MINOR, needs_original=False, preview=True)
def handle_without_at(context: CheckContext):
    text = context.alignment.trans.text
    for view in context.beads:
        for sentence in view.trans_sentences:
            for match in _NAME_BARE_HANDLE.finditer(text, sentence.start, sentence.end):
                if fold_ascii(match["surname"]) not in match["handle"].replace("_", "").replace(".", ""):
                    continue
                yield make_finding(
                    handle_without_at, view,
                    message=f"“{match['handle']}” reads like {match['given']} {match['surname']}'s handle "
                            "but has no “@”.",
                    trans=context.trans_span(match.start("handle"), match.end("handle")),
                    orig=None,
                    expected="@" + match["handle"],
                    evidence="a lower-case word in parentheses after a name, containing the surname",
                )
