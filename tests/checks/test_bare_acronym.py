"""D702 bare-acronym: a Turkish acronym the original spells out, left bare in the English."""

from __future__ import annotations

import pytest
from findings import findings_of

ORIG = "Türkiye İstatistik Kurumu (TÜİK) verilerine göre enflasyon yüzde 40 oldu."


def _bare(orig: str, trans: str, encoder):
    return [finding.trans.text for finding in findings_of("D702", orig, trans, encoder)]


def test_a_bare_turkish_acronym_is_flagged(encoder):
    assert _bare(ORIG, "According to TÜİK data, inflation was 40 percent.", encoder) == ["TÜİK"]
    # Without its accents it is the same acronym.
    assert _bare(ORIG, "According to TUIK data, inflation was 40 percent.", encoder) == ["TUIK"]


@pytest.mark.parametrize("trans", [
    "According to the Turkish Statistical Institute (TÜİK), inflation was 40 percent.",
    "According to TÜİK (the Turkish Statistical Institute), inflation was 40 percent.",
    "According to TÜİK, the Turkish Statistical Institute, inflation was 40 percent.",
    "According to TurkStat, inflation was 40 percent.",
])
def test_an_introduced_or_translated_acronym_is_not_flagged(trans, encoder):
    assert _bare(ORIG, trans, encoder) == []


def test_an_acronym_made_of_other_words_is_left_alone(encoder):
    # NATO is not made from the Turkish name's letters: English uses it as it is.
    orig = "Kuzey Atlantik Antlaşması Örgütü (NATO) zirvesi yarın başlıyor."
    assert _bare(orig, "The NATO summit begins tomorrow.", encoder) == []


def test_only_the_first_use_is_judged(encoder):
    orig = ORIG + " TÜİK, verileri her ay açıklıyor."
    trans = ("According to the Turkish Statistical Institute (TÜİK), inflation was 40 percent. "
             "TÜİK publishes the data every month.")
    assert _bare(orig, trans, encoder) == []


def test_a_place_before_the_spelt_out_name_is_no_part_of_it(encoder):
    # "Ankara'daki" qualifies the agency; the acronym is made of the words after it.
    orig = "Bakan, fırlatışı Ankara'daki Türkiye Uzay Ajansı (TUA) merkezinde izledi."
    assert _bare(orig, "The minister watched the launch at TUA headquarters in Ankara.", encoder) == ["TUA"]
    assert _bare(orig, "The minister watched the launch at the Turkish Space Agency (TUA) in Ankara.", encoder) == []


@pytest.mark.parametrize(("orig", "trans", "flagged"), [
    # An acronym that opens with the initials of the name's first two words, though a later letter is no
    # initial of it (a body that kept its acronym through a change of name).
    ("Ege Zeytin Üreticileri Derneği (EZÜB) rekolte tahminini açıkladı.",
     "EZÜB announced its harvest forecast.", ["EZÜB"]),
    ("Ege Zeytin Üreticileri Derneği (EZÜB) rekolte tahminini açıkladı.",
     "The Aegean Olive Growers' Association (EZÜB) announced its harvest forecast.", []),
    # Two parts joined by a hyphen are one acronym.
    ("Karadeniz Balıkçılar Birliği (KAR-BİR) av yasağını eleştirdi.", "KAR-BİR criticised the fishing ban.",
     ["KAR-BİR"]),
    ("Karadeniz Balıkçılar Birliği (KAR-BİR) av yasağını eleştirdi.",
     "The Black Sea Fishermen's Union (KAR-BİR) criticised the fishing ban.", []),
])
def test_acronyms_a_body_kept_and_hyphenated_acronyms(orig, trans, flagged, encoder):
    assert _bare(orig, trans, encoder) == flagged


# "ACR, the ..." is a gloss only when its words describe the body; a new clause after the comma is none.
@pytest.mark.parametrize(("trans", "flagged"), [
    ("According to TÜİK, the prices of bread rose fastest.", ["TÜİK"]),
    ("According to data from TÜİK, the price of bread was the item that rose fastest.", ["TÜİK"]),
    ("According to TÜİK, the statistics institute, the prices of bread rose fastest.", []),
    ("According to TÜİK, the national agency for figures, the prices of bread rose fastest.", []),
])
def test_a_comma_clause_is_a_gloss_only_when_it_describes_the_body(trans, flagged, encoder):
    orig = "Türkiye İstatistik Kurumu (TÜİK) verilerine göre ekmek fiyatları en hızlı artan kalem oldu."
    assert _bare(orig, trans, encoder) == flagged
