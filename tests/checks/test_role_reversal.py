"""D420 role-reversal: genitive doer and accusative/dative object swapped; a comparison turned round."""

from __future__ import annotations

import pytest

from findings import findings_of


@pytest.mark.parametrize("orig, trans, basis", [
    ("Gürcistan'ın Ermenistan'a elektrik ihracatı arttı.", "Armenia's electricity exports to Georgia rose.",
     "genitive"),
    ("Bakan Yılmaz'ın Başkan Kara'yı ziyareti kısa sürdü.", "Mayor Kara's visit to Minister Yılmaz was brief.",
     "genitive"),
    ("İzmir, bu yıl Antalya'dan daha fazla turist ağırladı.", "Antalya hosted more tourists than Izmir this year.",
     "comparison"),
    ("Kentlerde işsizlik köylere göre daha yüksek.", "Unemployment is higher in villages than in cities.",
     "comparison"),
    ("Almanya'nın Polonya'ya sattığı tanklar teslim edildi.", "The tanks that Poland sold to Germany were delivered.",
     "genitive"),
    ("Öğrenciler öğretmenlerini ders saatlerini uzatmakla eleştirdi.",
     "The students were criticised by the teachers for extending lesson hours.", "agent"),
    ("Bakan, muhalefet liderini yalan söylemekle suçladı.",
     "The minister was accused by the opposition leader of lying.", "agent"),
    ("Ege bölgesinde yağış Marmara bölgesine göre daha fazla oldu.",
     "Rainfall was heavier in the Marmara region than in the Aegean region.", "comparison"),
    ("Bursa'nın nüfusu Konya'nın nüfusuna göre daha fazla.", "Konya's population is larger than Bursa's.",
     "comparison"),
])
def test_reversed_roles_are_flagged(orig, trans, basis, encoder):
    assert basis in {finding.basis for finding in findings_of("D420", orig, trans, encoder)}


@pytest.mark.parametrize("orig, trans", [
    ("Gürcistan'ın Ermenistan'a elektrik ihracatı arttı.", "Georgia's electricity exports to Armenia rose."),
    ("Bakan Yılmaz'ın Başkan Kara'yı ziyareti kısa sürdü.", "Minister Yılmaz's visit to Mayor Kara was brief."),
    ("İzmir, bu yıl Antalya'dan daha fazla turist ağırladı.", "Izmir hosted more tourists than Antalya this year."),
    ("Kentlerde işsizlik köylere göre daha yüksek.", "Unemployment is higher in cities than in villages."),
    ("Enflasyon beklentilere göre daha düşük geldi.", "Inflation came in lower than expected."),
    ("Almanya'nın Polonya'ya sattığı tanklar teslim edildi.", "The tanks that Germany sold to Poland were delivered."),
    ("Almanya'nın Polonya'ya sattığı tanklar teslim edildi.", "The tanks sold to Poland by Germany were delivered."),
    ("Öğrenciler öğretmenlerini ders saatlerini uzatmakla eleştirdi.",
     "The students criticised the teachers for extending lesson hours."),
    ("Şirket fiyatlarını yüzde 10 artırdı.", "The company raised its prices by 10 percent."),  # a measure
    ("Takım, rakibini yenerek lige tutundu.", "The team stayed up by beating its rival."),  # a means
    # An unknown name before an accusative name is another person, not the object's first name.
    ("Macron Scholz'u Paris'te ağırladı.", "Scholz was hosted by Macron in Paris."),
    # The standard a few words after "than", after a head the two sides share.
    ("Kadın çalışanların sayısı erkeklerden daha hızlı arttı.",
     "The number of women employees rose faster than the number of men."),
    ("Ege bölgesinde yağış Marmara bölgesine göre daha fazla oldu.",
     "Rainfall was heavier in the Aegean region than in the Marmara region."),
    # The standard's own modifiers (a -ki adjective, a genitive owner) belong to the standard, not to what is compared.
    ("Ücret, geçen yılki taban ücrete göre yüzde 12 daha yüksek.",
     "The wage is 12 percent higher than last year's minimum wage."),
    ("Kira, geçen yılın ortalama kirasına göre daha düşük.", "The rent is lower than last year's average rent."),
    ("Bursa'nın nüfusu Konya'nın nüfusuna göre daha fazla.", "Bursa's population is larger than Konya's."),
    # A compound name's head with its possessive -I (Birliği, Konfederasyonu) is no object.
    ("Törene Türkiye Gazeteciler Konfederasyonu katıldı.",
     "The ceremony was attended by the Turkish Confederation of Journalists."),
    # An article begins a phrase of its own: "by a show of hands" governs nothing after it.
    ("Kurul, kira yardımının artırılması önerisini oy çokluğuyla kabul etti.",
     "The board approved by a majority vote a proposal to raise the rent allowance."),
])
def test_roles_kept_stay_quiet(orig, trans, encoder):
    assert findings_of("D420", orig, trans, encoder) == []


# Two participants whose roles the English exchanged (basis "exchange", drift.checks._roles).
@pytest.mark.parametrize("orig, trans", [
    # subject and object
    ("Kulüp, kupa finalinde Sivas'ı 2-0 yendi.", "In the cup final Sivas beat the club 2-0."),
    # owner (the doer of a noun) and source
    ("Katar'ın Umman'dan doğalgaz alımı arttı.", "Oman's gas purchases from Qatar rose."),
    # object and goal, the English in the passive
    ("Bakanlık eski binayı yeni kampüse tercih etti.", "The new campus was preferred to the old building."),
    # the alternative turned down
    ("Toplantının Ankara'da değil, İzmir'de yapılmasına karar verildi.",
     "It was decided to hold the meeting in Ankara rather than in Izmir."),
    # the standard of a multiple
    ("Alman turistler, Fransız turistlerin iki katı harcama yaptı.",
     "French tourists spent twice as much as German tourists."),
    # a sentence that opens with a bare name has it as its subject
    ("Macron Scholz'u Paris'te ağırladı.", "Scholz hosted Macron in Paris."),
])
def test_exchanged_roles_are_flagged(orig, trans, encoder):
    assert "exchange" in {finding.basis for finding in findings_of("D420", orig, trans, encoder)}


@pytest.mark.parametrize("orig, trans", [
    ("Kulüp, kupa finalinde Sivas'ı 2-0 yendi.", "In the cup final the club beat Sivas 2-0."),
    # a faithful voice change keeps the roles
    ("Kulüp, kupa finalinde Sivas'ı 2-0 yendi.", "Sivas were beaten 2-0 by the club in the cup final."),
    ("Katar'ın Umman'dan doğalgaz alımı arttı.", "Qatar's gas purchases from Oman rose."),
    ("Katar'ın Umman'dan doğalgaz alımı arttı.", "Gas purchases of Qatar from Oman rose."),
    ("Bakanlık eski binayı yeni kampüse tercih etti.", "The old building was preferred to the new campus."),
    ("Toplantının Ankara'da değil, İzmir'de yapılmasına karar verildi.",
     "It was decided to hold the meeting not in Ankara but in Izmir."),
    ("Alman turistler, Fransız turistlerin iki katı harcama yaptı.",
     "German tourists spent twice as much as French tourists."),
    ("Macron Scholz'u Paris'te ağırladı.", "Macron hosted Scholz in Paris."),
    ("Macron Scholz'u Paris'te ağırladı.", "Scholz was hosted by Macron in Paris."),
    # an owner shares the preposition of what it owns
    ("Kentin kuzey mahallelerinde ve Sivas'ta su kesintisi yaşandı.",
     "Water was cut off in Sivas and in the city's northern neighbourhoods."),
])
def test_kept_roles_stay_quiet(orig, trans, encoder):
    assert [finding for finding in findings_of("D420", orig, trans, encoder) if finding.basis == "exchange"] == []


# Families read since issue 13 (session 7): what each participant depends on, "-A doğru" / "-A kadar", a dative
# the English verb takes as its object, and the alternative turned down kept while another is turned down.
_NEW_FAMILIES = [
    # a genitive's owned word traded: who asked and who prepared
    ("Rapor, sendikanın talebi üzerine bakanlığın hazırladığı bir taslağa dayanıyor.",
     "The report rests on a draft prepared by the union at the request of the ministry.",
     "The report rests on a draft prepared by the ministry at the request of the union."),
    # an oblique's verb traded: where it started and where it ended
    ("Yürüyüş Kadıköy'de başlayıp Beşiktaş'ta bitti.", "The march started in Beşiktaş and ended in Kadıköy.",
     "The march started in Kadıköy and ended in Beşiktaş."),
    # who follows whose price
    ("Bayiler ise şirketin fiyatını takip etti.", "The company followed the dealers' price.",
     "The dealers followed the company's price."),
    # "-A doğru" and "-A kadar" are goals
    ("Yangın ormandan köye doğru ilerledi.", "The fire moved from the village towards the forest.",
     "The fire moved from the forest towards the village."),
    ("Kuyruk Taksim'den Şişli'ye kadar uzandı.", "The queue stretched from Şişli to Taksim.",
     "The queue stretched from Taksim to Şişli."),
    # a dative the English verb takes as its object: who sued, who helped whom
    ("Sakinler ise belediyeye dava açtı.", "The municipality, however, sued the residents.",
     "The residents, however, sued the municipality."),
    ("Gönüllüler ise hastalara yardım etti.", "The patients, however, helped the volunteers.",
     "The volunteers, however, helped the patients."),
    # the alternative turned down kept, while the English turns down another
    ("Çocuklar eve değil dışarıya koştu.", "The children ran home instead of outside.",
     "The children ran outside instead of home."),
]


@pytest.mark.parametrize("orig, trans, faithful", _NEW_FAMILIES)
def test_traded_dependants_directions_and_alternatives_are_flagged(orig, trans, faithful, encoder):
    assert findings_of("D420", orig, trans, encoder)
    assert findings_of("D420", orig, faithful, encoder) == []


@pytest.mark.parametrize("orig, trans", [
    # a passive verb's dative is its doer: "lost to its rival" may be "the rival beat the team"
    ("Takım, rakibine 2-0 yenildi.", "The rival beat the team 2-0."),
    # an adverb is no participant
    ("Kurum, sorunun kısa sürede çözülmesini beklediğini açıkladı.",
     "The agency said it expected the problem to be resolved shortly."),
])
def test_converse_and_adverbs_stay_quiet(orig, trans, encoder):
    assert findings_of("D420", orig, trans, encoder) == []


# An agent ("X tarafından") made the owner, and the owner made the doer; a dative of an active verb made the agent
# of a passive ("was thanked by").
@pytest.mark.parametrize("orig, trans, faithful", [
    ("Sporcuların kamp giderlerinin yarısı federasyon tarafından ödenecek.",
     "The athletes will pay half of the federation's camp costs.",
     "Half of the athletes' camp costs will be paid by the federation."),
    ("Kiracıların ısınma giderlerinin bir kısmı şirket tarafından karşılanıyor.",
     "The tenants cover part of the company's heating costs.",
     "Part of the tenants' heating costs is covered by the company."),
    # The owner given by "of" rather than a possessive.
    ("Kiracıların ısınma giderlerinin bir kısmı şirket tarafından karşılanıyor.",
     "The tenants cover part of the heating costs of the company.",
     "The company covers part of the heating costs of the tenants."),
    ("Antrenör, kupayı kazanan oyunculara teşekkür etti.", "The coach was thanked by the players who won the cup.",
     "The coach thanked the players who won the cup."),
    ("Öğretmen, sınava hazırlanan öğrencilere yardım etti.", "The teacher was helped by the pupils preparing for "
     "the exam.", "The teacher helped the pupils preparing for the exam."),
])
def test_moved_ownership_and_dative_agents_are_flagged(orig, trans, faithful, encoder):
    assert findings_of("D420", orig, trans, encoder)
    assert findings_of("D420", orig, faithful, encoder) == []


@pytest.mark.parametrize("orig, trans", [
    # A verb of undergoing: its dative is the doer in English too.
    ("Köy sele maruz kaldı.", "The village was hit by the flood."),
    ("Takım rakibine yenildi.", "The team was beaten by its rival."),
    # The agent kept after "by".
    ("Sporcuların kamp giderlerinin yarısı federasyon tarafından ödenecek.",
     "The federation will pay half of the athletes' camp costs."),
])
def test_undergoing_and_kept_agents_stay_quiet(orig, trans, encoder):
    assert findings_of("D420", orig, trans, encoder) == []


# Issue 13, session 9: participants read by case and voice and mapped through the word links. Each drift with its
# faithful twin, which reorders, changes voice or keeps the roles, and must stay quiet.
_SESSION_NINE = [
    # an object (accusative) made the subject of the same verb
    ("Jüri, yönetmen Ayla Demir'i ödüllendirdi.", "Director Ayla Demir rewarded the jury.",
     "Director Ayla Demir was rewarded by the jury."),
    # a dative made the subject of the verb that governs it
    ("Vakıf, köy okuluna yeni bir kütüphane bağışladı.", "The village school donated a new library to the foundation.",
     "A new library was donated to the village school by the foundation."),
    # the subject of a passive with its agent made the one who acts
    ("Başkan, kongrede üyeler tarafından eleştirildi.", "At the congress, the chairman criticised the members.",
     "At the congress, the members criticised the chairman."),
    # a causative: the causer and the one made to act (dative) turned round
    ("Müdür, öğrencilere dilekçeleri yeniden okuttu.", "The students had the director read the petitions again.",
     "The director had the students read the petitions again."),
    # a comitative companion made the doer of another verb
    ("Sendika, yönetimin kararı çalışanlarla konuşmadan verdiğini açıkladı.",
     "The union said the employees had made the decision without consulting the management.",
     "The union said the management had made the decision without talking to the employees."),
    # a genitive doer and a dative recipient of one participle, a name with a capitalised common word after it
    ("Kulüp, Ege Üniversitesi'nin belediyeye devrettiği araziyi satın aldı.",
     "The club bought the land handed over to Ege University by the municipality.",
     "The club bought the land that Ege University handed over to the municipality."),
    # a whole word the lexicon lists read by its ablative: the ends of a journey
    ("Göçmen kuşlar güneyden kuzeye uçtu.", "The migrating birds flew from north to south.",
     "The migrating birds flew north from the south."),
    # places attached to each other's participant ("-DAki" and a participle's locative)
    ("Trabzon'daki öğretmenler, Rize'de açılacak okulda ders verecek.",
     "Teachers from Rize will teach at the school to be opened in Trabzon.",
     "Teachers in Trabzon will teach at the school that will open in Rize."),
    # a "-ki" pronoun with its own case as the standard, "as ... as" in the English
    ("Geçen ay Konya'da satılan ev sayısı, Kayseri'dekinin iki katıydı.",
     "Last month twice as many houses were sold in Kayseri as in Konya.",
     "Last month twice as many houses were sold in Konya as in Kayseri."),
    # "X yerine Y" with figures: the words both say ("dakika") tell nothing
    ("Toplantı artık 30 dakika yerine 45 dakika sürecek.", "The meeting will now last 30 minutes instead of 45.",
     "The meeting will now last 45 minutes rather than 30."),
    # "X değil Y" with a comitative on both sides
    ("Ürünler gemiyle değil uçakla gönderilecek.", "The goods will be sent by ship, not by plane.",
     "The goods will be sent by plane rather than by ship."),
    # "önce X, ardından Y" given in the other order
    ("Heyet önce Kars'ı, ardından Ardahan'ı ziyaret edecek.", "The delegation will visit Ardahan first and then Kars.",
     "The delegation will visit Kars first and then Ardahan."),
    ("Yardımlar önce çiftçilere, daha sonra esnafa dağıtılacak.",
     "The aid will go first to shopkeepers and later to farmers.",
     "Farmers will receive the aid first, and shopkeepers afterwards."),
]


@pytest.mark.parametrize("orig, trans, faithful", _SESSION_NINE)
def test_roles_read_by_case_and_voice_are_flagged(orig, trans, faithful, encoder):
    assert findings_of("D420", orig, trans, encoder)
    assert findings_of("D420", orig, faithful, encoder) == []


@pytest.mark.parametrize("orig, trans", [
    # a passive-looking middle verb with no agent: English says it in the active
    ("Kaleci, antrenmanda sakatlandı.", "The goalkeeper injured himself in training."),
    # a means with "-(y)lA" rendered after "by": no doer
    ("Öneri, oy çokluğuyla kabul edildi.", "The proposal was accepted by a majority vote."),
    # a dative after a verb in a relative clause: no subject of the main verb
    ("Kente gelen göçmenlerin yarısı iş buldu.", "Half of the migrants who reach the city found work."),
    # "yerine" after a genitive: in place of, with no "instead of" in the English
    ("Eski okulun yerine yapılan bina yarın açılacak.", "The building that replaced the old school opens tomorrow."),
    # "X yerine Y" with a dative just before X: the dative is another participant, not part of what is turned down
    ("Bağ sahipleri bu yıl işçilere yevmiye yerine sepet başına ücret verdi.",
     "This year the vineyard owners paid workers by the basket instead of a daily wage."),
    # "daha önce" is earlier, no order of two things
    ("Heyet daha önce Kars'ı ziyaret etmişti, ardından Ardahan'a geçti.",
     "The delegation had visited Kars before and then moved on to Ardahan."),
    # a causative's dative may be the English subject of the base verb
    ("Müdür, öğrencilere dilekçeleri yeniden okuttu.",
     "The students read the petitions again at the director's request."),
])
def test_middle_verbs_means_and_causees_stay_quiet(orig, trans, encoder):
    assert findings_of("D420", orig, trans, encoder) == []


_SESSION_TEN = [
    # a dative whose verb comes after a clause with its own genitive subject; English gives two objects
    ("Rehber, turistlere kuşların yuva yaptığı adayı gösterdi.",
     "The tourists showed the guide the island where the birds nest.",
     "The guide showed the tourists the island where the birds nest."),
    # a topic with "ise" and its object set off by a comma; the English subject set off by an aside
    ("Sendika ise fabrika yönetimini, vardiyaların uzamasının kazaları artıracağı konusunda uyardı.",
     "The factory management, for its part, warned the union that longer shifts would mean more accidents.",
     "The union, for its part, warned the factory management that longer shifts would mean more accidents."),
    # the genitive subject of a clause made a noun and its object, a bare -I before a light verb
    ("Araştırmacılar, turizmin ormanı tehdit ettiğini söyledi.",
     "Researchers said the forest was threatening tourism.",
     "Researchers said tourism was threatening the forest."),
    # a genitive set off by a comma that owns the debt at its clause's end; two objects after "owes"
    ("Derneğin, belediyeye 80 bin lira borcu bulunuyor.",
     "The municipality owes the association 80,000 lira.",
     "The association owes the municipality 80,000 lira."),
    # a multiple of a "-ki" pronoun rendered "half that in"
    ("Bu yıl Van'daki yağış Hakkari'dekinin yarısı kadar oldu.",
     "This year rainfall in Hakkari was half that in Van.",
     "This year rainfall in Van was half that in Hakkari."),
    # "-A göre ... daha" is a comparison, not "according to"
    ("Sahil kasabalarında kiralar, dağ köylerindekilere göre çok daha yüksek.",
     "Rents in mountain villages are much higher than in coastal towns.",
     "Rents in coastal towns are much higher than in mountain villages."),
]


@pytest.mark.parametrize("orig, trans, faithful", _SESSION_TEN)
def test_roles_across_embedded_clauses_and_comparisons_are_flagged(orig, trans, faithful, encoder):
    assert findings_of("D420", orig, trans, encoder)
    assert findings_of("D420", orig, faithful, encoder) == []


@pytest.mark.parametrize("orig, trans", [
    # the head of a compound before a verb is a subject, not an object
    ("Aşılama oranı düştükçe salgın riski artıyor.", "As vaccination rates fall, the risk of an outbreak grows."),
    # the predicate of "olan" (which is) is no object, and the genitive owns the verb after it
    ("Yetkililer, su seviyesinin kritik sınır olan 3 metreyi aştığını açıkladı.",
     "Officials said the water level had exceeded the critical limit of 3 metres."),
    # "-A göre" with no comparison after it is "according to"
    ("Uzmanlara göre fiyatlar gelecek ay yükselecek.", "According to experts, prices will rise next month."),
    # the passive keeps the roles of a topic and its object
    ("Sendika ise fabrika yönetimini sert bir dille eleştirdi.",
     "The factory management, for its part, was harshly criticised by the union."),
])
def test_compounds_predicates_and_sayers_stay_quiet(orig, trans, encoder):
    assert findings_of("D420", orig, trans, encoder) == []


# One reading of each clause. A nominative set off as the subject of an active verb is its
# doer; a comitative of no verb of meeting is never the doer; a relative clause's participle says who acts; cause
# and effect are read on both sides (drift.checks._clauses). The partner of a turned participant may be unlinked.
@pytest.mark.parametrize("orig, trans, basis", [
    ("Ayılar meyvelerle beslendiği için ormana iniyor.", "Because fruit feeds on the bears, they come down to the forest.",
     "clause"),
    ("Bakanlığın finanse ettiği proje durduruldu.", "The project that financed the ministry was halted.", "clause"),
    # a verb the lexicon lists with its -n of its own (beslenmek) is no passive: its comitative is the food
    ("Yarasalar, bahçedeki böceklerle besleniyor.", "The insects in the garden feed on the bats.", "clause"),
    ("Valiyi eleştiren gazeteci ifade verdi.", "The journalist whom the governor criticised gave a statement.",
     "clause"),
    ("Grev nedeniyle uçuşlar iptal edildi.", "The strike was called because flights were cancelled.", "cause"),
    ("Yoğun kar nedeniyle okullar kapandı.", "Because of the closed schools, heavy snow fell.", "cause"),
    ("Araştırmacılara göre sahildeki erozyon, aşırı kum çekiminden kaynaklanıyor.",
     "Researchers say excessive sand mining is caused by the erosion of the beach.", "cause"),
    # the partners linked too: the exchange shows it first
    ("Dernek, köylülere tohum dağıttı.", "The villagers distributed seeds to the association.", None),
    ("Sendika ise yönetimi uyardı.", "The management, in turn, warned the union.", None),
    ("Kuraklık, fiyat artışına yol açtı.", "The price rise led to the drought.", None),
])
def test_clause_readings_are_flagged(orig, trans, basis, encoder):
    found = {finding.basis for finding in findings_of("D420", orig, trans, encoder)}
    assert basis in found if basis else found


@pytest.mark.parametrize("orig, trans", [
    ("Dernek, köylülere tohum dağıttı.", "The association distributed seeds to the villagers."),
    ("Sendika ise yönetimi uyardı.", "The union, in turn, warned the management."),
    ("Ayılar meyvelerle beslendiği için ormana iniyor.", "Because bears feed on fruit, they come down to the forest."),
    ("Bakanlığın finanse ettiği proje durduruldu.", "The project that the ministry financed was halted."),
    ("Bakanlığın finanse ettiği proje durduruldu.", "The project financed by the ministry was halted."),
    ("Valiyi eleştiren gazeteci ifade verdi.", "The journalist who criticised the governor gave a statement."),
    ("Fabrikadaki yangın, elektrik kaçağından kaynaklandı.", "The fire at the factory was caused by an electrical leak."),
    ("Grev nedeniyle uçuşlar iptal edildi.", "Because of the strike, flights were cancelled."),
    ("Grev nedeniyle uçuşlar iptal edildi.", "Flights were cancelled due to the strike."),
    ("Kuraklık, fiyat artışına yol açtı.", "The drought caused prices to rise."),
    # a converse verb by the antonym table turns the roles round with it
    ("Takım, rakibini 2-0 yendi.", "The rival lost 2-0 to the team."),
    ("Kooperatif, belediyeden arsa satın aldı.", "The municipality sold the plot to the cooperative."),
    # a verb of meeting: either may be the subject
    ("Bakan, heyetle görüştü.", "The delegation met the minister."),
    ("Yarasalar, bahçedeki böceklerle besleniyor.", "The bats feed on insects in the garden."),
    # a passive's comitative may be its doer, and an impersonal passive has no subject of its own
    ("Eski köprü, çelik bir yapıyla değiştirildi.", "A steel structure replaced the old bridge."),
    ("Kulüp, antrenörle iki yıllık sözleşme imzalandığını açıkladı.",
     "The club announced that the coach had signed a two-year contract."),
    ("Şirket, bankadan kredi aldı.", "The bank lent the company money."),
    ("Köprüyü tasarlayan mühendis ödül aldı.", "The engineer who designed the bridge won an award."),
    ("Öğrenci, bursu kazandı.", "The student was awarded the scholarship."),
    ("Köy, sele maruz kaldı.", "The village was hit by the flood."),
    ("Çocuklar ise annelerinden harçlık aldı.", "The children, meanwhile, were given pocket money by their mothers."),
])
def test_clause_readings_kept_stay_quiet(orig, trans, encoder):
    assert findings_of("D420", orig, trans, encoder) == []


# Session 12: a "-(y)lA" means made the causer of a change its doer undergoes (a verb with no object) keeps the
# roles; a companion made the doer of a verb that has an object still turns them round.
@pytest.mark.parametrize("orig, trans", [
    ("Müdür, yeni yazılımla bekleme süresinin kısalacağını söyledi.",
     "The director said the new software would shorten the waiting time."),
    ("Uzman, yeni barajla ovanın sulama kapasitesinin genişleyeceğini belirtti.",
     "The expert said the new dam would widen the plain's irrigation capacity."),
    ("Yeni pencerelerle okulun gürültüsü azaldı.", "The new windows have reduced the school's noise."),
])
def test_a_means_made_the_causer_of_a_change_stays_quiet(orig, trans, encoder):
    assert findings_of("D420", orig, trans, encoder) == []


def test_a_companion_made_the_doer_of_an_act_with_an_object_is_flagged(encoder):
    orig = "Muhtar, çobanların sürüyü köylülerle konuşmadan sattığını söyledi."
    assert findings_of("D420", orig, "The headman said the villagers sold the flock without asking the shepherds.",
                       encoder)
    assert findings_of("D420", orig, "The headman said the shepherds sold the flock without asking the villagers.",
                       encoder) == []


# Session 12: the genitive subject of a verb made a noun reaches that verb past a relative clause on its object and
# the bare first word of a dative compound; it is the doer, which the English must not make the one the act is for.
_SESSION_TWELVE = [
    ("Muhtar, çocukların dün gece yoldan toplanan yaralı bir kediyi hayvan barınağına teslim ettiğini söyledi.",
     "The headman said the animal shelter had handed the children an injured cat picked up from the road last night.",
     "The headman said the children had handed the animal shelter an injured cat picked up from the road last night."),
    ("Müdür, öğrencilerin bahar boyunca damı çöken komşulara yemek verdiğini anlattı.",
     "The director said neighbours whose roofs collapsed had given meals to the students over the spring.",
     "The director said the students had given meals over the spring to neighbours whose roofs collapsed."),
    ("Başkan, öğrencilerin okul bahçesinde yetiştirilen fidanları yaşlılara hediye ettiğini söyledi.",
     "The mayor said the saplings grown in the school garden had been given to the students by the elderly.",
     "The mayor said the students had given the saplings grown in the school garden to the elderly."),
]


@pytest.mark.parametrize("orig, trans, faithful", _SESSION_TWELVE)
def test_a_genitive_doer_past_a_relative_clause_is_read(orig, trans, faithful, encoder):
    assert findings_of("D420", orig, trans, encoder)
    assert findings_of("D420", orig, faithful, encoder) == []


# Session 12 (basis "cause"): the genitive subject of a causing verb made a noun ("yol açtığını", "neden olduğu")
# is the cause, and an effect that is a verb made a noun keeps its own genitive subject.
@pytest.mark.parametrize("orig, trans, faithful", [
    ("Raporda, şiddetli yağışların ilçedeki tarım arazilerinin su altında kalmasına neden olduğu belirtildi.",
     "The report said the flooding of farmland in the district caused heavy rainfall.",
     "The report said heavy rainfall caused farmland in the district to be flooded."),
    ("Geçen yıl yayımlanan çalışmada, düşük faizlerin bölgedeki konut fiyatlarının hızla yükselmesine yol açtığı "
     "gösterildi.",
     "A study published last year showed that rapidly rising house prices in the region led to low interest rates.",
     "A study published last year showed that low interest rates led to house prices in the region rising fast."),
    ("Yoğun kar yağışı, köy yollarının kapanmasına neden oldu.", "The closure of village roads caused heavy snowfall.",
     "Heavy snowfall caused the village roads to close."),
])
def test_a_causing_verb_made_a_noun_reads_its_genitive_subject(orig, trans, faithful, encoder):
    assert "cause" in {finding.basis for finding in findings_of("D420", orig, trans, encoder)}
    assert findings_of("D420", orig, faithful, encoder) == []


def test_a_progressive_passive_keeps_its_subject_the_one_the_act_is_done_to(encoder):
    orig = "Kazı, Arkeoloji Enstitüsü Müdürlüğü tarafından yürütülüyor."
    assert findings_of("D420", orig, "The dig is being run by the Institute of Archaeology.", encoder) == []


@pytest.mark.parametrize("orig, trans, faithful", [
    # a verb with a goal of its own: its genitive subject made the English object of that verb
    ("Müdür, öğretmenlerin sınavı kazanan öğrencilere kitap hediye ettiğini söyledi.",
     "The director said students who passed the exam had given the teachers books.",
     "The director said the teachers had given books to students who passed the exam."),
])
def test_a_genitive_doer_of_a_verb_with_a_goal_made_an_object_is_flagged(orig, trans, faithful, encoder):
    assert findings_of("D420", orig, trans, encoder)
    assert findings_of("D420", orig, faithful, encoder) == []


def test_a_genitive_before_a_nearer_verb_made_a_noun_stays_quiet(encoder):
    orig = "Belediye Başkanı, köprünün her gün en az 20 bin aracı taşımasını beklediklerini söyledi."
    assert findings_of("D420", orig, "The mayor said they expected the bridge to carry at least 20,000 vehicles a day.",
                       encoder) == []


@pytest.mark.parametrize("word, oblique", [
    ("işçilere", True), ("evde", True), ("trenle", True),  # dative, locative, instrumental only
    ("yeni", False), ("okulu", False), ("belediyenin", False),  # may be bare; a genitive belongs to its phrase
])
def test_a_word_read_only_with_a_participant_case_is_oblique(word, oblique):
    from drift.checks.role_reversal import _oblique

    assert _oblique(word) is oblique


@pytest.mark.parametrize("orig, trans", [
    # A genitive is the whole a share is taken from ("of the voters"), not a participant beside the share.
    ("Bu yıl seçmenlerin yarısından fazlası sandığa gitmedi.",
     "This year more than half of the voters did not go to the polls."),
    ("Kredi kullanan çiftçilerin yarısından fazlası borcunu ödeyemedi.",
     "More than half of the farmers who took loans could not repay them."),
    ("Sakinlerin yüzde 60'ından fazlası projeye itiraz etti.",
     "Over 60 percent of the residents objected to the project."),
    ("Çiftçilerin üçte biri kredisini ödeyemedi.", "A third of the farmers could not repay their loans."),
    ("Üyelerin çoğu toplantıya katılmadı.", "Most of the members stayed away from the meeting."),
    ("Firmaların bir kısmı çalışanlarına ikramiye verdi.", "Some of the firms gave their staff a bonus."),
    ("Kooperatif, üreticilerin büyük bölümüne avans ödedi.", "The cooperative paid most of the growers an advance."),
])
def test_a_share_of_a_whole_is_no_exchange(orig, trans, encoder):
    assert not findings_of("D420", orig, trans, encoder)


@pytest.mark.parametrize("orig, trans", [
    # A relative clause of "olmak" names a relation by its predicate; an English verb that renders neither says
    # the same relation from the other side.
    ("Yarın, öğretmenlerin üye olduğu dernek bir açıklama yapacak.",
     "Tomorrow the association that represents the teachers will make a statement."),
    ("Dün, kurumun bağlı olduğu bakanlık soruşturma başlattı.",
     "Yesterday the ministry that oversees the agency opened an inquiry."),
    ("Geçen ay, çiftçilerin ortak olduğu kooperatif fiyatları açıkladı.",
     "Last month the cooperative that brings the farmers together announced its prices."),
])
def test_a_relation_said_from_the_other_side_is_no_turned_clause(orig, trans, encoder):
    assert not findings_of("D420", orig, trans, encoder)


def test_a_relation_whose_predicate_the_english_verb_renders_is_still_read(encoder):
    orig, trans = "Dün, ailenin sahip olduğu şirket iflas etti.", "Yesterday the company that owns the family went bankrupt."
    assert "clause" in {finding.basis for finding in findings_of("D420", orig, trans, encoder)}


@pytest.mark.parametrize("orig, trans, flagged", [
    # The giver set off as the subject, the receiver in the dative: an English possessive inside the receiver's
    # phrase ("the X governor's office") takes the phrase's role, and "verdi" is read as the verb at the clause end.
    ("Sinop Valiliği, balıkçı derneğine 2 milyon liralık yardım verdi.",
     "The fishermen's association gave the Sinop governor's office 2 million lira in aid.", True),
    ("Sinop Valiliği, balıkçı derneğine 2 milyon liralık yardım verdi.",
     "The Sinop governor's office gave the fishermen's association 2 million lira in aid.", False),
    ("Muş Valiliği, köy okuluna yeni bir servis aracı verdi.",
     "The village school gave the Muş governor's office a new minibus.", True),
    ("Muş Valiliği, köy okuluna yeni bir servis aracı verdi.",
     "The Muş governor's office gave the village school a new minibus.", False),
])
def test_giver_and_receiver_exchanged(orig, trans, flagged, encoder):
    assert ("exchange" in {finding.basis for finding in findings_of("D420", orig, trans, encoder)}) is flagged


@pytest.mark.parametrize("orig, trans, flagged", [
    # The object set off first by a comma, the subject the bare phrase before the verb and its obliques.
    ("Fabrikayı, çevre derneği mahkemeye verdi.", "The factory took the environmental association to court.", True),
    ("Fabrikayı, çevre derneği mahkemeye verdi.", "The environmental association took the factory to court.", False),
    # A name set off by commas after the phrase it names is that phrase's subject.
    ("Kooperatifin ortağı Kaya Tarım'ı, köy derneği mahkemeye verdi.",
     "The cooperative's partner, Kaya Tarım, took the village association to court.", True),
    ("Kooperatifin ortağı Kaya Tarım'ı, köy derneği mahkemeye verdi.",
     "The village association took the cooperative's partner, Kaya Tarım, to court.", False),
    ("Projeyi, kent konseyi oy birliğiyle onayladı.", "The city council approved the project unanimously.", False),
])
def test_an_object_set_off_first(orig, trans, flagged, encoder):
    assert ("exchange" in {finding.basis for finding in findings_of("D420", orig, trans, encoder)}) is flagged


# Two-sided events read by each side's own verb (basis "parties", drift.checks._parties, data/converses.tsv).
@pytest.mark.parametrize("orig, trans", [
    # the same verb, the parties exchanged
    ("Belediye, kooperatife 2 milyon lira borç verdi.", "The cooperative lent the municipality 2 million lira."),
    ("Öğrenciler, Türkçeyi gönüllü öğretmenlerden öğrendi.", "The students taught Turkish to volunteer teachers."),
    ("Dernek, belediyeye dava açtı.", "The municipality sued the association."),
    ("Sendika, işçilere mektup gönderdi.", "The workers sent the union a letter."),
    # a converse verb with the participants in the original's order
    ("Şirket, fabrikayı bir Alman gruba sattı.", "The company bought the factory from a German group."),
    ("Vali, bakanı makamında ağırladı.", "The governor visited the minister in his office."),
    ("Kooperatif, bakanlıktan destek aldı.", "The cooperative gave the ministry support."),
    ("Köy okulu, yeni kitaplarını bir yayınevinden ödünç aldı.",
     "The village school lent its new books to a publisher."),
    # a verb of giving for a verb of lending or selling, the parties turned round
    ("Banka, çiftçilere düşük faizli kredi verdi.", "Farmers gave the bank low-interest loans."),
    ("Çiftçiler, bankadan kredi aldı.", "The farmers gave loans to the bank."),
    ("Müze, tabloyu bir koleksiyoncudan satın aldı.", "The museum sold the painting to a collector."),
    ("Belediye, binayı bir derneğe kiraladı.", "The municipality rented the building from an association."),
    # a passive with its agent made the object
    ("Takım, rakibi tarafından yenildi.", "The team beat its rival."),
    ("Takım, rakibine yenildi.", "The team beat its rival."),
])
def test_parties_turned_round_are_flagged(orig, trans, encoder):
    # The same verb with the parties exchanged may be shown by the older "exchange" basis first.
    assert {"parties", "exchange"} & {finding.basis for finding in findings_of("D420", orig, trans, encoder)}


def test_a_converse_verb_is_inside_the_span_it_turned(encoder):
    # The participant kept where the original put it is not the drift alone: the verb that turned it is.
    found = [finding for finding in findings_of("D420", "Şirket, fabrikayı bir Alman gruba sattı.",
                                                "The company bought the factory from a German group.", encoder)
             if finding.basis == "parties"]
    assert found and all("bought" in finding.trans.text for finding in found)


@pytest.mark.parametrize("orig, trans", [
    ("Belediye, kooperatife 2 milyon lira borç verdi.", "The cooperative borrowed 2 million lira from the municipality."),
    ("Belediye, kooperatife 2 milyon lira borç verdi.", "The municipality lent 2 million lira to the cooperative."),
    ("Belediye, kooperatife 2 milyon lira borç verdi.", "The cooperative was lent 2 million lira by the municipality."),
    ("Şirket, fabrikayı bir Alman gruba sattı.", "A German group bought the factory from the company."),
    ("Şirket, fabrikayı bir Alman gruba sattı.", "The factory was sold to a German group by the company."),
    ("Öğrenciler, Türkçeyi gönüllü öğretmenlerden öğrendi.", "Volunteer teachers taught the students Turkish."),
    ("Ev sahibi takım, konuk ekibi 3-1 yendi.", "The visiting team was beaten 3-1 by the home side."),
    ("Vali, bakanı makamında ağırladı.", "The minister visited the governor in his office."),
    ("Dernek, belediyeye dava açtı.", "The municipality was sued by the association."),
    ("Sendika, işçilere mektup gönderdi.", "The workers received a letter from the union."),
    ("Takım, rakibi tarafından yenildi.", "The team lost to its rival."),
    ("Takım, rakibi tarafından yenildi.", "The rival beat the team."),
    ("Kooperatif, bakanlıktan destek aldı.", "The ministry gave the cooperative support."),
    ("Fabrika, geçen ay 200 işçiyi işe aldı.", "Last month 200 workers were hired by the factory."),
    ("Üniversite, öğrencilere burs verdi.", "Students received grants from the university."),
    ("Banka, çiftçilere düşük faizli kredi verdi.", "Farmers received low-interest loans from the bank."),
    ("Çiftçiler, bankadan kredi aldı.", "The bank gave the farmers loans."),
    ("Müze, tabloyu bir koleksiyoncudan satın aldı.", "The museum got the painting from a collector."),
    ("Müze, tabloyu bir koleksiyoncudan satın aldı.", "A collector sold the painting to the museum."),
    ("Belediye, binayı bir dernekten kiraladı.", "An association rented the building to the municipality."),
    # a genitive that owns a noun ("elinden": from the hand of) is no doer of the verb after it
    ("Öğrenci, madalyasını valinin elinden aldı.", "The student received her medal from the governor."),
])
def test_converse_told_from_the_other_side_stays_quiet(orig, trans, encoder):
    assert findings_of("D420", orig, trans, encoder) == []


# The causer of a causative made the doer of the act itself (basis "causative").
@pytest.mark.parametrize("orig, trans", [
    ("Belediye, köprüyü yerel bir müteahhide yaptırdı.", "The municipality built the bridge for a local contractor."),
    ("Bakanlık, raporu bir danışmanlık firmasına hazırlattı.", "The ministry prepared the report for a consultancy firm."),
    ("Öğretmen, öğrencilere şiiri ezberletti.", "The teacher memorised the poem for the pupils."),
])
def test_causer_made_the_doer_is_flagged(orig, trans, encoder):
    assert "causative" in {finding.basis for finding in findings_of("D420", orig, trans, encoder)}


@pytest.mark.parametrize("orig, trans", [
    ("Belediye, köprüyü yerel bir müteahhide yaptırdı.", "The municipality had a local contractor build the bridge."),
    ("Bakanlık, raporu bir danışmanlık firmasına hazırlattı.", "The ministry commissioned the report from a consultancy firm."),
    ("Öğretmen, öğrencilere şiiri ezberletti.", "The teacher made the pupils learn the poem by heart."),
    ("Bakan, heyete gölü gösterdi.", "The minister showed the lake to the delegation."),  # a causative of its own
    # a causative the lexicon lists with the English verb among its senses ("anlatmak": explain)
    ("Bakan, gazetecilere yeni yasayı anlattı.", "The minister explained the new law to journalists."),
    ("Doktorlar, hastalara ilaçlarını hatırlattı.", "The doctors reminded the patients about their medicine."),
])
def test_causative_kept_stays_quiet(orig, trans, encoder):
    assert findings_of("D420", orig, trans, encoder) == []


# A relative clause's noun read from the English clause's shape, the other participant linked or not ("clause").
@pytest.mark.parametrize("orig, trans", [
    ("Bakan, geçen hafta kendisini eleştiren gazeteciyle görüştü.",
     "The minister met the journalist whom he had criticised last week."),
    ("Kulübün geçen ay transfer ettiği oyuncu sakatlandı.", "The player who transferred the club last month was injured."),
    ("Köylülerin şikâyet ettiği firma ceza aldı.", "The firm that complained about the villagers was fined."),
])
def test_relative_noun_turned_is_flagged(orig, trans, encoder):
    assert "clause" in {finding.basis for finding in findings_of("D420", orig, trans, encoder)}


@pytest.mark.parametrize("orig, trans", [
    ("Bakan, geçen hafta kendisini eleştiren gazeteciyle görüştü.",
     "The minister met the journalist who had criticised him last week."),
    ("Köylülerin şikâyet ettiği firma ceza aldı.", "The firm the villagers complained about was fined."),
    ("Köylülerin şikâyet ettiği firma ceza aldı.", "The firm that the villagers had complained about was fined."),
])
def test_relative_noun_kept_stays_quiet(orig, trans, encoder):
    assert findings_of("D420", orig, trans, encoder) == []
