"""The modal frame table and its readings (drift/checks/_frames.py)."""

from __future__ import annotations

import pytest

from drift.checks import _frames
from drift.text.fold import fold_case

_KINDS = {"tr": {"lemma", "predicate", "word", "mood", "clause", "light", "echo"}, "en": {"re"}}


def test_every_row_names_a_known_frame_side_role_and_kind():
    frames = set(_frames.KEEPS) | {"advice", "restriction"}
    for cue in _frames.cues():
        assert cue.frame in frames and cue.side in _KINDS and cue.kind in _KINDS[cue.side]
        assert cue.role in {"frame", "weak", "keep", "except"} and cue.source
        assert cue.negated in frames | {""}


def _turkish(sentence: str) -> list[tuple[str, str]]:
    words = tuple(fold_case(word.strip(".,"), turkish=True) for word in sentence.split())
    return [(mark.frame, mark.text) for mark in _frames.turkish_frames(words) if mark.role == "frame"]


@pytest.mark.parametrize("sentence, frame", [
    ("Hava açarsa tören bahçede yapılacak.", "condition"),
    ("Yol giderse köye ulaşım kolaylaşacak.", "condition"),  # the analyser prefers a wish of gidermek: any reading
    ("Sözleşmenin imzalanması halinde inşaat başlayacak.", "condition"),
    ("Teklifin kabul edilip edilmeyeceği belli değil.", "question"),
    ("Okulun bahçesinde sigara içmek yasak.", "ban"),
    ("Kamyonların girmesine izin verilmiyor.", "ban"),
    ("Kamyonların girmesine izin verildi.", "permission"),
    ("Üyeler oy kullanmakta serbest.", "permission"),
    ("Bakan haberleri yalanladı.", "denial"),
    ("Dernek dava açma niyetinde.", "intention"),
])
def test_turkish_frames(sentence, frame):
    assert frame in {found for found, _ in _turkish(sentence)}


@pytest.mark.parametrize("sentence", [
    "Bağırsak sağlığı için lif önemli.",  # a noun the analyser could read as a wish of bağırmak
    "Tutuklu gazeteci serbest bırakıldı.",
    "Gelmektense beklemeyi seçti.",
])
def test_turkish_sentences_with_no_frame(sentence):
    assert _turkish(sentence) == []


def test_english_cues_inside_longer_ones_give_way_and_may_the_month_is_no_modal():
    marks = _frames.english_frames("Boats are not allowed to leave in May.")
    assert [(mark.frame, mark.text) for mark in marks] == [("ban", "not allowed")]
