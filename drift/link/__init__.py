"""Word links inside a bead: which Turkish words the English rendered, and how.

A Turkish word links to an English word when they are the same token (names,
codes, numbers), when the lexicon lists the English word (or a word derived
from the same stem) among the Turkish word's senses, or when a multiword
lexicon entry ("gayri resmi", "karadan havaya") is rendered by one of its
senses. What stays unlinked on both sides is where drift hides; being
unlinked alone is never a finding (a third of faithful renderings are not in
any dictionary).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from drift.model import Language
from drift.text.fold import fold_case
from drift.text.stopwords import is_stopword
from drift.text.tokens import Token, name_key


@dataclass(frozen=True)
class OrigWord:
    """A Turkish content word with what the lexicon says it can mean."""

    token: Token
    lemmas: tuple[str, ...]
    senses: tuple[str, ...]


@dataclass(frozen=True)
class TransWord:
    """An English content word and its base form."""

    token: Token
    lemma: str


@dataclass(frozen=True)
class Phrase:
    """A multiword lexicon entry found on the Turkish side, and whether the English renders it."""

    key: str
    orig_tokens: tuple[Token, ...]
    senses: tuple[str, ...]
    rendered_by: tuple[Token, ...]


# Twenty times the tokens of a bead of real news (a long sentence pair has about 100): only run-on
# lines and other text cut into pieces of thousands of characters (drift.text.split) are left unlinked.
MAX_LINKED_TOKENS = 1000


@dataclass(frozen=True)
class BeadLinks:
    """The words of one bead, the links between them, and the multiword entries found."""

    orig_words: tuple[OrigWord, ...]
    trans_words: tuple[TransWord, ...]
    links: tuple[tuple[int, int], ...]
    phrases: tuple[Phrase, ...]

    @cached_property
    def rendered_as(self) -> dict[int, tuple[int, ...]]:
        """Turkish position -> the English positions it is linked to (single-word links only)."""
        found: dict[int, list[int]] = {}
        for orig, trans in self.links:
            found.setdefault(orig, []).append(trans)
        return {orig: tuple(positions) for orig, positions in found.items()}

    # Several checks ask these of every bead; the links never change, so they are worked out once.
    @cached_property
    def linked_orig(self) -> frozenset[int]:
        return frozenset(orig for orig, _ in self.links) | frozenset(
            token.position for phrase in self.phrases if phrase.rendered_by for token in phrase.orig_tokens
        )

    @cached_property
    def linked_trans(self) -> frozenset[int]:
        return frozenset(trans for _, trans in self.links) | frozenset(
            token.position for phrase in self.phrases for token in phrase.rendered_by
        )

    def unlinked_orig(self) -> tuple[OrigWord, ...]:
        linked = self.linked_orig
        return tuple(word for word in self.orig_words if word.token.position not in linked)

    def unlinked_trans(self) -> tuple[TransWord, ...]:
        linked = self.linked_trans
        return tuple(word for word in self.trans_words if word.token.position not in linked)


def _is_content(token: Token, language: Language) -> bool:
    return _is_content_word(token.stem, language)


@lru_cache(maxsize=65536)
def _is_content_word(stem: str, language: Language) -> bool:
    word = fold_case(stem, turkish=language is Language.TURKISH)
    return len(word) >= 2 and word.replace("-", "").isalpha() and not is_stopword(word, language)


def same_stem(sense: str, english: str) -> bool:
    """True when two English words are one word or share a long stem (suggest/suggestion)."""
    if sense == english:
        return True
    shorter = min(len(sense), len(english))
    common = 0
    for a, b in zip(sense, english):
        if a != b:
            break
        common += 1
    return common >= 5 or (common == shorter and shorter >= 4)


_STEM_PREFIX = 4


class EnglishLemmas:
    """The English tokens of a bead by lemma, indexed for `same_stem` look-ups."""

    def __init__(self, words: tuple[TransWord, ...]) -> None:
        from drift.lexicon.lemma import english_lemma

        self.by_form: dict[str, list[Token]] = {}
        for word in words:
            forms = [word.lemma, word.token.stem.lower()]
            if "-" in word.token.stem:
                # A hyphenated compound renders each of its parts ("co-produce",
                # "search-and-rescue", "Russian-made").
                forms.extend(english_lemma(part) for part in word.token.stem.lower().split("-") if len(part) >= 3)
            for form in dict.fromkeys(forms):
                self.by_form.setdefault(form, []).append(word.token)
        # same_stem needs at least four shared first letters, so only forms
        # with the same first four letters can match.
        self.by_prefix: dict[str, list[str]] = {}
        for form in self.by_form:
            self.by_prefix.setdefault(form[:_STEM_PREFIX], []).append(form)

    def matches(self, word: str) -> list[Token]:
        forms = self.by_prefix.get(word[:_STEM_PREFIX], ()) if len(word) >= _STEM_PREFIX else (
            (word,) if word in self.by_form else ())
        if not forms:  # most senses of most words: no English form even starts like them
            return []
        return [token for form in forms if same_stem(word, form) for token in self.by_form[form]]


@lru_cache(maxsize=65536)
def _content_words(sense: str) -> tuple[str, ...]:
    words = tuple(sense.split())
    return tuple(word for word in words if not is_stopword(word, Language.ENGLISH)) or words


def sense_rendered(sense: str, lemmas: EnglishLemmas) -> tuple[Token, ...]:
    """The English tokens that render `sense`, or () when some content word of it is missing.

    A one-word sense links every occurrence; a multiword sense ("prime
    minister") prefers a run of nearby tokens to words scattered in the sentence.
    """
    words = _content_words(sense)
    if len(words) == 1:  # most senses: the same answer as below, sooner
        return tuple(lemmas.matches(words[0]))
    candidates = [lemmas.matches(word) for word in words]
    if not all(candidates):
        return ()
    if len(words) == 1:
        return tuple(candidates[0])
    for first in candidates[0]:
        run, position = [first], first.position
        for options in candidates[1:]:
            following = [token for token in options if 0 < token.position - position <= 3]
            if not following:
                break
            run.append(following[0])
            position = following[0].position
        else:
            return tuple(run)
    return tuple(options[0] for options in candidates)


@lru_cache(maxsize=65536)
def _senses(lemmas: tuple[str, ...], lexicon) -> tuple[str, ...]:
    """The senses of a word's likeliest lemmas, best first, each once."""
    return tuple(dict.fromkeys(sense for lemma in lemmas for sense in lexicon.senses(lemma)))


def link_bead(orig_tokens: tuple[Token, ...], trans_tokens: tuple[Token, ...], lexicon) -> BeadLinks:
    """Link the words of one bead (tokens of the Turkish and English sides).

    A bead of more than `MAX_LINKED_TOKENS` tokens is left unlinked (no
    words, no links): a word links to every occurrence of its rendering, so
    the work grows with the square of the bead's length.
    """
    from drift.lexicon.lemma import english_lemma, turkish_lemmas

    if len(orig_tokens) + len(trans_tokens) > MAX_LINKED_TOKENS:
        return BeadLinks((), (), (), ())

    trans_words = tuple(
        TransWord(token, english_lemma(token.stem)) for token in trans_tokens if _is_content(token, Language.ENGLISH)
    )
    by_lemma = EnglishLemmas(trans_words)
    trans_keys = {name_key(token.stem, Language.ENGLISH): token for token in trans_tokens}

    orig_words = []
    links: list[tuple[int, int]] = []
    for token in orig_tokens:
        if token.has_digit or token.is_handle:
            same = trans_keys.get(name_key(token.stem, Language.ENGLISH))
            if same is not None:
                links.append((token.position, same.position))
            continue
        if not _is_content(token, Language.TURKISH):
            continue
        lemmas = turkish_lemmas(token.text, lexicon)
        senses = _senses(lemmas[:2], lexicon)
        orig_words.append(OrigWord(token, lemmas, senses))
        same = trans_keys.get(name_key(token.stem, Language.TURKISH))
        if same is not None:
            links.append((token.position, same.position))
            continue
        for sense in senses:
            rendered = sense_rendered(sense, by_lemma)
            if rendered:
                links.extend((token.position, match.position) for match in rendered)
                break

    phrases = []
    surfaces = [token.text for token in orig_tokens]
    for start in range(len(orig_tokens)):
        found = lexicon.multiword_at(surfaces, start)
        if found is None:
            continue
        senses = lexicon.senses(found.key)
        rendered: tuple[Token, ...] = ()
        for sense in senses:
            rendered = sense_rendered(sense, by_lemma)
            if rendered:
                break
        phrases.append(Phrase(found.key, orig_tokens[start:start + found.length], senses, rendered))
    return BeadLinks(tuple(orig_words), trans_words, tuple(dict.fromkeys(links)), tuple(phrases))
