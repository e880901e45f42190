"""What the property tests draw: article-like random text, and a cheap stand-in encoder."""

from __future__ import annotations

import hashlib

import numpy as np
from hypothesis import strategies as st

TURKISH_LETTERS = "çğıöşüÇĞİÖŞÜ"
ODD = (
    "\u00a0\u202f\u2009"  # no-break, narrow no-break and thin spaces
    "\u00ad"  # soft hyphen
    "\u200b\u200c\u200d\u2060\ufeff"  # zero-width space, non-joiner, joiner, word joiner, BOM
    "\u200e\u200f\u202a\u202c\u2066\u2069"  # directional marks and isolates
    "\u0307\u0327\u0301"  # combining dot above, cedilla, acute
    "\u2028\u2029\x85\x0b\x0c"  # line and paragraph separators
    "\x00\x01\x07\x1b\x7f\x9f"  # control characters
    "’‘“”«»…–—"  # typographic punctuation
)
EMOJI = ["😀", "👍🏽", "🇹🇷", "👩‍💻", "❤️"]
WORDS = [
    # Function words of both languages, so that language detection sometimes has something to say.
    "ve", "bir", "bu", "için", "ile", "de", "the", "of", "and", "to", "in", "said", "was",
    # Names, numbers, dates and apostrophe suffixes the checks look at.
    "Zelenskiy’nin", "Türkiye'ye", "Ankara'dan", "İstanbul", "ISTANBUL", "i̇stanbul", "Çavuşoğlu", "Erdoğan",
    "Phil", "Stewart", "@phildstewart", "#S400", "S-400", "1.500", "3,5", "%42", "yüzde", "milyar", "billion",
    "24", "Şubat", "Perşembe", "Thursday", "February", "2022'de", "14.30", "Prof.", "Dr.", "U.S.", "vb.",
    "değil", "not", "karşı", "support", "tarafından", "by", "Bakan", "Minister",
]


@st.composite
def words(draw) -> str:
    kind = draw(st.integers(0, 9))
    if kind < 5:
        return draw(st.sampled_from(WORDS))
    if kind < 7:
        alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" + TURKISH_LETTERS
        return draw(st.text(alphabet=alphabet, min_size=1, max_size=12))
    if kind < 8:
        return draw(st.sampled_from(EMOJI))
    if kind < 9:
        return draw(st.text(alphabet=ODD + "abcıİş0123456789.,;:!?'\"()[]-", min_size=1, max_size=6))
    return draw(st.text(min_size=1, max_size=6))  # any code point at all


@st.composite
def article_texts(draw) -> str:
    """Random article-like text: lines of sentences of words, with empty lines, odd characters and junk."""
    lines = []
    for _ in range(draw(st.integers(0, 8))):
        sentences = []
        for _ in range(draw(st.integers(0, 4))):
            body = draw(st.sampled_from([" ", " ", " ", "\u00a0", "  "])).join(
                draw(st.lists(words(), min_size=1, max_size=12)))
            sentences.append(body + draw(st.sampled_from([".", ".", "!", "?", "…", "", ".”", ":"])))
        lines.append(" ".join(sentences))
    ending = draw(st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\u2028"]))
    return ending.join(lines) + draw(st.sampled_from(["", "\n", " "]))


texts = st.one_of(article_texts(), article_texts(), article_texts(), st.text(max_size=300))


class StandInEncoder:
    """A cheap, deterministic cross-lingual stand-in for the sentence encoder: hashed character trigrams.

    Only the property tests use it, so that 500 examples of the whole
    pipeline run in seconds; the same properties also run on fewer examples
    with the real encoder.
    """

    name = "stand-in-trigrams"
    dimensions = 64

    def encode(self, texts) -> np.ndarray:
        vectors = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for row, text in enumerate(texts):
            padded = f"  {text.lower()}  "
            for k in range(len(padded) - 2):
                digest = hashlib.blake2b(padded[k:k + 3].encode("utf-8", "surrogatepass"), digest_size=4).digest()
                vectors[row, int.from_bytes(digest, "little") % self.dimensions] += 1.0
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-12)

