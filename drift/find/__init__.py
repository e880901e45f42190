"""Find the likely Turkish original of an English text among candidate files.

    >>> from drift.find import default_cache_dir, find_original, VectorCache
    >>> report = find_original(trans_document, ["candidates/"], cache=VectorCache(default_cache_dir()))
    >>> report.original, report.runner_up, report.margin, report.confidence, report.verdict

`rank` is the pure core (documents and vectors in, a `FindReport` out);
`inputs` reads candidate files, `cache` keeps their vectors on disk, `search`
joins them, `render` turns a report into text or JSON.
"""

from drift.find.cache import VectorCache, default_cache_dir
from drift.find.model import CandidateScore, Embedded, FindParams, FindReport, Skipped
from drift.find.search import (
    NoLikelyOriginal, choose_original, embed_document, embed_documents, find_original, search,
)

__all__ = [
    "CandidateScore", "Embedded", "FindParams", "FindReport", "NoLikelyOriginal", "Skipped", "VectorCache",
    "choose_original", "default_cache_dir", "embed_document", "embed_documents", "find_original", "search",
]
