"""drift.checks.context: readings worked out once per bead (per_bead), per view (per_view), per view and texts
(per_text) or per check run (per_run), and shared by every check that asks."""

from __future__ import annotations

from drift.checks.context import CheckContext, Resources, bead_views, per_bead, per_run, per_text, per_view
from drift.model import Alignment, Bead, Document, Language, Sentence

ORIG = "Kurul yarın toplanacak. Karar haftaya çıkacak."
TRANS = "The board meets tomorrow. The decision comes next week."


def _context(orig: str = ORIG, trans: str = TRANS) -> CheckContext:
    def sentences(text: str) -> tuple[Sentence, ...]:
        cut = text.index(". ") + 1
        return (Sentence(0, 0, cut, text[:cut]), Sentence(1, cut + 1, len(text), text[cut + 1:]))

    alignment = Alignment(Document(orig, Language.TURKISH), Document(trans, Language.ENGLISH), sentences(orig),
                          sentences(trans), (Bead((0,), (0,), 0.8, None, 0.0), Bead((1,), (1,), 0.8, None, 0.0)))
    return CheckContext(alignment, bead_views(alignment), Resources(load_lexicon=lambda: "lexicon"))


def _counting(reader):
    calls = []

    def read(*args):
        calls.append(args)
        return reader(*args)

    return read, calls


def test_a_per_bead_reading_is_worked_out_once_per_bead_and_context():
    read, calls = _counting(lambda context, view: [token.text for token in view.orig_tokens])
    remembered = per_bead(read)
    context = _context()
    first = [remembered(context, view) for view in context.beads]
    assert [remembered(context, view) for view in context.beads] == first and len(calls) == 2
    assert first[0] == ["Kurul", "yarın", "toplanacak"]
    other = _context()  # another run: its own readings
    remembered(other, other.beads[0])
    assert len(calls) == 3


def test_a_per_run_reading_is_worked_out_once_per_context():
    read, calls = _counting(lambda context: len(context.beads))
    remembered = per_run(read)
    context = _context()
    assert remembered(context) == remembered(context) == 2 and len(calls) == 1
    assert remembered(_context()) == 2 and len(calls) == 2  # another run: its own reading


def test_a_per_view_reading_is_kept_on_the_view_and_found_by_a_bead_met_again():
    read, calls = _counting(lambda view: len(view.trans_tokens))
    remembered = per_view(read)
    assert [remembered(view) for view in _context().beads] == [4, 5]
    assert [remembered(view) for view in _context().beads] == [4, 5] and len(calls) == 2  # same content, same views


def test_a_per_text_reading_is_shared_by_equal_texts_and_not_by_others():
    read, calls = _counting(lambda context, view, extra: (context.alignment.trans.text[-5:], extra))
    remembered = per_text(read)
    assert remembered(_context(), _context().beads[0], 1) == ("week.", 1)
    assert remembered(_context(), _context().beads[0], 1) == ("week.", 1) and len(calls) == 1
    assert remembered(_context(), _context().beads[0], 2) == ("week.", 2) and len(calls) == 2
    changed = _context(trans=TRANS.replace("next week", "this week"))
    assert changed.beads[0] is _context().beads[0]  # the first bead is the same content...
    assert remembered(changed, changed.beads[0], 1) == ("week.", 1) and len(calls) == 3  # ...in another text
