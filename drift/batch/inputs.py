"""What a batch is made of: pairs named by a manifest, or by two folders of same-named files.

A manifest is CSV (`orig,trans[,id]` per row, an optional header naming those
columns in any order, `#` comment lines) or JSON Lines (`{"orig": ..., "trans":
..., "id": ...}` per line, chosen by a `.jsonl` or `.ndjson` suffix). Relative
paths are relative to the manifest's folder. A pair's id defaults to its
translation's path as written. A row drift cannot use becomes a `RowProblem`
(one error row in the results) rather than stopping the others.
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass
from pathlib import Path

from drift.errors import InputError
from drift.read import decode_text, read_input_bytes, shown_name

# A manifest names files, a line each: 50 MB is hundreds of thousands of pairs.
MANIFEST_MAX_BYTES = 50_000_000

COLUMNS = ("orig", "trans", "id")
JSON_SUFFIXES = (".jsonl", ".ndjson")


class BatchInputError(InputError):
    """A manifest or a pair of folders that gives no pair to check."""


@dataclass(frozen=True)
class PairSpec:
    """One article pair to check: the Turkish original, the English translation, a unique id."""

    id: str
    orig: Path
    trans: Path


@dataclass(frozen=True)
class RowProblem:
    """A manifest row drift cannot use; `id` names where it is (file:line) and `row` is its text."""

    id: str
    row: str
    message: str


@dataclass(frozen=True)
class Batch:
    """The pairs of one batch, the rows that could not become pairs, and files left without a partner."""

    pairs: tuple[PairSpec, ...]
    problems: tuple[RowProblem, ...] = ()
    unmatched: tuple[str, ...] = ()

    @property
    def size(self) -> int:
        return len(self.pairs) + len(self.problems)


def _manifest_text(path: Path) -> str:
    if not path.exists():
        raise BatchInputError(f"{path}: no such manifest")
    if path.is_dir():
        raise BatchInputError(f"{path}: is a folder; give a manifest file, or two folders (originals, translations)")
    try:
        data = read_input_bytes(path, MANIFEST_MAX_BYTES)
    except InputError as exc:
        raise BatchInputError(str(exc)) from None
    return decode_text(data, shown_name(path))[0]


def _header(cells: list[str]) -> tuple[str, ...] | None:
    """The column order a header row declares, or None when the row is data."""
    names = tuple(cell.strip().lower() for cell in cells)
    if {"orig", "trans"} <= set(names) and set(names) <= set(COLUMNS) and len(set(names)) == len(names):
        return names
    return None


def _csv_rows(text: str, name: str):
    """(line number, raw line, field dict or problem message) for each data row of a CSV manifest."""
    columns: tuple[str, ...] | None = None
    lines = text.splitlines()
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            cells = next(csv.reader(io.StringIO(line)))
        except csv.Error as exc:
            yield number, line, f"not a CSV row ({exc})"
            continue
        if columns is None:
            columns = _header(cells)
            if columns is not None:
                continue
            columns = COLUMNS
        if not 2 <= len(cells) <= len(columns):
            yield number, line, f"expected comma-separated fields {','.join(columns)}, got {len(cells)} field(s)"
            continue
        yield number, line, dict(zip(columns, (cell.strip() for cell in cells)))


def _jsonl_rows(text: str, name: str):
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, line, f"not JSON ({exc.msg} at column {exc.colno})"
            continue
        if not isinstance(record, dict):
            yield number, line, 'expected an object like {"orig": "tr.txt", "trans": "en.txt", "id": "..."}'
            continue
        unknown = sorted(set(record) - set(COLUMNS))
        if unknown:
            yield number, line, f"unknown key {unknown[0]!r}; valid keys: {', '.join(COLUMNS)}"
            continue
        if any(not isinstance(value, str) for value in record.values()):
            yield number, line, "orig, trans and id must be strings"
            continue
        yield number, line, {key: value.strip() for key, value in record.items()}


def read_manifest(path: Path) -> Batch:
    """Read a CSV or JSONL manifest; raises `BatchInputError` when it names no pair at all."""
    path = Path(path)
    text = _manifest_text(path)
    rows = _jsonl_rows if path.suffix.lower() in JSON_SUFFIXES else _csv_rows
    base = path.absolute().parent
    pairs: list[PairSpec] = []
    problems: list[RowProblem] = []
    first_line: dict[str, int] = {}
    for number, line, fields in rows(text, str(path)):
        where = f"{path}:{number}"
        if isinstance(fields, str):
            problems.append(RowProblem(where, line, f"{where}: {fields}"))
            continue
        missing = [column for column in ("orig", "trans") if not fields.get(column)]
        if missing:
            problems.append(RowProblem(where, line, f"{where}: no {' or '.join(missing)} path"))
            continue
        pair_id = fields.get("id") or fields["trans"]
        if pair_id in first_line:
            problems.append(RowProblem(where, line, f"{where}: id {pair_id!r} is already used on line "
                                                    f"{first_line[pair_id]}; give each pair its own id"))
            continue
        first_line[pair_id] = number
        pairs.append(PairSpec(pair_id, base / fields["orig"], base / fields["trans"]))
    if not pairs and not problems:
        raise BatchInputError(f"{path}: no pairs in the manifest (expected rows of orig,trans[,id])")
    return Batch(tuple(pairs), tuple(problems))


def _files(folder: Path) -> dict[str, Path]:
    """Every visible file under `folder`, by its POSIX path relative to it."""
    found = {}
    for directory, subfolders, names in os.walk(folder):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        for name in names:
            if not name.startswith("."):
                path = Path(directory) / name
                found[path.relative_to(folder).as_posix()] = path
    return found


def pair_folders(orig_folder: Path, trans_folder: Path) -> Batch:
    """Pair the files of two folders by relative path; raises `BatchInputError` when none match."""
    for folder in (orig_folder, trans_folder):
        if not folder.is_dir():
            raise BatchInputError(f"{folder}: {'no such folder' if not folder.exists() else 'not a folder'}; "
                                  "give a manifest file, or two folders (originals, translations)")
    if os.path.samefile(orig_folder, trans_folder):
        raise BatchInputError(f"{orig_folder}: the originals and the translations are the same folder")
    originals, translations = _files(orig_folder), _files(trans_folder)
    common = sorted(originals.keys() & translations.keys())
    if not common:
        example = lambda files: f", e.g. {min(files)}" if files else ""
        raise BatchInputError(
            f"no file in {orig_folder} ({len(originals)} files{example(originals)}) has a partner of the same "
            f"name in {trans_folder} ({len(translations)} files{example(translations)}); "
            "name each original like its translation, or use a manifest")
    unmatched = sorted(originals.keys() ^ translations.keys())
    return Batch(
        tuple(PairSpec(name, originals[name], translations[name]) for name in common),
        unmatched=tuple(str((orig_folder if name in originals else trans_folder) / name) for name in unmatched),
    )
