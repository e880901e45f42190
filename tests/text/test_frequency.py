"""Word frequencies from wordfreq's shipped lists."""

from __future__ import annotations

import math

from drift.text.frequency import frequencies, zipf


def test_zipf_is_log10_of_uses_per_billion_words():
    assert zipf("the", "en") == math.log10(frequencies("en")["the"]) + 9


def test_a_common_word_scores_high_and_an_unlisted_one_zero():
    assert zipf("government", "en") > 4 and zipf("hükümet", "tr") > 4
    assert zipf("qzxvbnm", "en") == 0.0


def test_the_lists_are_wordfreqs_own():
    """Read without importing wordfreq, the same words, values and order as its get_frequency_dict."""
    from wordfreq import get_frequency_dict

    for language in ("en", "tr"):
        assert list(frequencies(language).items()) == list(get_frequency_dict(language).items())


def test_a_code_without_a_list_of_its_own_is_left_to_wordfreq():
    from drift.text.frequency import _best_list

    assert _best_list("en").name == "large_en.msgpack.gz" and _best_list("tr").name == "small_tr.msgpack.gz"
    assert _best_list("pt-BR") is None and _best_list("xx") is None


def test_the_shipped_indexes_are_of_the_installed_lists_and_give_their_values():
    """tools/build_frequency_index.py's indexes are current (their header names the installed lists), and a word
    looked up in one has the frequency the whole list gives it: every listed word, and an unlisted one."""
    import gzip

    from drift.lexicon.table import table_bytes
    from drift.text import frequency

    for language in frequency.INDEX_LANGUAGES:
        built = table_bytes(frequency.index_rows(language), frequency._best_list(language).read_bytes())
        assert gzip.decompress(frequency.index_path(language).read_bytes()) == gzip.decompress(built)
        indexed, listed = frequency._frequency_of(language), frequencies(language)
        assert indexed.__name__ == "indexed"  # the index is the one read
        assert all(indexed(word) == value for word, value in listed.items())
        assert indexed("qzxvbnm") == 0.0 and indexed("a\tb") == 0.0
