"""Name spelling: a name in the English spelled differently from the original.

Why it matters: a misspelled name is hard to search for, looks careless and
can point at a different person ("Zhelensky" for Zelenskiy, "Karabulot" for
Karabulut).

Accepted spellings are not flagged:

- dropped diacritics (Cavusoglu for Çavuşoğlu), y for i and doubled letters
  (Zelensky, Zelenskyy, Zelenskiy; Volodymyr for Volodimir);
- the English romanisation of a foreign name the Turkish spells phonetically
  (Poroshenko for Poroşenko, Tchaikovsky for Çaykovski; drift.text.translit),
  unless the English writes it with Turkish letters or the name is a Turkish
  word, which English keeps in its Turkish letters (Demirtash for Demirtaş is
  flagged);
- the established English spelling of a name, by wordfreq's frequencies: the
  English spelling common in English text and more common there than in
  Turkish text and than the Turkish spelling, which Turkish text uses at
  least as much as English text (Javad for Cevad, Mohammed for Muhammed);
- English names of places from CLDR's territory and city names, word by word
  (Saudi for Suudi, as Saudi Arabia for Suudi Arabistan);
- the Latin spelling of a Greek name that the Turkish writes the Greek way
  (Asclepius for Asklepios, Dionysus for Dionysos);
- acronyms, which each language forms from its own words (ISIS for IŞİD),
  an English plural of the name (the Yalcins), names the lexicon translates
  (Ukraine for Ukrayna) and ordinary English words (Platform next to
  Platformu).

A flagged spelling is within two edits of a name in the original.
Expected: the original's spelling.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from drift.checks import check
from drift.checks._names import (
    bead_turkish_names, document_turkish_names, english_key, is_english_word, is_translation, looks_like_name,
    pair_views,
)
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Language, Severity
from drift.text.fold import fold_ascii, fold_case
from drift.text.frequency import zipf
from drift.text.tokens import name_key
from drift.text.translit import same_sounds

MAX_EDITS = 2
MIN_SIMILARITY = 0.7
# Zipf frequencies (log10 of uses per billion words): a spelling at 1.5 is met
# about once in 30 million words of English, enough to be an established form.
ESTABLISHED_ZIPF = 1.5
# How much more common in English text the English spelling must be than the Turkish one.
ESTABLISHED_MARGIN = 0.5
# A name this common in Turkish text is a Turkish word or name, spelled in Turkish letters in English too.
TURKISH_WORD_ZIPF = 3.0
# Turkish letters no English spelling of a foreign name uses.
_TURKISH_LETTERS = frozenset("çğıöşüÇĞİÖŞÜ")


def _closest(key: str, names):
    """The name whose spelling key is nearest to `key`, within MAX_EDITS and MIN_SIMILARITY, or None."""
    best, best_score = None, 0.0
    for name in names:
        if abs(len(name.key) - len(key)) > MAX_EDITS or name.key[:1] != key[:1]:
            continue
        distance = Levenshtein.distance(key, name.key)
        similarity = 1 - distance / max(len(key), len(name.key))
        if 0 < distance <= MAX_EDITS and similarity >= MIN_SIMILARITY and similarity > best_score:
            best, best_score = name, similarity
    return best


def _established_in_english(english: str, turkish: str) -> bool:
    """True when the two are the English and the Turkish spelling of one name, by their use in each language.

    The English spelling is common in English text, at least as common there
    as in Turkish text and clearly more common there than the Turkish
    spelling, which Turkish text uses at least as much as English text
    (Mohammed and Muhammed; not Whitefield for Whitfield, which English uses more).
    """
    english, turkish = fold_case(english), fold_case(turkish, turkish=True)
    english_in_english = zipf(english, "en")
    turkish_in_english = max(zipf(turkish, "en"), zipf(fold_ascii(turkish), "en"))
    return (english_in_english >= ESTABLISHED_ZIPF
            and english_in_english >= zipf(english, "tr")
            and english_in_english - turkish_in_english >= ESTABLISHED_MARGIN
            and zipf(turkish, "tr") >= turkish_in_english)


def _turkish_word(turkish: str) -> bool:
    return zipf(fold_case(turkish, turkish=True), "tr") >= TURKISH_WORD_ZIPF


def _transliterated(english: str, turkish: str) -> bool:
    """True when the English romanises a foreign name that the Turkish spells phonetically."""
    if _TURKISH_LETTERS & set(english) or _turkish_word(turkish):
        return False  # the same orthography on both sides: any difference is a misspelling
    return same_sounds(turkish, english)


@lru_cache(maxsize=1)
def _exonym_words() -> dict[str, frozenset[str]]:
    """Folded word of a Turkish place name -> the folded words of its English name at the same place."""
    from drift.lexicon.places import exonyms, place_key
    from drift.text.cldr import zone_cities

    pairs = [(" ".join(turkish), english) for turkish, english in exonyms().items()]
    english_cities = zone_cities("en")
    for zone, city in zone_cities("tr").items():
        # CLDR leaves out an English city name that the zone's own name spells already.
        english_city = english_cities.get(zone) or zone.rsplit("/", 1)[-1].replace("_", " ")
        pairs.append((city, english_city))
    table: dict[str, set[str]] = {}
    for turkish, english in pairs:
        turkish_words, english_words = place_key(turkish.split()), place_key(english.split())
        if len(turkish_words) == len(english_words):
            for turkish_word, english_word in zip(turkish_words, english_words):
                table.setdefault(turkish_word, set()).add(english_word)
    return {word: frozenset(english) for word, english in table.items()}


_ENGLISH_DEMONYM = ("ian", "an", "n", "ese", "i", "ish")
_TURKISH_DEMONYM = ("lı", "li", "lu", "lü")


def _demonym_of(english: str, turkish: str) -> bool:
    """True when one side is the other's place with a people's ending: "Moldovan" for Moldova, "Trabzon" for
    "Trabzonlu" (from Trabzon), which name the same place, not a misspelling of it."""
    from drift.lexicon.gazetteer import load_gazetteer

    english_key = name_key(english, Language.ENGLISH)
    turkish_key = name_key(turkish, Language.TURKISH)
    folded = fold_case(turkish, turkish=True)
    if any(english.endswith(ending) and name_key(english[:-len(ending)], Language.ENGLISH) == turkish_key
           for ending in _ENGLISH_DEMONYM if len(english) > len(ending) + 2):
        # English forms its peoples from countries ("Moldovan"); a town's name plus -n is another name ("Karan").
        place, levels = turkish, {"country"}
    elif any(folded.endswith(ending) and name_key(turkish[:-len(ending)], Language.TURKISH) == english_key
             for ending in _TURKISH_DEMONYM if len(turkish) > len(ending) + 2):
        place, levels = english, None  # Turkish forms them from any place: "Trabzonlu", from Trabzon
    else:
        return False
    gazetteer = load_gazetteer()
    places = gazetteer.lookup([place], turkish=True) + gazetteer.lookup([place], turkish=False)
    return any(levels is None or found.level in levels for found in places)


def _accepted(english: str, turkish: str) -> bool:
    """True when the English spelling is an accepted rendering of the Turkish name rather than a misspelling."""
    if english.isupper() and turkish.isupper():
        return True  # acronyms are formed from each language's own words
    if english.endswith("s") and name_key(english[:-1], Language.ENGLISH) == name_key(turkish, Language.TURKISH):
        return True  # an English plural or possessive without its apostrophe: "the Yalcins"
    if fold_ascii(english) in _exonym_words().get(fold_ascii(turkish, turkish=True), ()):
        return True
    if _demonym_of(english, turkish):
        return True
    if _latinised(english, turkish):
        return True
    return _established_in_english(english, turkish) or _transliterated(english, turkish)


# The Latin spelling of a Greek name, which English mostly uses, against the Greek one Turkish keeps: k as c, -os
# as -us, ai as ae, ou as u (Asklepios: Asclepius, Dionysos: Dionysus, Herakles: Heracles).
_LATIN_SPELLING = (("k", "c"), ("ai", "ae"), ("ou", "u"))


def _latinised(english: str, turkish: str) -> bool:
    """True when the English is the Latin spelling of the Greek name the Turkish writes."""
    greek, latin = fold_ascii(turkish, turkish=True).lower(), fold_ascii(english).lower()
    if not greek.endswith(("os", "on", "es", "e")) or greek == latin or _turkish_word(turkish):
        return False  # a Turkish name or word ("Kale") keeps its letters in English
    if greek.endswith("os"):
        greek = greek[:-2] + "us"
    for old, new in _LATIN_SPELLING:
        greek = greek.replace(old, new)
    return greek == latin


@check("D101", "name-spelling", Category.NAME, Severity.MINOR)
def name_spelling(context: CheckContext):
    everywhere = document_turkish_names(context)
    known_keys = {name.key for name in everywhere}
    for view in pair_views(context):
        local = bead_turkish_names(view)
        for token in view.trans_tokens:
            if not looks_like_name(token) or len(token.stem) < 3:
                continue
            key = english_key(token)
            if key in known_keys or is_english_word(context, token.stem):
                continue
            name = _closest(key, local) or _closest(key, everywhere)
            if name is None or is_translation(context, name.token.stem, token.stem) \
                    or _accepted(token.stem, name.token.stem):
                continue
            yield make_finding(
                name_spelling, view,
                message=f"“{token.stem}” is spelled differently from “{name.token.stem}” in the original.",
                trans=context.trans_span(token.start, token.start + len(token.stem)),
                orig=context.orig_span(name.token.start, name.token.start + len(name.token.stem)),
                expected=name.token.stem,
                evidence=f"with Turkish and English spelling habits set aside ({key} against {name.key}), the "
                         f"names differ by {Levenshtein.distance(key, name.key)} letter(s); not a known "
                         f"transliteration",
            )
