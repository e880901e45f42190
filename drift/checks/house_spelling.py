"""House spelling: a name written in a way the house glossary does not accept.

Why it matters: a newsroom picks one spelling of a name ("Zelenskyy") so
readers and search find the same person in every story; a transliteration
that is correct but not the house's ("Zelenskiy") makes the archive
inconsistent, and the desk has to fix it before publication.

Flagged (minor): a capitalised English word that spells a glossary name under
the same spelling key (the same letters once diacritics, y/i and doubled
letters are set aside) but is neither its house spelling nor an accepted
variant. With `[glossary.names] Zelenskyy = ["Zelensky"]`, "Zelenskiy" is
flagged, "Zelensky" and "Zelenskyy" are not. Expected: the house spelling.
Needs a glossary (drift.toml); a misspelling that changes the key
("Zhelensky") is the name-spelling check's (D101).
"""

from __future__ import annotations

from drift.checks import check
from drift.checks._names import english_key, looks_like_name
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Language, Severity
from drift.text.tokens import name_key


@check("D108", "house-spelling", Category.NAME, Severity.MINOR, needs_original=False, configured=True)
def house_spelling(context: CheckContext):
    entries = context.glossary.names
    if not entries:
        return
    by_key = {}
    for entry in entries:
        for spelling in entry.spellings:
            by_key.setdefault(name_key(spelling, Language.ENGLISH), entry)
    for view in context.beads:
        for token in view.trans_tokens:
            if not looks_like_name(token):
                continue
            entry = by_key.get(english_key(token))
            if entry is None or any(token.stem.casefold() == known.casefold() for known in entry.spellings):
                continue
            accepted = ", ".join(entry.accepted) if entry.accepted else "no other spelling"
            yield make_finding(
                house_spelling, view,
                message=f"“{token.stem}” is not the house spelling; write “{entry.preferred}”.",
                trans=context.trans_span(token.start, token.start + len(token.stem)),
                orig=None,
                expected=entry.preferred,
                evidence=f"glossary: {entry.preferred} (accepted: {accepted})",
            )
