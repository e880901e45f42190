"""Hedge lost: the original reports, estimates or allows a possibility; the English states a fact.

Why it matters: "iddiaya göre" (reportedly) dropped turns an allegation into
a fact a newspaper vouches for; "olabilir" (may) rendered "will", "yaklaşık"
(about) rendered "exactly" and "-e kadar" (up to, until) rendered "from"
overstate what the source said. Sentence vectors barely register a hedge.

Read on an aligned sentence pair, by basis:
- "reported": iddiaya göre, iddia edildiğine göre, iddiasına göre, öne
  sürüldüğüne göre, söylentiye göre, rivayete göre, iddia edilen; flagged when
  the English has no reporting word (reportedly, allegedly, alleged, claim,
  according to, said, suspected, accused, rumoured ...). The finding covers
  the English sentence, which now states the claim as fact.
- "possible": a finite possibility form -(y)AbIlIr / -(y)AbIlecek / olabilir /
  olası / muhtemelen / belki (not -(y)AbIlmek, which names an ability or a
  purpose); flagged when the English has none of may, might, could, can,
  possibly, probably, likely, perhaps, potentially, able, chance, risk, would
  and has "will" (or, for a past possibility "-mIş olabilir", a plain past).
- "approximate": yaklaşık, civarında, tahminen, aşağı yukarı, takriben;
  flagged when the English says exactly or precisely.
- "limit": a number or date with -(y)A kadar ("yüzde 40'a kadar", "20 Mart'a
  kadar"; not "15 dakika kadar", about 15 minutes, whose noun has no dative);
  flagged when the English gives that number after "from", or with none of
  up to, until, till, to, through, at most, as many as, as much as, no more
  than, maximum, within, before, a cap or limit shortly before it.
The evidential -mIş alone ("açılmış": was reportedly opened) is not read: in
news it is as often a plain past perfect, and flagging it raises false alarms.
Expected: the English hedge.
"""

from __future__ import annotations

import re

from drift.checks import check
from drift.checks._names import pair_views
from drift.checks.context import BeadView, CheckContext, make_finding
from drift.model import Category, Severity

_REPORTED = re.compile(
    r"\b(?:iddiaya göre|iddia edildiğine göre|iddiasına göre|iddialarına göre|öne sürüldüğüne göre|"
    r"söylentiye göre|söylentilere göre|rivayete göre|iddia edilen|iddia ediliyor|öne sürülen)\b")
_ENGLISH_REPORTED = re.compile(
    r"\b(?:reported(?:ly)?|alleged(?:ly)?|allegations?|claim(?:s|ed|ing)?|according|said|says|say|suspected|"
    r"accus\w+|rumou?r\w*|purported(?:ly)?|supposedly|apparently|contend\w*|assert\w*|maintain\w*)\b",
    re.IGNORECASE)
_POSSIBLE_FORM = re.compile(r"\w+?(?:y?[ae]bil(?:ir|ece[kğ]|eceğ|irdi|iyor)\w*)$")
_POSSIBLE_WORDS = frozenset("olabilir olabilirdi olabilecek olabileceği olabileceğini olası olasılıkla muhtemelen "
                            "muhtemel belki".split())
_ENGLISH_POSSIBLE = frozenset(
    "may might could can can't cannot possibly possible probably probable likely unlikely perhaps potentially "
    "potential able chance chances risk risks would maybe expected uncertain".split())
_PAST_POSSIBLE = re.compile(r"m[ıiuü]ş$")
_APPROXIMATE = re.compile(r"\b(?:yaklaşık|civarında|civarı|tahminen|aşağı yukarı|takriben)\b")
_ENGLISH_EXACT = re.compile(r"\b(?:exactly|precisely)\b", re.IGNORECASE)
_LIMIT = re.compile(r"(?P<number>\d+(?:[.,]\d+)?)(?:\s+(?P<unit>\w+?))?(?P<apostrophe>'?)(?:y?[ae]|n[ae])\s+kadar\b")
_ENGLISH_LIMIT = re.compile(
    r"\b(?:up to|until|till|to|through|thru|at most|as many as|as much as|as long as|as high as|no more than|"
    r"maximum|max|within|before|ceiling|cap|capped|limit)\b[^.]{0,25}$", re.IGNORECASE)


def _turkish_text(context: CheckContext, view: BeadView) -> tuple[str, int]:
    start = view.orig_sentences[0].start
    return context.alignment.orig.text[start:view.orig_sentences[-1].end], start


def _english_text(context: CheckContext, view: BeadView) -> tuple[str, int]:
    start = view.trans_sentences[0].start
    return context.alignment.trans.text[start:view.trans_sentences[-1].end], start


@check("D419", "hedge-lost", Category.MISTRANSLATION, Severity.MAJOR, preview=True)
def hedge_lost(context: CheckContext):
    for view in pair_views(context):
        orig, orig_start = _turkish_text(context, view)
        trans, trans_start = _english_text(context, view)
        folded = " ".join(view.orig_folded)
        words = {token.text.lower() for token in view.trans_tokens}

        reported = _REPORTED.search(folded)
        if reported and not _ENGLISH_REPORTED.search(trans):
            first = _orig_token_at(view, reported.group().split()[0])
            yield make_finding(
                hedge_lost, view,
                message=f"The original reports a claim (“{reported.group()}”); the English states it as fact.",
                trans=context.trans_span(trans_start, trans_start + len(trans)),
                orig=context.orig_span(first.start, first.end) if first else None,
                basis="reported", expected="reportedly / allegedly",
                evidence=f"Turkish {reported.group()}; no reporting word in the English",
            )

        possible = [token for token in view.orig_tokens if _possible(view.orig_folded[token.position])]
        if possible and not words & _ENGLISH_POSSIBLE:
            token = possible[0]
            past = token.position > 0 and _PAST_POSSIBLE.search(view.orig_folded[token.position - 1])
            wrong = next((item for item in view.trans_tokens if item.text.lower() in ("will", "'ll", "shall")), None)
            if wrong is not None or past:
                where = wrong or view.trans_tokens[0]
                yield make_finding(
                    hedge_lost, view,
                    message=f"The original says it may happen (“{token.text}”); the English says it "
                            + (f"will (“{wrong.text}”)." if wrong else "did."),
                    trans=context.trans_span(where.start, where.end) if wrong else
                    context.trans_span(trans_start, trans_start + len(trans)),
                    orig=context.orig_span(token.start, token.end),
                    basis="possible", expected="may / could" if not past else "may have",
                    evidence=f"Turkish {token.text}: a possibility; no may, might, could or likely in the English",
                )

        approximate = _APPROXIMATE.search(folded)
        exact = _ENGLISH_EXACT.search(trans)
        if approximate and exact:
            first = _orig_token_at(view, approximate.group().split()[0])
            yield make_finding(
                hedge_lost, view,
                message=f"The original gives an estimate (“{approximate.group()}”); "
                        f"the English says “{exact.group()}”.",
                trans=context.trans_span(trans_start + exact.start(), trans_start + exact.end()),
                orig=context.orig_span(first.start, first.end) if first else None,
                basis="approximate", expected="about",
                evidence=f"Turkish {approximate.group()}: about; English {exact.group()}",
            )

        yield from _limits(context, view, orig, orig_start, trans, trans_start)


def _possible(word: str) -> bool:
    return word in _POSSIBLE_WORDS or bool(_POSSIBLE_FORM.match(word))


def _nominative(context: CheckContext, word: str) -> bool:
    """True when the word before kadar is a dictionary word as it stands (dakika), not one with a dative (saate)."""
    return word.strip() in context.resources.lexicon


def _orig_token_at(view: BeadView, folded_word: str):
    return next((token for token in view.orig_tokens if view.orig_folded[token.position] == folded_word), None)


def _limits(context: CheckContext, view: BeadView, orig: str, orig_start: int, trans: str, trans_start: int):
    for match in _LIMIT.finditer(orig):
        unit = match.group("unit")
        if unit and not match.group("apostrophe") and _nominative(context, orig[match.start("unit"):match.end() - 6]):
            continue  # "15 dakika kadar" is about 15 minutes: kadar after a bare noun is an estimate
        digits = match.group("number").replace(".", "").replace(",", ".")
        found = re.search(rf"(?<![\d.,]){re.escape(digits)}(?![\d]|[.,]\d)", trans)
        if found is None:
            continue
        before = trans[max(0, found.start() - 40):found.start()]
        after_from = re.search(r"\bfrom\s+(?:the\s+)?$", before, re.IGNORECASE)
        if not after_from and _ENGLISH_LIMIT.search(before):
            continue
        where = (found.start() - len(after_from.group()), found.end()) if after_from else (found.start(), found.end())
        yield make_finding(
            hedge_lost, view,
            message=f"The original sets a limit (“{match.group()}”: up to, until); the English "
                    + ("says “from”." if after_from else "gives the figure as a plain amount."),
            trans=context.trans_span(trans_start + where[0], trans_start + where[1]),
            orig=context.orig_span(orig_start + match.start(), orig_start + match.end()),
            basis="limit", expected="until / up to",
            evidence=f"Turkish {match.group()}; English “{trans[where[0]:where[1]]}” without up to or until",
        )
