"""Examples turned into items: "A ve B gibi" (such as A and B) rendered without "such as".

Why it matters: "İspanya ve Yunanistan gibi rakip ülkeler" names examples of
the rivals meant; "rival countries, as are Spain and Greece" adds them as
further items, and the reader no longer knows that the list was only
illustrative.

Flagged: an aligned sentence pair whose Turkish has a list of two or more
items followed by "gibi" ("A ve B gibi", "A, B veya C gibi"), while the English
has no word that introduces examples (such as, like, including, among, and
other, for example, e.g., similar). The English span is the "as" that took
the place of "such as" when there is one, else the first item.
Expected: "such as".
"""

from __future__ import annotations

import re

from drift.checks import check
from drift.checks._names import pair_views
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Language, Severity
from drift.text.tokens import name_key

_LIST_WORDS = frozenset("ve veya ya da ile yahut".split())
# How far back from "gibi" the list's joining word may stand ("A ve B'nin yeni modeli gibi" is too far).
_LIST_REACH = 3
_EXAMPLE_MARKERS = re.compile(
    r"\b(?:such as|like|including|includes?|among|and other|or other|e\.g\.|for example|for instance|similar)\b",
    re.IGNORECASE,
)


@check("D412", "examples-as-items", Category.MISTRANSLATION, Severity.MINOR, preview=True)
def examples_as_items(context: CheckContext):
    trans_text = context.alignment.trans.text
    for view in pair_views(context):
        orig = view.orig_tokens
        folded = view.orig_folded
        gibi = next((token for token in orig if folded[token.position] == "gibi"
                     and any(folded[before.position] in _LIST_WORDS
                             for before in orig[max(0, token.position - _LIST_REACH):token.position])), None)
        if gibi is None:
            continue
        first, last = view.trans_sentences[0], view.trans_sentences[-1]
        if _EXAMPLE_MARKERS.search(trans_text, first.start, last.end):
            continue
        item = orig[gibi.position - 1]
        key = name_key(item.stem, Language.TURKISH)
        rendered = next((token for token in view.trans_tokens if name_key(token.stem, Language.ENGLISH) == key), None)
        as_word = next((token for token in view.trans_tokens if token.text.lower() == "as"), None)
        where = as_word or rendered
        if where is None:
            continue
        yield make_finding(
            examples_as_items, view,
            message="The original gives these as examples (“gibi”: such as); the English does not present them "
                    "as examples.",
            trans=context.trans_span(where.start, where.end),
            orig=context.orig_span(orig[max(0, gibi.position - _LIST_REACH)].start, gibi.end),
            expected="such as",
            evidence="“gibi” after a list in the Turkish; no such as, like or including in the English",
        )
