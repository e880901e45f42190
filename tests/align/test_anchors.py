"""The aligner's anchor keys: certain and optional, and what the optional ones link."""

from __future__ import annotations

import pytest

from drift.align.anchors import alignment_anchors


def certain(text: str, turkish: bool) -> frozenset[str]:
    return frozenset(key for key in alignment_anchors(text, turkish) if not key.startswith("?"))


def optional(text: str, turkish: bool) -> frozenset[str]:
    return frozenset(key[1:] for key in alignment_anchors(text, turkish) if key.startswith("?"))


@pytest.mark.parametrize("text, turkish, key", [
    ("Fiyatları en çok TÜKED'deki kalemler belirledi.", True, "=tuked"),   # Turkish capitals, a suffix after '
    ("Kredi kararı ÖTV'yi etkilemedi.", True, "=otv"),
    ("The SİVEKs in the valley waited.", False, "=sivek"),                 # an English plural s
    ("Lenders to SMEs were slower this year.", False, "=sme"),
    ("A new S-400 battery arrived.", False, "=s-400"),
])
def test_acronyms_in_either_alphabet_are_certain_codes_not_names(text, turkish, key):
    keys = certain(text, turkish)
    assert key in keys
    assert not any(k.startswith("~") and k[1:] in key for k in keys)


@pytest.mark.parametrize("orig, trans", [
    ("Okulların çoğu salı günü açılacak.", "Most schools will open on Tuesday."),
    ("Vergi indirimi ağustos ayında bitecek.", "The tax cut will end in August."),
    ("Toplantı Şubat'ta yapılacak.", "The meeting will take place in February."),
])
def test_months_and_weekdays_meet_across_the_languages(orig, trans):
    shared = certain(orig, True) & certain(trans, False)
    assert shared and all(key.startswith("@") for key in shared)


def test_an_english_month_is_a_date_not_a_name():
    assert "~augu" not in alignment_anchors("The tax cut will end in August.", False)


@pytest.mark.parametrize("text, turkish, key", [
    # the table's English name, in other words and cases: lower case, plural, shortened
    ("Exporters say small and medium-sized businesses pay the most.", False, "kobi"),
    ("The state grain board bought less wheat.", False, "tmo"),
    ("The social security institution will answer within a week.", False, "sgk"),
    # the table's Turkish name, inflected
    ("Küçük ve orta büyüklükteki işletmelerin kredileri arttı.", True, "kobi"),
    ("Sosyal Güvenlik Kurumu'nun açıklaması gecikti.", True, "sgk"),
    # the English initials of the table's English name
    ("Growth in GDP slowed.", False, "gsyh"),
    ("Banks lent more to SMEs.", False, "kobi"),
    # the initials of a run of capitalised words, small words between them left out
    ("The International Monetary Fund lowered its forecast.", False, "imf"),
    ("Çalışma ve Sosyal Güvenlik Bakanlığı yeni bir genelge yayımladı.", True, "csgb"),
])
def test_names_spelled_out_give_the_acronym_as_an_optional_key(text, turkish, key):
    assert "=" + key in optional(text, turkish)


def test_the_longer_name_read_in_the_same_words_wins():
    keys = optional("The Ministry of Labour and Social Security issued a circular.", False)
    assert "=csgb" in keys and "=sgk" not in keys


def test_the_words_of_a_spelled_out_name_are_optional():
    keys = alignment_anchors("The Karaman Water and Sewerage Administration raised prices.", False)
    assert "?~sewe" in keys and "~sewe" not in keys
    assert "~kara" in keys  # a place in the name, not a word of the table's name, stays certain


def test_two_words_of_a_long_name_far_apart_are_not_that_name():
    text = "Small farmers in the south said a medium harvest would leave the enterprise of the valley short."
    assert "=kobi" not in optional(text, False)


def test_a_sentence_without_names_or_figures_has_no_keys():
    assert alignment_anchors("the rain stopped before dark.", False) == frozenset()
