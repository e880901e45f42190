"""Untranslated: Turkish words left in the English.

Why it matters: an English reader cannot read "the adliye" or "Kocaeli’de";
the Turkish suffix glued to a name ("Kocaeli’de" = in Kocaeli) also carries a
meaning the reader loses.

Flagged: a name with a Turkish case suffix after an apostrophe
("Erdoğan'ın"); a lower-case word that is Turkish, not English, and either
stands in the aligned Turkish sentence ("the adliye") or has a letter no
English word has (ğ, ı, ş); a capitalised Turkish word with an inflectional
suffix, which a proper name would not carry ("Bingol Valiliği", "Onur
Ödülü", "Lojistikçiler"); a capitalised Turkish noun of the original alone
after "the" ("the Körfez" for the Gulf); the Turkish name of a foreign place ("Halep" for
Aleppo, "Almanya" for Germany; drift.lexicon.places); a landmark or natural
feature named as the original names it ("Tuz Gölü" for Lake Tuz, "Tarihi
Yarımada", "Kapalıçarşı"): capitalised words of the original ending in a
Turkish noun the lexicon renders as a lake, peninsula, bridge, mosque, market,
grove, forest and the like, or whose first rendering WordNet files, in most of its noun
senses, under a structure, landform, body of water or facility ("Rasathanesi":
observatory; not a home, room or way: "Konağı") (a one-word name only with the possessive ending of a name,
"Köprüsü", and never a town's name; a given name opening it leaves it alone unless its last word has that ending:
"Selin Ada" is a person, "Umut Korusu" a park); the Turkish name of a sea or river
after "the", which the lexicon names otherwise ("the Akdeniz coast": the
Mediterranean Sea, "the Fırat River": the Euphrates), unless an institution
noun or another capitalised word follows ("the Akdeniz University", "the
Akdeniz Container Terminal"); a lower-case noun copied from the
aligned original or its stem ("hamsi" for "hamsinin") that English text
seldom uses (Zipf below 2.5 and 1.5 below its Turkish frequency: "tapu",
"nikah") and the lexicon renders otherwise, unless glossed at once ("ağa,
the festival's patron") or given an English plural, as a loanword English text uses is ("kilims"),
with a smaller lead (1.0) when it is half of a compound whose other half the
English translates beside it ("incir jam" for "incir reçeli"); a word English
text uses at least as often as Turkish text is a loanword English has borrowed;
a lower-case word the lexicon lacks, copied from
the original with a letter no English word has ("başpehlivan"); the Turkish
name of a public body copied whole from the original, two or more words
ending in a noun with a name's compound ending that the lexicon renders as a
directorate, department, association, exchange and the like ("Su
İşleri Daire Başkanlığı", "Tarih ve Coğrafya Bölümü"), with "the" or without; a town the
English names by its Turkish name where English has its own, which the
lexicon gives as its first rendering and the gazetteer knows as the same
place, and which English text uses rather than the Turkish one (wordfreq),
or this English text uses elsewhere ("Cenova": Genoa; not "Antakya", whose
Antioch is history); a Turkish abbreviation of a common noun copied from the
original ("KDV", "TIRs"), whose first rendering in the lexicon is one English
noun (WordNet) spelt otherwise, unless a capitalised word or a figure makes it
part of a name or a gloss follows; a name of two or more capitalised words of
the original copied here while the English gives it, word for word by the
lexicon, elsewhere ("Kent Müzesi" here, "City Museum" there); a Turkish month
or weekday (babel's CLDR names) read as a date ("on 3 Kasim", "every Salı")
where the aligned original has that date, not a given name or a name after a
date ("the 29 Ekim Stadium"); a lower-case noun of the aligned original,
perhaps with an English plural, that English spells alike with another
meaning and seldom uses ("the askers" for soldiers; WordNet: no shared
sense); an English plural of a Turkish noun English text never uses
("sokaks"); the original's common noun left before a translated head of a
body's, league's or club's name, the head rendering the Turkish word after it
("the Yüzme Federation" for "Yüzme Federasyonu"; not a given name or a place); a Turkish unit of measure English
does not use (data/turkish_units.tsv: "30-dönüm", "a kile of wheat") that the aligned original writes, or without
an original after a number; a kinship word or a title kept beside a given name as the original writes it ("Nuri
Amca", "Kaptan Selim": in lower case after the name, a rank before it; not a surname, "Selim Kaptan", nor a word
English uses, "Bey"); two or more lower-case words copied from the original in its order, one of them Turkish only
("ufak tefek", "yarım-yamalak", "çoluk çocuk"), or without an original a reduplication by its form (an
m-reduplication, a doubled word with a letter no English word has: "sebze mebze", "kapı kapı"; not "tut-tut"); a hyphenated word with a Turkish part ("tapu-registered").
A word copied from the sentence and glossed at once ("keşkek, a wheat
stew") is kept on purpose. Adjacent flagged words
are reported together. Without an original (`drift lint`) the rules that need
none still apply. Expected: the English name of a place, else the lexicon's
rendering where it has one.

Not flagged, because English keeps them in Turkish:

- a word English text uses (wordfreq's English list), as written or without
  its accents when that spelling is no unrelated English word: loanwords and
  units ("kuruş"), and the brands and names English writes about;
- a capitalised word whose ending breaks vowel harmony or the buffer-letter
  rules, so is no Turkish inflection ("Kemali" is not kemal + i, which would
  be "kemalı"; "Aksu" is not ak + su), a plain plural ("Demirler": many
  surnames have the form of one), and an all-capital word (a dateline);
- a capitalised word of a name English uses without "the", as it uses the
  names of people, clubs, firms, streets and works, which it keeps ("Kartal
  Gençlik Yurdu won", "on Kalender Street", the song "Dağların Kızı");
  English gives "the" to a descriptive name, which it translates ("the
  Ministry"), so "the Bingol Valiliği" is flagged; a Turkish determiner that
  opens a name ("the Her Mevsim-Der association") is part of it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from drift.checks import check
from drift.checks._names import is_english_word
from drift.checks._substitution import place_entities
from drift.checks.context import BeadView, CheckContext, make_finding, per_text, per_view
from drift.model import Category, Language, Severity
from drift.text.fold import fold_ascii, fold_case
from drift.text.frequency import zipf
from drift.text.stopwords import is_stopword
from drift.text.tokens import Token

# Turkish case and possessive endings that follow a name's apostrophe. The
# English possessive "'s" and contractions are not among them.
TURKISH_SUFFIXES = frozenset(
    "a e ya ye ı i u ü yı yi yu yü da de ta te dan den tan ten nda nde ndan nden "
    "ın in un ün nın nin nun nün la le yla yle dır dir dur dür tır tir ki "
    "daki deki taki teki ya'ya ye'ye nı ni nu nü na ne".split()
)


# Letters no English word has; ö, ü and ç also occur in borrowed names.
_TURKISH_ONLY_LETTERS = frozenset("ğış")

# A Zipf frequency (log10 of uses per billion words) at which English text
# uses a word: about once in 30 million words.
ENGLISH_USE_ZIPF = 1.5

_VOWELS = frozenset("aıoueiöü")
_BACK_VOWELS = frozenset("aıou")
# Vowel harmony: the last vowel of the stem picks the high vowel of an ending.
_HIGH_VOWEL = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}
# A final k, p, t, ç softens before a vowel ending (valilik -> valiliği, yurt -> yurdu).
_SOFTENED = {"k": "ğ", "p": "b", "t": "d", "ç": "c"}


def _lemma(context: CheckContext, word: str) -> str | None:
    from drift.lexicon.lemma import turkish_lemmas

    lemmas = turkish_lemmas(word, context.resources.lexicon)
    return lemmas[0] if lemmas else None


@functools.lru_cache(maxsize=1)
def _calendar_names() -> dict[str, str]:
    """Turkish month and weekday names (drift.text.dates, from babel's CLDR data, wide forms), folded without
    accents, with their English names: "haziran": June, "subat": February, "carsamba": Wednesday."""
    from drift.text.dates import calendar_names

    english = {place: name.capitalize()
               for name, place in calendar_names(Language.ENGLISH, abbreviated=False).items()}
    return {fold_ascii(name, turkish=True): english[place]
            for name, place in calendar_names(Language.TURKISH, abbreviated=False).items()}


# English words after which a month or weekday name reads as a date ("in", "since", "every", "the end of").
_DATE_CUES = frozenset(
    "in on of since until till by from early late mid every each last next this during before after through "
    "between and or throughout around".split())
_DAY_OR_YEAR = re.compile(r"\d{1,2}|\d{4}")


def _calendar_word(context: CheckContext, view: BeadView, token: Token) -> str | None:
    """The English name of a Turkish month or weekday the English keeps as a date ("on 3 Haziran", "until
    Kasım", "each Perşembe"), else None.

    Many of the names are also given names ("Eylül", "Nisan", "Kasım") or
    stand in names of places and clubs ("the 29 Ekim Stadium"): the word must
    read as a date in the English (after a day number or a cue word such as
    "in", "since", "every", or before a day or a year), stand in no longer
    name, and a word of the aligned original must read as that date (in lower
    case, as Turkish writes a month without its day, or beside a number).
    Without an original only a day number or a year beside it will do.
    """
    key = fold_ascii(fold_case(token.stem, turkish=True), turkish=True)
    english = _calendar_names().get(key) if token.stem.isalpha() else None
    if english is None or (token.stem.islower() and is_english_word(context, token.stem)):
        return None  # "a mart" is English
    tokens = view.trans_tokens
    before = tokens[token.position - 1] if token.position else None
    after = tokens[token.position + 1] if token.position + 1 < len(tokens) else None
    if after is not None and after.start == token.end + 1 and after.stem[:1].isupper() \
            and not is_stopword(after.stem.lower(), Language.ENGLISH):
        return None  # "the 29 Ekim Stadium", "Eylül Tandoğan": a name
    if before is not None and before.end + 1 == token.start and before.stem[:1].isupper() \
            and not is_stopword(before.stem.lower(), Language.ENGLISH) and before.stem.lower() not in _DATE_CUES:
        return None  # "Ayşe Nisan"; "Every Salı" opens a sentence
    numbered = before is not None and _DAY_OR_YEAR.fullmatch(before.stem) is not None \
        or after is not None and _DAY_OR_YEAR.fullmatch(after.stem) is not None
    if not view.orig_tokens:
        # Without the original a cue word is not enough: "in Pazar" is a town as well as "on Sunday".
        return english if numbered else None
    if not numbered and (before is None or before.stem.lower() not in _DATE_CUES):
        return None
    if not any(_dated_in_original(view.orig_tokens, orig, key) for orig in view.orig_tokens):
        return None
    return english


def _dated_in_original(tokens: tuple[Token, ...], orig: Token, key: str) -> bool:
    """True when a Turkish token is the month or weekday `key` read as a date: written in lower case, or beside a
    number, or before "ay" / "gün" ("Mayıs ayında")."""
    if not fold_ascii(fold_case(orig.stem, turkish=True), turkish=True).startswith(key):
        return False
    if orig.stem[:1].islower():
        return True
    before = tokens[orig.position - 1] if orig.position else None
    after = tokens[orig.position + 1] if orig.position + 1 < len(tokens) else None
    return (before is not None and before.stem.isdigit()) or (after is not None and (
        after.stem.isdigit() or fold_case(after.stem, turkish=True).startswith(("ay", "gün"))))


def _reason(context: CheckContext, view: BeadView, token: Token, turkish_words: set[str]) -> str | None:
    """Why this English token is Turkish, or None when it is not."""
    if token.suffix and fold_case(token.suffix, turkish=True) in TURKISH_SUFFIXES and token.stem[:1].isupper():
        return f"“{token.suffix}” is a Turkish case ending glued to the name"
    calendar = _calendar_word(context, view, token)
    if calendar is not None:
        return f"“{token.stem}” is the Turkish name of {calendar}"
    unit = _unit(context, view, token, after_number=_after_number(view, token))
    if unit is not None:
        return f"“{token.stem}” is a Turkish unit of measure ({unit})"
    address = _address_word(context, view, token)
    if address is not None:
        return f"“{token.stem}” is a Turkish word of address ({address}) left beside the name"
    false_friend = _false_friend(context, token, turkish_words)
    if false_friend is not None:
        return false_friend
    if not token.stem.isalpha() or len(token.stem) < 3 or is_english_word(context, token.stem):
        return None
    folded = fold_case(token.stem, turkish=True)
    lemma = _lemma(context, token.stem)
    if lemma is None:
        if token.stem.islower() and folded in turkish_words and set(folded) & _TURKISH_ONLY_LETTERS \
                and not _glossed(context.alignment.trans.text, token):
            # A word copied from the original that the lexicon lacks ("başpehlivan"): its letters are Turkish.
            return f"“{token.stem}” is copied from the original, a Turkish word"
        return None
    if token.stem.islower() and folded not in turkish_words and folded in (lemma + "s", lemma + "es") \
            and _used_in_english(context, lemma):
        # An English plural of a word English text uses ("kilims"): the writer uses the Turkish word as English, a
        # loanword. One English text never uses ("sokaks") is the original's word with an English ending.
        return None
    if token.stem.islower() and 0 < zipf(folded, "en") and zipf(folded, "tr") <= zipf(folded, "en"):
        return None  # English text uses it as much as Turkish text does: a word English has borrowed
    if _used_in_english(context, folded) and not _copied_noun(context, token, folded, lemma, turkish_words, view):
        return None
    if token.stem.islower() and (folded in turkish_words or lemma in turkish_words) \
            and not _glossed(context.alignment.trans.text, token):
        # Glossed at once ("kete, a filled pastry"), a dish's or a custom's word is kept on purpose.
        return f"“{token.stem}” is the Turkish word of the original, not an English one"
    if token.stem.islower() and set(folded) & _TURKISH_ONLY_LETTERS and folded.startswith(lemma[:3]):
        return f"“{token.stem}” is a Turkish word ({lemma}), not an English one"
    if not token.stem.islower() and not token.stem.isupper() and inflected_noun(folded, lemma) \
            and _after_the(context.alignment.trans.text, view.trans_tokens, token) \
            and not _named_by_next_word(view, token, uninflected=True):
        return f"“{token.stem}” is an inflected Turkish word ({lemma} + suffix), not a name"
    if _capitalised_common_noun(context, view, token, folded, turkish_words):
        return f"“{token.stem}” is the Turkish word of the original ({lemma}), not an English one"
    head = _half_translated_name(context, view, token, folded, lemma, turkish_words)
    if head is not None:
        return f"“{token.stem}” is the Turkish word of the original ({lemma}), left in a name whose “{head}” is " \
               "translated"
    return None


UNITS_TABLE = Path(__file__).resolve().parent / "data" / "turkish_units.tsv"


@functools.lru_cache(maxsize=1)
def turkish_units() -> dict[str, str]:
    """Turkish units of measure English does not use -> the English unit (data/turkish_units.tsv, provenance there)."""
    rows = UNITS_TABLE.read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t")[:2] for line in rows if line and not line.startswith("#"))


def _unit(context: CheckContext, view: BeadView, token: Token, *, after_number: bool) -> str | None:
    """The English unit of a Turkish unit of measure the English keeps ("30 dönüm", "a kile of wheat", "dönüms"),
    else None.

    The word (as written, with an English plural, or read by the analyser:
    "dönümlük") is a unit of the table; the aligned original must write that
    unit (any inflection: "dekarlık", "kilesi"), and without an original a
    number must stand right before it, as it does before a measure.
    """
    stem = token.stem
    if not stem.isalpha() or not stem.islower() or len(stem) < 3:
        return None
    units = turkish_units()
    folded = fold_case(stem, turkish=True)
    if not any(folded.startswith(unit[:3]) for unit in units):
        return None  # most words: no reading asked of the analyser
    word = next((word for word in (folded, folded[:-1], _lemma(context, stem)) if word in units), None)
    if word is None:
        return None
    if not view.orig_tokens:
        return units[word] if after_number else None
    written = (fold_case(part, turkish=True) for orig in view.orig_tokens for part in orig.stem.split("-"))
    return units[word] if any(part.startswith(word) for part in written) else None


# WordNet kinds of a person's kin or rank, which a Turkish word of address beside a name gives ("amca": uncle,
# "kaptan": captain, "usta": adept, "hoca": teacher); a pilgrim's or a believer's word ("hacı") is left alone.
ADDRESS_KINDS = ("relative", "leader", "expert", "worker", "educator")
# How many of a word's renderings are read for a person's kin or rank ("usta": handy, deft ... adept).
_ADDRESS_SENSES = 8


def _address_word(context: CheckContext, view: BeadView, token: Token) -> str | None:
    """The English of a Turkish kinship word or title the English keeps beside a given name ("Nuri Amca",
    "Hüseyin usta", "Kaptan Selim Aksoy"), else None.

    A Turkish word of address follows the given name in lower case ("Nuri
    amca") or, as a rank, precedes it capitalised ("Kaptan Selim"); a surname
    follows it capitalised ("Selim Kaptan"). So the aligned original must write
    the word beside the same given name that way, and one of its first
    renderings must be a person's kin or rank (WordNet), before the name its
    first one ("Büyük Menderes" is a river: big, major). The English may write
    it either way; a word English uses ("Bey"), a given name read as a form of
    another word ("Caner") and a quoted name ("the \"Kaptan Rıza\"") are left alone.
    """
    stem = token.stem
    if not view.orig_tokens or not stem.isalpha() or stem.isupper() or token.suffix or len(stem) < 3:
        return None
    from drift.checks.pronoun_gender import given_names

    names = given_names()
    tokens = view.trans_tokens
    before = tokens[token.position - 1] if token.position else None
    after = tokens[token.position + 1] if token.position + 1 < len(tokens) else None
    beside = {neighbour.stem for neighbour in (before, after) if neighbour is not None and neighbour.stem in names
              and (neighbour.end + 1 == token.start or token.end + 1 == neighbour.start)}
    folded = fold_case(stem, turkish=True)
    english = zipf(folded, "en")
    if not beside or stem in names or is_english_word(context, stem) \
            or english >= COPIED_NOUN_ZIPF or zipf(folded, "tr") < english + TURKISH_LEAD:
        return None  # a word English uses ("Bey"), or quotes about as often as Turkish does
    if _lemma(context, stem) != folded:
        return None  # a word of address is a dictionary word as it stands: "Caner" is no form of can (soul)
    if token.start and context.alignment.trans.text[token.start - 1] in _QUOTES:
        return None  # a quoted name opens with it: the boat "Kaptan Rıza"
    lemma = folded
    orig = view.orig_tokens
    after_name = before_name = False
    for word in orig:
        if fold_case(word.stem, turkish=True) != folded:
            continue
        after_name |= word.position > 0 and orig[word.position - 1].stem in beside and word.stem.islower()
        before_name |= word.position + 1 < len(orig) and orig[word.position + 1].stem in beside \
            and not word.stem.islower()
    if not (after_name or before_name):
        return None
    from drift.lexicon.thesaurus import load_thesaurus

    thesaurus = load_thesaurus()
    # Before a name, a capitalised word may open a place's name ("Büyük Menderes": big, major): a rank's word is a
    # person by its first rendering ("Kaptan": master, captain).
    for sense in context.resources.lexicon.senses(lemma)[:_ADDRESS_SENSES if after_name else 1]:
        if any(thesaurus.is_kind_of(sense, kind) for kind in ADDRESS_KINDS):
            return sense
    return None


_QUOTES = "\"'“‘«"


@dataclass(frozen=True)
class _Kept:
    """Words of the English the original's Turkish is left in as a whole: a phrase or a hyphenated word."""

    first: int  # token positions
    last: int
    start: int  # offsets in the English
    end: int
    reason: str
    expected: str


@dataclass(frozen=True)
class _Word:
    """One word of a sentence, a hyphenated token's part counted as a word of its own."""

    text: str
    folded: str
    start: int
    end: int
    position: int  # its token's
    joined: bool  # to the word before it by one space or a hyphen


def _words(tokens: tuple[Token, ...], text: str) -> list[_Word]:
    """The words of tokens, hyphenated tokens cut at their hyphens ("apar-topar": apar, topar)."""
    words: list[_Word] = []
    for token in tokens:
        start = token.start
        for index, part in enumerate(token.stem.split("-")):
            gap = "-" if index else text[words[-1].end:token.start] if words else ""
            words.append(_Word(part, fold_case(part, turkish=True), start, start + len(part), token.position,
                               gap in ("-", " ")))
            start += len(part) + 1
    return words


def _turkish_only(context: CheckContext, folded: str) -> bool:
    """A word the analyser reads as Turkish, which is no English word and Turkish text uses more than English text."""
    from drift.text.morphology import read

    return len(folded) >= 3 and folded.isalpha() and read(folded) is not None \
        and not is_english_word(context, folded) and zipf(folded, "tr") > zipf(folded, "en")


def _reduplication(first: str, second: str) -> bool:
    """True for a Turkish reduplicated pair by its form: a doubled word ("tek tek"), an m-reduplication ("sebze
    mebze", "ekmek mekmek") or a rhyme made by a consonant before a word opening with a vowel ("indi bindi")."""
    if first == second:
        return True
    if first[:1] in _VOWELS:
        return len(second) == len(first) + 1 and second[1:] == first and second[0] not in _VOWELS
    return second == "m" + first[1:] and first[0] != "m"


def _reduplicated_by_form(context: CheckContext, first: str, second: str) -> bool:
    """A Turkish reduplication read without the original: an m-reduplication of a word Turkish text uses far more
    than English text ("sebze mebze"), or such a word doubled when it has a letter no English word has ("kapı kapı");
    English doubles its own sounds ("tut-tut", "tam-tam", "yada yada"), which may spell Turkish words."""
    return _reduplication(first, second) and (first != second or bool(set(first) & _TURKISH_ONLY_LETTERS)) \
        and _turkish_only(context, first) and zipf(first, "tr") >= zipf(first, "en") + TURKISH_LEAD


def _phrase_rendering(context: CheckContext, words: list[_Word]) -> str:
    """A rendering of a Turkish phrase left in the English: the lexicon's word for each of its words that it knows
    in its dictionary form, a doubled or reduplicated word once ("sebze mebze": vegetable)."""
    lexicon = context.resources.lexicon
    said: list[str] = []
    for index, word in enumerate(words):
        if index and _reduplication(words[index - 1].folded, word.folded):
            continue
        senses = lexicon.senses(word.folded)
        if senses:
            said.append(senses[0])
    return " ".join(said) if said else " ".join(word.text for word in words)


def _kept_phrases(context: CheckContext, view: BeadView) -> list[_Kept]:
    """Runs of two or more lower-case words the English copies from the aligned original in its order ("ufak
    tefek", "yarım-yamalak", "çoluk çocuk"), or, without an original, Turkish reduplications by their form ("kapı
    kapı", "sebze mebze": `_reduplicated_by_form`); one word at least must be Turkish only (`_turkish_only`). A Turkish phrase, a reduplicated
    one above all, is the original's own wording: English says it in its words ("minor", "one by one").
    """
    text = context.alignment.trans.text
    words = _words(view.trans_tokens, text)
    pairs = set()
    orig_words = _words(view.orig_tokens, context.alignment.orig.text) if view.orig_tokens else []
    for before, word in zip(orig_words, orig_words[1:]):
        if word.joined:
            pairs.add((before.folded, word.folded))
    found: list[_Kept] = []
    index = 0
    while index < len(words):
        end = index + 1
        while end < len(words) and words[end].joined and words[end].text.isalpha() and words[end].text.islower() \
                and words[end - 1].text.isalpha() and words[end - 1].text.islower() and (
                    (words[end - 1].folded, words[end].folded) in pairs if view.orig_tokens
                    else _reduplicated_by_form(context, words[end - 1].folded, words[end].folded)):
            end += 1
        run = words[index:end]
        if len(run) >= 2 and any(_turkish_only(context, word.folded) for word in run) \
                and not _glossed(text, view.trans_tokens[run[-1].position]) and not _name_particles(words, index, end):
            phrase = text[run[0].start:run[-1].end]
            kind = "reduplication" if any(_reduplication(a.folded, b.folded) for a, b in zip(run, run[1:])) \
                or any(_dup(word.folded) for word in run) else "phrase"
            found.append(_Kept(run[0].position, run[-1].position, run[0].start, run[-1].end,
                               f"“{phrase}” is a Turkish {kind} of the original, not English",
                               _phrase_rendering(context, run)))
        index = end
    return found


def _name_particles(words: list[_Word], start: int, end: int) -> bool:
    """True when a capitalised word follows the run at once: lower-case particles of a name ("van der Berg")."""
    return end < len(words) and words[end].joined and words[end].text[:1].isupper()


def _dup(folded: str) -> bool:
    """True for a word the analyser reads only as the partner of a reduplicated pair ("tefek", "topar", "yamalak")."""
    from drift.text.morphology import analyses

    found = analyses(folded)
    return bool(found) and all(analysis.root_pos == "Dup" for analysis in found)


def _kept_hyphenated(context: CheckContext, view: BeadView, turkish_words: set[str], skip: set[int]) -> list[_Kept]:
    """Hyphenated English words with a Turkish part ("30-dönüm", "tapu-registered"), the parts being lower-case words
    or numbers: the part is read as a word of its own (`_reason`, `_unit`), a number before it being a measure's."""
    found: list[_Kept] = []
    for token in view.trans_tokens:
        if "-" not in token.stem or token.position in skip or token.suffix:
            continue
        parts = token.stem.split("-")
        if not all(part.isdigit() or (part.isalpha() and part.islower()) for part in parts):
            continue
        reasons, said, start = [], [], token.start
        for index, part in enumerate(parts):
            piece = Token(start, start + len(part), part, part, "", token.position)
            start += len(part) + 1
            if part.isdigit() or len(part) < 3:
                said.append(part)
                continue
            unit = _unit(context, view, piece, after_number=index > 0 and parts[index - 1].isdigit())
            reason = f"“{part}” is a Turkish unit of measure ({unit})" if unit else _reason(
                context, view, piece, turkish_words)
            if reason:
                reasons.append(reason)
            senses = () if unit else context.resources.lexicon.senses(fold_case(part, turkish=True))
            said.append(unit or (senses[0] if reason and senses else part))
        if reasons:
            found.append(_Kept(token.position, token.position, token.start, token.end, "; ".join(reasons),
                               "-".join(said)))
    return found


@per_text  # the bead's own reading: kept on its view, so a bead met again is not read again
def _kept(context: CheckContext, view: BeadView) -> tuple[_Kept, ...]:
    """Turkish phrases and hyphenated words left in the bead's English (`_kept_phrases`, `_kept_hyphenated`)."""
    phrases = _kept_phrases(context, view)
    covered = {position for kept in phrases for position in range(kept.first, kept.last + 1)}
    return tuple(phrases + _kept_hyphenated(context, view, _turkish_words(context, view), covered))


def _after_number(view: BeadView, token: Token) -> bool:
    """True when a number stands right before the token ("30 dönüm")."""
    before = view.trans_tokens[token.position - 1] if token.position else None
    return before is not None and before.has_digit and before.end + 1 == token.start


# English heads of the names English gives in its own words, all of them ("the Wrestling Federation", "the Chess
# League"): public bodies (BODY_WORDS) and the leagues, clubs and cups of a sport. Places, buildings and
# universities are left out: English keeps their Turkish names ("the Ofis neighbourhood", "Işık University").
_TRANSLATED_HEADS = frozenset("league cup championship club".split())
# How many of the Turkish word's renderings are read for a common noun.
_NOUN_SENSES = 3


def _half_translated_name(context: CheckContext, view: BeadView, token: Token, folded: str, lemma: str,
                          turkish_words: set[str]) -> str | None:
    """The English head noun of a name the English half translates ("Federation" in "the Güreş Federation" for
    "Güreş Federasyonu"), else None.

    The capitalised word is the original's common noun (one of its first
    renderings a WordNet noun, the first no place) that English text does not use, and the English
    word right after it heads a body's, a league's or a club's name and renders
    the Turkish word that follows it in the original: the translator translated
    the head and left the word before it. A given name or a place before the
    head names the body after a person or a town, which English keeps.
    """
    if token.stem.isupper() or (folded not in turkish_words and lemma not in turkish_words) \
            or zipf(folded, "en") >= ENGLISH_USE_ZIPF:
        return None
    tokens = view.trans_tokens
    after = tokens[token.position + 1] if token.position + 1 < len(tokens) else None
    if after is None or after.start != token.end + 1 or not after.stem[:1].isupper() or not after.stem.isalpha():
        return None
    from drift.lexicon.lemma import english_lemma, turkish_lemmas

    head = english_lemma(after.stem.lower())
    if head not in BODY_WORDS | _TRANSLATED_HEADS:
        return None
    lexicon = context.resources.lexicon
    senses = lexicon.senses(lemma)
    if not senses or place_entities(token.stem, turkish=True) or place_entities(senses[0], turkish=False):
        return None
    from drift.lexicon.thesaurus import load_thesaurus

    thesaurus = load_thesaurus()
    if not any(thesaurus.synsets(sense.replace(" ", "_"), "n") or thesaurus.synsets(sense, "n")
               for sense in senses[:_NOUN_SENSES]):
        return None  # no common noun ("yüzme": flotage, swimming)
    following = [view.orig_tokens[orig.position + 1] for orig in view.orig_tokens[:-1]
                 if fold_case(orig.stem, turkish=True) in (folded, lemma) or _lemma(context, orig.stem) == lemma]
    if not any(head == sense or head in sense.split() for orig in following
               for turkish in turkish_lemmas(orig.stem, lexicon)[:2] for sense in lexicon.senses(turkish)[:8]):
        return None
    from drift.checks.pronoun_gender import given_names

    if token.stem in given_names():
        return None
    return after.stem


# How many of a Turkish word's renderings are read for the sense of an English word spelt alike.
_FALSE_FRIEND_SENSES = 8


def _false_friend(context: CheckContext, token: Token, turkish_words: set[str]) -> str | None:
    """Why a lower-case English word, perhaps with an English plural, is the aligned original's Turkish noun that
    English spells alike with another meaning ("the askers" for soldiers: an asker is one who asks), else None.

    The Turkish word must be the original's, the lexicon must render it by
    other words only, none of which shares a WordNet sense with the English
    word, and English text must seldom use the spelling while Turkish text uses it
    far more (as for a copied noun: COPIED_NOUN_ZIPF, TURKISH_LEAD). An English
    reader takes it for the English word, a meaning the original never had.
    """
    stem = token.stem
    if not stem.isalpha() or not stem.islower() or len(stem) < 3 or _glossed(context.alignment.trans.text, token):
        return None
    candidates = [stem] + ([stem[:-1]] if stem.endswith("s") else []) + ([stem[:-2]] if stem.endswith("es") else [])
    lexicon = context.resources.lexicon
    for word in candidates:
        if len(word) < 3 or word not in turkish_words:
            continue
        senses = lexicon.senses(word)[:_FALSE_FRIEND_SENSES]
        english = zipf(word, "en")
        if not senses or word in senses or english >= COPIED_NOUN_ZIPF or zipf(word, "tr") < english + TURKISH_LEAD:
            continue
        from drift.lexicon.thesaurus import load_thesaurus

        thesaurus = load_thesaurus()
        own = set(thesaurus.synsets(word, "n"))  # WordNet's English noun spelt alike, if any
        if own and not any(own & set(thesaurus.synsets(sense.replace(" ", "_"), "n") + thesaurus.synsets(sense, "n"))
                           for sense in senses):
            return f"“{stem}” is the Turkish word of the original ({word}: {senses[0]}), not the English word spelt alike"
    return None


# A Turkish noun English text seldom uses: below this Zipf frequency in English and at least
# TURKISH_LEAD more in Turkish ("tapu" 2.2 against 3.8, "nikah" 1.9 against 4.1; "lira" 3.0 is English).
COPIED_NOUN_ZIPF = 2.5
TURKISH_LEAD = 1.5
# The lead asked of a word left as half of a compound whose other half is translated ("dut trees": dut 2.2 in
# English, 3.5 in Turkish).
COMPOUND_LEAD = 1.0


def _copied_noun(context: CheckContext, token: Token, folded: str, lemma: str, turkish_words: set[str],
                 view: BeadView | None = None) -> bool:
    """True for a lower-case Turkish noun copied from the aligned original that English text seldom uses
    ("tapu transactions", "nikah appointments"), when the lexicon gives it another English rendering.

    wordfreq counts such words in English because English text quotes them
    now and then; copied from the very sentence translated, and far more
    Turkish than English, they are the original's word left untranslated.
    """
    if not token.stem.islower() or (folded not in turkish_words and lemma not in turkish_words) \
            or _glossed(context.alignment.trans.text, token):
        return False
    # The word is itself the dictionary form the lexicon renders: "kuruş" is no form of kuru (dry).
    senses = context.resources.lexicon.senses(folded)
    if lemma != folded or not senses or folded in senses:
        return False
    english = zipf(folded, "en")
    plain = fold_ascii(folded)
    if plain != folded and not is_english_word(context, plain):
        english = max(english, zipf(plain, "en"))  # "aga" is how English writes ağa
    lead = COMPOUND_LEAD if view is not None and _half_compound(context, view, token, folded) else TURKISH_LEAD
    return english < COPIED_NOUN_ZIPF and zipf(folded, "tr") >= english + lead


def _half_compound(context: CheckContext, view: BeadView, token: Token, folded: str) -> bool:
    """True when the copied word stands before an English noun that renders the Turkish word after it in the
    original ("dut trees" for "dut ağaçları", "incir jam" for "incir reçeli"): half of one compound translated, the
    other half left in Turkish. A short word English text happens to count (as an abbreviation, in another language)
    is then still the original's word."""
    from drift.lexicon.lemma import english_lemma, turkish_lemmas

    lexicon = context.resources.lexicon
    after = view.trans_tokens[token.position + 1] if token.position + 1 < len(view.trans_tokens) else None
    if after is None or after.start != token.end + 1 or not after.stem.isalpha():
        return False
    word = english_lemma(after.stem.lower(), lexicon)
    for orig in view.orig_tokens[:-1]:
        if fold_case(orig.stem, turkish=True) != folded:
            continue
        following = view.orig_tokens[orig.position + 1]
        if any(word == sense or word in sense.split()
               for lemma in turkish_lemmas(following.stem, lexicon)[:2] for sense in lexicon.senses(lemma)[:6]):
            return True
    return False


def _glossed(text: str, token: Token) -> bool:
    """True when an English gloss follows the word at once: "ağa, the festival's patron", "tapu (title deed)"."""
    after = text[token.end:token.end + 6].lower()
    return after.startswith((" (", ", the ", ", a ", ", an ", " – ", " — ", " - "))


MIN_STEM_NOUN = 4


def _stems(context: CheckContext, view: BeadView) -> set[str]:
    """Lexicon nouns an original word starts with, beyond its first lemma ("hamsinin": hamsi as well as hamsin)."""
    from drift.lexicon.lemma import turkish_lemmas

    lexicon = context.resources.lexicon
    found = set()
    for token in view.orig_tokens:
        folded = fold_case(token.stem, turkish=True)
        found |= {lemma for lemma in turkish_lemmas(token.stem, lexicon)[1:3]
                  if len(lemma) >= MIN_STEM_NOUN and folded.startswith(lemma) and lexicon.senses(lemma)}
    return found


def _capitalised_common_noun(context: CheckContext, view: BeadView, token: Token, folded: str,
                             turkish_words: set[str]) -> bool:
    """A capitalised Turkish noun of the original standing alone after "the" ("the Körfez" for the Gulf).

    The word must be the original's own word in these sentences, and end its
    noun phrase: a word after it other than a function word makes it a name
    that English keeps ("the Ofis neighbourhood", "the Boğaziçi University").
    """
    if token.stem.islower() or token.stem.isupper() or folded not in turkish_words:
        return False
    if is_stopword(folded, Language.TURKISH):
        return False  # a determiner ("Her", "Bütün") opens a name here; alone after "the" it would be no noun at all
    if not context.resources.lexicon.senses(folded):
        return False
    if _named_by_next_word(view, token):
        return False
    tokens = view.trans_tokens
    return token.position > 0 and tokens[token.position - 1].text.lower() == "the" \
        and tokens[token.position - 1].end + 1 == token.start


def _named_by_next_word(view: BeadView, token: Token, *, uninflected: bool = False) -> bool:
    """True when an English content word follows at once: the Turkish word is part of a name English keeps
    with its own noun ("the Ofis neighbourhood", "the Çayır Meydanı arena", "the Mavi Kuğu Shipyard").

    With `uninflected`, the word must be in its dictionary form, as such a noun
    is, so that a verb after the name ("the Kadıköy Belediyesi said") does not count.
    """
    tokens = view.trans_tokens
    following = tokens[token.position + 1] if token.position + 1 < len(tokens) else None
    if following is None or following.start != token.end + 1 or not following.stem.replace("-", "").isalpha() \
            or is_stopword(following.stem.lower(), Language.ENGLISH):
        return False
    if uninflected:
        from drift.lexicon.lemma import english_lemma

        word = following.stem.lower()  # "the Mavi Kuğu Shipyard": the noun may be part of the name
        if not following.stem.islower() and re.search(r"l[ae]r", token.stem.lower()):
            return False  # a plural names people or things, which English translates ("Lojistikçiler Association")
        return english_lemma(word) == word
    return True


def _used_in_english(context: CheckContext, folded: str) -> bool:
    """True for a word English text uses: as written, or without accents when that is no unrelated English word."""
    if zipf(folded, "en") >= ENGLISH_USE_ZIPF:
        return True
    plain = fold_ascii(folded)
    if plain == folded or zipf(plain, "en") < ENGLISH_USE_ZIPF:
        return False
    # "kurus" is the English spelling of kuruş, "ask" no English spelling of aşk.
    return not is_english_word(context, plain) or folded in context.resources.lexicon.turkish_for(plain)


def inflected_noun(folded: str, lemma: str) -> bool:
    """True when a folded word is the lemma plus a possessive, genitive or plural ending, as Turkish spells them.

    The ending must agree with the stem's last vowel and letter: valilik ->
    valiliği, ödül -> ödülü, şehir -> şehirleri, lojistik -> lojistikçiler;
    "kemali" (kemal + i) and "aksu" (ak + su) are no inflections. A bare
    plural is left out: many surnames have its form ("Demirler").
    """
    vowels = [letter for letter in lemma if letter in _VOWELS]
    if not vowels:
        return False
    high = _HIGH_VOWEL[vowels[-1]]
    plural_possessive = "ları" if vowels[-1] in _BACK_VOWELS else "leri"
    after_vowel = lemma[-1] in _VOWELS
    endings = {("s" if after_vowel else "") + high, plural_possessive}
    if after_vowel:
        endings.add(f"n{high}n")
    stems = {lemma, lemma[:-1] + _SOFTENED.get(lemma[-1], lemma[-1])}
    # An agent noun in the plural (lojistikçiler), perhaps possessed (lojistikçileri).
    agent_plural = f"[cç]{high}" + ("ları?" if high in "ıu" else "leri?")
    return any(
        folded.startswith(stem) and (
            folded[len(stem):] in endings or re.fullmatch(agent_plural, folded[len(stem):]) is not None)
        for stem in stems)


def _after_the(text: str, tokens: tuple[Token, ...], token: Token) -> bool:
    """True when the run of capitalised words that holds the token follows the definite article ("the Onur Ödülü")."""
    position = token.position
    while position > 0 and tokens[position - 1].stem[:1].isupper() and tokens[position - 1].text != "The" \
            and text[tokens[position - 1].end:tokens[position].start] == " ":
        position -= 1
    if position == 0 or text[tokens[position - 1].end:tokens[position].start] != " ":
        return False
    return tokens[position - 1].text.lower() == "the"


def _place_names(tokens: tuple[Token, ...]):
    """(first, last, English name) for each Turkish place name among capitalised English tokens, longest first."""
    from drift.lexicon.places import MAX_WORDS, exonyms, first_words, place_word

    table, starts = exonyms(), first_words()
    # Only capitalised words without an apostrophe ending can be part of a name here.
    words = [place_word(token.stem) if token.stem[:1].isupper() and not token.suffix else None for token in tokens]
    position = 0
    while position < len(tokens):
        if words[position] in starts:
            for size in range(min(MAX_WORDS, len(tokens) - position), 0, -1):
                key = tuple(words[position:position + size])
                if None not in key and key in table:
                    yield position, position + size - 1, table[key]
                    position += size - 1
                    break
        position += 1


@per_view  # the bead's own reading: kept on its view, so a bead met again is not read again
def _bead_place_names(view: BeadView) -> tuple[tuple[int, int, str], ...]:
    """`_place_names` of the bead's English."""
    return tuple(_place_names(view.trans_tokens))


# English nouns of the landmarks and natural features whose Turkish names English translates
# ("Tuz Gölü": Lake Tuz, "Galata Köprüsü": Galata Bridge, "Kapalıçarşı": the Grand Bazaar, "X Korusu": X Grove,
# "X Ormanı": X Forest). Parks and gardens are left out: they made new findings on published translations. Streets and
# districts are left out: English often keeps "İstiklal Caddesi" as it is.
FEATURE_WORDS = frozenset(
    "lake peninsula bazaar market marketplace mountain mount island gulf bay strait river valley bridge mosque "
    "palace fortress castle tower museum harbour harbor seaport cape grove forest woodland".split())
# How many of a Turkish word's renderings are read for a feature noun ("meydan": area, country, field, square).
MAX_FEATURE_SENSES = 6
MIN_STEM_LETTERS = 3


def _feature(context: CheckContext, word: str) -> str | None:
    """The English feature noun a Turkish word names ("Gölü": lake, "Camii": mosque)."""
    from drift.lexicon.lemma import turkish_lemmas

    lexicon = context.resources.lexicon

    def named(text: str) -> str | None:
        for lemma in turkish_lemmas(text, lexicon)[:2]:
            if not fold_case(text, turkish=True).startswith(lemma[:MIN_STEM_LETTERS]):
                continue
            senses = lexicon.senses(lemma)[:MAX_FEATURE_SENSES]
            listed = [sense for sense in senses if sense in FEATURE_WORDS]
            if listed:
                return listed[0]
            # Read by its first rendering only, the word's main sense ("Hatları" is lines before it is a stretcher);
            # a home's, a room's or a way's name ("Konağı": mansion, hall) is one English often keeps. Turkish
            # names a place by a compound with the possessive ending ("Rasathanesi", "Şelalesi"); a bare noun
            # after a name ("Kumaş", "Dokuma": fabric) names a firm's trade, and the firm keeps its name.
            if senses and _feature_kind(senses[0]) and not any(_kept_kind(sense) for sense in senses[:2]) \
                    and inflected_noun(fold_case(text, turkish=True), lemma):
                return senses[0]
        return None

    return named(word)


# WordNet kinds of the places English names in its own words ("Rasathanesi": observatory, "Feneri": lighthouse,
# "Şelalesi": waterfall), beyond FEATURE_WORDS; homes and ways (a mansion's, a street's name) English often keeps.
FEATURE_KINDS = ("structure", "geological formation", "body of water", "facility")
_KEPT_KINDS = ("dwelling", "way", "room")


@functools.lru_cache(maxsize=4096)
def _feature_kind(sense: str) -> bool:
    """A rendering WordNet files under a built structure, a landform or a body of water."""
    from drift.lexicon.thesaurus import load_thesaurus

    thesaurus = load_thesaurus()
    if " " in sense:
        return False
    kinds = {synset for kind in FEATURE_KINDS for synset in thesaurus.synsets(kind, "n")}
    # Most of its noun senses: "star" is a shape and a performer more often than anything built.
    synsets = thesaurus.synsets(sense, "n")
    return bool(synsets) and 2 * sum(not kinds.isdisjoint(thesaurus.ancestors(synset)) for synset in synsets) >= len(synsets)


@functools.lru_cache(maxsize=4096)
def _kept_kind(sense: str) -> bool:
    """A rendering WordNet files under a home, a room or a way."""
    from drift.lexicon.thesaurus import load_thesaurus

    thesaurus = load_thesaurus()
    return any(thesaurus.is_kind_of(sense, kind) for kind in _KEPT_KINDS)


def _landmarks(context: CheckContext, view: BeadView, orig_words: set[str]):
    """(first, last, feature) for each Turkish landmark name the English copies from the original.

    The run ends in a word of the original that is no English word and names
    a feature ("Gölü", "Yarımada", "Camii"); it holds the capitalised words of
    the original before it ("Tuz", "Tarihi"). A single word must carry the
    possessive ending of a name ("Köprüsü"): "Ada" alone may be a person, and
    one-word names ("Uludağ", "Kapıkule", "Kapalıçarşı") are often names
    English keeps. An English gloss right after it, or a given name right
    before it, leaves it alone.
    """
    from drift.checks.pronoun_gender import given_names

    tokens = view.trans_tokens
    text = context.alignment.trans.text
    for token in tokens:
        folded = fold_case(token.stem, turkish=True)
        if (not token.stem[:1].isupper() or token.stem.isupper() or token.suffix or folded not in orig_words
                or is_english_word(context, token.stem) or zipf(folded, "en") >= ENGLISH_USE_ZIPF):
            continue
        feature = _feature(context, token.stem)
        if feature is None or feature in text[token.end:token.end + 30].lower():
            continue
        first = token
        while first.position > 0:
            before = tokens[first.position - 1]
            if not (before.stem[:1].isupper() and before.end + 1 == first.start and not before.suffix
                    and fold_case(before.stem, turkish=True) in orig_words):
                break
            first = before
        if first is token and (not _single_landmark(context, folded) or place_entities(token.stem, turkish=True)):
            continue  # "Bingöl" (bin + göl) is a town's name
        if first.position > 0 and tokens[first.position - 1].stem in given_names():
            continue
        if first.stem in given_names() and not _single_landmark(context, folded):
            continue  # "Selin Ada" is a person; "Umut Korusu", with a name's possessive ending, a park named after one
        yield first, token, feature


# Natural features whose names English gives in its own form ("Akdeniz": the Mediterranean Sea,
# "Fırat": the Euphrates River), read from the lexicon's renderings.
NATURAL_FEATURES = frozenset("sea river lake mountain mountains mount gulf bay strait island islands".split())


def _exonym(context: CheckContext, folded: str) -> str | None:
    """The English name the lexicon gives a Turkish sea, river, lake or mountain, when it is another name
    ("akdeniz": mediterranean sea -> Mediterranean), else None ("marmara": sea of marmara)."""
    for sense in context.resources.lexicon.senses(folded)[:MAX_FEATURE_SENSES]:
        words = sense.split()
        if len(words) < 2 or " of " in f" {sense} ":
            continue
        name = words[:-1] if words[-1] in NATURAL_FEATURES else words[1:] if words[0] in NATURAL_FEATURES else None
        if name and fold_ascii(" ".join(name)) != fold_ascii(folded) and all(word.isalpha() for word in name):
            return " ".join(word.capitalize() for word in words)  # "Mediterranean Sea", "Euphrates River"
    return None


def _feature_names(context: CheckContext, view: BeadView, orig_words: set[str]):
    """(token, English name) for a Turkish name of a sea or river the English copies after "the"
    ("the Akdeniz coast", "the Fırat River").

    "the" shows a feature's name, not a person's ("Fırat" is a given name
    too) nor a town's ("Akdeniz" is a district of Mersin); an institution
    named after the feature keeps its name ("Akdeniz University").
    """
    from drift.checks._institutions import INSTITUTION_WORDS

    tokens = view.trans_tokens
    for token in tokens:
        folded = fold_case(token.stem, turkish=True)
        if (not token.stem[:1].isupper() or token.stem.isupper() or token.suffix or folded not in orig_words
                or token.position == 0 or tokens[token.position - 1].text.lower() != "the"
                or is_english_word(context, token.stem) or zipf(folded, "en") >= ENGLISH_USE_ZIPF):
            continue
        following = tokens[token.position + 1] if token.position + 1 < len(tokens) else None
        if following is not None and (following.stem.lower() in INSTITUTION_WORDS or (
                following.start == token.end + 1 and following.stem[:1].isupper()
                and following.stem.lower() not in NATURAL_FEATURES)):
            continue  # "the Akdeniz University", "the Akdeniz Container Terminal": a name English keeps
        english = _exonym(context, folded)
        if english:
            yield token, english


def _before_landmark_noun(tokens: tuple[Token, ...], position: int) -> bool:
    """True when a capitalised English landmark noun follows the token at `position` ("Süleymaniye Mosque")."""
    from drift.checks._institutions import INSTITUTION_WORDS

    if position + 1 >= len(tokens):
        return False
    after = tokens[position + 1]
    return (after.start == tokens[position].end + 1 and after.stem[:1].isupper()
            and after.stem.lower() in FEATURE_WORDS | INSTITUTION_WORDS)


def _name_goes_on(tokens: tuple[Token, ...], position: int) -> bool:
    """True when a capitalised word other than a function word follows the token at `position` in one name."""
    if position + 1 >= len(tokens) or tokens[position].suffix:
        return False
    after = tokens[position + 1]
    return (after.start == tokens[position].end + 1 and after.stem[:1].isupper() and not after.stem.isupper()
            and not is_stopword(after.stem.lower(), Language.ENGLISH))


def _single_landmark(context: CheckContext, folded: str) -> bool:
    """A one-word landmark: a feature noun with the possessive ending of a name ("köprüsü", "gölü")."""
    lemma = _lemma(context, folded)
    return lemma is not None and inflected_noun(folded, lemma)


# English nouns of the public bodies, offices and departments whose Turkish names English translates
# ("Tarih ve Coğrafya Bölümü": Department of History and Geography, "Daire Başkanlığı": Department); clubs, firms and schools by a person's name are kept as they are and head no such noun.
BODY_WORDS = frozenset(
    "directorate directorship department ministry governorship presidency municipality council authority agency "
    "administration institute institution faculty association union federation chamber foundation exchange "
    "bourse court command headquarters bureau board commission consulate embassy".split())
# Lower-case Turkish words that join the words of a body's name ("Tarih ve Coğrafya Bölümü").
_NAME_CONNECTORS = frozenset({"ve", "ile"})
MIN_BODY_WORDS = 2


def _body(context: CheckContext, word: str) -> str | None:
    """The English body noun a Turkish head noun with a compound ending names ("Müdürlüğü": directorship)."""
    from drift.lexicon.lemma import turkish_lemmas

    folded = fold_case(word, turkish=True)
    for lemma in turkish_lemmas(word, context.resources.lexicon)[:2]:
        if len(lemma) < MIN_STEM_LETTERS or not inflected_noun(folded, lemma):
            continue
        for sense in context.resources.lexicon.senses(lemma)[:MAX_FEATURE_SENSES]:
            if sense in BODY_WORDS:
                return sense
    return None


def _body_names(context: CheckContext, view: BeadView, orig_words: set[str], turkish_words: set[str]):
    """(first, last, body noun) for each Turkish name of a public body the English copies from the original.

    The run is two or more words of the original, capitalised but for a Turkish
    connector ("ve"), perhaps with an ordinal ("3. Daire"), none an English
    word, ending in a Turkish noun with the compound ending of a name whose
    lexicon rendering is a body ("Bölümü": department, "Müdürlüğü":
    directorship). English translates such names; an English gloss right after
    the name leaves it alone.
    """
    tokens = view.trans_tokens
    text = context.alignment.trans.text
    for token in tokens:
        if not token.stem[:1].isupper() or token.stem.isupper() or token.suffix \
                or fold_case(token.stem, turkish=True) not in orig_words or is_english_word(context, token.stem):
            continue
        body = _body(context, token.stem)
        if body is None or _glossed(text, token) or text[token.end:token.end + 2] == " (":
            continue
        first, words = token, 1
        while first.position > 0:
            before = tokens[first.position - 1]
            gap = text[before.end:first.start]
            folded = fold_case(before.stem, turkish=True)
            if before.stem.isdigit() and gap == ". ":
                first = before  # "3. Daire": an ordinal inside the name
                continue
            if gap != " " or before.suffix or before.stem.isupper():
                break
            if before.stem in _NAME_CONNECTORS and folded in turkish_words:
                first = before
                continue
            if not before.stem[:1].isupper() or folded not in orig_words or is_english_word(context, before.stem):
                break
            first, words = before, words + 1
        while first.stem in _NAME_CONNECTORS or first.stem.isdigit():
            first = tokens[first.position + 1]
        if words >= MIN_BODY_WORDS:
            yield first, token, body


def _other_name(context: CheckContext, token: Token, folded: str) -> str | None:
    """The English name of a place the English gives under its Turkish name ("Cenova": Genoa).

    The lexicon's first rendering must be a name of the same place in the
    gazetteer, spelt otherwise; and English must use that name, not the
    Turkish one (wordfreq), or the English text must use it elsewhere. Old
    names that English keeps for history ("Antakya": Antioch) fail the test.
    """
    from drift.checks._substitution import close_names
    from drift.lexicon.gazetteer import load_gazetteer
    from drift.lexicon.places import place_key

    gazetteer = load_gazetteer()
    # Towns and cities: countries and nationality words are the CLDR table's (drift.lexicon.places).
    entities = {place.entity for place in gazetteer.lookup([token.stem], turkish=True) if place.level == "city"}
    if not entities:
        return None
    for sense in context.resources.lexicon.senses(folded)[:1]:
        if place_key(sense.split()) == place_key([folded]) or close_names(token.stem, sense):
            continue
        if not entities & {place.entity for place in gazetteer.lookup(sense.split(), turkish=False)}:
            continue
        name = " ".join(word.capitalize() for word in sense.split())
        used_here = re.search(rf"\b{re.escape(name)}\b", context.alignment.trans.text) is not None
        if used_here or (zipf(folded, "en") < ENGLISH_USE_ZIPF and zipf(sense, "en") >= COPIED_NOUN_ZIPF):
            return name
    return None


def _in_longer_name(tokens: tuple[Token, ...], token: Token) -> bool:
    """True when a capitalised word stands right before or after the token, in the same name."""
    before = tokens[token.position - 1] if token.position else None
    after = tokens[token.position + 1] if token.position + 1 < len(tokens) else None
    return (before is not None and before.end + 1 == token.start and before.stem[:1].isupper()
            and not before.suffix and not is_stopword(before.stem.lower(), Language.ENGLISH)) or \
        (after is not None and token.end + 1 == after.start and after.stem[:1].isupper()
         and not is_stopword(after.stem.lower(), Language.ENGLISH))


def _other_names(context: CheckContext, view: BeadView, orig_words: set[str], skip: set[int]):
    """(token, English name) for each place name the English copies from the original where English has its own."""
    text = context.alignment.trans.text
    for token in view.trans_tokens:
        folded = fold_case(token.stem, turkish=True)
        if (token.position in skip or not token.stem[:1].isupper() or token.stem.isupper() or token.suffix
                or folded not in orig_words):
            continue
        if _in_longer_name(view.trans_tokens, token):
            continue  # "Türk Telekom", "Roma Hotel": a firm's or a building's name, which English keeps
        english = _other_name(context, token, folded)
        if english and english.lower() not in text[token.end:token.end + 40].lower():
            yield token, english


# After an acronym, a capitalised word or a figure makes it part of a name ("BİZ Party", "HAT 155"); so does a
# capitalised word right before it ("Kartal TIR Parkı").
_ACRONYM_IN_NAME = re.compile(r"(?:['’]s)?\s+(?:[A-ZÇĞİÖŞÜ]|\d)")
_ACRONYM_AFTER_NAME = re.compile(r"[A-ZÇĞİÖŞÜ]\w*\s+$")


# How much more Turkish text must use an abbreviation than English text (Zipf) for it to be Turkish's own
# ("KDV" 3.6 against 1.3; "CD" 4.4 against 4.4 is both languages').
ABBREVIATION_LEAD = 1.0


def _common_acronym(context: CheckContext, token: Token, orig_words: set[str]) -> str | None:
    """The English noun a Turkish acronym copied from the original stands for ("TIR": truck, "KDV": VAT).

    Only an acronym of a common noun, which English says in its own words: the
    lexicon's first rendering is one English noun (WordNet) spelt otherwise, English
    text uses the abbreviation far less than Turkish text does ("CD" is both's), and its
    rendering names no place (a town written in capitals, "BURSA"); an
    institution's acronym ("TÜİK", "AFAD") renders as a name or as itself and is
    the business of D702 (bare acronym). An English plural "s" may follow ("TIRs").
    """
    stem = token.stem
    letters = stem[:-1] if stem.endswith("s") and stem[:-1].isupper() else stem
    if len(letters) < 2 or not letters.isalpha() or not letters.isupper():
        return None
    from drift.lexicon.thesaurus import load_thesaurus

    folded = fold_case(letters, turkish=True)
    text = context.alignment.trans.text
    if _ACRONYM_IN_NAME.match(text, token.end) or text[max(0, token.start - 1):token.start] == "(" \
            or _glossed(text, token) or _ACRONYM_AFTER_NAME.search(text, max(0, token.start - 30), token.start):
        return None  # "the BİZ Party", "the HAT 155 line", "(KKS)": a name's part, or glossed at once
    senses = context.resources.lexicon.senses(folded)[:1] if folded in orig_words else ()
    if not senses or " " in senses[0] or fold_ascii(senses[0]) == fold_ascii(folded):
        return None
    if 0 < zipf(folded, "en") and zipf(folded, "tr") < zipf(folded, "en") + ABBREVIATION_LEAD:
        return None  # English uses it about as much as Turkish does ("CD", "ATM"): an abbreviation both share
    if place_entities(senses[0], turkish=False):
        return None  # a town written in capitals ("BURSA"), which the lexicon renders by a place, not a common noun
    from drift.lexicon.lemma import english_lemma

    if english_lemma(senses[0]) != senses[0] or not load_thesaurus().synsets(senses[0], "n"):
        return None  # "sat" is a form of sit before it is a noun
    return senses[0]


def _english_runs(context: CheckContext) -> dict[int, list[tuple[tuple[str, ...], str]]]:
    """The English text's runs of two or more capitalised words, by length: (lower-case lemmas, as written)."""
    from drift.lexicon.lemma import english_lemma

    runs: dict[int, list[tuple[str, ...]]] = {}
    for view in context.beads:
        run: list[Token] = []
        for token in (*view.trans_tokens, None):
            if token is not None and token.stem[:1].isupper() and token.stem.isalpha() and (
                    not run or run[-1].end + 1 == token.start):
                run.append(token)
                continue
            while run and is_stopword(run[0].stem.lower(), Language.ENGLISH):
                run = run[1:]  # "The City Theatres": the article opens the sentence, not the name
            if len(run) >= MIN_BODY_WORDS:
                words = tuple(english_lemma(item.stem.lower()) for item in run)
                runs.setdefault(len(words), []).append((words, " ".join(item.stem for item in run)))
            run = [token] if token is not None and token.stem[:1].isupper() and token.stem.isalpha() else []
    return runs


# A Turkish word's renderings read for a name given word for word ("Kent": city, "Müzesi": museum).
_NAME_SENSES = 5


def _renamed_elsewhere(context: CheckContext, view: BeadView, orig_words: set[str], runs, skip: set[int]):
    """(first, last, English name) for a name of two or more capitalised Turkish words of the original that the
    English copies here and gives in English, word for word, elsewhere ("Kent Müzesi" here, "City Museum" there)."""
    from drift.lexicon.lemma import turkish_lemmas

    lexicon = context.resources.lexicon
    tokens = view.trans_tokens
    position = 0
    while position < len(tokens):
        end = position
        while end < len(tokens) and end not in skip and tokens[end].stem[:1].isupper() and tokens[end].stem.isalpha() \
                and not tokens[end].suffix and fold_case(tokens[end].stem, turkish=True) in orig_words \
                and (end == position or tokens[end - 1].end + 1 == tokens[end].start):
            end += 1
        # One word may be English too ("Un": flour), not all of them: an English name is no copy.
        if end - position >= MIN_BODY_WORDS and not all(is_english_word(context, token.stem)
                                                        for token in tokens[position:end]):
            senses = [{sense for lemma in turkish_lemmas(token.stem, lexicon)[:2]
                       for sense in lexicon.senses(lemma)[:_NAME_SENSES]} for token in tokens[position:end]]
            english = next((written for run, written in runs.get(end - position, ())
                            if all(word in said for word, said in zip(run, senses))), None)
            if english is not None:
                yield tokens[position], tokens[end - 1], english
        position = max(end, position + 1)


@per_text  # the bead's own words and their lemmas: kept on its view, so a bead met again is not read again
def _turkish_words(context: CheckContext, view: BeadView) -> frozenset[str]:
    """The original's words in this bead, folded, with their first lemmas and the nouns they start with."""
    words = {fold_case(token.stem, turkish=True) for token in view.orig_tokens}
    words |= {lemma for token in view.orig_tokens if (lemma := _lemma(context, token.stem))}
    return frozenset(words | _stems(context, view))


@per_text  # the bead's own reading: kept on its view, so a bead met again is not read again
def _reasons(context: CheckContext, view: BeadView) -> dict[int, str]:
    """Why each English word of the bead is Turkish (`_reason`), by position; words that are not are left out."""
    turkish_words = _turkish_words(context, view)
    return {token.position: reason for token in view.trans_tokens
            if (reason := _reason(context, view, token, turkish_words))}


@check("D701", "untranslated", Category.UNTRANSLATED, Severity.MINOR, needs_original=False)
def untranslated(context: CheckContext):
    lexicon = context.resources.lexicon
    # Capitalised words of the whole original: a landmark's name is copied from there.
    orig_words = {fold_case(token.stem, turkish=True) for view in context.beads for token in view.orig_tokens
                  if token.stem[:1].isupper()}
    name_runs = None
    for view in context.beads:
        turkish_words = _turkish_words(context, view)
        handles = {token.stem[1:].lower() for token in view.orig_tokens if token.is_handle}
        landmarks = list(_landmarks(context, view, orig_words))
        # A landmark's name holds the place ("Süleymaniye Camii"), and a place before an English landmark
        # noun names the landmark ("the Süleymaniye Mosque"), not the town abroad.
        # A capitalised word right after it makes it part of a longer name the English keeps as the original
        # spells it ("the Bağdat Kiosk Library", "Selanik Street"), not the town abroad.
        places = [(a, b, english) for a, b, english in _bead_place_names(view)
                  if not any(first.position <= b and a <= last.position for first, last, _ in landmarks)
                  and not _before_landmark_noun(view.trans_tokens, b)
                  and not _name_goes_on(view.trans_tokens, b)]
        in_places = {token.position for first, last, _ in places for token in view.trans_tokens[first:last + 1]}
        named = {token.position for first, last, _ in landmarks
                 for token in view.trans_tokens[first.position:last.position + 1]} | in_places
        features = [(token, english) for token, english in _feature_names(context, view, orig_words)
                    if token.position not in named]
        in_places |= {token.position for token, _ in features}
        features += list(_other_names(context, view, orig_words, named | in_places))
        in_places |= {token.position for token, _ in features}
        bodies = [(first, last, body) for first, last, body in _body_names(context, view, orig_words, turkish_words)
                  if not any(first.position <= token.position <= last.position for token, _ in features)]
        # A landmark's or a public body's Turkish name copied whole: one finding each, the kind named only
        # (names are the translator's to word: the lexicon's word-for-word renderings mislead, "Tarih": date,
        # for the history department).
        copied = [(first, last, kind, "landmark") for first, last, kind in landmarks] + \
                 [(first, last, kind, "body-name") for first, last, kind in bodies]
        in_places |= {token.position for first, last, _, _ in copied
                      for token in view.trans_tokens[first.position:last.position + 1]}
        for first, last, kind, basis in copied:
            name = context.alignment.trans.text[first.start:last.end]
            yield make_finding(
                untranslated, view,
                message=f"Turkish left in the English: “{name}” is the Turkish name of {_article(kind)} {kind}, "
                        "which English names in English.",
                trans=context.trans_span(first.start, last.end),
                orig=None,
                basis=basis,
                expected=f"the English name of the {kind}",
                evidence=f"{last.stem} names {_article(kind)} {kind} (lexicon); the English copies the original's words",
            )
        for first, last, english in places:
            start, end = view.trans_tokens[first], view.trans_tokens[last]
            name = context.alignment.trans.text[start.start:end.end]
            yield make_finding(
                untranslated, view,
                message=f"Turkish left in the English: “{name}” is the Turkish name of {english}.",
                trans=context.trans_span(start.start, end.end),
                orig=None,
                basis="place-name",
                expected=english,
                evidence="Turkish place name (drift.lexicon.places) in English text",
            )
        for token, english in features:
            yield make_finding(
                untranslated, view,
                message=f"Turkish left in the English: “{token.stem}” is the Turkish name of "
                        + (english if english.split()[-1].lower() not in NATURAL_FEATURES else f"the {english}") + ".",
                trans=context.trans_span(token.start, token.end),
                orig=None,
                basis="place-name",
                expected=english,
                evidence=f"the lexicon renders {token.stem} as {english}",
            )
        if name_runs is None:
            name_runs = _english_runs(context)
        for first, last, english in _renamed_elsewhere(context, view, orig_words, name_runs, in_places):
            in_places |= set(range(first.position, last.position + 1))
            name = context.alignment.trans.text[first.start:last.end]
            yield make_finding(
                untranslated, view,
                message=f"Turkish left in the English: “{name}” is the original's name, which the English gives "
                        f"as “{english}” elsewhere.",
                trans=context.trans_span(first.start, last.end),
                orig=None,
                basis="name-elsewhere",
                expected=english,
                evidence=f"the lexicon renders its words as {english.lower()}, as the English names it elsewhere",
            )
        kept = [item for item in _kept(context, view)
                if not any(position in in_places for position in range(item.first, item.last + 1))]
        for item in kept:
            in_places |= set(range(item.first, item.last + 1))
            yield make_finding(
                untranslated, view,
                message=f"Turkish left in the English: {item.reason}.",
                trans=context.trans_span(item.start, item.end),
                orig=None,
                basis="turkish-words",
                expected=item.expected,
                evidence="Turkish words of the original in English text",
            )
        flagged: list[tuple[Token, str]] = []
        reasons = _reasons(context, view)
        for token in view.trans_tokens:
            if token.stem.lower() in handles or token.position in in_places:
                continue  # a handle that lost its "@" is another check's business
            noun = _common_acronym(context, token, orig_words)
            if noun is not None:
                yield make_finding(
                    untranslated, view,
                    message=f"Turkish left in the English: “{token.stem}” is a Turkish abbreviation of a common noun "
                            f"({noun}).",
                    trans=context.trans_span(token.start, token.end),
                    orig=None,
                    basis="acronym",
                    expected=noun + ("s" if token.stem.endswith("s") and not token.stem.isupper() else ""),
                    evidence=f"the lexicon renders {token.stem} as {noun}, an English noun",
                )
                continue
            reason = reasons.get(token.position)
            if reason:
                flagged.append((token, reason))
        runs: list[list[tuple[Token, str]]] = []
        for token, reason in flagged:
            if runs and runs[-1][-1][0].position + 1 == token.position:
                runs[-1].append((token, reason))
            else:
                runs.append([(token, reason)])
        for run in runs:
            first, last = run[0][0], run[-1][0]
            words = [token for token, _ in run]
            renderings = []
            for token in words:
                lemma = _lemma(context, token.stem)
                senses = lexicon.senses(lemma) if lemma else ()
                # Only a plain, possessive or plural form reads as its lemma: a word the analyser cuts otherwise
                # ("kete" as ket + e, "to the barrier") is a word the lexicon lacks, not its stem's sense.
                folded = fold_case(token.stem, turkish=True)
                plain = lemma is not None and (folded == lemma or inflected_noun(folded, lemma)
                                               or folded in (lemma + "ler", lemma + "lar"))
                calendar = _calendar_word(context, view, token) or _unit(
                    context, view, token, after_number=_after_number(view, token))
                address = _address_word(context, view, token)
                if address and token.stem[:1].isupper():
                    address = address[:1].upper() + address[1:]  # "Nuri Amca": Uncle Nuri
                renderings.append(calendar or address or (senses[0] if senses and plain else token.stem))
            suffix_only = all(token.suffix and "case ending" in reason for token, reason in run)
            yield make_finding(
                untranslated, view,
                message="Turkish left in the English: " + "; ".join(reason for _, reason in run) + ".",
                trans=context.trans_span(first.start, last.end),
                orig=None,
                basis="turkish-words",
                expected=" ".join(token.stem for token in words) if suffix_only else " ".join(renderings),
                evidence="Turkish word or suffix in English text",
            )


def _article(noun: str) -> str:
    return "an" if noun[:1] in "aeiou" else "a"
