"""Where a finding is, for formats that speak in lines and columns.

Lines end at CR LF, LF or CR (as SARIF counts them); lines and columns are
1-based and columns count code points, so a column is a Python `str` offset
from the start of its line plus one.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from drift.model import Alignment, Finding

_LINE_END = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Lines:
    """The line starts of one text, for offset -> (line, column) look-ups."""

    starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Lines:
        return cls((0, *(match.end() for match in _LINE_END.finditer(text))))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a code point offset."""
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


@dataclass(frozen=True)
class Region:
    """A stretch of text in lines and columns, end exclusive, as SARIF and GitHub want it."""

    start: int
    end: int
    start_line: int
    start_column: int
    end_line: int
    end_column: int


def region(lines: Lines, start: int, end: int) -> Region:
    start_line, start_column = lines.position(start)
    end_line, end_column = lines.position(end)
    return Region(start, end, start_line, start_column, end_line, end_column)


def english_anchor(alignment: Alignment, finding: Finding) -> tuple[int, int]:
    """A finding's English span; for an omission, the nearest English sentence (the one before, else after)."""
    if finding.trans is not None:
        return finding.trans.start, finding.trans.end
    before = [j for bead in alignment.beads[: finding.bead + 1] for j in bead.trans]
    after = [j for bead in alignment.beads[finding.bead:] for j in bead.trans]
    if before or after:
        sentence = alignment.trans_sentences[max(before) if before else min(after)]
        return sentence.start, sentence.end
    return 0, 0
