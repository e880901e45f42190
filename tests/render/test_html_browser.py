"""The HTML report in a real browser: headless Chromium (Debian's `chromium`) driven by Playwright.

Skipped, with a message saying how to get them, where Chromium or Playwright
is missing; CI installs Chromium and sets DRIFT_REQUIRE_BROWSER=1, which turns
the skip into a failure. Never runs `playwright install`: the browser is the
system's. A screenshot is kept in build/test-artifacts/ (or $DRIFT_ARTIFACTS).
"""

from __future__ import annotations

import pytest

from browser import chromium
from drift.model import Category, Severity
from drift.render.html import render_html


@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


@pytest.fixture()
def open_report(browser, tmp_path):
    """Write a report's HTML to a file, open it, and record every request and dialog."""
    pages = []

    def open_(report, name="report.html"):
        path = tmp_path / name
        path.write_text(render_html(report), encoding="utf-8")
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.requests, page.dialogs = [], []
        page.on("request", lambda request: page.requests.append(request.url))
        page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(path.as_uri())
        pages.append(page)
        return page

    yield open_
    for page in pages:
        page.close()


def _visible_notes(page) -> int:
    return page.evaluate("Array.from(document.querySelectorAll('.fnote')).filter(e => e.offsetParent).length")


def _highlighted(page, selector: str) -> int:
    return page.evaluate(
        "sel => Array.from(document.querySelectorAll(sel))"
        ".filter(e => getComputedStyle(e).backgroundColor !== 'rgba(0, 0, 0, 0)').length",
        selector,
    )


def test_marks_equal_findings_and_screenshot(s400_report, open_report, artifacts):
    page = open_report(s400_report)
    findings = len(s400_report.findings)
    assert page.locator("mark.m.primary:not(.cont)").count() == findings
    ids = page.evaluate("Array.from(new Set(Array.from(document.querySelectorAll('mark.m')).map(m => m.dataset.f)))")
    assert len(ids) == findings
    assert _highlighted(page, "mark.m.primary:not(.cont)") == findings
    assert page.locator("td.gap").count() == 4  # two omitted Turkish sentences, two added English ones
    page.locator("mark.m.primary").nth(1).hover()
    shot = artifacts / "html-report-s400.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 50_000


def test_filters_change_what_is_visible(s400_report, open_report):
    page = open_report(s400_report)
    findings = s400_report.findings
    minor = sum(f.severity is Severity.MINOR for f in findings)
    omission = sum(f.category is Category.OMISSION for f in findings)
    assert minor and omission
    assert _visible_notes(page) == len(findings)
    page.uncheck("#show-sev-minor")
    assert _visible_notes(page) == len(findings) - minor
    assert _highlighted(page, "mark.m.sev-minor") == 0
    assert _highlighted(page, "mark.m.primary.sev-critical") == sum(f.severity is Severity.CRITICAL for f in findings)
    page.check("#show-sev-minor")
    page.uncheck("#show-cat-omission")
    assert _visible_notes(page) == len(findings) - omission
    page.check("#show-cat-omission")
    assert _visible_notes(page) == len(findings)
    beads = page.locator("tbody.bead")
    with_findings = len({f.bead for f in findings})
    page.check("#only-flagged")
    assert len([i for i in range(beads.count()) if beads.nth(i).is_visible()]) == with_findings
    page.uncheck("#only-flagged")
    assert len([i for i in range(beads.count()) if beads.nth(i).is_visible()]) == len(s400_report.alignment.beads)


def test_note_on_hover_and_on_click(s400_report, open_report):
    page = open_report(s400_report)
    tip = "m => getComputedStyle(m, '::after').display + '|' + getComputedStyle(m, '::after').content"
    mark = page.locator("mark.m.primary").first
    assert page.evaluate(f"({tip})(document.querySelector('mark.m.primary'))").startswith("none")
    mark.hover()
    shown = mark.evaluate(tip)
    assert shown.startswith("block") and s400_report.findings[0].message[:30] in shown
    other = page.locator("mark.m.primary").nth(3)
    other.click()  # a click focuses the mark: its note stays after the pointer leaves
    page.mouse.move(5, 5)
    assert other.evaluate(tip).startswith("block")


def test_hostile_article_runs_nothing(hostile_report, hostile_english, open_report):
    page = open_report(hostile_report, "hostile.html")
    for mark in page.locator("mark.m").all():
        mark.hover()
        mark.click()
    for link in page.locator("a").all():
        link.click()
    page.wait_for_timeout(200)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.dialogs == []
    assert {url.split("#")[0] for url in page.requests} == {page.url.split("#")[0]}  # nothing else was loaded
    text = page.inner_text("body")
    for line in hostile_english.splitlines():
        assert " ".join(line.split()) in " ".join(text.split())
    assert page.locator("script, img, svg, iframe").count() == 0


def test_only_flagged_follows_the_filters(s400_report, open_report):
    page = open_report(s400_report)
    findings = s400_report.findings
    page.uncheck("#show-sev-minor")
    page.check("#only-flagged")
    beads = page.locator("tbody.bead")
    shown = {i for i in range(beads.count()) if beads.nth(i).is_visible()}
    assert shown == {f.bead for f in findings if f.severity is not Severity.MINOR}
    assert shown != {f.bead for f in findings}  # some sentence pair had only minor findings
    page.check("#show-sev-minor")
    page.uncheck("#show-cat-omission")
    shown = {i for i in range(beads.count()) if beads.nth(i).is_visible()}
    assert shown == {f.bead for f in findings if f.category is not Category.OMISSION}


def test_static_report_fits_a_phone_and_prints(s400_report, open_report):
    page = open_report(s400_report)
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    for mark in page.locator("mark.m.primary").all()[:4]:
        mark.click()
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.emulate_media(media="print")
    assert not page.locator(".filters").is_visible() and not page.locator(".findlist").is_visible()
    assert page.locator(".fnote").first.is_visible()  # the notes are printed with the text
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 20_000


def test_findings_list_links_every_note_in_order(s400_report, open_report):
    page = open_report(s400_report)
    links = page.eval_on_selector_all(".findlist a", "links => links.map(a => a.getAttribute('href'))")
    assert links == [f"#f-{n}" for n in range(len(s400_report.findings))]
    page.locator("#f-0 a.next").click()
    assert page.evaluate("location.hash") == "#f-1"
    page.locator("#f-1 a.prev").click()
    assert page.evaluate("location.hash") == "#f-0"
