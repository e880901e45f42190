"""A small, loose model of Turkish suffixes: enough to rank stems, not to analyse words.

Suffix chains are recognised by segmenting the remainder of a word into known morphemes
(vowel harmony is not enforced), which tells "yap+ıldı" (a verb) from "yapı+ldı" (nothing).
"""

from __future__ import annotations

from enum import IntEnum
from functools import lru_cache
from itertools import product

# Archiphonemes: A = a/e, I = ı/i/u/ü, D = d/t, C = c/ç, K = k/ğ.
_ARCHIPHONEMES = {"A": "ae", "I": "ıiuü", "D": "dt", "C": "cç", "K": "kğ"}

_NOMINAL = (
    # number, possession, case
    "lAr", "I", "sI", "yI", "nI", "In", "nIn", "yIn", "A", "yA", "nA", "DA", "nDA", "DAn", "nDAn",
    "lA", "ylA", "ki", "Im", "m", "ImIz", "mIz", "InIz", "nIz", "Iz",
    # copula and person
    "DIr", "yDI", "DI", "ymIş", "mIş", "ysA", "sA", "sIn", "sInIz", "yIm", "yIz", "ken", "yken",
    # common derivation
    "CA", "CI", "lI", "sIz", "lIK", "DAş", "sAl", "lAş", "lAn", "lA", "CIK", "ncI", "Ar", "şAr",
    "gil", "ImsI", "msI",
)
_VERBAL = (
    # voice and polarity
    "Il", "In", "n", "l", "Iş", "ş", "DIr", "t", "Ir", "Ar", "mA", "yAmA", "AmA", "AbIl", "yAbIl",
    # tense, mood, aspect
    "DI", "mIş", "Iyor", "yor", "AcAK", "yAcAK", "r", "mAz", "z", "mAlI", "sA", "yA",
    "mAKtA", "Iver", "yIver",
    # verbal nouns, participles, converbs
    "mAK", "mA", "yIş", "DIK", "An", "yAn", "ArAK", "yArAK", "Ip", "yIp", "IncA", "yIncA",
    "mAdAn", "DIKçA", "ken", "yken", "AlI", "yAlI", "mAksIzIn", "AsI", "yAsI",
    # person
    "Im", "m", "sIn", "Iz", "k", "nIz", "sInIz", "lAr", "yIm", "yIz",
)


def _expand(patterns: tuple[str, ...]) -> frozenset[str]:
    forms = set()
    for pattern in patterns:
        choices = [_ARCHIPHONEMES.get(char, char) for char in pattern]
        forms.update("".join(letters) for letters in product(*choices))
    return frozenset(forms)


NOMINAL_SUFFIXES = _expand(_NOMINAL)
VERBAL_SUFFIXES = _expand(_VERBAL) | NOMINAL_SUFFIXES  # participles take case endings
# Suffixes that start a verb form but rarely a noun's: they break a noun/verb tie towards the verb.
VERB_STARTERS = _expand(("DI", "mIş", "Iyor", "yor", "AcAK", "mA", "mAK", "Il", "DIK", "ArAK", "Ip",
                         "IncA", "mAz", "AbIl", "DIr", "t", "Ir", "Ar", "In", "Iş"))
_LONGEST = max(len(form) for form in VERBAL_SUFFIXES)

BACK_VOWELS = frozenset("aıouâû")
VOWELS = frozenset("aeıioöuüâîû")
# A stem-final voiceless consonant turns voiced before a vowel: kitap/kitabı, ağaç/ağacı, git/gidiyor.
_UNSOFTEN = {"b": "p", "c": "ç", "d": "t", "ğ": "k", "g": "k"}


@lru_cache(maxsize=65536)
def parses_as(remainder: str, verbal: bool) -> bool:
    """Whether `remainder` splits wholly into known nominal (or verbal) suffixes."""
    if not remainder:
        return True
    inventory = VERBAL_SUFFIXES if verbal else NOMINAL_SUFFIXES
    return any(
        remainder[:length] in inventory and parses_as(remainder[length:], verbal)
        for length in range(min(len(remainder), _LONGEST), 0, -1)
    )


def starts_verb_form(remainder: str) -> bool:
    """Whether the remainder begins with a suffix typical of verbs (past, progressive...)."""
    return any(remainder[:length] in VERB_STARTERS for length in range(1, min(len(remainder), 5) + 1))


def infinitive(stem: str) -> str:
    """The dictionary form of a verb stem: -mak after a back vowel, -mek after a front one."""
    for char in reversed(stem):
        if char in VOWELS:
            return stem + ("mak" if char in BACK_VOWELS else "mek")
    return stem + "mek"


def verb_stem(lemma: str) -> str | None:
    """The stem of an infinitive (gelmek -> gel), or None if `lemma` is not one."""
    if len(lemma) > 4 and lemma.endswith(("mak", "mek")):
        return lemma[:-3]
    return None


# The only verb roots of one syllable that end in a vowel: de- (say) and ye- (eat).
_OPEN_ROOTS = frozenset(("de", "ye"))


def verb_root_shaped(stem: str) -> bool:
    """Whether `stem` can be a verb stem: one-syllable roots end in a consonant (al, git), save de- and ye-.

    Nouns in -mak/-mek (damak: palate, hamak: hammock) would otherwise give stems "da" and "ha".
    """
    if stem in _OPEN_ROOTS or stem[-1:] not in VOWELS:
        return bool(stem)
    return sum(char in VOWELS for char in stem) >= 2


def stem_variants(prefix: str, rest: str) -> tuple[tuple[str, bool], ...]:
    """Dictionary spellings a surface prefix may stand for, each with whether a verb may have it.

    Before a vowel-initial suffix a final consonant softens (kitap/kitabı; of verbs only
    one-syllable ones: et/ediyor), a high vowel drops (şehir/şehri, kayıp/kaybı) and an
    Arabic loan doubles its last consonant (hak/hakkı, ret/reddi).
    """
    variants = [(prefix, True)]
    if not rest or rest[0] not in VOWELS:
        return tuple(variants)
    last = prefix[-1:]
    if last in _UNSOFTEN:
        one_syllable = sum(char in VOWELS for char in prefix) == 1
        variants.append((prefix[:-1] + _UNSOFTEN[last], one_syllable))
    if len(prefix) >= 3 and last not in VOWELS and prefix[-2] not in VOWELS:
        if prefix[-2] == last:
            single = prefix[:-1]
            variants.append((single, False))
            if last in _UNSOFTEN:
                variants.append((single[:-1] + _UNSOFTEN[last], False))
        vowel = _harmonic_high_vowel(prefix[:-1])
        if vowel:
            restored = prefix[:-1] + vowel + last
            variants.append((restored, False))
            if last in _UNSOFTEN:
                variants.append((restored[:-1] + _UNSOFTEN[last], False))
    return tuple(dict.fromkeys(variants))


def _harmonic_high_vowel(text: str) -> str | None:
    """The high vowel that follows the last vowel of `text` by vowel harmony."""
    for char in reversed(text):
        if char in VOWELS:
            return {"a": "ı", "ı": "ı", "â": "ı", "e": "i", "i": "i", "î": "i",
                    "o": "u", "u": "u", "û": "u", "ö": "ü", "ü": "ü"}[char]
    return None


def surface_stems(word: str) -> tuple[str, ...]:
    """Prefixes an inflected form of dictionary word `word` starts with (uçak: uçak, uçağ)."""
    stem = verb_stem(word) or word
    stems = [stem]
    for voiced, voiceless in _UNSOFTEN.items():
        if stem.endswith(voiceless) and len(stem) >= 2:
            stems.append(stem[:-1] + voiced)
    return tuple(dict.fromkeys(stems))


@lru_cache(maxsize=65536)
def phrase_final_stems(word: str) -> tuple[str, ...]:
    """Prefixes an inflected phrase-final word starts with, compound marker dropped.

    "savaş uçağı" is also "savaş uçakları" and "insansız hava aracı" "... araçlarının":
    the compound's -(s)I gives way to other suffixes.
    """
    stems = list(surface_stems(word))
    if len(word) > 3 and word[-1] in "ıiuü":
        base = word[:-2] if word[-2] == "s" and word[-3] in VOWELS else word[:-1]
        if base[-1:] in _UNSOFTEN and base[-2:-1] in VOWELS:
            base = base[:-1] + _UNSOFTEN[base[-1]]
        stems.extend(surface_stems(base))
    return tuple(dict.fromkeys(stems))


class Negation(IntEnum):
    """How surely a Turkish word form says "not"."""

    NONE = 0
    # A form with a negative reading and another one: -mAdAn is "without" or the verbal noun's
    # ablative ("from doing"); a bare -mA is "don't!" or "doing"; a negative form the lexicon
    # lists as a word of its own (yenilmez: invincible) need not be rendered with a "not".
    AMBIGUOUS = 1
    NEGATIVE = 2


_VOICE = _expand(("Il", "In", "Iş", "DIr", "Ir", "Ar", "It"))
# Passive -l, reflexive -n, reciprocal -ş and causative -t follow a vowel only (başla-t, oku-n).
_VOICE_AFTER_VOWEL = _expand(("n", "l", "ş", "t"))
# The negative -mA and the impotential -(y)AmA ("cannot"); before the progressive -yor their
# vowel narrows (gel-mi-yor, yap-amı-yor).
_NEGATIVE = _expand(("mA",))
_IMPOTENTIAL = _expand(("yAmA", "AmA"))
_NARROWED_NEGATIVE = _expand(("mI", "yAmI", "AmI"))
# What follows the negative marker in a verb form: tense, mood, participle, converb, or the
# verbal noun of the negative verb (gel-me-me-si). After a plain -mA, a case ending alone
# (açıkla-ma-da, gel-me-ye) makes the verbal noun "doing", which is no negation.
_AFTER_NEGATIVE = _expand((
    "DI", "mIş", "z", "yAcAK", "yAn", "DIK", "yIp", "yIncA", "yArAK", "mAK", "mA", "mAlI", "sA",
    "yAlI", "yIn", "yInIz", "DIKçA", "yAbIl", "yIz", "yAsI",
))
# -mAdAn: "without doing" or ablative "from doing" (iç-me-den kaynaklanan), and "before"
# with önce; -mAm: "I do not" or "my doing".
_AMBIGUOUS_AFTER_NEGATIVE = _expand(("DAn", "m"))
_AFTER_IMPOTENTIAL = _AFTER_NEGATIVE | _expand(("m",))
_LONGEST_VERB_SUFFIX = 6


def verb_negation(stem: str, remainder: str) -> Negation:
    """How negative the verb form `stem` + `remainder` is, `remainder` being the suffixes.

    gel|medi, yap|amaz, iste|miyor, gel|meyin, kabul et|memesi are negative; iç|meden and a bare
    yaz|ma ambiguous; açıkla|mada (a verbal noun with a case ending) and gel|di are not.
    """
    return _verb_negation(remainder, stem[-1:] in VOWELS)


@lru_cache(maxsize=65536)
def _verb_negation(remainder: str, after_vowel: bool) -> Negation:
    best = Negation.NONE
    for length in range(1, min(len(remainder), _LONGEST_VERB_SUFFIX) + 1):
        head, rest = remainder[:length], remainder[length:]
        if head in _VOICE or (after_vowel and head in _VOICE_AFTER_VOWEL):
            best = max(best, _verb_negation(rest, head[-1] in VOWELS))
        if head in _NARROWED_NEGATIVE and rest.startswith("yor") and parses_as(rest[3:], True):
            return Negation.NEGATIVE
        if head in _NEGATIVE:
            best = max(best, _after_negative(rest, _AFTER_NEGATIVE, bare=Negation.AMBIGUOUS))
        if head in _IMPOTENTIAL:
            best = max(best, _after_negative(rest, _AFTER_IMPOTENTIAL, bare=Negation.NONE))
        if best is Negation.NEGATIVE:
            return best
    return best


def _after_negative(rest: str, continuations: frozenset[str], *, bare: Negation) -> Negation:
    """The negation of a verb form whose negative marker is followed by `rest`."""
    if not rest:
        return bare
    best = Negation.NONE
    for length in range(1, min(len(rest), _LONGEST_VERB_SUFFIX) + 1):
        head, tail = rest[:length], rest[length:]
        if not parses_as(tail, True):
            continue
        if head in continuations:
            return Negation.NEGATIVE
        if head in _AMBIGUOUS_AFTER_NEGATIVE:
            best = Negation.AMBIGUOUS
    return best


# değil and yok take the copula and person endings of a predicate (değildi, yoktu, yokmuş,
# değiliz); yok+sa ("otherwise"), yok+sun ("deprived") and yok+sul ("poor") are other words.
_NEGATIVE_PREDICATES = ("değil", "yok")
_COPULA = _expand(("DIr", "DI", "mIş", "ken", "yken", "lAr", "Im", "Iz", "sInIz", "k", "m", "nIz", "ydI",
                   "ymIş"))


def negative_predicate(word: str) -> bool:
    """Whether folded `word` is değil or yok with copula endings only (değildir, yoktu, yokmuş)."""
    return any(word.startswith(base) and _copula_chain(word[len(base):]) for base in _NEGATIVE_PREDICATES)


@lru_cache(maxsize=4096)
def _copula_chain(rest: str) -> bool:
    if not rest:
        return True
    return any(rest[:length] in _COPULA and _copula_chain(rest[length:]) for length in range(1, min(len(rest), 5) + 1))
