"""Alignment of whole articles against their gold beads.

The predicted sentences come from drift's own splitter; gold and predicted
beads are compared as sets of sentence spans (see tests/gold.py), so a bead
counts only when both its sentence sets match a gold bead exactly.
"""

from __future__ import annotations

import json
from contextlib import redirect_stdout
from io import StringIO

import pytest

import drift
from conftest import SAMPLES
from drift.cli import main
from gold import envelope_beads, gold_beads, locate_sentences, read_lines, strict_score

OWN_SAMPLES = ["metro", "wildfire"]


def run_align_json(capsys, sample) -> dict:
    code = main(["align", str(sample / "tr.txt"), str(sample / "en.txt"), "--format", "json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return json.loads(captured.out)


@pytest.fixture(scope="module")
def seed_envelope(samples):
    """`drift align --format json` on the seed pair, run once through the real command line."""
    buffer = StringIO()
    with redirect_stdout(buffer):
        code = main(["align", str(samples / "s400" / "tr.txt"), str(samples / "s400" / "en.txt"), "--format", "json"])
    assert code == 0
    return json.loads(buffer.getvalue())


def test_seed_alignment_reproduces_gold(seed_envelope, samples):
    score = strict_score(envelope_beads(seed_envelope), gold_beads(samples / "s400"))
    assert score.f1 >= 0.95, score


def test_seed_gaps_are_beads_with_an_empty_side(seed_envelope, samples):
    sample = samples / "s400"
    orig_text = (sample / "tr.txt").read_text(encoding="utf-8")
    trans_text = (sample / "en.txt").read_text(encoding="utf-8")
    orig_gold = locate_sentences(orig_text, read_lines(sample / "tr.sentences.txt"))
    trans_gold = locate_sentences(trans_text, read_lines(sample / "en.sentences.txt"))
    beads = envelope_beads(seed_envelope)
    # The two Turkish sentences the English leaves out, and the English author bio.
    assert (frozenset({orig_gold[7]}), frozenset()) in beads
    assert (frozenset({orig_gold[8]}), frozenset()) in beads
    bio = next(span for span, text in zip(trans_gold, read_lines(sample / "en.sentences.txt")) if "Explorer" in text)
    assert (frozenset(), frozenset({bio})) in beads


def test_seed_segmentation_matches_gold(seed_envelope, samples):
    sample = samples / "s400"
    assert [s["text"] for s in seed_envelope["orig"]["sentences"]] == read_lines(sample / "tr.sentences.txt")
    assert [s["text"] for s in seed_envelope["trans"]["sentences"]] == read_lines(sample / "en.sentences.txt")


@pytest.mark.parametrize("name", OWN_SAMPLES)
def test_own_samples_split_merge_drop_add(name, samples, capsys):
    """Each sample has one split, one merge, one dropped and one added sentence."""
    sample = samples / name
    gold = gold_beads(sample)
    kinds = {(len(orig), len(trans)) for orig, trans in gold}
    assert {(1, 2), (2, 1), (1, 0), (0, 1)} <= kinds
    predicted = envelope_beads(run_align_json(capsys, sample))
    assert set(predicted) == set(gold)


DEV_SAMPLES = sorted(path.parent.name for path in (SAMPLES / "dev").glob("*/alignment.jsonl"))


@pytest.mark.parametrize("name", DEV_SAMPLES)
def test_dev_set_alignments(name, samples, encoder):
    """Drifted translations of the development set still align to their gold beads."""
    sample = samples / "dev" / name
    alignment = drift.align((sample / "tr.txt").read_text(encoding="utf-8"),
                            (sample / "en.txt").read_text(encoding="utf-8"), encoder=encoder)
    predicted = [
        (frozenset((alignment.orig_sentences[i].start, alignment.orig_sentences[i].end) for i in bead.orig),
         frozenset((alignment.trans_sentences[j].start, alignment.trans_sentences[j].end) for j in bead.trans))
        for bead in alignment.beads
    ]
    assert strict_score(predicted, gold_beads(sample)).f1 >= 0.9
