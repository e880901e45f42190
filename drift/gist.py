"""A rough English gist of a Turkish sentence, word by word from the lexicon, for readers without Turkish.

When a Turkish sentence is left out of the English, the editor needs to know
what is missing without reading Turkish. This is not a translation: each
word (or multiword term the lexicon knows) is replaced by its first English
sense, names and numbers are kept as they are, and a word the lexicon does
not know is kept in Turkish. Every place that shows it labels it "gist".

    >>> from drift.lexicon import load_lexicon
    >>> gist("Bakan toplantıya katıldı.", load_lexicon())  # doctest: +SKIP
    'minister meeting attend.'
"""

from __future__ import annotations

from drift.lexicon import Lexicon

# A leading "to " of a verb's sense says nothing in a word-by-word gist ("to attend" -> "attend").
_VERB_MARK = "to "


def _sense(word: str, lexicon: Lexicon) -> str | None:
    from drift.lexicon.lemma import turkish_lemmas

    for key in (word, *turkish_lemmas(word, lexicon)):
        senses = lexicon.senses(key)
        if senses:
            return _plain(senses[0])
    return None


def _plain(sense: str) -> str:
    sense = sense.split(";")[0].split(",")[0].strip()
    return sense[len(_VERB_MARK):] if sense.startswith(_VERB_MARK) else sense


def _word(token, lexicon: Lexicon) -> str:
    """One token's gist: a number as it is; a name by its English name when the lexicon has one; else its sense."""
    text = token.text
    if any(ch.isdigit() for ch in text) or not any(ch.isalpha() for ch in text):
        return token.stem if "'" in text or "\u2019" in text else text  # S-400'lerin -> S-400
    if token.is_capitalized:
        base = token.stem  # the name without its case ending (Ukrayna'ya -> Ukrayna)
        senses = lexicon.senses(base)
        if not senses:
            return base if token.position > 0 else (_sense(text, lexicon) or base)
        english = _plain(senses[0])
        # Written as the Turkish is: ABD -> US, Şubat -> February, Dışişleri -> Foreign...
        return english.upper() if base.isupper() and len(base) > 1 else " ".join(
            word[:1].upper() + word[1:] for word in english.split())
    return _sense(text, lexicon) or text


def gist(sentence: str, lexicon: Lexicon) -> str:
    """The word-by-word English gist of one Turkish sentence (punctuation kept where it ends the sentence)."""
    from drift.text.tokens import tokenize

    tokens = tokenize(sentence)
    surfaces = [token.text for token in tokens]
    words: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        term = lexicon.multiword_at(surfaces, index)
        if term is not None:
            senses = lexicon.senses(term.key)
            if senses:
                words.append(_plain(senses[0]))
                index = term.end
                continue
        words.append(_word(token, lexicon))
        index += 1
    end = sentence.rstrip()[-1:] if sentence.rstrip()[-1:] in ".?!" else ""
    return " ".join(word for word in words if word) + end
