"""Build drift/reference/data/definitions.tsv.gz: for each English WordNet word, the head word of its definitions.

Run at development time only; the package reads the built file and never this source.

    .venv/bin/python tools/build_definitions.py            # fetches the source into build/lexicon-sources
    .venv/bin/python tools/build_definitions.py --sources DIR

Source: the English WordNet 3.1 inside the `nlptoolkit-wordnet==1.0.26` sdist (the file tools/build_thesaurus.py
reads; WordNet licence, notice kept in the output's header).

A definition names what a word is a kind or manner of first: "reconvene" is "meet again", "chair" (the verb) is
"preside over", "markedly" is "in a clearly noticeable manner". That first word, the *head*, is what reference
mode reads as a near synonym of the word (drift.reference.definitions). It is the first word of the definition
that is no function word, no word of the defined word's own family (the first four letters shared), and not
among the words that open more than MAX_SHARE of all definitions' words (act, make, state, person, something:
too general to say anything); text in brackets (usage notes, "(military)") is left out, and so is every definition
with a word of negation, lack or defence in it ("refuse: refuse to accept"; "unofficial: not having official
authority"; "security: defense against financial failure"),
as its head then names the opposite.

Output (UTF-8, gzip, deterministic: mtime 0): `#` header lines, then one word per line, sorted:
`word<TAB>head|head|...` (lower case, heads in the order of the word's synsets in the source, each once).
"""

from __future__ import annotations

import argparse
import gzip
import io
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tools"))
sys.path.insert(0, str(REPO))

from build_lexicon import KENET_PACKAGE, KENET_VERSION, fetch_kenet, read_kenet  # noqa: E402

from drift.model import Language  # noqa: E402
from drift.text.stopwords import STOPWORDS  # noqa: E402

OUTPUT = REPO / "drift" / "reference" / "data" / "definitions.tsv.gz"
# Definitions with one of these say what the word is not: their first word is no head.
NEGATING = frozenset({"not", "no", "without", "lack", "lacking", "lacks", "fail", "fails", "never", "nor", "opposite",
                      "absence", "cease", "stop", "un", "less", "prevent", "refuse", "deny", "reverse", "undo",
                      "against", "failure"})
# A word among more than this share of all definitions is too general to be a head ("act", "state", "make").
MAX_SHARE = 0.01
FUNCTION = STOPWORDS[Language.ENGLISH] | {"be", "being", "etc", "e", "g", "usually", "especially", "often",
                                          "something", "someone", "somebody", "one", "particular", "certain"}

HEADER = f"""\
# The head word of the definitions of each English WordNet word, for drift's reference mode.
# Built by tools/build_definitions.py from English WordNet 3.1 as shipped in the {KENET_PACKAGE}=={KENET_VERSION}
# sdist (english_wordnet_version_31.xml).
# WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. Permission to use, copy, modify
# and distribute this software and database and its documentation for any purpose and without fee or royalty
# is hereby granted, provided that this copyright notice and these statements appear on all copies.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR
# WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University may not be used in advertising or
# publicity pertaining to distribution of the software and/or database.
# Format: word<TAB>head|head|... (lower case)
"""
_WORD = re.compile(r"[a-z]+")


def read_definitions(english_xml: bytes) -> list[tuple[list[str], str]]:
    """(literals, definition) per synset, in file order."""
    synsets = []
    for _, element in ET.iterparse(io.BytesIO(english_xml)):
        if element.tag != "SYNSET":
            continue
        literals = [" ".join((literal.text or "").replace("_", " ").lower().split())
                    for literal in element.iter("LITERAL")]
        synsets.append(([text for text in literals if text and "\t" not in text and "|" not in text],
                        element.findtext("DEF") or ""))
        element.clear()
    return synsets


def heads(synsets: list[tuple[list[str], str]]) -> dict[str, list[str]]:
    """Each literal's definition heads (see the module docstring)."""
    words_of = [_WORD.findall(re.sub(r"\([^)]*\)", " ", definition.lower())) for _literals, definition in synsets]
    share = Counter(word for words in words_of for word in set(words))
    general = {word for word, count in share.items() if count > MAX_SHARE * len(synsets)}
    found: dict[str, list[str]] = {}
    for (literals, _definition), words in zip(synsets, words_of):
        if set(words) & NEGATING:
            continue
        for literal in literals:
            own = {part[:4] for part in literal.split()}
            head = next((word for word in words if word not in FUNCTION and word not in general
                         and word[:4] not in own and len(word) > 2), None)
            if head is not None and head not in found.setdefault(literal, []):
                found[literal].append(head)
    return {literal: found[literal] for literal in sorted(found) if found[literal]}


def render(table: dict[str, list[str]]) -> bytes:
    lines = [HEADER.rstrip("\n"), *(f"{word}\t{'|'.join(found)}" for word, found in table.items())]
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, compresslevel=9) as handle:
        handle.write(("\n".join(lines) + "\n").encode("utf-8"))
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=REPO / "build" / "lexicon-sources",
                        help="folder for the downloaded source (fetched when missing)")
    args = parser.parse_args(argv)
    _turkish_xml, english_xml = read_kenet(fetch_kenet(args.sources))
    table = heads(read_definitions(english_xml))
    data = render(table)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_bytes(data)
    sys.stderr.write(f"{OUTPUT.relative_to(REPO)}: {len(table)} words, {len(data)} bytes\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
