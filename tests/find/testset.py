"""The find-original test set: English pieces, a folder of Turkish candidates, edited copies.

Pieces are the bundled English translations (samples/dev/*/en.txt and
en_faithful.txt, samples/metro, samples/wildfire, samples/s400), 24 in all.
The candidate folder holds the 13 Turkish originals and the 26 same-topic
distractors in tests/find/data/distractors (two per topic, written for the
project: a follow-up or a parallel story that reuses the original's names
and numbers), 39 candidates in all. Near-duplicates are made by editing an
original deterministically (`edited_copy`), the way a second outlet edits a
wire story.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLES = ROOT / "samples"
DISTRACTORS = Path(__file__).resolve().parent / "data" / "distractors"
DEV_TOPICS = tuple(sorted(path.name for path in (SAMPLES / "dev").iterdir() if path.is_dir()))
TOPICS = DEV_TOPICS + ("metro", "wildfire", "s400")
EDITS = ("number", "drop", "add", "wire")


@dataclass(frozen=True)
class Piece:
    """One English text and the topic whose Turkish original it translates."""

    name: str
    topic: str
    path: Path


def topic_folder(topic: str) -> Path:
    return SAMPLES / "dev" / topic if topic in DEV_TOPICS else SAMPLES / topic


def original_path(topic: str) -> Path:
    return topic_folder(topic) / "tr.txt"


def pieces() -> tuple[Piece, ...]:
    found = []
    for topic in TOPICS:
        for english in ("en.txt", "en_faithful.txt"):
            path = topic_folder(topic) / english
            if path.exists():
                found.append(Piece(f"{topic}/{english}", topic, path))
    return tuple(found)


def original_name(topic: str) -> str:
    """The file name the original of `topic` has in a built pool."""
    return f"{topic}.txt"


def build_pool(folder: Path, without: str | None = None) -> Path:
    """Fill `folder` with every original (except `without`'s) and every distractor."""
    folder.mkdir(parents=True, exist_ok=True)
    for topic in TOPICS:
        if topic != without:
            shutil.copyfile(original_path(topic), folder / original_name(topic))
    for distractor in sorted(DISTRACTORS.iterdir()):
        shutil.copyfile(distractor, folder / distractor.name)
    return folder


_NUMBER = re.compile(r"\d+")
_OUTLET_LINE = "Haberin ayrıntıları, gelişmelere göre güncellenmeye devam edecek."


def _bump_number(line: str) -> str:
    """Change the first number of a line by one in its last digit (2025 -> 2026, 9 -> 8)."""
    match = _NUMBER.search(line)
    if match is None:
        return line
    digits = match.group()
    last = int(digits[-1])
    changed = digits[:-1] + str(last + 1 if last < 9 else last - 1)
    return line[: match.start()] + changed + line[match.end():]


def edited_copy(text: str, edit: str) -> str:
    """A lightly edited copy of an original, as another outlet might run it.

    number: one number changed (in the first paragraph after the second that
    has one); drop: the second paragraph left out; add: the outlet's own
    closing line added; wire: all three.
    """
    lines = text.splitlines()
    if edit in ("number", "wire"):
        at = next(k for k in range(2, len(lines)) if _NUMBER.search(lines[k]))
        lines[at] = _bump_number(lines[at])
    if edit in ("drop", "wire"):
        del lines[1]
    if edit in ("add", "wire"):
        lines.append(_OUTLET_LINE)
    return "\n".join(lines) + "\n"
