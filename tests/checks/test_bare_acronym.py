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


# The table of Turkish acronyms (drift/checks/data/turkish_acronyms.tsv): an acronym the original never spells out.
@pytest.mark.parametrize(("orig", "trans", "flagged"), [
    # A public body's acronym as subject, possessive, inside a hyphenated word and before an office.
    ("SGK, emeklilere yeni bir ödeme takvimi açıkladı.", "SGK announced a new payment calendar for pensioners.",
     ["SGK"]),
    ("TCMB'nin faiz kararı perşembe açıklanacak.", "TCMB's rate decision will be announced on Thursday.", ["TCMB"]),
    ("TOKİ'nin yaptığı konutlar teslim edildi.", "The TOKİ-built homes were handed over.", ["TOKİ"]),
    ("RTÜK Başkanı Ali Demir yeni kuralları anlattı.", "RTÜK President Ali Demir explained the new rules.",
     ["RTÜK"]),
    # A common noun's abbreviation with an English plural.
    ("İlçede iki yeni ASM açıldı.", "Two new ASMs opened in the district.", ["ASM"]),
    # The original names the body in full; the English puts its Turkish acronym.
    ("Sosyal Güvenlik Kurumu yeni takvimi açıkladı.", "SGK announced the new calendar.", ["SGK"]),
    # A clause that says what the body did, or a comma after a place, explains nothing.
    ("SGK, pazartesi yaptığı açıklamada takvimi duyurdu.",
     "SGK, which made the announcement on Monday, published the calendar.", ["SGK"]),
    ("Ankara'da SGK takvimi duyurdu.", "In Ankara, SGK published the calendar.", ["SGK"]),
])
def test_a_table_acronym_left_bare_is_flagged(orig, trans, flagged, encoder):
    assert _bare(orig, trans, encoder) == flagged


@pytest.mark.parametrize(("orig", "trans"), [
    # Introduced: after the English name, with its English name after it, after a comma, after a describing noun,
    # or with a clause whose words name it.
    ("SGK, emeklilere yeni bir ödeme takvimi açıkladı.",
     "The Social Security Institution (SGK) announced a new payment calendar for pensioners."),
    ("SGK, emeklilere yeni bir ödeme takvimi açıkladı.",
     "SGK (the Social Security Institution) announced a new payment calendar for pensioners."),
    ("SGK, emeklilere yeni bir ödeme takvimi açıkladı.",
     "The Social Security Institution, SGK, announced a new payment calendar for pensioners."),
    ("SGK, emeklilere yeni bir ödeme takvimi açıkladı.",
     "The state pension agency SGK announced a new payment calendar for pensioners."),
    ("SGK, emeklilere yeni bir ödeme takvimi açıkladı.",
     "SGK, which runs the social security system, announced a new payment calendar for pensioners."),
    # Introduced once, then used bare.
    ("SGK takvimi açıkladı. SGK ödemeleri ayın 15'inde yapacak.",
     "The Social Security Institution (SGK) published the calendar. SGK will pay on the 15th of each month."),
    # Acronyms English keeps: a party, the lira's sign.
    ("CHP yeni adayını açıkladı.", "The CHP announced its new candidate."),
    ("Fatura 2 bin TL'yi aştı.", "The bill passed 2,000 TL."),
    # Part of a name: a capitalised word or a figure after it, a name before it.
    ("TOKİ Park Evleri'nde 300 konut var.", "The TOKİ Park Residences have 300 homes."),
    # An English acronym spelt alike, where the original names no such body.
    ("Öğrenciler Boston'daki üniversiteyi ziyaret etti.", "The students visited MIT in Boston."),
    # A common noun the English says in its own words elsewhere.
    ("Kentte iki AVM açıldı. AVM'ler hafta sonu kalabalıktı.",
     "Two shopping centres opened in the city. The AVMs were crowded at the weekend."),
])
def test_a_table_acronym_introduced_kept_or_named_is_not_flagged(orig, trans, encoder):
    assert _bare(orig, trans, encoder) == []


def test_the_table_is_well_formed():
    from drift.checks.bare_acronym import TABLE_PATH, acronym_key, acronym_table

    rows = [line.split("\t") for line in TABLE_PATH.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    assert len(rows) > 150 and all(len(row) == 5 for row in rows)
    assert len({acronym_key(row[0]) for row in rows}) == len(rows)
    assert {row[2] for row in rows} == {"spell", "kept"}
    assert acronym_table()["dsi"].english == "State Hydraulic Works"


@pytest.mark.parametrize(("trans", "flagged"), [
    # "the ACR" before a noun names one thing after the body; before a verb or a preposition it is the body.
    ("Officials met at the SGK service building.", []),
    ("Officials said the SGK would pay on Monday.", ["SGK"]),
    ("Officials criticised the SGK over the delays.", ["SGK"]),
])
def test_the_acronym_before_a_noun_names_a_thing(trans, flagged, encoder):
    assert _bare("Yetkililer SGK hizmet binasında toplandı.", trans, encoder) == flagged


# Session 13: the original explains the acronym after it ("ACR (Name)"), or spells the name out in the aligned
# sentence and writes no acronym; an acronym English makes of its own words is not the original's.
@pytest.mark.parametrize(("orig", "trans", "flagged"), [
    ("BKM (Bölge Kuş Merkezi) göçmen kuşları saydı.", "BKM counted the migrating birds.", ["BKM"]),
    ("BKM (Bölge Kuş Merkezi) göçmen kuşları saydı.", "The Regional Bird Centre (BKM) counted the migrating birds.",
     []),
    ("Deniz Ulaşımı Genel Müdürlüğü seferleri iptal etti.", "DUGM cancelled the sailings.", ["DUGM"]),
    ("Deniz Ulaşımı Genel Müdürlüğü seferleri iptal etti.",
     "The General Directorate of Sea Transport cancelled the sailings.", []),
    ("Birleşmiş Milletler bölgeye yardım gönderdi.", "The UN sent aid to the region.", []),
])
def test_an_acronym_the_original_explains_after_it_or_spells_out(orig, trans, flagged, encoder):
    assert _bare(orig, trans, encoder) == flagged


# A comma before the acronym glosses it only when the words before the comma describe the body.
@pytest.mark.parametrize(("trans", "flagged"), [
    ("In the spring, BKM counted the migrating birds.", ["BKM"]),
    ("The regional bird centre, BKM, counted the migrating birds.", []),
])
def test_a_comma_before_the_acronym(trans, flagged, encoder):
    orig = "Bölge Kuş Merkezi (BKM) ilkbaharda göçmen kuşları saydı."
    assert _bare(orig, trans, encoder) == flagged
