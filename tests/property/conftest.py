"""Hypothesis set-up for the property tests (the strategies and the stand-in encoder are in strategies.py).

Runs are derandomised (the same examples on every run, so CI never flakes on
a new draw) and keep no example database in the work tree.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "drift",
    max_examples=500,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# DRIFT_HYPOTHESIS_PROFILE=explore: a fresh random draw, for looking for new failures by hand.
settings.register_profile("explore", parent=settings.get_profile("drift"), derandomize=False)
# DRIFT_HYPOTHESIS_PROFILE=fuzz (`make fuzz`): a random draw and ten times the examples, nightly-style.
settings.register_profile("fuzz", parent=settings.get_profile("drift"), derandomize=False, max_examples=5000)
settings.load_profile(os.environ.get("DRIFT_HYPOTHESIS_PROFILE", "drift"))
