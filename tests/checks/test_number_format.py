"""D203 number-format: a Turkish thousands dot kept in English, a minus sign lost."""

from __future__ import annotations

import pytest

from findings import findings_of


@pytest.mark.parametrize("orig, trans, wrong, expected", [
    ("Depoda 3.450 ton buğday var.", "The depot holds 3.450 tons of wheat.", "3.450", "3,450"),
    ("Kente 1.250.000 turist geldi.", "1.250.000 tourists came to the city.", "1.250.000", "1,250,000"),
    ("Büyüme yüzde eksi 1,2 oldu.", "Growth was 1.2 percent.", "1.2 percent", "minus 1.2 percent"),
    ("Değişim -%3,5 olarak açıklandı.", "The change was given as 3.5%.", "3.5%", "minus 3.5%"),
    ("Sıcaklık eksi 8 dereceye indi.", "The temperature reached 8 degrees.", "8 degrees", "minus 8 degrees"),
    ("Fuara bu yıl 1,2 milyon kişi geldi.", "This year 1,2 million people came to the fair.", "1,2", "1.2"),
    ("İhracat 2,45 milyar dolara ulaştı.", "Exports reached $2,45 billion.", "2,45", "2.45"),
    # The dot read as a decimal point, its zeros dropped: a thousandth of the amount.
    ("Kuralı çiğneyene 12.500 liraya kadar ceza verilecek.", "Offenders face fines of up to 12.5 lira.", "12.5",
     "12,500"),
    ("Depoya 2.050 ton mısır girdi.", "Some 2.05 tonnes of maize went into the depot.", "2.05", "2,050"),
    # Falling to a level does not give the level its sign: "dropped to 5 degrees" is still above zero.
    ("Sıcaklık gece eksi 5 dereceye düştü.", "The temperature dropped to 5 degrees overnight.", "5 degrees",
     "minus 5 degrees"),
])
def test_turkish_format_carried_over_is_flagged(orig, trans, wrong, expected, encoder):
    found = findings_of("D203", orig, trans, encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [(wrong, expected)]


@pytest.mark.parametrize("orig, trans", [
    ("Depoda 3.450 ton buğday var.", "The depot holds 3,450 tons of wheat."),
    ("Depoda 3,45 ton buğday var.", "The depot holds 3.45 tons of wheat."),
    ("Büyüme yüzde eksi 1,2 oldu.", "Growth was minus 1.2 percent."),
    ("Büyüme yüzde eksi 1,2 oldu.", "The economy contracted by 1.2 percent."),
    ("Sıcaklık gece eksi 5 dereceye düştü.", "The temperature dropped to minus 5 degrees overnight."),
    ("Sıcaklık eksi 8 dereceye indi.", "The temperature fell to 8 degrees below zero."),
    ("Ölçümde artı eksi 2 puanlık hata payı var.", "The survey has a margin of error of plus or minus 2 points."),
    ("Toplantı 15 - 20 Mart tarihlerinde yapılacak.", "The meeting will be held on 15-20 March."),
    ("Fuara bu yıl 1,2 milyon kişi geldi.", "This year 1.2 million people came to the fair."),
    ("Fuara 2.450 kişi geldi.", "2,450 people came to the fair."),
    ("Kuralı çiğneyene 12.500 liraya kadar ceza verilecek.", "Offenders face fines of up to 12,500 lira."),
    ("Fuara 1.500 kişi geldi.", "Some 1.5 thousand people came to the fair."),  # a scale word makes it right
    ("Depoya 2.500 kilogram mısır girdi.", "Some 2.5 tonnes of maize went into the depot."),  # another unit
    ("Fiyat 12.500 liradan 12,5 liraya indi.", "The price fell from 12,500 lira to 12.5 lira."),
])
def test_faithful_numbers_stay_quiet(orig, trans, encoder):
    assert findings_of("D203", orig, trans, encoder) == []


@pytest.mark.parametrize("orig, trans, wrong, expected", [
    ("Hastalık nüfusun binde 6'sında görülüyor.", "The disease affects 6 percent of the population.", "6 percent",
     "6 per thousand"),
    ("Hata payı on binde 3.", "The margin of error is 3%.", "3%", "3 per 10,000"),
    ("Vaka oranı yüz binde 12 oldu.", "The case rate came to 12 per cent.", "12 per cent", "12 per 100,000"),
])
def test_a_share_of_a_thousand_read_as_a_percentage_is_flagged(orig, trans, wrong, expected, encoder):
    found = findings_of("D203", orig, trans, encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [(wrong, expected)]


@pytest.mark.parametrize("orig, trans", [
    ("Hastalık nüfusun binde 6'sında görülüyor.", "The disease affects 6 in every 1,000 people."),
    ("Hata payı on binde 3.", "The margin of error is 3 in 10,000."),
    ("Vaka oranı yüz binde 12 oldu.", "The case rate came to 12 per 100,000."),
])
def test_a_share_of_a_thousand_kept_stays_quiet(orig, trans, encoder):
    assert findings_of("D203", orig, trans, encoder) == []
    assert findings_of("D201", orig, trans, encoder) == []


@pytest.mark.parametrize("orig, trans, wrong, expected", [
    # puan after a figure: a difference of two shares, in percentage points
    ("Kayıtlı seçmenlerin payı 2 puan düştü.", "The share of registered voters fell by 2 percent.", "2 percent",
     "2 percentage points"),
    ("İşsizlik oranı bir yılda 1,5 puan geriledi.", "Unemployment fell 1.5% in a year.", "1.5%",
     "1.5 percentage points"),
    # yüzde before a figure: a relative change, not points
    ("Satışlar geçen yıla göre yüzde 7 arttı.", "Sales rose 7 percentage points on last year.",
     "7 percentage points", "7 percent"),
    ("Kira gelirleri %12 azaldı.", "Rental income fell by 12 points.", "12 points", "12 percent"),
])
def test_points_for_percent_or_percent_for_points_is_flagged(orig, trans, wrong, expected, encoder):
    found = findings_of("D203", orig, trans, encoder)
    assert [(finding.trans.text, finding.expected, finding.basis) for finding in found] == [
        (wrong, expected, "points")]


@pytest.mark.parametrize("orig, trans", [
    ("Kayıtlı seçmenlerin payı 2 puan düştü.", "The share of registered voters fell by 2 percentage points."),
    ("Satışlar geçen yıla göre yüzde 7 arttı.", "Sales rose 7 percent on last year."),
    ("Takım maçtan 3 puanla ayrıldı.", "The team left the match with 3 points."),
    ("Yarışmacı 100 üzerinden 90 puan aldı.", "The contestant scored 90 points out of 100."),
    # The sentence counts in points itself: the percentages are levels, the puan figure the change.
    ("Oran yüzde 12'den yüzde 15'e çıkarak 3 puan yükseldi.", "The rate rose 3 points, from 12 to 15 percent."),
])
def test_points_and_percent_kept_apart_stay_quiet(orig, trans, encoder):
    assert findings_of("D203", orig, trans, encoder) == []


def test_percent_sign_before_the_figure_is_a_minor_finding(encoder):
    found = findings_of("D203", "Katılımcıların %45'i kadındı.", "%45 of the participants were women.", encoder)
    assert [(finding.trans.text, finding.expected, finding.severity.value) for finding in found] == [
        ("%45", "45%", "minor")]
    assert findings_of("D203", "Katılımcıların %45'i kadındı.", "45% of the participants were women.", encoder) == []


# A multiple against a percentage (basis "multiple"): both sides read as the factor the change multiplies
# its amount by.
@pytest.mark.parametrize("orig, trans, wrong", [
    ("Kiralar beş yılda iki katına çıktı.", "Rents have risen by 2 percent in five years.",
     "have risen by 2 percent"),
    ("İhracat dört kat arttı.", "Exports went up 4%.", "up 4%"),
    ("Bilet satışları yüzde 100 arttı.", "Ticket sales tripled.", "tripled"),
    ("Kuraklık yüzünden bu yıl fındık hasadı yüzde 75 azaldı.", "Because of the drought, this year's hazelnut harvest "
                                                               "has halved.", "halved"),
    ("Üretim üçe katlandı.", "Output rose by 3 percent.", "rose by 3 percent"),
])
def test_a_multiple_told_as_another_percentage_is_flagged(orig, trans, wrong, encoder):
    found = [finding for finding in findings_of("D203", orig, trans, encoder) if finding.basis == "multiple"]
    assert [finding.trans.text for finding in found] == [wrong]


@pytest.mark.parametrize("orig, trans", [
    ("Kiralar beş yılda iki katına çıktı.", "Rents have risen by 100 percent in five years."),
    ("Kiralar beş yılda iki katına çıktı.", "Rents have doubled in five years."),
    ("Bilet satışları yüzde 100 arttı.", "Ticket sales doubled."),
    ("Bilet satışları yüzde 200 arttı.", "Ticket sales tripled."),
    ("Su tüketimi yarıya indi.", "Water use fell by 50 percent."),
    ("Hasat yüzde 50 azaldı.", "The harvest was halved."),
    ("İhracat dört kat arttı.", "Exports rose fourfold, by 4% a month at the start."),
])
def test_a_multiple_and_the_same_percentage_stay_quiet(orig, trans, encoder):
    assert [finding for finding in findings_of("D203", orig, trans, encoder) if finding.basis == "multiple"] == []


@pytest.mark.parametrize("orig, trans", [
    ("Su tüketimi yarıya indi.", "Water use fell by 50 percent."),
    ("Bilet satışları yüzde 200 arttı.", "Ticket sales tripled."),
])
def test_the_same_change_in_two_forms_is_no_changed_number(orig, trans, encoder):
    assert findings_of("D201", orig, trans, encoder) == []


# Session 12: a Turkish figure with dots before its decimal comma kept whole: thousands, or a time in minutes and
# seconds (a race time), which English writes with a colon.
@pytest.mark.parametrize("orig, trans, wrong, expected", [
    ("Koşucu 1500 metreyi 3.41,07'lik dereceyle bitirdi.", "The runner finished the 1,500 metres in 3.41,07.",
     "3.41,07", "3:41.07"),
    ("Kooperatif 2.318,6 ton fındık sattı.", "The cooperative sold 2.318,6 tonnes of hazelnuts.", "2.318,6",
     "2,318.6"),
    ("Maratoncu yarışı 2.11.08,3 ile tamamladı.", "The marathoner completed the race in 2.11.08,3.", "2.11.08,3",
     "2:11:08.3"),
])
def test_a_dotted_figure_with_a_decimal_comma_kept_is_flagged(orig, trans, wrong, expected, encoder):
    found = findings_of("D203", orig, trans, encoder)
    assert [(finding.trans.text, finding.expected, finding.basis) for finding in found] == [
        (wrong, expected, "decimal-comma")]


@pytest.mark.parametrize("orig, trans", [
    ("Koşucu 1500 metreyi 3.41,07'lik dereceyle bitirdi.", "The runner finished the 1,500 metres in 3:41.07."),
    ("Kooperatif 2.318,6 ton fındık sattı.", "The cooperative sold 2,318.6 tonnes of hazelnuts."),
    ("Tören saat 10.45'te başladı.", "The ceremony began at 10.45."),
])
def test_a_dotted_figure_written_the_english_way_stays_quiet(orig, trans, encoder):
    assert findings_of("D203", orig, trans, encoder) == []


@pytest.mark.parametrize("orig, trans, flagged", [
    # An ordinal of times (a dot after the figure, or -(I)ncI) rendered as a count of times.
    ("Festival bu yıl 8. kez düzenlendi.", "The festival was held 8 times this year.", "8 times"),
    ("Köprü dördüncü kez onarıldı.", "The bridge has been repaired four times.", "four times"),
    ("Festival bu yıl 8. kez düzenlendi.", "The festival was held for the eighth time this year.", None),
    ("Festival bu yıl 8. kez düzenlendi.", "This year's festival was the 8th.", None),
    ("Köprü dördüncü kez onarıldı.", "The bridge was repaired for a fourth time.", None),
    # A count of times stays a count.
    ("Köprü son on yılda 4 kez onarıldı.", "The bridge has been repaired 4 times in ten years.", None),
])
def test_an_ordinal_of_times_read_as_a_count(orig, trans, flagged, encoder):
    found = [finding.trans.text for finding in findings_of("D203", orig, trans, encoder) if finding.basis == "ordinal"]
    assert found == ([flagged] if flagged else [])


# --- per item: a Turkish distributive or rate told as a total, and an English "each" the original lacks ---

@pytest.mark.parametrize("orig, trans, wrong", [
    ("Dernek gönüllülere 20'şer kilo un verdi.", "The association gave the volunteers 20 kilos of flour.", "20 kilos"),
    ("Belediye mahallelere üçer ambulans ayırdı.", "The council set aside three ambulances for the districts.",
     "three"),
    ("Yarışmacılara yüzer bin lira ikramiye ödendi.", "The contestants were paid a bonus of 100,000 lira.",
     "100,000 lira"),
    ("Öğrencilerin her birine 6 defter dağıtıldı.", "The pupils were given 6 notebooks.", "6"),
    ("Gönüllülere kişi başı 2 battaniye verildi.", "Volunteers were given 2 blankets.", "2"),
    ("Hektar başına 900 kilo pamuk toplandı.", "Some 900 kilos of cotton were picked.", "900 kilos"),
])
def test_an_amount_per_item_told_as_a_total_is_flagged(orig, trans, wrong, encoder):
    found = [finding for finding in findings_of("D203", orig, trans, encoder) if finding.basis == "per-item"]
    assert [finding.trans.text for finding in found] == [wrong]


@pytest.mark.parametrize("orig, trans, wrong", [
    ("Vakıf okullara toplam 80 bin lira bağışladı.", "The foundation gave the schools 80,000 lira each.",
     "80,000 lira each"),
    ("Kulüp taraftarlara 400 bilet sattı.", "The club sold 400 tickets apiece to the fans.", "400 tickets apiece"),
])
def test_a_total_told_per_item_is_flagged(orig, trans, wrong, encoder):
    found = [finding for finding in findings_of("D203", orig, trans, encoder) if finding.basis == "per-item"]
    assert [finding.trans.text for finding in found] == [wrong]


@pytest.mark.parametrize("orig, trans", [
    ("Dernek gönüllülere 20'şer kilo un verdi.", "The association gave each volunteer 20 kilos of flour."),
    ("Dernek gönüllülere 20'şer kilo un verdi.", "The association gave the volunteers 20 kilos of flour apiece."),
    ("Belediye mahallelere üçer ambulans ayırdı.", "The council set aside three ambulances for every district."),
    ("Pamuğun kilo başına fiyatı 31 lira oldu.", "Cotton fetched 31 lira a kilo."),
    ("Pamuğun kilo başına fiyatı 31 lira oldu.", "Cotton fetched 31 lira per kilo."),
    ("Kalemler tanesi 7 liradan satıldı.", "The pens were sold at 7 lira each."),
    ("Her yıl 12 bin ton pamuk üretiliyor.", "Some 12,000 tonnes of cotton are produced each year."),
    ("Balıklar suda yüzer ve 30 gün yaşar.", "The fish swim and live for 30 days."),
    ("Fabrikada günde 500 ton şeker işleniyor.", "The plant processes 500 tonnes of sugar a day."),
    ("Bu kent tek başına ülkenin pamuk üretiminin dörtte birini karşılıyor.",
     "This city alone grows a quarter of the country's cotton."),
    ("Kooperatif kendi başına 40 ton pamuk sattı.", "The cooperative sold 40 tonnes of cotton on its own."),
])
def test_amounts_per_item_kept_stay_quiet(orig, trans, encoder):
    assert [finding for finding in findings_of("D203", orig, trans, encoder) if finding.basis == "per-item"] == []


# --- a decade or century told as another period, as a year, or by another part of it ---

@pytest.mark.parametrize("orig, trans, wrong, expected", [
    ("Köprü 1960'lı yıllarda yapıldı.", "The bridge was built in 1960.", "1960", "the 1960s"),
    ("Köprü 1960'lı yıllarda yapıldı.", "The bridge was built in the 1950s.", "1950s", "the 1960s"),
    ("Göç yetmişlerde hızlandı.", "Migration sped up in the sixties.", "sixties", "the '70s"),
    ("Kale 16. yüzyılda onarıldı.", "The castle was repaired in the 1600s.", "1600s", "the 16th century"),
    ("Kale on altıncı yüzyılda onarıldı.", "The castle was repaired in the 17th century.", "17th century",
     "the 16th century"),
    ("Tren yolu 1930'ların sonunda açıldı.", "The railway opened in the early 1930s.", "early 1930s",
     "the late 1930s"),
    ("Kasaba 19. yüzyılın ikinci yarısında büyüdü.", "The town grew in the first half of the 19th century.",
     "19th century", "the second half of the 19th century"),
    ("Fabrika 1975'te kapandı.", "The factory closed in the 1970s.", "1970s", "1975"),
])
def test_a_period_told_otherwise_is_flagged(orig, trans, wrong, expected, encoder):
    found = [finding for finding in findings_of("D203", orig, trans, encoder) if finding.basis == "period"]
    assert [(finding.trans.text, finding.expected) for finding in found] == [(wrong, expected)]


@pytest.mark.parametrize("orig, trans", [
    ("Köprü 1960'lı yıllarda yapıldı.", "The bridge was built in the 1960s."),
    ("Köprü 60'lı yıllarda yapıldı.", "The bridge was built in the sixties."),
    ("Göç yetmişlerde hızlandı.", "Migration sped up in the 1970s."),
    ("Kale 16. yüzyılda onarıldı.", "The castle was repaired in the sixteenth century."),
    ("Kale 17. yüzyılda onarıldı.", "The castle was repaired in the 1600s."),
    ("Tren yolu 1930'ların sonunda açıldı.", "The railway opened at the end of the 1930s."),
    ("Fabrika 1975'te kapandı, bina 1990'larda yıkıldı.", "The factory closed in 1975; the building was pulled down "
                                                          "in the 1990s."),
    ("Dedesi seksenlerinde hâlâ çalışıyordu.", "In his eighties, his grandfather was still working."),
    ("Köprü 1985 ile 1995 yılları arasında onarıldı.", "The bridge was repaired between 1985 and 1995."),
])
def test_periods_kept_stay_quiet(orig, trans, encoder):
    assert [finding for finding in findings_of("D203", orig, trans, encoder) if finding.basis == "period"] == []
