"""Decode file bytes: UTF-8 (BOM or not), UTF-16/32 (BOM, or ASCII-heavy without), Windows-1254, ISO-8859-9.

A small explicit detector rather than a general one: drift reads Turkish and
English only, and the two Turkish code pages agree on every letter (ş ğ ı İ Ş
Ğ sit at the same bytes), differing only in 0x80-0x9F, where Windows-1254 has
curly quotes, dashes and the euro sign and ISO-8859-9 has control characters.
So a byte in that range means Windows-1254, and a text without one decodes the
same either way (recorded as ISO-8859-9). benchmarks/bench_encodings.py
measures this against charset-normalizer on the bundled samples.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from drift.errors import InputError, UsageError

KNOWN = "UTF-8, UTF-16, Windows-1254 or ISO-8859-9"

# Control characters that never occur in article text; their presence means
# the file is binary (an image, a PDF, a compressed archive) rather than text.
_BINARY = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_SNIFF = 8192

# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_C1 = re.compile(rb"[\x80-\x9f]")
_CP1254_UNDEFINED = frozenset(b"\x81\x8d\x8e\x8f\x90\x9d\x9e")


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, the encoding it was read with, and whether drift chose it."""

    text: str
    encoding: str
    detected: bool = True


def _binary(name: str) -> InputError:
    return InputError(f"{name}: not a text file (it contains binary data)")


_SAVE_AS_UTF8 = "save it as UTF-8 or name its encoding with --encoding"


def _strict(data: bytes, encoding: str, name: str, what: str, skipped: int = 0, hint: str = _SAVE_AS_UTF8) -> str:
    """Decode or say where it fails; `skipped` bytes (a byte-order mark) came before `data` in the file."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid {what} text ({exc.reason} at byte offset {skipped + exc.start}); {hint}"
        ) from None
    except (UnicodeError, ValueError) as exc:  # codecs such as idna fail without a position
        raise InputError(f"{name}: not valid {what} text ({exc}); {hint}") from None


def _latin(text: str) -> bool:
    """True when most letters are Latin: UTF-16 that is not really UTF-16 decodes to CJK-looking noise."""
    letters = [char for char in text[:_SNIFF] if char.isalpha()]
    return sum(char < "\u0250" for char in letters) >= 0.8 * len(letters)


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or '-be' for BOM-less UTF-16 of mostly ASCII text (one NUL byte in every other place)."""
    sample = data[:_SNIFF - _SNIFF % 2]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _single_byte(data: bytes, name: str) -> str:
    """The Turkish code page of bytes that are not UTF-8, or an error saying why neither fits."""
    utf8_sequences = len(_UTF8_MULTIBYTE.findall(data))
    invalid = data.decode("utf-8", errors="replace").count("\ufffd")
    if utf8_sequences >= 2 and utf8_sequences >= 2 * invalid:
        # Mostly valid UTF-8 with a few stray bytes: decoding it all as a code
        # page would garble every accented letter, so say what is wrong instead.
        try:
            data.decode("utf-8")
            offset = 0
        except UnicodeDecodeError as exc:
            offset = exc.start
        raise InputError(
            f"{name}: mixes encodings: UTF-8 text with {invalid} byte(s) that are not UTF-8 (first at offset "
            f"{offset}); save it as UTF-8 or name its encoding with --encoding"
        )
    high = frozenset(match.group()[0] for match in _C1.finditer(data))
    if not high:
        return "iso-8859-9"  # decodes exactly as Windows-1254 would
    undefined = sorted(high & _CP1254_UNDEFINED)
    if undefined:
        offset = data.index(bytes([undefined[0]]))
        raise InputError(
            f"{name}: not text in any encoding drift recognises ({KNOWN}): byte 0x{undefined[0]:02x} at offset "
            f"{offset}; save it as UTF-8 or name its encoding with --encoding"
        )
    return "windows-1254"


_VALID_NAMES = "use a name such as utf-8, utf-16, windows-1254 or iso-8859-9"


def text_codec(encoding: str) -> codecs.CodecInfo:
    """The codec of a text encoding's name, or a `UsageError` listing valid names.

    Python also registers codecs from bytes to bytes (base64, hex, zlib) and
    from str to str (rot13) under codecs.lookup; they decode no file into
    text, so they are refused like unknown names.
    """
    shown = encoding.encode("utf-8", "backslashreplace").decode("utf-8")
    try:
        codec = codecs.lookup(encoding)
    except (LookupError, ValueError, TypeError):
        raise UsageError(f"unknown encoding '{shown}' (--encoding); {_VALID_NAMES}") from None
    if not getattr(codec, "_is_text_encoding", True):
        raise UsageError(f"'{shown}' is not a text encoding (--encoding); {_VALID_NAMES}")
    return codec


def _given(data: bytes, encoding: str, name: str) -> Decoded:
    codec = text_codec(encoding)
    if codec.name == "utf-8" and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    text = _strict(data, codec.name, name, encoding, hint="check the name given with --encoding")
    return Decoded(text.removeprefix("\ufeff"), codec.name, detected=False)


def decode(data: bytes, name: str, encoding: str | None = None) -> Decoded:
    """Decode `data` (from the file `name`), detecting the encoding unless one is given.

    The text is the file's text with a leading byte-order mark removed and
    nothing else changed. Every failure is an `InputError` naming the file.
    """
    if encoding is not None:
        decoded = _given(data, encoding, name)
    else:
        decoded = None
        for bom, codec in _BOMS:
            if data.startswith(bom):
                what = codec.removesuffix("-sig").upper()
                text = _strict(data[len(bom):], codec.removesuffix("-sig"), name, what, skipped=len(bom))
                if codec != "utf-8-sig" and not _latin(text):
                    raise InputError(
                        f"{name}: starts with a {what} byte-order mark but does not read as Turkish or English "
                        f"text in {what}; save it as UTF-8 or name its encoding with --encoding"
                    )
                decoded = Decoded(text, codec)
                break
        if decoded is None:
            codec = _utf16_without_bom(data)
            if codec is not None:
                try:
                    decoded = Decoded(data.decode(codec), codec)
                except UnicodeDecodeError:
                    decoded = None
                if decoded is not None and not _latin(decoded.text):
                    decoded = None
        if decoded is None:
            if _BINARY_BYTES.search(data, 0, _SNIFF):
                raise _binary(name)
            try:
                decoded = Decoded(data.decode("utf-8"), "utf-8")
            except UnicodeDecodeError:
                codec = _single_byte(data, name)
                decoded = Decoded(data.decode(codec), codec)
    if _BINARY.search(decoded.text, 0, _SNIFF):
        raise _binary(name)
    if not decoded.text.strip():
        raise InputError(f"{name}: the file is empty")
    return decoded
