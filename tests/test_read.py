"""Reading files: UTF-8 with or without BOM, CRLF kept, clear errors otherwise."""

from __future__ import annotations

import pytest

from drift.errors import InputError
from drift.model import Language
from drift.read import read_document


def test_bom_is_removed_and_nothing_else_changes(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbfT\xc3\xbcrkiye.\r\nIki.\r\n")
    document = read_document(path, Language.TURKISH)
    assert document.text == "Türkiye.\r\nIki.\r\n"
    assert document.encoding == "utf-8-sig"


def test_plain_utf8(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Zelenskiy’nin açıklaması\n", encoding="utf-8")
    document = read_document(path, Language.TURKISH)
    assert document.text == "Zelenskiy’nin açıklaması\n"
    assert document.encoding == "utf-8"
    assert document.path == str(path)


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: None, "no such file"),
    (lambda p: p.write_bytes(b""), "the file is empty"),
    (lambda p: p.write_bytes(b" \n\r\n"), "the file is empty"),
    (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "not a text file"),
    (lambda p: p.write_bytes(b"\xfe\xff\xfd plain"), "not valid UTF-16-BE text"),
    (lambda p: p.write_bytes(b"plain \x81\x8d text"), "not text in any encoding drift recognises"),
    (lambda p: p.mkdir(), "is a directory"),
])
def test_bad_input_names_the_file(tmp_path, make, message):
    path = tmp_path / "input.txt"
    make(path)
    with pytest.raises(InputError) as caught:
        read_document(path, Language.ENGLISH)
    assert str(path) in str(caught.value)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)
