"""Build drift/text/data/frequency-LANG.tsv.gz: sorted indexes of wordfreq's English and Turkish word lists.

    PYTHONPATH=$PWD .venv/bin/python tools/build_frequency_index.py

`drift.text.frequency.zipf` asks about a few dozen words per check; reading the English list whole into a dict is a
tenth of a second of every cold start. Each index is a drift.lexicon.table index (`word<TAB>n`, n the number of the
list of the cBpack file that holds the word, the later where two do), headed by the sha256 of the installed list it
was built from: another wordfreq's list finds it stale, and the list is read whole, as before. The output is
deterministic (sorted rows, gzip mtime 0); tests/text/test_frequency.py checks that it is current.
"""

from drift.lexicon.table import table_bytes
from drift.text import frequency


def main() -> None:
    for language in frequency.INDEX_LANGUAGES:
        rows = frequency.index_rows(language)
        if rows is None:
            raise SystemExit(f"no cBpack word list of wordfreq's for {language!r}")
        data = table_bytes(rows, frequency._best_list(language).read_bytes())
        path = frequency.index_path(language)
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path} ({len(data)} bytes): {len(rows)} words")


if __name__ == "__main__":
    main()
