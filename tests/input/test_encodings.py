"""Encodings: every way a Turkish article arrives gives the same findings as clean UTF-8.

The table (also in the README's "Input" section): the article pair saved in
each encoding, both files, read back with detection; the findings must equal
those of the UTF-8 files, and the envelope must name the encoding.
"""

from __future__ import annotations

import json

import pytest

from drift.cli import main
from drift.errors import InputError, UsageError
from drift.ingest.encoding import decode
from drift.model import Language
from drift.pipeline import check_documents
from drift.read import read_document
from input.cases import STRAIGHT, assert_spans_exact, comparable, encoded, read_pair, texts

# encoding written -> (encoding recorded for the Turkish file, for the English file)
ENCODINGS = {
    "utf-8": ("utf-8", "utf-8"),
    "utf-8-sig": ("utf-8-sig", "utf-8-sig"),
    "utf-16-le": ("utf-16-le", "utf-16-le"),
    "utf-16-be": ("utf-16-be", "utf-16-be"),
    "cp1254": ("windows-1254", "windows-1254"),
    # ISO-8859-9 has no curly quotes: the article is written with straight ones (and compared with that).
    "iso-8859-9": ("iso-8859-9", "iso-8859-9"),
}


@pytest.fixture(scope="module")
def clean(encoder):
    tr, en = texts()
    report = check_documents(*(_documents(tr, en)), encoder=encoder)
    straight = check_documents(*(_documents(tr.translate(STRAIGHT), en.translate(STRAIGHT))), encoder=encoder)
    return comparable(report), comparable(straight)


def _documents(tr: str, en: str):
    from drift.model import Document

    return Document(tr, Language.TURKISH, path="tr.txt"), Document(en, Language.ENGLISH, path="en.txt")


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_same_findings_in_every_encoding(encoding, clean, encoder, tmp_path):
    tr, en = texts()
    if encoding == "iso-8859-9":
        tr, en = tr.translate(STRAIGHT), en.translate(STRAIGHT)
    (tmp_path / "tr.txt").write_bytes(encoded(tr, encoding))
    (tmp_path / "en.txt").write_bytes(encoded(en, encoding))
    orig, trans = read_pair(tmp_path / "tr.txt", tmp_path / "en.txt")
    assert (orig.text, trans.text) == (tr, en)
    assert (orig.encoding, trans.encoding) == ENCODINGS[encoding]
    report = check_documents(orig, trans, encoder=encoder)
    assert_spans_exact(report)
    assert comparable(report) == clean[1 if encoding == "iso-8859-9" else 0]


def test_turkish_letters_come_out_right_in_the_code_pages():
    letters = "ş ğ ı İ Ş Ğ ç ö ü Ç Ö Ü: Şişli'de ılık bir gün, İğdır'a doğru"
    for encoding in ("cp1254", "iso-8859-9"):
        assert decode(letters.encode(encoding), "x").text == letters
    # A Windows-1254 curly quote (0x93) tells it from ISO-8859-9, where 0x80-0x9F are control codes.
    assert decode("“Şişli”".encode("cp1254"), "x").encoding == "windows-1254"
    assert decode("Şişli".encode("cp1254"), "x").encoding == "iso-8859-9"


def test_envelope_records_the_encoding_and_an_override(tmp_path, capsys):
    tr, en = texts()
    (tmp_path / "tr.txt").write_bytes(tr.encode("cp1254"))
    (tmp_path / "en.txt").write_bytes(en.encode("utf-8"))
    assert main(["align", str(tmp_path / "tr.txt"), str(tmp_path / "en.txt"), "-f", "json"]) == 0
    envelope = json.loads(capsys.readouterr().out)
    assert (envelope["orig"]["encoding"], envelope["orig"]["encoding_detected"]) == ("windows-1254", True)
    assert (envelope["trans"]["encoding"], envelope["trans"]["format"]) == ("utf-8", "text")
    assert main(["align", str(tmp_path / "tr.txt"), str(tmp_path / "en.txt"), "-f", "json",
                 "--encoding", "orig=cp1254"]) == 0
    envelope = json.loads(capsys.readouterr().out)
    assert (envelope["orig"]["encoding"], envelope["orig"]["encoding_detected"]) == ("cp1254", False)
    assert envelope["trans"]["encoding_detected"] is True
    assert envelope["orig"]["sentences"][0]["text"].startswith("Enerji ve Tabii Kaynaklar Bakanı")


def test_override_reads_what_detection_would_not(tmp_path):
    # Cyrillic in Windows-1251 is not a Turkish code page; the user names it and gets the right text.
    path = tmp_path / "ru.txt"
    path.write_bytes("Москва".encode("cp1251"))
    assert read_document(path, Language.ENGLISH, encoding="cp1251").text == "Москва"
    assert read_document(path, Language.ENGLISH).text != "Москва"


@pytest.mark.parametrize(("data", "encoding", "message"), [
    (b"caf\xe9 au lait", "utf-8", "not valid utf-8 text (invalid continuation byte at byte offset 3); "
                                  "check the name given with --encoding"),
    (b"\xff\xfeA\x00B", None, "not valid UTF-16-LE text (truncated data at byte offset 4)"),
    (b"\xff\xfe bad bytes", None, "starts with a UTF-16-LE byte-order mark but does not read as Turkish or English"),
    (b"plain \x81 text", None, "not text in any encoding drift recognises (UTF-8, UTF-16, Windows-1254 or "
                               "ISO-8859-9): byte 0x81 at offset 6"),
    ("Bakan açıkladı, şöyle dedi: ".encode() + b"\xfe" + "ve gitti.".encode(), None,
     "mixes encodings: UTF-8 text with 1 byte(s) that are not UTF-8 (first at offset"),
])
def test_undecodable_files_say_why(tmp_path, data, encoding, message):
    path = tmp_path / "in.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_document(path, Language.TURKISH, encoding=encoding)
    assert str(caught.value).startswith(f"{path}: ") and message in str(caught.value)


def test_unknown_encoding_name_is_a_usage_error(tmp_path):
    path = tmp_path / "in.txt"
    path.write_text("Merhaba", encoding="utf-8")
    with pytest.raises(UsageError, match="unknown encoding 'klingon'"):
        read_document(path, Language.TURKISH, encoding="klingon")


def test_utf16_without_bom_is_recognised():
    tr, _ = texts()
    assert decode(tr.encode("utf-16-le"), "x").text == tr
    assert decode(tr.encode("utf-16-be"), "x").encoding == "utf-16-be"
