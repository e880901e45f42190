"""Measured confidence and the bar a check must clear to run by default.

A finding's confidence is the measured precision of its check on the
project's data: correct findings on drifted dev articles (and the known errors
of real published translations) against wrong ones there, on the dev sets'
faithful translations and on real published translations. The table is
rebuilt by `tools/check_precision.py --write` and shipped in the package; a
check it does not list yet gets `UNMEASURED`.

The same figures decide maturity, as ruff does it: a check is `stable` when it
has correct hits on at least `MIN_OTHER_ARTICLES` articles besides the
reference example and precision of at least `MIN_PRECISION`; otherwise it stays
`preview` and runs only when asked for.

The bar applies to each basis (kind of evidence) of a stable check too, since a
new reading added to a proven check has not proven itself: a basis whose own
row misses the bar is preview (`basis_verdict`). A basis the table has no row
for goes with its check until the table is rebuilt: `tools/check_precision.py`
measures every basis, held back or not, so a new basis gets its own verdict at
the next rebuild instead of being held back unseen. (Gating rowless bases was
tried when the tool measured the English-only checks only as `drift lint` runs
them: the bases D701 makes only beside an original had no row and were all held
back, a measurement gap rather than a verdict. The tool now measures those
bases as `drift check` makes them and prints their verdicts; it writes them into
the table only with --gate-beside-original, since doing so holds back four of
D701's bases today.)
The table's hash is part of every result's signature (`table_sha256`).
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path

TABLE_PATH = Path(__file__).resolve().parent / "data" / "confidence.tsv"

MIN_PRECISION = 0.9
MIN_OTHER_ARTICLES = 3
# Articles with correct hits, counting the reference example that prompted many checks: it must not count.
_PROMPTING_ARTICLE = 1
# Confidence of a check the table has no row for (a new check before the table is rebuilt).
UNMEASURED = 0.5


@dataclass(frozen=True)
class Measured:
    """One check's record on the project's data."""

    code: str
    basis: str  # the evidence kind a check names on its findings; "" for the whole check
    correct: int
    hit_articles: int
    wrong: int

    @property
    def precision(self) -> float:
        total = self.correct + self.wrong
        return self.correct / total if total else 0.0

    @property
    def confidence(self) -> float:
        """Precision with one pseudo-count each way (Laplace), so a check with two findings is not 1.0."""
        return round((self.correct + 1) / (self.correct + self.wrong + 2), 3)


def stable_verdict(measured: Measured) -> str:
    """`stable` when the measured record clears the bar, else `preview` with the reason."""
    others = measured.hit_articles - _PROMPTING_ARTICLE
    if others < MIN_OTHER_ARTICLES:
        return f"preview (hits on {max(measured.hit_articles, 0)} articles)"
    if measured.precision < MIN_PRECISION:
        return f"preview (precision {measured.precision:.2f})"
    return "stable"


def basis_verdict(code: str, basis: str) -> str:
    """`stable` or `preview (reason)` for one basis of a check, from its own row of the table."""
    row = measured_table().get((code, basis))
    return "not measured yet: goes with its check" if row is None else stable_verdict(row)


def preview_basis(code: str, basis: str) -> bool:
    """True when findings of this check on this basis are held back unless preview findings are asked for.

    Only a stable check's bases are judged this way (drift.checks.run_checks):
    a preview check is held back whole, and runs whole when asked for.
    """
    return bool(basis) and basis_verdict(code, basis).startswith("preview")


def write_table(rows: list[Measured], *, with_real: bool) -> None:
    """Write the shipped table: one row per check, tab-separated, header first."""
    TABLE_PATH.parent.mkdir(parents=True, exist_ok=True)
    source = "dev articles, their faithful translations and real published translations" if with_real \
        else "dev articles and their faithful translations (real corpus absent)"
    lines = [f"# measured by tools/check_precision.py on {source}",
             "code\tbasis\tcorrect\thit_articles\twrong\tprecision\tconfidence"]
    lines += [f"{row.code}\t{row.basis}\t{row.correct}\t{row.hit_articles}\t{row.wrong}\t{row.precision:.3f}\t{row.confidence:.3f}"
              for row in sorted(rows, key=lambda row: (row.code, row.basis))]
    TABLE_PATH.write_text("\n".join(lines) + "\n", encoding="utf-8")


@functools.cache
def measured_table() -> dict[tuple[str, str], Measured]:
    """The shipped table, by (check code, basis) (empty when it is missing)."""
    if not TABLE_PATH.exists():
        return {}
    rows: dict[tuple[str, str], Measured] = {}
    for line in TABLE_PATH.read_text(encoding="utf-8").splitlines()[2:]:
        code, basis, correct, hit_articles, wrong, *_ = line.split("\t")
        rows[code, basis] = Measured(code, basis, int(correct), int(hit_articles), int(wrong))
    return rows


@functools.cache
def table_sha256() -> str:
    """The shipped table's sha256 (of its bytes), for a result's signature; "" when the table is missing."""
    return hashlib.sha256(TABLE_PATH.read_bytes()).hexdigest() if TABLE_PATH.exists() else ""


def confidence_for(code: str, basis: str = "") -> float:
    """The measured confidence of a check's findings on this basis, else of the whole check."""
    table = measured_table()
    measured = table.get((code, basis)) or table.get((code, ""))
    return measured.confidence if measured is not None else UNMEASURED
