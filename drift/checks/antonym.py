"""Direction or polarity reversed: the English uses the opposite verb ("genişledi" rendered "shrank").

Why it matters: "onayladı" (approved) rendered "vetoed", "arttı" (rose)
rendered "fell", "açıldı" (opened) rendered "closed" reverse the news while
every name and number still matches, and sentence vectors score opposites as
near neighbours.

The pairs come from a table of news verbs and nouns in both languages
(drift/checks/data/antonyms.tsv: families such as amount up/down,
approve/reject, allow/ban, win/lose, open/close, start/end, strengthen/weaken,
speed up/slow down, improve/worsen, import/export, buy/sell, release/arrest,
impose/lift, depart/arrive, keep/lose, stop/resume, online/offline, uphold
("haklı bulmak") / dismiss,
above/below ("üzerinde" / "below"), and more/less read from the Turkish
comparison: "daha" before a word (more; "daha az" less, not "daha önce" or
"bir kez daha"), "-dAn fazla" (more than), "-dAn az" (less than; not "az önce"
nor "en az"), against English more / less / fewer),
each Turkish word a key of the shipped lexicon whose senses include the
English words of its row. Turkish words are recognised by the lexicon's
lemmas (genişletildi -> genişletmek; "kabul etti" as a phrase; not a word in
its own right such as "büyük", nor a bare verbal noun such as "tutuklama", nor
a verb stem with a noun's ending: "Biden" is no form of bitmek),
English ones by their lemma (shrank, rose and fell are listed as they are).

Flagged: an aligned sentence pair where the Turkish has words of one pole of
a family only, none of them negated (a negation turns a verb into its
opposite: "kabul etmedi" is "rejected"), and the English has a word of the
other pole with no negation in the four words before it, and none of the
original's (words too general to prove the
opposite, such as "more" or "back", count only as keeping the direction).
Example: "Bölgesel ticaret hacmi genişledi." / "Regional trade volume shrank."
Expected: the lexicon's rendering of the Turkish word.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from drift.checks import check
from drift.checks._names import pair_views
from drift.checks.context import BeadView, CheckContext, make_finding
from drift.model import Category, Severity

TABLE = Path(__file__).resolve().parent / "data" / "antonyms.tsv"
# A lexicon lemma past the second is a far-fetched reading ("onayladı" as "ona"): only the first two count.
_LEMMAS_READ = 2
_WEAK_MARK = "~"


@dataclass(frozen=True)
class Pole:
    """One side of an antonym family: its Turkish words and its English words."""

    family: str
    pole: str
    turkish: tuple[str, ...]
    english: frozenset[str]
    english_weak: frozenset[str]
    first: str  # the row's first strong English word: the expected rendering when the lexicon gives none


@functools.cache
def antonym_table() -> tuple[Pole, ...]:
    """The shipped antonym table, row by row."""
    poles = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        family, pole, turkish, english = line.split("\t")
        words = english.split("|")
        poles.append(Pole(family, pole, tuple(turkish.split("|")),
                          frozenset(word for word in words if not word.startswith(_WEAK_MARK)),
                          frozenset(word[1:] for word in words if word.startswith(_WEAK_MARK)),
                          next(word for word in words if not word.startswith(_WEAK_MARK))))
    return tuple(poles)


# The comparison family's Turkish words (daha, fazla, az) are grammar, not vocabulary: they count only where they
# compare ("daha belirgin", "yarısından az"), never as words of their own ("en az": at least, "daha önce": before).
COMPARISON = "compare"
_ABLATIVE = ("dan", "den", "tan", "ten")
_NOT_COMPARING_AFTER = ("önce", "sonra", "evvel")  # "daha önce" (earlier), "az sonra" (shortly after)
_NOT_COMPARING_BEFORE = ("bir", "kez", "defa", "kere")  # "bir daha" (ever again), "bir kez daha" (once more)
# "daha düşük" (lower) may come out "less high" or "lower, so more affordable": a low word's comparative proves
# no pole, and only "daha az" is the less pole.
_LOW_WORDS = ("az", "düşük", "küçük", "kısa", "zayıf", "yavaş", "ucuz", "hafif", "alçak", "dar", "seyrek", "geri")


@functools.cache
def _turkish_index() -> dict[str, tuple[Pole, str]]:
    """Single Turkish words (verbs and nouns) -> their pole and the table word."""
    return {word: (pole, word) for pole in antonym_table() if pole.family != COMPARISON
            for word in pole.turkish if " " not in word}


def _comparison_poles(view: BeadView) -> list[tuple[Pole, str, int, int]]:
    """Turkish comparisons: "daha" + a word is more ("daha az" less), "-dAn fazla" more, "-dAn az" less."""
    poles = {word: pole for pole in antonym_table() if pole.family == COMPARISON for word in pole.turkish}
    words, tokens = view.orig_folded, view.orig_tokens
    found = []
    for index, word in enumerate(words):
        before = words[index - 1] if index else ""
        after = words[index + 1] if index + 1 < len(words) else ""
        if after in _NOT_COMPARING_AFTER:
            continue
        if word == "daha" and after and before not in _NOT_COMPARING_BEFORE:
            if after != "az" and after.startswith(_LOW_WORDS):
                continue
            table_word = "az" if after == "az" else "daha"
            found.append((poles[table_word], table_word, tokens[index].start, tokens[index + 1].end))
        elif word in ("az", "fazla") and before != "daha" and before.endswith(_ABLATIVE) and index:
            found.append((poles[word], word, tokens[index - 1].start, tokens[index].end))
    return found


@functools.cache
def _turkish_phrases() -> tuple[tuple[tuple[str, ...], tuple[str, ...], Pole, str], ...]:
    """Phrases ("kabul etmek"): their leading words, the stems of their final verb, pole and table word."""
    from drift.lexicon.morph import surface_stems

    found = []
    for pole in antonym_table():
        for word in pole.turkish:
            if " " in word:
                *head, verb = word.split()
                found.append((tuple(head), tuple(surface_stems(verb)), pole, word))
    return tuple(found)


def turkish_poles(context: CheckContext, view: BeadView) -> list[tuple[Pole, str, int, int]]:
    """The table words of a bead's Turkish side: (pole, table word, start, end) in reading order."""
    from drift.lexicon.lemma import turkish_lemmas
    from drift.lexicon.morph import starts_verb_form, surface_stems

    lexicon = context.resources.lexicon
    words, tokens = view.orig_folded, view.orig_tokens
    found = []
    index_words = _turkish_index()
    for index, word in enumerate(words):
        for head, stems, pole, table_word in _turkish_phrases():
            end = index + len(head)
            if end < len(words) and words[index:end] == head and words[end].startswith(stems):
                found.append((pole, table_word, tokens[index].start, tokens[end].end))
        if len(word) < 4:
            continue
        lemmas = turkish_lemmas(word, lexicon)[:_LEMMAS_READ]
        if lemmas and lemmas[0] == word and word not in index_words:
            continue  # a word in its own right ("büyük": big), not a form of the table's verb (büyümek)
        hit = next((lemma for lemma in lemmas if lemma in index_words), None)
        if hit is not None and hit.endswith(("mak", "mek")):
            if word in (hit[:-1], hit[:-3] + hit[-2]):
                continue  # the bare verbal noun ("tutuklama istemiyle": with a request for arrest) names no event
            if not any(word.startswith(stem) and starts_verb_form(word[len(stem):]) for stem in surface_stems(hit)):
                continue  # a verb stem with a noun's ending is another word ("Biden" is not bit-den)
        if hit is None:  # a noun of the table with an ending the lemmatiser does not take off (ithalatındaki)
            hit = next((noun for noun in index_words if not noun.endswith(("mak", "mek"))
                        and len(noun) >= 5 and word.startswith(noun)), None)
        if hit is not None:
            found.append((index_words[hit][0], hit, tokens[index].start, tokens[index].end))
    return sorted(found + _comparison_poles(view), key=lambda item: item[2])


def _english_matches(context: CheckContext, view: BeadView, family: str) -> dict[str, tuple[list, list]]:
    """For each pole of a family: (English tokens with a strong word of it, with a weak one)."""
    from drift.lexicon.lemma import english_lemma

    lexicon = context.resources.lexicon
    matches: dict[str, tuple[list, list]] = {}
    for pole in antonym_table():
        if pole.family != family:
            continue
        strong, weak = matches.setdefault(pole.pole, ([], []))
        for token in view.trans_tokens:
            word = token.text.lower()
            forms = {word, english_lemma(word, lexicon)}
            if forms & pole.english:
                strong.append(token)
            elif forms & pole.english_weak:
                weak.append(token)
    return matches


def _rendering(context: CheckContext, table_word: str, pole: Pole) -> str:
    """The lexicon's first sense of the Turkish word that its row lists as strong, else the row's first word."""
    return next((sense for sense in context.resources.lexicon.senses(table_word) if sense in pole.english),
                pole.first)


# How far a negation reaches: the table word itself, the light verb of its phrase or a değil after it.
_TURKISH_NEGATION_REACH = 2
# English negation before the opposite word ("did not fall", "has not been closed").
_ENGLISH_NEGATION_REACH = 4


@check("D418", "antonym", Category.MISTRANSLATION, Severity.MAJOR)
def antonym(context: CheckContext):
    from drift.checks.polarity import english_negations, turkish_negations

    for view in pair_views(context):
        orig = turkish_poles(context, view)
        if not orig:
            continue
        # Only a sure negation counts: a bare -mA is as often a noun (Depolama: storage).
        turkish_negated = [token.start for token in turkish_negations(context, view)[0]]
        english_negated = {token.position for token in english_negations(context, view)[0]}
        starts = [token.start for token in view.orig_tokens]
        families: dict[str, set[str]] = {}
        negated_families = set()
        for pole, _, start, end in orig:
            index = starts.index(start)
            reach = starts[index:index + (end > view.orig_tokens[index].end) + _TURKISH_NEGATION_REACH]
            if any(position in reach for position in turkish_negated):
                negated_families.add(pole.family)  # "onaylamadı" says the other pole
            families.setdefault(pole.family, set()).add(pole.pole)
        for family, poles in families.items():
            if len(poles) != 1 or family in negated_families:
                continue
            said = next(iter(poles))
            matches = _english_matches(context, view, family)
            kept_strong, kept_weak = matches.get(said, ([], []))
            wrong = next((token for name, (tokens, _) in matches.items() if name != said for token in tokens
                          if not english_negated & set(range(token.position - _ENGLISH_NEGATION_REACH,
                                                             token.position))), None)
            if wrong is None or kept_strong or kept_weak:
                continue
            pole, table_word, start, end = next(item for item in orig if item[0].family == family)
            expected = _rendering(context, table_word, pole)
            yield make_finding(
                antonym, view,
                message=f"The original says “{context.alignment.orig.text[start:end]}” ({table_word}: {expected}) "
                        f"but the English says “{wrong.text}”, its opposite.",
                trans=context.trans_span(wrong.start, wrong.end),
                orig=context.orig_span(start, end),
                expected=expected,
                evidence=f"{family}: Turkish {said} ({table_word}); English {wrong.text} is the other pole "
                         f"and no word of the original's pole is in the English",
            )
