"""What pins a result: versions, models, options and the confidence table, recorded in every envelope."""

from __future__ import annotations

import dataclasses
from typing import Any

from drift.align import AlignParams
from drift.embed import SentenceEncoder


def signature(encoder: SentenceEncoder, params: AlignParams, **extra: Any) -> dict[str, Any]:
    """Everything that can change the output, so two runs can be compared.

    The confidence table is part of it: it sets each finding's confidence and decides which bases of a stable
    check are held back, so the same code with a rebuilt table may show other findings.
    """
    from drift import __version__
    from drift.checks._confidence import table_sha256

    return {"drift": __version__, "encoder": encoder.name, "align": dataclasses.asdict(params),
            "confidence": table_sha256(), **extra}
