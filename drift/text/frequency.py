"""How common a word is in English or Turkish text: wordfreq's word lists, shipped with the package, no network."""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path


def zipf(word: str, language: str) -> float:
    """The word's Zipf frequency in `language` ("en", "tr"): log10 of its uses per billion words, 0 when unlisted.

    The word is looked up as given: fold its case first (Turkish-aware for Turkish).
    """
    frequency = frequencies(language).get(word, 0.0)
    return math.log10(frequency) + 9 if frequency > 0 else 0.0


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
    import gzip
    from itertools import chain, repeat

    import msgpack

    try:
        with gzip.open(path, "rb") as infile:
            data = msgpack.load(infile, raw=False)
    except (OSError, ValueError, msgpack.UnpackException):
        return None
    if not isinstance(data, list) or not data or not isinstance(data[0], dict) \
            or data[0].get("format") != "cB" or data[0].get("version") != 1:
        return None
    # One dict built from two flat sequences in C (words, and each word's list's value): the same keys in the same
    # order as filling it a list at a time, a later list's value winning, in two thirds of the time.
    buckets = data[1:]
    values = chain.from_iterable(repeat(10 ** (-index / 100), len(bucket)) for index, bucket in enumerate(buckets))
    return dict(zip(chain.from_iterable(buckets), values))
