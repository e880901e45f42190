"""Hostile and careless input: what drift must refuse, never replace, never wait on, never crash on.

Each test is a reproducer of docs/robustness.md: an output path that is not a
regular file, an input that never ends, a codec that is not a text encoding,
a file name that is not UTF-8, a lone surrogate through the API, and terminal
controls in an article. Everything is written under pytest's tmp_path.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
import warnings

import pytest

from drift.cli import main
from drift.errors import InputError, UsageError
from drift.model import Language
from drift.output import write_text
from drift.read import read_document, read_input_bytes, shown_name

ENGLISH = "The minister said on Monday that the new bridge would open in 2026.\nIt will cost 40 million lira.\n"


def _error(capsys) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("drift: error: "), captured.err
    assert "Traceback" not in captured.err
    return lines[0]


@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "en.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    return path


def _snapshot(path):
    info = os.lstat(path)
    content = path.read_bytes() if stat.S_ISREG(info.st_mode) else None
    return stat.S_IFMT(info.st_mode), stat.S_IMODE(info.st_mode), info.st_ino, content, \
        os.readlink(path) if stat.S_ISLNK(info.st_mode) else None


# -o onto what is not a regular file ---------------------------------------------------------------

def test_output_onto_dev_null_is_refused_and_dev_null_unchanged(article, capsys):
    before = os.stat("/dev/null")
    assert main(["lint", str(article), "-o", "/dev/null"]) == 2
    assert "/dev/null: is a device" in _error(capsys)
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)


def test_output_onto_a_device_node_is_refused(article, tmp_path, capsys):
    node = tmp_path / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, OSError):
        pytest.skip("mknod needs privileges here")
    before = _snapshot(node)
    assert main(["lint", str(article), "-o", str(node)]) == 2
    assert "is a device" in _error(capsys)
    assert _snapshot(node) == before


def test_output_onto_a_fifo_is_refused_without_waiting(article, tmp_path, capsys):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    before = _snapshot(fifo)
    started = time.monotonic()
    assert main(["lint", str(article), "-o", str(fifo)]) == 2
    assert time.monotonic() - started < 30
    assert "named pipe" in _error(capsys)
    assert _snapshot(fifo) == before


def test_output_onto_a_folder_is_refused(article, tmp_path, capsys):
    assert main(["lint", str(article), "-o", str(tmp_path)]) == 2
    assert "is a directory" in _error(capsys)


def test_output_onto_a_symlink_is_refused_unless_asked(article, tmp_path, capsys):
    real = tmp_path / "real.txt"
    real.write_text("keep me\n")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    before_link, before_real = _snapshot(link), _snapshot(real)
    assert main(["lint", str(article), "-o", str(link)]) == 2
    message = _error(capsys)
    assert "symbolic link" in message and "--follow-symlinks" in message
    assert _snapshot(link) == before_link and _snapshot(real) == before_real
    assert main(["lint", str(article), "-o", str(link), "--follow-symlinks", "-f", "json"]) == 0
    assert os.path.islink(link) and os.readlink(link) == str(real)  # the link stays a link
    assert real.read_text().startswith("{")


def test_write_baseline_and_output_on_one_file_are_refused(article, tmp_path, capsys):
    same = tmp_path / "baseline.json"
    same.write_text('{"keep": true}\n')
    before = _snapshot(same)
    assert main(["lint", str(article), "--write-baseline", str(same), "-o", str(same)]) == 2
    assert "--write-baseline" in _error(capsys)
    assert _snapshot(same) == before


def test_check_write_baseline_and_output_on_one_file_are_refused(tmp_path, samples, capsys):
    same = tmp_path / "baseline.json"
    assert main(["check", str(samples / "metro" / "tr.txt"), str(samples / "metro" / "en.txt"),
                 "--write-baseline", str(same), "-o", str(same), "--no-config"]) == 2
    assert "--write-baseline" in _error(capsys)
    assert not same.exists()


def test_output_onto_an_input_is_refused_and_the_input_unchanged(article, capsys):
    before = _snapshot(article)
    assert main(["lint", str(article), "-o", str(article)]) == 2
    assert "refusing to overwrite an input file" in _error(capsys)
    assert _snapshot(article) == before


def test_output_dash_is_standard_output(article, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["lint", str(article), "-f", "json", "-o", "-"]) == 0
    assert capsys.readouterr().out.startswith("{")
    assert not (tmp_path / "-").exists()


def test_an_existing_file_keeps_its_mode_and_a_new_one_is_0644_under_the_default_umask(article, tmp_path):
    kept = tmp_path / "kept.json"
    kept.write_text("old\n")
    kept.chmod(0o600)
    old = os.umask(0o022)
    try:
        assert main(["lint", str(article), "-f", "json", "-o", str(kept)]) == 0
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600 and kept.read_text().startswith("{")
        kept.chmod(0o640)
        write_text("again\n", kept)
        assert stat.S_IMODE(kept.stat().st_mode) == 0o640
        fresh = tmp_path / "fresh.json"
        assert main(["lint", str(article), "-f", "json", "-o", str(fresh)]) == 0
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
        baseline = tmp_path / "baseline.json"
        assert main(["lint", str(article), "--write-baseline", str(baseline), "-f", "json", "-o", "-"]) == 0
        assert stat.S_IMODE(baseline.stat().st_mode) == 0o644
    finally:
        os.umask(old)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_the_writer_refuses_before_touching_anything(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(UsageError, match="named pipe"):
        write_text("x", fifo)
    with pytest.raises(UsageError, match="does not exist"):
        write_text("x", tmp_path / "missing" / "out.txt")
    source = tmp_path / "source.txt"
    source.write_text("source\n")
    with pytest.raises(UsageError, match="input file"):
        write_text("x", tmp_path / "." / "source.txt", protected=[source])
    assert source.read_text() == "source\n" and sorted(p.name for p in tmp_path.iterdir()) == ["pipe", "source.txt"]


# batch -o onto a foreign file ---------------------------------------------------------------------

@pytest.mark.parametrize("content", [b"my notes, no newline at the end", b"line one\nline two without end",
                                     b'{"schema":"drift/1","kind":"other"}\n'])
def test_batch_output_onto_a_foreign_file_leaves_it_byte_identical(tmp_path, content):
    from drift.batch.results import ResultsFile, ResultsFileError

    notes = tmp_path / "notes.txt"
    notes.write_bytes(content)
    with pytest.raises(ResultsFileError):
        ResultsFile.open(notes)
    assert notes.read_bytes() == content


def test_batch_output_refuses_devices_fifos_and_links(tmp_path, capsys):
    manifest = tmp_path / "pairs.csv"
    (tmp_path / "tr.txt").write_text("Bakan pazartesi günü köprünün açılacağını söyledi.\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    manifest.write_text("orig,trans\ntr.txt,en.txt\n")
    fifo = tmp_path / "results.fifo"
    os.mkfifo(fifo)
    link = tmp_path / "results.link"
    link.symlink_to(tmp_path / "elsewhere.jsonl")
    for target, reason in (("/dev/null", "is a device"), (str(fifo), "named pipe"), (str(link), "symbolic link"),
                           ("-", "results file")):
        assert main(["batch", str(manifest), "-o", target, "-q"]) == 2
        assert reason in _error(capsys)
    assert not (tmp_path / "elsewhere.jsonl").exists() and stat.S_ISFIFO(os.lstat(fifo).st_mode)


# inputs that never end, or are not files ----------------------------------------------------------

def test_dev_zero_is_refused_at_once(capsys):
    started = time.monotonic()
    assert main(["lint", "/dev/zero"]) == 2
    assert "not a regular file" in _error(capsys)
    assert time.monotonic() - started < 10


def test_a_fifo_input_with_no_writer_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "in.fifo"
    os.mkfifo(fifo)
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "drift", "lint", str(fifo)], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2 and "named pipe" in result.stderr, result.stderr
    assert time.monotonic() - started < 120


def test_the_reader_reads_at_most_one_byte_past_the_limit(tmp_path):
    with pytest.raises(InputError, match="not a regular file"):
        read_input_bytes("/dev/zero", 1000)
    proc = "/proc/self/status"
    if os.path.exists(proc):  # st_size 0 says nothing: the limit still holds
        assert len(read_input_bytes(proc, 100_000)) > 0
        with pytest.raises(InputError, match="limit"):
            read_input_bytes(proc, 10)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 5000)
    assert read_input_bytes(big, 5000) == b"a" * 5000
    with pytest.raises(InputError, match="5 KB is more than the 4 KB limit"):
        read_input_bytes(big, 4000)


def test_standard_input_is_read_and_a_silent_pipe_times_out(tmp_path):
    env = {**os.environ, "DRIFT_READ_TIMEOUT": "2"}
    fed = subprocess.run([sys.executable, "-m", "drift", "lint", "-", "-f", "json"], input=ENGLISH,
                         capture_output=True, text=True, timeout=120, env=env)
    assert fed.returncode == 0 and fed.stdout.startswith("{"), fed.stderr
    reading, writing = os.pipe()  # a writer that stays open and says nothing
    try:
        started = time.monotonic()
        silent = subprocess.run([sys.executable, "-m", "drift", "lint", "-"], stdin=reading, capture_output=True,
                                text=True, env=env, timeout=120)
    finally:
        os.close(reading)
        os.close(writing)
    assert silent.returncode == 2 and "nothing more to read after 2 s" in silent.stderr, silent.stderr
    assert time.monotonic() - started < 60


# encodings and file names ---------------------------------------------------------------------------

@pytest.mark.parametrize("codec", ["rot13", "base64", "hex", "zlib", "no-such-codec"])
def test_only_text_encodings_are_accepted(article, capsys, codec):
    assert main(["lint", str(article), "--encoding", codec]) == 2
    message = _error(capsys)
    assert codec in message and "utf-8" in message and "windows-1254" in message


def test_check_refuses_a_codec_that_is_not_text(samples, capsys):
    assert main(["check", str(samples / "metro" / "tr.txt"), str(samples / "metro" / "en.txt"),
                 "--encoding", "trans=rot13"]) == 2
    assert "not a text encoding" in _error(capsys)


def test_a_file_name_that_is_not_utf8_works_for_input_and_output(tmp_path, capsys):
    folder = os.fsencode(tmp_path)
    source = folder + b"/caf\xe9.txt"
    with open(source, "wb") as stream:
        stream.write(ENGLISH.encode())
    output = folder + b"/r\xe9port.json"
    assert main(["lint", os.fsdecode(source), "-f", "json", "-o", os.fsdecode(output)]) == 0
    with open(output, "rb") as stream:
        assert b"caf\\\\xe9.txt" in stream.read()  # the name, escaped, in the JSON's path
    assert main(["lint", os.fsdecode(source)]) == 0
    assert "caf\\xe9.txt" in capsys.readouterr().out
    assert main(["lint", os.fsdecode(folder + b"/missing\xff.txt")]) == 2
    assert "missing\\xff.txt: no such file" in _error(capsys)
    assert shown_name(b"a\xff") == "a\\xff" and shown_name(os.fsdecode(b"a\xff")) == "a\\xff"


# the Python API ---------------------------------------------------------------------------------------

def test_a_lone_surrogate_through_the_api_is_replaced_with_a_warning():
    import drift
    from drift.lint import lint

    with pytest.warns(UnicodeWarning, match="lone surrogates"):
        report = lint("The minister\udcff said on Monday that it was over.\n")
    assert "\ufffd" in report.alignment.trans.text and "\udcff" not in report.alignment.trans.text
    with pytest.warns(UnicodeWarning):
        report = drift.check("Bakan pazartesi günü\ud800 köprünün açılacağını söyledi.\n",
                             "The minister said on Monday\udfff that the bridge would open.\n", pair_check=False)
    assert "\ufffd" in report.alignment.orig.text and "\ufffd" in report.alignment.trans.text
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        lint("Nothing odd here.\n")  # no warning without a surrogate


# terminal controls ------------------------------------------------------------------------------------

# A file with BEL or backspace is refused as binary (drift.ingest.encoding); ESC and C1 controls are not.
HOSTILE_FILE = ("\x1b]0;owned\x1b\\\x1b[2JThe minister said on Monday\x9b31m that the bridge would open on Tuesday, "
                "24 May 2026.\x1b[8m\r\nIt will cost 40 million lira.\n")
HOSTILE = ("\x1b]0;owned\x07\x1b[2JThe minister said on Monday\x9b31m that the bridge would open on Sunday, "
           "24 May 2026.\x1b[8m\r\nIt will cost 40 million lira\x08\x08.\n")


def test_escape_sequences_never_reach_the_terminal(tmp_path, capsys):
    path = tmp_path / "en.txt"
    path.write_text(HOSTILE_FILE, encoding="utf-8")
    named = tmp_path / "x\x1b[2Jy.txt"
    named.write_text(HOSTILE_FILE, encoding="utf-8")
    for target in (path, named):
        assert main(["lint", str(target), "--preview"]) in (0, 1)
        out = capsys.readouterr()
        for control in ("\x1b", "\x07", "\x9b", "\x08", "\r"):
            assert control not in out.out and control not in out.err
        assert "\\x1b" in out.out  # shown, as an escape, in the finding's quote
    report = tmp_path / "report.txt"
    assert main(["lint", str(path), "--preview", "-o", str(report)]) in (0, 1)
    assert "\x1b" not in report.read_text(encoding="utf-8")


def test_the_text_renderer_escapes_controls_in_findings():
    from io import StringIO

    from rich.console import Console

    from drift.lint import lint
    from drift.render.text import report_view

    report = lint(HOSTILE.replace("Sunday", "Tuesday"))
    console = Console(file=StringIO(), width=120, color_system=None)
    console.print(report_view(report))
    shown = console.file.getvalue()
    assert "\x1b" not in shown and "\\x1b" in shown or not report.findings


def test_a_missing_file_named_with_escapes_is_reported_escaped(tmp_path, capsys):
    assert main(["lint", str(tmp_path / "\x1b]0;t\x07.txt")]) == 2
    message = _error(capsys)
    assert "\x1b" not in message and "\\x1b]0;t\\x07.txt" in message


def test_read_document_of_stdin_name(monkeypatch, tmp_path):
    source = tmp_path / "in.txt"
    source.write_text(ENGLISH)
    with open(source, "rb") as stream:
        monkeypatch.setattr(sys, "stdin", stream)
        document = read_document("-", Language.ENGLISH)
    assert document.text == ENGLISH and document.path == "-"
