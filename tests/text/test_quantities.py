"""Quantities: values, units, kinds and exact spans in Turkish and English sentences."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from drift.model import Language
from drift.text.dates import Span
from drift.text.quantities import find_quantities, parse_number

TR, EN = Language.TURKISH, Language.ENGLISH


def _found(text: str, language: Language) -> list[tuple]:
    return [(text[q.start:q.end], q.value, q.unit, q.kind, q.is_approximate, q.upper)
            for q in find_quantities(text, language)]


def _expected(*items: tuple) -> list[tuple]:
    """(surface, value, unit, kind[, approximate[, upper]]), values written as strings."""
    rows = []
    for surface, value, unit, kind, *rest in items:
        approximate = rest[0] if rest else False
        upper = Decimal(rest[1]) if len(rest) > 1 else None
        rows.append((surface, Decimal(value), unit, kind, approximate, upper))
    return rows


CASES = [
    # Turkish: separators, percent signs, scales, currencies
    ("Büyüme %3,5 oldu.", TR, [("%3,5", "3.5", "percent", "percent")]),
    ("Oran % 42'ye çıktı.", TR, [("% 42", "42", "percent", "percent")]),
    ("Satışlar yüzde 42 arttı.", TR, [("yüzde 42", "42", "percent", "percent")]),
    ("Enflasyon yüzde 3,5 geriledi.", TR, [("yüzde 3,5", "3.5", "percent", "percent")]),
    ("Bölgenin %65'i ormanlık.", TR, [("%65", "65", "percent", "percent")]),
    ("Törene 1.250 kişi katıldı.", TR, [("1.250", "1250", None, "cardinal")]),
    ("Bedel 1.250,75 lira oldu.", TR, [("1.250,75 lira", "1250.75", "currency:TRY", "money")]),
    ("Yaklaşık 2 bin 400 kişi tahliye edildi.", TR, [("2 bin 400", "2400", None, "cardinal", True)]),
    ("Nüfus 1 milyon 200 bin kişiye ulaştı.", TR, [("1 milyon 200 bin", "1200000", None, "cardinal")]),
    ("Anlaşma 1,5 milyar dolar değerinde.", TR, [("1,5 milyar dolar", "1.5e9", "currency:USD", "money")]),
    ("410 milyon dolarlık ihracat", TR, [("410 milyon dolarlık", "4.1e8", "currency:USD", "money")]),
    ("68,4 milyar liralık bütçe", TR, [("68,4 milyar liralık", "6.84e10", "currency:TRY", "money")]),
    ("Bonservis 7,5 milyon avro.", TR, [("7,5 milyon avro", "7.5e6", "currency:EUR", "money")]),
    ("Bilet 100 TL, kart 250 ₺.", TR, [("100 TL", "100", "currency:TRY", "money"),
                                      ("250 ₺", "250", "currency:TRY", "money")]),
    ("Faiz 150 baz puanlık artışla yükseldi.", TR, [("150 baz puanlık", "150", "basis point", "percent")]),
    ("12,4 bin hektar orman yandı.", TR, [("12,4 bin hektar", "12400", "hectare", "measure")]),
    ("Rüzgâr saatte 60 kilometreye ulaştı.", TR, [("60 kilometreye", "60", "km", "measure")]),
    ("84 milyar metreküplük rezerv", TR, [("84 milyar metreküplük", "8.4e10", "cubic metre", "measure")]),
    ("Sanıklara 3 yıla kadar hapis istendi.", TR, [("3 yıla", "3", "year", "measure", True)]),
    ("100'den fazla kişi yaralandı.", TR, [("100", "100", None, "cardinal", True)]),
    ("Saldırıda 10-15 kişi yaralandı.", TR, [("10-15", "10", None, "cardinal", False, "15")]),
    ("Zam yüzde 10-15 arasında olacak.", TR, [("yüzde 10-15", "10", "percent", "percent", False, "15")]),
    ("Oran 3.5 oldu.", TR, [("3.5", "3.5", None, "cardinal")]),
    ("2022 bütçesi onaylandı.", TR, [("2022", "2022", None, "year")]),
    # Turkish number words: "bir" as an article, suffixed words, "her iki", "on binlerce"
    ("Konuyu bilen üç kaynağa göre", TR, [("üç", "3", None, "cardinal")]),
    ("Yetkililer son bir aydır bu öneriyi iletti.", TR, []),
    ("Tek bir metrekaresi bile imara açılmayacak.", TR, []),
    ("Bir milyon kişi izledi.", TR, [("Bir milyon", "1e6", None, "cardinal")]),
    ("Nüfus iki buçuk milyon.", TR, [("iki buçuk milyon", "2.5e6", None, "cardinal")]),
    ("İki yüz elli kişi geldi.", TR, [("İki yüz elli", "250", None, "cardinal")]),
    ("Süre on iki ay uzatıldı.", TR, [("on iki ay", "12", "month", "measure")]),
    ("Yaralılardan ikisinin durumu ağır.", TR, [("ikisinin", "2", None, "cardinal")]),
    ("Türkiye her iki ülkeyle de iyi ilişkilere sahip.", TR, []),
    ("On binlerce kişi yürüdü.", TR, []),
    ("Pastanın üçte biri kaldı.", TR, [("üçte biri", "33.3", "percent", "percent")]),
    # Turkish ordinals, codes, and digits that belong to dates
    ("2. Dünya Savaşı", TR, [("2.", "2", None, "ordinal")]),
    ("Hattın 3. etabı", TR, [("3.", "3", None, "ordinal")]),
    ("Takım 3'üncü oldu.", TR, [("3'üncü", "3", None, "ordinal")]),
    ("Üçüncü tur yarın.", TR, [("Üçüncü", "3", None, "ordinal")]),
    ("Yirmi birinci yüzyıl", TR, [("Yirmi birinci", "21", None, "ordinal")]),
    # A year in the genitive before the part of it is a date (drift.text.dates), so no quantity; a bare year stays one.
    ("Teslimat 2026'nın ilk yarısında yapılacak.", TR, [("ilk", "1", None, "ordinal")]),
    ("Teslimat 2026 ve 2027 arasında yapılacak.", TR, [("2026", "2026", None, "year"), ("2027", "2027", None, "year")]),
    ("26 yaşındaki oyuncu", TR, [("26 yaşındaki", "26", "year", "measure")]),
    ("ABD, S-400 ve F-35 konusunu açtı.", TR, [("S-400", "400", None, "code"), ("F-35", "35", None, "code")]),
    ("S-400'ler, COVID-19, G20 ve A400M", TR, [("S-400", "400", None, "code"), ("COVID-19", "19", None, "code"),
                                             ("G20", "20", None, "code"), ("A400M", "400", None, "code")]),
    ("Washington, Temmuz 2019'daki teslimattan bu yana bekliyor.", TR, []),
    ("24 Şubat 2022 Perşembe günü saat 14.30'da başladı.", TR, []),
    # English
    ("Growth was 3.5%.", EN, [("3.5%", "3.5", "percent", "percent")]),
    ("Prices rose 42 percent, wages 3 per cent.", EN, [("42 percent", "42", "percent", "percent"),
                                                       ("3 per cent", "3", "percent", "percent")]),
    ("The rate rose 2 percentage points.", EN, [("2 percentage points", "2", "percentage point", "percent")]),
    ("A total of 1,250 people attended.", EN, [("1,250", "1250", None, "cardinal")]),
    ("The bill came to 1,250.75 dollars.", EN, [("1,250.75 dollars", "1250.75", "currency:USD", "money")]),
    ("The deal is worth $1.5 billion.", EN, [("$1.5 billion", "1.5e9", "currency:USD", "money")]),
    ("Exports reached US$2.5bn and £5m.", EN, [("US$2.5bn", "2.5e9", "currency:USD", "money"),
                                                ("£5m", "5e6", "currency:GBP", "money")]),
    ("a fee of 5.7 million euros", EN, [("5.7 million euros", "5.7e6", "currency:EUR", "money")]),
    ("The prize is 15 million lira.", EN, [("15 million lira", "1.5e7", "currency:TRY", "money")]),
    ("Around 2,400 people were evacuated.", EN, [("2,400", "2400", None, "cardinal", True)]),
    ("More than 100 people were hurt.", EN, [("100", "100", None, "cardinal", True)]),
    ("According to three sources familiar with the matter", EN, [("three", "3", None, "cardinal")]),
    ("A million people watched.", EN, [("A million", "1e6", None, "cardinal")]),
    ("Twenty-five planes and one hundred and twenty troops", EN, [("Twenty-five", "25", None, "cardinal"),
                                                                 ("one hundred and twenty", "120", None, "cardinal")]),
    ("One of the injured is in serious condition; no one else was hurt.", EN, [("One", "1", None, "cardinal")]),
    ("A third of voters and two-thirds of members agreed.", EN, [("A third", "33.3", "percent", "percent"),
                                                                 ("two-thirds", "66.7", "percent", "percent")]),
    ("the 3rd stage, the third round and the twenty-first century", EN, [
        ("3rd", "3", None, "ordinal"), ("third", "3", None, "ordinal"), ("twenty-first", "21", None, "ordinal")]),
    ("a 30-kilogram payload and a three-year contract", EN, [("30-kilogram", "30", "kg", "measure"),
                                                            ("three-year", "3", "year", "measure")]),
    ("1,850 hectares burned; winds reached 60 kilometers per hour.", EN, [
        ("1,850 hectares", "1850", "hectare", "measure"), ("60 kilometers", "60", "km", "measure")]),
    ("The bank raised rates by 150 basis points.", EN, [("150 basis points", "150", "basis point", "percent")]),
    ("Between 10-15 people were hurt.", EN, [("10-15", "10", None, "cardinal", False, "15")]),
    ("Russia's 2014 annexation of Crimea", EN, [("2014", "2014", None, "year")]),
    ("the annexation of Crimea in 2014", EN, []),
    ("– Phil Stewart (@phildstewart) March 20, 2022", EN, []),
    ("S-300s and S-400s from NATO allies; 5G networks", EN, [
        ("S-300", "300", None, "code"), ("S-400", "400", None, "code"), ("5G", "5", None, "code")]),
]

# The number grammar, form by form: each form read (first row) and a look-alike left alone (second row).
GRAMMAR_CASES = [
    # compound numerals with scales, in both languages
    ("Fonda 4 milyon 215 bin 36 lira birikti.", TR, [("4 milyon 215 bin 36 lira", "4215036", "currency:TRY", "money")]),
    ("Fonda 4 milyon lira, 215 bin kişiye gitti.", TR, [("4 milyon lira", "4e6", "currency:TRY", "money"),
                                                       ("215 bin", "215000", None, "cardinal")]),
    ("The fund held 4 million 215 thousand and 36 lira.", EN, [
        ("4 million 215 thousand and 36 lira", "4215036", "currency:TRY", "money")]),
    ("It paid 7 thousand, 430 euros.", EN, [("7 thousand, 430 euros", "7430", "currency:EUR", "money")]),
    ("By 2 million, 30 more had left.", EN, [("2 million", "2e6", None, "cardinal"), ("30", "30", None, "cardinal")]),
    # spelled-out compounds
    ("Salona üç yüz kırk beş kişi sığdı.", TR, [("üç yüz kırk beş", "345", None, "cardinal")]),
    ("Yüz yüze görüştüler.", TR, []),
    ("A dozen eggs, two dozen apples.", EN, [("A dozen", "12", None, "cardinal"), ("two dozen", "24", None, "cardinal")]),
    ("Dozens of people came.", EN, []),
    ("Bir düzine kalem aldı.", TR, [("Bir düzine", "12", None, "cardinal")]),
    ("Düzinelerce kalem aldı.", TR, []),
    # thousands separators
    ("Stadyumu 12.500.000 kişi ziyaret etti.", TR, [("12.500.000", "12500000", None, "cardinal")]),
    ("Sürüm 1.2.3 çıktı.", TR, []),
    # clock times after a cue
    ("The train left at 21.15 sharp.", EN, [("21.15", "21.15", None, "time")]),
    ("The rate was 21.15 percent.", EN, [("21.15 percent", "21.15", "percent", "percent")]),
    ("Output stood at 2.45 million tonnes.", EN, [("2.45 million tonnes", "2450000", "ton", "measure")]),
    ("Doors open at 07:30.", EN, []),  # a colon time is a date mention, skipped by default
    # ranges, low to high whatever the order
    ("Olayda 3-4 kişi yaralandı.", TR, [("3-4", "3", None, "cardinal", False, "4")]),
    ("Fiyat 40 ile 25 lira arasında.", TR, [("40 ile 25 lira", "25", "currency:TRY", "money", False, "40")]),
    ("Ali ile 25 kişi geldi, 40 ile de 30 kişi.", TR, [("25", "25", None, "cardinal"), ("40", "40", None, "cardinal"),
                                                     ("30", "30", None, "cardinal")]),
    ("Built between 1990 and 1985, it stood.", EN, [("1990 and 1985", "1985", None, "year", False, "1990")]),
    ("She saw 1990 and 1985 differently.", EN, [("1990", "1990", None, "year"), ("1985", "1985", None, "year")]),
    ("Voters aged 18 to 29 agreed.", EN, [("18 to 29", "18", None, "cardinal", False, "29")]),
    ("1995 ila 1999 yılları arasında", TR, [("1995 ila 1999 yılları", "1995", None, "year", False, "1999")]),
    ("1995 yıl önce", TR, [("1995 yıl", "1995", "year", "measure")]),
    # suffixed number words: copula, possessive with a buffer, locative, and what they must not be
    ("Finalist sayısı dörttü.", TR, [("dörttü", "4", None, "cardinal")]),
    ("Dördüncüydü.", TR, [("Dördüncüydü", "4", None, "ordinal")]),
    ("Yolculardan altısının durumu ağır.", TR, [("altısının", "6", None, "cardinal")]),
    ("Köprünün altında beklediler.", TR, []),
    ("Çocuk beşinde okumayı söktü.", TR, [("beşinde", "5", None, "cardinal")]),
    ("Yedisi eve döndü, yediği yemek bitti.", TR, [("Yedisi", "7", None, "cardinal")]),
    # distributives
    ("Her aileye beşer ton kömür verildi.", TR, [("beşer ton", "5", "ton", "measure")]),
    ("Katılımcılara yirmi beşer lira ödendi.", TR, [("yirmi beşer lira", "25", "currency:TRY", "money")]),
    ("Katılımcılara 30'ar kilo un verildi.", TR, [("30'ar kilo", "30", "kg", "measure")]),
    ("Kazananlara 25'şer bin lira ödendi.", TR, [("25'şer bin lira", "25000", "currency:TRY", "money")]),
    ("Teknelere yüzer yolcu alınıyor.", TR, [("yüzer", "100", None, "cardinal")]),
    ("Tahta suda yüzer, taş batar.", TR, []),
    ("Usta kapıyı onar ve boyar.", TR, []),
    ("Limana yeni yüzer bir iskele kuruldu.", TR, []),  # floating, a participle after an adjective
    ("Körfeze bir yüzer havuz kuruldu.", TR, []),
    ("Ev onarıldı, tekne yüzer.", TR, []),
    # a bare "bin" with a case ending
    ("Bine yakın mektup geldi.", TR, [("Bine", "1000", None, "cardinal", True)]),
    ("Binaya yakın durdu.", TR, []),
    # hundredths of a currency
    ("Harçlık 48 lira otuzar kuruş.", TR, [("48 lira", "48", "currency:TRY", "money"),
                                          ("otuzar kuruş", "30", "currency:hundredth", "money")]),
    ("It cost 3 dollars and 5 cents.", EN, [("3 dollars", "3", "currency:USD", "money"),
                                           ("5 cents", "5", "currency:hundredth", "money")]),
    # ordinals
    ("Takım 4'üncü oldu, sonra 4. turda elendi.", TR, [("4'üncü", "4", None, "ordinal"), ("4.", "4", None, "ordinal")]),
    ("Takım 4 tur sonra elendi.", TR, [("4", "4", None, "cardinal")]),
    # number words inside a name
    ("Yönetmenin Üç Maymun filmi ödül aldı.", TR, []),
    ("Üç maymun kaçtı.", TR, [("Üç", "3", None, "cardinal")]),
    ("The film Seven Samurai was shown.", EN, []),
    ("Seven samurai were shown.", EN, [("Seven", "7", None, "cardinal")]),
    # a dash before a title is not a unit
    ("1989 - Yıllar Geçti", TR, [("1989", "1989", None, "year")]),
    ("Şirket 5-yıllık plan yaptı.", TR, [("5-yıllık", "5", "year", "measure")]),
    # English number words and idioms
    ("Two and a half hours passed.", EN, [("Two and a half hours", "2.5", "hour", "measure")]),
    # fractions, as spelled percentages; ordinals and periods that look like them stay what they are
    ("Half of them stayed; a quarter left.", EN, [("Half", "50", "percent", "percent"),
                                                  ("a quarter", "25", "percent", "percent")]),
    ("In the third round of the first quarter.", EN, [("third", "3", None, "ordinal"), ("first", "1", None, "ordinal")]),
    ("Gelirin yarısı ve dörtte üçü gitti.", TR, [("yarısı", "50", "percent", "percent"),
                                                ("dörtte üçü", "75", "percent", "percent")]),
    ("Yarın yarım saat yarışacaklar.", TR, []),
    ("Maçın ikinci yarısı, in the second half", TR, [("ikinci", "2", None, "ordinal")]),
    ("Prices tripled, then rose fourfold.", EN, [("tripled", "3", None, "cardinal"), ("fourfold", "4", None, "cardinal")]),
    ("He had double standards.", EN, [("double", "2", None, "cardinal")]),
    ("Over the past decade it grew.", EN, [("decade", "10", "year", "measure")]),
    ("For decades it grew.", EN, []),
    ("Two decades later it grew.", EN, [("Two decades", "20", "year", "measure")]),
    ("It is open round the clock.", EN, [("round the clock", "24", "hour", "measure")]),
    ("The clock stopped.", EN, []),
    ("Yüzyıllık çınar kesildi.", TR, [("Yüzyıllık", "100", "year", "measure")]),
    ("Yüzyıllardır sürüyor, 20. yüzyılda başladı.", TR, [("20.", "20", None, "ordinal")]),
    ("Nobody came, and no-one left.", EN, []),
    # "altı çizilmek" (to be underlined, stressed) names no six; six lines are still six
    ("Raporda bu riskin altı çizildi, altı çizgi de silindi.", TR, [("altı", "6", None, "cardinal")]),
    # vague amounts are not read on either side
    ("Yüzlerce kişi ve onlarca araç vardı.", TR, []),
    ("Hundreds of people and thousands of cars.", EN, []),
    # percentages either way round
    ("Oran %5 oldu.", TR, [("%5", "5", "percent", "percent")]),
    ("The rate was 5 percent.", EN, [("5 percent", "5", "percent", "percent")]),
    # a duration in hours, minutes and seconds, with the instrumental ending
    ("2 saat 7 dakika 31 saniyelik derecesi, 2 saat 14 dakikayla geçildi.", TR,
     [("2 saat", "2", "hour", "measure"), ("7 dakika", "7", "minute", "measure"),
      ("31 saniyelik", "31", "second", "measure"), ("2 saat", "2", "hour", "measure"),
      ("14 dakikayla", "14", "minute", "measure")]),
    ("A time of 2 hours, 7 minutes and 31 seconds.", EN,
     [("2 hours", "2", "hour", "measure"), ("7 minutes", "7", "minute", "measure"),
      ("31 seconds", "31", "second", "measure")]),
]
CASES += GRAMMAR_CASES


@pytest.mark.parametrize(("text", "language", "expected"), CASES, ids=[case[0][:40] for case in CASES])
def test_find_quantities(text, language, expected):
    assert _found(text, language) == _expected(*expected)


def test_spans_to_skip_can_be_given():
    text = "24 Şubat'ta 3 kişi"
    assert [text[q.start:q.end] for q in find_quantities(text, TR)] == ["3"]
    assert [text[q.start:q.end] for q in find_quantities(text, TR, skip=())] == ["24", "3"]
    assert [text[q.start:q.end] for q in find_quantities(text, TR, skip=[Span(12, 13)])] == ["24"]


@pytest.mark.parametrize(("surface", "language", "value"), [
    ("1.250", TR, "1250"), ("1.250,75", TR, "1250.75"), ("3,5", TR, "3.5"), ("3.5", TR, "3.5"),
    ("1,250", EN, "1250"), ("1,250.75", EN, "1250.75"), ("3.5", EN, "3.5"), ("3,5", EN, "3.5"),
    ("1.250.000", TR, "1250000"),
])
def test_parse_number(surface, language, value):
    assert parse_number(surface, language) == Decimal(value)


def test_unreadable_digits():
    assert parse_number("1.2.3", TR) is None


ODD_INPUTS = ["", " ", ".", "%", "$", "-", "––", "...", "'", "’s", "1.", "1,", ",5", "%%", "$$1", "yüzde",
              "İIıi", "ĞÜŞÖÇ", "🙂 3 🙂", "3🙂", "\u00a0%\u00a042", "\u00ad12", "12\r\n", "1-", "-1-",
              "a", "an hundred", "bir", "on", "S-", "S-4", "4.", "99999999999999999999999", "1.2.3.4",
              "0,0,0", "2 bin", "bin bin bin", "yüz yüz", "%1'", "saat", "1e9", "٣", "²", "½"]


@pytest.mark.parametrize("language", list(Language))
def test_never_raises_on_odd_input(language):
    generator = random.Random(20220224)
    alphabet = "0123456789.,%$€£₺-–' ’\n\tİIıiŞşĞğÜüÖöÇç yüzde bin milyon one a S🙂"
    texts = ODD_INPUTS + ["".join(generator.choice(alphabet) for _ in range(generator.randint(1, 40)))
                          for _ in range(500)]
    for text in texts:
        for quantity in find_quantities(text, language):
            assert 0 <= quantity.start < quantity.end <= len(text), text


@pytest.mark.parametrize("text, counted", [
    ("Heykelin yüz hatları çok belirgin.", []),  # facial features: a numeral's noun would be singular
    ("Sorun on yıllardır çözülmedi.", []),  # for decades
    ("Törene yüz kişi katıldı.", [Decimal(100)]),
    ("Toplantıya iki bakan katıldı.", [Decimal(2)]),
])
def test_a_plural_after_a_turkish_number_word_is_no_count(text, counted):
    assert [quantity.value for quantity in find_quantities(text, Language.TURKISH)] == counted


@pytest.mark.parametrize("text, per_item", [
    ("Katılımcılara 30'ar kilo un verildi.", [True]),
    ("Her aileye beşer ton kömür verildi.", [True]),
    ("Teknelere yüzer yolcu alınıyor.", [True]),
    ("Katılımcılara 30 kilo un verildi.", [False]),
])
def test_a_turkish_distributive_is_per_item(text, per_item):
    assert [quantity.per_item for quantity in find_quantities(text, TR)] == per_item
