"""Screenshots of `drift serve` checking samples/s400, on a wide screen and on a phone (for the docs).

Usage: python tools/screenshot_serve.py docs/   (writes serve-form.png, serve-wide.png and serve-phone.png)
Starts `drift serve` on a free loopback port, pastes the sample pair into the
form as an editor would, and photographs the form and the report. Needs
Debian's `chromium` and Playwright for Python (in the test extra); it never
downloads a browser.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAUNCH_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start(port: int) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-c", "from drift.cli import run; run()", "serve", "--port",
                                str(port), "--no-config"], stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2):
                return process
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise SystemExit("drift serve did not start")


def _check(page, base: str) -> None:
    page.goto(base + "/")
    page.fill("#orig_text", (ROOT / "samples/s400/tr.txt").read_text(encoding="utf-8"))
    page.fill("#trans_text", (ROOT / "samples/s400/en.txt").read_text(encoding="utf-8"))
    with page.expect_navigation(timeout=120_000):
        page.click("#submit")


def main(folder: Path) -> None:
    from playwright.sync_api import sync_playwright

    folder.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    server = _start(port)
    base = f"http://127.0.0.1:{port}"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=LAUNCH_ARGS)
            wide = browser.new_page(viewport={"width": 1400, "height": 1000}, device_scale_factor=1)
            wide.goto(base + "/")
            wide.fill("#orig_text", (ROOT / "samples/s400/tr.txt").read_text(encoding="utf-8")[:600])
            wide.fill("#trans_url", "https://example.org/news/s-400-ukraine")
            wide.screenshot(path=str(folder / "serve-form.png"))
            _check(wide, base)
            mark = wide.locator("td.en mark.m.primary").nth(1)
            mark.scroll_into_view_if_needed()
            mark.click()
            wide.wait_for_timeout(100)
            wide.screenshot(path=str(folder / "serve-wide.png"))
            phone = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2)
            _check(phone, base)
            phone.locator(".findlist a").first.click()
            phone.wait_for_timeout(100)
            phone.screenshot(path=str(folder / "serve-phone.png"))
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    for name in ("serve-form.png", "serve-wide.png", "serve-phone.png"):
        print(folder / name)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs")
