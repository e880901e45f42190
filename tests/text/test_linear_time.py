"""Adversarial text costs linear time: each routine that used to be quadratic, on a size that showed it.

Budgets are CPU seconds (the machines are shared: other jobs add wall time, not CPU time) and
generous: each routine took from 15 s to hours on these inputs before, and takes well under one now.
"""

from __future__ import annotations

import re
import time

import pytest

from drift.lexicon import load_lexicon
from drift.lexicon.lemma import turkish_lemmas
from drift.lint import lint
from drift.model import Language
from drift.text.quantities import find_quantities
from drift.text.split import MAX_SENTENCE_CHARS, fragments_of, split_sentences

LINE = " ".join(["the minister said that a new road would be built near the river"] * 3000)  # 200 KB, no full stop


def _cpu(call) -> float:
    started = time.process_time()
    call()
    return time.process_time() - started


def test_fragments_match_the_old_pattern_and_are_linear():
    old = re.compile(r"[^.!?]+[.!?]")
    for text in ("Coffee fan. Web geek! and more", "", "...", "a.b?c!d", " x . y .", "no marks at all"):
        assert fragments_of(text) == old.findall(text)
    assert _cpu(lambda: fragments_of(LINE)) < 1.0


def test_a_word_of_forty_thousand_letters_has_no_lemma_and_costs_nothing():
    lexicon = load_lexicon()
    assert turkish_lemmas("bakanlık" * 5000, lexicon) == ()
    assert _cpu(lambda: turkish_lemmas("kitaplar" * 5000 + "ı", lexicon)) < 1.0
    assert turkish_lemmas("kitaplar", lexicon)  # an ordinary word still has its lemmas


@pytest.mark.parametrize("text", [LINE, "minister" * 25_000, "." * 200_000, "a" * 200_000])
def test_sentences_stay_short_and_exact(text):
    spent = _cpu(lambda: split_sentences(text, Language.ENGLISH))
    sentences = split_sentences(text, Language.ENGLISH)
    assert spent < 5.0
    assert all(len(sentence.text) <= MAX_SENTENCE_CHARS for sentence in sentences)
    assert all(text[sentence.start:sentence.end] == sentence.text for sentence in sentences)


def test_a_line_of_numbers_is_read_in_linear_time():
    text = "1 " * 20_000
    assert _cpu(lambda: find_quantities(text, Language.ENGLISH)) < 5.0
    assert len(find_quantities("It cost 40 million lira in 2024 and 3 people came.", Language.ENGLISH)) >= 2


@pytest.mark.parametrize("text", [LINE, "minister" * 25_000, "1 " * 100_000, "." * 200_000])
def test_lint_of_200_kb_of_adversarial_text_is_quick(text):
    lint("Warm up.")  # imports and the lexicon are not the text's cost
    assert _cpu(lambda: lint(text)) < 15.0
