"""Build drift/lexicon/data/thesaurus.tsv.gz: English synonym sets, their near neighbours and antonyms.

Run at development time only; the package reads the built file and never this source.

    .venv/bin/python tools/build_thesaurus.py            # fetches the source into build/lexicon-sources
    .venv/bin/python tools/build_thesaurus.py --sources DIR
    .venv/bin/python tools/build_thesaurus.py --index-only   # only the word index, from the shipped table

Source: the English WordNet 3.1 shipped inside the `nlptoolkit-wordnet==1.0.26` sdist (the same
download tools/build_lexicon.py reads KeNet from; file english_wordnet_version_31.xml). WordNet
licence (Princeton University; permissive, notice kept in the file's header).

Output (UTF-8, gzip, deterministic: mtime 0): `#` header lines with the provenance, then one synset
per line, numbered by line from 0 in the order below:

    pos<TAB>literal|literal|...<TAB>near synset numbers|...<TAB>antonym synset numbers|...<TAB>hypernyms|...

pos is n, v, a (adjectives and satellites) or r (adverbs); literals are lower case. "Near" are the
synsets one WordNet link away that a translator may put for each other: "similar to" adjectives,
verb groups and "also see" in the third column, direct hypernyms (ruling -> decision) in the fifth,
kept apart so that a word's kinds can be followed up the hierarchy (an attaché is a diplomat, an
official, a person). Antonyms are WordNet's lexical antonym links, lifted to the synsets of both
literals.

Beside it, thesaurus-words.tsv.gz, derived from the table alone: a header line `# index of sha256 <the
table's sha256>`, then one word per line, sorted, `word<TAB>synset|synset|...` (ascending), which drift reads
instead of indexing every word of the table on each start (drift.lexicon.table), when the header names the
table in use.
"""

from __future__ import annotations

import argparse
import gzip
import io
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tools"))

from build_lexicon import KENET_PACKAGE, KENET_VERSION, fetch_kenet, read_kenet  # noqa: E402

OUTPUT = REPO / "drift" / "lexicon" / "data" / "thesaurus.tsv.gz"
INDEX = OUTPUT.with_name("thesaurus-words.tsv.gz")
NEAR_TYPES = frozenset({"SIMILAR_TO", "VERB_GROUP", "ALSO_SEE"})
HYPERNYM = "HYPERNYM"
POS = {"n": "n", "v": "v", "a": "a", "s": "a", "b": "r", "r": "r"}

HEADER = f"""\
# English synonym sets, near neighbours and antonyms for drift (reference mode and meaning checks).
# Built by tools/build_thesaurus.py from English WordNet 3.1 as shipped in the {KENET_PACKAGE}=={KENET_VERSION}
# sdist (english_wordnet_version_31.xml).
# WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. Permission to use, copy, modify
# and distribute this software and database and its documentation for any purpose and without fee or royalty
# is hereby granted, provided that this copyright notice and these statements appear on all copies.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR
# WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University may not be used in advertising or
# publicity pertaining to distribution of the software and/or database.
# Format: pos<TAB>literals<TAB>near synsets<TAB>antonym synsets<TAB>hypernym synsets (synsets numbered by data line
# from 0; near synsets are those of the third column and the hypernyms).
"""


def read_synsets(english_xml: bytes) -> list[tuple[str, str, list[str], set[str], set[str], set[str]]]:
    """(id, pos, literals, near ids, antonym ids, hypernym ids) per synset, in file order."""
    synsets = []
    for _, element in ET.iterparse(io.BytesIO(english_xml)):
        if element.tag != "SYNSET":
            continue
        literals, antonyms = [], set()
        for literal in element.iter("LITERAL"):
            text = " ".join((literal.text or "").replace("_", " ").lower().split())
            if text and "|" not in text and "\t" not in text and text not in literals:
                literals.append(text)
            antonyms.update(sr.text.strip() for sr in literal.iter("SR")
                            if sr.text and sr.findtext("TYPE") == "ANTONYM")
        # Synset-level relations are the SR children of the synset itself, not of its literals.
        near = {sr.text.strip() for sr in element.findall("SR") if sr.text and sr.findtext("TYPE") in NEAR_TYPES}
        hypernyms = {sr.text.strip() for sr in element.findall("SR") if sr.text and sr.findtext("TYPE") == HYPERNYM}
        synsets.append((element.findtext("ID"), POS.get(element.findtext("POS") or "", "n"), literals, near,
                        antonyms, hypernyms))
        element.clear()
    return synsets


def render(synsets) -> bytes:
    number = {synset_id: index for index, (synset_id, *_rest) in enumerate(synsets)}
    lines = [HEADER.rstrip("\n")]
    for _id, pos, literals, near, antonyms, hypernyms in synsets:
        columns = [sorted(number[item] for item in items if item in number) for items in (near, antonyms, hypernyms)]
        lines.append("\t".join((pos, "|".join(literals), *("|".join(map(str, numbers)) for numbers in columns))))
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, compresslevel=9) as handle:
        handle.write(("\n".join(lines) + "\n").encode("utf-8"))
    return buffer.getvalue()


def write_index(table: Path) -> bytes:
    """The prebuilt word index of the thesaurus table at `table` (drift.lexicon.table)."""
    from drift.lexicon.table import table_bytes
    from drift.lexicon.thesaurus import index_rows, parse

    data = table.read_bytes()
    index = table_bytes(index_rows(parse(gzip.decompress(data).decode("utf-8"))), data)
    INDEX.write_bytes(index)
    return index


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=REPO / "build" / "lexicon-sources",
                        help="folder for the downloaded source (fetched when missing)")
    parser.add_argument("--index-only", action="store_true",
                        help="only rebuild the word index from the shipped table (no source needed)")
    args = parser.parse_args(argv)
    if not args.index_only:
        sdist = fetch_kenet(args.sources)
        _turkish_xml, english_xml = read_kenet(sdist)
        synsets = sorted(read_synsets(english_xml), key=lambda synset: synset[0])
        data = render(synsets)
        OUTPUT.write_bytes(data)
        sys.stderr.write(f"{OUTPUT.relative_to(REPO)}: {len(synsets)} synsets, {len(data)} bytes\n")
    index = write_index(OUTPUT)
    sys.stderr.write(f"{INDEX.relative_to(REPO)}: {len(index)} bytes\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
