"""`drift serve` over plain HTTP (no browser needed): the form, the check, the messages, and refusing a busy port."""

from __future__ import annotations

import socket
import subprocess
import sys
import urllib.error
import urllib.request
import uuid


def _post(url: str, fields: dict[str, str], files: dict[str, tuple[str, bytes]] | None = None) -> tuple[int, str]:
    boundary = uuid.uuid4().hex
    body = b""
    for name, value in fields.items():
        body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").encode()
    for name, (filename, data) in (files or {}).items():
        body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\n"
                 f"Content-Type: application/octet-stream\r\n\r\n").encode() + data + b"\r\n"
    body += f"--{boundary}--\r\n".encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    try:
        with urllib.request.urlopen(request, timeout=120) as answer:
            return answer.status, answer.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def test_form_and_check(served, samples, sample_findings):
    with urllib.request.urlopen(served + "/", timeout=10) as answer:
        page = answer.read().decode("utf-8")
        assert "default-src 'none'" in answer.headers["Content-Security-Policy"]
    assert 'name="orig_text"' in page and 'name="trans_url"' in page and 'type="file"' in page
    status, report = _post(served + "/check", {
        "orig_text": (samples / "s400" / "tr.txt").read_text(encoding="utf-8"),
        "trans_text": (samples / "s400" / "en.txt").read_text(encoding="utf-8")})
    assert status == 200 and f'<span class="big">{sample_findings}</span>' in report
    assert 'download="drift-report.json"' in report and 'download="drift-report.html"' in report


def test_messages_not_tracebacks(served, samples):
    status, page = _post(served + "/check", {"orig_text": "", "trans_text": "Hello."},
                         {"orig_file": ("scan.pdf", b"%PDF-1.7\n\x00\x01\x02\x03" * 50)})
    assert status == 422 and 'id="message"' in page and "scan.pdf" in page and "Traceback" not in page
    status, page = _post(served + "/check", {"orig_text": "<script>alert(1)</script>", "trans_text": ""})
    assert status == 422 and "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # given back in the form, as text


def test_a_busy_port_is_one_line_and_exit_2(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = subprocess.run([sys.executable, "-c", "from drift.cli import run; run()", "serve", "--port",
                                 str(port), "--no-config"], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "cannot listen" in result.stderr and str(port) in result.stderr


def test_an_english_original_is_read_as_the_reference(served, samples):
    """The editor's wire story and the copy rewritten from it: chosen on the form, or two English texts."""
    faithful = (samples / "s400" / "en_faithful.txt").read_text(encoding="utf-8")
    copy = (samples / "s400" / "en.txt").read_text(encoding="utf-8")
    with urllib.request.urlopen(served + "/", timeout=10) as answer:
        assert 'name="original"' in answer.read().decode("utf-8")
    for fields in ({"original": "en"}, {"original": "detect"}, {}):
        status, report = _post(served + "/check", {"orig_text": faithful, "trans_text": copy, **fields})
        assert status == 200 and "R104" in report and "Zhelensky" in report
    status, report = _post(served + "/check", {"orig_text": faithful, "trans_text": faithful, "original": "en"})
    assert status == 200 and '<span class="big">0</span>' in report
