"""Turn a file the user names into a `Document`, or say plainly why not.

Offsets everywhere else point into the text returned here: UTF-8 decoded, a
leading byte-order mark removed, and nothing else changed (CRLF stays CRLF).
"""

from __future__ import annotations

import codecs
from pathlib import Path

from drift.errors import InputError
from drift.model import Document, Language

# Control characters that never occur in article text; their presence means
# the file is binary (an image, a PDF, a compressed archive) rather than text.
_BINARY_MARKERS = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x20)) - {0x1B}


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode file bytes as UTF-8, dropping a BOM; return (text, encoding name)."""
    encoding = "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
        encoding = "utf-8-sig"
    if any(byte in _BINARY_MARKERS for byte in data[:8192]):
        raise InputError(f"{name}: not a text file (it contains binary data)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not UTF-8 text (invalid byte at offset {exc.start}); "
            "save it as UTF-8 and try again"
        ) from None
    if not text.strip():
        raise InputError(f"{name}: the file is empty")
    return text, encoding


def read_document(path: str | Path, language: Language) -> Document:
    """Read one input file; every failure is an `InputError` naming the file."""
    path = Path(path)
    name = str(path)
    if not path.exists():
        raise InputError(f"{name}: no such file")
    if path.is_dir():
        raise InputError(f"{name}: is a directory, expected a text file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read it ({exc.strerror or exc})") from None
    text, encoding = decode_text(data, name)
    return Document(text=text, language=language, path=name, encoding=encoding)
