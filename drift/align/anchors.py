"""The aligner's anchors: numbers, codes, names and dates two sentences share, and the ones they may share.

A key is certain or optional. Certain keys are those of `drift.text.anchors`
(digits, codes, name stems), read more carefully: an acronym written with
Turkish capitals ("TÜKED'deki", "SİVEKs") is a code, not also a name; a word
that is a month or a weekday ("Haziran'da", "Monday") gives its month or
weekday ("@m6", "@w0"), which the other language names in its own words.
(Making a sentence's capitalised first word optional was tried and dropped:
with fewer keys diluting the agreement, loose pairs inside a line and merges
of quoted speech won over gold omissions, additions and 1-1 pairs.)

Optional keys (written with a leading "?") say what a sentence names in other
words: a body or term of the table of Turkish acronyms
(drift/checks/data/turkish_acronyms.tsv) spelled out in the sentence's own
language ("small and medium-sized enterprises", "küçük ve orta büyüklükteki
işletmeler") or abbreviated the English way ("SMEs", "GDP"), and the initials
of a run of capitalised words ("International Monetary Fund": imf;
"Çalışma ve Sosyal Güvenlik Bakanlığı": csgb). The words of a spelled-out name
are optional too: they are the other language's acronym in disguise. An
optional key counts only when the other side has the same key as a certain one
(`drift.align.costs`): a spelled-out name links a sentence to its acronym, and
an unmatched one does not dilute the keys the two sentences do share. Two
optional keys do not match: a multi-word name written alike on both sides
already shares its name stems, and its initials would count it twice.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from drift.model import Language
from drift.text.fold import fold_case

OPTIONAL = "?"
# As drift.text.fold's: letters with no diacritic to strip that still differ from ASCII.
_ASCII_LETTERS = str.maketrans({"ı": "i", "ß": "s", "ø": "o", "æ": "a", "œ": "o", "đ": "d", "ł": "l"})

# As in drift.text.anchors: the digits alone are a number's key ("3,5" and "3.5" agree).
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SEPARATORS = re.compile(r"[.,]")
_UPPER = "A-ZÇĞİÖŞÜÂÎÛ"
# A code mixes letters with digits (S-400, F-35, COVID-19) or is an acronym in either alphabet (NATO, TÜFE, ÇSGB),
# which may take a Turkish suffix after an apostrophe or an English plural s ("KOBİ'leri", "SMEs").
_CODE = re.compile(rf"\b(?:[A-Za-z]+-?\d+[A-Za-z0-9]*|[{_UPPER}]{{2,}}[0-9]*)(?=['’]|s\b|\b)")
# A capitalised word (not all capitals), with a Turkish case suffix after an apostrophe left off.
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_NAME_STEM = 4
_NAME_LETTERS = 4

TABLE_PATH = Path(__file__).resolve().parent.parent / "checks" / "data" / "turkish_acronyms.tsv"

# Words a spelled-out name or a run of capitalised words may hold between its content words.
_LINKS = {
    True: frozenset({"ve", "ile", "için", "icin"}),
    False: frozenset({"of", "and", "for", "the", "on", "in", "at", "de", "&"}),
}
# Articles that open an English name without being part of its initials ("the International Monetary Fund").
_ARTICLES = frozenset({"the", "a", "an"})
# Letters a word of a spelled-out name and the word in the sentence must share: enough to see "institution" in
# "institutions", "işletme" in "işletmelerin", short of telling "medium" from "media".
_STEM_LETTERS = 6
# A spelled-out name is seen when at least this share of its content words (and at least two, or all when it has
# one) stand within a window of its length plus this many words.
_SHARE = 2 / 3
_SLACK = 3


@dataclass(frozen=True)
class _Entry:
    """One row of the acronym table as the aligner reads it: its key and its content words' stems per language."""

    key: str
    turkish: tuple[str, ...]
    english: tuple[str, ...]

    def stems(self, turkish: bool) -> tuple[str, ...]:
        return self.turkish if turkish else self.english


# The country's own name is in many of the table's names ("Turkish Grain Board") and in many sentences: it tells
# nothing of which body is meant.
_COUNTRY = frozenset({"turkish", "turkey", "turkiye", "turk"})


@lru_cache(maxsize=65536)
def _fold(word: str, turkish: bool) -> str:
    """A word lower-cased (Turkish I and İ as Turkish has them) and stripped of diacritics: a key, not text.

    Unlike drift.text.fold, which keeps every offset and folds a character at a time, this may change the length;
    the table's names and every sentence's words are folded here alike.
    """
    if turkish:
        word = word.replace("I", "ı").replace("İ", "i")
    decomposed = unicodedata.normalize("NFKD", word.lower().translate(_ASCII_LETTERS))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _content_stems(name: str, turkish: bool) -> tuple[str, ...]:
    words = [_fold(word, turkish) for word in _WORD.findall(name)]
    return tuple(dict.fromkeys(word[:_STEM_LETTERS] for word in words
                               if word not in _LINKS[turkish] and word not in _COUNTRY and len(word) > 1))


def _initials(name: str) -> set[str]:
    """An English name's initials, a hyphenated word giving one letter or one per part ("SME", "NGO")."""
    variants = {""}
    for word in _WORD.findall(_fold(name, False)):
        if word in _LINKS[False]:
            continue
        parts = [part for part in word.split("-") if part]
        whole, each = word[0], "".join(part[0] for part in parts)
        variants = {v + whole for v in variants} | ({v + each for v in variants} if each != whole else set())
    return {v for v in variants if len(v) >= 2}


@dataclass(frozen=True)
class _Table:
    """The acronym table indexed for the aligner: each stem to the entries whose name has it, per language, and
    each English abbreviation of an English name to the entries' keys."""

    by_stem: dict[tuple[bool, str], tuple[_Entry, ...]]
    by_initials: dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def _table() -> _Table:
    """The table of Turkish acronyms (drift/checks/data/turkish_acronyms.tsv), read once."""
    by_stem: dict[tuple[bool, str], list[_Entry]] = {}
    by_initials: dict[str, set[str]] = {}
    if TABLE_PATH.exists():
        for line in TABLE_PATH.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            letters, _kind, _use, english, turkish = line.split("\t")
            key = _fold(letters, True).replace("-", "")
            entry = _Entry(key, _content_stems(turkish, True), _content_stems(english, False))
            for language in (True, False):
                for stem in entry.stems(language):
                    by_stem.setdefault((language, stem), []).append(entry)
            for short in _initials(english) - {key}:
                by_initials.setdefault(short, set()).add(key)
    return _Table({stem: tuple(entries) for stem, entries in by_stem.items()},
                  {short: frozenset(keys) for short, keys in by_initials.items()})


@lru_cache(maxsize=65536)
def _entries_of(word: str, turkish: bool) -> tuple[tuple[_Entry, str], ...]:
    """The table entries whose name has a stem the folded word starts with, each with that stem."""
    by_stem = _table().by_stem
    return tuple((entry, word[:length]) for length in range(2, min(len(word), _STEM_LETTERS) + 1)
                 for entry in by_stem.get((turkish, word[:length]), ()))


def _spelled_out(words: list[str], turkish: bool) -> list[tuple[str, frozenset[int]]]:
    """Table entries whose name the folded words spell out, each with the positions of the words that spell it.

    A stem is at most `_STEM_LETTERS` long, so each word is looked up by its first two to six letters: a few
    dictionary look-ups a word, whatever the size of the table.
    """
    seen: dict[str, tuple[_Entry, dict[str, int]]] = {}
    for position, word in enumerate(words):
        for entry, stem in _entries_of(word, turkish):
            seen.setdefault(entry.key, (entry, {}))[1].setdefault(stem, position)
    matches = []
    for entry, found in seen.values():
        stems = entry.stems(turkish)
        positions = list(found.values())
        needed = max(min(2, len(stems)), _SHARE * len(stems))
        if len(positions) >= needed and max(positions) - min(positions) < len(stems) + _SLACK:
            matches.append((len(positions) / len(stems), entry.key, frozenset(positions)))
    # A longer name read in the same words wins: "Ministry of Labour and Social Security" is not also the social
    # security body, "İzmir Water and Sewerage Administration" not also Ankara's.
    matches.sort(key=lambda item: (-item[0], -len(item[2]), item[1]))
    kept: list[tuple[str, frozenset[int]]] = []
    for _, key, positions in matches:
        if not any(positions <= other for _, other in kept):
            kept.append((key, positions))
    return kept


def _capital_runs(tokens: list[tuple[str, str]], turkish: bool) -> list[list[int]]:
    """Runs of two or more capitalised words (not acronyms), linked by small words: the positions of their words."""
    runs, current, pending = [], [], []
    for k, (word, folded) in enumerate(tokens):
        capital = word[0].isupper() and not word.isupper() and folded not in _ARTICLES
        if capital:
            current.extend(pending)
            pending = []
            current.append(k)
        elif current and folded in _LINKS[turkish]:
            pending.append(k)
        else:
            if sum(tokens[i][1] not in _LINKS[turkish] for i in current) >= 2:
                runs.append(current)
            current, pending = [], []
    if sum(tokens[i][1] not in _LINKS[turkish] for i in current) >= 2:
        runs.append(current)
    return runs


@lru_cache(maxsize=2)
def _calendar_words(turkish: bool) -> re.Pattern[str]:
    """The start of any month or weekday name, full or abbreviated, in the folded text of one language."""
    from drift.text.dates import calendar_names

    names = calendar_names(Language.TURKISH if turkish else Language.ENGLISH)
    alternation = "|".join(sorted((re.escape(name) for name in names), key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternation})")


def _dates(text: str, turkish: bool):
    """The dates of a sentence (drift.text.dates), read only when a month or weekday name may be in it: most
    sentences have none, and the date reader is many patterns."""
    if not _calendar_words(turkish).search(fold_case(text, turkish)):
        return ()
    from drift.text.dates import find_dates

    return find_dates(text, Language.TURKISH if turkish else Language.ENGLISH)


@lru_cache(maxsize=16384)
def alignment_anchors(text: str, turkish: bool) -> frozenset[str]:
    """The anchor keys of one sentence: certain ones ('#digits', '=code', '~name-stem', '@m4', '@w0') and
    optional ones, the same with a leading '?'."""
    keys: set[str] = set()
    optional: set[str] = set()
    for match in _NUMBER.finditer(text):
        keys.add("#" + _SEPARATORS.sub("", match.group()))
    codes = [match for match in _CODE.finditer(text)]
    for match in codes:
        keys.add("=" + _fold(match.group(), turkish))
    date_spans = []
    for mention in _dates(text, turkish):
        if mention.month is not None:
            keys.add(f"@m{mention.month}")
        if mention.weekday is not None:
            keys.add(f"@w{mention.weekday}")
        date_spans.extend((span.start, span.end) for span in (mention.month_span, mention.weekday_span)
                          if span is not None)
    if not turkish:
        initials = _table().by_initials
        for match in codes:
            for key in initials.get(_fold(match.group(), False), ()):
                optional.add("=" + key)
    tokens = [(match, _fold(match.group(), turkish)) for match in _WORD.finditer(text)]
    folded = [word for _, word in tokens]
    disguised: set[int] = set()
    for key, positions in _spelled_out(folded, turkish):
        optional.add("=" + key)
        disguised |= positions
    for run in _capital_runs([(match.group(), word) for match, word in tokens], turkish):
        letters = "".join(tokens[k][0].group()[0] for k in run if tokens[k][1] not in _LINKS[turkish])
        optional.add("=" + _fold(letters, turkish))
    taken = date_spans + [match.span() for match in codes]
    for k, (match, word) in enumerate(tokens):
        surface = match.group()
        if len(surface) < _NAME_LETTERS or not surface[0].isupper() or surface.isupper():
            continue
        if any(start <= match.start() < end for start, end in taken):
            continue
        key = "~" + word[:_NAME_STEM]
        (optional if k in disguised else keys).add(key)
    return frozenset(keys) | frozenset(OPTIONAL + key for key in optional - keys)
