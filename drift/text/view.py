"""The matching view of a text: what the splitter, encoder, anchors and checks read.

Articles arrive with characters that change nothing for a reader but break
matching: no-break and other odd spaces, soft hyphens, zero-width spaces and
joiners, directional marks, a combining dot above left by a wrong `lower()`
("i̇stanbul"), letters in decomposed form (s + U+0327 for ş), control
characters, and, in Markdown, the markup itself. The view removes or replaces
them; everything a user sees still points into the document's own text,
because each character of the view remembers the stretch of the original it
came from and every span is mapped back through it.

Curly quotes and apostrophes are left alone: the tokenizer already treats
’ as an apostrophe (Zelenskiy’nin), and the samples everything is tuned on use
them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from collections.abc import Iterable

import numpy as np

from drift.model import Document, Sentence, SourceFormat, Span

# Invisible characters a reader never sees: soft hyphen, zero-width space,
# joiners, directional marks and isolates, word joiner, a BOM inside the text,
# the combining grapheme joiner and the Mongolian vowel separator.
_INVISIBLE = "\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
_SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
# Line and paragraph separators: a line break always ends a sentence in drift.
_BREAKS = "\u2028\u2029\x85\x0b\x0c"
_CONTROLS = "\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f"
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_DOT_ABOVE = "\u0307"

_ODD = re.compile(
    rf"(?P<cluster>[^\W\d_][{_COMBINING}]+)|(?P<invisible>[{_INVISIBLE}]+)|(?P<space>[{_SPACES}]+)"
    rf"|(?P<break>[{_BREAKS}]+)|(?P<control>[{_CONTROLS}]+)"
)

# Markdown markup that is not text: heading marks, quote marks, list bullets,
# emphasis, code ticks, images, link targets, rules, front matter, table pipes.
_MARKDOWN = re.compile(
    r"(?P<front>\A---[ \t]*\r?\n(?:.*\r?\n)*?---[ \t]*(?:\r?\n|\Z))"
    r"|(?P<rule>^[ \t]*(?:[-*_][ \t]*){3,}$)"
    r"|(?P<fence>^[ \t]*(?:```|~~~).*$)"
    r"|(?P<heading>^[ \t]*#{1,6}[ \t]+|[ \t]+#+[ \t]*$)"
    r"|(?P<setext>^[ \t]*(?:=+|-+)[ \t]*$)"
    r"|(?P<table_rule>^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$)"
    r"|(?P<quote>^[ \t]*(?:>[ \t]?)+)"
    r"|(?P<bullet>^[ \t]*[-*+][ \t]+)"
    r"|(?P<image>!\[[^\]\n]*\]\([^)\n]*\))"
    r"|(?P<link_open>\[)(?=[^\]\n]*\]\([^)\n]*\))"
    r"|(?P<link_close>\]\([^)\n]*\))"
    r"|(?P<autolink><https?://[^>\s]+>)"
    r"|(?P<emphasis>(?<![\w*_\\])(?:\*{1,3}|_{1,3})(?=[^\s*_])|(?<=[^\s*_\\])(?:\*{1,3}|_{1,3})(?![\w*_]))"
    r"|(?P<code>`+)"
    r"|(?P<pipe>\|)",
    re.MULTILINE,
)


@dataclass(frozen=True, eq=False)
class TextView:
    """A cleaned copy of a text, and for each of its characters the stretch of the original it stands for.

    `starts[k]` and `ends[k]` are the original offsets where view character k
    begins and ends; both are None when the view is the text itself.
    """

    text: str
    source: str
    starts: np.ndarray | None = None
    ends: np.ndarray | None = None

    @property
    def is_identity(self) -> bool:
        return self.starts is None

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the view's `[start, end)`: whole original characters, never half a cluster."""
        if self.starts is None:
            return start, end
        if end <= start:
            position = int(self.starts[start]) if start < len(self.text) else len(self.source)
            return position, position
        return int(self.starts[start]), int(self.ends[end - 1])

    def span(self, span: Span | None) -> Span | None:
        """A span of the view as a span of the original text."""
        if span is None or self.starts is None:
            return span
        start, end = self.to_source(span.start, span.end)
        return Span(start, end, self.source[start:end])

    def sentences(self, sentences: Iterable[Sentence]) -> tuple[Sentence, ...]:
        """Sentences split on the view, with spans and text from the original."""
        if self.starts is None:
            return tuple(sentences)
        result = []
        for sentence in sentences:
            start, end = self.to_source(sentence.start, sentence.end)
            result.append(Sentence(sentence.index, start, end, self.source[start:end]))
        return tuple(result)


def _markdown_edits(text: str) -> list[tuple[int, int, str]]:
    edits = []
    for match in _MARKDOWN.finditer(text):
        kind, start, end = match.lastgroup, match.start(), match.end()
        if kind == "front":
            # Drop the lines but keep their line breaks, so what follows stays on lines of its own.
            edits.extend((start + line.start(), start + line.end(), "")
                         for line in re.finditer(r"[^\r\n]+", match.group()))
        elif kind == "autolink":
            edits.extend(((start, start + 1, ""), (end - 1, end, "")))
        elif kind in ("pipe", "image"):
            edits.append((start, end, " "))
        elif end > start:
            edits.append((start, end, ""))
    return edits


# Every match of _ODD holds one of these characters; most texts have none, and one pass over the text for them
# spares _ODD's trial of a letter-and-combining-mark cluster at every letter.
_ODD_CHARACTER = re.compile(f"[{_COMBINING}{_INVISIBLE}{_SPACES}{_BREAKS}{_CONTROLS}]")


def _odd_edits(text: str) -> list[tuple[int, int, str]]:
    if _ODD_CHARACTER.search(text) is None:
        return []
    edits = []
    for match in _ODD.finditer(text):
        kind = match.lastgroup
        if kind == "cluster":
            composed = unicodedata.normalize("NFC", match.group())
            if composed[:1] in "iı" and composed[1:2] == _DOT_ABOVE:
                # "İ".lower() gives i + U+0307: the letter meant is i.
                composed = composed[0] + composed[2:]
            if composed != match.group():
                edits.append((match.start(), match.end(), composed))
        elif kind == "invisible":
            edits.append((match.start(), match.end(), ""))
        else:
            fill = "\n" if kind == "break" else " "
            edits.append((match.start(), match.end(), fill * (match.end() - match.start())))
    return edits


def _merge(first: list[tuple[int, int, str]], second: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Edits in text order; an edit overlapping an earlier one (by position, `first` winning ties) is dropped."""
    merged = []
    reach = 0
    for start, end, replacement in sorted(first + second, key=lambda edit: edit[0]):
        if start < reach:
            continue
        merged.append((start, end, replacement))
        reach = end
    return merged


def build_view(text: str, *, markdown: bool = False) -> TextView:
    """The matching view of `text`; the text itself when nothing in it needs cleaning."""
    edits = _merge(_markdown_edits(text) if markdown else [], _odd_edits(text))
    if not edits:
        return TextView(text, text)
    pieces: list[str] = []
    starts: list[np.ndarray] = []
    ends: list[np.ndarray] = []
    position = 0
    for start, end, replacement in edits:
        if start > position:
            pieces.append(text[position:start])
            starts.append(np.arange(position, start))
            ends.append(np.arange(position + 1, start + 1))
        if replacement:
            pieces.append(replacement)
            if len(replacement) == end - start:
                starts.append(np.arange(start, end))
                ends.append(np.arange(start + 1, end + 1))
            else:
                # Every character of a changed stretch stands for all of it.
                starts.append(np.full(len(replacement), start))
                ends.append(np.full(len(replacement), end))
        position = end
    if position < len(text):
        pieces.append(text[position:])
        starts.append(np.arange(position, len(text)))
        ends.append(np.arange(position + 1, len(text) + 1))
    view = "".join(pieces)
    if view == text:
        return TextView(text, text)
    empty = np.zeros(0, dtype=np.int64)
    return TextView(view, text, np.concatenate([empty, *starts]).astype(np.int64),
                    np.concatenate([empty, *ends]).astype(np.int64))


def matching_view(document: Document) -> TextView:
    """The matching view of a document's text (its markup ignored when it is Markdown)."""
    return build_view(document.text, markdown=document.source_format is SourceFormat.MARKDOWN)


def seen_document(document: Document, view: TextView) -> Document:
    """The document as the checks see it: the same document with the view's text."""
    return document if view.is_identity else replace(document, text=view.text)
