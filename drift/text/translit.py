"""Compare a foreign name's Turkish phonetic spelling with its English romanisation.

Turkish spells foreign names as they sound (Poroşenko, Okinoşima, Cevad,
Vaşington), English keeps a romanisation of its own (Poroshenko or the French
Porochenko, Okinoshima, Javad, Washington). Both are mapped to one coarse
sound key: the Turkish letters by their one fixed sound, the English letter
groups by the sounds they commonly stand for. Two spellings with one key are
one name; a changed consonant, an added or lost letter or a changed vowel still
changes the key (Valetino is not Valentino, Salim is not Selim).

The key is meant for names the Turkish spells phonetically. A Turkish name
written in English keeps its Turkish letters, at most without their accents
(Demirtaş or Demirtas, never Demirtash): callers decide which names are Turkish.
"""

from __future__ import annotations

import re
from functools import lru_cache

from drift.text.fold import fold_ascii, fold_case

# One symbol for the hushing sounds (sh, ch, j, zh), which romanisations
# spell in many ways: Turkish ş ç c j; English sh, ch (French ch is "sh"),
# German sch and tsch, Polish sz and cz, Slavic š č ž.
_HUSH = "ʃ"
# Turkish ı has no English letter: English writes whatever vowel the name has
# in its own language (Bıgıddın, Baghidin).
_ANY_VOWEL = "?"

_TURKISH_LETTERS = str.maketrans({
    "ş": _HUSH, "ç": _HUSH, "c": _HUSH, "j": _HUSH, "ğ": "g", "ı": _ANY_VOWEL,
    "ö": "o", "ü": "u", "â": "a", "î": "i", "û": "u", "w": "v", "q": "k",
})
_ENGLISH_SPECIAL = str.maketrans({"š": _HUSH, "č": _HUSH, "ž": _HUSH, "ç": _HUSH, "ş": _HUSH})
# Longest groups first: "tsch" before "sch" before "ch".
_ENGLISH_GROUPS = (
    ("tsch", _HUSH), ("sch", _HUSH), ("tch", _HUSH), ("dzh", _HUSH), ("dj", _HUSH), ("zh", _HUSH), ("sh", _HUSH),
    ("ch", _HUSH), ("sz", _HUSH), ("cz", _HUSH), ("j", _HUSH), ("kh", "h"), ("gh", "g"), ("ph", "f"),
    ("th", "t"), ("ou", "u"), ("ck", "k"), ("w", "v"), ("x", "ks"), ("q", "k"),
)
_ENGLISH_GROUP = re.compile("|".join(group for group, _ in _ENGLISH_GROUPS))
_ENGLISH_SOUND = dict(_ENGLISH_GROUPS)
# English c is "s" before a front vowel and "k" elsewhere (Cicero, Carter).
_SOFT_C = re.compile(r"c(?=[eiy])")
_RUSSIAN_OFF = re.compile(r"off$")  # Smirnoff, Smirnov
_REPEATED = re.compile(r"(.)\1+")
# Turkish writes a final b, c, d, g as p, ç, t, k (Ahmet, Mehmet, Cevat);
# the source spelling keeps the voiced letter (Ahmad, Mehmed, Javad).
_FINAL_VOICED = str.maketrans({"b": "p", "d": "t", "g": "k"})


def _finish(key: str) -> str:
    key = _REPEATED.sub(r"\1", key.replace("y", "i"))
    if key[-1:]:
        key = key[:-1] + key[-1].translate(_FINAL_VOICED)
    return key


@lru_cache(maxsize=65536)  # every near-miss name pair of an article asks for both sides
def turkish_sound_key(word: str) -> str:
    """The sound key of a Turkish phonetic spelling; "?" stands for ı, which matches any English vowel."""
    return _finish(fold_case(word, turkish=True).translate(_TURKISH_LETTERS))


@lru_cache(maxsize=65536)
def english_sound_key(word: str) -> str:
    """The sound key of an English (or other Latin-script) romanisation of a name."""
    lowered = _RUSSIAN_OFF.sub("ov", fold_ascii(fold_case(word).translate(_ENGLISH_SPECIAL)))
    lowered = _ENGLISH_GROUP.sub(lambda match: _ENGLISH_SOUND[match.group(0)], lowered)
    return _finish(_SOFT_C.sub("s", lowered).replace("c", "k"))


def same_sounds(turkish: str, english: str) -> bool:
    """True when a Turkish phonetic spelling and an English romanisation spell one name (Poroşenko, Poroshenko)."""
    return _pattern(turkish_sound_key(turkish)).fullmatch(english_sound_key(english)) is not None


@lru_cache(maxsize=65536)
def _pattern(key: str) -> re.Pattern[str]:
    return re.compile("".join("[aeiou]" if char == _ANY_VOWEL else re.escape(char) for char in key))
