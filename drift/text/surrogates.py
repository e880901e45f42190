"""Lone surrogates: code points a Python string can hold but no file, and no UTF-8 encoder, can.

Text read from a file never has them (drift.read decodes strictly), but a
string given to the Python API may (a `surrogateescape`d byte, a broken JSON
\\ud800 escape). They become U+FFFD, one character for one, so every offset
into the text stays valid.
"""

from __future__ import annotations

import re

_LONE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> str:
    """`text` with every lone surrogate replaced by U+FFFD (the same length).

    >>> replace_surrogates("a\\udcffb")
    'a\\ufffdb'
    """
    return _LONE.sub("\ufffd", text)


def has_surrogates(text: str) -> bool:
    """True when `text` holds a lone surrogate."""
    return not text.isascii() and _LONE.search(text) is not None
