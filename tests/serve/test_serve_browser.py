"""`drift serve` in a real browser: paste, upload or link a pair, read the report, on a wide and a narrow screen."""

from __future__ import annotations

import json

import pytest

from browser import chromium
from render.conftest import HOSTILE_EN, HOSTILE_TR
from serve.conftest import SERVE_MAX_BYTES


@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


@pytest.fixture()
def page(browser, served):
    """A fresh page on the form, recording dialogs and every address it requests."""
    opened = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    opened.dialogs, opened.requests = [], []
    opened.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
    opened.on("request", lambda request: opened.requests.append(request.url))
    opened.goto(served + "/")
    yield opened
    opened.close()


def _submit(page) -> None:
    with page.expect_navigation(timeout=120_000):
        page.click("#submit")


def _report_count(page) -> int:
    return int(page.inner_text(".summary .big"))


def _sample(samples, name: str) -> str:
    return (samples / "s400" / name).read_text(encoding="utf-8")


def test_paste_the_sample_pair_and_see_its_findings(page, samples, sample_findings):
    page.fill("#orig_text", _sample(samples, "tr.txt"))
    page.fill("#trans_text", _sample(samples, "en.txt"))
    # What the page shows while the check runs, noted where it outlives the page (this tab's session storage).
    page.evaluate("document.getElementById('check').addEventListener('submit', () => setTimeout(() => "
                  "sessionStorage.setItem('busy', getComputedStyle(document.getElementById('progress')).display"
                  " + ' ' + document.getElementById('submit').disabled), 0))")
    _submit(page)
    shown, disabled = page.evaluate("sessionStorage.getItem('busy')").split()
    assert shown != "none" and disabled == "true"
    assert _report_count(page) == sample_findings > 0
    assert page.locator(".fnote").count() == sample_findings
    assert page.locator("mark.m.primary:not(.cont)").count() == sample_findings


def test_upload_files(page, samples, sample_findings):
    page.set_input_files("#orig_file", str(samples / "s400" / "tr.txt"))
    page.set_input_files("#trans_file", str(samples / "s400" / "en.txt"))
    _submit(page)
    assert _report_count(page) == sample_findings


def test_two_urls_fetched_by_the_server(page, site, sample_findings):
    base, _ = site
    page.fill("#orig_url", f"{base}/tr.txt")
    page.fill("#trans_url", f"{base}/en.txt")
    _submit(page)
    assert _report_count(page) == sample_findings
    assert f"{base}/en.txt" in page.inner_text(".top")


def test_web_pages_by_url_are_read_as_articles(page, site):
    base, _ = site
    page.fill("#orig_url", f"{base}/tr.html")
    page.fill("#trans_url", f"{base}/en.html")
    _submit(page)
    assert _report_count(page) > 0
    body = page.inner_text("table.beads")
    assert "About us" not in body and "Sport" not in body  # menus and footers are not the article


@pytest.mark.parametrize("problem", ["oversized", "binary", "unreachable", "missing", "not a pair", "two at once"])
def test_bad_input_gets_a_message_on_the_page(page, samples, site, problem, tmp_path):
    base, _ = site
    english = _sample(samples, "en.txt")
    if problem == "oversized":
        page.fill("#orig_text", "Uzun bir metin. " * (SERVE_MAX_BYTES // 16 + 100))
        page.fill("#trans_text", english)
        expected = "limit"
    elif problem == "binary":
        picture = tmp_path / "photo.txt"
        picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
        page.set_input_files("#orig_file", str(picture))
        page.fill("#trans_text", english)
        expected = "photo.txt"
    elif problem == "unreachable":
        page.fill("#orig_url", f"{base}/no-such-page.html")
        page.fill("#trans_text", english)
        expected = "404"
    elif problem == "missing":
        page.fill("#trans_text", english)
        expected = "Original: paste the text"
    elif problem == "not a pair":
        # Two English texts said to be a Turkish original and its translation (left at "detected", they would
        # be read as a wire story and its copy).
        page.select_option("#original", "tr")
        page.fill("#orig_text", english)
        page.fill("#trans_text", english)
        expected = "English"
    else:
        page.fill("#orig_text", _sample(samples, "tr.txt"))
        page.fill("#orig_url", f"{base}/tr.txt")
        page.fill("#trans_text", english)
        expected = "only one"
    _submit(page)
    message = page.locator("#message")
    assert message.is_visible()
    assert expected in message.inner_text()
    assert "Traceback" not in page.content()
    if problem != "oversized":  # a form too large to read has nothing to give back
        assert page.input_value("#trans_text").replace("\r\n", "\n").strip() == english.strip()  # nothing to retype


def test_narrow_screen_has_no_horizontal_overflow(page, samples, browser):
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.fill("#orig_text", _sample(samples, "tr.txt"))
    page.fill("#trans_text", _sample(samples, "en.txt"))
    _submit(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    orig, trans = page.locator("tbody.bead td.side.tr").first, page.locator("tbody.bead td.side.en").first
    assert orig.bounding_box()["y"] < trans.bounding_box()["y"]  # stacked: the Turkish above the English
    page.locator("mark.m.primary").first.click()  # an open note stays on the screen too
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_wide_screen_shows_both_columns(page, samples):
    page.fill("#orig_text", _sample(samples, "tr.txt"))
    page.fill("#trans_text", _sample(samples, "en.txt"))
    _submit(page)
    orig, trans = page.locator("tbody.bead td.side.tr").first, page.locator("tbody.bead td.side.en").first
    left, right = orig.bounding_box(), trans.bounding_box()
    assert left["y"] == right["y"] and left["x"] + left["width"] <= right["x"] + 1
    assert left["width"] > 400 and right["width"] > 400
    assert page.evaluate("document.documentElement.scrollWidth") <= 1400


def _in_view(page, selector: str) -> bool:
    return page.evaluate("s => { const r = document.querySelector(s).getBoundingClientRect();"
                         " return r.top >= 0 && r.bottom <= window.innerHeight; }", selector)


def test_next_and_previous_move_between_findings(page, samples, sample_findings):
    page.fill("#orig_text", _sample(samples, "tr.txt"))
    page.fill("#trans_text", _sample(samples, "en.txt"))
    _submit(page)
    assert page.locator(".findlist li").count() == sample_findings
    page.locator(".findlist a").nth(2).click()
    assert page.evaluate("location.hash") == "#f-2" and _in_view(page, "#f-2")
    for number in range(3, sample_findings):
        page.locator(f"#f-{number - 1} a.next").click()
        assert page.evaluate("location.hash") == f"#f-{number}" and _in_view(page, f"#f-{number}")
    assert page.locator(f"#f-{sample_findings - 1} a.next").count() == 0  # the last has no next
    page.locator(f"#f-{sample_findings - 1} a.prev").click()
    assert page.evaluate("location.hash") == f"#f-{sample_findings - 2}"
    assert page.locator("#f-0 a.prev").count() == 0


def test_downloads_carry_the_report(page, samples, sample_findings, tmp_path):
    page.fill("#orig_text", _sample(samples, "tr.txt"))
    page.fill("#trans_text", _sample(samples, "en.txt"))
    _submit(page)
    with page.expect_download() as download:
        page.click("text=Download JSON")
    saved = tmp_path / "report.json"
    download.value.save_as(saved)
    envelope = json.loads(saved.read_text(encoding="utf-8"))
    assert len(envelope["findings"]) == sample_findings
    with page.expect_download() as download:
        page.click("text=Download HTML")
    download.value.save_as(tmp_path / "report.html")
    assert "<!DOCTYPE html>" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_hostile_markup_is_shown_as_text_and_runs_nothing(page, served):
    page.fill("#orig_text", HOSTILE_TR)
    page.fill("#trans_text", HOSTILE_EN)
    _submit(page)
    for mark in page.locator("mark.m").all():
        mark.hover()
        mark.click()
    page.wait_for_timeout(200)
    assert page.evaluate("typeof window.__pwned") == "undefined" and page.dialogs == []
    text = " ".join(page.inner_text("table.beads").split())
    for line in HOSTILE_EN.splitlines():
        assert " ".join(line.split()) in text
    assert page.locator("table.beads script, table.beads img, table.beads svg, table.beads iframe").count() == 0
    # The form shown again with a message keeps the pasted markup as text too.
    page.goto(served + "/")
    page.fill("#trans_text", HOSTILE_EN)
    _submit(page)
    assert page.locator("#message").is_visible()
    assert page.input_value("#trans_text").replace("\r\n", "\n") == HOSTILE_EN
    assert page.evaluate("typeof window.__pwned") == "undefined" and page.dialogs == []
    assert all(url.startswith(served) for url in page.requests)  # nothing loaded from anywhere else
