"""The status of an event on each side of a pair: asked for, proposed, planned, under study, required or heard of.

Turkish puts the status of an event on the verb that governs it: a clause made a noun (-mAsI, -mAyI, -mAk)
before a verb of asking, proposing, planning, studying or needing ("kurulmasını önerdi": proposed that it be
set up; "genişletmeyi planlıyor": plans to widen; "ödemeleri gerekiyor": have to pay), or a noun object of a
verb of asking ("izin istedi": asked for leave); and it marks what it only heard with the evidential copula
after a tense or on a noun ("geliyormuş", "gelecekmiş", "yokmuş": reportedly). The English loses the status when
it drops the governing verb and tells the event as done, under way or decided. These readings give the Turkish
side (by the morphological analyser) and the English side (by closed word classes); D419 (modality.py) compares.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drift.text.tokens import Token

# Verbs that leave the event they govern still to come, by the analyser's lemma.
_GOVERNING_VERBS = {
    "istemek": "request", "önermek": "proposal", "planlamak": "plan", "hedeflemek": "plan", "amaçlamak": "plan",
    "tasarlamak": "plan", "düşünmek": "consideration", "değerlendirmek": "consideration",
    "tartışmak": "consideration", "görüşmek": "consideration", "incelemek": "consideration",
}
# Nouns that make such a verb with etmek ("talep etti", "tavsiye ediyor") or, in the locative, with bulunmak
# ("çağrısında bulundu", "önerisinde bulundu": made a call, a proposal).
_GOVERNING_NOUNS = {
    "talep": "request", "rica": "request", "istek": "request", "çağrı": "request", "tavsiye": "proposal",
    "öneri": "proposal", "teklif": "proposal", "tasarı": "plan", "plan": "plan",
}
# The first letters of every governor above (and of etmek, edilmek, bulunmak after a governing noun): only these
# words are given to the analyser.
_GOVERNOR_SHAPE = re.compile(r"^(?:iste|isten|öner|plan|hedef|amaç|tasarl|düşün|değerlendir|tartış|görüş|incele|"
                             r"gerek|zorunlu|şart|mecbur|et|ed|bulun)")
# Verbs of asking and proposing take a plain noun as what is asked for ("izin istedi"); the others need a
# clause, since "bir plan tartıştı" (discussed a plan) governs no event.
_NOUN_OBJECT_KINDS = frozenset(("request", "proposal"))
_NECESSITY_WORDS = frozenset(("gerekmek", "zorunlu", "şart", "mecbur"))
_PARTICLES = frozenset(("da", "de", "ise", "bile", "ayrıca", "yine"))
# A tense, a mood or a noun before the evidential -(y)mIş: hearsay ("geliyormuş", "gelecekmiş", "gelirmiş",
# "gelmeliymiş", "yokmuş"), not the -mIş past ("gelmiş"), which news uses as a plain past perfect too.
_BEFORE_HEARSAY = frozenset(("Prog1", "Prog2", "Fut", "Aor", "Neces", "Narr", "Zero"))
_THIRD_PERSON = frozenset(("A3sg", "A3pl"))


@dataclass(frozen=True)
class Governed:
    """A Turkish event under a verb that leaves it to come: the verb's first and last token, and the clause."""

    kind: str  # "request", "proposal", "plan", "consideration" or "necessity"
    first: Token  # the governing verb's first token ("talep" of "talep etti")
    last: Token  # its last token
    clause: Token | None  # the verb made a noun that names the event; None for a noun object ("izin istedi")


def governed_events(view) -> list[Governed]:
    """The events of a Turkish sentence that a verb of asking, proposing, planning, study or need leaves to come."""
    from drift.text.morphology import read

    folded, tokens = view.orig_folded, view.orig_tokens
    found = []
    for token in tokens:
        word = folded[token.position]
        if not _GOVERNOR_SHAPE.match(word):
            continue  # a word that cannot end a governor is not worth an analysis
        analysis = read(word)
        if analysis is None or analysis.negative:
            continue  # "istemedi" (did not want) and "gerekmiyor" (need not) leave nothing to come
        kind, first = _governor(view, token, analysis)
        if kind is None:
            continue
        clause = _clause_before(view, first)
        if clause is None and kind not in _NOUN_OBJECT_KINDS:
            continue
        if kind == "necessity" and clause is None:
            continue
        if not _predicate_like(view, token, analysis):
            continue
        found.append(Governed(kind, first, token, clause))
    return found


def _governor(view, token, analysis) -> tuple[str | None, Token]:
    """The kind of governing verb a token ends, and the governor's first token ("talep" + "etti")."""
    from drift.text.morphology import read

    folded = view.orig_folded
    if analysis.root_pos == "Verb" and analysis.lemma in _GOVERNING_VERBS:
        return _GOVERNING_VERBS[analysis.lemma], token
    if analysis.lemma in _NECESSITY_WORDS and (analysis.root_pos == "Verb" or analysis.pos in ("Adj", "Noun", "Verb")):
        return "necessity", token
    if token.position == 0:
        return None, token
    previous = view.orig_tokens[token.position - 1]
    before = read(folded[previous.position])
    if before is None:
        return None, token
    if analysis.lemma == "etmek" and before.lemma in _GOVERNING_NOUNS and not before.case:
        return _GOVERNING_NOUNS[before.lemma], previous
    if analysis.lemma == "bulunmak" and before.lemma in _GOVERNING_NOUNS and before.case == "Loc":
        return _GOVERNING_NOUNS[before.lemma], previous
    return None, token


def _clause_before(view, first):
    """The verb made a noun (-mA, -mAk) just before a governor ("kurulmasını önerdi"), passing a "da" or "de"."""
    from drift.text.morphology import analyses

    folded = view.orig_folded
    for position in range(first.position - 1, max(-1, first.position - 3), -1):
        word = folded[position]
        if word in _PARTICLES:
            continue
        # The analyser's first reading may be a noun that looks the same ("kurmayı": a staff officer, or to set up);
        # but a noun the dictionary makes of the verb ("görüşme": a meeting, "açıklama": a statement) names a
        # thing, not an event to come.
        readings = analyses(word)
        if readings and readings[0].root_pos == "Noun" and readings[0].lemma.endswith(("ma", "me")) and any(
                reading.lemma == readings[0].lemma + "k" for reading in readings):
            return None
        if any(reading.nominalisation in ("Inf1", "Inf2") and reading.root_pos == "Verb" for reading in readings):
            return view.orig_tokens[position]
        return None
    return None


_SAYING = re.compile(r"^(?:söyle|belirt|açıkla|ifade|kaydet|bildir|duyur|de[dm]i)")


def _predicate_like(view, token, analysis) -> bool:
    """Whether a governor is what the sentence asserts: a finite verb, a necessity word ending its clause, or a
    clause under a verb of saying ("önerdiğini söyledi"), not a participle before a noun ("istenen belgeler")."""
    folded = view.orig_folded
    following = folded[token.position + 1] if token.position + 1 < len(folded) else ""
    if analysis.finite:
        return following not in ("gibi",)
    if analysis.nominalisation in ("PastPart", "FutPart") and analysis.case in ("Acc", ""):
        return bool(_SAYING.match(following)) or bool(following) and bool(_SAYING.match(
            folded[token.position + 2] if token.position + 2 < len(folded) else ""))
    # "onaylaması zorunlu.", "yapılması şart": a necessity word that ends the sentence or its clause
    return analysis.lemma in _NECESSITY_WORDS and (not following or not following[0].isalpha() or following in (
        "ve", "ama", "fakat", "ancak"))


def hearsay(view) -> Token | None:
    """The Turkish predicate the evidential marks as heard ("saklıyormuş", "gelecekmiş", "yokmuş"), or None."""
    from drift.text.morphology import read

    folded, tokens = view.orig_folded, view.orig_tokens
    for token in tokens:
        word = folded[token.position]
        if not re.search(r"m[ıiuü]ş(?:l[ae]r)?$", word) or len(word) < 6:
            continue
        analysis = read(word)
        if analysis is None or not analysis.evidential or analysis.person not in _THIRD_PERSON:
            continue  # "yaşıyormuşuz" (we were living, we found) is a discovery, not a report
        morphemes = analysis.morphemes
        last = len(morphemes) - 1 - morphemes[::-1].index("Narr") if "Narr" in morphemes else -1
        # "Verb" is the analyser's step from a noun to its copula ("yok" Zero Verb Narr): look past it.
        before = next((name for name in morphemes[last - 1:0:-1] if name != "Verb"), "") if last > 0 else ""
        # "değilmiş" (reportedly is not) is the copula's; a verb's -mAmIş ("uygulanmamış") is the plain past negated.
        if (before not in _BEFORE_HEARSAY and analysis.lemma != "değil") or analysis.lemma == "gibi":
            continue
        following = folded[token.position + 1] if token.position + 1 < len(folded) else ""
        if following in ("gibi", "diye", "ki") or following.startswith("gibi"):
            continue  # "geliyormuş gibi": as if; "geliyormuş diye": saying that, the claim of the subject
        return token
    return None


# English words that keep an event still to come, or asked, proposed, planned, studied or needed.
ENGLISH_FRAME = frozenset(
    "ask asks asked asking request requests requested requesting seek seeks sought seeking want wants wanted "
    "wanting call calls called calling urge urges urged urging appeal appeals appealed plea pleas plead pleaded "
    "demand demands demanded demanding press presses pressed pressing push pushes pushing lobby lobbied lobbying "
    "apply applies applied applying application applications bid bids petition petitioned invite invited "
    "propose proposes proposed proposing proposal proposals suggest suggests suggested suggesting suggestion "
    "recommend recommends recommended recommending recommendation recommendations advise advises advised advising "
    "advice offer offers offered offering plan plans planned planning plot aim aims aimed aiming intend intends "
    "intended intending intention goal target targets targeted objective meant mean means scheduled schedule "
    "slated due envisage envisages envisaged hope hopes hoped hoping expect expects expected expecting wish "
    "consider considers considered considering consideration weigh weighs weighing mull mulls mulling think "
    "thinking contemplate contemplating evaluate evaluates evaluating study studies studying review reviewing "
    "examine examines examining explore explores exploring discuss discusses discussed discussing discussion "
    "discussions debate debates debating talks looking idea ideas option options agenda "
    "must should need needs needed necessary required require requires requirement obliged obligation "
    "compulsory mandatory ought supposed have has had having "
    "will would 'll shall may might could can cannot can't possibly likely unlikely probably perhaps maybe "
    "whether if unless to".split())
# "have", "has", "had" and "to" are frames only in "have to", "had to", "to be done", and in a time given to do a
# thing by ("have a month to apply", "has until Friday to pay": a deadline is a duty): read by the pattern below.
_LOOSE_FRAMES = frozenset(("have", "has", "had", "having", "to"))
_ENGLISH_FRAME_PHRASE = re.compile(
    r"\b(?:ha(?:ve|s|d|ving) (?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:more |full )?"
    r"(?:hour|day|week|month|year)s?|until [^.,;]{1,40}?) to \w+|ha(?:ve|s|d|ving) to|(?:is|are|was|were|be) (?:set |due |going |meant |scheduled |slated )?to "
    r"(?!(?:the|a|an|its|their|his|her)\b)\w+)\b", re.IGNORECASE)
# English verbs that tell a request as met or a proposal as decided: what was asked for was received, what was
# proposed was ordered ("received support", "has ordered", "set the date").
_ENGLISH_OUTCOME = frozenset(
    "receive receives received receiving get gets got gotten obtain obtains obtained win wins won secure secures "
    "secured gain gains gained grant granted award awarded "
    "order orders ordered decide decides decided decision rule rules ruled impose imposes imposed approve approves "
    "approved adopt adopts adopted mandate mandates mandated instruct instructs instructed direct directed decree "
    "decreed set fix fixed settle settled".split())
_PERFECT_PARTICIPLES = frozenset(
    "had made done put set built sent brought bought got taken given begun run cut paid kept left held found "
    "won spent sold told shut".split())
_ENGLISH_BE = frozenset("is are am was were".split())
_ENGLISH_HAVE = frozenset("has have had".split())
_NOT_SUBJECTS = frozenset("is was has does this its his us as thus plus yes whereas across less unless".split())
_PLURAL_SUBJECTS = frozenset("they we you i people children staff men women police everyone".split())
_ENGLISH_PARTICLES = frozenset("up down out off in on over away back around along through about".split())
_ENGLISH_ADVERBS = frozenset("also now already still just currently even again".split())
_ENGLISH_BLOCKING = frozenset(
    "to be been will would 'll shall should could may might can must the a an this that these those its their his "
    "her our my your of for by".split())


def english_frame(trans: str, words: set[str]) -> bool:
    """Whether the English keeps the event to come or under a governor (asked, proposed, planned, must ...)."""
    return bool(words & (ENGLISH_FRAME - _LOOSE_FRAMES)) or bool(_ENGLISH_FRAME_PHRASE.search(trans))


def english_outcome(view) -> Token | None:
    """An English verb that tells a request as met or a proposal as decided ("received", "ordered"), or the first
    verb of a perfect outside a relative clause ("have had them moved", "has been built"), or None."""
    tokens = view.trans_tokens
    found = next((token for token in tokens if token.text.lower() in _ENGLISH_OUTCOME), None)
    if found is not None:
        return found
    for index, token in enumerate(tokens[:-1]):
        following = tokens[index + 1].text.lower()
        if token.text.lower() in _ENGLISH_HAVE and (following in _PERFECT_PARTICIPLES or following.endswith(
                ("ed", "en", "wn")) or following == "been") and (
                index == 0 or tokens[index - 1].text.lower() not in ("who", "which", "that", "whose")):
            return token
    return None


def english_stated(view, token, auxiliary: bool = False) -> str:
    """How the English states the verb at `token`: "done", "under way", "as a habit", or "" for none of them.

    With `auxiliary`, only a verb whose auxiliary says so counts ("is building", "has built", "do not keep"), not a
    bare form, which may be a participle after its noun ("bread baked at the bakery")."""
    from drift.checks._roles import _IRREGULAR_PAST

    first = view.trans_tokens[0].position
    index = token.position - first
    before = [item.text.lower() for item in view.trans_tokens[max(0, index - 4):index]]
    while before and (before[-1] in _ENGLISH_ADVERBS or before[-1] in ("not", "n't", "never")):
        before.pop()
    previous = before[-1] if before else ""
    word = token.text.lower()
    if word in _ENGLISH_PARTICLES or word in ("not", "n't", "never") or not word[:1].isalpha():
        return ""  # "up" of "put up", "not" of "do not keep": the verb is read for itself
    if word.endswith("ing") and (previous in _ENGLISH_BE or previous == "being"):
        return "under way"
    if previous == "being" and len(before) > 1 and before[-2] in _ENGLISH_BE:
        return "under way"  # "is being built"
    if previous in _ENGLISH_HAVE or previous == "been" and len(before) > 1 and before[-2] in _ENGLISH_HAVE:
        return "done"
    if previous in ("do", "does"):
        return "as a habit"  # "tenants do not keep"
    if previous == "did":
        return "done"
    if auxiliary or previous in _ENGLISH_BLOCKING or word.endswith("ing"):
        return ""
    if previous in ("was", "were") or word.endswith("ed") or word in _IRREGULAR_PAST:
        return "done"
    # "Pupils carry the chairs", "they keep": a plain present after a plural or a pronoun states what they do
    # (after another word it is as likely a noun: "show respect").
    if (previous.endswith("s") and previous not in _NOT_SUBJECTS or previous in _PLURAL_SUBJECTS) and \
            not word.endswith(("ly", "s")):
        following = view.trans_tokens[index + 1].text.lower() if index + 1 < len(view.trans_tokens) else ""
        if following not in ("of",):
            return "as a habit"
    return ""
