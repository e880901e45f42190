"""What the phrase checks share: which glossary phrases carry meaning of their own, and their words."""

from __future__ import annotations

from drift.model import Language
from drift.text.stopwords import is_stopword

# Among the most frequent English words (Zipf 5.5: "well", "other", "hand", "once").
_EVERYDAY_ZIPF = 5.5
# Sentence adverbs render a connective, never a phrase's content.
CONNECTIVES = frozenset("however therefore thus meanwhile moreover furthermore nevertheless also still already "
                        "even just only instead".split())


def content_words(sense: str) -> list[str]:
    """The words of an English sense that are not function words ("surface-to-air" -> surface, air)."""
    return [word for word in sense.replace("-", " ").split() if not is_stopword(word, Language.ENGLISH)]


def everyday(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= _EVERYDAY_ZIPF


def glossary_senses(lexicon, key: str) -> tuple[str, ...]:
    """The senses the hand-kept glossary gives a key (its tag comes first), () when it has none."""
    return tuple(entry.english for entry in lexicon.lookup(key) if entry.source.startswith("g"))


def meaningful_phrase(lexicon, key: str) -> bool:
    """True for a glossary phrase with content of its own, not a grammatical one.

    A phrase one of whose senses is a function word, an everyday word ("any",
    "as well as", "on the other hand") or a connective ("meanwhile") is
    grammatical, and translators render those freely.
    """
    senses = lexicon.senses(key)
    if not glossary_senses(lexicon, key):
        return False
    words = [content_words(sense) for sense in senses]
    return all(words) and not all(everyday(word) for word in words[0]) and not any(
        sense in CONNECTIVES for sense in senses)
