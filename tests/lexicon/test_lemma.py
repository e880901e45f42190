"""Turkish lemma candidates come from the lexicon's own keys; English base forms from suffix rules and the lexicon."""

from __future__ import annotations

import pytest

from drift.lexicon import Lexicon, load_lexicon
from drift.lexicon.lemma import english_lemma, turkish_lemmas


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


@pytest.mark.parametrize(("word", "first"), [
    ("mevkidaşlarına", "mevkidaş"),  # a lemmatiser's "mevki" is a shorter, wrong key
    ("Türkiye'ye", "türkiye"),
    ("TÜRKİYE'NİN", "türkiye"),
    ("ABD’li", "abd"),
    ("önerdi", "önermek"),
    ("çıkardı", "çıkarmak"),
    ("yapıldı", "yapmak"),  # not the noun yapı + "ldı"
    ("etti", "etmek"),
    ("gidiyor", "gitmek"),
    ("ediyor", "etmek"),
    ("kaybı", "kayıp"),
    ("şehri", "şehir"),
    ("kitabı", "kitap"),
    ("yaptırımlara", "yaptırım"),
    ("olasılığını", "olasılık"),
    ("İstanbul'da", "istanbul"),
    ("yönetimi", "yönetim"),
    ("görüştü", "görüşmek"),
    ("istiyor", "istemek"),
])
def test_first_candidate(lexicon, word, first):
    assert turkish_lemmas(word, lexicon)[0] == first


@pytest.mark.parametrize(("word", "before", "after"), [
    ("çıkardı", "çıkarmak", "çıkmak"),
    ("mevkidaşlarına", "mevkidaş", "mevki"),
    ("bakanı", "bakan", "bakmak"),
])
def test_longer_stem_ranks_before_shorter(lexicon, word, before, after):
    candidates = turkish_lemmas(word, lexicon)
    assert candidates.index(before) < candidates.index(after)


@pytest.mark.parametrize(("word", "among"), [
    ("önerdi", {"önermek", "öner"}),
    ("ilettiğini", {"iletmek"}),
    ("yaptırımlara", {"yaptırım"}),
    ("IŞIK", {"ışık"}),
])
def test_candidates_include(lexicon, word, among):
    assert among & set(turkish_lemmas(word, lexicon))


def test_every_candidate_is_a_key(lexicon):
    for word in ("değerlendirmelerini", "müttefiklerinden", "geçirilemeyeceğini", "hakkında"):
        candidates = turkish_lemmas(word, lexicon)
        assert candidates and all(candidate in lexicon for candidate in candidates)


@pytest.mark.parametrize("word", ["", "Zelenskiy'nin", "xqzt", "2019'da"])
def test_words_without_a_key_have_no_candidates(lexicon, word):
    assert turkish_lemmas(word, lexicon) == ()


@pytest.mark.parametrize(("word", "lemma"), [
    ("counterparts", "counterpart"),
    ("suggested", "suggest"),
    ("Sources", "source"),
    ("came", "come"),
    ("equipment", "equipment"),
    ("Istanbul", "istanbul"),  # English text: I is a plain i
    ("", ""),
])
def test_english_lemma(word, lemma):
    assert english_lemma(word) == lemma
