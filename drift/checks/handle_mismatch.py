"""Name and handle disagree: a person's name next to a social handle that is not theirs.

Why it matters: a handle is how readers find the person; when the name beside
it does not match ("Bill Stewart (phildstewart)"), one of the two is wrong,
and usually it is the name.

Flagged: a given name followed by a surname and a handle in parentheses or
after a dash, where the handle contains the surname but begins with something
other than the given name. Works on the English alone.
"""

from __future__ import annotations

import re

from drift.checks import check
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Severity
from drift.text.fold import fold_ascii

_NAME_AND_HANDLE = re.compile(
    r"(?P<given>[A-Z][\w’'-]+)\s+(?P<surname>[A-Z][\w’'-]+)\s*[(\[]\s*@?(?P<handle>[A-Za-z0-9_.]{3,})\s*[)\]]"
)


@check("D103", "handle-mismatch", Category.NAME, Severity.MAJOR, needs_original=False, preview=True)
def handle_mismatch(context: CheckContext):
    text = context.alignment.trans.text
    for view in context.beads:
        for sentence in view.trans_sentences:
            for match in _NAME_AND_HANDLE.finditer(text, sentence.start, sentence.end):
                given = fold_ascii(match["given"])
                surname = fold_ascii(match["surname"])
                handle = fold_ascii(match["handle"]).replace("_", "").replace(".", "")
                where = handle.find(surname)
                if where <= 0:
                    continue  # no surname in the handle, or nothing before it to compare
                before = handle[:where]
                if before.startswith(given) or before[:1] == given[:1] or given.startswith(before):
                    continue
                yield make_finding(
                    handle_mismatch, view,
                    message=f"“{match['given']} {match['surname']}” does not match the handle "
                            f"“{match['handle']}”, which begins “{before}”.",
                    trans=context.trans_span(match.start("given"), match.end("given")),
                    orig=None,
                    evidence=f"the handle contains the surname {match['surname']!r} but not the given name",
                )
