"""Build drift/lexicon/data/lexicon.tsv.gz from KeNet, FreeDict, Babel and our glossary.

Run at development time only; the package reads the built file and never these sources.

    .venv/bin/python tools/build_lexicon.py            # fetches sources into build/lexicon-sources
    .venv/bin/python tools/build_lexicon.py --sources DIR
    .venv/bin/python tools/build_lexicon.py --reverse-only   # only the reverse index, from the shipped lexicon

Fetching uses the ordinary clients: `pip download --no-deps nlptoolkit-wordnet==1.0.26`
and `apt-get download dict-freedict-eng-tur dict-freedict-tur-eng` (run `apt-get update`
first if apt cannot find them). The output is deterministic: sorted lines, gzip mtime 0.
"""

from __future__ import annotations

import argparse
import base64
import gzip
import hashlib
import io
import re
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from drift.text.fold import fold_case  # noqa: E402

DATA = REPO / "drift" / "lexicon" / "data"
GLOSSARY = DATA / "glossary.tsv"
OUTPUT = DATA / "lexicon.tsv.gz"
REVERSE = DATA / "lexicon-reverse.tsv.gz"
PROVENANCE = DATA / "PROVENANCE.md"

KENET_PACKAGE = "nlptoolkit-wordnet"
KENET_VERSION = "1.0.26"
FREEDICT_PACKAGES = ("dict-freedict-eng-tur", "dict-freedict-tur-eng")

# Source tags, in rank order: a key's senses are listed glossary first, reversed eng-tur last.
GLOSSARY_TAG, BABEL_TAG, KENET_TAG, TUR_ENG_TAG, ENG_TUR_TAG = "g", "b", "k", "t", "r"
SOURCE_ORDER = (GLOSSARY_TAG, BABEL_TAG, KENET_TAG, TUR_ENG_TAG, ENG_TUR_TAG)

# Caps keep the file small and drop the long tails that made the prototype's union too broad.
MAX_SENSES = {GLOSSARY_TAG: 16, BABEL_TAG: 4, KENET_TAG: 12, TUR_ENG_TAG: 8, ENG_TUR_TAG: 8}
MAX_TOTAL_SENSES = 24
MAX_TURKISH_WORDS = 4
MAX_ENGLISH_WORDS = 4
# Our own names of institutions may be long ("grand national assembly of turkey").
MAX_GLOSSARY_WORDS = 8

_TURKISH_KEY = re.compile(r"^[a-zçğıöşüâîû][a-zçğıöşüâîû' -]*[a-zçğıöşüâîû]$")
_ENGLISH_SENSE = re.compile(r"^[^\W_][\w '.&-]*$")  # letters with accents too: "türkiye", "côte d'ivoire"
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u00ad": ""})
_PARENTHESES = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_SENSE_LINE = re.compile(r"^(\d+)\.\s+(.*)$")


@dataclass
class Collected:
    """Ranked English senses per Turkish key, one list per source."""

    by_source: dict[str, dict[str, list[str]]] = field(
        default_factory=lambda: {tag: defaultdict(list) for tag in SOURCE_ORDER}
    )

    def add(self, tag: str, turkish: str, english: str) -> None:
        glossary = tag == GLOSSARY_TAG
        key = turkish_key(turkish, MAX_GLOSSARY_WORDS if glossary else MAX_TURKISH_WORDS)
        sense = english_sense(english, MAX_GLOSSARY_WORDS if glossary else MAX_ENGLISH_WORDS)
        if key is None or sense is None:
            return
        senses = self.by_source[tag][key]
        if sense not in senses:
            senses.append(sense)


def turkish_key(text: str, max_words: int = MAX_TURKISH_WORDS) -> str | None:
    """Fold a Turkish headword to a lexicon key, or None if it is not a plain word or phrase."""
    key = " ".join(fold_case(text.translate(_HYPHENS), turkish=True).split()).strip(" .,;:'")
    if len(key) < 2 or len(key.split()) > max_words or not _TURKISH_KEY.match(key):
        return None
    return key


def english_sense(text: str, max_words: int = MAX_ENGLISH_WORDS) -> str | None:
    """Fold an English sense to lower case, or None if it looks like junk."""
    sense = " ".join(text.translate(_HYPHENS).replace("_", " ").lower().split()).strip(" ,;:'")
    if sense.count(".") == 1:  # a full stop, unlike the dots of "u.s."
        sense = sense.rstrip(".").rstrip()
    if len(sense) < 2 and sense != "a":
        return None
    if len(sense.split()) > max_words or not _ENGLISH_SENSE.match(sense):
        return None
    return sense


# --- sources -----------------------------------------------------------------------------------


def fetch_kenet(sources: Path) -> Path:
    """Download KeNet's sdist unless already there (it also carries the English WordNet 3.1)."""
    sources.mkdir(parents=True, exist_ok=True)
    sdist = sources / f"nlptoolkit_wordnet-{KENET_VERSION}.tar.gz"
    if not sdist.exists():
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
             f"{KENET_PACKAGE}=={KENET_VERSION}", "-d", str(sources)],
            check=True,
        )
    return sdist


def fetch_sources(sources: Path) -> tuple[Path, Path]:
    """Download KeNet's sdist and the FreeDict packages unless already there."""
    sdist = fetch_kenet(sources)
    dictd = sources / "freedict" / "usr" / "share" / "dictd"
    if not (dictd / "freedict-eng-tur.index").exists():
        for package in FREEDICT_PACKAGES:
            if not list(sources.glob(f"{package}_*.deb")):
                subprocess.run(["apt-get", "download", package], cwd=sources, check=True)
        for deb in sorted(sources.glob("dict-freedict-*.deb")):
            subprocess.run(["dpkg", "-x", str(deb), str(sources / "freedict")], check=True)
    return sdist, dictd


def read_kenet(sdist: Path) -> tuple[bytes, bytes]:
    """The Turkish and English WordNet XML files, read straight out of the sdist."""
    with tarfile.open(sdist) as archive:
        members = {Path(member.name).name: member for member in archive.getmembers()}
        turkish = archive.extractfile(members["turkish_wordnet.xml"]).read()
        english = archive.extractfile(members["english_wordnet_version_31.xml"]).read()
    return turkish, english


def collect_kenet(collected: Collected, turkish_xml: bytes, english_xml: bytes) -> None:
    """Each Turkish literal gets the literals of the English synsets its synset links to."""
    english_literals: dict[str, list[str]] = {}
    for _, element in ET.iterparse(io.BytesIO(english_xml)):
        if element.tag == "SYNSET":
            literals = [literal.text or "" for literal in element.iter("LITERAL")]
            english_literals[element.findtext("ID")] = literals
            element.clear()
    # (sense number, synset order, English literal order) ranks a Turkish literal's senses.
    ranked: dict[str, list[tuple[int, int, int, str]]] = defaultdict(list)
    order = 0
    for _, element in ET.iterparse(io.BytesIO(turkish_xml)):
        if element.tag != "SYNSET":
            continue
        links = [
            ilr.text.strip() for ilr in element.iter("ILR")
            if ilr.text and ilr.findtext("TYPE") == "SYNONYM"
        ]
        english = [word for link in links for word in english_literals.get(link, [])]
        if english:
            for literal in element.iter("LITERAL"):
                sense_number = int(literal.findtext("SENSE") or 99)
                for position, word in enumerate(english):
                    ranked[(literal.text or "").strip()].append((sense_number, order, position, word))
        order += 1
        element.clear()
    for turkish, senses in sorted(ranked.items()):
        for *_, word in sorted(senses):
            collected.add(KENET_TAG, turkish, word)


def _dictd_entries(dictd: Path, name: str) -> list[tuple[str, str]]:
    """(headword, entry text) pairs of one dictd database, in index order."""
    body = gzip.open(dictd / f"{name}.dict.dz").read()
    entries = []
    for line in (dictd / f"{name}.index").read_text(encoding="utf-8").splitlines():
        headword, offset, length = line.split("\t")
        if headword.startswith("00database"):
            continue
        start, size = _b64_number(offset), _b64_number(length)
        entries.append((headword, body[start:start + size].decode("utf-8")))
    return entries


def _b64_number(text: str) -> int:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    value = 0
    for char in text:
        value = value * 64 + alphabet.index(char)
    return value


def _senses_of(entry: str) -> list[str]:
    """The sense texts of a dictd entry: numbered lines, or the single unnumbered line."""
    lines = [line.strip() for line in entry.splitlines()[1:] if line.strip()]
    numbered = [match.group(2) for line in lines if (match := _SENSE_LINE.match(line))]
    return numbered or lines[:1]


def collect_tur_eng(collected: Collected, dictd: Path, vocabulary: set[str]) -> None:
    """FreeDict tur-eng, senses in the order given; run-together senses ("behungry") dropped."""
    for headword, entry in _dictd_entries(dictd, "freedict-tur-eng"):
        for sense in _senses_of(entry):
            for english in re.split(r"[,;]", _PARENTHESES.sub(" ", sense)):
                if english_sense(english) in vocabulary:
                    collected.add(TUR_ENG_TAG, headword, english)


def collect_eng_tur(collected: Collected, dictd: Path, vocabulary: set[str]) -> None:
    """FreeDict eng-tur reversed; an English headword ranks by where the Turkish word stood."""
    ranked: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for headword, entry in _dictd_entries(dictd, "freedict-eng-tur"):
        english = english_sense(headword.split(",")[0])
        if english is None or not _plausible_english(english, vocabulary):
            continue
        for sense_number, sense in enumerate(_senses_of(entry)):
            # Examples follow a colon; derived words follow a full stop ("informally  ...").
            if "(kıs.)" in sense:  # an abbreviation: what follows is its English expansion
                continue
            sense = _PARENTHESES.sub(" ", sense).split(":")[0]
            head, *derived = re.split(r"\.\s+", sense)
            for position, turkish in enumerate(_turkish_items(head)):
                ranked[turkish].append((sense_number, position, english))
            for part in derived:
                word, sep, rest = part.partition("  ")
                derived_english = english_sense(word)
                if sep and derived_english and _plausible_english(derived_english, vocabulary):
                    for position, turkish in enumerate(_turkish_items(rest)):
                        ranked[turkish].append((sense_number + 1, position, derived_english))
    for turkish, senses in sorted(ranked.items()):
        for *_, english in sorted(senses):
            collected.add(ENG_TUR_TAG, turkish, english)


def _plausible_english(sense: str, vocabulary: set[str]) -> bool:
    """Whether a FreeDict eng-tur English word is a word: WordNet knows it, or it is a plain
    word that is not two known words run together ("recordbreaking"), nor stress-marked
    ("acid'ity"); phrases must be made of known words."""
    if sense in vocabulary:
        return True
    words = sense.split()
    if len(words) > 1:
        return len(words) <= 2 and all(word in vocabulary for word in words)
    if not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", sense):
        return False
    known = vocabulary | _FUNCTION_WORDS
    return not any(sense[:cut] in known and sense[cut:] in known for cut in range(2, len(sense) - 1))


# WordNet lists no function words, yet they run together with others ("anymorethan").
_FUNCTION_WORDS = frozenset(
    "a an the of to in on at by for with from and or than as be is it up out off down over into "
    "about one oneself someone something".split()
)


# Usage labels FreeDict eng-tur writes as if they were translations ("1. ABD, lan, ulan").
_USAGE_LABELS = frozenset({"abd", "a.b.d", "ing", "k.dili", "argo", "leh", "mec", "bak"})


def _turkish_items(text: str) -> list[str]:
    items = []
    for item in re.split(r"[,;]", text):
        item = item.strip(" .-")
        if item.lower() in _USAGE_LABELS:
            continue
        if item and not item.startswith("-") and not re.search(r"[0-9=/]", item):
            items.append(item)
    return items


def collect_babel(collected: Collected) -> None:
    """Month, weekday, territory, language and currency names from CLDR via Babel."""
    from babel import Locale

    turkish, english = Locale("tr"), Locale("en")
    pairs = [
        (turkish.months["format"]["wide"], english.months["format"]["wide"]),
        (turkish.days["format"]["wide"], english.days["format"]["wide"]),
        (turkish.territories, english.territories),
        (turkish.languages, english.languages),
        (turkish.currencies, english.currencies),
    ]
    for turkish_names, english_names in pairs:
        for code in sorted(turkish_names, key=str):
            if code in english_names:
                collected.add(BABEL_TAG, turkish_names[code], english_names[code])


def collect_glossary(collected: Collected, path: Path) -> int:
    """Our hand-kept news glossary: `turkish<TAB>english1|english2`, ranked."""
    seen: dict[str, int] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.split("#", 1)[0].rstrip()
        if not line:
            continue
        turkish, sep, english = line.partition("\t")
        key = turkish_key(turkish, MAX_GLOSSARY_WORDS)
        if not sep or key is None:
            raise SystemExit(f"{path}:{number}: expected 'turkish<TAB>english|english', got {line!r}")
        if key in seen:
            raise SystemExit(f"{path}:{number}: {key!r} already has an entry on line {seen[key]}")
        seen[key] = number
        for sense in english.split("|"):
            if english_sense(sense, MAX_GLOSSARY_WORDS) is None:
                raise SystemExit(f"{path}:{number}: unusable English sense {sense!r}")
            collected.add(GLOSSARY_TAG, turkish, sense)
    return len(seen)


# --- output ------------------------------------------------------------------------------------


def merge(collected: Collected) -> list[str]:
    """One sorted line per key: `key<TAB>sense|sense<TAB>tags|tags`.

    Each sense's tags name every source that gives it, best first ("gk": glossary and KeNet
    agree), so agreement can count as evidence.
    """
    keys = sorted({key for senses in collected.by_source.values() for key in senses})
    lines = []
    for key in keys:
        tags: dict[str, str] = {}
        for tag in SOURCE_ORDER:
            for sense in collected.by_source[tag].get(key, [])[: MAX_SENSES[tag]]:
                if sense in tags:
                    tags[sense] += tag
                elif len(tags) < MAX_TOTAL_SENSES:
                    tags[sense] = tag
        if tags:
            lines.append(f"{key}\t{'|'.join(tags)}\t{'|'.join(tags.values())}")
    return lines


def write_gzip(lines: list[str], path: Path) -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))
    data = buffer.getvalue()
    path.write_bytes(data)
    return data


def write_reverse(lexicon: Path) -> bytes:
    """The prebuilt reverse index of `lexicon` (English sense -> Turkish keys, best first), which the package reads
    instead of building it on every start (drift.lexicon.table)."""
    from drift.lexicon import load_lexicon, reverse_rows
    from drift.lexicon.table import table_bytes

    data = table_bytes(reverse_rows(load_lexicon(lexicon)), lexicon.read_bytes())
    REVERSE.write_bytes(data)
    return data


def write_provenance(path: Path, lines: list[str], data: bytes, glossary_entries: int) -> None:
    import babel

    keys_by_tag: dict[str, int] = defaultdict(int)
    senses = 0
    for line in lines:
        tags = set(line.rsplit("\t", 1)[1].replace("|", ""))
        senses += line.split("\t")[1].count("|") + 1
        for tag in tags:
            keys_by_tag[tag] += 1
    multiword = sum(1 for line in lines if " " in line.split("\t", 1)[0])
    text = PROVENANCE_TEMPLATE.format(
        keys=len(lines),
        senses=senses,
        multiword=multiword,
        glossary_entries=glossary_entries,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        babel_version=babel.__version__,
        kenet_version=KENET_VERSION,
        **{f"keys_{tag}": keys_by_tag[tag] for tag in SOURCE_ORDER},
    )
    path.write_text(text, encoding="utf-8")


PROVENANCE_TEMPLATE = """\
# Provenance of lexicon.tsv.gz

Built by `tools/build_lexicon.py` (this repository) from the sources below; nothing else is in it.
Rebuild (sources are fetched into `build/lexicon-sources/` with pip and apt-get):

    .venv/bin/python tools/build_lexicon.py

The build is deterministic (sorted lines, gzip mtime 0): the same sources and Babel version give
the same bytes.

- sha256: `{sha256}`
- size: {size} bytes
- keys: {keys} ({multiword} multiword), senses: {senses}

## Format

UTF-8 text, gzip-compressed, one Turkish key per line, sorted:
`turkish_key<TAB>english1|english2|...<TAB>tag1|tag2|...`. Keys are folded with
`drift.text.fold.fold_case(text, turkish=True)` (I→ı, İ→i) and may hold several words.
English senses are lower-case base forms, ranked best first; the tags beside each sense
name every source that gives it, best first (`gk`: the glossary and KeNet agree). Sources,
in rank order:

| tag | source | keys with a sense from it |
|---|---|---|
| g | `glossary.tsv`, hand-kept by this project ({glossary_entries} entries) | {keys_g} |
| b | Babel {babel_version} (Unicode CLDR): month, weekday, territory, language, currency names | {keys_b} |
| k | Turkish WordNet KeNet, from the `{kenet_package}=={kenet_version}` sdist: Turkish literals mapped to the literals of the English WordNet 3.1 synsets they are linked to | {keys_k} |
| t | FreeDict tur-eng 0.3 (Debian package `dict-freedict-tur-eng` 2022.04.21-1) | {keys_t} |
| r | FreeDict eng-tur 0.3 (Debian package `dict-freedict-eng-tur` 2022.04.21-1), reversed: an English headword ranks by the sense and position where the Turkish word stood | {keys_r} |

## Licences

- KeNet (Turkish WordNet, Starlang / Ozyegin University) as shipped in `{kenet_package}`: GPL-3.0.
  English WordNet 3.1 literals inside it: WordNet licence (Princeton, permissive).
- FreeDict eng-tur and tur-eng: GPL-2.0-or-later.
- Babel / Unicode CLDR data: BSD-3-Clause (Babel) and the Unicode licence (CLDR).
- `glossary.tsv`: written by this project, GPL-3.0-or-later like the rest of drift.

Because of the GPL sources the built file, and drift, are GPL-3.0-or-later.

## Derived index

`lexicon-reverse.tsv.gz`, written by the same script from `lexicon.tsv.gz` alone (nothing else is in
it; `--reverse-only` rebuilds just this file): a header line `# index of sha256 <the lexicon's sha256>`,
then one English sense per line, sorted, `english<TAB>turkish_key|turkish_key|...`, the keys best first
(by the rank of the sense's best source, then the sense's position, then the key). drift reads it for
`Lexicon.turkish_for` instead of building the same index on every start, and only when its header names
the lexicon in use.
""".replace("{kenet_package}", KENET_PACKAGE)


def english_vocabulary(english_xml: bytes) -> set[str]:
    """Every English WordNet literal, lower-cased: filters run-together FreeDict senses."""
    return {
        sense
        for literal in re.findall(rb"<LITERAL>([^<]+)<", english_xml)
        if (sense := english_sense(literal.decode("utf-8"))) is not None
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=REPO / "build" / "lexicon-sources",
                        help="folder for the downloaded sources (fetched when missing)")
    parser.add_argument("--reverse-only", action="store_true",
                        help="only rebuild the reverse index from the shipped lexicon (no sources needed)")
    args = parser.parse_args(argv)
    if args.reverse_only:
        reverse = write_reverse(OUTPUT)
        sys.stderr.write(f"{REVERSE.relative_to(REPO)}: {len(reverse)} bytes\n")
        return 0

    sdist, dictd = fetch_sources(args.sources)
    turkish_xml, english_xml = read_kenet(sdist)

    collected = Collected()
    glossary_entries = collect_glossary(collected, GLOSSARY)
    collect_babel(collected)
    collect_kenet(collected, turkish_xml, english_xml)
    vocabulary = english_vocabulary(english_xml)
    collect_tur_eng(collected, dictd, vocabulary)
    collect_eng_tur(collected, dictd, vocabulary)

    lines = merge(collected)
    data = write_gzip(lines, OUTPUT)
    write_provenance(PROVENANCE, lines, data, glossary_entries)
    reverse = write_reverse(OUTPUT)
    sys.stderr.write(f"{OUTPUT.relative_to(REPO)}: {len(lines)} keys, {len(data)} bytes; "
                     f"{REVERSE.relative_to(REPO)}: {len(reverse)} bytes\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
