"""The HTML report without a browser: self-contained, escaped, deterministic, one mark per finding."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from drift.model import Alignment, Bead, Category, Document, Finding, Language, Report, Sentence, Severity, Span
from drift.render.html import render_html


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _tags(page: str) -> list[tuple[str, dict]]:
    parser = _Tags()
    parser.feed(page)
    return parser.tags


def test_one_primary_mark_per_finding_and_counterparts(s400_report):
    page = render_html(s400_report)
    marks = [attrs for tag, attrs in _tags(page) if tag == "mark"]
    primary = [m for m in marks if "primary" in m["class"].split() and "cont" not in m["class"].split()]
    assert len(primary) == len(s400_report.findings)
    assert sorted(int(m["data-f"]) for m in primary) == list(range(len(s400_report.findings)))
    for number, finding in enumerate(s400_report.findings):
        mine = [m for m in marks if m["data-f"] == str(number) and "cont" not in m["class"].split()]
        assert len(mine) == (finding.trans is not None) + (finding.orig is not None)
        assert all(f"sev-{finding.severity.value}" in m["class"] for m in mine)


def test_self_contained_and_no_script(s400_report):
    page = render_html(s400_report)
    tags = _tags(page)
    assert not [tag for tag, _ in tags if tag in {"script", "link", "img", "iframe", "object", "embed", "base"}]
    assert not [attrs for _, attrs in tags if "src" in attrs or any(name.startswith("on") for name in attrs)]
    assert not re.search(r"https?://", page)
    assert "url(" not in page
    csp = [attrs["content"] for tag, attrs in tags if tag == "meta" and attrs.get("http-equiv")]
    assert csp and "default-src 'none'" in csp[0]


def test_summary_and_gaps(s400_report):
    page = render_html(s400_report)
    assert f'<span class="big">{len(s400_report.findings)}</span>' in page
    omissions = sum(bead.is_omission for bead in s400_report.alignment.beads)
    additions = sum(bead.is_addition for bead in s400_report.alignment.beads)
    assert page.count("left out of the English") == omissions == 2
    assert page.count("added in the English: no Turkish source") == additions == 2
    assert "of Turkish sentences" in page and "of English sentences" in page
    for level in Severity:
        assert f'id="show-sev-{level.value}"' in page
    for kind in Category:
        assert f'id="show-cat-{kind.value}"' in page


def test_deterministic(s400_report):
    assert render_html(s400_report) == render_html(s400_report)


def test_hostile_article_is_escaped(hostile_report, hostile_english):
    page = render_html(hostile_report)
    tags = _tags(page)
    assert not [tag for tag, _ in tags if tag in {"script", "img", "svg", "iframe", "object", "embed"}]
    assert all(attrs.get("href", "#").startswith("#") for _, attrs in tags)
    assert not [name for _, attrs in tags for name in attrs if name.startswith("on")]
    shown = unescape(re.sub(r"<[^>]+>", "", page))  # the text a reader sees, marks removed
    for line in hostile_english.splitlines():
        assert line in shown


def _tiny_report(text_en: str, spans: list[tuple[int, int]]) -> Report:
    orig = Document("Bir cümle.", Language.TURKISH)
    trans = Document(text_en, Language.ENGLISH)
    alignment = Alignment(orig, trans, (Sentence(0, 0, 10, "Bir cümle."),),
                          (Sentence(0, 0, len(text_en), text_en),), (Bead((0,), (0,), 0.9, None, 0.1),))
    findings = tuple(
        Finding("D101", "name-spelling", Category.NAME, Severity.MINOR, 0.9, f"finding {n}",
                Span(s, e, text_en[s:e]), None, 0)
        for n, (s, e) in enumerate(spans)
    )
    return Report(alignment, findings)


def test_crossing_and_nested_spans_keep_one_primary_each():
    text = "abcdefghijklmnopqrstuvwxyz"
    report = _tiny_report(text, [(0, 10), (5, 15), (2, 4), (2, 4), (20, 20)])
    page = render_html(report)
    marks = [attrs for tag, attrs in _tags(page) if tag == "mark"]
    assert len([m for m in marks if "primary" in m["class"].split() and "cont" not in m["class"].split()]) == 5
    assert len([m for m in marks if "cont" in m["class"].split()]) == 1
    cell = re.search(r'<td class="side en" lang="en">(.*?)</td>', page, re.DOTALL).group(1)
    assert re.sub(r"<[^>]+>", "", cell) == text  # nothing lost or doubled
    assert cell.count("<mark") == cell.count("</mark>")
