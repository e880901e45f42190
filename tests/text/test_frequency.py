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
