"""What the input tests share: the article pair, the ways to spoil it, and a comparable form of findings.

The pair is samples/dev/gas-discovery (written for the project; eight kinds of
finding, Turkish letters in names, curly quotes, a date and numbers).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from drift.model import Language, Report
from drift.read import read_document
from drift.text.view import build_view

ROOT = Path(__file__).resolve().parent.parent.parent
PAIR = ROOT / "samples" / "dev" / "gas-discovery"
DATA = Path(__file__).resolve().parent / "data"
STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def texts() -> tuple[str, str]:
    return (PAIR / "tr.txt").read_text(encoding="utf-8"), (PAIR / "en.txt").read_text(encoding="utf-8")


def _every(text: str, pattern: str, replace, step: int = 1) -> str:
    count = 0

    def change(match: re.Match) -> str:
        nonlocal count
        count += 1
        return replace(match) if count % step == 0 else match.group()

    return re.sub(pattern, change, text)


# name: (how the article is spoiled, what the README's table says about it)
ODD_CHARACTERS = {
    "no-break spaces": (lambda t: _every(t, " ", lambda m: "\u00a0", 2), "every second space is U+00A0"),
    "narrow no-break spaces": (lambda t: _every(t, r"(?<=\d) (?=\w)", lambda m: "\u202f"),
                               "U+202F between a number and its unit"),
    "soft hyphens": (lambda t: re.sub(r"(\w{4})(?=\w{4})", "\\1\u00ad", t),
                     "U+00AD inside every long word, names included (Yurt\u00adsever)"),
    "zero-width spaces": (lambda t: re.sub(r"(\w{3})(?=\w{3})", "\\1\u200b", t), "U+200B inside words"),
    "zero-width joiners": (lambda t: re.sub(r"(\w{2})(?=\w{5})", "\\1\u200d\u200c", t),
                           "U+200D and U+200C inside words"),
    "directional marks": (lambda t: re.sub(r"(?m)^", "\u200e", re.sub(r"(\d+)", "\u200f\\1\u202c", t)),
                          "U+200E at each line start, U+200F/U+202C around numbers"),
    "decomposed letters": (lambda t: unicodedata.normalize("NFD", t), "NFD: ş as s + U+0327, İ as I + U+0307"),
    "byte-order mark inside": (lambda t: t.replace("\n", "\n\ufeff", 3), "U+FEFF at three line starts"),
    "CRLF": (lambda t: t.replace("\n", "\r\n"), "Windows line ends"),
    "lone CR": (lambda t: t.replace("\n", "\r"), "old Mac line ends"),
}


def encoded(text: str, encoding: str) -> bytes:
    """The bytes a file in `encoding` would hold (UTF-16 with its byte-order mark, as Word writes it)."""
    if encoding == "utf-16-be":
        return b"\xfe\xff" + text.encode("utf-16-be")
    if encoding == "utf-16-le":
        return b"\xff\xfe" + text.encode("utf-16-le")
    return text.encode(encoding)


def comparable(report: Report, straighten: bool = False, markdown: bool = False) -> list[tuple]:
    """Findings as a reader compares them: code, severity, place, message and the words on each side.

    Span texts are compared as drift's matching view sees them (soft hyphens
    and the like removed), since the spans themselves point into the text as
    it arrived (with its Markdown markup when `markdown`); `straighten` also
    makes curly quotes straight.
    """
    def words(span) -> str | None:
        if span is None:
            return None
        text = build_view(span.text, markdown=markdown).text
        return text.translate(STRAIGHT) if straighten else text

    def message(text: str) -> str:
        return text.translate(STRAIGHT) if straighten else text

    return [(f.code, f.severity.value, f.bead, message(f.message), f.expected, words(f.trans), words(f.orig))
            for f in report.findings]


def assert_spans_exact(report: Report) -> None:
    alignment = report.alignment
    for finding in report.findings:
        for span, side in ((finding.trans, alignment.trans), (finding.orig, alignment.orig)):
            if span is not None:
                assert side.text[span.start:span.end] == span.text
    for side, sentences in ((alignment.orig, alignment.orig_sentences), (alignment.trans, alignment.trans_sentences)):
        for sentence in sentences:
            assert side.text[sentence.start:sentence.end] == sentence.text


def read_pair(orig: Path, trans: Path):
    return read_document(orig, Language.TURKISH), read_document(trans, Language.ENGLISH)
