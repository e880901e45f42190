"""Render the HTML report of samples/s400 in headless Chromium and save a screenshot (for the README).

Usage: python tools/screenshot_report.py docs/html-report.png
Needs Debian's `chromium` (apt-get install chromium) and Playwright for Python
(in the test extra); it never downloads a browser.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAUNCH_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"]


def main(target: Path) -> None:
    from playwright.sync_api import sync_playwright

    from drift.model import Language
    from drift.pipeline import check_documents
    from drift.read import read_document
    from drift.render.html import render_html

    report = check_documents(read_document("samples/s400/tr.txt", Language.TURKISH),
                             read_document("samples/s400/en.txt", Language.ENGLISH))
    with tempfile.TemporaryDirectory() as folder:
        page_path = Path(folder) / "report.html"
        page_path.write_text(render_html(report), encoding="utf-8")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=LAUNCH_ARGS)
            page = browser.new_page(viewport={"width": 1360, "height": 1060}, device_scale_factor=1)
            page.goto(page_path.as_uri())
            # Show a note the way a reader sees it: hover the wrong title in bead 3.
            mark = page.locator("td.en mark.m.primary.cat-mistranslation").first
            box = mark.bounding_box()
            page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
            page.wait_for_timeout(100)
            target.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(target))
            browser.close()


if __name__ == "__main__":
    import os

    os.chdir(ROOT)
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "html-report.png")
