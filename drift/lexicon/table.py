"""Prebuilt indexes shipped beside the data files they index: sorted `key<TAB>value` lines, searched in place.

Building an index over a whole data file (the lexicon's English senses, the thesaurus's words) is a
Python loop over every line, half a second on a cold start for the few hundred words one article asks
about. The build scripts write such an index once, sorted by key, into a file headed by the sha256
of the data file it indexes; reading it only inflates the text, and a look-up is a binary search
over a few hundred sampled keys, then one search in C through the few kilobytes between two of
them. An index whose header names other data (a lexicon given by path, a data file rebuilt without
its index) is not used: the caller builds its own in memory, as before.
"""

from __future__ import annotations

import bisect
import gzip
import io
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

__all__ = ["SortedTable", "read_table", "table_bytes"]

_HEADER = "# index of sha256 "
# Characters between two sampled keys of a table: a look-up searches about this much text.
_SAMPLE_SPACING = 2048


@dataclass(frozen=True, eq=False)
class SortedTable(Mapping[str, str]):
    """`key<TAB>value` lines sorted by key (code point order), each ending in a newline, looked up by bisection.

    The text may be UTF-8 bytes instead (`read_table(..., raw=True)`), which sort as their code points do: keys
    and values are then bytes too.
    """

    text: str | bytes = field(repr=False)

    def get(self, key, default=None):
        # The sampled keys narrow the search to the lines between two samples (a few kilobytes), where the line
        # is found by one search in C: a newline, the key, a tab. No key or value holds a tab or newline, so
        # that text occurs only at the start of the key's own line.
        tab, newline = self._marks
        starts, keys = self._samples
        at = bisect.bisect_right(keys, key) - 1
        if at < 0:
            return default
        low = starts[at]
        if low == 0 and self.text.startswith(key + tab):
            found = 0
        else:
            high = starts[at + 1] if at + 1 < len(starts) else len(self.text)
            found = self.text.find(newline + key + tab, max(low - 1, 0), high + len(key) + 1) + 1
            if not found:
                return default
        value = found + len(key) + 1
        return self.text[value:self.text.index(newline, value)]

    @cached_property
    def _marks(self):
        return ("\t", "\n") if isinstance(self.text, str) else (b"\t", b"\n")

    @cached_property
    def _samples(self) -> tuple[tuple[int, ...], tuple[str, ...]]:
        """The start of the first line at or after every `_SAMPLE_SPACING`-th character, and the key there.

        A few hundred short searches, once per table, instead of indexing its hundred thousand lines.
        """
        text = self.text
        tab, newline = self._marks
        starts: list[int] = []
        for at in range(0, len(text), _SAMPLE_SPACING):
            start = at if at == 0 else text.find(newline, at - 1) + 1
            if start and start < len(text) and (not starts or start > starts[-1]):
                starts.append(start)
            elif at == 0 and text:
                starts.append(0)
        return tuple(starts), tuple(text[start:text.index(tab, start)] for start in starts)

    def __getitem__(self, key: str) -> str:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, type(self.text)) and self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        tab, newline = self._marks
        return (line.split(tab, 1)[0] for line in self.text.split(newline)[:-1])  # lines end in "\n" alone

    def __len__(self) -> int:
        return self.text.count(self._marks[1])


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


def read_table(path: Path, sha256: str, *, raw: bool = False) -> SortedTable | None:
    """The index at `path` when it indexes the data file with this sha256; None when missing, unreadable or stale.

    `raw` keeps its rows as UTF-8 bytes, to be looked up by UTF-8 keys: decoding a large index costs as much again
    as inflating it."""
    try:
        data = gzip.decompress(path.read_bytes())
        if not raw:
            data = data.decode("utf-8")
    except (OSError, EOFError, UnicodeDecodeError):
        return None
    newline = "\n" if not raw else b"\n"
    header, _, rows = data.partition(newline)
    expected = f"{_HEADER}{sha256}"
    if header != (expected if not raw else expected.encode("ascii")):
        return None
    return SortedTable(rows)
