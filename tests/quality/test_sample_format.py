"""The samples with gold drifts are well formed, so that every score measured on them means what it says.

Reads the files only (json and str): nothing here runs drift on a sample, so the
sealed held-out sets can be checked without being looked at through the checks.
Offsets are code-point offsets into the text as stored, end exclusive (DESIGN.md).
"""

from __future__ import annotations

import hashlib
import json
import re

import pytest

from conftest import SAMPLES
from drift.model import Category, Severity

ARTICLES = sorted(path.parent for path in SAMPLES.rglob("gold.jsonl"))
# Groups whose gold items name the kind of drift (issue 13); the held-out ones are measured once each.
KIND_GROUPS = ("dev2", "devmt", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "holdout3", "holdout4",
               "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12",
               "holdout13")
HELD_OUT = ("holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
            "holdout10", "holdout11", "holdout12", "holdout13")
# Held-out sets whose README records the hash of their files, taken before any result was looked at.
SEALED = ("holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12",
          "holdout13")
KINDS = {"name-substitution", "relative-time", "antonym", "modality", "roles", "number-format", "untranslated",
         "office", "other"}
CATEGORIES = {category.value for category in Category}
SEVERITIES = {severity.value for severity in Severity}


def _name(article) -> str:
    return str(article.relative_to(SAMPLES))


def _gold(article) -> list[dict]:
    lines = (article / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _text(article, name: str) -> str:
    return (article / name).read_text(encoding="utf-8")


def test_every_group_is_found():
    groups = {article.relative_to(SAMPLES).parts[0] for article in ARTICLES}
    assert {"s400", "dev", *KIND_GROUPS, *HELD_OUT} <= groups


@pytest.mark.parametrize("article", ARTICLES, ids=_name)
def test_gold_spans_quote_the_texts(article):
    trans, orig = _text(article, "en.txt"), _text(article, "tr.txt")
    items = _gold(article)
    assert items and len({item["id"] for item in items}) == len(items)
    for item in items:
        assert item["category"] in CATEGORIES and item["severity"] in SEVERITIES, item["id"]
        assert item["target"] is not None or item["source"] is not None, item["id"]
        if item["category"] == "omission":
            assert item["target"] is None, item["id"]
        if item["category"] == "addition":
            assert item["source"] is None, item["id"]
        for side, text in (("target", trans), ("source", orig)):
            span = item[side]
            if span is not None:
                assert 0 <= span["start"] < span["end"] <= len(text), item["id"]
                assert text[span["start"]:span["end"]] == span["text"], (item["id"], side)


@pytest.mark.parametrize("article", [a for a in ARTICLES if (a / "alignment.jsonl").exists()], ids=_name)
def test_sentences_and_alignment_cover_each_text_in_order(article):
    beads = [json.loads(line) for line in _text(article, "alignment.jsonl").splitlines() if line.strip()]
    for side, text_name, sentences_name in (("source", "tr.txt", "tr.sentences.txt"),
                                            ("target", "en.txt", "en.sentences.txt")):
        text, cursor = _text(article, text_name), 0
        sentences = _text(article, sentences_name).splitlines()
        for sentence in sentences:
            cursor = text.index(sentence, cursor) + len(sentence)
        assert [index for bead in beads for index in bead[side]] == list(range(len(sentences))), side
    assert all(bead["source"] or bead["target"] for bead in beads)


@pytest.mark.parametrize("article", [a for a in ARTICLES if a.parent.name in HELD_OUT], ids=_name)
def test_held_out_articles_have_a_faithful_twin_and_a_readme(article):
    assert _text(article, "en_faithful.txt").strip() and _text(article, "README.md").startswith("# ")


@pytest.mark.parametrize("article", [a for a in ARTICLES if a.parent.name in KIND_GROUPS], ids=_name)
def test_gold_items_name_their_kind(article):
    for item in _gold(article):
        assert item.get("kind") in KINDS, item["id"]


@pytest.mark.parametrize("group", SEALED)
def test_sealed_set_matches_its_recorded_hash(group):
    """The hash of `sha256sum samples/GROUP/*/* | sha256sum` (C locale order) recorded in the group's README."""
    folder = SAMPLES / group
    listing = "".join(f"{hashlib.sha256(path.read_bytes()).hexdigest()}  samples/{group}/{path.parent.name}/{path.name}\n"
                      for path in sorted(folder.glob("*/*"), key=lambda p: f"{p.parent.name}/{p.name}"))
    recorded = re.search(r"\b([0-9a-f]{64})\b", (folder / "README.md").read_text(encoding="utf-8"))
    assert recorded is not None
    assert hashlib.sha256(listing.encode()).hexdigest() == recorded.group(1)
