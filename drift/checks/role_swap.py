"""Roles swapped: the English makes the object of the original its subject.

Why it matters: "Demirtaş, Mendonça'yı övdü" is Demirtaş praising Mendonça;
"Mendonça praised Demirtaş" turns it round, and every name, number and date
still matches. Turkish marks the object with an accusative ending after the
apostrophe, so the roles can be read off the original.

Flagged: in an aligned sentence pair, a Turkish name in the accusative
("Mendonça'yı") and the nearest name before it with no case ending (its
subject, "Demirtaş"), when the English names the object before the subject
and no "by" stands before the subject (a passive keeps the roles: "Mendonça
was praised by Demirtaş"), nor when a converse verb keeps both parties
(drift.checks._parties: "Eren lost to Kaya" for "Kaya, Eren'i yendi"). A name counts by its last word, so a title or
given name before it does not.
Expected: the subject first.
"""

from __future__ import annotations

from drift.checks import check
from drift.checks._names import looks_like_name, pair_views
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Language, Severity
from drift.text.fold import fold_case
from drift.text.tokens import Token, name_key

ACCUSATIVE = frozenset("ı i u ü yı yi yu yü nı ni nu nü".split())
# Words that make an English name the agent of a passive or a quotation's source.
_AGENT_MARKERS = frozenset("by said says according told".split())


def _heads(tokens: tuple[Token, ...]) -> list[Token]:
    """The last word of each run of name-like words (a title or given name before it is not the head)."""
    heads = []
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if looks_like_name(token) and not (following is not None and looks_like_name(following)
                                           and not token.suffix and token.end + 1 >= following.start):
            heads.append(token)
    return heads


def _first_place(tokens: tuple[Token, ...], key: str) -> Token | None:
    return next((token for token in tokens if name_key(token.stem, Language.ENGLISH) == key), None)


@check("D411", "role-swap", Category.MISTRANSLATION, Severity.CRITICAL, preview=True)
def role_swap(context: CheckContext):
    for view in pair_views(context):
        if len(view.orig_sentences) > 1:
            continue  # roles are read within one Turkish sentence
        heads = _heads(view.orig_tokens)
        for index, object_name in enumerate(heads):
            if fold_case(object_name.suffix, turkish=True) not in ACCUSATIVE:
                continue
            subjects = [token for token in heads[:index] if not token.suffix and token.position > 0]
            if not subjects:
                continue
            subject = subjects[-1]
            subject_key, object_key = (name_key(token.stem, Language.TURKISH) for token in (subject, object_name))
            if subject_key == object_key:
                continue
            english_subject = _first_place(view.trans_tokens, subject_key)
            english_object = _first_place(view.trans_tokens, object_key)
            if english_subject is None or english_object is None or english_object.position > english_subject.position:
                continue
            before = view.trans_tokens[max(0, english_subject.position - 3):english_subject.position]
            between = view.trans_tokens[english_object.position + 1:english_subject.position]
            if any(token.text.lower() in _AGENT_MARKERS for token in (*before, *between)):
                continue
            from drift.checks._parties import kept_heads

            if kept_heads(context, view) & {subject.position, object_name.position}:
                continue  # a converse verb told from the object's side ("Y lost to X" for "X, Y'yi yendi")
            yield make_finding(
                role_swap, view,
                message=f"In the original {subject.stem} does it to {object_name.stem} (“{object_name.text}” is the "
                        f"object), but the English puts {english_object.stem} first, as the one who acts.",
                trans=context.trans_span(english_object.start, english_subject.end),
                orig=context.orig_span(subject.start, object_name.end),
                expected=f"{english_subject.stem} … {english_object.stem}",
                evidence=f"accusative ending “-{object_name.suffix}” on {object_name.stem}; "
                         f"{subject.stem} has no case ending",
            )
