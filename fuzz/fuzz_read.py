"""Coverage-guided fuzzing of the reader with atheris: any bytes in, a Document or one DriftError out.

Each input is written to a file (named .txt, .md or .html by its first byte) and read the way the
command line reads it: decoding, format detection, article extraction for pages, the matching view
and sentence splitting, with every sentence checked to be an exact slice of the text.

    .venv/bin/pip install -e '.[fuzz]'
    .venv/bin/python fuzz/fuzz_read.py -max_total_time=300 fuzz/corpus   # corpus folder optional

Not part of `make test`: the property tests (tests/property) run the same invariants in CI.
"""

from __future__ import annotations

import os
import sys
import tempfile

import atheris

with atheris.instrument_imports():
    import drift.ingest.encoding  # noqa: F401 - imported lazily by drift.read: instrument it here
    import drift.ingest.html  # noqa: F401
    from drift.errors import DriftError
    from drift.model import Language
    from drift.read import read_document
    from drift.text.split import split_sentences
    from drift.text.view import matching_view

_FOLDER = tempfile.mkdtemp(prefix="drift-fuzz-")
_SUFFIXES = (".txt", ".md", ".html")


def test_one_input(data: bytes) -> None:
    if not data:
        return
    path = os.path.join(_FOLDER, "input" + _SUFFIXES[data[0] % len(_SUFFIXES)])
    with open(path, "wb") as stream:
        stream.write(data[1:])
    try:
        document = read_document(path, Language.TURKISH, max_bytes=100_000)
    except DriftError as exc:
        if "\n" in str(exc):
            raise AssertionError(f"a user error of more than one line: {exc!r}") from None
        return
    view = matching_view(document)
    for sentence in view.sentences(split_sentences(view.text, document.language)):
        if document.text[sentence.start:sentence.end] != sentence.text:
            raise AssertionError(f"sentence {sentence.index} is not a slice of the text")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
