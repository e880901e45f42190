"""Required term: a glossary term rendered other than the way the house requires.

Why it matters: institutions, offices and programmes have fixed names in a
newsroom's English ("Ministry of Foreign Affairs", not "Foreign Office";
"Deputy Foreign Minister", not "Under-Secretary"); a free rendering may be
understandable but readers cannot search for it, and a wrong office or
institution misinforms them.

Flagged (minor): a Turkish term from `[glossary.terms]` in the original (its
last word may carry a suffix: "Bakan Yardımcısı'nın") whose aligned English
contains none of the required renderings (case, hyphens and a plural or
possessive ending aside). The English span is the wording the lexicon links
to the term when it finds one, else the aligned English sentence. Expected:
the first required rendering. Needs a glossary (drift.toml).
"""

from __future__ import annotations

import re

from drift.checks import check
from drift.checks._names import pair_views
from drift.checks.context import BeadView, CheckContext, make_finding
from drift.model import Category, Severity
from drift.text.fold import fold_case

_SUFFIX = r"(?:['’]?\w*)"


def _turkish_pattern(term: str) -> re.Pattern:
    """The term in folded Turkish text, word by word, the last word open to a suffix."""
    words = [re.escape(word) for word in fold_case(term, turkish=True).split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + _SUFFIX)


def _english_pattern(rendering: str) -> re.Pattern:
    words = [re.escape(word) for word in re.split(r"[\s\-]+", fold_case(rendering)) if word]
    return re.compile(r"(?<!\w)" + r"[\s\-]+".join(words) + r"(?:s|es|['’]s|['’])?(?!\w)")


def _english_span(context: CheckContext, view: BeadView, start: int, end: int) -> tuple[int, int]:
    """The English wording linked to the Turkish term, else the sentence at the same place."""
    positions = {token.position for token in view.orig_tokens if start <= token.start < end}
    links = context.links[view.index]
    for phrase in links.phrases:  # a multiword lexicon entry rendered some other way ("Foreign Office")
        if phrase.rendered_by and positions & {token.position for token in phrase.orig_tokens}:
            first, last = min(phrase.rendered_by, key=lambda t: t.start), max(phrase.rendered_by, key=lambda t: t.end)
            if last.position - first.position <= 6:
                return first.start, last.start + len(last.stem)
    linked = sorted(trans for orig, trans in links.links if orig in positions)
    if linked and linked[-1] - linked[0] <= 6:
        first, last = view.trans_tokens[linked[0]], view.trans_tokens[linked[-1]]
        return first.start, last.start + len(last.stem)
    share = (start - view.orig_sentences[0].start) / max(view.orig_sentences[-1].end - view.orig_sentences[0].start, 1)
    sentence = view.trans_sentences[min(int(share * len(view.trans_sentences)), len(view.trans_sentences) - 1)]
    return sentence.start, sentence.end


@check("D408", "required-term", Category.MISTRANSLATION, Severity.MINOR, configured=True)
def required_term(context: CheckContext):
    terms = [(term, _turkish_pattern(term.turkish), [_english_pattern(e) for e in term.english])
             for term in context.glossary.terms]
    if not terms:
        return
    orig_text, trans_text = context.alignment.orig.text, context.alignment.trans.text
    for view in pair_views(context):
        orig_start, orig_end = view.orig_sentences[0].start, view.orig_sentences[-1].end
        folded_orig = fold_case(orig_text[orig_start:orig_end], turkish=True)
        folded_trans = " ".join(fold_case(trans_text[s.start:s.end]) for s in view.trans_sentences)
        for term, turkish, renderings in terms:
            if any(pattern.search(folded_trans) for pattern in renderings):
                continue
            for match in turkish.finditer(folded_orig):
                start, end = orig_start + match.start(), orig_start + match.end()
                trans_start, trans_end = _english_span(context, view, start, end)
                yield make_finding(
                    required_term, view,
                    message=f"“{orig_text[start:end]}” must be rendered “{term.english[0]}” (house glossary).",
                    trans=context.trans_span(trans_start, trans_end),
                    orig=context.orig_span(start, end),
                    expected=term.english[0],
                    evidence=f"glossary: {term.turkish} → {' | '.join(term.english)}; "
                             "none of these is in the aligned English",
                )
