"""D403 case-role beyond its registry case: dative names after "of", and common nouns' datives after "from"."""

from __future__ import annotations

import pytest
from findings import findings_of

ORIG = "AFAD, bölgeye 320 personel ve 45 iş makinesi sevk etti."


def _roles(trans: str, encoder):
    return findings_of("D403", ORIG, trans, encoder)


def test_a_dative_noun_rendered_after_from_is_flagged(encoder):
    found = _roles("AFAD sent 320 personnel and 45 construction machines from the region.", encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [("from the region", "to the region")]


def test_a_dative_noun_rendered_after_to_stays_quiet(encoder):
    assert _roles("AFAD sent 320 personnel and 45 construction machines to the region.", encoder) == []


CONCERT = "Konserde Ayla Demir'e genç bir orkestra eşlik etti."
ROAD = "Ekipler, köye uzanan toprak yolu onardı."


@pytest.mark.parametrize("orig, trans, flagged", [
    # The dative is the only complement of "eşlik etmek"; English makes it the object of "accompanied",
    # with a noun of its own ("songs") that "of" ties the name to.
    (CONCERT, "At the concert a young orchestra accompanied the songs of Ayla Demir.", None),
    (CONCERT, "At the concert a young orchestra accompanied Ayla Demir's songs.", None),
    # No rendering of the governing verb before the "of": the name has become an owner.
    (CONCERT, "At the concert a young orchestra gave the songs of Ayla Demir.", "of Ayla Demir"),
    # The noun before "of" renders the verb's own object (öneriyi), and the addressee became its owner.
    ("Bakanlık, öneriyi geçen hafta Almanya'ya iletti.", "Last week the ministry passed on the proposal of Germany.",
     "of Germany"),
    # The verb governing the dative (uzanan, leading to) is rendered nowhere: the clause was recast.
    (ROAD, "The crews repaired the dirt road from the village.", None),
    ("Ekipler, köye yardım malzemesi taşıdı.", "The crews carried relief supplies from the village.",
     "from the village"),
])
def test_the_verb_governing_a_dative_decides(orig, trans, flagged, encoder):
    found = [finding.trans.text for finding in findings_of("D403", orig, trans, encoder)]
    assert found == ([flagged] if flagged else [])


@pytest.mark.parametrize("orig, trans, flagged", [
    # Names joined by "and" share the direction before them.
    ("Turistlerin çoğu Norveç ve Danimarka'dan geldi.", "Most of the tourists came to Norway and Denmark.",
     "to Norway and Denmark"),
    ("Turistlerin çoğu Norveç ve Danimarka'dan geldi.", "Most of the tourists came from Norway and Denmark.", None),
    # ... a direction only: "of" before a list is often the English noun's own.
    ("Heyet, Truva ve Nemrut'a gitti.", "The delegation went on a tour of Troy and Nemrut.", None),
    # A name the English spells otherwise is found through the acronym in brackets after it.
    ("Şirket, araziyi Devlet Su İşleri'nden (DSİ) kiraladı.",
     "The company leased the land to the State Hydraulic Works (DSİ).", "to the State Hydraulic Works (DSİ"),
    ("Şirket, araziyi Devlet Su İşleri'nden (DSİ) kiraladı.",
     "The company leased the land from the State Hydraulic Works (DSİ).", None),
    # The noun after a dative chose the English preposition: absence from work.
    ("Fabrikada işe devamsızlık geçen ay azaldı.", "At the factory absence from work fell last month.", None),
])
def test_names_lists_acronyms_and_nouns_after_a_dative(orig, trans, flagged, encoder):
    found = [finding.trans.text for finding in findings_of("D403", orig, trans, encoder)]
    assert found == ([flagged] if flagged else [])


@pytest.mark.parametrize("orig, trans, flagged", [
    # The case sits on the name's last word ("Kütüphanesi'ne"), which the English renders by a word spelt
    # otherwise; the name's first words stand for it.
    ("Kitaplar Konya Halk Kütüphanesi'ne bağışlandı.", "The books were donated from Konya Public Library.",
     "from Konya"),
    ("Kitaplar Konya Halk Kütüphanesi'ne bağışlandı.", "The books were donated to Konya Public Library.", None),
    ("Araçlar Sivas İl Jandarma Komutanlığı'ndan getirildi.", "The vehicles were brought to the Sivas provincial "
     "gendarmerie command.", "to the Sivas"),
    # "X'e bağlı": part of X, so "of X" is its rendering.
    ("Sivas Belediyesi'ne bağlı otobüs şirketi sefer sayısını artırdı.",
     "The bus company of Sivas Municipality increased its services.", None),
    # A place's own "of" ("the village of X") is no direction.
    ("Ekipler Kavaklı Köyü'ne ulaştı.", "Teams reached the village of Kavaklı.", None),
])
def test_the_first_words_of_a_long_name_carry_its_direction(orig, trans, flagged, encoder):
    found = [finding.trans.text for finding in findings_of("D403", orig, trans, encoder)]
    assert found == ([flagged] if flagged else [])


@pytest.mark.parametrize("orig, trans, flagged", [
    # A place made an origin with -lI, named by the English as a goal.
    ("Konyalı çiftçiler ürünlerini Mersin'e gönderdi.", "Farmers heading to Konya sent their produce to Mersin.",
     "to Konya"),
    ("Konyalı çiftçiler ürünlerini Mersin'e gönderdi.", "Farmers from Konya sent their produce to Mersin.", None),
    # The original sends someone to that place too: the English "to" may be that one's.
    ("Konyalı öğrenciler tatilde Konya'ya döndü.", "Students went back to Konya for the holiday.", None),
    # The origin is an adjective before the noun that takes the goal: "to" is the noun's.
    ("Kooperatif zeytinin çoğunu Aydınlı tüccarlara sattı.",
     "The cooperative sold most of its olives to Aydın traders.", None),
    ("Vakıf bursu Sivaslı bir öğrenciye verdi.", "The foundation gave the grant to a Sivas student.", None),
    ("Fabrika kumaşları Japon ve Koreli terzilere gönderiyor.",
     "The factory ships its fabric to Japanese and Korean tailors.", None),
    ("Tüccar pamuğu Mısırlı çiftçilere sattı.", "The merchant sold the cotton to Egyptian farmers.", None),
    # The place word stands alone after "to": still a goal.
    ("Aydınlı tüccarlar zeytini satın aldı.", "Traders went to Aydın and bought the olives.", "to Aydın"),
    # A distance is measured from the dative's place.
    ("Kamp alanı Akyaka Köyü'ne 5 kilometre mesafede bulunuyor.",
     "The camp site is 5 kilometres from the village of Akyaka.", None),
])
def test_an_origin_named_as_a_goal_is_flagged(orig, trans, flagged, encoder):
    found = [finding.trans.text for finding in findings_of("D403", orig, trans, encoder)]
    assert found == ([flagged] if flagged else [])
