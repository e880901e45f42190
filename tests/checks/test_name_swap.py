"""D102 name-swap beyond its registry case: given names that are words too, and titles."""

from __future__ import annotations

import pytest
from findings import findings_of

ORIG = "Mahkeme, gazeteciler Elif Sarıkaya ve Cem Öztürk'ün beraatine hükmetti. Vali Ahmet Tunçel açıklama yaptı."


def _swaps(trans: str, encoder):
    return findings_of("D102", ORIG, trans, encoder)


def test_a_given_name_that_is_also_a_word_is_still_a_given_name(encoder):
    found = _swaps("The court acquitted journalists Elif Sarıkaya and Can Öztürk. Governor Ahmet Tunçel made a "
                   "statement.", encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [("Can", "Cem")]


def test_a_title_before_the_surname_is_no_given_name(encoder):
    assert _swaps("The court acquitted journalists Elif Sarıkaya and Cem Öztürk. Governor Tunçel made a "
                  "statement.", encoder) == []


def test_a_hyphenated_title_before_the_surname_is_no_given_name(encoder):
    orig = "Eski Belediye Başkanı Ali Dikmen törene katıldı."
    assert findings_of("D102", orig, "Ex-mayor Dikmen attended the ceremony.", encoder) == []


def test_a_sentence_opening_with_a_function_word_before_a_surname_is_no_swap(encoder):
    orig = "Belediye Başkanı Ali Dikmen, çalışmaların iyi gittiğini söyledi."
    assert findings_of("D102", orig, "In Dikmen's words, the work is going well, the mayor said.", encoder) == []


# Each form of "no evidence of a person": the English word before the surname is read as what it is.
NOT_A_GIVEN_NAME = [
    # The aligned original names the person by surname alone: a month before the English surname is no given name.
    ("Selin Demirtaş şarkıcıdır. Geçen aralık ayında Demirtaş yarışmada ikinci oldu.",
     "Selin Demirtaş is a singer. Last December Demirtaş finished second in the contest."),
    # A particle of an Arabic name, spelled two ways.
    ("Suriyeli Halid El Nasır ailesiyle Almanya'ya ulaştı.",
     "Syrian Halid Al Nasır reached Germany with his family."),
    # A headline in capitals.
    ("SAO PAULO DA LEME kulübü yeni sezona hazır.",
     "SAO PAULO DE LEME club is ready for the new season."),
    # An ordinary word opening the sentence on both sides.
    ("Başta Kozan 12. Kültür Lisesi olmak üzere okullar katıldı.",
     "Particularly Kozan 12. Culture High School and other schools took part."),
    # Title case of an event's name after another capitalised ordinary word.
    ("Kentte \"Yaşasın Orhan\" adlı bir gece düzenlendi.",
     "An evening called \"Long Live Orhan\" was held in the city."),
    # A nickname: the English word renders a word of the aligned original.
    ("Taraftarlar Ayşe Korkmaz için \"Korkmaz Abla\" pankartları açtı.",
     "The fans unfurled \"Sister Korkmaz\" banners for Ayşe Korkmaz."),
    # A spelling slip of a place before a club's name is the spelling check's finding.
    ("Yarın Adana Demirspor ile karşılaşacaklar.",
     "Tomorrow they will face Adna Demirspor."),
    # The same word spelt the British way before a name: a spelling, not another given name.
    ("Konser Kadıköy Center Arena'da yapıldı.", "The concert was held at Kadıköy Centre Arena."),
    # One part of a hyphenated pair.
    ("Sezonun ilk maçı Samsun-Adana Demirspor karşılaşması olacak.",
     "The first match of the season will be Adana Demirspor against Samsun."),
]


@pytest.mark.parametrize(("orig", "trans"), NOT_A_GIVEN_NAME)
def test_a_capitalised_word_without_evidence_of_a_person_is_no_swap(orig, trans, encoder):
    assert findings_of("D102", orig, trans, encoder) == []


# The same positions with a real given name swapped are still flagged.
SWAPPED = [
    ("Geçen aralık ayında Selin Demirtaş yarışmada ikinci oldu.",
     "Last December Sevgi Demirtaş finished second in the contest.", "Sevgi", "Selin"),
    ("Sezonun ilk maçında Murat Yılmazer iki gol attı.",
     "Mehmet Yılmazer scored two goals in the first match of the season.", "Mehmet", "Murat"),
    ("Belgeseli Kemal Sunalp çekti.",
     "The documentary was shot by Kerem Sunalp.", "Kerem", "Kemal"),
    # Alike in sound but not in spelling: another name.
    ("Golü Kaan Demirtaş attı.", "The goal was scored by Can Demirtaş.", "Can", "Kaan"),
    # Alike in spelling, but another name.
    ("Açıklamayı Cemal Durmuş yaptı.", "The statement was made by Cemil Durmuş.", "Cemil", "Cemal"),
]


@pytest.mark.parametrize(("orig", "trans", "swapped", "expected"), SWAPPED)
def test_a_given_name_in_running_text_is_compared(orig, trans, swapped, expected, encoder):
    found = findings_of("D102", orig, trans, encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [(swapped, expected)]


# Another surname after the original's given name, and a given name translated as the word it also is.
SURNAME_SWAPPED = [
    ("Proje yöneticisi Selin Korkmaz açıklama yaptı.", "Project manager Selin Kaya made a statement.",
     "Kaya", "Korkmaz"),
    ("Müdür Mehmet Aydın dün istifa etti.", "Director Mehmet Yıldız resigned yesterday.", "Yıldız", "Aydın"),
    ("En iyi dereceyi Ramazan Özdemir elde etti.", "The best time was set by Ramadan Özdemir.",
     "Ramadan", "Ramazan"),
]
SURNAME_KEPT = [
    # The surname transliterated, or written without Turkish letters.
    ("Analist Mehmet Şçerbakov konuştu.", "Analyst Mehmet Shcherbakov spoke."),
    ("Proje yöneticisi Selin Öztürk açıklama yaptı.", "Project manager Selin Ozturk made a statement."),
    # A title after the given name, rendered as a title.
    ("Toplantıyı Selin Hanım yönetti.", "The meeting was chaired by Selin Hanım."),
]


@pytest.mark.parametrize(("orig", "trans", "swapped", "expected"), SURNAME_SWAPPED)
def test_another_surname_or_a_translated_given_name_is_flagged(orig, trans, swapped, expected, encoder):
    found = findings_of("D102", orig, trans, encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [(swapped, expected)]


@pytest.mark.parametrize(("orig", "trans"), SURNAME_KEPT)
def test_the_same_surname_however_spelt_is_not_flagged(orig, trans, encoder):
    assert findings_of("D102", orig, trans, encoder) == []


def test_a_possessive_before_a_name_is_no_given_name(encoder):
    # "Denmark's Vestas": whose firm, not a given name put for the original's nationality word.
    assert findings_of("D102", "Türbinler Danimarkalı Vestas firmasından alınacak.",
                       "The turbines will be bought from Denmark's Vestas.", encoder) == []


@pytest.mark.parametrize("orig, trans", [
    # "Kupası" reads only as the cup of something: the head of a name after the given name it is named by.
    ("Selim Kupası bu yıl 12 Mayıs'ta oynanacak.", "The Selim Derby will be played on May 12 this year."),
])
def test_a_compound_head_after_a_given_name_is_no_surname(orig, trans, encoder):
    assert findings_of("D102", orig, trans, encoder) == []


def test_a_surname_with_a_bare_reading_is_still_compared(encoder):
    found = findings_of("D102", "Toplantıya Selim Kocabaşı da katıldı.", "Selim Kocaman also attended the meeting.",
                        encoder)
    assert [finding.trans.text for finding in found] == ["Kocaman"]
