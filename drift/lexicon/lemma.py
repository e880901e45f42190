"""Lemma candidates: Turkish surface words to lexicon keys, English words to base forms.

Turkish lemmatisers pick wrong lemmas often enough to matter (mevkidaşlarına -> mevki,
çıkardı -> çıkmak), so candidates come from the lexicon itself: every prefix of the word
that is a key (or a verb key with -mak/-mek), ranked by whether the rest of the word is a
plausible suffix chain, then by stem length. simplemma's guess is added where it differs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from drift.lexicon import Lexicon, fold_key
from drift.lexicon.morph import infinitive, parses_as, starts_verb_form, stem_variants
from drift.text.fold import fold_case

__all__ = ["english_lemma", "turkish_lemmas"]


_APOSTROPHES = ("'", "\u2019", "\u02bc")
_CIRCUMFLEX = str.maketrans("âîû", "aiu")
_MIN_STEM = 2
# A prefix whose rest is no known suffix chain is kept only when long (an unlisted compound
# or derivation: "mevkidaşlık") and the rest short.
_MIN_LOOSE_STEM = 5
_MAX_LOOSE_REST = 4
_MAX_CANDIDATES = 6


@dataclass(frozen=True, order=True)
class _Candidate:
    """Sort key first: suffix chain recognised, stem length, verb preferred, spelling kept."""

    unparsed: bool
    negative_stem_length: int
    verb_rank: int
    respelled: bool
    key: str


def turkish_lemmas(word: str, lexicon: Lexicon) -> tuple[str, ...]:
    """Lexicon keys the Turkish surface `word` may be a form of, most likely first."""
    return _turkish_lemmas(fold_key(word), lexicon)


@lru_cache(maxsize=65536)
def _turkish_lemmas(folded: str, lexicon: Lexicon) -> tuple[str, ...]:
    if not folded:
        return ()
    for apostrophe in _APOSTROPHES:
        if apostrophe in folded:
            # The suffix after an apostrophe belongs to a name (Türkiye'ye): the base is the word.
            base = folded.split(apostrophe, 1)[0]
            return (base,) if base in lexicon.entries else ()
    spellings = dict.fromkeys([folded, folded.translate(_CIRCUMFLEX)])
    candidates: dict[str, _Candidate] = {}
    for spelling in spellings:
        for candidate in _prefix_candidates(spelling, lexicon):
            if candidate.key not in candidates or candidate < candidates[candidate.key]:
                candidates[candidate.key] = candidate
    ranked = [candidate.key for candidate in sorted(candidates.values())]
    for guess in _simplemma_guesses(folded, lexicon):
        if guess not in ranked:
            ranked.append(guess)
    return tuple(ranked[:_MAX_CANDIDATES])


def _prefix_candidates(word: str, lexicon: Lexicon) -> list[_Candidate]:
    entries = lexicon.entries
    found = []
    for end in range(len(word), _MIN_STEM - 1, -1):
        rest = word[end:]
        verb_first = starts_verb_form(rest)
        for stem, verb_may in stem_variants(word[:end], rest):
            for key, verbal in ((stem, False), (infinitive(stem), True)):
                if key not in entries or (verbal and not verb_may):
                    continue
                parsed = parses_as(rest, verbal)
                if not parsed and (end < _MIN_LOOSE_STEM or len(rest) > _MAX_LOOSE_REST):
                    continue
                # Same stem as noun and verb (çıkar / çıkarmak): a verbal suffix decides.
                verb_rank = 0 if verbal == verb_first else 1
                found.append(_Candidate(not parsed, -len(stem), verb_rank, stem != word[:end], key))
    return found


def _simplemma_guesses(folded: str, lexicon: Lexicon) -> list[str]:
    lemma = fold_key(_simplemma(folded, "tr"))
    return [key for key in (lemma, infinitive(lemma)) if key != folded and key in lexicon.entries]


@lru_cache(maxsize=65536)
def _simplemma(word: str, language: str) -> str:
    import simplemma  # heavy-ish: its language data loads on first use

    return simplemma.lemmatize(word, lang=language)


def english_lemma(word: str) -> str:
    """The lower-case base form of an English word (simplemma), e.g. counterparts -> counterpart."""
    return _english_lemma(fold_case(word.strip()))


@lru_cache(maxsize=65536)
def _english_lemma(word: str) -> str:
    if not word:
        return word
    return fold_case(_simplemma(word, "en"))
