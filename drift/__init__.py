"""drift: find where an English translation drifted from its Turkish original.

    >>> import drift
    >>> alignment = drift.align(turkish_text, english_text)
    >>> [bead.kind for bead in alignment.beads]
    >>> report = drift.check(turkish_text, english_text)
    >>> [(f.code, f.trans.text if f.trans else None, f.expected) for f in report.findings]
"""

import sys
import types

__version__ = "0.1.0"
__all__ = ["align", "align_documents", "check", "check_documents", "__version__"]

_PIPELINE = frozenset(__all__) - {"__version__"}


class _Package(types.ModuleType):
    """The `drift` package, whose API functions load drift.pipeline on first use.

    Every `drift.*` import runs this file first, so it must stay cheap: a cold
    `drift check` starts its encoder in a child process only once the command
    line is imported, and drift.pipeline (numpy, the aligner) would delay that.
    """

    def __getattr__(self, name: str):
        if name not in _PIPELINE:
            raise AttributeError(f"module 'drift' has no attribute {name!r}")
        from drift import pipeline

        function = getattr(pipeline, name)
        super().__setattr__(name, function)
        return function

    def __setattr__(self, name: str, value) -> None:
        # Importing the subpackage drift.align binds it here; `drift.align` stays the function, as before.
        if name in _PIPELINE and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
