"""The Turkish-English lexicon shipped with drift, read from one prebuilt data file.

`data/lexicon.tsv.gz` is built at development time by `tools/build_lexicon.py` (see
`data/PROVENANCE.md`); nothing here parses dictionaries or XML. Each line is
`turkish_key<TAB>english|english...<TAB>tags|tags...`: keys folded Turkish-style and possibly
several words long, English senses lower-case base forms ranked best first, and per sense the
tags of every source that gives it, best first (g glossary, b Babel/CLDR, k KeNet,
t FreeDict tur-eng, r FreeDict eng-tur reversed; "gk" = glossary and KeNet agree).
"""

from __future__ import annotations

import bisect
import gzip
import hashlib
import logging
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from pathlib import Path
from types import MappingProxyType

from drift.errors import InputError
from drift.lexicon.morph import phrase_final_stems
from drift.lexicon.table import SortedTable, read_table
from drift.text.fold import fold_case

__all__ = ["DEFAULT_PATH", "REVERSE_PATH", "SOURCES", "Lexicon", "Multiword", "Sense", "fold_key", "load_lexicon",
           "reverse_rows"]

logger = logging.getLogger(__name__)

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "lexicon.tsv.gz"
# The reverse index (English sense -> Turkish keys, best first) of that lexicon, prebuilt by tools/build_lexicon.py.
REVERSE_PATH = DEFAULT_PATH.with_name("lexicon-reverse.tsv.gz")

# Source tags in rank order, with what they stand for in evidence shown to users.
SOURCES = MappingProxyType({
    "g": "drift news glossary",
    "b": "CLDR names",
    "k": "KeNet (Turkish WordNet)",
    "t": "FreeDict tur-eng",
    "r": "FreeDict eng-tur",
})
_SOURCE_RANK = {tag: rank for rank, tag in enumerate(SOURCES)}

# A phrase-final word may carry this many suffix letters beyond its stem
# (geçir-ilemeyeceğini: 13).
_MAX_SUFFIX = 16
_INDEX_LETTERS = 2
_APOSTROPHES = ("'", "\u2019", "\u02bc")
# A key of the reverse index that is one word (or empty): no space before its tab.
_ONE_WORD_KEY = re.compile(r"^([^ \t\n]*)\t", re.MULTILINE)


@dataclass(frozen=True)
class Sense:
    """One ranked English rendering of a Turkish key and the sources that give it."""

    english: str
    sources: str  # keys of SOURCES, best first: "gk" = glossary and KeNet agree

    @property
    def source(self) -> str:
        """The best source giving this sense (the one that ranked it)."""
        return self.sources[0]


@dataclass(frozen=True)
class Multiword:
    """A multiword lexicon key found in a token sequence: tokens[start:start + length]."""

    key: str
    start: int
    length: int

    @property
    def end(self) -> int:
        return self.start + self.length


@lru_cache(maxsize=65536)  # every look-up folds its word: the same words, pair after pair
def fold_key(text: str) -> str:
    """Fold Turkish text the way lexicon keys are folded (Turkish lower case, single spaces)."""
    return " ".join(fold_case(text, turkish=True).split())


@lru_cache(maxsize=65536)
def _fold_token(token: str) -> str:
    """A surface token as a lexicon word: apostrophe suffix dropped, folded Turkish-style."""
    return fold_case(_strip_apostrophe_suffix(token), turkish=True)


def _strip_apostrophe_suffix(token: str) -> str:
    for apostrophe in _APOSTROPHES:
        if apostrophe in token:
            return token.split(apostrophe, 1)[0]
    return token


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Ranked English senses for Turkish keys, with reverse and multiword look-ups.

    Compared and hashed by identity, so it can key caches; `sha256` pins the data file.
    """

    path: Path
    sha256: str
    entries: Mapping[str, str] = field(repr=False)  # key -> "senses<TAB>tags", split on demand

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, turkish: object) -> bool:
        return isinstance(turkish, str) and fold_key(turkish) in self.entries

    def lookup(self, turkish: str) -> tuple[Sense, ...]:
        """The ranked senses of a Turkish key (folded for you), each with its source."""
        raw = self.entries.get(fold_key(turkish))
        if raw is None:
            return ()
        senses, tags = raw.split("\t")
        return tuple(Sense(english, tag) for english, tag in zip(senses.split("|"), tags.split("|")))

    def senses(self, turkish: str) -> tuple[str, ...]:
        """The ranked English senses of a Turkish key (folded for you); () if unknown."""
        raw = self.entries.get(fold_key(turkish))
        return tuple(raw.split("\t", 1)[0].split("|")) if raw is not None else ()

    def turkish_for(self, english: str) -> tuple[str, ...]:
        """Turkish keys that list `english` (a lower-case base form) as a sense, best first."""
        return self._reverse.get(" ".join(english.lower().split()), ())

    def glossary_first_for(self, english: str) -> tuple[str, ...]:
        """Turkish keys whose first sense is `english` (lower-case base form) and comes from the glossary."""
        english = " ".join(english.lower().split())
        if self._reverse_table is None:
            return self._glossary_first.get(english, ())
        # The reverse index ranks a glossary sense given first (source g, position 0) before any other sense, and
        # such keys by key, the lexicon's own order: they lead, and reading them spares a pass over every entry.
        found = []
        for key in self._reverse.get(english, ()):
            senses, tags = self.entries[key].split("\t")
            if not (tags.startswith("g") and senses.split("|", 1)[0] == english):
                break
            found.append(key)
        return tuple(found)

    @cached_property
    def _glossary_first(self) -> Mapping[str, tuple[str, ...]]:
        # Only first senses: far cheaper to build than the ranked reverse index, and on the check's start-up path.
        found: dict[str, list[str]] = defaultdict(list)
        for key, raw in self.entries.items():
            senses, tags = raw.split("\t")
            if tags.startswith("g"):
                found[senses.split("|", 1)[0]].append(key)
        return {english: tuple(keys) for english, keys in found.items()}

    def multiword_at(self, tokens: Sequence[str], start: int) -> Multiword | None:
        """The longest multiword key starting at tokens[start], its last word inflected or not.

        Tokens are surface words; an apostrophe suffix is ignored ("Bakanı'na").
        """
        if not 0 <= start < len(tokens):
            return None
        if start + 1 >= len(tokens):
            return None
        first, second = _fold_token(tokens[start]), _fold_token(tokens[start + 1])
        candidates = self._multiword_index.get((first, second[:_INDEX_LETTERS]), ())
        if not candidates:
            return None
        # Fold the following tokens once; candidates are longest first.
        folded = [_fold_token(token) for token in tokens[start:start + len(candidates[0])]]
        for words in candidates:
            if len(words) > len(folded):
                continue
            if any(folded[k] != words[k] for k in range(1, len(words) - 1)):
                continue
            if _inflected_match(words[-1], folded[len(words) - 1]):
                return Multiword(" ".join(words), start, len(words))
        return None

    @cached_property
    def english_words(self) -> frozenset[str]:
        """Every single English word the lexicon uses as a sense."""
        # This is on the start-up path of `drift lint` and `drift check`: every sense is a key of the prebuilt
        # reverse index, whose one-word keys one pattern finds in C; without it, one join and one split.
        if self._reverse_table is not None:
            return frozenset(_ONE_WORD_KEY.findall(self._reverse_table.text))
        senses = "|".join(raw.split("\t", 1)[0] for raw in self.entries.values()).split("|")
        return frozenset(sense for sense in senses if " " not in sense)

    @cached_property
    def _reverse_table(self) -> SortedTable | None:
        """The prebuilt reverse index of this very lexicon, when there is one."""
        return read_table(REVERSE_PATH, self.sha256)

    @cached_property
    def _reverse(self) -> Mapping[str, tuple[str, ...]]:
        # Building the index here is a pass over every sense (half a second), the largest part of a cold
        # check's start-up, for a few hundred look-ups: the prebuilt one is read instead when there is one.
        if self._reverse_table is None:
            return _ranked_reverse(self.entries)
        return _SplitValues(self._reverse_table)

    @cached_property
    def _multiword_index(self) -> _MultiwordIndex:
        return _MultiwordIndex(tuple(sorted(key for key in self.entries if " " in key)))


def _ranked_reverse(entries: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """English sense -> the Turkish keys that give it, by the rank of the sense's best source, then its position."""
    ranked: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for key, raw in entries.items():
        senses, tags = raw.split("\t")
        for position, (english, tag) in enumerate(zip(senses.split("|"), tags.split("|"))):
            ranked[english].append((_SOURCE_RANK[tag[0]], position, key))
    return {english: tuple(key for *_, key in sorted(keys)) for english, keys in ranked.items()}


def reverse_rows(lexicon: Lexicon) -> dict[str, str]:
    """The rows of the prebuilt reverse index (tools/build_lexicon.py writes them): English sense -> "key|key|..."."""
    if any("|" in key for key in lexicon.entries):
        raise ValueError("a lexicon key holds '|', which separates the keys of a reverse index row")
    return {english: "|".join(keys) for english, keys in _ranked_reverse(lexicon.entries).items()}


class _SplitValues(Mapping[str, tuple[str, ...]]):
    """A prebuilt index read as the in-memory one: its "a|b" values as tuples, each split once."""

    def __init__(self, table: Mapping[str, str]) -> None:
        self._table = table
        self._split: dict[str, tuple[str, ...]] = {}

    def get(self, english: str, default=None):
        found = self._split.get(english)
        if found is None:  # a miss is remembered too (as ()), as every word of every pair is asked about
            raw = self._table.get(english)
            found = self._split[english] = () if raw is None else tuple(raw.split("|"))
        return found if found else default

    def __getitem__(self, english: str) -> tuple[str, ...]:
        found = self.get(english)
        if found is None:
            raise KeyError(english)
        return found

    def __contains__(self, english: object) -> bool:
        return isinstance(english, str) and self.get(english) is not None

    def __iter__(self):
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)


class _MultiwordIndex:
    """Multiword keys by their first word and their second word's first letters (an inflected last word keeps at
    least its stem's first two letters), longest first, then alphabetical, so the first match is the answer.

    Each entry is gathered on first use from the sorted keys, where the keys that begin with the first word, a
    space and those letters stand together: indexing all 52,000 up front took a tenth of a second of every start
    for the few hundred a text asks about.
    """

    def __init__(self, keys: tuple[str, ...]) -> None:
        self._keys = keys  # the multiword keys, sorted
        self._found: dict[tuple[str, str], tuple[tuple[str, ...], ...]] = {}

    def get(self, index_key: tuple[str, str], default=()) -> tuple[tuple[str, ...], ...]:
        found = self._found.get(index_key)
        if found is None:
            first, letters = index_key
            prefix = f"{first} {letters}"
            keys = self._keys
            at = bisect.bisect_left(keys, prefix)
            matching = []
            while at < len(keys) and keys[at].startswith(prefix):
                words = tuple(keys[at].split(" "))
                if words[0] == first and words[1][:_INDEX_LETTERS] == letters:
                    matching.append(words)
                at += 1
            found = self._found[index_key] = tuple(sorted(matching, key=lambda words: (-len(words), words)))
        return found or default


def _inflected_match(dictionary_word: str, surface: str) -> bool:
    if surface == dictionary_word:
        return True
    return any(
        surface.startswith(stem) and len(surface) - len(stem) <= _MAX_SUFFIX
        for stem in phrase_final_stems(dictionary_word)
        if len(stem) >= 2
    )


@cache
def load_lexicon(path: Path | str | None = None) -> Lexicon:
    """Load the lexicon (the packaged one by default), once per path."""
    resolved = Path(path) if path is not None else DEFAULT_PATH
    try:
        data = resolved.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read the lexicon {resolved}: {error.strerror}; reinstall drift or "
                         "rebuild it with tools/build_lexicon.py") from error
    try:
        text = gzip.decompress(data).decode("utf-8")
    except (OSError, EOFError, UnicodeDecodeError) as error:
        raise InputError(f"the lexicon {resolved} is not a gzip-compressed UTF-8 file ({error}); "
                         "rebuild it with tools/build_lexicon.py") from error
    entries = dict(line.split("\t", 1) for line in text.splitlines() if line)
    logger.debug("loaded %d lexicon keys from %s", len(entries), resolved)
    return Lexicon(resolved, hashlib.sha256(data).hexdigest(), MappingProxyType(entries))
