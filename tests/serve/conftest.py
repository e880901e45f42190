"""A running `drift serve` and a loopback web server with pages to fetch, for the serve and URL tests."""

from __future__ import annotations

import functools
import http.server
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from drift.model import Document, Language
from drift.pipeline import check_documents

# Small enough for a test to exceed it with a pasted text; the sample pair is far below it.
SERVE_MAX_BYTES = 40_000

PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<script>window.__tracked = 1;</script></head>
<body><nav><a href="/">Home</a> · <a href="/world">World</a> · <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1>
{paragraphs}
</article>
<footer>© The Paper · <a href="/about">About us</a> · <a href="/contact">Contact</a></footer>
</body></html>
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def as_page(text: str, lang: str) -> str:
    """A news page around a text: its first line the headline, each further line a paragraph, menus around."""
    from html import escape

    lines = [line for line in text.splitlines() if line.strip()]
    return PAGE.format(lang=lang, title=escape(lines[0]),
                       paragraphs="\n".join(f"<p>{escape(line)}</p>" for line in lines[1:]))


@pytest.fixture(scope="session")
def site(tmp_path_factory, samples):
    """A loopback http server over a folder holding the sample pair as text and as web pages; yields (url, folder)."""
    folder = tmp_path_factory.mktemp("site")
    for name, lang in (("tr", "tr"), ("en", "en")):
        text = (samples / "s400" / f"{name}.txt").read_text(encoding="utf-8")
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.html").write_text(as_page(text, lang), encoding="utf-8")
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (folder / "big.txt").write_text("Kelime " * 20_000, encoding="utf-8")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", folder
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def served(tmp_path_factory):
    """`drift serve` running in a child process on a free loopback port; yields its base URL."""
    port = free_port()
    logs = tmp_path_factory.mktemp("serve") / "serve.log"
    with open(logs, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-c", "from drift.cli import run; run()", "serve", "--port", str(port),
             "--max-bytes", str(SERVE_MAX_BYTES), "--timeout", "5", "--no-config"],
            stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path_factory.mktemp("serve-cwd"))
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while True:
        try:
            with urllib.request.urlopen(f"{base}/health", timeout=2) as answer:
                if answer.status == 200:
                    break
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"drift serve did not start: {logs.read_text(errors='replace')}")
        time.sleep(0.3)
    yield base
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture(scope="session")
def sample_findings(encoder, samples) -> int:
    """How many findings `drift check` reports on the sample pair (the count the page must show)."""
    sample = samples / "s400"
    orig = Document((sample / "tr.txt").read_text(encoding="utf-8"), Language.TURKISH)
    trans = Document((sample / "en.txt").read_text(encoding="utf-8"), Language.ENGLISH)
    return len(check_documents(orig, trans, encoder=encoder).findings)
