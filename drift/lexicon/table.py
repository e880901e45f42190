"""Prebuilt indexes shipped beside the data files they index: sorted `key<TAB>value` lines, searched in place.

Building an index over a whole data file (the lexicon's English senses, the thesaurus's words) is a
Python loop over every line, half a second on a cold start for the few hundred words one article asks
about. The build scripts write such an index once, sorted by key, into a file headed by the sha256
of the data file it indexes; reading it only inflates the text, and a look-up is a binary search
over the text's lines, about twenty string comparisons. An index whose header names other data
(a lexicon given by path, a data file rebuilt without its index) is not used: the caller builds
its own in memory, as before.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["SortedTable", "read_table", "table_bytes"]

_HEADER = "# index of sha256 "


@dataclass(frozen=True, eq=False)
class SortedTable(Mapping[str, str]):
    """`key<TAB>value` lines sorted by key (code point order), each ending in a newline, looked up by bisection."""

    text: str = field(repr=False)

    def __getitem__(self, key: str) -> str:
        text = self.text
        low, high = 0, len(text)  # both at line starts (or the end); the first line whose key >= `key` is in between
        while low < high:
            middle = (low + high) // 2
            newline = text.rfind("\n", low, middle)
            start = low if newline < 0 else newline + 1
            end = text.index("\n", start)
            if text[start:text.index("\t", start, end)] < key:
                low = end + 1
            else:
                high = start
        if low < len(text):
            end = text.index("\n", low)
            tab = text.index("\t", low, end)
            if text[low:tab] == key:
                return text[tab + 1:end]
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return (line.split("\t", 1)[0] for line in self.text.split("\n")[:-1])  # lines end in "\n" alone

    def __len__(self) -> int:
        return self.text.count("\n")


def table_bytes(rows: Mapping[str, str], indexed: bytes) -> bytes:
    """The gzip file of an index (key -> value, neither holding a tab or newline) of the data file `indexed`."""
    import hashlib

    lines = [f"{_HEADER}{hashlib.sha256(indexed).hexdigest()}"]
    for key in sorted(rows):
        value = rows[key]
        if any(mark in text for text in (key, value) for mark in ("\t", "\n")):
            raise ValueError(f"an index row holds a tab or newline: {key!r}")
        lines.append(f"{key}\t{value}")
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))
    return buffer.getvalue()


def read_table(path: Path, sha256: str) -> SortedTable | None:
    """The index at `path` when it indexes the data file with this sha256; None when missing, unreadable or stale."""
    try:
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
    except (OSError, EOFError, UnicodeDecodeError):
        return None
    header, _, rows = text.partition("\n")
    if header != f"{_HEADER}{sha256}":
        return None
    return SortedTable(rows)
