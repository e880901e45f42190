"""Find the original of an English text among candidate files: read, embed (cached), rank.

The I/O edge of `drift.find`: it reads the candidate files, fetches or
computes their sentence vectors through the disk cache, and hands documents
and vectors to the pure ranking in `drift.find.rank`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from drift.embed import SentenceEncoder, default_encoder
from drift.errors import DriftError, InputError
from drift.find.cache import VectorCache, default_cache_dir, entry_key
from drift.find.inputs import CandidateFile, collect_paths, read_candidates
from drift.find.model import Embedded, FindParams, FindReport, Skipped
from drift.find.rank import rank_candidates
from drift.model import Document
from drift.text.split import split_sentences

logger = logging.getLogger(__name__)

# Texts per encoder call: large enough to amortise the call, small enough
# that a folder of thousands of articles never builds one huge batch.
_BATCH = 512


class NoLikelyOriginal(DriftError):
    """No candidate is convincing as the original; the report says which came closest."""

    def __init__(self, report: FindReport) -> None:
        super().__init__(report.verdict)
        self.report = report


def _encode(texts: list[str], encoder: SentenceEncoder) -> np.ndarray:
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    return np.concatenate([encoder.encode(texts[start:start + _BATCH]) for start in range(0, len(texts), _BATCH)])


def embed_documents(documents: Sequence[Document], encoder: SentenceEncoder) -> list[Embedded]:
    """Split documents into sentences and embed them all in shared batches.

    One call per document would cost several times more: each encoder call
    has a large fixed cost.
    """
    split = [split_sentences(document.text, document.language) for document in documents]
    vectors = _encode([sentence.text for sentences in split for sentence in sentences], encoder)
    embedded, offset = [], 0
    for document, sentences in zip(documents, split):
        embedded.append(Embedded(document, sentences, vectors[offset:offset + len(sentences)]))
        offset += len(sentences)
    return embedded


def embed_document(document: Document, encoder: SentenceEncoder) -> Embedded:
    """Split a document into sentences and embed them in one batch."""
    return embed_documents([document], encoder)[0]


def embed_candidates(files: Sequence[CandidateFile], encoder: SentenceEncoder,
                     cache: VectorCache) -> tuple[list[Embedded], list[Skipped]]:
    """Embed every candidate, from the cache where it has the file, in shared batches otherwise."""
    found: dict[int, Embedded] = {}
    missing: list[tuple[int, str, tuple]] = []
    encoder_name = encoder.name
    for k, file in enumerate(files):
        key = entry_key(file.sha256, encoder_name)
        cached = cache.load(key, file.document.text)
        if cached is not None:
            found[k] = Embedded(file.document, *cached)
        else:
            missing.append((k, key, split_sentences(file.document.text, file.document.language)))
    vectors = _encode([sentence.text for _, _, sentences in missing for sentence in sentences], encoder)
    offset = 0
    for k, key, sentences in missing:
        rows = vectors[offset:offset + len(sentences)]
        offset += len(sentences)
        cache.store(key, sentences, rows)
        found[k] = Embedded(files[k].document, sentences, rows)
    embedded: list[Embedded] = []
    skipped: list[Skipped] = []
    for k in range(len(files)):
        if found[k].sentences:
            embedded.append(found[k])
        else:
            skipped.append(Skipped(found[k].name, "no sentences in it"))
            logger.warning("skipping %s: no sentences in it", found[k].name)
    return embedded, skipped


def open_cache(arguments: Sequence[Path], cache_dir: Path | None, use_cache: bool) -> VectorCache:
    """The cache the user asked for: none, a given folder, or the default for these candidates."""
    if not use_cache:
        return VectorCache(None)
    directory = cache_dir or default_cache_dir()
    logger.info("vector cache: %s", directory)
    return VectorCache(directory)


def search(trans: Document | Embedded, candidates: Iterable[Path | str], *, encoder: SentenceEncoder | None = None,
           cache: VectorCache | None = None,
           params: FindParams = FindParams()) -> tuple[FindReport, dict[str, Document]]:
    """Rank candidate files as the original of `trans`; also return the documents read, by path.

    `trans` may come already embedded (`embed_document`), to rank one text
    against several folders without encoding it again.
    """
    encoder = encoder or default_encoder()
    arguments = [Path(candidate) for candidate in candidates]
    cache = cache or VectorCache(None)
    trans_embedded = trans if isinstance(trans, Embedded) else None
    trans = trans.document if isinstance(trans, Embedded) else trans
    exclude = Path(trans.path) if trans.path else None
    paths = collect_paths(arguments, exclude=exclude)
    if not paths:
        raise InputError(f"no candidate files (.txt, .md, .html) in {', '.join(map(str, arguments))}")
    files, skipped = read_candidates(paths)
    embedded, empty = embed_candidates(files, encoder, cache)
    skipped += empty
    if not embedded:
        raise InputError(f"none of the {len(paths)} candidate files could be read as Turkish text")
    trans_embedded = trans_embedded or embed_document(trans, encoder)
    if not trans_embedded.sentences:
        raise InputError(f"{trans.path or 'the translation'}: no sentences to compare")
    report = rank_candidates(trans_embedded, embedded, params, skipped)
    return report, {item.name: item.document for item in embedded}


def find_original(trans: Document | Embedded, candidates: Iterable[Path | str], *,
                  encoder: SentenceEncoder | None = None, cache: VectorCache | None = None,
                  params: FindParams = FindParams()) -> FindReport:
    """Rank candidate files (or folders of them) as the Turkish original of `trans`."""
    return search(trans, candidates, encoder=encoder, cache=cache, params=params)[0]


def choose_original(folder: Path | str, trans: Document, encoder: SentenceEncoder | None = None, *,
                    cache: VectorCache | None = None,
                    params: FindParams = FindParams()) -> tuple[Document, FindReport]:
    """Pick the original of `trans` from a folder; `NoLikelyOriginal` when none is convincing."""
    report, documents = search(trans, [folder], encoder=encoder, cache=cache, params=params)
    if report.original is None:
        raise NoLikelyOriginal(report)
    return documents[report.original.path], report
