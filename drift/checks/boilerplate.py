"""Boilerplate and spam: author bios, empty source lines, link farms and repeated text.

Why it matters: content farms that republish translated news append a
generated author bio ("Explorer. Devoted travel specialist. Web expert."),
credit "Source: Turkish media" without naming a source, stuff links, or paste
a paragraph twice. None of it is reporting, and readers take it for part of
the article. This check needs no original.

Flagged: a line made of three or more short fragments of which at least two
describe a persona (enthusiast, expert, fan, geek, specialist ...); a source
or credit line that names no one ("Source: Turkish media", "Kaynak: ajanslar");
a paragraph with three or more links; a sentence that repeats an earlier one
word for word.
"""

from __future__ import annotations

import re

from drift.checks import check
from drift.text.split import fragments_of
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Severity

_PERSONA = re.compile(
    r"\b(?:enthusiast|expert|fan|fanatic|geek|nerd|specialist|buff|junkie|lover|advocate|evangelist|maven|"
    r"aficionado|guru|ninja|practitioner|trailblazer|troublemaker|scholar|writer|reader|explorer|organizer|"
    r"communicator|thinker|creator|introvert|extrovert|gamer|student|analyst|player|devotee)s?\b",
    re.IGNORECASE,
)
_VAGUE_SOURCE = re.compile(
    r"^\s*[“\"]?(?:source|sources|kaynak|kaynaklar|credit)s?\s*:\s*(?:the\s+)?"
    r"(?:turkish\s+|foreign\s+|local\s+|international\s+|social\s+|news\s+|online\s+)?"
    r"(?:media|press|agencies|agency|news|internet|web|sources|networks?|ajanslar|basın|medya)\s*[.”\"]?\s*$",
    re.IGNORECASE,
)
_LINK = re.compile(r"https?://\S+|www\.\S+")
PERSONA_FRAGMENTS = 2
MIN_FRAGMENTS = 3
MIN_LINKS = 3
MIN_REPEATED_WORDS = 6


def _problem(text: str) -> tuple[str, str] | None:
    """(message, evidence) when a sentence is boilerplate, else None."""
    fragments = fragments_of(text)
    if len(fragments) >= MIN_FRAGMENTS and all(len(f.split()) <= 5 for f in fragments):
        personas = [f.strip(" “”\"") for f in fragments if _PERSONA.search(f)]
        if len(personas) >= PERSONA_FRAGMENTS:
            return ("This looks like a generated author bio, not part of the report.",
                    f"{len(fragments)} short fragments describing a persona: " + "; ".join(personas[:3]))
    if _VAGUE_SOURCE.match(text):
        return ("This source line names no source.", "a credit to the media in general identifies no one")
    links = _LINK.findall(text)
    if len(links) >= MIN_LINKS:
        return ("This paragraph is a list of links.", f"{len(links)} links")
    return None


@check("D602", "boilerplate", Category.ADDITION, Severity.MINOR, needs_original=False, preview=True)
def boilerplate(context: CheckContext):
    seen: dict[str, int] = {}
    for view in context.beads:
        for sentence in view.trans_sentences:
            found = _problem(sentence.text)
            normalized = " ".join(sentence.text.lower().split())
            if found is None and len(normalized.split()) >= MIN_REPEATED_WORDS and normalized in seen:
                found = ("This sentence repeats an earlier one word for word.",
                         f"same text as sentence {seen[normalized] + 1}")
            seen.setdefault(normalized, sentence.index)
            if found is None:
                continue
            message, evidence = found
            yield make_finding(
                boilerplate, view,
                message=message,
                trans=context.trans_span(sentence.start, sentence.end),
                orig=None,
                evidence=evidence,
            )
