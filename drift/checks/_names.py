"""What the name checks share: which tokens look like names, and name lookups."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from drift.checks.context import BeadView, CheckContext, per_run, per_view
from drift.model import Language
from drift.text.tokens import Token, name_key

# English words that head a title; a Turkish phrase is a title when one of its
# renderings contains one of them, and an English one before a surname is
# not a given name.
TITLE_WORDS = frozenset(
    "minister president vice deputy secretary governor mayor director chairman chairwoman chair "
    "spokesperson spokesman spokeswoman ambassador prosecutor judge commander adviser advisor "
    "undersecretary under-secretary chief head coach manager rector dean general admiral consul "
    "lawmaker mp senator speaker leader premier chancellor commissioner".split()
)

_NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def looks_like_name(token: Token) -> bool:
    """A capitalised word of letters (hyphens allowed), not a handle, code or number."""
    return _looks_like_name(token.stem)


@lru_cache(maxsize=65536)  # every check that reads names asks this of every token
def _looks_like_name(stem: str) -> bool:
    return stem[:1].isupper() and len(stem) >= 2 and bool(_NAME_WORD.fullmatch(stem))


@dataclass(frozen=True)
class TurkishName:
    """A capitalised Turkish word and the word before it (a given name or a title)."""

    token: Token
    key: str
    previous: Token | None


def turkish_names(tokens: tuple[Token, ...]) -> tuple[TurkishName, ...]:
    """Name-like tokens of a Turkish token run, each with its predecessor when that is capitalised too."""
    names = []
    for index, token in enumerate(tokens):
        if not looks_like_name(token):
            continue
        previous = tokens[index - 1] if index and looks_like_name(tokens[index - 1]) else None
        if previous is not None and previous.end + 1 < token.start:
            previous = None  # not adjacent: punctuation or a line between them
        names.append(TurkishName(token, name_key(token.stem, Language.TURKISH), previous))
    return tuple(names)


@per_view  # read by several name checks of every bead: once per view, kept on it
def bead_turkish_names(view: BeadView) -> tuple[TurkishName, ...]:
    """`turkish_names` of a bead's original."""
    return turkish_names(view.orig_tokens)


def document_turkish_names(context: CheckContext) -> tuple[TurkishName, ...]:
    """Every name-like token of the whole Turkish text, in order."""
    return tuple(name for view in context.beads for name in bead_turkish_names(view))


def is_translation(context: CheckContext, turkish: str, english: str) -> bool:
    """True when the lexicon lists the English word as a rendering of the Turkish one."""
    lexicon = context.resources.lexicon
    english = english.lower()
    return english in lexicon.senses(turkish) or any(
        english in sense.split() for sense in lexicon.senses(turkish)
    )


def is_english_word(context: CheckContext, word: str) -> bool:
    """True for an ordinary English word or place the lexicon knows ("Platform", "Turkish", "Governor")."""
    return _english_word(word, context.resources.lexicon)


@lru_cache(maxsize=65536)  # asked of every English word by several checks
def _english_word(word: str, lexicon) -> bool:
    from drift.lexicon.lemma import english_lemma

    return word.lower() in lexicon.english_words or english_lemma(word, lexicon) in lexicon.english_words


def is_turkish_word(context: CheckContext, word: str) -> bool:
    """True when the word is a lexicon entry plus at most a short suffix ("Başkanı", "Valisi").

    Stems shorter than three letters do not count: given names such as
    "Ayten" would otherwise pass as "ay" (moon) plus a suffix.
    """
    from drift.lexicon.lemma import turkish_lemmas
    from drift.text.fold import fold_case

    folded = fold_case(word, turkish=True)
    for lemma in turkish_lemmas(word, context.resources.lexicon):
        stem = lemma[:-3] if lemma.endswith(("mak", "mek")) and not folded.startswith(lemma) else lemma
        if len(stem) >= 3 and folded.startswith(stem) and len(stem) >= len(folded) - 3:
            return True
    return False


# Quotation marks and brackets that may stand before a sentence's first word.
_OPENERS = "\"'“‘«(["
_OPENING_GAP = 3


def opens_sentence(context: CheckContext, view: BeadView, token: Token) -> bool:
    """The first word of one of the bead's original sentences (after a quotation mark or bracket, if any)."""
    text = context.alignment.orig.text
    return any(0 <= token.start - sentence.start <= _OPENING_GAP
               and not text[sentence.start:token.start].strip(_OPENERS + " ") for sentence in view.orig_sentences)


@per_run  # one pass over the original, shared by every check that asks
def _capitalised_inside(context: CheckContext) -> frozenset[str]:
    """Folded words the original writes capitalised inside a sentence, or with an apostrophe ending, as only a name
    is written."""
    from drift.text.fold import fold_case

    return frozenset(fold_case(token.stem, turkish=True) for view in context.beads for token in view.orig_tokens
                     if token.stem[:1].isupper() and (token.suffix or not opens_sentence(context, view, token)))


def common_word_opening(context: CheckContext, view: BeadView, token: Token) -> bool:
    """A capitalised Turkish word that is so only because it opens a sentence ("Köyden": köy + -den, from the village).

    It has no apostrophe ending (Turkish gives a name's endings one), the analyser reads it as a word other than a
    verb (its dictionaries hold common words only; a finite verb seldom opens a news sentence, so a town read as
    one stays a town) with an ending a name takes only after an apostrophe, or bare before the noun of its compound
    ("Göl yürüyüşü"), whose lemma the lexicon renders by words
    naming no place or people, and the original writes it nowhere capitalised inside a sentence nor with an
    apostrophe ending, as only a name would be.
    """
    from drift.text.fold import fold_case
    from drift.text.morphology import analyses

    if token.suffix or not token.stem[:1].isupper() or not opens_sentence(context, view, token):
        return False
    lexicon = context.resources.lexicon
    modifier = _compound_modifier(view, token)
    if not any(analysis.pos != "Verb" and (_name_ending(analysis) or (modifier and analysis.pos == "Noun"))
               and _common_lemma(analysis.lemma, lexicon) for analysis in analyses(token.stem)):
        return False
    return fold_case(token.stem, turkish=True) not in _capitalised_inside(context)


def _compound_modifier(view: BeadView, token: Token) -> bool:
    """A bare word right before a lower-case noun with the compound's possessive ("Göl yürüyüşü": a lake walk, "Su
    kesintisi"): the first noun of a compound, so a common word when the lexicon reads it as one. A town so written
    ("Ankara valisi") is no common word, which the lemma's renderings tell."""
    from drift.text.morphology import analyses

    following = view.orig_tokens[token.position + 1] if token.position + 1 < len(view.orig_tokens) else None
    if following is None or following.start != token.end + 1 or not following.stem[:1].islower():
        return False
    return any(analysis.pos == "Noun" and analysis.possessive == "P3sg" for analysis in analyses(following.stem))


def _name_ending(analysis) -> bool:
    """A reading with an ending a name takes only after an apostrophe: a case, a possessive, the plural or -ki
    ("Köyden", "Bahçeler", "Dağdaki"). A bare word or a derivation ("Denizli": deniz + -li) may be a name as it is."""
    return bool(analysis.case or analysis.possessive) or "A3pl" in analysis.morphemes or "Rel" in analysis.morphemes


# How many of a lemma's renderings may show it is a place's or a people's word ("isveçli": swedish).
_PLACE_SENSES = 3


@lru_cache(maxsize=16384)
def _common_lemma(lemma: str, lexicon) -> bool:
    """A lemma the lexicon renders, by words that name no country, people or large city of the gazetteer (small
    towns are named by common words too: "Area")."""
    from drift.checks._substitution import CITY_OVER_WORD
    from drift.lexicon.gazetteer import load_gazetteer

    senses = lexicon.senses(lemma)[:_PLACE_SENSES]
    gazetteer = load_gazetteer()
    return bool(senses) and not any(place.level == "country" or place.population >= CITY_OVER_WORD
                                    for sense in senses for place in gazetteer.lookup(sense.split(), turkish=False))


def english_key(token: Token) -> str:
    return name_key(token.stem, Language.ENGLISH)


def pair_views(context: CheckContext) -> tuple[BeadView, ...]:
    """Beads with sentences on both sides: the only places a comparison makes sense."""
    return tuple(view for view in context.beads if view.is_pair)


# Possessive, plural and case endings that show a capitalised word is an
# inflected common noun ("Valiliği", "Ödülü"), which a proper name would not
# carry without an apostrophe. Compound surnames (Karakaş, Altıntaş) end in
# whole words instead.
_INFLECTIONS = ("ı", "i", "u", "ü", "sı", "si", "su", "sü", "ları", "leri", "lar", "ler", "nın", "nin")
# An agent noun in the plural ("Lojistikçiler" = logistics firms); a surname may
# end in -ci (Demirci) but is never plural.
_PLURAL_AGENT = re.compile(r"[cç][ıiuü]l[ae]r[ıi]?")


def inflected(folded: str, lemma: str) -> bool:
    """True when a folded word is the lemma plus a possessive, plural or case ending (valilik -> valiliği)."""
    # A final k, p, t, ç softens before a vowel ending.
    soft = "g" if lemma.endswith("nk") else {"k": "ğ", "p": "b", "t": "d", "ç": "c"}.get(lemma[-1:], lemma[-1:])
    stems = {lemma, lemma[:-1] + soft}  # renk -> rengi, valilik -> valiliği
    return any(folded.startswith(stem) and (folded[len(stem):] in _INFLECTIONS
                                            or _PLURAL_AGENT.fullmatch(folded[len(stem):]))
               for stem in stems if stem)
