"""Invisible and odd characters: matching sees through them, offsets stay in the text as decoded.

The table (also in the README's "Input" section): the article pair spoiled in
one way on both sides gives the same findings as the clean pair, with every
span still an exact slice of the spoiled text.
"""

from __future__ import annotations

import pytest

from drift.lint import lint_document
from drift.model import Document, Language, SourceFormat
from drift.pipeline import check_documents
from drift.text.split import split_sentences
from drift.text.tokens import tokenize
from drift.text.view import build_view
from input.cases import ODD_CHARACTERS, STRAIGHT, assert_spans_exact, comparable, texts


def _check(tr: str, en: str, encoder):
    return check_documents(Document(tr, Language.TURKISH, path="tr.txt"), Document(en, Language.ENGLISH, path="en.txt"),
                           encoder=encoder)


@pytest.fixture(scope="module")
def clean(encoder):
    return comparable(_check(*texts(), encoder))


@pytest.mark.parametrize("case", ODD_CHARACTERS)
def test_same_findings_through_odd_characters(case, clean, encoder):
    spoil, _ = ODD_CHARACTERS[case]
    tr, en = texts()
    report = _check(spoil(tr), spoil(en), encoder)
    assert report.alignment.orig.text == spoil(tr)  # the text as decoded, nothing rewritten
    assert_spans_exact(report)
    assert comparable(report) == clean


def test_same_findings_with_curly_or_straight_quotes(clean, encoder):
    tr, en = texts()  # the sample has curly quotes and apostrophes (’ in “Karadeniz’de” style)
    straight = _check(tr.translate(STRAIGHT), en.translate(STRAIGHT), encoder)
    assert comparable(straight, straighten=True) == [
        (code, severity, bead, message.translate(STRAIGHT), expected,
         None if trans is None else trans.translate(STRAIGHT), None if orig is None else orig.translate(STRAIGHT))
        for code, severity, bead, message, expected, trans, orig in clean]


def test_combining_dot_above_from_a_wrong_lower(encoder):
    # Python's "İ".lower() is "i" + U+0307; the view reads it as the "i" Turkish means.
    tr, en = texts()
    lowered = _check(tr.replace("İ", "i"), en, encoder)
    wrong = _check(tr.replace("İ", "i\u0307"), en, encoder)
    assert_spans_exact(wrong)
    assert comparable(wrong) == comparable(lowered)


def test_a_span_covers_the_invisible_characters_inside_it():
    text = "Bakan Yurt\u00adsever\u200b’in açıklaması"
    view = build_view(text)
    assert view.text == "Bakan Yurtsever’in açıklaması"
    token = next(token for token in tokenize(view.text) if token.stem == "Yurtsever")
    start, end = view.to_source(token.start, token.end)
    assert text[start:end] == "Yurt\u00adsever\u200b’in"


def test_view_keeps_offsets_of_clean_text_and_maps_changed_stretches_whole():
    assert build_view("Temiz metin.\r\n").is_identity
    view = build_view("a\u00a0b I\u0307stanbul c")
    assert view.text == "a b İstanbul c"
    start, end = view.to_source(view.text.index("İ"), view.text.index("İ") + 1)
    assert view.source[start:end] == "I\u0307"


def test_line_separators_end_sentences_like_line_breaks():
    text = "Birinci satır burada\u2028ikinci satır burada"
    view = build_view(text)
    sentences = view.sentences(split_sentences(view.text, Language.TURKISH))
    assert [s.text for s in sentences] == ["Birinci satır burada", "ikinci satır burada"]


MARKDOWN = """---
title: Bir başlık
---
# Karadeniz'de yeni keşif

Bakan **Kemal Yurtsever**, [Filyos'ta](https://example.org/filyos) yaptığı açıklamada *84 milyar* metreküp dedi.

> "Bu bir dönüm noktasıdır," dedi.

- Üretim `2026` sonunda artacak.
![Sondaj gemisi](gemi.jpg)
"""


def test_markdown_keeps_its_text_and_ignores_markup():
    document = Document(MARKDOWN, Language.TURKISH, source_format=SourceFormat.MARKDOWN)
    view = build_view(document.text, markdown=True)
    assert "**" not in view.text and "](" not in view.text and "#" not in view.text and "title:" not in view.text
    assert "Bakan Kemal Yurtsever, Filyos'ta yaptığı açıklamada 84 milyar metreküp dedi." in view.text
    sentences = view.sentences(split_sentences(view.text, Language.TURKISH))
    assert [s.text for s in sentences][:2] == [
        "Karadeniz'de yeni keşif",
        "Bakan **Kemal Yurtsever**, [Filyos'ta](https://example.org/filyos) yaptığı açıklamada *84 milyar* "
        "metreküp dedi.",
    ]
    assert all(MARKDOWN[s.start:s.end] == s.text for s in sentences)


def test_markdown_findings_match_the_plain_text(encoder):
    tr, en = texts()
    # Emphasis, a heading mark and a link around words drift reports on.
    marked = en.replace("Yurtsevar", "**Yurtsevar**").replace("Monday", "[Monday](https://example.org/day)")
    marked = "## " + marked
    plain = _check(tr, en, encoder)
    report = check_documents(Document(tr, Language.TURKISH, path="tr.txt"),
                             Document(marked, Language.ENGLISH, path="en.md", source_format=SourceFormat.MARKDOWN),
                             encoder=encoder)
    assert_spans_exact(report)
    assert comparable(report, markdown=True) == comparable(plain)


def test_lint_sees_through_odd_characters():
    _, en = texts()
    spoil, _ = ODD_CHARACTERS["soft hyphens"]
    clean = lint_document(Document(en, Language.ENGLISH))
    spoiled = lint_document(Document(spoil(en), Language.ENGLISH))
    assert_spans_exact(spoiled)
    assert comparable(spoiled) == comparable(clean)
