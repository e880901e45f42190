"""The reference sample's report, shared by the suppression tests."""

from __future__ import annotations

import pytest

from drift.model import Document, Language
from drift.pipeline import check_documents


@pytest.fixture(scope="session")
def s400_documents(samples):
    sample = samples / "s400"
    return (Document((sample / "tr.txt").read_text(encoding="utf-8"), Language.TURKISH, path="tr.txt"),
            Document((sample / "en.txt").read_text(encoding="utf-8"), Language.ENGLISH, path="en.txt"))


@pytest.fixture(scope="session")
def s400_report(s400_documents, encoder):
    return check_documents(*s400_documents, encoder=encoder)
