"""Lemma candidates: Turkish surface words to lexicon keys, English words to base forms.

Turkish lemmatisers pick wrong lemmas often enough to matter (mevkidaşlarına -> mevki,
çıkardı -> çıkmak), so candidates come from the lexicon itself: every prefix of the word
that is a key (or a verb key with -mak/-mek), ranked by whether the rest of the word is a
plausible suffix chain, then by stem length. English words go to their base form by suffix
rules checked against the lexicon's English vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from drift.lexicon import Lexicon, fold_key, load_lexicon
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
    key = (word, lexicon)
    found = _TURKISH_SEEN.get(key)
    if found is None:
        found = _turkish_lemmas(fold_key(word), lexicon)
        if len(_TURKISH_SEEN) < _TURKISH_KEPT:
            _TURKISH_SEEN[key] = found
    return found


# The words asked, as written, with their lemmas: every check asks of the words of every bead, thousands of times a
# pair (a look-up here spares the folding and the cache's own key of `_turkish_lemmas`). Past the limit, new words
# are worked out, not kept.
_TURKISH_KEPT = 65536
_TURKISH_SEEN: dict[tuple[str, Lexicon], tuple[str, ...]] = {}


# Longer than any Turkish word (the famous longest ones have about 45 letters): a run of letters
# this long is no word, and trying each of its prefixes as a stem would cost time quadratic in it.
MAX_WORD = 80


@lru_cache(maxsize=65536)
def _turkish_lemmas(folded: str, lexicon: Lexicon) -> tuple[str, ...]:
    if not folded or len(folded) > MAX_WORD:
        return ()
    for apostrophe in _APOSTROPHES:
        if apostrophe in folded:
            # The suffix after an apostrophe belongs to a name (Türkiye'ye): the base is the word.
            base = folded.split(apostrophe, 1)[0]
            return (base,) if base in lexicon.entries else ()
    spellings = dict.fromkeys([folded, folded.translate(_CIRCUMFLEX), *_unnarrowed(folded)])
    candidates: dict[str, _Candidate] = {}
    for spelling in spellings:
        for candidate in _prefix_candidates(spelling, lexicon):
            if candidate.key not in candidates or candidate < candidates[candidate.key]:
                candidates[candidate.key] = candidate
    ranked = [candidate.key for candidate in sorted(candidates.values())]
    return tuple(ranked[:_MAX_CANDIDATES])


def _unnarrowed(word: str) -> list[str]:
    """The progressive -yor narrows a stem-final a/e (iste-mek: istiyor): spellings with it restored."""
    at = word.find("yor", 2)
    if at < 0 or word[at - 1] not in "ıiuü":
        return []
    return [word[:at - 1] + vowel + word[at:] for vowel in "ae"]


def _prefix_candidates(word: str, lexicon: Lexicon) -> list[_Candidate]:
    entries = lexicon.entries
    found = []
    for end in range(len(word), _MIN_STEM - 1, -1):
        rest = word[end:]
        verb_first = None  # read only for a prefix that is a key: most are none
        for stem, verb_may in stem_variants(word[:end], rest):
            for key, verbal in ((stem, False), (infinitive(stem), True)) if verb_may else ((stem, False),):
                if key not in entries:
                    continue
                if verb_first is None:
                    verb_first = starts_verb_form(rest)
                parsed = parses_as(rest, verbal)
                if not parsed and (end < _MIN_LOOSE_STEM or len(rest) > _MAX_LOOSE_REST):
                    continue
                # Same stem as noun and verb (çıkar / çıkarmak): a verbal suffix decides.
                verb_rank = 0 if verbal == verb_first else 1
                found.append(_Candidate(not parsed, -len(stem), verb_rank, stem != word[:end], key))
    return found


# Irregular English forms the suffix rules below cannot undo.
_IRREGULAR = {
    form: base
    for base, forms in {
        "be": "am is are was were been being", "have": "has had having", "do": "does did done",
        "go": "goes went gone", "say": "said says", "make": "made", "take": "took taken", "come": "came",
        "give": "gave given", "get": "got gotten", "see": "saw seen", "know": "knew known", "tell": "told",
        "find": "found", "think": "thought", "bring": "brought", "buy": "bought", "hold": "held",
        "keep": "kept", "leave": "left", "meet": "met", "pay": "paid", "send": "sent", "spend": "spent",
        "stand": "stood", "win": "won", "lose": "lost", "build": "built", "begin": "began begun",
        "break": "broke broken", "choose": "chose chosen", "drive": "drove driven", "fall": "fell fallen",
        "feel": "felt", "fight": "fought", "fly": "flew flown", "grow": "grew grown", "lead": "led",
        "mean": "meant", "run": "ran", "rise": "rose risen", "sell": "sold", "seek": "sought",
        "speak": "spoke spoken", "strike": "struck stricken", "teach": "taught", "understand": "understood",
        "write": "wrote written", "steal": "stole stolen", "shake": "shook shaken", "forbid": "forbade forbidden",
        "man": "men", "woman": "women", "child": "children", "foot": "feet", "tooth": "teeth",
    }.items()
    for form in forms.split()
}
_CONSONANTS = set("bcdfghjklmnpqrstvwxz")


def _english_candidates(word: str) -> list[str]:
    """Base forms a word may come from, most specific rule first."""
    candidates = []
    if word.endswith("ies") and len(word) > 4:
        candidates.append(word[:-3] + "y")
    if word.endswith("ves") and len(word) > 4:
        candidates += [word[:-3] + "f", word[:-3] + "fe"]
    if word.endswith("es") and len(word) > 3:
        candidates.append(word[:-2])
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        candidates.append(word[:-1])
    for ending in ("ed", "ing"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            candidates += [stem, stem + "e"]
            if stem.endswith("i"):
                candidates.append(stem[:-1] + "y")
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] in _CONSONANTS:
                candidates.append(stem[:-1])
    return candidates


def english_lemma(word: str, lexicon: Lexicon | None = None) -> str:
    """The lower-case base form of an English word: counterparts -> counterpart, raised -> raise.

    Suffix rules propose base forms and the lexicon's English vocabulary picks
    the first real word among them; a word with no known base stays as it is.
    """
    if lexicon is None or not lexicon.entries:  # an empty lexicon is no lexicon: the packaged one answers
        lexicon = load_lexicon()
    key = (word, lexicon)
    found = _ENGLISH_SEEN.get(key)
    if found is None:
        found = _english_lemma(fold_case(word.strip()), lexicon)
        if len(_ENGLISH_SEEN) < _ENGLISH_KEPT:
            _ENGLISH_SEEN[key] = found
    return found


# The words asked, as written, with their lemmas: checks ask of every English word of a bead, over and over (a
# look-up here spares the folding and the cache's own key of `_english_lemma`). Past the limit, new words are
# worked out, not kept.
_ENGLISH_KEPT = 65536
_ENGLISH_SEEN: dict[tuple[str, Lexicon], str] = {}


@lru_cache(maxsize=65536)
def _english_lemma(word: str, lexicon: Lexicon) -> str:
    if not word:
        return word
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    known = lexicon.english_words
    if word in known:
        # Plurals and past forms that are words in their own right ("news",
        # "goods") stay; otherwise a listed base form wins.
        for candidate in _english_candidates(word):
            if candidate in known and word.endswith(("s", "ed", "ing")) and not word.endswith("ss"):
                return candidate
        return word
    for candidate in _english_candidates(word):
        if candidate in known:
            return candidate
    return word
