"""English synonym sets, their near neighbours, kinds and antonyms (English WordNet 3.1, built by tools/build_thesaurus.py).

Pure lookups over a table read once, lazily: the file is about 1 MB and is read only by the parts that
compare English wording (reference mode, meaning checks). Words are looked up lower case, as base forms
("preside", "set aside"); the caller lemmatises. The word index is prebuilt beside the table
(thesaurus-words.tsv.gz, drift.lexicon.table); a synset's columns are parsed when first asked for, so that
loading stays short.

Two words are *synonyms* when one synset holds both; they are *near* when a synset of one is a synset of
the other or one WordNet link away from it (a direct hypernym: "ruling" is a "decision"; "similar to"
adjectives; verb groups; "also see"). They are *antonyms* when WordNet links a synset of one to a synset
of the other as opposites ("raise" / "lower", "ban" / "permit"). A noun is a *kind of* another when a
synset of the other is among the hypernyms of one of its synsets, however far up ("attaché": diplomat,
official, person).
"""

from __future__ import annotations

import functools
import gzip
import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from drift.lexicon.table import read_table

DATA = Path(__file__).resolve().parent / "data" / "thesaurus.tsv.gz"
# The word index (word -> its synset numbers) of that table, prebuilt by tools/build_thesaurus.py.
INDEX = DATA.with_name("thesaurus-words.tsv.gz")

_LITERALS, _NEAR, _ANTONYMS, _HYPERNYMS = 1, 2, 3, 4


class _Column:
    """One column of every synset's row, parsed on first access: literals (words) or synset numbers."""

    def __init__(self, rows: tuple[str, ...], column: int) -> None:
        self._rows = rows
        self._column = column
        self._parsed: dict[int, tuple] = {}

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, synset: int) -> tuple:
        found = self._parsed.get(synset)
        if found is None:
            fields = self._rows[synset].split("\t")
            raw = fields[self._column] if len(fields) > self._column else ""
            if self._column == _LITERALS:
                found = tuple(word for word in raw.split("|") if word)
            elif self._column == _NEAR:  # the other near links and the direct hypernyms
                found = tuple(sorted({int(item) for part in (raw, *fields[_HYPERNYMS:_HYPERNYMS + 1])
                                      for item in part.split("|") if item}))
            else:
                found = tuple(int(item) for item in raw.split("|") if item)
            self._parsed[synset] = found
        return found


@dataclass(frozen=True, eq=False)
class Thesaurus:
    """The table: per synset its part of speech, literals, near, antonym and hypernym synsets; per word its synsets.

    Compared and hashed by identity, so it can key caches.
    """

    rows: tuple[str, ...]
    index: Mapping[str, tuple[int, ...] | list[int]]

    @functools.cached_property
    def pos(self) -> str:
        """One letter per synset (n, v, a, r)."""
        return "".join(row[0] for row in self.rows)

    @functools.cached_property
    def literals(self) -> _Column:
        return _Column(self.rows, _LITERALS)

    @functools.cached_property
    def near(self) -> _Column:
        return _Column(self.rows, _NEAR)

    @functools.cached_property
    def antonyms(self) -> _Column:
        return _Column(self.rows, _ANTONYMS)

    @functools.cached_property
    def hypernyms(self) -> _Column:
        return _Column(self.rows, _HYPERNYMS)

    @functools.cached_property
    def _words(self) -> dict[str, tuple[int, ...]]:
        # The checks ask about the same English words again and again (tens of thousands of times a pair):
        # each word's synsets are looked up in the index once.
        return {}

    def synsets(self, word: str, pos: str | None = None) -> tuple[int, ...]:
        """The synsets that hold `word` (lower case), of one part of speech (n, v, a, r) when given."""
        found = self._words.get(word)
        if found is None:
            found = self._words[word] = tuple(self.index.get(word, ()))
        return found if pos is None else tuple(synset for synset in found if self.rows[synset][0] == pos)

    def knows(self, word: str) -> bool:
        return word in self.index

    def are_synonyms(self, first: str, second: str) -> bool:
        return bool(set(self.synsets(first)) & set(self.synsets(second)))

    def are_near(self, first: str, second: str) -> bool:
        """One synset, or synsets one near link apart (either way)."""
        mine = set(self.synsets(first))
        theirs = set(self.synsets(second))
        if not mine or not theirs:
            return False
        if mine & theirs:
            return True
        return any(set(self.near[synset]) & theirs for synset in mine) or \
            any(set(self.near[synset]) & mine for synset in theirs)

    def are_siblings(self, first: str, second: str) -> bool:
        """Near, or synsets that share a near neighbour: two hyponyms of one hypernym ("chair" and "preside"
        both head something), two adjectives similar to one head."""
        if self.are_near(first, second):
            return True
        mine = {near for synset in self.synsets(first) for near in self.near[synset]}
        return any(set(self.near[synset]) & mine for synset in self.synsets(second))

    def are_antonyms(self, first: str, second: str) -> bool:
        """WordNet links a synset of one to a synset of the other as opposites."""
        theirs = set(self.synsets(second))
        return any(set(self.antonyms[synset]) & theirs for synset in self.synsets(first))

    def antonym_kinds(self, first: str, second: str) -> frozenset[str]:
        """The parts of speech (n, v, a, r) in which WordNet links a synset of `first` to one of `second` as opposites."""
        opposed = _opposed(self, first)
        if not opposed:  # most words have no opposite in WordNet
            return frozenset()
        theirs = set(self.synsets(second))
        return frozenset(pos for pos, antonyms in opposed if not theirs.isdisjoint(antonyms))

    def has_opposites(self, word: str) -> bool:
        return bool(_opposed(self, word))

    def opposites(self, word: str) -> frozenset[str]:
        """Every literal of a synset WordNet gives as the opposite of a synset of `word`."""
        return frozenset(literal for synset in self.synsets(word) for other in self.antonyms[synset]
                         for literal in self.literals[other])

    def ancestors(self, synset: int) -> frozenset[int]:
        """Every hypernym of a synset, however far up."""
        return _ancestors(self, synset)

    def is_kind_of(self, word: str, kind: str, pos: str = "n") -> bool:
        """True when a synset of `kind` is a hypernym (however far up) of a synset of `word` ("attaché", "official")."""
        return _is_kind_of(self, word, kind, pos)


@functools.lru_cache(maxsize=65536)
def _opposed(thesaurus: Thesaurus, word: str) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """(part of speech, antonym synsets) of each synset of `word` that WordNet gives opposites, in synset order."""
    return tuple((thesaurus.pos[synset], thesaurus.antonyms[synset]) for synset in thesaurus.synsets(word)
                 if thesaurus.antonyms[synset])


@functools.lru_cache(maxsize=65536)  # a title check asks it of the same words and kinds again and again
def _is_kind_of(thesaurus: Thesaurus, word: str, kind: str, pos: str) -> bool:
    kinds = set(thesaurus.synsets(kind, pos))
    return bool(kinds) and any(not kinds.isdisjoint(thesaurus.ancestors(synset)) for synset in thesaurus.synsets(word, pos))


@functools.lru_cache(maxsize=65536)
def _ancestors(thesaurus: Thesaurus, synset: int) -> frozenset[int]:
    found: set[int] = set()
    waiting = list(thesaurus.hypernyms[synset])
    while waiting:
        current = waiting.pop()
        if current not in found:
            found.add(current)
            waiting.extend(thesaurus.hypernyms[current])
    return frozenset(found)


def _rows(text: str) -> tuple[str, ...]:
    """The data lines: every line but empty ones and comments (which start with #)."""
    start = 0
    while text.startswith("#", start):  # the header
        start = text.find("\n", start) + 1 or len(text)
    body = text[start:].removesuffix("\n")
    lines = body.split("\n")  # one split in C, not a test per line: a third of the load time
    if "" not in lines and "\n#" not in body:
        return tuple(lines)
    return tuple(line for line in text.split("\n") if line and not line.startswith("#"))


def parse(text: str) -> Thesaurus:
    """The table from the file's text (comment lines start with #)."""
    rows = _rows(text)
    index: dict[str, list[int]] = {}
    for number, row in enumerate(rows):
        for word in row.split("\t", 2)[1].split("|"):
            if word:
                index.setdefault(word, []).append(number)
    return Thesaurus(rows, index)


def index_rows(thesaurus: Thesaurus) -> dict[str, str]:
    """The rows of the prebuilt word index (tools/build_thesaurus.py writes them): word -> "synset|synset|..."."""
    return {word: "|".join(map(str, synsets)) for word, synsets in thesaurus.index.items()}


class _SynsetNumbers(Mapping[str, tuple[int, ...]]):
    """A prebuilt word index read as the in-memory one: its "3|17" values as synset numbers, each parsed once."""

    def __init__(self, table: Mapping[str, str]) -> None:
        self._table = table
        self._parsed: dict[str, tuple[int, ...]] = {}

    def get(self, word: str, default=None):
        found = self._parsed.get(word)
        if found is None:  # a miss is remembered too (as ()), as words are asked about again and again
            raw = self._table.get(word)
            found = self._parsed[word] = () if raw is None else tuple(map(int, raw.split("|")))
        return found if found else default

    def __getitem__(self, word: str) -> tuple[int, ...]:
        found = self.get(word)
        if found is None:
            raise KeyError(word)
        return found

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)


@functools.lru_cache(maxsize=1)
def load_thesaurus(path: Path = DATA) -> Thesaurus:
    """The shipped table, read once per process."""
    data = path.read_bytes()
    text = gzip.decompress(data).decode("utf-8")
    # Indexing every word of the table is a Python loop over 120,000 synsets, most of the table's load time; the
    # prebuilt index of this very table replaces it (an index of other data is not used).
    table = read_table(INDEX, hashlib.sha256(data).hexdigest())
    return parse(text) if table is None else Thesaurus(_rows(text), _SynsetNumbers(table))
