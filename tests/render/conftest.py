"""Reports the renderer tests share: the reference sample and a hostile article."""

from __future__ import annotations

from pathlib import Path

import pytest

from drift.model import Document, Language
from drift.pipeline import check_documents

HOSTILE_TR = (
    "Bakan Ahmet Yılmaz toplantıya katıldı.\n"
    "Yılmaz, anlaşmanın 12 Mart'ta imzalandığını söyledi.\n"
)
# Markup that would run script if any of it reached the page unescaped.
HOSTILE_EN = (
    "Minister Ahmet Yilmaz attended the meeting <script>window.__pwned=1</script>.\n"
    "Yilmazz said the deal was signed on March 14 <img src=x onerror=\"window.__pwned=1\">.\n"
    "Read <a href=\"javascript:window.__pwned=1\">more</a> at <svg onload=window.__pwned=1> "
    "\"><script>window.__pwned=2</script><iframe src=\"javascript:window.__pwned=3\"></iframe>.\n"
)


@pytest.fixture(scope="session")
def s400_report(encoder, samples):
    sample = samples / "s400"
    orig = Document((sample / "tr.txt").read_text(encoding="utf-8"), Language.TURKISH, path="samples/s400/tr.txt")
    trans = Document((sample / "en.txt").read_text(encoding="utf-8"), Language.ENGLISH, path="samples/s400/en.txt")
    return check_documents(orig, trans, encoder=encoder)


@pytest.fixture(scope="session")
def hostile_english() -> str:
    return HOSTILE_EN


@pytest.fixture(scope="session")
def hostile_report(encoder):
    orig = Document(HOSTILE_TR, Language.TURKISH, path="hostile/tr.txt")
    trans = Document(HOSTILE_EN, Language.ENGLISH, path="hostile/en.txt")
    report = check_documents(orig, trans, encoder=encoder)
    assert any("<" in (f.trans.text if f.trans else "") for f in report.findings), report.findings
    return report


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where tests keep files for people to look at (screenshots); build/ is not committed."""
    import os

    folder = Path(os.environ.get("DRIFT_ARTIFACTS", Path(__file__).resolve().parents[2] / "build" / "test-artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder
