"""Saved web pages: the article is extracted, the page around it is not, findings match the plain text.

tests/input/data/gas-discovery.{tr,en}.html are pages written for these tests
around the samples/dev/gas-discovery articles: navigation, a cookie banner,
ad slots (one inside the article body), breaking-news ticker, share links,
related stories, a comment section with comments, scripts and a footer.
"""

from __future__ import annotations

import json

import pytest

from drift.cli import main
from drift.config import Config
from drift.errors import InputError
from drift.find.inputs import html_to_text
from drift.ingest.html import extract_article
from drift.model import Document, Language, SourceFormat
from drift.pipeline import check_documents
from drift.read import read_document
from input.cases import DATA, assert_spans_exact, read_pair, texts

TR_HEADLINE = "Karadeniz'de 84 milyar metreküplük yeni doğal gaz keşfi"
EN_HEADLINE = "New natural gas find of 84 billion cubic metres in the Black Sea"
PAGE_ONLY = {
    "tr": ["REKLAM", "Reklam", "kredi kartı", "Bodrum", "çerez", "Kabul et", "Gündem", "Magazin", "SON DAKİKA",
           "Ana Sayfa", "Ekonomi Servisi", "paylaş", "Etiketler", "İlgili Haberler", "Akaryakıta", "Yorumlar",
           "vatandas_34", "faturalar hiç düşmüyor", "Gönder", "Emeklilere", "Künye", "JavaScript", "dataLayer",
           "yapılandırılmış veridir", "Günlük Pusula"],
    "en": ["Skip to content", "Subscribe", "Newsletters", "Opinion", "Advertisement", "VPN", "Share on", "By Staff",
           "Sponsored", "weird trick", "Topics", "Most read", "Lira slips", "Antalya", "Comments", "EnergyWatcher",
           "bills never go down", "Leave a comment", "All rights reserved", "cookies", "googletag",
           "Thanks for reading", "Bosphorus Daily Wire", "Energy\n"],
}


@pytest.fixture(scope="module")
def pages():
    return read_pair(DATA / "gas-discovery.tr.html", DATA / "gas-discovery.en.html")


def test_the_extracted_text_is_the_article(pages):
    orig, trans = pages
    tr, en = texts()
    assert orig.text == f"{TR_HEADLINE}\n{tr}"
    assert trans.text == f"{EN_HEADLINE}\n{en}"
    for document, side in ((orig, "tr"), (trans, "en")):
        assert document.source_format is SourceFormat.HTML
        assert document.extraction.startswith("trafilatura ")
        for words in PAGE_ONLY[side]:
            assert words not in document.text, words


def test_findings_on_the_pages_match_the_plain_text(pages, encoder):
    tr, en = texts()
    # Every basis, held-back ones too: what is compared is the reading of the pages, not which findings the
    # confidence table shows by default.
    config = Config(preview=True)
    plain = check_documents(Document(f"{TR_HEADLINE}\n{tr}", Language.TURKISH, path="tr.txt"),
                            Document(f"{EN_HEADLINE}\n{en}", Language.ENGLISH, path="en.txt"), encoder=encoder,
                            config=config)
    report = check_documents(*pages, encoder=encoder, config=config)
    assert_spans_exact(report)
    assert len(report.findings) >= 8
    assert report.findings == plain.findings
    assert report.alignment.beads == plain.alignment.beads


def test_json_gives_the_extracted_text_the_offsets_point_into(capsys):
    pages = [str(DATA / "gas-discovery.tr.html"), str(DATA / "gas-discovery.en.html")]
    assert main(["check", *pages, "--no-config", "-f", "json", "--fail-on", "never"]) == 0
    envelope = json.loads(capsys.readouterr().out)
    for side in ("orig", "trans"):
        document = envelope[side]
        assert document["format"] == "html" and document["extraction"].startswith("trafilatura ")
        for sentence in document["sentences"]:
            assert document["text"][sentence["start"]:sentence["end"]] == sentence["text"]
    for finding in envelope["findings"]:
        for side in ("orig", "trans"):
            if finding[side]:
                span = finding[side]
                assert envelope[side]["text"][span["start"]:span["end"]] == span["text"]


def test_plain_text_input_carries_no_copy_of_itself(capsys, samples):
    assert main(["align", str(samples / "metro" / "tr.txt"), str(samples / "metro" / "en.txt"), "-f", "json"]) == 0
    envelope = json.loads(capsys.readouterr().out)
    assert "text" not in envelope["orig"] and envelope["orig"]["format"] == "text"


def test_find_original_reads_candidate_pages_with_the_same_extractor():
    page = (DATA / "gas-discovery.tr.html").read_text(encoding="utf-8")
    assert html_to_text(page) == f"{TR_HEADLINE}\n{texts()[0]}"


def test_a_page_saved_as_txt_is_still_a_page(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_bytes((DATA / "gas-discovery.tr.html").read_bytes())
    assert read_document(path, Language.TURKISH).text == f"{TR_HEADLINE}\n{texts()[0]}"


def test_a_page_with_no_text_says_so(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>var x = 1;</script><style>p {}</style></head><body></body></html>",
                    encoding="utf-8")
    with pytest.raises(InputError, match="no article text in the page"):
        read_document(path, Language.TURKISH)


def test_control_characters_in_a_page_are_no_crash():
    # Found by fuzz/fuzz_read.py: escape codes that lxml refuses to hold.
    extraction = extract_article("<html><body><div>d-tj;=\x1b\x1b\x1bÛÛÛ\x1b</div><p>Bir\x1b cümle.</p></body></html>")
    assert "Bir" in extraction.text and "\x1b" not in extraction.text


def test_a_page_the_extractor_finds_no_article_in_keeps_its_visible_text():
    # An old CMS laid out with a table: no article element for the extractor, but text a reader sees.
    extraction = extract_article("<html><body><table><tr><td>Bakan açıkladı. Yarın gidecek.</td></tr></table>"
                                 "<script>alert(1)</script></body></html>")
    assert (extraction.text, extraction.method) == ("Bakan açıkladı. Yarın gidecek.\n", "visible text")
