"""Properties over hostile text: long lines, long words, long runs, surrogates, controls; each within a CPU budget.

Texts of up to a few thousand characters are built from the shapes that used
to cost quadratic time (docs/robustness.md). Every example must finish within
`BUDGET` seconds of CPU time (CPU, not wall: the machines are shared), raise
nothing but a `DriftError`, keep every span exact, and render for a terminal
without a control character. `make fuzz` runs these with a random seed and
more examples (DRIFT_HYPOTHESIS_PROFILE=fuzz).
"""

from __future__ import annotations

import os
import time
import warnings

from hypothesis import given, settings
from hypothesis import strategies as st

from drift.errors import DriftError
from drift.lint import lint
from drift.pipeline import check
from drift.text.split import MAX_SENTENCE_CHARS, split_sentences
from drift.model import Language
from drift.text.terminal import terminal_safe
from property.strategies import StandInEncoder, texts

BUDGET = 10.0
# `make fuzz` (DRIFT_HYPOTHESIS_PROFILE=fuzz) runs twenty times the examples, each a fresh random draw.
SCALE = 20 if os.environ.get("DRIFT_HYPOTHESIS_PROFILE") == "fuzz" else 1
STAND_IN = StandInEncoder()
LETTERS = st.characters(codec="utf-8", categories=("L", "N", "P", "Zs"))

runs = st.builds(lambda piece, count: piece * count, st.text(LETTERS, min_size=1, max_size=6),
                 st.integers(min_value=50, max_value=1500))
long_lines = st.lists(st.sampled_from("the minister said bakan dedi 1 2026 , ; : - ( ) [ ] > * # @ ş İ".split()),
                      min_size=200, max_size=900).map(" ".join)
surrogates = st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1, max_size=3)
controls = st.text(st.sampled_from("\x1b[2J\x1b]0;t\x07\x9b\x08\r\x00\x7f"), max_size=12)
hostile = st.lists(st.one_of(runs, long_lines, texts, surrogates, controls), min_size=1, max_size=4).map("".join)


def _within_budget(call):
    started = time.process_time()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnicodeWarning)  # the documented warning for surrogates
        try:
            result = call()
        except DriftError:
            result = None
    spent = time.process_time() - started
    assert spent < BUDGET, f"{spent:.1f} s of CPU"
    return result


@settings(max_examples=60 * SCALE)
@given(hostile)
def test_lint_is_bounded_and_exact_on_hostile_text(text):
    report = _within_budget(lambda: lint(text))
    if report is None:
        return
    trans = report.alignment.trans
    assert "\udc80" not in trans.text and all(not 0xD800 <= ord(c) <= 0xDFFF for c in trans.text)
    for sentence in report.alignment.trans_sentences:
        assert trans.text[sentence.start:sentence.end] == sentence.text
    for finding in report.findings:
        if finding.trans is not None:
            assert trans.text[finding.trans.start:finding.trans.end] == finding.trans.text


@settings(max_examples=30 * SCALE)
@given(hostile, hostile)
def test_check_is_bounded_on_hostile_text(orig, trans):
    _within_budget(lambda: check(orig, trans, encoder=STAND_IN, pair_check=False))


@settings(max_examples=200 * SCALE)
@given(hostile)
def test_sentences_are_bounded_and_exact(text):
    for sentence in split_sentences(text, Language.ENGLISH):
        assert len(sentence.text) <= MAX_SENTENCE_CHARS
        assert text[sentence.start:sentence.end] == sentence.text


@settings(max_examples=200 * SCALE)
@given(hostile)
def test_terminal_text_has_no_controls(text):
    shown = terminal_safe(text)
    assert not any(ord(c) < 0x20 and c not in "\t\n" or 0x7F <= ord(c) < 0xA0 for c in shown)
