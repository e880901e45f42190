"""Stance reversed: the original opposes where the English supports, or the reverse.

Why it matters: "Turkey opposed the sanctions" rendered "Turkey backed the
sanctions" reverses a position a reader would repeat. Sentence vectors score
the two almost the same, so a rule compares stance verbs.

Opposing in Turkish: karşı çıkmak, reddetmek, itiraz etmek, yalanlamak,
kınamak, eleştirmek; supporting: desteklemek, onaylamak, benimsemek. In English:
oppose, reject, deny, refuse, object, condemn, criticise, challenge, dispute,
against; support, back, endorse, favour, approve, welcome, embrace. A bead is
flagged when one side opposes and the other only supports.
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
_ENGLISH_OPPOSING = re.compile(
    r"\b(?:oppos(?:e|ed|es|ing)\b|reject|den(?:y|ied|ies)|refus|object(?:ed|s|ing)\b|condemn|critici[sz]|challeng"
    r"|disput|against)\w*",
    re.IGNORECASE,
)
_ENGLISH_SUPPORTING = re.compile(
    r"\b(?:support|back(?:ed|s|ing)?\b|endors|favou?r|approv|welcom|embrac)\w*", re.IGNORECASE
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
            wrong = trans_wrong.search(trans)
            if not said or not wrong or trans_right.search(trans):
                continue
            yield make_finding(
                stance_flip, view,
                message=f"The original {meaning} (“{orig_text[orig_start + said.start():orig_start + said.end()]}”) "
                        f"but the English says “{wrong.group()}”.",
                trans=context.trans_span(trans_start + wrong.start(), trans_start + wrong.end()),
                orig=context.orig_span(orig_start + said.start(), orig_start + said.end()),
                confidence=0.75,
                expected="opposed" if meaning == "opposes" else "supported",
                evidence=f"stance verbs: Turkish {said.group()!r}, English {wrong.group()!r}",
            )
