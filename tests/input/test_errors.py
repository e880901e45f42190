"""Every mistake a user can make is one line and exit code 2; a bug is a short message, exit 3, and --debug.

The commands run in-process through `drift.cli.main`, as the console script does.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest

import drift.pipeline
from drift.cli import main
from drift.errors import DriftError, InputError, UsageError
from drift.pair_check import WrongPairError


def _one_line(capsys) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("drift: error: "), captured.err
    assert "Traceback" not in captured.err and captured.out == ""
    return lines[0]


def _inputs(tmp_path, samples) -> dict[str, str]:
    """Files a user might hand drift by mistake."""
    pdf = tmp_path / "article.pdf.txt"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n"
                    b"\x00\x01\x02x\x9c\x03\x00endstream")
    archive = tmp_path / "articles.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("tr.txt", "Bir haber.")
    odd_name = tmp_path / "line\nbreak.txt"
    odd_name.write_bytes(b"")
    (tmp_path / "page.html").write_text("<html><head><script>x()</script></head><body></body></html>", encoding="utf-8")
    return {"pdf": str(pdf), "zip": str(archive), "odd name": str(odd_name), "page": str(tmp_path / "page.html"),
            "en": str(samples / "metro" / "en.txt"), "tr": str(samples / "metro" / "tr.txt"),
            "folder": str(tmp_path)}


@pytest.mark.parametrize(("args", "message"), [
    (["check", "{pdf}", "{en}"], "not a text file (it contains binary data)"),
    (["check", "{zip}", "{en}"], "not a text file (it contains binary data)"),
    (["align", "{odd name}", "{en}"], "the file is empty"),
    (["check", "{page}", "{en}"], "no article text in the page"),
    (["check", "{tr}", "{en}", "--encoding", "klingon"], "unknown encoding 'klingon' (--encoding)"),
    (["check", "{tr}", "{en}", "--encoding", "side=utf-8"], "--encoding side=utf-8: unknown side 'side'"),
    (["check", "{tr}", "{en}", "--encoding", "orig="], "--encoding orig=: no encoding name"),
    (["check", "{tr}", "{en}", "--encoding", "utf-16"], "not valid utf-16 text"),
    (["check", "{tr}", "{en}", "-o", "{folder}/missing/report.json"], "does not exist"),
    (["check", "{tr}", "{en}", "-o", "{tr}"], "refusing to overwrite an input file"),
    (["check", "{en}", "{tr}"], "the files seem swapped"),
    (["lint", "{zip}"], "not a text file"),
])
def test_user_mistakes_are_one_line_and_exit_2(tmp_path, samples, capsys, args, message):
    inputs = _inputs(tmp_path, samples)
    assert main([arg.format(**inputs) for arg in args]) == 2
    assert message in _one_line(capsys)


def test_an_output_that_cannot_be_written_is_a_usage_error(tmp_path, samples, capsys, monkeypatch):
    def no_space(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sys.modules["drift.output"], "_create_temporary", no_space)
    target = tmp_path / "report.json"
    assert main(["align", str(samples / "metro" / "tr.txt"), str(samples / "metro" / "en.txt"), "-f", "json",
                 "-o", str(target)]) == 2
    assert _one_line(capsys) == f"drift: error: --output {target}: cannot write there (No space left on device)"


def test_a_bug_is_short_says_where_to_report_and_hides_the_traceback(samples, capsys, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("the aligner fell over\nwith a second line")

    monkeypatch.setattr(drift.pipeline, "check_documents", broken)
    pair = [str(samples / "metro" / "tr.txt"), str(samples / "metro" / "en.txt")]
    assert main(["check", *pair, "--no-config"]) == 3
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    assert captured.err.startswith(
        "drift: error: internal error: RuntimeError: the aligner fell over with a second line; this is a bug in "
        "drift: please report it on the drift project's issue tracker")
    assert "add --debug for the traceback" in captured.err
    with pytest.raises(RuntimeError, match="fell over"):
        main(["check", *pair, "--no-config", "--debug"])


def test_the_error_family():
    assert all(issubclass(kind, DriftError) for kind in (InputError, UsageError, WrongPairError))


def test_the_console_script_exit_code_for_a_user_mistake(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = subprocess.run([sys.executable, "-m", "drift", "check", str(empty), str(empty)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 2 and result.stderr == f"drift: error: {empty}: the file is empty\n"
