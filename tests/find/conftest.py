"""Shared fixtures of the find-original tests: one candidate pool, one vector cache, embedded texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from drift.find import Embedded, VectorCache, embed_documents
from drift.find.inputs import read_candidates
from drift.find.search import embed_candidates
from drift.model import Language
from drift.read import read_document
from find.testset import TOPICS, build_pool, pieces


@pytest.fixture(scope="session")
def find_cache(tmp_path_factory) -> VectorCache:
    """One cache for the whole session: every pool shares the same files, so each is embedded once."""
    return VectorCache(tmp_path_factory.mktemp("find-cache"))


@pytest.fixture(scope="session")
def pool(tmp_path_factory) -> Path:
    return build_pool(tmp_path_factory.mktemp("pool") / "candidates")


@pytest.fixture(scope="session")
def pools_without(tmp_path_factory) -> dict[str, Path]:
    """For each topic, the pool with its original taken out."""
    root = tmp_path_factory.mktemp("pools-without")
    return {topic: build_pool(root / topic, without=topic) for topic in TOPICS}


@pytest.fixture(scope="session")
def embedded_pool(pool, encoder, find_cache) -> dict[str, Embedded]:
    """Every candidate of the pool, embedded once (through the shared cache), by file name."""
    files, _ = read_candidates(sorted(path for path in pool.iterdir() if path.is_file()))
    embedded, _ = embed_candidates(files, encoder, find_cache)
    return {Path(item.name).name: item for item in embedded}


@pytest.fixture(scope="session")
def embedded_pieces(encoder) -> dict[str, Embedded]:
    """Every English piece, embedded once (in one batch: each encoder call has a large fixed cost)."""
    documents = [read_document(piece.path, Language.ENGLISH) for piece in pieces()]
    return {piece.name: item for piece, item in zip(pieces(), embed_documents(documents, encoder))}

