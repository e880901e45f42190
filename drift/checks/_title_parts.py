"""Parts of Turkish titles that change whose office a title names: ranks, academic titles and scopes.

Read from drift/checks/data/title_parts.tsv (its header gives the provenance):
- a rank ("Yardımcısı", "Vekili") after an office makes its holder the office's deputy, so "Genel Müdür
  Yardımcısı" is one title (deputy general manager), never "Yardımcısı" alone;
- an academic title ("Prof. Dr.", "Doç. Dr.") or a military grade ("Tuğgeneral", "Yarbay") before a name is a rank,
  not an office: it heads nothing;
- a scope ("Şube", "İl") before an office puts it over one part of its body ("Eskişehir Şube Başkanı": the head of
  the Ankara branch, not of the whole association).
"""

from __future__ import annotations

import functools

from dataclasses import dataclass
from pathlib import Path

from drift.lexicon import fold_key
from drift.text.tokens import Token

TABLE = Path(__file__).resolve().parent / "data" / "title_parts.tsv"
# Endings a rank or scope word takes in a title: the compound's possessive ("Yardımcısı", "Vekili") or none.
_POSSESSIVE = ("", "sı", "si", "su", "sü", "ı", "i", "u", "ü")
# The table's kinds written before a name as a rank that heads nothing.
RANK_KINDS = ("academic", "grade")
# Most words an academic title is written in ("Dr. Öğr. Üyesi").
_ACADEMIC_WORDS = 3


@dataclass(frozen=True)
class TitlePart:
    """One row of the table: its kind (rank, academic, grade, scope, head), its folded Turkish words and English renderings."""

    kind: str
    turkish: tuple[str, ...]
    english: tuple[str, ...]


@functools.cache
def title_parts() -> tuple[TitlePart, ...]:
    """The shipped table of title parts, row by row."""
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, turkish, english = line.split("\t")
        rows.append(TitlePart(kind, tuple(turkish.split()), tuple(english.split("|"))))
    return tuple(rows)


@functools.cache
def _single_words(kind: str) -> dict[str, tuple[str, ...]]:
    return {row.turkish[0]: row.english for row in title_parts() if row.kind == kind and len(row.turkish) == 1}


def _part_of(kind: str, token: Token | str) -> tuple[str, ...]:
    folded = fold_key(token if isinstance(token, str) else token.stem)
    words = _single_words(kind)
    for ending in _POSSESSIVE:
        word = folded[:len(folded) - len(ending)]
        if folded.endswith(ending) and word in words:
            return words[word]
    return ()


@functools.cache
def _academic_rows() -> dict[str, tuple[TitlePart, ...]]:
    """The academic titles and military grades by their first folded word."""
    rows: dict[str, list[TitlePart]] = {}
    for row in title_parts():
        if row.kind in RANK_KINDS:
            rows.setdefault(row.turkish[0], []).append(row)
    return {first: tuple(found) for first, found in rows.items()}


def rank_renderings(token: Token) -> tuple[str, ...]:
    """The English ranks of a deputy's rank word ("Yardımcısı": deputy, vice, assistant), () for any other word."""
    return _part_of("rank", token)


def scope_renderings(token: Token | str) -> tuple[str, ...]:
    """The English of a word that scopes an office to part of its body ("Şube": branch), () for any other word."""
    return _part_of("scope", token)


def academic_title(tokens: tuple[Token, ...], index: int, text: str) -> tuple[int, tuple[str, ...]]:
    """The academic title or military grade written from tokens[index] on ("Prof. Dr.", "Doç. Dr.", "Dr. Öğr.
    Üyesi", "Tuğgeneral"): the index
    after it and its English renderings, or (index, ()) when none starts there. Its words may be joined by
    a dot and a space, as abbreviations are."""
    rows = _academic_rows()
    end, english = index, []
    while end < len(tokens):
        if not tokens[end].stem[:1].isupper() or fold_key(tokens[end].stem) not in rows:
            break  # most words start no academic title: one look-up each
        for size in range(min(_ACADEMIC_WORDS, len(tokens) - end), 0, -1):
            words = tokens[end:end + size]
            if any(text[left.end:right.start].strip(". ") for left, right in zip(words, words[1:])):
                continue
            folded = tuple(fold_key(word.stem) for word in words)
            row = next((row for row in rows[folded[0]] if row.turkish == folded), None)
            if row is not None:
                english.extend(row.english)
                end += size
                break
        else:
            break
        if end < len(tokens) and text[tokens[end - 1].end:tokens[end].start].strip(". "):
            break  # a comma or another word ends the title
    return end, tuple(dict.fromkeys(english))


# English academic titles that name no rank of the professoriate: a doctor's degree, a medical specialty. They may
# stand beside any rank ("Associate Professor Dr."), so a rank is compared without them.
_NOT_RANKS = frozenset({"doctor", "dr", "specialist"})
# English abbreviations of rank words ("Assoc. Prof."), read as the words they stand for.
_ENGLISH_ABBREVIATIONS = {"prof": "professor", "assoc": "associate", "asst": "assistant", "ass't": "assistant"}


@functools.cache
def academic_ranks() -> frozenset[str]:
    """The English academic ranks of the table: professor, associate professor, lecturer ..."""
    return frozenset(english for row in title_parts() if row.kind == "academic" for english in row.english
                     if english not in _NOT_RANKS)


@functools.cache
def grade_ranks() -> frozenset[str]:
    """The English military ranks of the table: rear admiral, lieutenant colonel, major ..."""
    return frozenset(english for row in title_parts() if row.kind == "grade" for english in row.english)


def english_rank(words: list[str], ranks: frozenset[str] | None = None) -> str:
    """The rank (academic unless `ranks` says which) that a run of English words ends with ("Associate Professor",
    "Assoc. Prof.", "Rear Admiral"), or ""."""
    folded = [_ENGLISH_ABBREVIATIONS.get(word.lower().rstrip("."), word.lower().rstrip(".")) for word in words]
    ranks = academic_ranks() if ranks is None else ranks
    for size in (3, 2, 1):
        if len(folded) >= size and " ".join(folded[-size:]) in ranks:
            return " ".join(folded[-size:])
    return ""


# The shortest noun a head prefix is read before ("baş" + "hekim"): shorter rests are other words ("başka", "başak").
_MIN_HEADED = 4


def head_compound(word: str, lexicon) -> tuple[str, tuple[str, ...]]:
    """A head of a group of people written with the head prefix ("Başantrenörü": baş + antrenör, head coach), when the
    lexicon lacks the whole word: (key, the renderings: each head word of the table before each of the noun's first
    renderings that is a person), or ("", ()) for any other word."""
    from drift.lexicon.lemma import turkish_lemmas
    from drift.lexicon.thesaurus import load_thesaurus

    folded = fold_key(word)
    for prefix, english in _single_words("head").items():
        rest = word[len(prefix):]
        if not folded.startswith(prefix) or len(rest) < _MIN_HEADED or turkish_lemmas(word, lexicon):
            continue
        lemmas = [lemma for lemma in turkish_lemmas(rest, lexicon)[:1] if len(lemma) >= _MIN_HEADED]
        if not lemmas:
            continue
        thesaurus = load_thesaurus()
        people = [sense for sense in lexicon.senses(lemmas[0])[:3] if thesaurus.is_kind_of(sense, "person")]
        if people:
            return prefix + lemmas[0], tuple(f"{head} {sense}" for sense in people for head in english)
    return "", ()


# A word the table lacks is a qualifier when one of its first lexicon senses is the first English word of a row
# ("onursal": honorary, as "fahri" is): Turkish has several words for each, the table one of them.
_QUALIFIER_SENSES = 2


def qualifier_renderings(token: Token | str, lexicon=None) -> tuple[str, ...]:
    """The English of a word before an office that says the holder no longer holds it, holds it in name only or for
    the time being ("eski": former, ex-; "fahri", "onursal": honorary; "geçici": interim), () for any other word. Read
    uninflected only: "eskisi" is the old one. With the lexicon, a word the table lacks is read by its first senses."""
    folded = fold_key(token if isinstance(token, str) else token.stem)
    words = _single_words("qualifier")
    if folded in words or lexicon is None:
        return words.get(folded, ())
    by_first = {english[0]: english for english in words.values()}
    for sense in lexicon.senses(folded)[:_QUALIFIER_SENSES]:
        if sense in by_first:
            return by_first[sense]
    return ()
