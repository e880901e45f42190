"""Turn a file the user names into a `Document`, or say plainly why not.

Offsets everywhere else point into the text returned here: decoded (UTF-8,
UTF-16 or a Turkish code page, detected unless named; drift.ingest.encoding),
a leading byte-order mark removed, and nothing else changed (CRLF stays CRLF).
An HTML page is the exception: its text is the article extracted from it
(drift.ingest.html), which the JSON output includes.
"""

from __future__ import annotations

from pathlib import Path

from drift.errors import InputError
from drift.model import Document, Language, SourceFormat

# Large enough for any article (a long feature is 50 KB), small enough that a
# mistaken archive or database dump is refused at once rather than after minutes.
DEFAULT_MAX_BYTES = 5_000_000

_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})


def decode_text(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode file bytes (detecting the encoding unless `encoding` is given); return (text, encoding name)."""
    from drift.ingest.encoding import decode

    decoded = decode(data, name, encoding)
    return decoded.text, decoded.encoding


def describe_size(size: int) -> str:
    """A byte count as people say it: 812 bytes, 40 KB, 20.5 MB."""
    if size < 1000:
        return f"{size} bytes"
    if size < 1_000_000:
        return f"{size / 1000:.0f} KB"
    return f"{size / 1_000_000:.1f} MB".replace(".0 MB", " MB")


def source_format(path: Path, text: str) -> SourceFormat:
    """What a file is, by its name, or by its first bytes for a page saved under another name."""
    from drift.ingest.html import looks_like_html

    suffix = path.suffix.lower()
    if suffix in _HTML_SUFFIXES or looks_like_html(text):
        return SourceFormat.HTML
    if suffix in _MARKDOWN_SUFFIXES:
        return SourceFormat.MARKDOWN
    return SourceFormat.TEXT


def read_input_bytes(path: Path, max_bytes: int | None = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of one input file; a missing, unreadable or oversized file is an `InputError` naming it."""
    name = str(path)
    if not path.exists():
        raise InputError(f"{name}: no such file")
    if path.is_dir():
        raise InputError(f"{name}: is a directory, expected a text file")
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise InputError(
                f"{name}: {describe_size(size)} is more than the {describe_size(max_bytes)} limit for one "
                f"article; check it is the right file, or raise the limit with --max-bytes"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read it ({exc.strerror or exc})") from None
    if max_bytes is not None and len(data) > max_bytes:  # it grew after the size check
        raise InputError(f"{name}: more than the {describe_size(max_bytes)} limit for one article (--max-bytes)")
    return data


def read_document(
    path: str | Path,
    language: Language,
    *,
    encoding: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Document:
    """Read one input file; every failure is an `InputError` naming the file.

    `encoding` overrides detection; `max_bytes` (None: no limit) refuses larger
    files before they are read.
    """
    from drift.ingest.encoding import decode

    path = Path(path)
    name = str(path)
    data = read_input_bytes(path, max_bytes)
    decoded = decode(data, name, encoding)
    kind = source_format(path, decoded.text)
    text, extraction = decoded.text, None
    if kind is SourceFormat.HTML:
        from drift.ingest.html import extract_article

        article = extract_article(decoded.text)
        if not article.text.strip():
            raise InputError(f"{name}: no article text in the page (nothing but markup, scripts or menus)")
        text, extraction = article.text, article.method
    return Document(text=text, language=language, path=name, encoding=decoded.encoding, source_format=kind,
                    extraction=extraction, encoding_detected=decoded.detected)
