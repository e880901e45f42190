"""Candidate files: folders, formats, HTML text, what gets skipped and why."""

from __future__ import annotations

import logging

import pytest

from drift.errors import InputError
from drift.find.inputs import collect_paths, html_to_text, looks_turkish, read_candidate, read_candidates

TURKISH = "Bakan, iki ülke arasındaki ticaret hacminin geçen yıl 2,4 milyar dolar olduğunu söyledi.\n"
ENGLISH = "The minister said that trade between the two countries was 2.4 billion dollars last year.\n"


def test_html_to_text_keeps_the_article_and_drops_the_page():
    page = """<!DOCTYPE html><html><head><title>Başlık | Site</title><style>p {color: red}</style>
    <script>var x = "<p>not text</p>";</script></head><body><nav><a href="/">Ana sayfa</a></nav>
    <article><h1>Büyük keşif</h1><p>Bakan &quot;tarihi&quot; dedi.<br>İkinci satır.</p>
    <p>Üçüncü   paragraf&nbsp;burada.</p></article><footer>&copy; 2025</footer></body></html>"""
    assert html_to_text(page) == 'Büyük keşif\nBakan "tarihi" dedi.\nİkinci satır.\nÜçüncü paragraf burada.\n'


@pytest.mark.parametrize(("text", "expected"), [(TURKISH, True), (ENGLISH, False), ("2025 — 1.250", False)])
def test_looks_turkish(text, expected):
    assert looks_turkish(text) is expected


def test_collect_paths_walks_folders_sorted_and_skips_what_is_not_a_candidate(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".drift-cache").mkdir()
    for name in ("a.txt", "b/c.md", "b/d.html", "b/e.htm", "image.png", ".drift-cache/x.txt", "notes.TXT"):
        (tmp_path / name).write_text(TURKISH, encoding="utf-8")
    trans = tmp_path / "b" / "en.txt"
    trans.write_text(ENGLISH, encoding="utf-8")
    paths = collect_paths([tmp_path, tmp_path / "a.txt"], exclude=trans)
    assert [path.relative_to(tmp_path).as_posix() for path in paths] == [
        "a.txt", "b/c.md", "b/d.html", "b/e.htm", "notes.TXT"]


def test_collect_paths_names_a_missing_argument(tmp_path):
    with pytest.raises(InputError, match="missing.txt: no such file or folder"):
        collect_paths([tmp_path / "missing.txt"])


def test_read_candidate_reads_html_as_text(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><p>{TURKISH}</p><script>x()</script></body></html>", encoding="utf-8")
    candidate = read_candidate(page)
    assert candidate.document.text == TURKISH
    assert candidate.document.path == str(page) and len(candidate.sha256) == 64


def test_unusable_files_are_skipped_with_a_reason(tmp_path, caplog):
    files = {
        "good.txt": TURKISH.encode(),
        "copy.txt": TURKISH.encode(),
        "binary.txt": bytes(range(256)),
        "latin.txt": "Bakan ülke".encode("iso-8859-9") + b"\x81",  # 0x81: in no encoding drift reads
        "empty.txt": b"",
        "english.txt": ENGLISH.encode(),
        "blank.html": b"<html><script>x()</script></html>",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    with caplog.at_level(logging.INFO, logger="drift.find.inputs"):
        read, skipped = read_candidates(sorted(tmp_path.iterdir()))
    assert [file.document.path for file in read] == [str(tmp_path / "copy.txt")]
    reasons = {item.path.rsplit("/", 1)[-1]: item.reason for item in skipped}
    assert reasons == {
        "binary.txt": "not a text file (it contains binary data)",
        "blank.html": "no text in the page",
        "empty.txt": "the file is empty",
        "english.txt": "not Turkish",
        "good.txt": f"same content as {tmp_path / 'copy.txt'}",
        "latin.txt": "not text in any encoding drift recognises (UTF-8, UTF-16, Windows-1254 or ISO-8859-9): "
                     "byte 0x81 at offset 10; save it as UTF-8 or name its encoding with --encoding",
    }
    warnings = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 4 and all(message.startswith("skipping ") for message in warnings)
