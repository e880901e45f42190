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

import functools
import gzip
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "thesaurus.tsv.gz"


@dataclass(frozen=True, eq=False)
class Thesaurus:
    """The table: per synset its part of speech, literals, near synsets and antonym synsets; per word its synsets.

    Compared and hashed by identity, so it can key caches.
    """

    pos: tuple[str, ...]
    literals: tuple[tuple[str, ...], ...]
    near: tuple[tuple[int, ...], ...]
    antonyms: tuple[tuple[int, ...], ...]
    index: dict[str, tuple[int, ...]]

    def synsets(self, word: str, pos: str | None = None) -> tuple[int, ...]:
        """The synsets that hold `word` (lower case), of one part of speech (n, v, a, r) when given."""
        found = self.index.get(word, ())
        return found if pos is None else tuple(synset for synset in found if self.pos[synset] == pos)

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
        theirs = set(self.synsets(second))
        return frozenset(self.pos[synset] for synset in self.synsets(first) if not theirs.isdisjoint(self.antonyms[synset]))

    def has_opposites(self, word: str) -> bool:
        return any(self.antonyms[synset] for synset in self.synsets(word))

    def opposites(self, word: str) -> frozenset[str]:
        """Every literal of a synset WordNet gives as the opposite of a synset of `word`."""
        return frozenset(literal for synset in self.synsets(word) for other in self.antonyms[synset]
                         for literal in self.literals[other])


def parse(text: str) -> Thesaurus:
    """The table from the file's text (comment lines start with #)."""
    pos, literals, near, antonyms = [], [], [], []
    index: dict[str, list[int]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        number = len(pos)
        pos.append(fields[0])
        words = tuple(word for word in fields[1].split("|") if word)
        literals.append(words)
        near.append(tuple(int(item) for item in fields[2].split("|") if item))
        antonyms.append(tuple(int(item) for item in fields[3].split("|") if item))
        for word in words:
            index.setdefault(word, []).append(number)
    return Thesaurus(tuple(pos), tuple(literals), tuple(near), tuple(antonyms),
                     {word: tuple(numbers) for word, numbers in index.items()})


@functools.lru_cache(maxsize=1)
def load_thesaurus(path: Path = DATA) -> Thesaurus:
    """The shipped table, read once per process."""
    return parse(gzip.decompress(path.read_bytes()).decode("utf-8"))
