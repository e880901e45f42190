"""Cause and effect read on both sides of a sentence pair, and compared through the word links.

Turkish marks a cause in a few general ways, read here from the morphology and a short list of
postpositions and verbs:
- a noun phrase before a postposition of cause ("kuraklık nedeniyle", "yüzünden", "sebebiyle",
  "dolayısıyla", "sayesinde", "sonucunda", "etkisiyle"), or an ablative before "dolayı" or "ötürü":
  that phrase is the cause, the rest of its sentence the effect;
- a verb made a noun before "için", or one in the ablative ("arttığı için", "arttığından"): the
  clause up to it is the cause, the rest the effect;
- an ablative before "kaynaklan-" or "ileri gel-" (to stem from): that phrase is the cause, what
  comes before it the effect;
- a dative before "yol aç-", "neden ol-", "sebep ol-" (to lead to, to cause): that phrase is the
  effect, what comes before it the cause.
The phrase is the marked word and the words before it that carry no case ending of their own (a
genitive owner stays in it), back to punctuation; "X'e göre" (according to X) is neither side.

English marks it with "caused by", "due to", "because (of)", "as a result of", "owing to", "thanks
to", "stems (results, arises) from" and "driven (triggered, fuelled, prompted) by" (effect before,
cause after; at the start of a clause, "Because of X, Y" puts the cause first), or with "led to",
"caused", "resulted in", "triggered", "gave rise to", "brought about" (cause before, effect after).
A side reaches back to the start of its clause (punctuation, a clause word, a verb of saying) and on
to the next punctuation.

A link is turned round when more of the words the English renders from the Turkish cause stand on
the English effect side than on its cause side, and no more of those it renders from the effect
stand on the effect side than on the cause side. Words rendered from both sides tell nothing.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from drift.checks.context import BeadView, CheckContext, per_text

# Postpositions after a noun phrase that make it the cause.
_CAUSE_POSTPOSITIONS = frozenset("nedeniyle yüzünden sebebiyle dolayısıyla sayesinde sonucunda etkisiyle "
                                 "nedenıyle".split())
# Postpositions after an ablative that make it the cause: "-DAn dolayı", "-DAn ötürü".
_AFTER_ABLATIVE = frozenset({"dolayı", "ötürü"})
# Verbs whose ablative is the cause: "X'ten kaynaklanıyor" (stems from X); "ileri gelmek" as a phrase.
_FROM_VERBS = ("kaynaklan",)
# Nouns that with "olmak" or "açmak" make the verb of causing, whose dative is the effect: "yol açtı", "neden oldu".
_LEADS = {"yol": ("aç",), "neden": ("ol",), "sebep": ("ol",), "sebebiyet": ("ver",)}
_CASES_THAT_END = frozenset({"Acc", "Dat", "Loc", "Abl", "Ins"})
_PHRASE_REACH = 5

# English: markers whose cause follows them (the effect stands before), and markers whose effect follows them.
_CAUSE_AFTER = (("caused", "by"), ("due", "to"), ("because", "of"), ("because",), ("as", "a", "result", "of"),
                ("owing", "to"), ("thanks", "to"), ("on", "account", "of"), ("stems", "from"), ("stem", "from"),
                ("stemmed", "from"), ("stemming", "from"), ("results", "from"), ("resulted", "from"),
                ("result", "from"), ("arises", "from"), ("arose", "from"), ("driven", "by"), ("triggered", "by"),
                ("fuelled", "by"), ("fueled", "by"), ("prompted", "by"), ("brought", "about", "by"),
                ("sparked", "by"))
_EFFECT_AFTER = (("led", "to"), ("leads", "to"), ("lead", "to"), ("leading", "to"), ("caused",), ("causes",),
                 ("resulted", "in"), ("results", "in"), ("result", "in"), ("triggered",), ("triggers",),
                 ("gave", "rise", "to"), ("give", "rise", "to"), ("gives", "rise", "to"), ("brought", "about"),
                 ("brings", "about"), ("sparked",))
# Each marker under its first word, in the order above (so "caused by" is tried before "caused"), with whether the
# cause follows it: a word that opens no marker costs one lookup.
def _by_first_word() -> dict[str, tuple[tuple[tuple[str, ...], bool], ...]]:
    grouped: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    for markers, cause_after in ((_CAUSE_AFTER, True), (_EFFECT_AFTER, False)):
        for marker in markers:
            grouped.setdefault(marker[0], []).append((marker, cause_after))
    return {word: tuple(found) for word, found in grouped.items()}


_MARKERS_BY_FIRST = _by_first_word()
_CLAUSE_WORDS = frozenset("that which who whom whose while whereas but if although though when where so".split())
_SPEECH = frozenset("said says say told tells added adds stated states noted notes announced announces "
                    "explained explains believe believes think thinks warned warns according".split())
_BREAKS = ",;:()\"“”"


@dataclass(frozen=True)
class CauseLink:
    """One link of cause and effect in one sentence: the positions of each side and of the words that mark it."""

    cause: frozenset[int]
    effect: frozenset[int]
    marker: tuple[int, ...]


@functools.lru_cache(maxsize=65536)
def _ends_phrase(folded: str) -> bool:
    """Whether a Turkish word carries a case ending that ends a noun phrase going back (an object, a place, a
    source, an instrument), or is a finite verb: every analysis says so."""
    from drift.text.morphology import analyses

    found = analyses(folded)
    return bool(found) and all(analysis.case in _CASES_THAT_END or analysis.finite for analysis in found)


@functools.lru_cache(maxsize=65536)
def _has_case(folded: str, case: str) -> bool:
    from drift.text.morphology import analyses

    return any(analysis.case == case for analysis in analyses(folded))


@functools.lru_cache(maxsize=65536)
def _clause_noun(folded: str) -> bool:
    """A verb made a noun by -DIK or -(y)AcAK, as before "için" ("arttığı", "azalacağı")."""
    from drift.text.morphology import analyses

    return any(analysis.root_pos == "Verb" and analysis.nominalisation in ("PastPart", "FutPart")
               for analysis in analyses(folded))


def _sentence_of(spans, start: int) -> tuple[int, int] | None:
    for sentence in spans:
        if sentence.start <= start < sentence.end:
            return sentence.start, sentence.end
    return None


def _gap(text: str, left, right) -> str:
    return text[left.end:right.start]


def _phrase_back(view: BeadView, text: str, position: int, first: int) -> list[int]:
    """The Turkish phrase that ends at `position`: the words before it with no case ending of their own, back to
    punctuation, at most a few."""
    tokens, folded = view.orig_tokens, view.orig_folded
    found = [position]
    for previous in range(position - 1, max(first - 1, position - _PHRASE_REACH), -1):
        if any(mark in _gap(text, tokens[previous], tokens[previous + 1]) for mark in _BREAKS + ".!?"):
            break
        token = tokens[previous]
        if (token.suffix and not _has_case(folded[previous], "Gen")) or folded[previous] in ("göre", "ise") \
                or not _modifies(folded[previous], folded[previous + 1]):
            break
        found.insert(0, previous)
    return found


@functools.lru_cache(maxsize=65536)
def _modifies(word: str, following: str) -> bool:
    """Whether a Turkish word belongs to the noun phrase of the word after it: an adjective ("aşırı", a "-DAki"
    one: "lagündeki"), a genitive owner, or a bare noun before a word with a possessive ("ağaç kesimi"); a bare
    noun before one without ("Sazlıklar kuraklık") is a phrase of its own, the subject."""
    from drift.text.morphology import analyses

    found = analyses(word)
    if not found:
        return False
    if any(analysis.case == "Gen" for analysis in found):
        return True
    if any(analysis.pos == "Adj" and (not analysis.case or word.endswith("ki")) for analysis in found):
        return True
    if _ends_phrase(word):
        return False
    return any(analysis.pos == "Noun" and not analysis.case and not analysis.possessive and analysis.number != "pl"
               for analysis in found) and any(analysis.possessive for analysis in analyses(following))


@per_text
def turkish_causes(context: CheckContext, view: BeadView) -> tuple[CauseLink, ...]:
    """The links of cause and effect the Turkish side of a bead marks."""
    text = context.alignment.orig.text
    tokens, folded = view.orig_tokens, view.orig_folded
    found = []
    for token in tokens:
        position, word = token.position, folded[token.position]
        sentence = _sentence_of(view.orig_sentences, token.start)
        if sentence is None or position == 0:
            continue
        words = [other.position for other in tokens if sentence[0] <= other.start < sentence[1]]
        first = words[0]
        previous = position - 1
        if previous < first or any(mark in _gap(text, tokens[previous], token) for mark in _BREAKS + ".!?"):
            continue
        cause = effect = None
        marker = (position,)
        if word in _CAUSE_POSTPOSITIONS or word in _AFTER_ABLATIVE and _has_case(folded[previous], "Abl"):
            cause = _phrase_back(view, text, previous, first)
        elif word == "için" and _clause_noun(folded[previous]):
            cause = list(range(_clause_start(view, text, previous, first), position))
        elif word.startswith(_FROM_VERBS) and _has_case(folded[previous], "Abl"):
            cause = _phrase_back(view, text, previous, first)
            effect = [other for other in words if other < cause[0]]
        elif previous > first and folded[previous] in _LEADS and word.startswith(_LEADS[folded[previous]]) \
                and _has_case(folded[previous - 1], "Dat"):
            marker = (previous, position)
            effect = _phrase_back(view, text, previous - 1, first)
            owner = _owner_of_event(view, text, effect[-1], effect[0], first)
            if owner is not None:
                # "arazilerinin su altında kalmasına": the event's genitive subject is part of the effect
                effect = list(range(_phrase_back(view, text, owner, first)[0], effect[-1] + 1))
            cause = [other for other in words if other < effect[0]]
            subject = _genitive_subject(view, text, [other for other in words if other < previous - 1], position)
            if subject is not None:
                # "X'in Y'nin Z'ye sebep olduğunu": the causing verb made a noun has the clause's first genitive
                # for its subject, the cause; the words after it belong to the effect ("yatırımının askıya
                # alınmasına": the suspension of the investments).
                effect = [other for other in words if subject < other <= effect[-1]]
                cause = [other for other in words if _clause_start(view, text, subject, first) <= other <= subject]
        if not cause:
            continue
        if effect is None:
            effect = [other for other in words if other not in cause and other not in marker]
        sayer = _sayer(view, words)
        found.append(CauseLink(frozenset(cause) - sayer, frozenset(effect) - sayer - set(marker), marker))
    return tuple(found)


@functools.lru_cache(maxsize=65536)
def _made_noun_with_possessive(folded: str) -> bool:
    """A verb made a noun with a possessive in some reading ("olduğu", "kalmasına"): it has a genitive subject."""
    from drift.text.morphology import analyses

    return any(analysis.root_pos == "Verb" and analysis.nominalisation and analysis.possessive
               for analysis in analyses(folded))


def _owner_of_event(view: BeadView, text: str, event: int, start: int, first: int) -> int | None:
    """The genitive subject of an effect that is a verb made a noun ("arazilerinin ... kalmasına"): the last
    genitive before the effect's phrase in its clause, or None."""
    folded = view.orig_folded
    if not _made_noun_with_possessive(folded[event]):
        return None
    clause = _clause_start(view, text, start, first)
    return next((position for position in range(start - 1, clause - 1, -1) if _subject_genitive(folded[position])),
                None)


@functools.lru_cache(maxsize=65536)
def _subject_genitive(folded: str) -> bool:
    """A genitive that may be a subject: some reading in the genitive that is no verb made a noun with a possessive
    of its own ("yağışların", "arazilerinin"; not "olmasının")."""
    from drift.text.morphology import analyses

    return any(analysis.case == "Gen" and not (analysis.nominalisation and analysis.possessive)
               for analysis in analyses(folded))


def _genitive_subject(view: BeadView, text: str, before: list[int], verb: int) -> int | None:
    """The genitive subject of a causing verb made a noun ("sebep olduğunu", "yol açtığını"): the first genitive of
    the clause before the effect, or None for a finite verb or a clause with no genitive."""
    folded = view.orig_folded
    if not before or not _made_noun_with_possessive(folded[verb]):
        return None
    start = _clause_start(view, text, before[-1], before[0])
    return next((position for position in before if position >= start and _subject_genitive(folded[position])),
                None)


def _clause_start(view: BeadView, text: str, position: int, first: int) -> int:
    """The first word of the Turkish clause that ends at `position`: after the last punctuation before it."""
    tokens = view.orig_tokens
    for previous in range(position - 1, first - 1, -1):
        if any(mark in _gap(text, tokens[previous], tokens[previous + 1]) for mark in _BREAKS):
            return previous + 1
    return first


def _sayer(view: BeadView, words: list[int]) -> frozenset[int]:
    """ "X'e göre" (according to X): the words up to "göre", which are neither cause nor effect."""
    folded = view.orig_folded
    for position in words[:_PHRASE_REACH]:
        if folded[position] == "göre":
            return frozenset(other for other in words if other <= position)
    return frozenset()


def english_causes(view: BeadView, text: str) -> tuple[CauseLink, ...]:
    """The links of cause and effect the English side of a bead marks."""
    tokens = view.trans_tokens
    if not tokens:
        return ()
    base = tokens[0].position
    words = [token.text.lower() for token in tokens]
    found = []
    for at in range(len(tokens)):
        candidates = _MARKERS_BY_FIRST.get(words[at], ())
        for wanted_cause_after in (True, False):
            marker = next((marker for marker, cause_after in candidates
                           if cause_after is wanted_cause_after and tuple(words[at:at + len(marker)]) == marker), None)
            if marker is None:
                continue
            cause_after = wanted_cause_after
            if marker in (("caused",), ("triggered",), ("sparked",)) and words[at + 1:at + 2] == ["by"]:
                continue
            if not cause_after and at > 0 and words[at - 1] in ("the", "a", "its", "their", "main"):
                continue  # "the causes of": a noun
            end = at + len(marker)
            before = _english_back(tokens, text, words, at)
            after = _english_on(tokens, text, end)
            if not before and not after:
                continue
            if cause_after and not before:
                # "Because of the drought, the reeds dried up": the cause first, the effect after the comma.
                effect = _english_on(tokens, text, after[-1] + 1) if after else []
                cause = after
            elif cause_after:
                cause, effect = after, before
            else:
                cause, effect = before, after
            if cause and effect:
                found.append(CauseLink(frozenset(base + index for index in cause),
                                       frozenset(base + index for index in effect),
                                       tuple(base + index for index in range(at, end))))
            break
    return tuple(found)


def _english_back(tokens, text: str, words: list[str], at: int) -> list[int]:
    """The English words of the clause before `at`: back to punctuation, a clause word or a verb of saying."""
    found = []
    for index in range(at - 1, -1, -1):
        if any(mark in _gap(text, tokens[index], tokens[index + 1]) for mark in _BREAKS + ".!?"):
            break
        if words[index] in _CLAUSE_WORDS or words[index] in _SPEECH:
            break
        found.insert(0, index)
    return found


def _english_on(tokens, text: str, start: int) -> list[int]:
    """The English words from `start` on to the next punctuation."""
    found = []
    for index in range(start, len(tokens)):
        if index > start and any(mark in _gap(text, tokens[index - 1], tokens[index]) for mark in _BREAKS + ".!?"):
            break
        found.append(index)
    return found


@per_text  # a bead's reading: kept on its view for a pair checked again
def reversed_causes(context: CheckContext, view: BeadView):
    """(Turkish link, English link) for each link of cause and effect the English turned round."""
    english = english_causes(view, context.alignment.trans.text)
    if not english:
        return
    links = context.links[view.index]
    for turkish in turkish_causes(context, view):
        cause = _rendered(links, turkish.cause)
        effect = _rendered(links, turkish.effect)
        cause, effect = cause - effect, effect - cause
        for link in english:
            cause_in_effect, cause_in_cause = len(cause & link.effect), len(cause & link.cause)
            effect_in_effect, effect_in_cause = len(effect & link.effect), len(effect & link.cause)
            if cause_in_effect > cause_in_cause and effect_in_cause >= effect_in_effect:
                yield turkish, link
                break


def _rendered(links, positions: frozenset[int]) -> set[int]:
    """The English positions that render the Turkish words at `positions`, by link or phrase."""
    found = {trans for orig, trans in links.links if orig in positions}
    for phrase in links.phrases:
        if any(token.position in positions for token in phrase.orig_tokens):
            found.update(token.position for token in phrase.rendered_by)
    return found
