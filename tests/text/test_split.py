"""Sentence splitting: abbreviations kept, line breaks respected, spans exact."""

from __future__ import annotations

import pytest

from drift.model import Language
from drift.text.split import split_sentences

TR, EN = Language.TURKISH, Language.ENGLISH

CASES = [
    (TR, "Prof. Dr. Ayşe Kaya açıklama yaptı. Toplantı bitti.",
     ["Prof. Dr. Ayşe Kaya açıklama yaptı.", "Toplantı bitti."]),
    (TR, "Türkiye 2. Dünya Savaşı'nda tarafsız kaldı. Sonra değişti.",
     ["Türkiye 2. Dünya Savaşı'nda tarafsız kaldı.", "Sonra değişti."]),
    (TR, "Elma, armut vb. meyveler alındı. Saat 14.30'da başladı.",
     ["Elma, armut vb. meyveler alındı.", "Saat 14.30'da başladı."]),
    (TR, "Enflasyon %3,5 oldu. Faiz 1.250 baz puan.",
     ["Enflasyon %3,5 oldu.", "Faiz 1.250 baz puan."]),
    (EN, "The U.S. said on Feb. 24 that it would act. Mr. Smith agreed.",
     ["The U.S. said on Feb. 24 that it would act.", "Mr. Smith agreed."]),
    (EN, "Analyst Assoc. Prof. Kaan Erbil spoke. Then he left.",
     ["Analyst Assoc. Prof. Kaan Erbil spoke.", "Then he left."]),
    (TR, "Toplantıya Yrd. Doç. Dr. Kaan Erbil ve Korg. Ali Er katıldı. Sonra gittiler.",
     ["Toplantıya Yrd. Doç. Dr. Kaan Erbil ve Korg. Ali Er katıldı.", "Sonra gittiler."]),
    (EN, "It rose 3.5 percent. Dr. Who left.", ["It rose 3.5 percent.", "Dr. Who left."]),
    (EN, "Officials raised it. @reporter_name Reports", ["Officials raised it.", "@reporter_name Reports"]),
    (EN, "“Explorer. Web expert. Organizer. Coffee fan.”", ["“Explorer. Web expert. Organizer. Coffee fan.”"]),
    (EN, "A headline\nFirst sentence. Second one.", ["A headline", "First sentence.", "Second one."]),
    (EN, "One.\r\nTwo.\r\n", ["One.", "Two."]),
    (EN, "Line without stop\rnext line", ["Line without stop", "next line"]),
    (TR, "İki  boşluk   burada. Ve\tsonra.", ["İki  boşluk   burada.", "Ve\tsonra."]),
    (TR, "“Bu kabul edilemez.” dedi. Sonra gitti!", ["“Bu kabul edilemez.” dedi.", "Sonra gitti!"]),
    # a time zone after "p.m." belongs to the clock time; a new sentence after it does not
    (EN, "It lifted off at 9:47 p.m. Turkish time. The crew cheered.",
     ["It lifted off at 9:47 p.m. Turkish time.", "The crew cheered."]),
    (EN, "It opens at 10 a.m. GMT on Monday. It closes at 5 p.m. Some time later, it reopens.",
     ["It opens at 10 a.m. GMT on Monday.", "It closes at 5 p.m.", "Some time later, it reopens."]),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_split(language, text, expected):
    sentences = split_sentences(text, language)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert [s.index for s in sentences] == list(range(len(sentences)))


def test_blank_text_has_no_sentences():
    assert split_sentences(" \n\n\t\n", EN) == ()


def test_two_short_sentences_are_not_a_tagline():
    assert [s.text for s in split_sentences("Yes. No. Then he left the room quietly.", EN)] == [
        "Yes.", "No.", "Then he left the room quietly."]


def test_a_line_with_nowhere_to_break_skips_the_base_splitter_with_the_same_result():
    """The shortcut for one-sentence lines gives what the base splitter gives, on every sample line."""
    from pathlib import Path

    from drift.text.split import _base_pieces, _base_splitter

    samples = Path(__file__).resolve().parent.parent.parent / "samples"
    lines = [line for path in sorted(samples.rglob("*.txt"))
             for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
    lines += ["  Two  spaces   inside , no mark  ", "Ends with a question?", "A. B", "Dr. Aydın geldi", "x."]
    assert len(lines) > 500
    for language in (TR, EN):
        assert [_base_pieces(line, language) for line in lines] == [
            _base_splitter(language).split(line) for line in lines]
