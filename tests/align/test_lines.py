"""Line structure as alignment evidence: small line-parallel articles of our own, and the parts on hand-built values."""

from __future__ import annotations

import numpy as np
import pytest

from drift.align import AlignParams, align_sentences
from drift.align.costs import MIXED, UNPAIRED, LineEvidence, SideFeatures, bead_costs, line_bonus, pair_beads
from drift.align.dp import PathBead
from drift.align.lines import Lines, evidence_from_line_beads, group_lines, sentence_lines
from drift.model import Language, Sentence
from drift.text.split import split_sentences

# A headline made of an idiom on both sides: the encoder scores the pair (0.26) below the threshold (0.35).
ORIG = (
    "Taksiciler kazan kaldırdı\n"
    "İstanbul'da taksi şoförleri, yeni çevre yolu ücretlerini protesto etmek için"
    " Pazartesi sabahı kontak kapattı.\n"
    "Şoförler, ücretlerin bir yıl içinde iki katına çıktığını söyledi.\n"
    "Belediye, konuyu önümüzdeki hafta görüşeceğini açıkladı.\n"
)
TRANS = (
    "Cab drivers up in arms\n"
    "Taxi drivers in Istanbul switched off their engines on Monday morning to protest against new ring road tolls.\n"
    "The drivers said the tolls had doubled within a year.\n"
    "The municipality said it would discuss the issue next week.\n"
)
ADDED_LINE = "Similar protests have been held in Ankara every winter for years."
ADDED_SENTENCE = "Most of them also drive night shifts for a second company."


def beads_of(encoder, orig_text: str, trans_text: str, *, lines: bool = True) -> list[tuple[tuple, tuple]]:
    orig = split_sentences(orig_text, Language.TURKISH)
    trans = split_sentences(trans_text, Language.ENGLISH)
    vectors = encoder.encode([s.text for s in orig] + [s.text for s in trans])
    texts = {"orig_text": orig_text, "trans_text": trans_text} if lines else {}
    beads = align_sentences(orig, trans, vectors[: len(orig)], vectors[len(orig):], **texts)
    return [(bead.orig, bead.trans) for bead in beads]


def test_a_loose_headline_on_corresponding_lines_aligns(encoder):
    assert beads_of(encoder, ORIG, TRANS) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,))]


def test_without_its_lines_the_loose_headline_falls_apart(encoder):
    """The sentences alone do not pair the headlines: it is the line structure that does."""
    assert ((0,), ()) in beads_of(encoder, ORIG, TRANS, lines=False)


@pytest.mark.parametrize("trans_text, added", [
    (TRANS.replace("within a year.\n", f"within a year.\n{ADDED_LINE}\n"), 3),
    (TRANS.replace("within a year.\n", f"within a year. {ADDED_SENTENCE}\n"), 3),
])
def test_an_added_line_or_sentence_stays_an_addition(encoder, trans_text, added):
    beads = beads_of(encoder, ORIG, trans_text)
    assert ((), (added,)) in beads
    assert ((0,), (0,)) in beads


def test_an_omitted_line_stays_an_omission(encoder):
    trans_text = TRANS.replace("The drivers said the tolls had doubled within a year.\n", "")
    assert beads_of(encoder, ORIG, trans_text) == [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), (2,))]


def sentences(text: str, spans: list[tuple[int, int]]) -> list[Sentence]:
    return [Sentence(k, start, end, text[start:end]) for k, (start, end) in enumerate(spans)]


@pytest.mark.parametrize("text, spans, lines", [
    ("One. Two.\nThree.", [(0, 4), (5, 9), (10, 16)], [0, 0, 1]),
    ("One.\r\n\r\nTwo.", [(0, 4), (8, 12)], [0, 2]),
    ("One.\rTwo.\u2029Three.", [(0, 4), (5, 9), (10, 16)], [0, 1, 2]),
    ("", [], []),
])
def test_sentence_lines(text, spans, lines):
    assert sentence_lines(text, sentences(text, spans)).tolist() == lines


def features(vectors) -> SideFeatures:
    vectors = np.asarray(vectors, dtype=np.float64)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return SideFeatures(vectors, np.zeros((len(vectors), 0), dtype=np.float32), np.full(len(vectors), 50.0))


def test_a_line_is_its_sentences_taken_together():
    lines = group_lines(np.array([3, 3, 7]), np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 0.0]]),
                        [frozenset({"a"}), frozenset({"b"}), frozenset()], np.array([10.0, 20.0, 5.0]))
    assert lines.count == 2 and lines.of_sentence.tolist() == [0, 0, 1]
    assert np.allclose(lines.vectors, [[2 ** -0.5, 2 ** -0.5], [1.0, 0.0]])
    assert lines.anchors == (frozenset({"a", "b"}), frozenset())
    assert lines.lengths.tolist() == [30.0, 5.0]


def lines_of(of_sentence: list[int]) -> Lines:
    count = max(of_sentence) + 1
    return Lines(np.array(of_sentence), np.eye(count), (frozenset(),) * count, np.ones(count))


def test_evidence_gives_each_sentence_its_line_bead_and_the_share_of_lines_paired():
    # Three orig and four trans lines: orig line 1 was left out, trans lines 1 and 2 render orig line 2.
    steps = [PathBead((0,), (0,), 0.1), PathBead((1,), (), 0.5), PathBead((2,), (1, 2), 0.2), PathBead((), (3,), 0.5)]
    evidence = evidence_from_line_beads(steps, lines_of([0, 0, 1, 2]), lines_of([0, 1, 2, 2, 3]))
    assert evidence.orig_beads.tolist() == [0, 0, UNPAIRED, 2]
    assert evidence.trans_beads.tolist() == [0, 2, 2, 2, UNPAIRED]
    assert evidence.weight == pytest.approx(5 / 7)


@pytest.mark.parametrize("orig_text, trans_text", [
    (ORIG.replace("\n", " "), TRANS),   # the original on one line
    (ORIG, TRANS.replace("\n", " ")),   # the translation on one line
])
def test_a_text_on_one_line_aligns_as_without_line_evidence(encoder, orig_text, trans_text):
    assert beads_of(encoder, orig_text, trans_text) == beads_of(encoder, orig_text, trans_text, lines=False)


def test_pair_beads_marks_pairs_that_straddle_two_line_beads():
    assert pair_beads(np.array([0, 0, 1, UNPAIRED, UNPAIRED])).tolist() == [0, MIXED, MIXED, UNPAIRED]


def test_line_bonus_is_weight_times_bonus_inside_one_line_bead_only():
    params = AlignParams(line_bonus=0.25)
    bonus = line_bonus(np.array([0, MIXED, UNPAIRED]), np.array([0, 1, UNPAIRED]), 0.8, params)
    assert bonus.tolist() == [[0.2, 0.0, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]


def test_bead_costs_take_the_bonus_once_per_bead():
    side = features([[1, 0, 0], [0, 1, 0]])
    params = AlignParams()
    lines = LineEvidence(np.array([0, 0]), np.array([0, 0]), weight=1.0)
    plain, with_lines = bead_costs(side, side, params), bead_costs(side, side, params, lines)
    for name in ("one_one", "one_two", "two_one", "two_two"):
        difference = getattr(plain, name) - getattr(with_lines, name)
        assert np.allclose(difference, params.line_bonus), name
    assert np.array_equal(plain.skip_orig, with_lines.skip_orig)
