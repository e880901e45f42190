"""Swapped name: the surname matches the original but the given name does not, or the reverse.

Why it matters: "Bill Stewart" for Phil Stewart is a different person; a
reader who repeats it gets the wrong name, which is why this is critical.

Example: English "Bill Stewart", Turkish "Phil Stewart": the surname links,
the given name before it does not and is not a spelling variant of it.

A capitalised word before a surname is a given name only with evidence of a
person on both sides:
- the aligned Turkish sentence has the surname with a capitalised word right
  before it (a month, an adverb or a nickname before a surname the original
  gives alone is no rendering of a given name);
- neither word is all capitals (a headline, "RIO DE JANEIRO", or an acronym)
  or a one- or two-letter particle or initial ("Al", "El", "De");
- the English word is no ordinary English word read as one: at the opening of
  a sentence or quotation, or after another capitalised ordinary word (a title
  of an event or work in title case), "Particularly", "Mother" or "Birthday"
  is the word itself; in running text a capitalised "Can" is a name;
- it is no spelling slip of the original's given name (one letter dropped or
  added), which is the name-spelling check's finding.
A title before the surname on both sides ("Governor", "Valisi") is not a
given name and is left to the mistranslation checks. A given name of the
original's that is a word too, translated as that word ("Ramadan Özdemir" for
Ramazan Özdemir), is still another name. Expected: the original's given name.

The surname is compared the other way round: "Selin Kaya" where the aligned
original has "Selin Korkmaz" is flagged when Selin is a given name of the
table (drift/checks/data/given_names.tsv), "Kaya" is spelt nowhere in the
original, however transliterated, and "Korkmaz" is not in the English
sentence. Expected: the original's surname.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from drift.checks import check
from drift.checks._names import (
    TITLE_WORDS,
    bead_turkish_names, english_key, is_english_word, is_translation, is_turkish_word, looks_like_name, pair_views,
)
from drift.checks.context import BeadView, CheckContext, make_finding
from drift.checks.pronoun_gender import given_names
from drift.model import Category, Language, Severity
from drift.text.stopwords import is_stopword
from drift.text.tokens import Token, name_key
from drift.text.translit import same_sounds

# Two surnames this close are one written two ways (Özdemir, Ozdemir), which the spelling checks judge.
SAME_NAME_RATIO = 80
# Particles and initials ("Al", "El", "De", "J"): too short to be the given name compared.
MIN_GIVEN_NAME_LETTERS = 3
# What may stand between a sentence start and its first word without making it running text.
_OPENERS = "\"'“”‘’«»([{ "


@check("D102", "name-swap", Category.NAME, Severity.CRITICAL)
def name_swap(context: CheckContext):
    text = context.alignment.trans.text
    for view in pair_views(context):
        tokens = view.trans_tokens
        orig_names = bead_turkish_names(view)
        for first, surname in zip(tokens, tokens[1:]):
            if not (looks_like_name(first) and looks_like_name(surname)):
                continue
            if surname.start > first.end + 1 or len(surname.stem) < 3:
                continue  # not "Given Surname": punctuation between, or an abbreviation
            if first.suffix:
                continue  # a possessive ("Japan's Tanaka"): whose, not a given name
            opening = _opens_text(text, view, first)
            if opening and is_stopword(first.stem.lower(), Language.ENGLISH):
                continue  # "In Dikmen, ...": a function word opening the sentence
            if _title(first.stem) or is_english_word(context, surname.stem):
                continue  # "Minister Karaağaç", "Ex-mayor Er", "Welfare Party": no given name and surname
            if not _may_be_given_name(first.stem) or _read_as_word(context, tokens, first, opening):
                continue
            swapped = _swapped_surname(context, view, orig_names, first, surname)
            if swapped is not None:
                yield make_finding(
                    name_swap, view,
                    message=f"“{first.stem} {surname.stem}”: the original's surname is “{swapped.stem}”.",
                    trans=context.trans_span(surname.start, surname.start + len(surname.stem)),
                    orig=context.orig_span(swapped.start, swapped.start + len(swapped.stem)),
                    basis="surname",
                    expected=swapped.stem,
                    evidence=f"the given name {first.stem} matches the original; the surname after it is "
                             f"{swapped.stem} there and {surname.stem} nowhere in the original",
                )
                continue
            surname_key, first_key = english_key(surname), english_key(first)
            # Only the aligned original says which given name, if any, this mention of the surname carries.
            before = [name.previous for name in orig_names if name.key == surname_key and name.previous]
            before = [p for p in before if _may_be_given_name(p.stem)]
            if not before or any(name_key(part, Language.TURKISH) == first_key for p in before for part in _parts(p)):
                continue  # the same name, alone or as one part of a hyphenated pair ("Ayşe-Nur", "Trabzon-Rize")
            # A given name of the original translated as the word it also is ("Ramadan" for Ramazan) is still
            # another name; any other rendered word ("Mother" for "Ana" beside the surname) is no given name.
            translated = [p for p in before if p.stem in given_names() and is_translation(context, p.stem, first.stem)]
            if not translated and _renders_orig_word(context, view, first.stem):
                continue
            if not translated and any(is_translation(context, p.stem, first.stem) for p in before):
                continue
            if not translated and any(_spelling_slip(name_key(part, Language.TURKISH), first_key)
                                      or _letters_swapped(name_key(part, Language.TURKISH), first_key)
                                      for p in before for part in _parts(p)):
                continue  # "Mesin" for "Mersin", "Centre" for "Center": one name misspelt, not another name
            previous = (translated or before)[0]
            if not translated and is_english_word(context, first.stem) and is_turkish_word(context, previous.stem) and not (
                    _given_name(context, previous.stem)):
                continue  # a title or a word before the surname on both sides, not a given name
            yield make_finding(
                name_swap, view,
                message=f"“{first.stem} {surname.stem}”: the original's given name is “{previous.stem}”.",
                trans=context.trans_span(first.start, first.start + len(first.stem)),
                orig=context.orig_span(previous.start, previous.start + len(previous.stem)),
                expected=previous.stem,
                evidence=f"the surname {surname.stem} matches the original; the given name before it does not",
            )


def _swapped_surname(context: CheckContext, view: BeadView, orig_names, first: Token, surname: Token) -> Token | None:
    """The original's surname after the same given name, when the English puts another after it.

    Person evidence: the given name is one of the table's (Selin, Mehmet), and
    the aligned original has it before a capitalised word. The English surname
    must be foreign to the whole original (no word of it spelt so, however
    transliterated: "Şçerbakov" is Shcherbakov), and the original's surname
    absent from the English sentence.
    """
    if first.stem not in given_names() or is_english_word(context, surname.stem):
        return None
    first_key = english_key(first)
    after = [name.token for name in orig_names
             if name.previous is not None and name_key(name.previous.stem, Language.TURKISH) == first_key]
    if not after:
        return None
    english = surname.stem
    if any(_same_name(token.stem, english) for other in context.beads for token in other.orig_tokens
           if looks_like_name(token)):
        return None
    turkish = after[0]
    if _compound_head(turkish.stem):
        return None  # "Bahar Ödülü", "Zafer Kupası": a name's head noun after the word it is named by
    if _one_letter_apart(name_key(turkish.stem, Language.TURKISH), english_key(surname)):
        return None  # "Kaya" for Kara: a slip of one letter, which the spelling check judges
    if any(_same_name(turkish.stem, token.stem) for token in view.trans_tokens if looks_like_name(token)):
        return None  # the original's surname is here too ("Selin Kaya Korkmaz")
    if is_translation(context, turkish.stem, english) or is_turkish_word(context, turkish.stem) and not (
            _given_name(context, turkish.stem)):
        return None  # a word or a title after the given name ("Selin Hanım"), rendered
    return turkish


def _compound_head(word: str) -> bool:
    """True when the Turkish word reads only as a noun with a case or the possessive of a compound, never bare, and
    as a compound's head at least once ("Ödülü": the prize of; "Kupası": the cup of): a surname has a bare
    reading ("Kocabaşı") or none at all (most surnames the analyser does not know)."""
    from drift.text.fold import fold_case
    from drift.text.morphology import analyses

    readings = analyses(fold_case(word, turkish=True))
    return (bool(readings) and all(reading.case or reading.possessive for reading in readings)
            and any(reading.root_pos == "Noun" and reading.possessive == "P3sg" and not reading.case
                    for reading in readings))


def _title(word: str) -> bool:
    """A title word, alone or as a part of a hyphenated one ("Ex-mayor", "Vice-chairman"): no given name."""
    return any(part in TITLE_WORDS for part in word.lower().split("-"))


def _letters_swapped(a: str, b: str) -> bool:
    """True when two adjacent letters trade places (centre, center): a spelling, as Cemal and Cemil are not."""
    differ = [index for index, (x, y) in enumerate(zip(a, b, strict=False)) if x != y]
    return (len(a) == len(b) and len(differ) == 2 and differ[1] == differ[0] + 1
            and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]])


def _one_letter_apart(a: str, b: str) -> bool:
    """True when one letter changed, dropped or added turns one key into the other."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    return _spelling_slip(a, b)


def _same_name(turkish: str, english: str) -> bool:
    """One name however spelt: the same key, a slip, or the same sounds written the English way."""
    a, b = name_key(turkish, Language.TURKISH), name_key(english, Language.ENGLISH)
    return a == b or fuzz.ratio(a, b) >= SAME_NAME_RATIO or same_sounds(turkish.lower(), english.lower())


def _parts(token: Token) -> tuple[str, ...]:
    return tuple(part for part in token.stem.split("-") if part)


def _renders_orig_word(context: CheckContext, view: BeadView, english: str) -> bool:
    """True when the English word translates a word of the aligned original ("December" for "aralık")."""
    from drift.lexicon.lemma import turkish_lemmas

    lexicon = context.resources.lexicon
    return any(is_translation(context, lemma, english)
               for token in view.orig_tokens if not token.has_digit
               for lemma in {token.stem, *turkish_lemmas(token.stem, lexicon)[:2]})


def _may_be_given_name(word: str) -> bool:
    """False for a particle or initial ("Al", "De") and for a word in capitals (a headline or an acronym)."""
    return len(word) >= MIN_GIVEN_NAME_LETTERS and not word.isupper()


def _opens_text(text: str, view: BeadView, token: Token) -> bool:
    """True when only quotation marks or brackets stand between a sentence start and the token."""
    for sentence in view.trans_sentences:
        if sentence.start <= token.start < sentence.end:
            return not text[sentence.start:token.start].strip(_OPENERS)
    return False


def _read_as_word(context: CheckContext, tokens: tuple[Token, ...], first: Token, opening: bool) -> bool:
    """True for an ordinary English word whose capital is no evidence of a name.

    A sentence or quotation opening is capitalised anyway, and a capitalised
    ordinary word before it (not a title: "Minister Can Dündar") marks a name
    of an event or work written in title case ("Happy Birthday ...").
    """
    if not is_english_word(context, first.stem):
        return False
    if opening:
        return True
    if not first.position:
        return False
    before = tokens[first.position - 1]
    return (before.end + 1 == first.start and looks_like_name(before) and before.stem.lower() not in TITLE_WORDS
            and is_english_word(context, before.stem))


def _spelling_slip(turkish_key: str, english_key_: str) -> bool:
    """True when one key is the other with one letter dropped (Mersin, Mesin)."""
    shorter, longer = sorted((turkish_key, english_key_), key=len)
    if len(longer) != len(shorter) + 1 or len(shorter) < MIN_GIVEN_NAME_LETTERS:
        return False
    return any(longer[:index] + longer[index + 1:] == shorter for index in range(len(longer)))


def _given_name(context: CheckContext, turkish: str) -> bool:
    """True for a Turkish word before a surname that is no title and renders as no English word but itself.

    Many Turkish given names are words too (Cem, Can, Deniz); a title (Bakan,
    Vali) has an English rendering among its senses that heads a title.
    """
    from drift.lexicon.lemma import turkish_lemmas

    lexicon = context.resources.lexicon
    senses = [sense for lemma in turkish_lemmas(turkish, lexicon)[:2] for sense in lexicon.senses(lemma)]
    return not any(word in TITLE_WORDS for sense in senses for word in sense.split())
