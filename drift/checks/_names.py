"""What the name checks share: which tokens look like names, and name lookups."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from drift.checks.context import BeadView, CheckContext, per_view
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
