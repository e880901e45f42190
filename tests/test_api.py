"""The Python API returns the same values the command line prints."""

from __future__ import annotations

import json

import drift
from drift.cli import main


def test_api_matches_cli_json(samples, encoder, capsys):
    sample = samples / "wildfire"
    orig = (sample / "tr.txt").read_text(encoding="utf-8")
    trans = (sample / "en.txt").read_text(encoding="utf-8")
    alignment = drift.align(orig, trans, encoder=encoder)

    assert main(["align", str(sample / "tr.txt"), str(sample / "en.txt"), "--format", "json"]) == 0
    envelope = json.loads(capsys.readouterr().out)

    assert [(list(b.orig), list(b.trans)) for b in alignment.beads] == [
        (b["orig"], b["trans"]) for b in envelope["beads"]]
    assert [b.similarity for b in alignment.beads] == [b["similarity"] for b in envelope["beads"]]
    assert [(s.start, s.end, s.text) for s in alignment.trans_sentences] == [
        (s["start"], s["end"], s["text"]) for s in envelope["trans"]["sentences"]]


def test_spans_point_into_the_text(samples, encoder):
    orig = (samples / "s400" / "tr.txt").read_text(encoding="utf-8")
    trans = (samples / "s400" / "en.txt").read_text(encoding="utf-8")
    alignment = drift.align(orig, trans, encoder=encoder)
    assert all(orig[s.start:s.end] == s.text for s in alignment.orig_sentences)
    assert all(trans[s.start:s.end] == s.text for s in alignment.trans_sentences)
    covered_orig = [i for bead in alignment.beads for i in bead.orig]
    covered_trans = [j for bead in alignment.beads for j in bead.trans]
    assert covered_orig == list(range(len(alignment.orig_sentences)))
    assert covered_trans == list(range(len(alignment.trans_sentences)))
