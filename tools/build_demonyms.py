"""Build drift/checks/data/demonyms.tsv: English nationality words and country names the gazetteer lacks.

    .venv/bin/python tools/build_demonyms.py     # fetches the source into build/names-sources

Source: the country files of the PyPI package countryinfo 1.0.1 (MIT), fetched with
`pip download --no-deps countryinfo==1.0.1` and read from the wheel without installing it. For each
country: its demonym ("British", "Dutch", "Filipino") and its other English spellings ("Great Britain",
"Holland"), each with the country's ISO 3166-1 alpha-2 code, which is the gazetteer's entity for a
country. Kept: words of Latin letters, not all capitals (acronyms are read elsewhere), of at most two
words, that drift's gazetteer (drift/lexicon/data/gazetteer.tsv.gz) does not already give that country.
A single-word other spelling counts only when English text uses it often (wordfreq Zipf >= 3.9) and it is
no English common word (WordNet, drift's thesaurus): native names ("Suomi") and words ("Island", Iceland's
"Ísland") stay out. A word several countries share ("American", "Chinese") keeps them all. The output is sorted, so the
same source gives the same bytes.
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from build_given_names import fetch  # noqa: E402  (the same build/names-sources download)

OUTPUT = ROOT / "drift" / "checks" / "data" / "demonyms.tsv"
PACKAGE = "countryinfo==1.0.1"
WHEEL = "countryinfo-1.0.1-py3-none-any.whl"
MIN_ZIPF = 3.9
_WORD = re.compile(r"[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?")




def main() -> int:
    from drift.lexicon.gazetteer import load_gazetteer

    from wordfreq import zipf_frequency

    from drift.lexicon.thesaurus import load_thesaurus

    gazetteer = load_gazetteer()
    thesaurus = load_thesaurus()
    found: dict[str, set[str]] = {}
    with zipfile.ZipFile(fetch(PACKAGE, WHEEL)) as wheel:
        for name in sorted(wheel.namelist()):
            if not name.startswith("countryinfo/data/") or not name.endswith(".json"):
                continue
            country = json.loads(wheel.read(name))
            code = (country.get("ISO") or {}).get("alpha2")
            if not code:
                continue
            demonym = (country.get("demonym") or "").strip()
            for word in [demonym, *(country.get("altSpellings") or [])]:
                word = word.strip()
                if not _WORD.fullmatch(word):
                    continue
                if word != demonym and " " not in word and (
                        zipf_frequency(word.lower(), "en") < MIN_ZIPF or thesaurus.knows(word.lower())):
                    continue
                if code in {place.entity for place in gazetteer.lookup(word.split(), turkish=False)}:
                    continue
                found.setdefault(word, set()).add(code)
    lines = ["# English nationality words and country names the gazetteer lacks, built by tools/build_demonyms.py",
             "# from the country files of the PyPI package countryinfo==1.0.1 (MIT): demonyms and other spellings.",
             "word\tcountries"]
    lines += [f"{word}\t{'|'.join(sorted(codes))}" for word, codes in sorted(found.items())]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(found)} words -> {OUTPUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
