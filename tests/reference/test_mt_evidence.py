"""The word diff of reference mode as the `--mt` evidence uses it (drift.mt.evidence), with renderings written by
hand: no model, so it runs in the normal suite."""

from __future__ import annotations

import drift
from drift.lexicon import load_lexicon
from drift.mt.evidence import with_mt_evidence

TURKISH = "Belediye meclisi yeni otoparkı onayladı. Proje iki yıl sürecek."
ENGLISH = "The city council rejected the new car park. The project will last two years."


def test_a_rendering_that_agrees_raises_no_finding_and_keeps_every_one(encoder):
    plain = drift.check(TURKISH, ENGLISH, encoder=encoder)
    rendering = ("The municipal council approved the new car park.", "The project will last two years.")
    report = with_mt_evidence(plain, rendering, "hand-written", load_lexicon())
    assert report.mt is not None and report.mt.sentences == rendering
    by_place = {(f.code, f.trans, f.orig): f for f in report.findings}
    for finding in plain.findings:
        assert by_place[(finding.code, finding.trans, finding.orig)].confidence >= finding.confidence
    # A rendering in other words that mean the same supports the English: no word of it is unsupported.
    same = with_mt_evidence(plain, ("The town council rejected the new car park.", "The project will go on for "
                                    "two years."), "hand-written", load_lexicon())
    assert not [f for f in same.findings if f.code == "R301" and f.trans.text in ("council", "last")]
