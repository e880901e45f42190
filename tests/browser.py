"""Headless Chromium (Debian's `chromium`) driven by Playwright, for the tests that need a real browser.

Skipped, with a message saying how to get them, where Chromium or Playwright
is missing; CI sets DRIFT_REQUIRE_BROWSER=1, which turns the skip into a
failure. Never runs `playwright install`: the browser is the system's.
"""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager

import pytest

CHROMIUM = os.environ.get("DRIFT_CHROMIUM", "/usr/bin/chromium")
HOW_TO_GET_IT = (
    "to run it, install Chromium (Debian/Ubuntu: apt-get install chromium; or set DRIFT_CHROMIUM to a Chromium "
    "binary) and Playwright for Python (in the test extra: pip install -e '.[test]'); never `playwright install`"
)
LAUNCH_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"]


def missing() -> str | None:
    """Why no browser test can run here, or None."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed"
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)) and not shutil.which(CHROMIUM):
        return f"no Chromium at {CHROMIUM}"
    return None


def skip_or_fail_without_browser() -> None:
    reason = missing()
    if reason:
        message = f"browser test skipped: {reason}; {HOW_TO_GET_IT}"
        if os.environ.get("DRIFT_REQUIRE_BROWSER"):
            pytest.fail(message.replace("skipped", "required (DRIFT_REQUIRE_BROWSER is set) but cannot run"))
        pytest.skip(message)


@contextmanager
def chromium():
    """A launched headless Chromium (skips or fails first when there is none)."""
    skip_or_fail_without_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which(CHROMIUM) or CHROMIUM, args=LAUNCH_ARGS)
        try:
            yield browser
        finally:
            browser.close()
