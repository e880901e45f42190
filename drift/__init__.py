"""drift: find where an English translation drifted from its Turkish original.

    >>> import drift
    >>> alignment = drift.align(turkish_text, english_text)
    >>> [bead.kind for bead in alignment.beads]
    >>> report = drift.check(turkish_text, english_text)
    >>> [(f.code, f.trans.text if f.trans else None, f.expected) for f in report.findings]
"""

from drift.pipeline import align, align_documents, check, check_documents

__version__ = "0.1.0"
__all__ = ["align", "align_documents", "check", "check_documents", "__version__"]
