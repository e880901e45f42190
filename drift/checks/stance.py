"""Stance reversed: the original opposes where the English supports, or the reverse.

Why it matters: "Turkey opposed the sanctions" rendered "Turkey backed the
sanctions" reverses a position a reader would repeat. Sentence vectors score
the two almost the same, so a rule compares stance verbs.

Opposing in Turkish: karşı çıkmak, reddetmek, itiraz etmek, yalanlamak,
kınamak, eleştirmek; supporting: desteklemek, onaylamak, benimsemek. In English:
oppose, reject, deny, refuse, object, condemn, criticise, challenge, dispute,
against; support, back, endorse, favour, approve, welcome, embrace. A bead is
flagged when one side opposes and the other only supports, and when the
original opposes while the English has no opposing verb and "against" only
as a plain preposition ("offered to mediate against the sanctions" for
"yaptırımlara karşı çıkarken arabuluculuk teklif etti": opposed the
sanctions while offering to mediate).
"""

from __future__ import annotations

import re

from drift.checks import check
from drift.checks._names import pair_views
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Severity
from drift.text.fold import fold_case

_TURKISH_OPPOSING = re.compile(r"\b(?:karşı\s+çık|reddet|itiraz|yalanla|kına|eleştir)\w*")
_TURKISH_SUPPORTING = re.compile(r"\b(?:destekle|onayla|benimse)\w*")
_ENGLISH_OPPOSING_VERB = (
    r"\b(?:oppos(?:e|ed|es|ing)\b|reject|den(?:y|ied|ies)|refus|object(?:ed|s|ing)\b|condemn|critici[sz]|challeng"
    r"|disput|slam|protest|dismiss|rebuff|veto|blast|decr(?:y|ied|ies)|denounc|resist|boycott|spurn|turn(?:ed|s|ing)? down"
    r"|hit(?:s|ting)? out)"
)
_ENGLISH_OPPOSING = re.compile(_ENGLISH_OPPOSING_VERB + r"\w*|\bagainst\b", re.IGNORECASE)
_ENGLISH_OPPOSING_VERB_ONLY = re.compile(_ENGLISH_OPPOSING_VERB + r"\w*", re.IGNORECASE)
# "against" carries a stance after these ("was against", "voted against"); after
# any other word it is a plain preposition ("sanctions against Moscow").
_STANCE_BEFORE_AGAINST = re.compile(
    r"\b(?:is|was|were|are|be|been|being|stand|stands|stood|vote[sd]?|voting|spoke|speak|speaks|came out|come out"
    r"|campaign(?:ed|s)?|argued?|argues|protest(?:ed|s)?|rule[sd]?|decided?|firmly|strongly|also)\s+against\b",
    re.IGNORECASE,
)
_PREPOSITION_AGAINST = re.compile(r"\b(\w+)\s+against\b", re.IGNORECASE)
_ENGLISH_SUPPORTING = re.compile(
    r"\b(?:support|back(?:ed|s|ing)?\b|endors|favou?r|approv|welcom|embrac)\w*", re.IGNORECASE
)
# A bare "back" after a verb it completes ("handing back", "came back", "cut back", "years back") is a particle or
# an adverb, not support.
_BEFORE_PARTICLE_BACK = re.compile(
    r"\b(?:\w+ing|\w+ed|give[ns]?|gave|hands?|brings?|brought|comes?|came|go(?:es)?|went|gone|pa(?:y|ys|id)|gets?|got"
    r"|takes?|taken|took|sends?|sent|fights?|fought|holds?|held|cuts?|steps?|looks?|puts?|turns?|wins?|won|calls?"
    r"|sets?|falls?|fell|be|is|was|were|are|been|way|years?|months?|weeks?|days?)\s+$",
    re.IGNORECASE,
)


@check("D405", "stance-flip", Category.MISTRANSLATION, Severity.CRITICAL)
def stance_flip(context: CheckContext):
    orig_text, trans_text = context.alignment.orig.text, context.alignment.trans.text
    for view in pair_views(context):
        orig_start, orig_end = view.orig_sentences[0].start, view.orig_sentences[-1].end
        trans_start, trans_end = view.trans_sentences[0].start, view.trans_sentences[-1].end
        orig = fold_case(orig_text[orig_start:orig_end], turkish=True)
        trans = trans_text[trans_start:trans_end]
        for orig_pattern, trans_wrong, trans_right, meaning in (
            (_TURKISH_OPPOSING, _ENGLISH_SUPPORTING, _ENGLISH_OPPOSING, "opposes"),
            (_TURKISH_SUPPORTING, _ENGLISH_OPPOSING, _ENGLISH_SUPPORTING, "supports"),
        ):
            said = orig_pattern.search(orig)
            wrong = _stance_word(trans_wrong, trans)
            if not said or not wrong or _stance_word(trans_right, trans):
                continue
            yield make_finding(
                stance_flip, view,
                message=f"The original {meaning} (“{orig_text[orig_start + said.start():orig_start + said.end()]}”) "
                        f"but the English says “{wrong.group()}”.",
                trans=context.trans_span(trans_start + wrong.start(), trans_start + wrong.end()),
                orig=context.orig_span(orig_start + said.start(), orig_start + said.end()),
                basis="stance",
                expected="opposed" if meaning == "opposes" else "supported",
                evidence=f"stance verbs: Turkish {said.group()!r}, English {wrong.group()!r}",
            )
        yield from _stance_lost(context, view, orig, trans, orig_start, trans_start)


def _stance_word(pattern: re.Pattern[str], trans: str) -> re.Match[str] | None:
    """The first stance word of the English, passing a "back" that completes another verb."""
    for match in pattern.finditer(trans):
        if match.group().lower() == "back" and _BEFORE_PARTICLE_BACK.search(trans, 0, match.start()):
            continue
        return match
    return None


def _stance_lost(context: CheckContext, view, orig: str, trans: str, orig_start: int, trans_start: int):
    """The original opposes; the English has no opposing verb, only "against" as a plain preposition."""
    said = _TURKISH_OPPOSING.search(orig)
    if not said or _ENGLISH_OPPOSING_VERB_ONLY.search(trans) or _STANCE_BEFORE_AGAINST.search(trans):
        return
    plain = _PREPOSITION_AGAINST.search(trans)
    if plain is None or _rendered(context, view, orig_start + said.start(), orig_start + said.end()):
        return
    orig_text = context.alignment.orig.text
    yield make_finding(
        stance_flip, view,
        message=f"The original opposes (“{orig_text[orig_start + said.start():orig_start + said.end()]}”) but the "
                f"English only has “{plain.group()}”, which takes no stance.",
        trans=context.trans_span(trans_start + plain.start(), trans_start + plain.end()),
        orig=context.orig_span(orig_start + said.start(), orig_start + said.end()),
        basis="against",
        expected="opposed",
        evidence=f"opposing verb {said.group()!r} in the Turkish; no opposing verb in the English",
    )


def _rendered(context: CheckContext, view, start: int, end: int) -> bool:
    """True when the lexicon links the Turkish words in start:end to an English word other than "against"
    ("itiraz" rendered "appeal"), or a multiword entry there ("karşı çıkmak") is rendered."""
    links = context.links[view.index]
    inside = {token.position for token in view.orig_tokens if token.start < end and start < token.end}
    if any(phrase.rendered_by for phrase in links.phrases if inside & {t.position for t in phrase.orig_tokens}):
        return True
    return any(view.trans_tokens[trans].text.lower() != "against" for orig, trans in links.links if orig in inside)
