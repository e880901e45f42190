"""A saved web page reduced to its article: headline and body paragraphs, one a line.

trafilatura (the only module that imports it, lazily: about 0.13 s) finds the
article and leaves out menus, ads, related links, comments, scripts and
footers; it works offline on the page given. When it finds no article (a page
of a line or two), the page's visible text is used instead, so nothing a
reader would see is silently lost.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass

logger = logging.getLogger(__name__)

# Turkish sites name their ad slots and comment sections in Turkish, which
# trafilatura's (English) class-name rules do not know.
_PRUNE = [
    "//*[not(self::article) and not(self::main) and not(self::body) and ("
    "contains(@class,'reklam') or contains(@id,'reklam') or contains(@class,'yorum') or contains(@id,'yorum')"
    " or contains(@class,'sponsor') or contains(@id,'sponsor'))]",
]
_HIDDEN = ("script", "style", "head", "title", "nav", "footer", "aside", "noscript", "template", "svg", "form",
           "iframe", "button")
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "header",
           "blockquote", "tr", "figcaption", "pre", "main", "dd", "dt")
_SPACES = re.compile(r"[ \t\f\v\r\u00a0]+")
_WORDS = re.compile(r"\w+")
# Characters XML cannot hold, which lxml refuses (an escape code pasted into a page, found by fuzzing).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_LOOKS_LIKE_HTML = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True)
class Extraction:
    """The text taken from a page and how: 'trafilatura X.Y' or 'visible text'."""

    text: str
    method: str


def looks_like_html(text: str) -> bool:
    """True for a document that starts as an HTML page does, whatever its file name."""
    return bool(_LOOKS_LIKE_HTML.match(text[:4096]))


@functools.cache
def _config():
    from trafilatura.settings import use_config

    config = use_config()
    # Short wire stories are articles too: do not demand 250 characters.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    return config


def _lines(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    kept = "\n".join(line for line in lines if line)
    return kept + "\n" if kept else ""


def _article(markup: str) -> Extraction | None:
    import trafilatura

    # Its notes on odd pages are not the user's business; drift says what matters.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    result = trafilatura.bare_extraction(
        markup, favor_precision=True, include_comments=False, include_tables=False, include_images=False,
        with_metadata=True, deduplicate=False, prune_xpath=_PRUNE, config=_config(),
    )
    if result is None or not (result.text or "").strip():
        return None
    body = _lines(result.text)
    title = " ".join((result.title or "").split())
    if title and not any(_same_words(title, line) for line in body.splitlines()[:3]):
        body = f"{title}\n{body}"  # the headline, which the body leaves out on many pages
    return Extraction(body, f"trafilatura {trafilatura.__version__}")


def _same_words(first: str, second: str) -> bool:
    """True when one line holds the other's words (a headline repeated with a site name or a kicker)."""
    a, b = (" ".join(_WORDS.findall(text.casefold())) for text in (first, second))
    return bool(a and b) and (a in b or b in a)


def visible_text(markup: str) -> str:
    """Every piece of text a browser would show, one block element a line (no boilerplate removal)."""
    from lxml import etree, html

    try:
        root = html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return ""
    for element in root.xpath("|".join(f"//{tag}" for tag in _HIDDEN)):
        element.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
        if element.tag != "br":
            element.text = "\n" + (element.text or "")
    return _lines(root.text_content())


def extract_article(markup: str) -> Extraction:
    """The article of a saved page, else its visible text; the text may be empty."""
    from lxml import etree

    markup = _NOT_XML.sub(" ", markup)
    try:
        article = _article(markup)
    except (ValueError, etree.LxmlError) as exc:  # lxml gives up on some malformed documents
        logger.info("article extraction failed (%s); using the visible text", exc)
        article = None
    if article is not None:
        return article
    return Extraction(visible_text(markup), "visible text")
