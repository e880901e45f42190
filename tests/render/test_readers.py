"""What a reader without Turkish gets: flagged words highlighted and kept in view, gists of omitted sentences,
and one finding per stretch of English words."""

from __future__ import annotations

import io

from rich.console import Console

from drift.gist import gist
from drift.lexicon import load_lexicon
from drift.render.html import render_html
from drift.render.text import excerpt, report_view


def _plain(text) -> str:
    console = Console(file=io.StringIO(), width=400, color_system=None)
    console.print(text)
    return console.file.getvalue().strip()


def test_a_long_sentence_is_shortened_around_its_flagged_words():
    sentence = ("Officials said on Monday that the long-delayed agreement, which had been discussed for years by "
                "both governments and several international partners, would finally be signed in Ankara by the "
                "two ministers on Tuesday, March 15, in a ceremony attended by the press.")
    start = sentence.index("Tuesday")
    shown = excerpt(sentence, [(start, start + len("Tuesday"), "bold red underline")], limit=120)
    plain = shown.plain
    assert "Tuesday" in plain and plain.startswith("…") and len(plain) < len(sentence)
    assert any(span.style == "bold red underline" and plain[span.start:span.end] == "Tuesday" for span in shown.spans)
    # Two flagged stretches far apart: both kept, the middle left out.
    first = sentence.index("Monday")
    both = excerpt(sentence, [(first, first + 6, "x"), (start, start + 7, "y")], limit=120).plain
    assert "Monday" in both and "Tuesday" in both and " … " in both
    assert excerpt("A short one.", [(2, 7, "x")]).plain == "A short one."


def test_terminal_report_keeps_every_flagged_word_in_view(s400_report):
    out = _plain(report_view(s400_report))
    for finding in s400_report.findings:
        if finding.trans is not None and len(finding.trans.text) < 60:
            assert " ".join(finding.trans.text.split()) in out
    assert "bead" not in out.lower()


def test_omitted_sentences_get_a_labelled_english_gist(s400_report):
    alignment = s400_report.alignment
    omitted = [" ".join(alignment.orig_sentences[i].text for i in bead.orig)
               for bead in alignment.beads if bead.orig and not bead.trans]
    assert omitted
    html = render_html(s400_report)
    text = _plain(report_view(s400_report))
    for sentence in omitted:
        english = gist(sentence, load_lexicon())
        assert english and english != sentence
        assert english[:40] in " ".join(text.split()) or english[:40] in html
    assert html.count('class="gist"') == len(omitted)
    assert "not a translation" in html and "not a translation" in text


def test_gist_is_word_by_word_english():
    lexicon = load_lexicon()
    english = gist("Bakan, 12 Mart'ta Ankara'ya gitti.", lexicon)
    assert english.endswith(".")
    assert "March" in english and "Ankara" in english and "12" in english
    assert "Mart" not in english and "gitti" not in english


def test_no_two_findings_share_their_english_words(s400_report, hostile_report):
    for report in (s400_report, hostile_report):
        spans = [(f.trans.start, f.trans.end) for f in report.findings if f.trans is not None]
        assert len(spans) == len(set(spans))
    tuesday = [f for f in s400_report.findings if f.trans is not None and f.trans.text == "Tuesday"]
    assert len(tuesday) == 1 and tuesday[0].also  # the weekday reported once, with both reasons
