"""drift: find where an English translation drifted from its Turkish original.

    >>> import drift
    >>> alignment = drift.align(turkish_text, english_text)
    >>> [bead.kind for bead in alignment.beads]
"""

from drift.pipeline import align, align_documents

__version__ = "0.1.0"
__all__ = ["align", "align_documents", "__version__"]
