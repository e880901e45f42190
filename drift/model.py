"""Values that cross module boundaries.

All offsets are Python `str` (code point) offsets into a document's text as
decoded (byte-order mark removed, nothing else changed), end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Language(str, Enum):
    """The two languages drift works between."""

    TURKISH = "tr"
    ENGLISH = "en"


class SourceFormat(str, Enum):
    """What an input file was: plain text, Markdown (kept, markup ignored in matching) or an HTML page."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"


@dataclass(frozen=True)
class Document:
    """One input text: where it came from and what it says.

    For an HTML page `text` is the article text extracted from it (offsets
    point there) and `extraction` names the extractor; `encoding_detected` is
    False when the user named the encoding.
    """

    text: str
    language: Language
    path: str | None = None
    encoding: str = "utf-8"
    source_format: SourceFormat = SourceFormat.TEXT
    extraction: str | None = None
    encoding_detected: bool = True


@dataclass(frozen=True)
class Sentence:
    """One sentence of a document, by position and offsets."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Bead:
    """One aligned group of sentences; an empty side is an omission or an addition.

    `similarity` is the cosine of the two sides' vectors (None when a side is
    empty); `anchors` is the share of names, numbers and codes the sides have in
    common (None when neither has any); `cost` is what the aligner paid for it.
    `chrf` and `bleu` (sacrebleu, 0-100) are set only when the original is an
    English reference (drift.reference).
    """

    orig: tuple[int, ...]
    trans: tuple[int, ...]
    similarity: float | None
    anchors: float | None
    cost: float
    chrf: float | None = None
    bleu: float | None = None

    @property
    def kind(self) -> str:
        return f"{len(self.orig)}-{len(self.trans)}"

    @property
    def is_omission(self) -> bool:
        return bool(self.orig) and not self.trans

    @property
    def is_addition(self) -> bool:
        return bool(self.trans) and not self.orig


@dataclass(frozen=True)
class Alignment:
    """The sentence alignment of an original with its translation."""

    orig: Document
    trans: Document
    orig_sentences: tuple[Sentence, ...]
    trans_sentences: tuple[Sentence, ...]
    beads: tuple[Bead, ...]


class Category(str, Enum):
    """What kind of drift a finding reports."""

    NAME = "name"
    NUMBER = "number"
    DATE = "date"
    MISTRANSLATION = "mistranslation"
    ADDITION = "addition"
    OMISSION = "omission"
    UNTRANSLATED = "untranslated"


class Severity(str, Enum):
    """How much a finding matters to a reader.

    critical: a fact a reader would repeat changed (who, what, when, where, how
    many); major: the meaning clearly changed; minor: wording, style, terms.
    """

    CRITICAL = "critical"
    MAJOR = "major"
    MINOR = "minor"

    @property
    def rank(self) -> int:
        return {"minor": 1, "major": 2, "critical": 3}[self.value]


@dataclass(frozen=True)
class Span:
    """A stretch of one document's text; `text` equals `document.text[start:end]`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Finding:
    """One reported drift, with what each side says and what it should say.

    `bead` is the index of the aligned sentence group the finding sits in, so
    omissions (no English span) still have a place in reading order. `basis`
    names the kind of evidence when a check has more than one; `confidence` is
    the measured precision of the check on that basis (drift.checks._confidence).
    """

    code: str
    check: str
    category: Category
    severity: Severity
    confidence: float
    message: str
    trans: Span | None
    orig: Span | None
    bead: int
    expected: str | None = None
    evidence: str = ""
    basis: str = ""
    also: tuple[str, ...] = ()  # codes of other checks that reported the same words (merged into this finding)


@dataclass(frozen=True)
class MtReference:
    """A translation model's English for each sentence of the original, in order (`drift check --mt`)."""

    model: str
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class Report:
    """The result of checking a translation: its alignment and what drifted (and the model's rendering, if used)."""

    alignment: Alignment
    findings: tuple[Finding, ...]
    mt: MtReference | None = None
