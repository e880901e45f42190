"""Sentence splitting with exact spans, for Turkish and English.

The heuristic splitter (sentence-splitter, the Koehn/Schroeder algorithm with
per-language non-breaking prefixes) keeps `Prof. Dr.`, `vb.`, `2. Dünya
Savaşı`, `U.S.` and `Feb. 24` intact. On top of it:

- a line break always ends a sentence (paragraphs, tweet lines, bylines);
- a sentence end followed by a social handle (`... Turkey. @reporter Reports`)
  starts a new sentence, which the base splitter misses because `@` is not a
  capital letter;
- a title abbreviation the base splitter does not know (`Assoc. Prof.`,
  `Yrd. Doç.`, `Korg.`) never ends a sentence: it always precedes a name;
- a clock time's "a.m." or "p.m." before the name of a time zone ("9:47 p.m.
  Turkish time", "10 a.m. GMT") ends no sentence: the zone belongs to the time;
- a run of three or more very short pieces on one line ("Explorer. Web expert.
  Organizer.") is a tagline or a list, not a series of sentences, and is kept
  as one segment;
- a "sentence" longer than `MAX_SENTENCE_CHARS` (a line with no sentence
  punctuation, a table flattened into one line, one word repeated without
  spaces) is cut at the last space before that length, or at that length
  when there is none. No article sentence is that long, and every later
  stage (the encoder, word links, the checks) then works on pieces of
  bounded size, so its time stays linear in the length of the line.
"""

from __future__ import annotations

import functools
import re

from drift.model import Language, Sentence
from drift.text.fold import fold_case

_LINE = re.compile(r"[^\r\n]+")
_BEFORE_HANDLE = re.compile(r"[.!?…][\"”’»)]*(?=\s+[@#]\w)")
_ENDING_WORD = re.compile(r"(\w+)\.$")
# Abbreviations of titles, ranks and address parts that always precede what
# they qualify, missing from the base splitter's lists. Ambiguous ones that
# also end sentences ("vb.", "etc.") are deliberately left out.
_TITLE_ABBREVIATIONS = {
    Language.ENGLISH: frozenset("assoc asst amb pres sec dept univ mt supt insp cmdr brig".split()),
    Language.TURKISH: frozenset(
        "yrd öğr gör op uzm sn org korg tuğg tümg yb yzb yüzb ütğm tğm alb bnb dz hv kur gn müd av mah sok cad".split()
    ),
}
# "a.m." / "p.m." at a piece's end, and a zone after it that continues the same sentence.
_MERIDIEM_END = re.compile(r"(?<![^\W\d_])[ap]\.m\.$", re.IGNORECASE)
_ZONE_START = re.compile(r"(?:[^\W\d_]+\s+)?time(?=\s*[.,;)]|\s*$|\s+(?:on|in|at|and)\b)"
                         r"|\(?(?:GMT|UTC|CET|CEST|EET|EEST|TSİ|[ECMP][SD]?T|BST)\b")
MAX_SENTENCE_CHARS = 8000
_FRAGMENT_MAX_WORDS = 4
_FRAGMENT_MIN_RUN = 3


@functools.cache
def _base_splitter(language: Language):
    from sentence_splitter import SentenceSplitter

    return SentenceSplitter(language=language.value)


def _locate(pieces: list[str], line: str) -> list[tuple[int, int]] | None:
    """Find each piece in `line` in order, allowing whitespace to differ.

    The base splitter collapses runs of spaces, so its pieces are not always
    exact substrings. Returns None if a piece cannot be found as it should be.
    """
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        exact = piece.strip()
        at = line.find(exact, cursor) if exact else -1
        if at >= 0 and (at == cursor or line[cursor:at].isspace()):
            # The usual case, the piece as it stands in the line: what the walk below finds, found at once.
            spans.append((at, at + len(exact)))
            cursor = at + len(exact)
            continue
        wanted = [char for char in piece if not char.isspace()]
        if not wanted:
            continue
        start = None
        matched = 0
        while cursor < len(line) and matched < len(wanted):
            char = line[cursor]
            if not char.isspace():
                if char != wanted[matched]:
                    return None
                if start is None:
                    start = cursor
                matched += 1
            cursor += 1
        if matched < len(wanted) or start is None:
            return None
        spans.append((start, cursor))
    if line[cursor:].strip():
        return None
    return spans


def _split_before_handles(spans: list[tuple[int, int]], line: str) -> list[tuple[int, int]]:
    result = []
    for start, end in spans:
        for match in _BEFORE_HANDLE.finditer(line, start, end):
            result.append((start, match.end()))
            start = match.end()
            while line[start].isspace():
                start += 1
        result.append((start, end))
    return result


def _merge_after_titles(spans: list[tuple[int, int]], line: str, language: Language) -> list[tuple[int, int]]:
    result: list[tuple[int, int]] = []
    for span in spans:
        if result:
            ending = _ENDING_WORD.search(line, result[-1][0], result[-1][1])
            if ending and fold_case(ending.group(1), language is Language.TURKISH) in _TITLE_ABBREVIATIONS[language]:
                result[-1] = (result[-1][0], span[1])
                continue
        result.append(span)
    return result


def _merge_time_zones(spans: list[tuple[int, int]], line: str) -> list[tuple[int, int]]:
    """Join a piece that opens with a time zone to the clock time it qualifies ("... 9 p.m. | Turkish time.")."""
    result: list[tuple[int, int]] = []
    for span in spans:
        if result and _MERIDIEM_END.search(line, result[-1][0], result[-1][1]) and _ZONE_START.match(line, span[0]):
            result[-1] = (result[-1][0], span[1])
            continue
        result.append(span)
    return result


def _merge_fragment_runs(spans: list[tuple[int, int]], line: str) -> list[tuple[int, int]]:
    def is_fragment(span: tuple[int, int]) -> bool:
        return len(line[span[0]:span[1]].split()) <= _FRAGMENT_MAX_WORDS

    result: list[tuple[int, int]] = []
    index = 0
    while index < len(spans):
        run_end = index
        while run_end < len(spans) and is_fragment(spans[run_end]):
            run_end += 1
        if run_end - index >= _FRAGMENT_MIN_RUN:
            result.append((spans[index][0], spans[run_end - 1][1]))
            index = run_end
        else:
            result.append(spans[index])
            index += 1
    return result


# The base splitter breaks only after ".", "?" or "!" with a word after it.
_BREAK_MARK = re.compile(r"[.?!]")


def _base_pieces(line: str, language: Language) -> list[str]:
    """The base splitter's pieces of a line; a line with no mark before its last character is one piece.

    News paragraphs are often a single sentence, and the splitter spends most
    of drift's splitting time looking up every word of a line that has nowhere
    to break. tests/text/test_split.py holds the shortcut to the splitter's output.
    """
    stripped = line.strip()
    if not _BREAK_MARK.search(stripped, 0, len(stripped) - 1):
        return [" ".join(stripped.split())]
    return _base_splitter(language).split(line)


# A run of sentence marks this long ("..........") is no sentence end: the base splitter's pattern for
# "multi-dots followed by a sentence starter" backtracks over it from every position (quadratic).
_MARK_RUN = re.compile(r"[.?!]{10,}")


def _split_line(line: str, language: Language) -> list[tuple[int, int]]:
    """Sentence spans of one line; long runs of marks are spans of their own, kept from the base splitter."""
    if _MARK_RUN.search(line) is None:
        return _split_prose(line, language)
    spans: list[tuple[int, int]] = []
    position = 0
    for run in _MARK_RUN.finditer(line):
        before = line[position:run.start()]
        if before.strip():
            spans += [(position + start, position + end) for start, end in _split_prose(before, language)]
        spans.append(run.span())
        position = run.end()
    rest = line[position:]
    if rest.strip():
        spans += [(position + start, position + end) for start, end in _split_prose(rest, language)]
    return spans


def _split_prose(line: str, language: Language) -> list[tuple[int, int]]:
    pieces = _base_pieces(line, language)
    spans = _locate(pieces, line)
    if spans is None:
        # The splitter changed more than whitespace; keep the line whole
        # rather than guess at offsets.
        stripped = line.strip()
        first = line.index(stripped[0])
        spans = [(first, first + len(stripped))]
    spans = _merge_after_titles(spans, line, language)
    if language is Language.ENGLISH:
        spans = _merge_time_zones(spans, line)
    spans = _split_before_handles(spans, line)
    return _merge_fragment_runs(spans, line)


def _cut_long(spans: list[tuple[int, int]], line: str) -> list[tuple[int, int]]:
    """Spans no longer than `MAX_SENTENCE_CHARS`: a longer one is cut at spaces (else anywhere).

    >>> _cut_long([(0, 17000)], "x" * 17000)
    [(0, 8000), (8000, 16000), (16000, 17000)]
    """
    if all(end - start <= MAX_SENTENCE_CHARS for start, end in spans):
        return spans
    cut: list[tuple[int, int]] = []
    for start, end in spans:
        while end - start > MAX_SENTENCE_CHARS:
            limit = start + MAX_SENTENCE_CHARS
            space = max(line.rfind(" ", start + 1, limit), line.rfind("\t", start + 1, limit))
            stop = space if space > start + MAX_SENTENCE_CHARS // 2 else limit
            cut.append((start, stop))
            start = stop
            while start < end and line[start] in " \t":  # a piece never starts with the space it was cut at
                start += 1
        if start < end:
            cut.append((start, end))
    return cut


# Split rather than findall(r"[^.!?]+[.!?]"): on a long line without punctuation that pattern
# retries from every position and takes quadratic time (53 s for 100 KB).
_STOP = re.compile(r"([.!?])")


def fragments_of(text: str) -> list[str]:
    """The runs of text ending in . ! or ? (each with its mark; what is left after the last is dropped), in linear time.

    >>> fragments_of("Coffee fan. Web geek! and more")
    ['Coffee fan.', ' Web geek!']
    """
    parts = _STOP.split(text)
    return [parts[i] + parts[i + 1] for i in range(0, len(parts) - 1, 2) if parts[i]]


# A line's sentences depend on the line alone: a paragraph met again (a pair checked again, many versions of
# one article in a batch, the warm-up's start of the pair) is split once. The base splitter is most of the time.
@functools.lru_cache(maxsize=8192)
def _line_spans(line: str, language: Language) -> tuple[tuple[int, int], ...]:
    return tuple(_cut_long(_split_line(line, language), line))


def split_sentences(text: str, language: Language) -> tuple[Sentence, ...]:
    """Split `text` into sentences whose spans point into `text` exactly."""
    sentences: list[Sentence] = []
    for line_match in _LINE.finditer(text):
        line = line_match.group()
        if not line.strip():
            continue
        for start, end in _line_spans(line, language):
            begin = line_match.start() + start
            finish = line_match.start() + end
            sentences.append(Sentence(len(sentences), begin, finish, text[begin:finish]))
    return tuple(sentences)
