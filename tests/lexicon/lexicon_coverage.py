"""Lexicon coverage of a faithful pair: how many Turkish content words the English explains.

A Turkish word counts as explained when one sense of one of its lemma candidates (or of a
multiword key spanning it) has all its content words among the English line's lemmas.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from drift.lexicon import Lexicon
from drift.lexicon.lemma import english_lemma, turkish_lemmas
from drift.text.fold import fold_ascii, fold_case

_TURKISH_WORD = re.compile(r"[\w-]+(?:['’]\w+)?")
_ENGLISH_WORD = re.compile(r"[^\W\d_]+(?:'[a-z]+)?")

# Function words: coverage is about words whose meaning the lexicon has to carry.
TURKISH_STOP_WORDS = frozenset("""
acaba ama ancak artık aslında az bazı belki ben bile bir biri birkaç birçok bu buna bunda bundan
bunlar bunu bunun burada çok çünkü da daha de değil diğer diye dolayı en fakat gibi göre hem hep
her hiç için ile ise işte kadar karşın ki kim mi mı mu mü nasıl ne neden o olarak olan ona onlar
onu onun ya sadece şey şu şöyle tüm üzere ve veya yani zaten ayrıca bunların onların kendi
kendisi kendini
""".split())
ENGLISH_STOP_WORDS = frozenset("""
a an the of to in on at by for with from and or but as is are was were be been being it its that
this these those which who whom whose than then there their they them he she his her we our you
your i not no do does did has have had will would can could should may might must into over
about up out off so such also
""".split())


@dataclass(frozen=True)
class Coverage:
    """Counts of Turkish content words and how many the lexicon linked to the English."""

    content_words: int
    explained: int
    shared_spelling: int  # names and codes the English repeats: linked without the lexicon

    @property
    def share(self) -> float:
        return self.explained / self.content_words if self.content_words else 0.0

    @property
    def share_needing_translation(self) -> float:
        """Share among the words the English does not simply repeat."""
        needing = self.content_words - self.shared_spelling
        return (self.explained - self.shared_spelling) / needing if needing else 0.0


def english_lemmas(line: str) -> frozenset[str]:
    words = [fold_case(word) for word in _ENGLISH_WORD.findall(line)]
    return frozenset(words) | frozenset(english_lemma(word) for word in words)


def sense_in(sense: str, lemmas: frozenset[str]) -> bool:
    all_words = sense.replace("-", " ").split()
    words = [word for word in all_words if word not in ENGLISH_STOP_WORDS] or all_words
    return all(word in lemmas or english_lemma(word) in lemmas for word in words)


LemmaFinder = Callable[[str, Lexicon], Sequence[str]]


def line_coverage(orig: str, trans: str, lexicon: Lexicon, unexplained: list[str] | None = None,
                  lemmas_of: LemmaFinder = turkish_lemmas) -> Coverage:
    tokens = _TURKISH_WORD.findall(orig)
    lemmas = english_lemmas(trans)
    ascii_trans = {fold_ascii(word) for word in _ENGLISH_WORD.findall(trans)}
    spans: dict[int, list[str]] = {}
    for start in range(len(tokens)):
        match = lexicon.multiword_at(tokens, start)
        if match is not None:
            for position in range(match.start, match.end):
                spans.setdefault(position, []).append(match.key)
    content = explained = shared = 0
    for position, token in enumerate(tokens):
        base = re.split("['’]", fold_case(token, turkish=True))[0]
        if len(base) < 3 or base in TURKISH_STOP_WORDS or any(char.isdigit() for char in base):
            continue
        content += 1
        if fold_ascii(base, turkish=True) in ascii_trans:
            shared += 1
            explained += 1
            continue
        keys = list(lemmas_of(token, lexicon)) + spans.get(position, [])
        if any(sense_in(sense, lemmas) for key in keys for sense in lexicon.senses(key)):
            explained += 1
        elif unexplained is not None:
            unexplained.append(f"{token} {keys[:3]}")
    return Coverage(content, explained, shared)


def pair_coverage(folder: Path, lexicon: Lexicon, unexplained: list[str] | None = None,
                  lemmas_of: LemmaFinder = turkish_lemmas) -> Coverage:
    orig_lines = (folder / "tr.txt").read_text(encoding="utf-8").splitlines()
    trans_lines = (folder / "en_faithful.txt").read_text(encoding="utf-8").splitlines()
    total = Coverage(0, 0, 0)
    for orig, trans in zip(orig_lines, trans_lines, strict=True):
        line = line_coverage(orig, trans, lexicon, unexplained, lemmas_of)
        total = Coverage(total.content_words + line.content_words, total.explained + line.explained,
                         total.shared_spelling + line.shared_spelling)
    return total
