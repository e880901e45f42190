"""English synonym sets, their near neighbours and antonyms (English WordNet 3.1, built by tools/build_thesaurus.py).

Pure lookups over a table read once, lazily: the file is about 1 MB and is read only by the parts that
compare English wording (reference mode, meaning checks). Words are looked up lower case, as base forms
("preside", "set aside"); the caller lemmatises.

Two words are *synonyms* when one synset holds both; they are *near* when a synset of one is a synset of
the other or one WordNet link away from it (a direct hypernym: "ruling" is a "decision"; "similar to"
adjectives; verb groups; "also see"). They are *antonyms* when WordNet links a synset of one to a synset
of the other as opposites ("raise" / "lower", "ban" / "permit").
"""

from __future__ import annotations

import bisect
import functools
import gzip
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "thesaurus.tsv.gz"


@dataclass(frozen=True)
class Thesaurus:
    """The table, kept as its lines: synsets are parsed when a lookup reaches them, and words are found by
    bisection in the file's sorted word lines, so that loading builds no table (a run looks up a few hundred
    words of 150,000)."""

    synset_lines: tuple[str, ...]
    words: tuple[str, ...]  # sorted
    word_synsets: tuple[str, ...]  # "3|17" for words[k]
    _parsed: dict = field(default_factory=dict, compare=False, hash=False)

    def _synset(self, number: int) -> tuple[str, tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
        parsed = self._parsed.get(number)
        if parsed is None:
            _, pos, literals, near, antonyms = self.synset_lines[number].split("\t")
            parsed = self._parsed[number] = (
                pos, tuple(word for word in literals.split("|") if word),
                tuple(int(item) for item in near.split("|") if item),
                tuple(int(item) for item in antonyms.split("|") if item))
        return parsed

    # Columns indexed by synset number, as tuples would be: thesaurus.pos[3], thesaurus.near[3].
    @property
    def pos(self) -> _Column:
        return _Column(self, 0)

    @property
    def literals(self) -> _Column:
        return _Column(self, 1)

    @property
    def near(self) -> _Column:
        return _Column(self, 2)

    @property
    def antonyms(self) -> _Column:
        return _Column(self, 3)

    def synsets(self, word: str, pos: str | None = None) -> tuple[int, ...]:
        """The synsets that hold `word` (lower case), of one part of speech (n, v, a, r) when given."""
        k = bisect.bisect_left(self.words, word)
        if k == len(self.words) or self.words[k] != word:
            return ()
        found = tuple(int(item) for item in self.word_synsets[k].split("|"))
        return found if pos is None else tuple(synset for synset in found if self.pos[synset] == pos)

    def knows(self, word: str) -> bool:
        return bool(self.synsets(word))

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

    def opposites(self, word: str) -> frozenset[str]:
        """Every literal of a synset WordNet gives as the opposite of a synset of `word`."""
        return frozenset(literal for synset in self.synsets(word) for other in self.antonyms[synset]
                         for literal in self.literals[other])


@dataclass(frozen=True)
class _Column:
    """One field of every synset, read by synset number."""

    thesaurus: Thesaurus
    field_index: int

    def __getitem__(self, synset: int):
        return self.thesaurus._synset(synset)[self.field_index]

    def __len__(self) -> int:
        return len(self.thesaurus.synset_lines)


def parse(text: str) -> Thesaurus:
    """The table from the file's text: comment lines (#), synset lines (S) in order, word lines (W) sorted."""
    split = text.find("\nW\t")
    synset_part, word_part = (text, "") if split < 0 else (text[:split], text[split + 1:])
    synset_lines = tuple(line for line in synset_part.split("\n") if line.startswith("S\t"))
    word_lines = [line for line in word_part.split("\n") if line.startswith("W\t")]
    # "W<TAB>word<TAB>3|17": the word between the tabs, the numbers after the second.
    words = tuple(line[2:line.index("\t", 2)] for line in word_lines)
    numbers = tuple(line[line.index("\t", 2) + 1:] for line in word_lines)
    return Thesaurus(synset_lines, words, numbers)


@functools.lru_cache(maxsize=1)
def load_thesaurus(path: Path = DATA) -> Thesaurus:
    """The shipped table, read once per process."""
    return parse(gzip.decompress(path.read_bytes()).decode("utf-8"))
