"""Candidate files: walk folders, read .txt/.md/.html, skip what cannot be a Turkish original.

I/O lives here (and in `cache`); ranking in `drift.find.rank` is pure.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from drift.errors import DriftError, InputError
from drift.find.model import Skipped
from drift.model import Document, Language
from drift.read import decode_text
from drift.text.fold import fold_case
from drift.text.stopwords import STOPWORDS

logger = logging.getLogger(__name__)

SUFFIXES = (".txt", ".md", ".html", ".htm")


class NotTurkish(InputError):
    """A readable file that is not Turkish text (an English version, a README): never the original."""


@dataclass(frozen=True)
class CandidateFile:
    """A candidate read from disk: its document and the hash of its bytes."""

    document: Document
    sha256: str


# Elements whose text is never article text.
_HIDDEN = frozenset({
    "script", "style", "head", "title", "nav", "footer", "aside", "noscript", "template", "svg", "form",
})
# Elements that end a paragraph: their text goes on lines of its own, since a
# line break always ends a sentence in drift.
_BLOCKS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "header",
    "blockquote", "tr", "table", "figcaption", "pre", "main",
})
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The article text of an HTML page (drift.ingest.html), else its visible text, one block element a line."""
    from drift.ingest.html import extract_article

    article = extract_article(markup)
    if article.text.strip():
        return article.text
    extractor = _TextExtractor()
    extractor.feed(markup)
    extractor.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(extractor.parts).splitlines())
    return "\n".join(line for line in lines if line) + "\n"


def looks_turkish(text: str) -> bool:
    """True when Turkish function words outnumber English ones (an English file is no original)."""
    words = re.findall(r"[^\W\d_]+", fold_case(text[:20000], turkish=True))
    turkish = sum(word in STOPWORDS[Language.TURKISH] for word in words)
    english = sum(word in STOPWORDS[Language.ENGLISH] for word in words)
    return turkish > english


def read_candidate(path: Path) -> CandidateFile:
    """Read one candidate file as a Turkish document; an `InputError` says why it cannot be used."""
    name = str(path)
    # One read serves both the hash and the text, so a file edited meanwhile
    # can never pair new text with an old hash (and so an old cache entry).
    from drift.read import DEFAULT_MAX_BYTES, read_input_bytes

    data = read_input_bytes(path, DEFAULT_MAX_BYTES)  # the bounded reader: no device, FIFO or runaway file
    text, encoding = decode_text(data, name)
    if path.suffix.lower() in (".html", ".htm"):
        text = html_to_text(text)
        if not text.strip():
            raise InputError(f"{name}: no text in the page")
    if not looks_turkish(text):
        raise NotTurkish(f"{name}: not Turkish")
    return CandidateFile(Document(text=text, language=Language.TURKISH, path=name, encoding=encoding),
                         hashlib.sha256(data).hexdigest())


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def collect_paths(arguments: Iterable[Path], exclude: Path | None = None) -> list[Path]:
    """Candidate files named directly or found (recursively) in the folders given, sorted."""
    found: list[Path] = []
    for argument in arguments:
        if argument.is_dir():
            for path in sorted(argument.rglob("*")):
                if path.suffix.lower() in SUFFIXES and path.is_file() and not _is_hidden(path, argument):
                    found.append(path)
        elif argument.exists():
            found.append(argument)
        else:
            raise InputError(f"{argument}: no such file or folder")
    unique: list[Path] = []
    seen: set[str] = set()
    for path in found:
        key = os.path.realpath(path)
        if key in seen or (exclude is not None and exclude.exists() and os.path.samefile(path, exclude)):
            continue
        seen.add(key)
        unique.append(path)
    return unique


def read_candidates(paths: Iterable[Path]) -> tuple[list[CandidateFile], list[Skipped]]:
    """Read every candidate once; set aside (and log) the ones that cannot be the original.

    Unreadable files get a warning; files that are not Turkish, and copies with
    the same bytes as an earlier candidate, are normal in a mixed folder and
    are only logged at info level.
    """
    files: list[CandidateFile] = []
    skipped: list[Skipped] = []
    first_of: dict[str, str] = {}
    for path in paths:
        try:
            file = read_candidate(path)
        except DriftError as exc:
            reason = str(exc).removeprefix(f"{path}: ")
            level = logging.INFO if isinstance(exc, NotTurkish) else logging.WARNING
            logger.log(level, "skipping %s: %s", path, reason)
            skipped.append(Skipped(str(path), reason))
            continue
        if file.sha256 in first_of:
            reason = f"same content as {first_of[file.sha256]}"
            logger.info("skipping %s: %s", path, reason)
            skipped.append(Skipped(str(path), reason))
            continue
        first_of[file.sha256] = str(path)
        files.append(file)
    return files, skipped
