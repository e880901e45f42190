"""Word frequencies from wordfreq's shipped lists."""

from __future__ import annotations

import math

from drift.text.frequency import frequencies, zipf


def test_zipf_is_log10_of_uses_per_billion_words():
    assert zipf("the", "en") == math.log10(frequencies("en")["the"]) + 9


def test_a_common_word_scores_high_and_an_unlisted_one_zero():
    assert zipf("government", "en") > 4 and zipf("hükümet", "tr") > 4
    assert zipf("qzxvbnm", "en") == 0.0
