"""Modal frames: what each side puts an event under (a condition, a question, a rule, a denial, an intention).

A frame is read from a small data table of cues (drift/checks/data/modal_frames.tsv), so a new surface form is a row,
not code: the Turkish side by the morphological analyser (drift.text.morphology: a mood, a lemma, a noun and its light
verb, a converb echoed by its negation), the English by regular expressions. D419's basis `frame` compares the two
readings of an aligned sentence pair (drift/checks/modality.py). Pure readings: no findings are made here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).resolve().parent / "data" / "modal_frames.tsv"

# Which frames of the English keep a Turkish frame: the frame itself, or one a faithful paraphrase may use ("if" keeps
# an open question, "can" a permission, "could" an ability).
KEEPS = {
    "condition": frozenset(("condition", "question")),
    "question": frozenset(("question", "condition")),
    "necessity": frozenset(("necessity",)),
    "ability": frozenset(("ability", "permission")),
    "permission": frozenset(("permission", "ability")),
    "ban": frozenset(("ban",)),
    "denial": frozenset(("denial",)),
    "confirmation": frozenset(("confirmation",)),
    "intention": frozenset(("intention",)),
}
# The English frames that turn a Turkish one round or water a rule down: a ban told as a permission, advice or a mere
# restriction; a permission as a ban or a duty; must as may; a confirmation as a denial.
OPPOSES = {
    "ban": frozenset(("permission", "advice", "restriction")),
    "permission": frozenset(("ban", "necessity")),
    "necessity": frozenset(("permission", "advice")),
    "ability": frozenset(("necessity",)),
    "denial": frozenset(("confirmation",)),
    "confirmation": frozenset(("denial",)),
}
# The frames whose loss alone, with nothing kept and nothing put in their place, states the event as plain fact: an
# open question answered, a condition met, a ban or a permission gone, a denial turned into the claim, an intention
# into a settled fact. A necessity, an ability and a confirmation dropped are read by D419's older bases.
DROPPED = frozenset(("condition", "question", "ban", "permission", "denial", "intention"))
# The English frames an English may not add to a Turkish sentence that has no frame at all (and no negation): a ban
# or a permission the original does not state. Only the unambiguous cues (role `frame`), not may / can / cannot.
ADDED = frozenset(("ban", "permission"))


@dataclass(frozen=True)
class Cue:
    """One row of the table."""

    frame: str
    side: str  # "tr" or "en"
    role: str  # "frame", "weak" (a frame only against another frame), "keep" (shows the frame is there) or "except"
    kind: str
    pattern: str
    negated: str  # the frame a negated Turkish verb of the cue sets instead, or ""
    source: str


@dataclass(frozen=True)
class Mark:
    """A frame read on one side: the frame, its cue's role, and where (Turkish: word indexes; English: characters)."""

    frame: str
    role: str
    start: int
    end: int  # Turkish: the index of the last word; English: the end offset
    text: str


@lru_cache(maxsize=1)
def cues() -> tuple[Cue, ...]:
    """The table's rows (comments and the header skipped)."""
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("frame\t"):
            continue
        frame, side, role, kind, pattern, negated, source = line.split("\t")
        rows.append(Cue(frame, side, role, kind, pattern, "" if negated == "-" else negated, source))
    return tuple(rows)


@lru_cache(maxsize=1)
def _english_patterns() -> tuple[tuple[Cue, re.Pattern], ...]:
    return tuple((cue, re.compile(rf"(?<![\w'’-])(?:{cue.pattern})(?![\w'’-])", re.IGNORECASE))
                 for cue in cues() if cue.side == "en")


@lru_cache(maxsize=4096)  # a sentence is read once per process, whichever beads it is part of
def english_frames(text: str) -> tuple[Mark, ...]:
    """The frames an English sentence states; a cue inside a longer one ("allowed" in "not allowed") is dropped."""
    found = [(match.start(), match.end(), cue) for cue, pattern in _english_patterns()
             for match in pattern.finditer(text)]
    # "May" inside a sentence is the month.
    found = [(start, end, cue) for start, end, cue in found if not (start and text[start:end] == "May")]
    kept = [(start, end, cue) for start, end, cue in found
            if not any(other_start <= start and end <= other_end and (other_end - other_start) > (end - start)
                       for other_start, other_end, _ in found)]
    # Two rows may read the same words as one frame ("not allowed"): one mark each.
    return tuple(sorted({Mark(cue.frame, cue.role, start, end, text[start:end]) for start, end, cue in kept},
                        key=lambda mark: (mark.start, mark.end, mark.frame, mark.role)))


_SECOND_PERSON = frozenset(("A2sg", "A2pl"))
_CONCESSIVE_AFTER = frozenset(("da", "de", "olsun", "bile"))
_NOUN_CLAUSES = frozenset("Inf1 Inf2 PastPart FutPart PresPart".split())


@lru_cache(maxsize=32)
def _excluded(frame: str) -> re.Pattern | None:
    patterns = [cue.pattern for cue in cues() if cue.side == "tr" and cue.role == "except" and cue.frame == frame]
    return re.compile("|".join(patterns)) if patterns else None


@lru_cache(maxsize=4096)
def turkish_frames(words: tuple[str, ...], capitalised: tuple[bool, ...] = ()) -> tuple[Mark, ...]:
    """The frames a Turkish sentence states, its words folded (lower case, Turkish i); `capitalised` marks the words
    written with a capital inside the sentence (names: "Bursa" is no conditional of burmak)."""
    from drift.text.morphology import analyses

    marks = []
    readings = [analyses(word) if word[:1].isalpha() else () for word in words]
    for cue in cues():
        if cue.side != "tr" or cue.role == "except":
            continue
        excluded = _excluded(cue.frame)
        for index, word in enumerate(words):
            if excluded is not None and excluded.fullmatch(word):
                continue
            if cue.kind == "mood" and index < len(capitalised) and capitalised[index]:
                continue
            found = _turkish_cue(cue, words, readings, index)
            if found is None:
                continue
            frame, last = found
            marks.append(Mark(frame, cue.role, index, last, " ".join(words[index:last + 1])))
    return tuple(sorted(set(marks), key=lambda mark: (mark.start, mark.end, mark.frame)))


# The tenses a conditional -(y)sA follows in a condition ("olursa", "verdiyse", "olacaksa", "yapmazsa"); after a noun
# made of a verb it is a copula of comparison or topic instead ("almaktansa": rather than taking).
_TENSES = frozenset("Aor Past Fut Prog1 Prog2 Narr Neces".split())


def _after_tense(morphemes: tuple[str, ...]) -> bool:
    return any(morpheme == "Cond" and index and morphemes[index - 1] in _TENSES
               for index, morpheme in enumerate(morphemes))


def _turkish_cue(cue: Cue, words: tuple[str, ...], readings: list, index: int) -> tuple[str, int] | None:
    """The frame and last word index a cue reads at one word, or None."""
    word, reading = words[index], readings[index]
    following = words[index + 1] if index + 1 < len(words) else ""
    if cue.kind == "word":
        return (cue.frame, index) if re.fullmatch(cue.pattern, word) else None
    if cue.kind in ("lemma", "predicate"):
        lemmas = set(cue.pattern.split("|"))
        # A predicate is the sentence's only as a verb or in the nominative: "şart" is a necessity, "şartlarda"
        # (in the conditions) none.
        match = next((item for item in reading if item.lemma in lemmas
                      and (cue.kind == "lemma" or item.root_pos == "Verb" or not item.case)), None)
        if match is None:
            return None
        return (cue.negated or cue.frame, index) if match.negative and cue.negated else (cue.frame, index)
    if cue.kind == "mood":
        if following in _CONCESSIVE_AFTER or not reading:
            return None
        # A mood read on a word the analyser prefers as a noun ("kasa", "hisse") is no verb of the sentence.
        if reading[0].root_pos != "Verb":
            return None
        match = next((item for item in reading if cue.pattern in item.moods and item.finite
                      and item.person not in _SECOND_PERSON
                      and (cue.pattern != "conditional" or _after_tense(item.morphemes))), None)
        if match is None or (cue.pattern == "ability" and match.negative):
            return None
        return cue.frame, index
    if cue.kind == "clause":
        if index == 0 or not re.fullmatch(cue.pattern, word):
            return None
        if any(item.root_pos == "Verb" and item.nominalisation in _NOUN_CLAUSES for item in readings[index - 1]):
            return cue.frame, index
        return None
    if cue.kind == "light":
        noun, verb = cue.pattern.split()
        if word != noun or index + 1 >= len(words):
            return None
        match = next((item for item in readings[index + 1] if item.lemma == verb), None)
        if match is None:
            return None
        return (cue.negated or cue.frame, index + 1) if match.negative and cue.negated else (cue.frame, index + 1)
    if cue.kind == "echo":
        # "kapanıp kapanmadığı", "olup olmayacağı": a -(y)Ip converb and the same verb negated right after it.
        if index + 1 >= len(words):
            return None
        converb = {item.lemma for item in reading if item.root_pos == "Verb" and item.nominalisation == "AfterDoingSo"}
        if converb and any(item.lemma in converb and item.negative for item in readings[index + 1]):
            return cue.frame, index + 1
        return None
    return None
