"""`drift check URL URL` and the fetcher under it: pages read as saved pages are, and every failure a message."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from drift.errors import InputError
from drift.ingest.fetch import document_from_bytes, fetch, is_url, read_url
from drift.model import Language, SourceFormat
from drift.read import read_document


def _drift(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from drift.cli import run; run()", *args],
                          capture_output=True, text=True, cwd=cwd, timeout=300)


def _findings(stdout: str) -> list[tuple]:
    return [(f["code"], f["severity"], f["message"], f["expected"], (f["trans"] or {}).get("text"),
             (f["orig"] or {}).get("text")) for f in json.loads(stdout)["findings"]]


@pytest.mark.parametrize("kind", ["html", "txt"])
def test_check_two_urls_gives_the_findings_of_the_saved_files(site, tmp_path, kind):
    base, folder = site
    by_url = _drift("check", f"{base}/tr.{kind}", f"{base}/en.{kind}", "-f", "json", "--no-config", cwd=tmp_path)
    by_file = _drift("check", str(folder / f"tr.{kind}"), str(folder / f"en.{kind}"), "-f", "json", "--no-config",
                     cwd=tmp_path)
    assert by_url.returncode == by_file.returncode == 1, by_url.stderr
    assert _findings(by_url.stdout) == _findings(by_file.stdout)
    assert len(_findings(by_url.stdout)) > 0
    assert json.loads(by_url.stdout)["trans"]["path"] == f"{base}/en.{kind}"


def test_check_a_url_against_a_file(site, tmp_path):
    base, folder = site
    mixed = _drift("check", f"{base}/tr.txt", str(folder / "en.txt"), "-f", "json", "--no-config", cwd=tmp_path)
    files = _drift("check", str(folder / "tr.txt"), str(folder / "en.txt"), "-f", "json", "--no-config", cwd=tmp_path)
    assert _findings(mixed.stdout) == _findings(files.stdout)


@pytest.mark.parametrize("name, words", [("missing.html", "404"), ("picture.png", "image/png"),
                                         ("big.txt", "limit")])
def test_bad_url_is_one_line_and_exit_2(site, tmp_path, name, words):
    base, _ = site
    result = _drift("check", f"{base}/{name}", f"{base}/en.txt", "--max-bytes", "100000", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and words in result.stderr and "Traceback" not in result.stderr


def test_unreachable_host_is_a_message(tmp_path):
    from serve.conftest import free_port

    with pytest.raises(InputError, match="cannot reach"):
        fetch(f"http://127.0.0.1:{free_port()}/tr.html", timeout=2)


def test_only_http_and_https():
    assert is_url("https://example.org/a") and is_url("HTTP://127.0.0.1:80/")
    assert not is_url("file:///etc/passwd") and not is_url("ftp://example.org/a") and not is_url("tr.txt")
    with pytest.raises(InputError, match="not a web address"):
        fetch("file:///etc/passwd")


def test_a_page_by_url_is_the_document_of_the_saved_page(site):
    base, folder = site
    fetched = read_url(f"{base}/en.html", Language.ENGLISH)
    saved = read_document(folder / "en.html", Language.ENGLISH)
    assert fetched.text == saved.text and fetched.source_format is SourceFormat.HTML
    assert "About us" not in fetched.text


def test_bytes_become_the_document_a_file_would():
    document = document_from_bytes("# Başlık\n\nMetin.\n".encode("utf-8"), "story.md", Language.TURKISH)
    assert document.source_format is SourceFormat.MARKDOWN and document.text.startswith("# Başlık")
    with pytest.raises(InputError, match="binary|not text|image"):
        document_from_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "photo.txt",
                            Language.TURKISH)
    with pytest.raises(InputError, match="empty"):
        document_from_bytes(b"", "nothing.txt", Language.TURKISH)
