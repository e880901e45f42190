"""D418 antonym: a news verb rendered by its opposite, and the antonym table's tie to the lexicon."""

from __future__ import annotations

import pytest

from drift.checks.antonym import antonym_table
from drift.lexicon import load_lexicon
from findings import findings_of


def test_every_table_word_is_in_the_lexicon_with_a_sense_of_its_row():
    from drift.lexicon.lemma import turkish_lemmas

    lexicon = load_lexicon()
    for pole in antonym_table():
        english = pole.english | pole.english_weak
        english_words = {word for entry in english for word in entry.split()}
        for word in pole.turkish:
            if word not in lexicon:
                # A construction of a noun and a light verb ("ret oyu vermek"): its noun words are keys (or forms of
                # keys, by their first lemmas: "lehine" of leh, "katına" of kat, whose first reading is katı), its
                # verb is one, and one of their senses says a word of the row. The check matches these words as
                # written, so the lemmas serve only to tie them to the lexicon.
                *head, verb = word.split()
                keys = [[part] if part in lexicon else list(turkish_lemmas(part, lexicon)[:3]) for part in head]
                assert head and verb in lexicon and all(keys), word
                senses = [sense for candidates in keys for key in candidates for sense in lexicon.senses(key)]
            else:
                senses = lexicon.senses(word)
            assert any(sense in english or set(sense.split()) & english_words for sense in senses), (word, senses[:6])


def test_each_family_has_two_poles():
    families = {}
    for pole in antonym_table():
        families.setdefault(pole.family, set()).add(pole.pole)
    assert all(len(poles) == 2 for poles in families.values()), families


@pytest.mark.parametrize("orig, trans, wrong, expected", [
    ("Meclis yasayı onayladı.", "Parliament vetoed the law.", "vetoed", "approve"),
    ("Bölgesel ticaret hacmi geçen yıl genişledi.", "Regional trade volume shrank last year.", "shrank", "expand"),
    ("İşsizlik oranı yüzde 9'a geriledi.", "The unemployment rate rose to 9 percent.", "rose", "decline"),
    ("Hükümet gösterileri yasakladı.", "The government allowed the protests.", "allowed", "ban"),
    ("Müze yeniden açıldı.", "The museum was closed again.", "closed", "open"),
    ("Takım deplasmanda kazandı.", "The team lost away from home.", "lost", "win"),
    ("Hükümet vize şartını kaldırdı.", "The government imposed a visa requirement.", "imposed", "lift"),
    ("Gemi limandan ayrıldı.", "The ship arrived at the port.", "arrived", "depart"),
    ("Uçak İstanbul'a vardı.", "The plane departed for Istanbul.", "departed", "arrive"),
])
def test_opposite_is_flagged(orig, trans, wrong, expected, encoder):
    found = findings_of("D418", orig, trans, encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [(wrong, expected)]


@pytest.mark.parametrize("orig, trans", [
    ("Meclis yasayı onaylamadı.", "Parliament rejected the law."),  # a negation is the opposite
    ("Meclis yasayı onayladı.", "Parliament passed the law."),
    ("İhracat arttı, ithalat ise azaldı.", "Exports rose while imports fell."),
    ("Fiyatlar yükseldi.", "Prices went up, though less than expected."),
    ("Depolama kapasitesi genişletildi.", "Storage capacity was expanded."),
    ("Şirket açıklamasında zararın azaldığını duyurdu.", "The company said in a statement that losses narrowed."),
    ("Hükümet vize şartını kaldırdı.", "The government scrapped the visa requirement."),
    ("Gemi limandan ayrıldı.", "The ship left the port."),
    ("Yaralılar hastaneye kaldırıldı.", "The injured were taken to hospital."),
])
def test_same_direction_stays_quiet(orig, trans, encoder):
    assert findings_of("D418", orig, trans, encoder) == []


@pytest.mark.parametrize("orig, trans", [
    ("Kurt tutuklama istemiyle mahkemeye çıkarıldı ve bırakıldı.", "Kurt was released by the court."),
    ("Örgüt büyük darbe yedi.", "The group took a severe blow and its power is dropping."),
])
def test_a_noun_that_only_looks_like_the_verb_stays_quiet(orig, trans, encoder):
    assert findings_of("D418", orig, trans, encoder) == []


def test_a_name_that_parses_as_a_verb_stem_stays_quiet(encoder):
    orig = "Trump, Biden'den görevi devraldı."
    assert findings_of("D418", orig, "Trump took over from Biden, whose term had begun four years earlier.",
                       encoder) == []


def test_a_negation_elsewhere_in_the_sentence_does_not_hide_the_opposite(encoder):
    orig = "Depremde can kaybı yaşanmadı, ancak 12 kişi hafif yaralandı."
    found = findings_of("D418", orig, "No one died in the quake, but 12 people were seriously injured.", encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [("seriously", "light")]


@pytest.mark.parametrize("orig, trans", [
    ("Fiyatlar bu ay artmadı.", "Prices fell this month."),  # the negated verb is near the other pole
    ("Fiyatlar bu ay arttı.", "Prices did not fall this month; they rose."),
    ("Fiyatlar bu ay arttı.", "Prices did not fall this month."),  # an English negation before the opposite
])
def test_a_negation_on_the_word_itself_stays_quiet(orig, trans, encoder):
    assert findings_of("D418", orig, trans, encoder) == []


@pytest.mark.parametrize("orig, trans, wrong, expected", [
    # keep / lose
    ("Kulüp ligdeki yerini korudu.", "The club lost its place in the league.", "lost", "keep"),
    ("Parti seçimde çoğunluğu kaybetti.", "The party kept its majority in the election.", "kept", "lose"),
    # stopped / resumed; opened / taken offline
    ("Fabrikada üretim geçen hafta durduruldu.", "Production at the factory resumed last week.", "resumed", "stop"),
    ("Bakanlık, sitenin yarın yeniden açılacağını duyurdu.", "The ministry said the website would go offline "
     "tomorrow.", "offline", "open"),
    # above / below
    ("Kira artışı enflasyonun üzerinde seyretti.", "Rent increases ran below inflation.", "below", "above"),
    ("Bölgede sıcaklık mevsim normallerinin altında kaldı.", "Temperatures in the region stayed above seasonal "
     "norms.", "above", "below"),
    # more / less: "daha" + word, "daha az", "-dAn az", "-dAn fazla"
    ("Yeni bulgular öncekilere göre çok daha belirgin.", "The new findings are far less distinct than earlier "
     "ones.", "less", "more"),
    ("Bu yıl sınava daha az aday katıldı.", "More candidates sat the exam this year.", "More", "Less"),
    ("Toplanan bağış hedefin yarısından az.", "The donations collected are more than half the target.",
     "more", "less"),
    ("Toplantıya 300'den fazla kişi katıldı.", "Fewer than 300 people attended the meeting.", "Fewer", "More"),
    # haklı bulmak (find justified) is to uphold
    ("Hakem kurulu, takımın maç sonucuna yaptığı itirazı haklı buldu.",
     "The referees' board dismissed the team's objection to the match result.", "dismissed", "uphold"),
])
def test_keeping_levels_and_comparisons_reversed_are_flagged(orig, trans, wrong, expected, encoder):
    found = findings_of("D418", orig, trans, encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [(wrong, expected)]


@pytest.mark.parametrize("orig, trans", [
    ("Kulüp ligdeki yerini korudu.", "The club kept its place in the league."),
    ("Kulüp ligdeki yerini korudu.", "The club held on to its place in the league."),
    ("Fabrikada üretim geçen hafta durduruldu.", "Production at the factory was halted last week."),
    ("Bakanlık, sitenin yarın yeniden açılacağını duyurdu.", "The ministry said the website would be back online "
     "tomorrow."),
    ("Kira artışı enflasyonun üzerinde seyretti.", "Rent increases outpaced inflation."),
    ("Kurul, rapor üzerinde çalışmaya devam etti.", "The board continued to work on the report under pressure."),
    ("Yeni bulgular öncekilere göre çok daha belirgin.", "The new findings are much clearer than earlier ones."),
    ("Bu konu daha önce de gündeme gelmişti.", "The issue had been raised less prominently before."),  # daha önce
    ("Saldırıdan az önce bölgeye polis geldi.", "Police arrived more or less just before the attack."),
    ("Kazada en az beş kişi yaralandı.", "More than five people were injured in the accident."),  # en az: at least
    ("Bir kez daha erteleme yapılmayacak.", "There will be no more delays, and less uncertainty."),
    ("Toplanan bağış hedefin yarısından az.", "The donations collected are less than half the target."),
    ("Kurul, takımın itirazını haklı buldu.", "The board upheld the team's objection."),
    ("Kurul, takımın itirazını haklı bulmadı.", "The board dismissed the team's objection."),  # negated
    ("Bu yıl geçiş sayısı daha düşük kaldı.", "There were fewer crossings this year."),  # a low word's comparative
    ("Faizler daha düşük kaldı.", "Interest rates stayed lower, making loans more affordable."),
    ("Sistem yarın yeniden açılacak.", "The online system will be back tomorrow, not taken offline."),
])
def test_keeping_levels_and_comparisons_kept_stay_quiet(orig, trans, encoder):
    assert findings_of("D418", orig, trans, encoder) == []


@pytest.mark.parametrize("orig, trans, wrong, expected", [
    # Words the hand table lacks: WordNet gives the English word as an opposite of the Turkish word's sense.
    ("Tren bu sabah istasyona erken geldi.", "The train reached the station late this morning.", "late", "early"),
    ("Bakan raporu eleştirdi.", "The minister praised the report.", "praised", "criticize"),
    # Both sides negated is still the opposite: never lost / failed to win.
    ("Takım sezon boyunca hiç yenilmedi.", "The team failed to win a match all season.", "win", "lose"),
])
def test_an_opposite_wordnet_gives_is_flagged(orig, trans, wrong, expected, encoder):
    found = findings_of("D418", orig, trans, encoder)
    assert [(finding.trans.text, finding.expected, finding.basis) for finding in found] == [
        (wrong, expected, "wordnet")]


@pytest.mark.parametrize("orig, trans", [
    ("Tren bu sabah istasyona erken geldi.", "The train reached the station early this morning."),
    ("Takım yenilmedi.", "The team won."),  # a negation on one side only turns the opposite back
    ("Erken başlayan toplantı geç bitti.", "The meeting started early and ended late."),  # both poles said
    ("Bakan raporu eleştirdi ve önerileri övdü.", "The minister criticised the report and praised its proposals."),
    ("Takım sezon boyunca hiç yenilmedi.", "The team never lost a match all season."),
    ("Kurul, şirketin ihracatının arttığını ekledi.", "The board added that the company's exports had increased."),
])
def test_what_wordnet_reads_as_kept_stays_quiet(orig, trans, encoder):
    assert findings_of("D418", orig, trans, encoder) == []


# English phrases of the table (a phrasal verb, "up" or "down" before a figure, "in ... favour"), the vote family,
# a figure in the dative before çıkmak, and the schedule family.
@pytest.mark.parametrize("orig, trans, wrong, expected", [
    ("Komisyon teklifi oy birliğiyle kabul etti.", "The commission unanimously turned down the offer.",
     "turned down", "accept"),
    ("Meclis üyesi Kaya, bütçeye ret oyu verdi.", "Council member Kaya voted for the budget.", "voted for",
     "vote against"),
    ("Üye bütçeye lehte oy kullandı.", "The member voted against the budget.", "voted against", "vote for"),
    ("Satışlar yüzde 4 azaldı.", "Sales were up 4 percent.", "up 4", "decrease"),
    ("Kurul itirazı reddetti.", "The board ruled in the applicants' favour.", "in the applicants' favour", "reject"),
    ("Kira 9 bin liraya çıktı.", "The rent eased to 9,000 lira.", "eased", "rise"),
    ("Kulüp maçı erteledi.", "The club brought the match forward.", "brought the match forward", "postpone"),
    ("Kulüp maçı bir hafta erkene aldı.", "The club delayed the match by a week.", "delayed", "bring forward"),
])
def test_phrases_and_constructions_are_flagged(orig, trans, wrong, expected, encoder):
    found = findings_of("D418", orig, trans, encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [(wrong, expected)]


@pytest.mark.parametrize("orig, trans, wrong, expected, basis", [
    # A figure bounded the other way: exceeded 9 percent, rendered below it.
    ("İşsizlik yüzde 9'u aştı.", "Unemployment fell below 9 percent.", "below 9 percent", "over 9 percent", "bound"),
    ("Bekleme süresi 30 dakikanın altına indi.", "The wait went above 30 minutes.", "above 30 minutes",
     "under 30 minutes", "bound"),
    # A -sIz adjective rendered by its -lI twin's sense.
    ("Müfettiş, denetimin yetersiz olduğunu yazdı.", "The inspector wrote that the audit was adequate.", "adequate",
     "insufficient", "privative"),
    ("Deneme başarısız oldu.", "The trial was successful.", "successful", "unsuccessful", "privative"),
])
def test_bounds_and_twins_are_flagged(orig, trans, wrong, expected, basis, encoder):
    found = findings_of("D418", orig, trans, encoder)
    assert [(finding.trans.text, finding.expected, finding.basis) for finding in found] == [(wrong, expected, basis)]


@pytest.mark.parametrize("orig, trans", [
    ("Meclis üyesi Kaya, bütçeye ret oyu verdi.", "Council member Kaya voted against the budget."),
    ("Satışlar yüzde 4 azaldı.", "Sales were down 4 percent."),
    ("Fiyatlar yüzde 4 arttı.", "Prices rose by up to 4 percent."),
    ("Kurul itirazı reddetti.", "The board threw out the objection."),
    ("İşsizlik yüzde 9'u aştı.", "Unemployment topped 9 percent."),
    ("İşsizlik yüzde 9'u geçmedi.", "Unemployment stayed below 9 percent."),  # the bound denied
    ("65 yaş ve üzeri nüfus yüzde 10'u geçti.", "The population aged 65 and over passed 10 percent."),
    ("Müfettiş, denetimin yetersiz olduğunu yazdı.", "The inspector wrote that the audit was not adequate."),
    ("Müfettiş, denetimin yetersiz olmadığını yazdı.", "The inspector wrote that the audit was adequate."),
    ("Kira 9 bin liraya çıktı.", "The rent went up to 9,000 lira."),
    ("Kulüp maçı erteledi.", "The club postponed the match."),
    ("Ekip sabah yola çıktı.", "The team set off in the morning."),
])
def test_kept_phrases_bounds_and_twins_stay_quiet(orig, trans, encoder):
    assert findings_of("D418", orig, trans, encoder) == []


# Session 8: a kept word that renders another word, a general word after a figure, multiples, falling behind or
# getting ahead, open and closed states, and limits on a figure.
@pytest.mark.parametrize("orig, trans, wrong", [
    # "help" renders yardım, not the verb of approving: it keeps nothing
    ("Kurul, köylülerin yardım başvurusunu onayladı.", "The board rejected the villagers' application for help.",
     "rejected"),
    ("Satışlar geçen aya göre yüzde 7 azaldı.", "Sales were 7 percent higher than the month before.", "higher"),
    ("Gelirler iki puan arttı.", "Revenue was 2 points less.", "less"),
    ("Kayıtlı araç sayısı dört katına çıktı.", "The number of registered cars halved.", "halved"),
    ("Sergi alanı yarıya indi.", "The exhibition space doubled.", "doubled"),
    ("Kasabada yeni açılan dükkân sayısı yarısına geriledi.", "The number of new shops opened in the town tripled.",
     "tripled"),
    ("Başvurular geçen yılın beş katına ulaştı.", "Applications halved from last year.", "halved"),
    ("Şirket kârını üçe katladı.", "The firm's profit was cut in half.", "cut"),
    ("Ücretler fiyatların gerisinde kaldı.", "Wages outpaced prices.", "outpaced"),
    ("Kasaba, nüfusta komşusunu geride bıraktı.", "The town lagged its neighbour in population.", "lagged"),
    ("Köprü bakım nedeniyle kapalı kalacak.", "The bridge will stay open for maintenance.", "open"),
    ("Hayvanat bahçesi bayramda da açıktı.", "The zoo was closed over the holiday as well.", "closed"),
])
def test_session_8_reversals_are_flagged(orig, trans, wrong, encoder):
    found = findings_of("D418", orig, trans, encoder)
    assert [finding.trans.text for finding in found] == [wrong]


@pytest.mark.parametrize("orig, trans", [
    ("Kurul, köylülerin yardım başvurusunu onayladı.", "The board approved the villagers' application for help."),
    ("Satışlar geçen aya göre yüzde 7 azaldı.", "Sales were 7 percent lower than the month before."),
    ("Kayıtlı araç sayısı dört katına çıktı.", "The number of registered cars quadrupled."),
    ("Sergi alanı yarıya indi.", "The exhibition space was halved."),
    ("Ücretler fiyatların gerisinde kaldı.", "Wages fell behind prices."),
    ("Eski fabrika geride kaldı.", "The old factory was left behind."),
    ("Köprü bakım nedeniyle kapalı kalacak.", "The bridge will stay closed for maintenance."),
    # a compound, not a state: "kapalı otopark" is an indoor car park
    ("Kapalı otoparkın girişi gece de açık.", "The entrance to the indoor car park stays open at night."),
    ("Yeni kapalı pazar yeri yarın hizmete girecek.", "The new covered market opens tomorrow."),
    # "açıkladı" is a verb made from açık (announced), no state of being open
    ("Bakan yeni kuralları açıkladı.", "The minister announced the new rules and closed the meeting."),
])
def test_session_8_faithful_renderings_stay_quiet(orig, trans, encoder):
    assert findings_of("D418", orig, trans, encoder) == []


@pytest.mark.parametrize("orig, trans, wrong", [
    ("Bir araçtaki yolcu sayısı 9'u geçmemeli.", "A vehicle must carry at least 9 passengers.", "at least 9"),
    ("Suyun sıcaklığı 40 derecenin altına düşmemeli.", "The water must not exceed 40 degrees.", "not exceed 40 degrees"),
    ("Başvuranların en az 3 yıl deneyimi olmalı.", "Applicants may have at most 3 years of experience.",
     "at most 3 years"),
    ("Her aileye en fazla 5 torba verilecek.", "Each family will receive a minimum of 5 bags.", "a minimum of 5"),
    ("Kiralar yüzde 25'e kadar artabilir.", "Rents may rise by more than 25 percent.", "more than 25 percent"),
    ("Faturalar kesinlikle 300 lirayı aşmayacak.", "Bills will certainly exceed 300 lira.", "exceed 300 lira"),
])
def test_a_limit_turned_the_other_way_is_flagged(orig, trans, wrong, encoder):
    found = findings_of("D418", orig, trans, encoder)
    assert [finding.trans.text for finding in found] == [wrong]


@pytest.mark.parametrize("orig, trans", [
    ("Bir araçtaki yolcu sayısı 9'u geçmemeli.", "A vehicle must carry no more than 9 passengers."),
    ("Bir araçtaki yolcu sayısı 9'u geçmemeli.", "A vehicle must not carry more than 9 passengers."),
    ("Suyun sıcaklığı 40 derecenin altına düşmemeli.", "The water must not fall below 40 degrees."),
    ("Başvuranların en az 3 yıl deneyimi olmalı.", "Applicants must have at least 3 years of experience."),
    ("Her aileye en fazla 5 torba verilecek.", "Each family will receive up to 5 bags."),
    ("Kiralar yüzde 25'e kadar artabilir.", "Rents may rise by up to 25 percent."),
    ("Faturalar kesinlikle 300 lirayı aşmayacak.", "Bills certainly won't exceed 300 lira."),
    # "kadar" after a plain noun is "about", no bound
    ("Salonda 200 kişi kadar vardı.", "There were at least 200 people in the hall."),
])
def test_a_limit_kept_stays_quiet(orig, trans, encoder):
    assert findings_of("D418", orig, trans, encoder) == []


@pytest.mark.parametrize("orig, trans, wrong, expected", [
    # a verb of change made from an adjective (-lAştIr, -lA, -(A)lt) against an English adjective or comparative
    ("Yeni yasa, şirket kurmayı kolaylaştırdı.", "The new law made it harder to set up a company.", "harder", "easier"),
    ("Kira fiyatları bu yıl ucuzladı.", "Rents got more expensive this year.", "expensive", "cheap"),
    ("Belediye bekleme süresini kısalttı.", "The council made the waiting time longer.", "longer", "shorter"),
    # a verbal noun of the amount family
    ("Tüketimdeki azalma sürdü.", "The rise in consumption continued.", "rise", "decrease"),
    # the first and the last of a series
    ("Ekip yarışı ilk olarak bitirdi.", "The crew finished the race last.", "last", "first"),
    ("Törene en son gelen konuk bakandı.", "The minister was the first guest to arrive at the ceremony.", "first",
     "last"),
    # both sides negated, the English the other movement
    ("Fırtına bitmeden hiçbir uçak havalanmayacak.", "No plane will land before the storm ends.", "land", "take off"),
    # a level against expectations or a target
    ("Satışlar hedefin üzerinde gerçekleşti.", "Sales fell short of the target.", "fell short", "above"),
    # a -sIz word whose English is its twin's sense without the negative prefix
    ("Kurul, verimsiz birimlerin kapatılmasını önerdi.", "The board proposed shutting down productive units.",
     "productive", "unproductive"),
])
def test_derived_negated_and_series_opposites_are_flagged(orig, trans, wrong, expected, encoder):
    found = findings_of("D418", orig, trans, encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [(wrong, expected)]


@pytest.mark.parametrize("orig, trans", [
    ("Yeni yasa, şirket kurmayı kolaylaştırdı.", "The new law made it easier to set up a company."),
    ("Kira fiyatları bu yıl ucuzladı.", "Rents became less expensive this year."),
    ("Belediye bekleme süresini kısalttı.", "The council cut the waiting time."),
    ("Tüketimdeki azalma sürdü.", "The fall in consumption continued."),
    ("Ekip yarışı ilk olarak bitirdi, geçen yıl ise son olmuştu.", "The crew finished the race first; last year it came last."),
    ("Takımın ilk maçı geçen hafta oynandı.", "The team's opening match was played last week."),
    ("Fırtına bitmeden hiçbir uçak havalanmayacak.", "No plane will take off before the storm ends."),
    ("Satışlar hedefin üzerinde gerçekleşti.", "Sales exceeded the target."),
    ("Kurul, verimsiz birimlerin kapatılmasını önerdi.", "The board proposed shutting down unproductive units."),
    # two words of one pole, both kept
    ("Büyüme hedefi korunurken yatırımlar artırıldı.", "Investment was increased while the growth target was kept."),
])
def test_derived_negated_and_series_kept_stay_quiet(orig, trans, encoder):
    assert findings_of("D418", orig, trans, encoder) == []


# Session 10 (issue 13): the WordNet path reads an English word in more ways (a compound's first part, a comparative's
# or superlative's adjective, an adverb's adjective, a verb in -en's adjective, a phrasal verb, a negating prefix) and
# a Turkish word through the analyser too (a verb of change's adjective, the verb under a derivation), and it opposes
# words through WordNet's adjective heads and verb groups and hypernyms as well as directly.
@pytest.mark.parametrize("lemma, written, particle, reading", [
    ("late-harvested", "late-harvested", "", ("late", False, "compound")),
    ("non-recyclable", "non-recyclable", "", ("recyclable", True, "prefix")),
    ("unsafe", "unsafe", "", ("safe", True, "prefix")),
    ("rarely", "rarely", "", ("rare", False, "adverb")),
    ("higher", "higher", "", ("high", False, "degree")),
    ("shallowest", "shallowest", "", ("shallow", False, "degree")),
    ("widen", "widened", "", ("wide", False, "change")),
    ("calm", "calmed", "down", ("calm down", False, "phrasal")),
])
def test_english_readings(lemma, written, particle, reading):
    from drift.checks.antonym import Reading, english_readings
    from drift.lexicon.thesaurus import load_thesaurus

    word, negated, how = reading
    assert Reading(word, negated, how) in english_readings(load_thesaurus(), lemma, written, particle)


@pytest.mark.parametrize("lemma, written", [
    ("invaluable", "invaluable"),  # a word of its own, not "not valuable"
    ("clean-up", "clean-up"),  # a noun made of a phrasal verb, not "clean"
    ("early", "early"),  # no adverb of "ear"
])
def test_english_readings_leave_false_shapes_alone(lemma, written):
    from drift.checks.antonym import english_readings
    from drift.lexicon.thesaurus import load_thesaurus

    assert {reading.how for reading in english_readings(load_thesaurus(), lemma, written)} == {"word"}


@pytest.mark.parametrize("orig, trans, wrong, expected", [
    # the first part of an English compound
    ("Kooperatif erken hasat edilen üzümleri sattı.", "The cooperative sold the late-harvested grapes.",
     "late-harvested", "early"),
    # a negating prefix added, or one the original has dropped (a -sIz word listed as a word of its own)
    ("Kurul, sözleşmenin yasal olduğunu açıkladı.", "The board declared the contract illegal.", "illegal", "legal"),
    ("Yeni kurallar güvenli sürüşü teşvik ediyor.", "The new rules encourage unsafe driving.", "unsafe", "safe"),
    ("Bu yıl hedefe ulaşmak imkânsız görünüyor.", "Reaching the target looks possible this year.", "possible",
     "impossible"),
    # adverbs: of manner, read by their adjective, and of frequency
    ("Hasta hızlı iyileşti.", "The patient recovered slowly.", "slowly", "fast"),
    ("Komşular yeni düzenlemeyi olumsuz karşıladı.", "The neighbours welcomed the new arrangement positively.",
     "positively", "negative"),
    ("Köy yolu kışın sık sık kapanıyor.", "The village road rarely closes in winter.", "rarely", "frequently"),
    ("Otobüsler bu hatta seyrek çalışıyor.", "Buses run frequently on this line.", "frequently", "seldom"),
    # comparatives (also after "daha": the degree word's entry hides no adjective) and superlatives
    ("Yeni köprü eskisinden daha kısa.", "The new bridge is longer than the old one.", "longer", "shorter"),
    ("Fiyatlar geçen aya göre daha düşük.", "Prices are higher than last month.", "higher", "low"),
    ("Yarışın en yavaş turu dokuzuncu turdu.", "The ninth lap was the fastest of the race.", "fastest", "slowest"),
    # a Turkish verb of change against an English verb of change (the analyser's adjective: sert, sade, sığ)
    ("Müzakerelerde tutumlar sertleşti.", "Positions softened in the talks.", "softened", "hard"),
    ("Gölün suyu bu yaz sığlaştı.", "The lake's water deepened this summer.", "deepened", "shallow"),
    ("Kurul kuralları sadeleştirdi.", "The board made the rules more complicated.", "complicated", "simplify"),
    # a phrasal verb
    ("Hava öğleden sonra ısındı.", "The air cooled down in the afternoon.", "cooled", "heat"),
])
def test_session_10_readings_are_flagged(orig, trans, wrong, expected, encoder):
    found = findings_of("D418", orig, trans, encoder)
    assert [(finding.trans.text, finding.expected, finding.basis) for finding in found] == [
        (wrong, expected, "wordnet")]


@pytest.mark.parametrize("orig, trans", [
    ("Kooperatif erken hasat edilen üzümleri sattı.", "The cooperative sold the early-harvested grapes."),
    ("Kurul, sözleşmenin yasal olduğunu açıkladı.", "The board declared the contract lawful."),
    ("Kurul, sözleşmenin yasal olmadığını açıkladı.", "The board declared the contract illegal."),  # both negate
    ("Yeni kurallar güvenli sürüşü teşvik ediyor.", "The new rules encourage safe driving."),
    ("Yeni kurallar güvenli olmayan sürüşü cezalandırıyor.", "The new rules punish unsafe driving."),
    ("Bu yıl hedefe ulaşmak imkânsız görünüyor.", "Reaching the target looks impossible this year."),
    ("Hasta hızlı iyileşti.", "The patient recovered quickly."),
    ("Komşular yeni düzenlemeyi olumsuz karşıladı.", "The neighbours took the new arrangement badly."),
    ("Köy yolu kışın sık sık kapanıyor.", "The village road often closes in winter."),
    ("Otobüsler bu hatta seyrek çalışıyor.", "Buses run infrequently on this line."),
    ("Yeni köprü eskisinden daha kısa.", "The new bridge is shorter than the old one."),
    ("Fiyatlar geçen aya göre daha düşük.", "Prices are lower than last month."),
    ("Yarışın en yavaş turu dokuzuncu turdu.", "The ninth lap was the slowest of the race."),
    ("Müzakerelerde tutumlar sertleşti.", "Positions hardened in the talks."),
    ("Gölün suyu bu yaz sığlaştı.", "The lake has become shallower this summer."),
    ("Kurul kuralları sadeleştirdi.", "The board simplified the rules."),
    ("Hava öğleden sonra ısındı.", "The air warmed up in the afternoon."),
    # "lowered" is a verb here, no comparison; a capital inside a sentence starts a title; a noun of many senses
    ("Ekip yüksek rafı aşağı indirdi.", "The crew lowered the high shelf."),
    ("Törende En İyi Belgesel ödülü de verildi; alt kategorilerde öğrenciler yarıştı.",
     "The Best Documentary award was also given; students competed in the sub-categories."),
    ("Fabrikaya 40 adet yeni tezgâh kuruldu.", "Forty new looms were installed on the factory's ground floor."),
])
def test_session_10_faithful_renderings_stay_quiet(orig, trans, encoder):
    assert findings_of("D418", orig, trans, encoder) == []


# A table verb under a passive after a vowel (read by the analyser), the schedule rows' other verbs and
# phrasal verbs, the supply family (a shortage or a surplus, "X fazlası"), the margin family (narrowly / easily), and a
# compound noun the lexicon reads as its first part no longer explains an English word.
@pytest.mark.parametrize("orig, trans, wrong, expected", [
    ("Toplantı iki gün ertelendi.", "The meeting was brought forward by two days.", "brought forward", "postpone"),
    ("Yeni yönetmelik dün onaylandı.", "The new regulation was rejected yesterday.", "rejected", "approve"),
    ("Sergi bir hafta tehir edildi.", "The exhibition was moved up a week.", "moved up", "postpone"),
    ("Belediye konseri erkene çekti.", "The council put the concert back.", "put the concert back", "bring forward"),
    ("Köyde yakacak odun kıtlığı var.", "The village has a surplus of firewood.", "surplus", "shortage"),
    ("Hastanede hemşire eksikliği sürüyor.", "The hospital still has a glut of nurses.", "glut", "shortage"),
    ("Şirket bu yıl nakit fazlası verdi.", "The company ran a cash shortfall this year.", "shortfall", "surplus"),
    ("Son trene kıl payı yetiştik.", "We caught the last train with ease.", "with ease", "narrowly"),
    ("Sürücü sınavı kolaylıkla geçti.", "The driver barely passed the test.", "barely", "easily"),
])
def test_other_families_and_forms_are_flagged(orig, trans, wrong, expected, encoder):
    found = findings_of("D418", orig, trans, encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [(wrong, expected)]


def test_a_compound_read_as_its_first_part_says_no_english_word(encoder):
    found = findings_of("D418", "Denizyıldızları sığ kayalıklarda toplanıyor.", "Starfish gather on deep reefs.",
                        encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [("deep", "shallow")]


@pytest.mark.parametrize("orig, trans", [
    ("Toplantı iki gün ertelendi.", "The meeting was put off for two days."),
    ("Belediye konseri erkene çekti.", "The council moved the concert up."),
    ("Köyde yakacak odun kıtlığı var.", "Firewood is scarce in the village."),
    ("Köyde ekmek sıkıntısı yok.", "The village has no bread shortage."),
    ("Kentte çok sıkıntı çektik.", "We had plenty of trouble in the city."),
    ("Ürünlerin yarısından fazlası satıldı.", "More than half of the goods were sold."),
    ("Otobüse kıl payı yetişti.", "He made the bus by a whisker."),
    ("Sınavı zar zor geçti.", "She barely passed the exam."),
    ("Sürücü sınavı kolaylıkla geçti.", "The driver passed the test easily."),
    ("Yeni yönetmelik dün onaylandı.", "The new regulation was approved yesterday."),
])
def test_other_kept_directions_stay_quiet(orig, trans, encoder):
    assert findings_of("D418", orig, trans, encoder) == []


# Session 12: an English word's part of speech by its place, a participle adjective as written, the English-side
# step to an opposite's satellite, a listed verbal noun in -mA, "X olmak / etmek" entries, the entry family, and
# the converse verb with its roles turned round.
@pytest.mark.parametrize("orig, trans, wrong", [
    ("Salonda dolu bir program vardı.", "The hall had an empty programme.", "empty"),
    ("Koşucular yarışı yorgun bitirdi.", "The runners finished the race rested.", "rested"),
    ("Kuzuların hepsi sağlıklı doğdu.", "All the lambs were born sickly.", "sickly"),
    ("Kıyı şeridinde belirgin bir daralma görüldü.", "A marked expansion of the shoreline was seen.", "expansion"),
    # since session 14 the profit family reads the whole light-verb phrase
    ("Çiftlik bu yıl kâr etti.", "The farm made a loss this year.", "made a loss"),
    ("Belediye de törene katıldı.", "The municipality also pulled out of the ceremony.", "pulled out"),
    ("Kulüp ligden çekildi.", "The club signed up for the league.", "signed up"),
])
def test_session_12_opposites_are_flagged(orig, trans, wrong, encoder):
    assert [finding.trans.text for finding in findings_of("D418", orig, trans, encoder)] == [wrong]


@pytest.mark.parametrize("orig, trans", [
    ("Salonda dolu bir program vardı.", "The hall had a full programme."),
    ("Koşucular yarışı yorgun bitirdi.", "The runners finished the race exhausted."),
    ("Kuzuların hepsi sağlıklı doğdu.", "All the lambs were born healthy."),
    ("Kıyı şeridinde belirgin bir daralma görüldü.", "The shoreline shrank markedly."),
    ("Çiftlik bu yıl kâr etti.", "The farm turned a profit this year."),
    ("Belediye de törene katıldı.", "The municipality took part in the ceremony too."),
    ("Kulüp ligden çekildi.", "The club withdrew from the league."),
    # a converse verb with its participants turned round says the same thing
    ("Ada Spor, finalde Kaya Gücü'nü yendi.", "Kaya Gücü lost to Ada Spor in the final."),
    ("Okul, kırtasiyeden bir projektör satın aldı.", "The stationer sold a projector to the school."),
])
def test_session_12_faithful_renderings_stay_quiet(orig, trans, encoder):
    assert findings_of("D418", orig, trans, encoder) == []


def test_session_12_a_converse_verb_without_the_roles_turned_is_flagged(encoder):
    found = findings_of("D418", "Ada Spor, finalde Kaya Gücü'nü yendi.", "Ada Spor lost to Kaya Gücü in the final.",
                        encoder)
    assert [finding.trans.text for finding in found] == ["lost"]


@pytest.mark.parametrize("orig, trans, wrong", [
    # a degree word belongs to its adjective: "en" says the English -est, not a word of its own
    ("Kasabadaki en yüksek kira bu mahallede ödeniyor.", "The lowest rent in town is paid in this neighbourhood.",
     "lowest"),
    # a sense two dictionaries agree on counts though other Turkish words come first for it
    ("Akşamları bahçe oldukça serin oluyor.", "In the evenings the garden gets rather warm.", "warm"),
    # an English noun read as its kind: a win is a victory, the opposite of a defeat
    ("Bu, takımın deplasmandaki ikinci yenilgisiydi.", "It was the team's second away win.", "win"),
    # a verb of getting beside a noun of result says nothing of its own
    ("Takım, kendi sahasında ağır bir yenilgi aldı.", "The team earned a comfortable win on its own ground.", "win"),
    # the most and the least of a quantity: "en çok", "en az" before a verb or a noun
    ("Sergide en çok fotoğraf çeken ziyaretçi ödül kazandı.",
     "The visitor who took the fewest photographs at the exhibition won a prize.", "fewest"),
    ("Anket, en az kullanılan hattın sahil hattı olduğunu gösterdi.",
     "The survey showed that the coastal line is the most used.", "most"),
    # a verb made from a sense ("weakened": weak) renders a verb of its own and keeps no direction
    ("Talep azaldığı için bu yıl kira geçen yıldan daha düşük.",
     "Rent is higher than last year because demand has weakened.", "higher"),
])
def test_session_13_opposites_are_flagged(orig, trans, wrong, encoder):
    assert [finding.trans.text for finding in findings_of("D418", orig, trans, encoder)] == [wrong]


@pytest.mark.parametrize("orig, trans", [
    ("Kasabadaki en yüksek kira bu mahallede ödeniyor.", "The steepest rent in town is paid in this neighbourhood."),
    ("Akşamları bahçe oldukça serin oluyor.", "The garden gets quite cool in the evenings."),
    ("Bu, takımın deplasmandaki ikinci yenilgisiydi.", "It was the team's second defeat on the road."),
    ("Takım, kendi sahasında ağır bir yenilgi aldı.", "The team suffered a heavy defeat at home."),
    ("Sergide en çok fotoğraf çeken ziyaretçi ödül kazandı.", "The visitor who took the most photographs won a prize."),
    # before a figure "en az" is a bound (at least), and "most" before an adjective the original makes with en of its
    # own is that adjective's superlative
    ("Depoda en az 30 çuval un var.", "There are at least 30 sacks of flour in the store."),
    ("En çok satan ürün, en pahalı ürün oldu.", "The best-selling item was the most expensive one."),
    # the English says the original's sense in a word made from it ("downward": down)
    ("Fiyatlarda yükseliş sınırlı kalabilir, aşağı yönlü baskı ise artabilir.",
     "The upward movement in prices may stay limited, while downward pressure may grow."),
    # a fraction is an amount, not the opposite of a complete thing
    ("Yeni iskelenin 18 ay içinde tamamlanması bekleniyor.", "The new quay should be finished in a year and a half."),
])
def test_session_13_faithful_renderings_stay_quiet(orig, trans, encoder):
    assert findings_of("D418", orig, trans, encoder) == []


@pytest.mark.parametrize("orig, trans, wrong", [
    # gain and loss told with a light verb on either side (profit family)
    ("Kooperatif bu çeyrekte zarar etti.", "The cooperative made money this quarter.", "made money"),
    ("Otelin restoranı geçen yaz kâr etti.", "The hotel's restaurant posted a loss last summer.", "posted a loss"),
    ("Matbaa üç yıl sonra kâra geçti.", "After three years the printing house went into the red.", "into the red"),
    # a budget's balance (supply family)
    ("İl bütçesi bu yıl açık verdi.", "The provincial budget ran a surplus this year.", "surplus"),
    # taking people on and letting them go (employ family)
    ("Fabrika yirmi işçiyi işten çıkardı.", "The factory hired twenty workers.", "hired"),
    ("Belediye on itfaiyeci istihdam etti.", "The council laid off ten firefighters.", "laid off"),
    # getting on and off (board family); "bindi" is a word of its own in the lexicon, the past of binmek here
    ("Yolcular otobüse bindi.", "The passengers got off the bus.", "got off"),
    # the way in and the way out (gate family)
    ("Sergi salonunun çıkış kapısı bahçeye açılıyor.", "The hall's entrance door opens onto the garden.", "entrance"),
    # a refusal with geri çevirmek
    ("Kurul, teklifi geri çevirdi.", "The board accepted the offer.", "accepted"),
])
def test_session_14_opposites_are_flagged(orig, trans, wrong, encoder):
    assert [finding.trans.text for finding in findings_of("D418", orig, trans, encoder)] == [wrong]


@pytest.mark.parametrize("orig, trans", [
    ("Kooperatif bu çeyrekte zarar etti.", "The cooperative lost money this quarter."),
    ("Matbaa üç yıl sonra kâra geçti.", "After three years the printing house was back in the black."),
    ("Fabrika yirmi işçiyi işten çıkardı.", "The factory let twenty workers go."),
    ("Yolcular otobüse bindi.", "The passengers got on the bus."),
    ("Binlerce yolcu limanda bekledi.", "Thousands of passengers waited at the port."),
    # a negated opposite says the plain word: "not accept" for a refusal, "far from wide" for narrow
    ("Kurul, teklifi geri çevirdi.", "The board did not accept the offer."),
    ("Nehir yatağı bu bölümde oldukça dar.", "In this stretch the river bed is far from wide."),
    # "far from" before a place is a distance, not a negation
    ("Yeni okul şehir merkezinin dışında ve dar bir sokakta.", "The new school is far from the centre, on a narrow street."),
])
def test_session_14_faithful_renderings_stay_quiet(orig, trans, encoder):
    assert findings_of("D418", orig, trans, encoder) == []
