"""How common a word is in English or Turkish text: wordfreq's word lists, shipped with the package, no network.

A check asks about a few dozen words, but reading a list whole into a dict costs a tenth of a second (the English
list has 321,000 words): `zipf` looks a word up in a sorted index of the installed list instead
(data/frequency-LANG.tsv.gz, `tools/build_frequency_index.py`), read only when its header names that very list.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path

# The prebuilt indexes: `word<TAB>n` for a word of the n-th list of wordfreq's cBpack file (its frequency
# 10 ** (-n / 100), the later list where a word is in two), headed by the sha256 of that file.
INDEX_LANGUAGES = ("en", "tr")


def index_path(language: str) -> Path:
    return Path(__file__).with_name("data") / f"frequency-{language}.tsv.gz"


def zipf(word: str, language: str) -> float:
    """The word's Zipf frequency in `language` ("en", "tr"): log10 of its uses per billion words, 0 when unlisted.

    The word is looked up as given: fold its case first (Turkish-aware for Turkish).
    """
    frequency = _frequency_of(language)(word)
    return math.log10(frequency) + 9 if frequency > 0 else 0.0


@cache
def _frequency_of(language: str) -> Callable[[str], float]:
    """A word's frequency (0.0 when unlisted): from the shipped index of the installed list when it is current,
    else from the whole list (`frequencies`). The same value either way."""
    if language in INDEX_LANGUAGES and (path := _best_list(language)) is not None:
        import hashlib

        from drift.lexicon.table import read_table

        # Kept as bytes: decoding the English index's four megabytes would cost as much again as inflating them.
        table = read_table(index_path(language), hashlib.sha256(path.read_bytes()).hexdigest(), raw=True)
        if table is not None:
            @lru_cache(maxsize=65536)
            def indexed(word: str) -> float:
                if "\t" in word or "\n" in word:
                    return 0.0  # no listed word holds one (tools/build_frequency_index.py checks)
                found = table.get(word.encode("utf-8", "surrogatepass"))
                return 10 ** (-int(found) / 100) if found is not None else 0.0

            return indexed
    listed = frequencies(language)
    return lambda word: listed.get(word, 0.0)


@cache
def frequencies(language: str) -> dict[str, float]:
    """Every listed word of `language` with its frequency (a share of all words), as wordfreq's get_frequency_dict."""
    path = _best_list(language)
    found = _read_list(path) if path is not None else None
    if found is None:
        from wordfreq import get_frequency_dict

        return get_frequency_dict(language)
    return found


def _best_list(language: str) -> Path | None:
    """The word list wordfreq's "best" list is for a language code it has a file for: the large one, else the small.

    Found without importing wordfreq, whose import compiles its tokenizers (a fifth of a second of a cold
    start) for nothing here; None for a code without a file of its own (wordfreq then finds the nearest).
    """
    from importlib.util import find_spec

    spec = find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations or not language.isalpha():
        return None
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    return next((path for size in ("large", "small") if (path := data / f"{size}_{language}.msgpack.gz").is_file()),
                None)


def _read_list(path: Path) -> dict[str, float] | None:
    """A cBpack word list (wordfreq.read_cBpack's format) as word -> frequency; None when it is not one.

    The same values as wordfreq.get_frequency_dict, the n-th list's words at 10 ** (-n / 100), a later
    list's value winning; built in C instead of a word at a time.
    """
    from itertools import chain, repeat

    buckets = _buckets(path)
    if buckets is None:
        return None
    # One dict built from two flat sequences in C (words, and each word's list's value): the same keys in the same
    # order as filling it a list at a time, a later list's value winning, in two thirds of the time.
    values = chain.from_iterable(repeat(10 ** (-index / 100), len(bucket)) for index, bucket in enumerate(buckets))
    return dict(zip(chain.from_iterable(buckets), values))


def _buckets(path: Path) -> list[list[str]] | None:
    """The lists of a cBpack file (wordfreq.read_cBpack's format), most common first; None when it is not one."""
    import gzip

    import msgpack

    try:
        with gzip.open(path, "rb") as infile:
            data = msgpack.load(infile, raw=False)
    except (OSError, ValueError, msgpack.UnpackException):
        return None
    if not isinstance(data, list) or not data or not isinstance(data[0], dict) \
            or data[0].get("format") != "cB" or data[0].get("version") != 1:
        return None
    return data[1:]


def index_rows(language: str) -> dict[str, str] | None:
    """The rows of a list's index: every word with the number of the (last) list that holds it."""
    path = _best_list(language)
    buckets = _buckets(path) if path is not None else None
    if buckets is None:
        return None
    rows: dict[str, str] = {}
    for number, bucket in enumerate(buckets):
        for word in bucket:
            if "\t" in word or "\n" in word:
                raise ValueError(f"a word the index cannot hold: {word!r}")
            rows[word] = str(number)
    return rows
