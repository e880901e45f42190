"""What pins a result: versions, models and options, recorded in every envelope."""

from __future__ import annotations

import dataclasses
from typing import Any

from drift.align import AlignParams
from drift.embed import SentenceEncoder


def signature(encoder: SentenceEncoder, params: AlignParams, **extra: Any) -> dict[str, Any]:
    """Everything that can change the output, so two runs can be compared."""
    from drift import __version__

    return {"drift": __version__, "encoder": encoder.name, "align": dataclasses.asdict(params), **extra}
