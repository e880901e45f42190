"""Texts that are not files on disk: a web page fetched by URL, or bytes pasted or uploaded in `drift serve`.

Both end as the same `Document` a saved file would give: the bytes are
decoded as `drift check` decodes a file (drift.read), and a web page is
reduced to its article as a saved page is (drift.ingest.html). Only http and
https are fetched, with a timeout and a size limit, and only text answers
(HTML, XHTML or plain text) are accepted, so a link to an image or an
archive is refused with a message instead of being decoded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from drift.errors import InputError
from drift.model import Document, Language, SourceFormat
from drift.read import DEFAULT_MAX_BYTES, decode_text, describe_size

# A slow server must not hang a check or the web page: long enough for a news site, short enough to wait for.
DEFAULT_TIMEOUT = 15.0

_URL = re.compile(r"\Ahttps?://[^\s/?#]+", re.IGNORECASE)
# What a news page or a text file is served as; anything else (images, PDFs, archives) is refused unread.
_TEXT_TYPES = ("text/", "application/xhtml+xml", "application/xml")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_SUFFIX_FORMAT = {".md": SourceFormat.MARKDOWN, ".markdown": SourceFormat.MARKDOWN, ".mdown": SourceFormat.MARKDOWN,
                  ".mkd": SourceFormat.MARKDOWN}


@dataclass(frozen=True)
class Fetched:
    """A page's bytes as the server sent them, with the address they finally came from and their media type."""

    url: str
    data: bytes
    content_type: str


def is_url(text: str) -> bool:
    """True for an http:// or https:// address (the only kinds drift fetches)."""
    return bool(_URL.match(text.strip()))


def fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES) -> Fetched:
    """GET `url`; every failure (bad address, no answer, an error status, too large, not text) is an `InputError`."""
    import urllib.error
    import urllib.request

    url = url.strip()
    if not is_url(url):
        raise InputError(f"{url}: not a web address drift can fetch (give an http:// or https:// URL)")
    request = urllib.request.Request(url, headers={"User-Agent": "drift (translation checker)",
                                                   "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (http/https checked above)
            final = response.geturl()
            if not is_url(final):  # a redirect to another scheme
                raise InputError(f"{url}: redirected to {final}, which is not an http or https address")
            content_type = (response.headers.get_content_type() or "").lower()
            if response.headers.get("Content-Type") and not content_type.startswith(_TEXT_TYPES):
                raise InputError(f"{url}: the server sent {content_type}, not a web page or text")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise InputError(f"{url}: {describe_size(int(length))} is more than the "
                                 f"{describe_size(max_bytes)} limit for one article")
            data = response.read(max_bytes + 1)
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise InputError(f"{url}: cannot reach it ({_reason(exc.reason)})") from None
    except TimeoutError:
        raise InputError(f"{url}: no answer within {timeout:g} seconds") from None
    except (OSError, ValueError) as exc:  # a reset connection, a malformed address
        raise InputError(f"{url}: cannot fetch it ({_reason(exc)})") from None
    if len(data) > max_bytes:
        raise InputError(f"{url}: more than the {describe_size(max_bytes)} limit for one article")
    return Fetched(final, data, content_type)


def _reason(reason) -> str:
    text = getattr(reason, "strerror", None) or str(reason)
    return " ".join(text.split()) or type(reason).__name__


def document_from_bytes(data: bytes, name: str, language: Language, *, encoding: str | None = None,
                        html: bool | None = None) -> Document:
    """The `Document` `drift check` would make of a file holding `data` and called `name`.

    `html` forces (True) or forbids (False) reading the bytes as a web page;
    None decides by the name and the first bytes, as for a file.
    """
    from drift.ingest.html import extract_article, looks_like_html

    if not data:
        raise InputError(f"{name}: the text is empty")
    text, used = decode_text(data, name, encoding)
    suffix = PurePosixPath(name.split("?")[0].split("#")[0]).suffix.lower()
    if html is None:
        html = suffix in (".html", ".htm", ".xhtml") or looks_like_html(text)
    kind, extraction = SourceFormat.HTML if html else _SUFFIX_FORMAT.get(suffix, SourceFormat.TEXT), None
    if html:
        article = extract_article(text)
        if not article.text.strip():
            raise InputError(f"{name}: no article text in the page (nothing but markup, scripts or menus)")
        text, extraction = article.text, article.method
    if not text.strip():
        raise InputError(f"{name}: the text is empty")
    return Document(text=text, language=language, path=name, encoding=used, source_format=kind,
                    extraction=extraction, encoding_detected=encoding is None)


def read_url(url: str, language: Language, *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
             timeout: float = DEFAULT_TIMEOUT) -> Document:
    """Fetch a page and read it as `drift check` reads a saved page (its article) or a text file."""
    page = fetch(url, timeout=timeout, max_bytes=max_bytes)
    html = True if page.content_type in _HTML_TYPES else None
    return document_from_bytes(page.data, url.strip(), language, encoding=encoding, html=html)
