"""D201 number-mismatch beyond its registry case: values compared form by form, scales never crossing units."""

from __future__ import annotations

import pytest
from findings import findings_of

import drift
from drift.config import Config

ORIG = ("Sendika, ortalama net ücretin 38 bin lira olduğunu söyledi. "
        "İşveren ise ilk altı ay için yüzde 28 artış önerdi.")


def test_a_percentage_is_not_excused_by_an_amount_of_money_in_the_next_sentence(encoder):
    trans = ("The union said the average net wage was 38,000 lira. "
             "The employer offered a 38 percent raise for the first six months.")
    found = findings_of("D201", ORIG, trans, encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [("38 percent", "28%")]


def _reported(orig: str, trans: str, encoder) -> list[str]:
    """What D201 points at (the English words, or the Turkish ones where the English has none), sentences paired.

    Every basis is read, held-back ones too (an added number's record is short of the bar): these tests are about
    what the check finds; tests/checks/test_maturity.py is about which of its bases are shown by default.
    """
    report = drift.check(orig, trans, encoder=encoder, config=Config(preview=True))
    assert all(bead.orig and bead.trans for bead in report.alignment.beads), "the sentences must align"
    return sorted((finding.trans or finding.orig).text for finding in report.findings if finding.code == "D201")


# Each form, once rendered faithfully (nothing reported) and once changed (what is reported).
FORMS = [
    ("compound numeral", "Fonda 4 milyon 215 bin 36 lira birikti.",
     "The fund held 4 million 215 thousand and 36 lira.", "The fund held 4 million 251 thousand and 36 lira.",
     ["4 million 251 thousand and 36 lira"]),
    ("spelled compound", "Toplantıya iki yüz elli temsilci katıldı.",
     "Two hundred and fifty delegates attended the meeting.", "Two hundred and fifteen delegates attended the meeting.",
     ["Two hundred and fifteen"]),
    ("thousands separators", "Sergiyi 12.500.000 kişi gezdi.",
     "12,500,000 people visited the exhibition.", "12,050,000 people visited the exhibition.", ["12,050,000"]),
    ("1,000 and 1.000", "Fabrikada 1.000 işçi çalışıyor.",
     "The factory employs 1,000 workers.", "The factory employs 10,000 workers.", ["10,000"]),
    ("percent sign", "İşsizlik %5 azaldı.", "Unemployment fell by 5 percent.", "Unemployment fell by 15 percent.",
     ["15 percent"]),
    ("clock time", "Tören saat 14.30'da başladı.", "The ceremony began at 14.30.", "The ceremony began at 16.30.",
     ["16.30"]),
    ("night-time clock", "Yangın gece saat 03.00 sularında çıktı.", "The fire broke out at around 03.00 at night.",
     "The fire broke out at around 05.00 at night.", ["05.00"]),
    ("range of counts", "Olayda 3-4 kişi yaralandı.", "Three or four people were injured in the incident.",
     "Three or five people were injured in the incident.", ["five"]),
    ("range in the other order", "Fiyatlar 40 ile 25 lira arasında değişiyor.", "Prices range between 25 and 40 lira.",
     "Prices range between 25 and 45 lira.", ["25 and 45 lira"]),
    ("day range", "Fuar 15-16 Ekim tarihlerinde 300 firmayla yapıldı.",
     "The fair was held on October 15 and 16 with 300 companies.",
     "The fair was held on October 15 and 16 with 360 companies.", ["360"]),
    ("copula on a number word", "Finale kalanların sayısı dörttü.", "The finalists numbered four.",
     "The finalists numbered five.", ["five"]),
    ("possessive on a number word", "Yolculardan altısının durumu ağır.",
     "Six of the passengers are in serious condition.", "Seven of the passengers are in serious condition.",
     ["Seven"]),
    ("locative on a number word", "Çocuk beşinde okumayı söktü.", "The child could read at five.",
     "The child could read at six.", ["six"]),
    ("distributive", "Her aileye beşer ton kömür verildi.", "Each family was given five tonnes of coal.",
     "Each family was given fifteen tonnes of coal.", ["fifteen tonnes"]),
    ("distributive compound", "Katılımcılara yirmi beşer lira ödendi.", "Participants were paid twenty-five lira each.",
     "Participants were paid thirty-five lira each.", ["thirty-five lira"]),
    ("ordinal with apostrophe", "Takım ligi 3'üncü sırada bitirdi.", "The team finished the league in 3rd place.",
     "The team finished the league in 5th place.", ["5th"]),
    ("ordinal word", "Takım ligi üçüncü sırada bitirdi.", "The team finished the league in third place.",
     "The team finished the league in fourth place.", ["fourth"]),
    ("ordinal with a dot", "Bisiklet yarışının 3. etabı yarın Antalya'da koşulacak.",
     "The 3rd stage of the cycling race will be run in Antalya tomorrow.",
     "The 4th stage of the cycling race will be run in Antalya tomorrow.", ["4th"]),
    ("date in a street name", "19 Mayıs Caddesi'nde 4 bina yıkıldı.", "4 buildings collapsed on 19 Mayis Street.",
     "7 buildings collapsed on 19 Mayis Street.", ["7"]),
    ("number word in a title", "Yönetmenin Üç Maymun filmi dört ödül aldı.",
     "The director's film Three Monkeys won four awards.", "The director's film Three Monkeys won six awards.",
     ["six"]),
    ("years between", "Fabrika 1990 ile 1985 yılları arasında 600 kişi çalıştırdı.",
     "The factory employed 600 people between 1985 and 1990.",
     "The factory employed 900 people between 1985 and 1990.", ["900"]),
    ("a dozen", "Kazada on iki araç hasar gördü.", "A dozen vehicles were damaged in the crash.",
     "Two dozen vehicles were damaged in the crash.", ["Two dozen"]),
    ("and a half", "Toplantı iki buçuk saat sürdü.", "The meeting lasted two and a half hours.",
     "The meeting lasted three and a half hours.", ["three and a half hours"]),
    ("half and a quarter", "Çalışanların yarısı ve 300 yönetici greve katıldı.",
     "Half of the workers and 300 managers joined the strike.",
     "A quarter of the workers and 350 managers joined the strike.", ["350", "A quarter"]),
    ("fraction for a percentage", "Fabrikadaki çalışanların yüzde 50'si dün greve katıldı.",
     "Half of the workers at the factory joined the strike yesterday.",
     "A third of the workers at the factory joined the strike yesterday.", ["A third"]),
    ("twice", "Bakan bölgeyi iki kez ziyaret etti.", "The minister visited the region twice.",
     "The minister visited the region 3 times.", ["3"]),
    ("double and triple", "Satışlar üç katına çıktı.", "Sales tripled.", "Sales doubled.", ["doubled"]),
    ("first and second", "Takım ikinci oldu, 12 puan topladı.", "The team came second with 12 points.",
     "The team came first with 12 points.", ["first"]),
    ("hundreds of", "Yüzlerce kişi Taksim meydanında toplandı.", "Hundreds of people gathered in Taksim square.",
     "About 300 people gathered in Taksim square.", ["300"]),
    ("dozens of", "Onlarca araç yolda kaldı.", "Dozens of vehicles were stranded on the road.",
     "40 vehicles were stranded on the road.", ["40"]),
    ("decade", "Son 10 yılda 200 köprü yapıldı.", "In the past decade 200 bridges were built.",
     "In the past decade 250 bridges were built.", ["250"]),
    ("round the clock", "Hastanenin acil servisi 24 saat hizmet verecek.",
     "The hospital's emergency department will operate round the clock.",
     "The hospital's emergency department will operate 12 hours a day.", ["12 hours"]),
    ("a thousand", "Okula bine yakın mektup geldi.", "Close to a thousand letters reached the school.",
     "Close to ten thousand letters reached the school.", ["ten thousand"]),
    ("thousands dot read as a decimal point", "Santralin kapasitesi 4.800 megavata ulaştı.",
     "The plant's capacity reached 4,800 megawatts.", "The plant's capacity reached 4.8 megawatts.",
     ["4.8 megawatts"]),
    ("money with hundredths", "Her çocuk 48 lira otuzar kuruş harçlık alacak.",
     "Each child will get 48 liras and thirty kuruş of pocket money.",
     "Each child will get 48 liras and ninety kuruş of pocket money.", ["48 liras and ninety kuruş"]),
    ("money and its hundredths as one amount", "Simidin fiyatı yarından itibaren 7 lira 25 kuruşa çıkıyor.",
     "From tomorrow a simit will cost 7.25 lira.", "From tomorrow a simit will cost 7.52 lira.", ["7.52 lira"]),
    ("dollars and cents", "Bir galon benzin 3 dolar 40 sent oldu.", "A gallon of petrol now costs $3.40.",
     "A gallon of petrol now costs $4.30.", ["$4.30"]),
    ("a figure rounded to the English's last digit", "Kentin nüfusu 3 milyon 482 bin kişiye ulaştı.",
     "The city's population reached 3.48 million.", "The city's population reached 3.84 million.",
     ["3.84 million"]),
]


@pytest.mark.parametrize(("trans", "reported"), [
    ("The city's population reached 3.5 million.", []),  # rounded to the tenth it shows
    ("The city's population reached 3.4 million.", ["3.4 million"]),  # not a rounding of it
    ("The city's population reached 3 million.", ["3 million"]),  # one digit says too little
    ("The city's population reached 3.48 billion.", ["3.48 billion"]),  # another scale
    ("The city's population reached 3,480,000.", ["3,480,000"]),  # no scale word: every digit is shown
])
def test_rounding_counts_only_to_the_english_last_shown_digit(trans, reported, encoder):
    assert _reported("Kentin nüfusu 3 milyon 482 bin kişiye ulaştı.", trans, encoder) == reported


def test_an_exact_turkish_figure_is_not_rounded(encoder):
    assert _reported("Kentin nüfusu 3,4 milyon kişiye ulaştı.", "The city's population reached 3.5 million.",
                     encoder) == ["3.5 million"]


@pytest.mark.parametrize(("form", "orig", "faithful", "changed", "reported"), FORMS, ids=[form[0] for form in FORMS])
def test_each_form_is_compared_by_value(form, orig, faithful, changed, reported, encoder):
    assert _reported(orig, faithful, encoder) == []
    assert _reported(orig, changed, encoder) == reported


def test_a_small_number_in_words_alone_is_not_an_addition(encoder):
    orig = "Üçlü arasındaki konuşma uzadı."
    assert _reported(orig, "The conversation between the three dragged on.", encoder) == []
    assert _reported(orig, "The conversation between the 30 of them dragged on.", encoder) == ["30"]


def test_a_date_excuses_only_the_day_it_does_not_share(encoder):
    orig = "Fuar 15-16 Ekim tarihlerinde yapıldı ve 16 firma katıldı."
    assert _reported(orig, "The fair was held on October 15 and 16, and 16 companies took part.", encoder) == []
    assert _reported(orig, "The fair was held on October 15-16, and 15 companies took part.", encoder) == ["15"]


def test_a_dropped_thousand_is_a_changed_number(encoder):
    found = findings_of("D201", "Fuarı 58 bin kişi gezdi.", "The fair had 58 visitors.", encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [("58", "58,000")]


@pytest.mark.parametrize("orig, trans", [
    ("Fuarı 58 bin kişi gezdi.", "The fair had 58,000 visitors."),
    ("Bütçe 4 ile 5 milyar lira arasında.", "The budget is between 4 and 5 billion lira."),
    ("Bütçe 4 milyar ile 5 milyar lira arasında.", "The budget is between 4 and 5 billion lira."),
    # an ordinal in a name: the name's rendering is the title checks' business
    ("Kentin 4. Bölge Müdürü Ali Kaya konuştu.", "Ali Kaya, the city's regional director, spoke."),
    # a multiple said in words
    ("Ziyaretçi sayısı üç katına çıktı.", "The number of visitors tripled."),
])
def test_a_thousand_borrowed_or_an_ordinal_of_a_name_stays_quiet(orig, trans, encoder):
    assert findings_of("D201", orig, trans, encoder) == []


@pytest.mark.parametrize("orig, trans, wrong", [
    # a range's scale word applied to its upper end only: the lower end loses the thousand
    ("Salona 6-8 bin kişi sığıyor.", "The hall holds between 6 and 8,000 people.", "6 and 8,000"),
    ("Projeye 2-3 milyon lira ayrıldı.", "Between 2 and 3,000,000 lira was set aside for the project.",
     "2 and 3,000,000 lira"),
    ("Gölde 40-50 bin kuş kışlıyor.", "From 40 to 50,000 birds winter on the lake.", "40 to 50,000"),
])
def test_a_range_whose_lower_end_lost_its_scale_is_flagged(orig, trans, wrong, encoder):
    found = findings_of("D201", orig, trans, encoder)
    assert [finding.trans.text for finding in found] == [wrong]


@pytest.mark.parametrize("orig, trans", [
    ("Salona 6-8 bin kişi sığıyor.", "The hall holds between 6,000 and 8,000 people."),
    ("Salona 6-8 bin kişi sığıyor.", "The hall holds 6 to 8 thousand people."),
    ("Projeye 2-3 milyon lira ayrıldı.", "Between 2 and 3 million lira was set aside for the project."),
])
def test_a_range_with_its_scale_on_both_ends_stays_quiet(orig, trans, encoder):
    assert findings_of("D201", orig, trans, encoder) == []


def _pointed(orig: str, trans: str, encoder) -> list[tuple[str, str]]:
    """D201's findings (every basis) as (the words it points at, its basis)."""
    return sorted(((finding.trans or finding.orig).text, finding.basis)
                  for finding in findings_of("D201", orig, trans, encoder))


@pytest.mark.parametrize("orig, trans, pointed", [
    ("Kulübe geçen ay 37 yeni üye katıldı.", "Dozens of new members joined the club last month.", "Dozens"),
    ("Fırtınada 6 tekne battı.", "Several boats sank in the storm.", "Several"),
    ("Toplantıdaki sandalyelerin 45'i kırıktı.", "Some of the chairs at the meeting were broken.", "Some"),
    ("Kooperatif 1.200 ortağın 300'ünü ödüllendirdi.", "The cooperative rewarded a large number of its 1,200 members.",
     "a large number of"),
])
def test_a_figure_made_vague_points_at_the_words_in_its_place(orig, trans, pointed, encoder):
    assert _pointed(orig, trans, encoder) == [(pointed, "missing")]


@pytest.mark.parametrize("orig, trans", [
    ("Kulübe geçen ay 37 yeni üye katıldı.", "Some 37 new members joined the club last month."),
    ("Fırtınada 6 tekne battı.", "Six boats sank in the storm, several of them old."),
])
def test_a_figure_given_beside_a_quantity_word_stays_quiet(orig, trans, encoder):
    assert _pointed(orig, trans, encoder) == []


def test_a_dropped_figure_with_nothing_in_its_place_is_left_out(encoder):
    found = _pointed("Dün sabah depoya 250 koli un ve şeker geldi.",
                     "Boxes of flour and sugar arrived at the depot yesterday morning.", encoder)
    assert [(text.split()[0], basis) for text, basis in found] == [("250", "missing")]


def test_an_article_before_the_unit_is_a_changed_figure(encoder):
    assert _pointed("Onarım beş hafta sürdü.", "The repair took a week.", encoder) == [("a week", "changed")]


@pytest.mark.parametrize("orig, trans", [
    ("Proje 18 ay sürecek.", "The project will take a year and a half."),
    ("Maç 90 dakika sürdü.", "The match lasted an hour and a half."),
    ("Kurs 3 hafta sürecek.", "The course will run for 21 days."),
    ("Sergi 2 yıl açık kalacak.", "The exhibition will stay open for 24 months."),
])
def test_a_length_of_time_in_the_next_unit_is_the_same_figure(orig, trans, encoder):
    assert _pointed(orig, trans, encoder) == []


def test_a_length_of_time_that_changed_across_units_is_reported(encoder):
    assert _pointed("Proje 18 ay sürecek.", "The project will take two years.", encoder) == [("two years", "changed")]


def test_a_rank_in_words_may_be_said_by_order(encoder):
    orig = "Ankette en sevilen meyve elma olurken, armut ikinci, kiraz üçüncü sırada yer aldı."
    trans = "Apples were the favourite fruit in the survey, followed by pears and cherries."
    assert _pointed(orig, trans, encoder) == []


def test_a_rank_in_words_that_changed_is_reported(encoder):
    assert _pointed("Takım ligi üçüncü sırada bitirdi.", "The team finished the league in fifth place.",
                    encoder) == [("fifth", "changed")]


def test_an_article_before_the_next_unit_of_time_is_compared_by_length(encoder):
    assert _pointed("Tur 90 dakika sürüyor.", "The tour takes an hour.", encoder) == [("an hour", "changed")]
    assert _pointed("Tur 60 dakika sürüyor.", "The tour takes an hour.", encoder) == []


@pytest.mark.parametrize("orig, trans, reported", [
    ("Şirketteki çalışanların dörtte biri bu yıl evden çalışıyor.", "One employee in four at the firm works from home "
     "this year.", []),
    ("Okuldaki öğrencilerin yüzde 20'si bu yıl burs alıyor.", "One student in five at the school receives a grant this "
     "year.", []),
    ("Okuldaki öğrencilerin yüzde 20'si bu yıl burs alıyor.", "One student in three at the school receives a grant "
     "this year.", ["One student in three"]),
])
def test_a_share_said_as_a_part_of_a_whole_is_a_percentage(orig, trans, reported, encoder):
    assert [text for text, _ in _pointed(orig, trans, encoder)] == reported


def test_a_score_out_of_a_hundred_keeps_both_figures(encoder):
    orig = "Belediye, vatandaş memnuniyeti anketinde 100 üzerinden 74 puan aldı."
    assert _pointed(orig, "The municipality scored 74 points out of 100 in the citizen satisfaction survey.",
                    encoder) == []


@pytest.mark.parametrize(("trans", "reported"), [
    ("The salt content of the water should not exceed 0.8 percent.", []),  # 8 per thousand, as a percentage
    ("The salt content of the water should not exceed 0.9 percent.", ["0.9 percent"]),
])
def test_a_share_of_a_thousand_given_as_a_percentage_is_compared_by_value(trans, reported, encoder):
    assert _reported("Suyun tuz oranı binde 8'i geçmemeli.", trans, encoder) == reported


@pytest.mark.parametrize(("orig", "trans", "reported"), [
    ("Üsküdar'da 2+1 bir dairenin ortalama kirası 28 bin liraya ulaştı.",
     "The average rent for a two-bedroom flat in Üsküdar has reached 28,000 lira.", []),
    ("Bornova'da 2+1 dairelerin satış fiyatı 4 milyon liraya yükseldi.",
     "Two-bedroom flats in Bornova now sell for 4 million lira.", []),
    ("Sitede 3+1 bir dairenin fiyatı 5 milyon liraya çıktı.",
     "A four-bedroom flat in the complex now costs 5 million lira.", ["four"]),
])
def test_the_rooms_of_a_home_are_told_by_the_first_figure(orig, trans, reported, encoder):
    assert _reported(orig, trans, encoder) == reported


@pytest.mark.parametrize(("trans", "reported"), [
    ("The bridge was built in the 1800s in 3 years.", []),  # the nineteenth century in another form
    ("The bridge was built in the 1900s in 3 years.", []),  # another century: D203's, not a figure left out
    ("The bridge was built in the 1800s in 5 years.", ["5 years"]),  # a figure outside the period still counts
])
def test_the_figures_of_a_century_are_no_amounts(trans, reported, encoder):
    assert _reported("Köprü 19. yüzyılda 3 yılda yapıldı.", trans, encoder) == reported
