"""Turn a file the user names into a `Document`, or say plainly why not.

Offsets everywhere else point into the text returned here: decoded (UTF-8,
UTF-16 or a Turkish code page, detected unless named; drift.ingest.encoding),
a leading byte-order mark removed, and nothing else changed (CRLF stays CRLF).
An HTML page is the exception: its text is the article extracted from it
(drift.ingest.html), which the JSON output includes.
"""

from __future__ import annotations

import os
import select
import stat
import sys
import time
from pathlib import Path

from drift.errors import InputError
from drift.model import Document, Language, SourceFormat

# Large enough for any article (a long feature is 50 KB), small enough that a
# mistaken archive or database dump is refused at once rather than after minutes.
DEFAULT_MAX_BYTES = 5_000_000

# Standard input from a pipe or terminal: long enough for a slow producer, short enough that a
# forgotten `drift check - x` in a script fails instead of hanging a CI job for ever.
DEFAULT_READ_TIMEOUT = 60.0
_CHUNK = 1 << 20

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


def shown_name(path: str | Path) -> str:
    """A file name as messages show it: bytes that are not UTF-8 escaped (\\xff), never an encoding error.

    File names are bytes on POSIX; Python decodes the ones that are not UTF-8
    with lone surrogates, which cannot be printed or written as UTF-8.
    """
    name = os.fspath(path)
    if isinstance(name, bytes):
        return name.decode("utf-8", "backslashreplace")
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")


def _too_large(name: str, max_bytes: int) -> InputError:
    return InputError(f"{name}: is more than the {describe_size(max_bytes)} limit for one article; check it is "
                      f"the right file, or raise the limit with --max-bytes")


def _read_bounded(handle: int, limit: int | None, name: str, timeout: float | None) -> bytes:
    """Up to `limit` + 1 bytes from `handle`; with `timeout`, waits at most that long in all (pipes, terminals)."""
    chunks, total = [], 0
    deadline = None if timeout is None else time.monotonic() + timeout
    while limit is None or total <= limit:
        if deadline is not None:
            left = deadline - time.monotonic()
            ready = select.select([handle], [], [], max(left, 0))[0] if left > 0 else []
            if not ready:
                raise InputError(f"{name}: nothing more to read after {timeout:g} s (a pipe or terminal with no "
                                 f"writer?); the limit is --read-timeout or DRIFT_READ_TIMEOUT")
        want = _CHUNK if limit is None else min(_CHUNK, limit + 1 - total)
        try:
            chunk = os.read(handle, want)
        except BlockingIOError:
            continue  # select saw the writer go, or a spurious wake-up: ask again
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def read_timeout() -> float:
    """Seconds the reader waits on standard input or a pipe (DRIFT_READ_TIMEOUT; default 60)."""
    value = os.environ.get("DRIFT_READ_TIMEOUT", "")
    try:
        seconds = float(value) if value.strip() else DEFAULT_READ_TIMEOUT
    except ValueError:
        raise InputError(f"DRIFT_READ_TIMEOUT={value!r}: not a number of seconds") from None
    return seconds if seconds > 0 else DEFAULT_READ_TIMEOUT


def read_input_bytes(path: str | Path, max_bytes: int | None = DEFAULT_MAX_BYTES, *,
                     timeout: float | None = None) -> bytes:
    """The bytes of one input file, read through the one bounded reader; failures are an `InputError` naming it.

    At most `max_bytes` + 1 bytes are ever read, whatever the file system says
    its size is (/proc files say 0; /dev/zero never ends), and more than
    `max_bytes` is refused. Only regular files are read: devices, FIFOs,
    sockets and folders are refused without waiting for them, except `-`,
    which means standard input; standard input that is a pipe or terminal is
    given `timeout` seconds in all (default: `read_timeout()`). `max_bytes`
    None means no limit (for tools; every command passes one).
    """
    name = shown_name(path)
    if os.fspath(path) in ("-", b"-"):
        return _read_stdin(max_bytes, timeout)
    try:
        # O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever before fstat can refuse it.
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory, expected a text file") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read it ({exc.strerror or exc})") from None
    try:
        mode = os.fstat(handle).st_mode
        if stat.S_ISDIR(mode):
            raise InputError(f"{name}: is a directory, expected a text file")
        if not stat.S_ISREG(mode):
            raise InputError(f"{name}: is {_kind(mode)}, not a regular file; drift reads files (or '-' for "
                             f"standard input)")
        size = os.fstat(handle).st_size
        if max_bytes is not None and size > max_bytes:  # refused at once; a size of 0 (/proc) proves nothing
            raise InputError(f"{name}: {describe_size(size)} is more than the {describe_size(max_bytes)} limit for "
                             f"one article; check it is the right file, or raise the limit with --max-bytes")
        try:
            data = _read_bounded(handle, max_bytes, name, None)
        except OSError as exc:
            raise InputError(f"{name}: cannot read it ({exc.strerror or exc})") from None
    finally:
        os.close(handle)
    if max_bytes is not None and len(data) > max_bytes:
        raise _too_large(name, max_bytes)
    return data


def _read_stdin(max_bytes: int | None, timeout: float | None) -> bytes:
    name = "standard input"
    try:
        handle = sys.stdin.fileno()
    except (AttributeError, ValueError, OSError):
        raise InputError(f"{name}: not available in this process") from None
    mode = os.fstat(handle).st_mode
    wait = None if stat.S_ISREG(mode) else (read_timeout() if timeout is None else timeout)
    try:
        data = _read_bounded(handle, max_bytes, name, wait)
    except OSError as exc:
        raise InputError(f"{name}: cannot read it ({exc.strerror or exc})") from None
    if max_bytes is not None and len(data) > max_bytes:
        raise _too_large(name, max_bytes)
    return data


def _kind(mode: int) -> str:
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_document(
    path: str | Path,
    language: Language,
    *,
    encoding: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Document:
    """Read one input file; every failure is an `InputError` naming the file.

    `encoding` overrides detection; `max_bytes` (None: no limit) refuses larger
    files, reading no more than one byte past the limit (`read_input_bytes`);
    `-` reads standard input. The document's `path` is the name as shown in
    messages (`shown_name`: bytes that are not UTF-8 escaped).
    """
    from drift.ingest.encoding import decode

    path = Path(path)
    name = shown_name(path)
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
