"""D303 relative-time: the direction of a relative date (last/this/next, ago/in) against the original's."""

from __future__ import annotations

import pytest

from findings import findings_of


@pytest.mark.parametrize("orig, trans, wrong, expected", [
    ("Grev dün başladı.", "The strike begins tomorrow.", "tomorrow", "yesterday"),
    ("Toplantı iki gün önce yapıldı.", "The meeting will be held in two days.", "in two days", "two days ago"),
    ("Kurul, kararı üç ay sonra gözden geçirecek.", "The board reviewed the decision three months ago.",
     "three months ago", "in three months"),
    ("Sergi bu hafta sonu açılıyor.", "The exhibition opened last weekend.", "last weekend", "this weekend"),
    ("Fiyatlar geçen yılın aynı dönemine göre arttı.", "Prices rose from the same period next year.",
     "next year", "last year"),
    ("Seçim önümüzdeki ay yapılacak.", "The election was held last month.", "last month", "next month"),
    ("Tören bu sabah yapıldı.", "The ceremony was held yesterday morning.", "yesterday morning", "this morning"),
    ("Konser bu akşam verilecek.", "The concert was given last night.", "last night", "tonight"),
    ("Heyet yarın sabah gelecek.", "The delegation arrived this morning.", "this morning", "tomorrow morning"),
    # two days off is its own direction: öbür gün / evvelki gün / önceki gün
    ("Sonuçlar öbür gün açıklanacak.", "The results will be announced tomorrow.", "tomorrow",
     "the day after tomorrow"),
    ("Kurul evvelki gün toplandı.", "The board met yesterday.", "yesterday", "the day before yesterday"),
    ("Bakan önceki gün İzmir'deydi.", "The minister was in Izmir yesterday.", "yesterday", "the day before yesterday"),
    # a plural unit, "recent" and "coming"
    ("Yeni kurallar önümüzdeki aylarda yürürlüğe girecek.", "The new rules took effect in recent months.",
     "recent months", "coming months"),
    ("Son düzenleme geçtiğimiz haftalarda yapıldı.", "The last change will be made in the coming weeks.",
     "coming weeks", "recent weeks"),
    # weekdays and seasons
    ("Okullar önümüzdeki pazartesiden itibaren açılacak.", "Schools reopened from last Monday.",
     "last Monday", "next Monday"),
    ("Otobüs seferleri geçen salı iptal edildi.", "Bus services will be cancelled next Tuesday.", "next Tuesday",
     "last Tuesday"),
    ("Tören gelecek bahar yapılacak.", "The ceremony was held last spring.", "last spring", "next spring"),
    ("Kazılar geçen yaz başladı.", "Excavations begin this summer.", "this summer", "last summer"),
    # the same direction, another amount of the same unit
    ("Yeni köprü üç yıl sonra açılacak.", "The new bridge will open next year.", "next year", "in three years"),
    ("Fuar öbür gün kapanacak.", "The fair will close tomorrow.", "tomorrow", "the day after tomorrow"),
    ("Kurul dört ay önce toplanmıştı.", "The board had met two months ago.", "two months ago", "four months ago"),
    # the same direction, another unit, for a span of another length
    ("Kaza beş gün önce yaşandı.", "The accident happened last week.", "last week", "five days ago"),
    ("Fiyatlar son iki yılda yüzde 40 arttı.", "Prices have risen 40 percent over the past two months.",
     "past two months", "over the past two years"),
    ("Heyet önümüzdeki hafta Ankara'ya gelecek.", "The delegation will come to Ankara next month.",
     "next month", "next week"),
    ("Sergi dün açıldı.", "The exhibition opened last week.", "last week", "yesterday"),
    ("Sonuçlar iki hafta içinde açıklanacak.", "The results will be announced within two months.",
     "within two months", "in two weeks"),
    ("Fuar haftaya açılacak.", "The fair will open next month.", "next month", "next week"),
    # another part of the day
    ("Tören bu sabah yapıldı.", "The ceremony was held this evening.", "this evening", "this morning"),
])
def test_reversed_relative_time_is_flagged(orig, trans, wrong, expected, encoder):
    found = findings_of("D303", orig, trans, encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [(wrong, expected)]


@pytest.mark.parametrize("orig, trans", [
    ("Grev dün başladı.", "The strike began yesterday."),
    ("Toplantı iki gün önce yapıldı.", "The meeting was held two days ago."),
    ("Seçimden iki gün sonra sonuçlar açıklandı.", "The results were announced two days later."),
    ("Geçen ay başlayan çalışmalar sürüyor.", "Work that began in March is continuing."),  # no relative English
    ("Aradan geçen yıllar her şeyi değiştirdi.", "The years that have passed changed everything."),
    ("Bu yıl ihracat arttı, geçen yıl ise azalmıştı.", "Exports rose this year after falling the year before."),
    ("Konser bu akşam verilecek.", "The concert will be given tonight."),
    ("Konser bu gece verilecek.", "The concert will be given this evening."),
    ("Toplantı dün akşam yapıldı.", "The meeting was held last night."),
    ("Sıcaklık gece saatlerinde düştü.", "Temperatures fell overnight."),
    ("Sonuçlar öbür gün açıklanacak.", "The results will be announced the day after tomorrow."),
    ("Sonuçlar öbür gün açıklanacak.", "The results will be announced in two days."),
    ("Kurul evvelki gün toplandı.", "The board met the day before yesterday."),
    ("Kurul önceki gün toplandı.", "The board met two days ago."),
    ("Heyet, bir önceki gün yapılan toplantıyı anlattı.",
     "The delegation described the meeting held the day before."),
    ("Yeni kurallar önümüzdeki aylarda yürürlüğe girecek.",
     "The new rules will take effect in the coming months."),
    ("Okullar önümüzdeki pazartesiden itibaren açılacak.", "Schools will reopen from next Monday."),
    ("Okullar pazartesiden itibaren açılacak.", "Schools reopened last Monday."),  # no relative Turkish
    ("Tören gelecek bahar yapılacak.", "The ceremony will be held next spring."),
    ("Bu yazıda geçen yılın verileri kullanıldı.", "This article uses last year's data."),
    # the same span in other words, or a span neither side counts
    ("Kaza yedi gün önce yaşandı.", "The accident happened a week ago."),
    ("Fiyatlar son on yılda iki katına çıktı.", "Prices have doubled over the past decade."),
    ("Fiyatlar son bir yılda yüzde 38 arttı.", "Prices have risen 38 percent in the past year."),
    ("Kurul iki gün önce toplandı.", "The board met the day before yesterday."),
    ("Kaza birkaç gün önce yaşandı.", "The accident happened last week."),
    ("Satışlar son yıllarda düştü.", "Sales have fallen in recent years."),
    ("Satışlar son yıllarda düştü.", "Sales have fallen over the past decade."),
    ("Yılın son ayında satışlar arttı.", "Sales rose last month."),  # the year's last month, not a span
    ("Grev üç gün sürdü.", "The strike lasted three days."),  # a duration, not a time
    ("Sonuçlar iki hafta içinde açıklanacak.", "The results will be announced within two weeks."),
    ("Fiyatlar son iki hafta içinde arttı.", "Prices have risen over the past two weeks."),
    ("Fuar haftaya açılacak.", "The fair will open next week."),
    ("Fuar haftaya salı açılacak.", "The fair will open next Tuesday."),
    ("Bina yıllar önce yıkıldı.", "The building was torn down years ago."),
    ("Tören bu akşam yapılacak.", "The ceremony will be held tonight."),
    ("Geçen gün bir toplantı yapıldı.", "A meeting was held last week."),  # "the other day", not yesterday
    ("Komite gelecek yılki festivalin tarihlerini açıklayacak.",
     "The committee will announce the dates of next year's festival within two weeks."),
    ("Proje iki yıl önce başladı, gelecek yıl bitecek.", "The project began two years ago and will end next year."),
])
def test_same_direction_or_no_relative_english_stays_quiet(orig, trans, encoder):
    assert findings_of("D303", orig, trans, encoder) == []


def test_a_time_counted_from_an_event_is_compared_with_the_english_count_from_it(encoder):
    orig = "Şirket, anketin sonuçlarını seçimden bir hafta önce paylaşacak."
    trans = "The company will release the results of the poll one week after the election."
    found = findings_of("D303", orig, trans, encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [("one week after", "one week before")]


@pytest.mark.parametrize("orig, trans, wrong, expected", [
    # a day word against a part of another day
    ("Anlaşma dün imzalandı.", "The deal was signed this morning.", "this morning", "yesterday"),
    ("Sonuçlar yarın açıklanacak.", "The results will be announced this evening.", "this evening", "tomorrow"),
    ("Fuar bugün kapılarını açtı.", "The fair opened its doors last night.", "last night", "today"),
    # a week, month or year told as a weekend
    ("Kar yağışı gelecek hafta başlayacak.", "Snow will start to fall over the weekend.", "over the weekend",
     "next week"),
    ("Okullar önümüzdeki ay açılacak.", "Schools will open this weekend.", "this weekend", "next month"),
    ("Yarış geçen ay yapıldı.", "The race was held last weekend.", "last weekend", "last month"),
])
def test_another_day_or_a_weekend_is_flagged(orig, trans, wrong, expected, encoder):
    found = findings_of("D303", orig, trans, encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [(wrong, expected)]


@pytest.mark.parametrize("orig, trans", [
    ("Anlaşma dün imzalandı.", "The deal was signed last night."),
    ("Anlaşma bu sabah imzalandı.", "The deal was signed today."),
    ("Sonuçlar yarın açıklanacak.", "The results will be announced tomorrow morning."),
    ("Kar yağışı bu hafta sonu başlayacak.", "Snow will start to fall over the weekend."),
    # "hafta sonu" alone: the weekend the tense gives, whatever the other words of the sentence
    ("Geçen hafta açılan sergi hafta sonu da açık.", "The show that opened last week is open this weekend too."),
    ("Kar yağışı gelecek hafta başlayacak.", "Snow will start to fall next week."),
])
def test_the_same_day_or_week_stays_quiet(orig, trans, encoder):
    assert findings_of("D303", orig, trans, encoder) == []


@pytest.mark.parametrize("orig, trans, wrong, expected", [
    # a stretch up to now told as one point in time, and the reverse
    ("Son dört yılda kasabada iki kez seçim yapıldı.", "The town held two elections four years ago.",
     "four years ago", "over the past four years"),
    ("Kütüphane son üç aydır kapalı.", "The library closed three months ago.", "three months ago",
     "over the past three months"),
    ("Köprü iki yıl önce açıldı.", "The bridge has opened in the past two years.", "past two years", "two years ago"),
    # a day word in the ablative before sonra / önce is the day beyond it
    ("Sonuçlar ancak yarından sonra açıklanacak.", "The results will not be announced until tomorrow.", "tomorrow",
     "the day after tomorrow"),
    # counted from an event: before and after swapped
    ("Toplantıdan bir saat sonra açıklama yapıldı.", "A statement was issued an hour before the meeting.",
     "an hour before", "an hour after"),
])
def test_changed_shape_or_event_count_is_flagged(orig, trans, wrong, expected, encoder):
    found = findings_of("D303", orig, trans, encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [(wrong, expected)]


@pytest.mark.parametrize("orig, trans, wrong, expected", [
    ("Fabrika 2010'dan beri üretim yapıyor.", "The factory made goods until 2010.", "until", "since"),
    ("Dernek kurulduğu yıldan bu yana bağış topluyor.", "The charity collected donations till the year it was founded.",
     "till", "since"),
    ("Sergi haziran sonuna kadar açık kalacak.", "The exhibition has been open since the end of June.", "since",
     "until"),
    ("Müze pazartesiden itibaren ziyarete açık.", "The museum is open to visitors until Monday.", "until",
     "from … on"),
])
def test_since_told_as_until_or_the_reverse_is_flagged(orig, trans, wrong, expected, encoder):
    found = findings_of("D303", orig, trans, encoder)
    assert [(finding.trans.text, finding.expected, finding.basis) for finding in found] == [
        (wrong, expected, "relation")]


@pytest.mark.parametrize("orig, trans", [
    ("Son dört yılda kasabada iki kez seçim yapıldı.", "The town has held two elections over the past four years."),
    ("Köprü iki yıl önce açıldı.", "The bridge opened two years ago."),
    ("Sonuçlar yarından sonra açıklanacak.", "The results will be announced after tomorrow."),
    ("Toplantıdan bir saat sonra açıklama yapıldı.", "A statement was issued an hour after the meeting."),
    ("Toplantıdan bir saat sonra açıklama yapıldı.", "A statement was issued an hour later."),
    ("Fabrika 2010'dan beri üretim yapıyor.", "The factory has been making goods since 2010."),
    ("Sergi haziran sonuna kadar açık kalacak.", "The exhibition will stay open until the end of June."),
    ("Fabrika 2010'dan 2015'e kadar üretim yaptı.", "The factory made goods from 2010 until 2015."),
    ("Müze pazartesiden itibaren ziyarete açık.", "The museum is open to visitors from Monday."),
    # "kadar" after an amount is a bound, and "since" of a reason no time
    ("Bilet fiyatları 50 liraya kadar çıkabilir.", "Ticket prices may rise, since demand is high."),
])
def test_kept_shape_or_relation_stays_quiet(orig, trans, encoder):
    assert findings_of("D303", orig, trans, encoder) == []


# Relations in time between events (session 10): a postposition after a verb made a noun or an event noun, or a
# converb, read by the Turkish analyser, against the English relation words.
@pytest.mark.parametrize("orig, trans, wrong, expected", [
    # -DIktAn sonra / -mAdAn önce / -mAsIndAn sonra, a count of time between
    ("Köprü, onarım bittikten sonra trafiğe açıldı.", "The bridge opened to traffic before the repairs ended.",
     "before", "after"),
    ("Öğrenciler sınav başlamadan önce salona alındı.", "Pupils were let into the hall after the exam began.",
     "after", "before"),
    ("Kar, tohumların ekilmesinden yaklaşık iki hafta önce yağdı.",
     "The snow fell about two weeks after the seeds were sown.", "after", "before"),
    # -(y)AnA kadar / -(y)IncAyA dek / -mAsInA kala: until and before
    ("Gönüllüler yangın sönene kadar bölgede kaldı.", "Volunteers stayed in the area after the fire died down.",
     "after", "until"),
    ("Yol, kar eriyinceye dek kapalı kalacak.", "The road has stayed closed since March.", "since", "until"),
    ("Kayıtlar, dönemin başlamasına üç gün kala kapanacak.",
     "Registration will close three days after term begins.", "after", "before"),
    # -mAsIndAn bu yana / beri: since
    ("Fabrikanın kapanmasından bu yana kasabanın nüfusu azaldı.",
     "The town's population fell before the factory closed.", "before", "since"),
    ("Kurulun toplanmasından bu yana üç karar alındı.", "Three decisions were taken before the committee met.",
     "before", "since"),
    # converbs and -DIğIndA: while, when
    ("Bakan konuşurken salonda elektrik kesildi.", "The power went out in the hall after the minister spoke.",
     "after", "while"),
    ("Gemi limana yanaştığında yolcular alkışladı.", "Passengers applauded before the ship docked.", "before", "when"),
    # -DIğI sürece: as long as; -DIğI zaman: when
    ("Pazar, hava güzel olduğu sürece açık kalacak.", "The market will stay open until the weather is fine.",
     "until", "as long as"),
    ("Baraj dolduğu zaman kapaklar açılacak.", "The gates will be opened before the dam fills.", "before", "when"),
])
def test_a_relation_between_events_told_on_the_other_side_is_flagged(orig, trans, wrong, expected, encoder):
    found = findings_of("D303", orig, trans, encoder)
    assert [(finding.trans.text, finding.expected, finding.basis) for finding in found] == [
        (wrong, expected, "relation")]


@pytest.mark.parametrize("orig, trans", [
    ("Köprü, onarım bittikten sonra trafiğe açıldı.", "The bridge opened to traffic once the repairs ended."),
    ("Köprü, onarım bittikten sonra trafiğe açıldı.", "The bridge opened to traffic following the repairs."),
    ("Öğrenciler sınav başlamadan önce salona alındı.", "Pupils were let into the hall ahead of the exam."),
    ("Gönüllüler yangın sönene kadar bölgede kaldı.", "Volunteers stayed in the area until the fire died down."),
    ("Gönüllüler yangın sönene kadar bölgede kaldı.", "Volunteers stayed in the area before the fire died down."),
    ("Fabrikanın kapanmasından bu yana kasabanın nüfusu azaldı.",
     "The town's population has fallen since the factory closed."),
    ("Fabrikanın kapanmasından bu yana kasabanın nüfusu azaldı.",
     "The town's population fell after the factory closed."),
    ("Bakan konuşurken salonda elektrik kesildi.", "The power went out in the hall while the minister was speaking."),
    ("Gemi limana yanaştığında yolcular alkışladı.", "Passengers applauded as soon as the ship docked."),
    ("Pazar, hava güzel olduğu sürece açık kalacak.", "The market will stay open for as long as the weather is fine."),
    # an amount's bound is no relation in time, and "sürece" after a noun is a process
    ("Sıcaklık eksi 8 dereceye kadar düştü ve hasat ertelendi.",
     "The temperature fell to minus 8 degrees and the harvest was put off until later."),
    ("Taslak uzun bir sürece girdi.", "The draft entered a long process before the vote."),
    # -(y)ken before a comma joins two facts (whereas); an adverb of sequence accounts for "after that"
    ("Gelirler artarken, giderler de yükseldi ve borç 2030'a kadar ertelendi.",
     "Revenue rose and so did spending, and the debt was postponed until 2030."),
    ("Ardından ekipler bölgede inceleme yaparken yol trafiğe kapatıldı.",
     "After that, the road was closed to traffic as teams examined the area."),
    # "named after", "before the court": no time
    ("Okul, kuruluşundan bu yana aynı binada.", "The school, named after its founder, has kept one building."),
    ("Sanık, duruşmadan sonra gazetecilere konuştu.",
     "The defendant, who had appeared before the court, spoke to reporters."),
])
def test_a_relation_between_events_kept_stays_quiet(orig, trans, encoder):
    assert findings_of("D303", orig, trans, encoder) == []


# Order against now or the event told (basis "order"): an adjective ("önceki", "bir sonraki", "ertesi"),
# an adverb ("daha önce", "önceden", "sonradan") or two words, against previous / next, earlier / later, before / after.
@pytest.mark.parametrize("orig, trans, wrong", [
    ("Yüzücü, bir önceki yarışta dördüncü olmuştu.", "The swimmer had come fourth in the next race.", "next"),
    ("Sendika daha önce de iki kez grev yapmıştı.", "The union later went on strike twice more.", "later"),
    ("Binanın önceden depo olarak kullanıldığı öğrenildi.", "It emerged that the building was afterwards used as a "
                                                           "depot.", "afterwards"),
    ("Kurul, bir sonraki oturumda bütçeyi görüşecek.", "The board will discuss the budget at the previous sitting.",
     "previous"),
    ("Fuarın ertesi günü satışlar arttı.", "Sales rose the day before the fair.", "before"),
    ("Yeni hat sonradan eklendi.", "The new line was added beforehand.", "beforehand"),
])
def test_an_order_turned_round_is_flagged(orig, trans, wrong, encoder):
    found = findings_of("D303", orig, trans, encoder)
    assert [(finding.trans.text, finding.basis) for finding in found] == [(wrong, "order")]


@pytest.mark.parametrize("orig, trans", [
    ("Yüzücü, bir önceki yarışta dördüncü olmuştu.", "The swimmer had come fourth in the race before."),
    ("Yüzücü, bir önceki yarışta dördüncü olmuştu.", "The swimmer had come fourth in the last race."),
    ("Sendika daha önce de iki kez grev yapmıştı.", "The union had already gone on strike twice."),
    ("Kurul, bir sonraki oturumda bütçeyi görüşecek.", "The board will take up the budget at its coming sitting."),
    ("Fuarın ertesi günü satışlar arttı.", "Sales rose on the day after the fair."),
    # both orders in the original leave the English free to say either
    ("Önceki yönetim planı hazırladı, sonraki yönetim uyguladı.",
     "The earlier administration drew up the plan and the following one carried it out."),
    # "named after" is no time
    ("Okul daha önce bir şairin adını taşıyordu.", "The school was previously named after a poet."),
])
def test_an_order_kept_stays_quiet(orig, trans, encoder):
    assert [finding for finding in findings_of("D303", orig, trans, encoder) if finding.basis == "order"] == []


# "from", "starting", "beginning", "as of" before a time open a stretch, as since does.
@pytest.mark.parametrize("orig, trans, wrong", [
    ("Kazı kasım ayı sonuna kadar devam edecek.", "The dig will continue from the end of November.", "from"),
    ("Başvurular cuma gününe dek alınacak.", "Applications will be taken starting on Friday.", "starting"),
    ("Köprü 2031 yılına kadar trafiğe kapalı olacak.", "The bridge will be closed to traffic as of 2031.", "as of"),
])
def test_until_told_as_a_start_is_flagged(orig, trans, wrong, encoder):
    found = findings_of("D303", orig, trans, encoder)
    assert [(finding.trans.text, finding.basis) for finding in found] == [(wrong, "relation")]


@pytest.mark.parametrize("orig, trans", [
    ("Kazı kasım ayı sonuna kadar devam edecek.", "The dig will continue to the end of November."),
    ("Kazı ekim ayından aralık sonuna kadar devam edecek.", "The dig will run from October to the end of "
                                                              "December."),
    ("Başvurular cuma gününe dek alınacak.", "Applications will be taken until Friday, starting today."),
    ("Kütüphane pazartesiden itibaren açık olacak.", "The library will be open as of Monday."),
])
def test_until_or_since_kept_stays_quiet(orig, trans, encoder):
    assert [finding for finding in findings_of("D303", orig, trans, encoder) if finding.basis == "relation"] == []


# Session 12: a "from" that names a source keeps no since; a decade is a year of the English; a half is part of the
# amount on both sides ("bir buçuk yıl", "a year and a half", "one and a half years", "half a year").
@pytest.mark.parametrize("orig, trans, wrong, expected", [
    ("Belediyenin kayıtlarına göre nüfus 1980'lerden bu yana azalıyor.",
     "Records from the municipality show the population has been shrinking until the 1980s.", "until", "since"),
    ("Bakanlıktan alınan bilgiye göre ihracat 2014'ten beri artıyor.",
     "According to information from the ministry, exports grew until 2014.", "until", "since"),
])
def test_a_source_from_keeps_no_since(orig, trans, wrong, expected, encoder):
    found = findings_of("D303", orig, trans, encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [(wrong, expected)]


@pytest.mark.parametrize("orig, trans, wrong", [
    ("Yeni köprünün 18 ay içinde tamamlanması planlanıyor.",
     "The new bridge is planned to be completed within a year.", "within a year"),
    ("Yeni köprünün iki yıl içinde tamamlanması planlanıyor.",
     "The new bridge is planned to be completed within a year and a half.", "within a year and a half"),
    ("Fabrika iki buçuk yıl önce kapandı.", "The factory closed one and a half years ago.", "one and a half years ago"),
])
def test_a_length_with_a_half_of_another_size_is_flagged(orig, trans, wrong, encoder):
    assert [finding.trans.text for finding in findings_of("D303", orig, trans, encoder)] == [wrong]


@pytest.mark.parametrize("orig, trans", [
    ("Yeni köprünün 18 ay içinde tamamlanması planlanıyor.",
     "The new bridge is planned to be completed within a year and a half."),
    ("Yeni köprünün bir buçuk yıl içinde tamamlanması planlanıyor.",
     "The new bridge is planned to be completed within 18 months."),
    ("Yeni köprünün bir buçuk yıl içinde tamamlanması planlanıyor.",
     "The new bridge is planned to be completed within one and a half years."),
    ("Fabrika altı ay önce kapandı.", "The factory closed half a year ago."),
    ("Belediyenin kayıtlarına göre nüfus 1980'lerden bu yana azalıyor.",
     "Records from the municipality show the population has been shrinking since the 1980s."),
    ("Dernek, kuruluşundan bu yana her yıl kermes düzenliyor.",
     "From its founding until now, the association has held a fair every year."),
])
def test_the_same_length_or_a_kept_since_stays_quiet(orig, trans, encoder):
    assert findings_of("D303", orig, trans, encoder) == []


# Session 12 (basis "event-day"): a day counted from the event told, -1, 0 or +1, on both sides.
@pytest.mark.parametrize("orig, trans, wrong, expected", [
    ("Otobüs İzmir'den gece kalkıyor ve Van'a ertesi akşam ulaşıyor.",
     "The bus leaves Izmir at night and reaches Van the same evening.", "the same evening", "the following …"),
    ("Kurul aynı gün yeniden toplandı.", "The board met again the next day.", "the next day", "the same …"),
    ("Seçmenler oylamadan bir önceki gece sokaklara döküldü.",
     "Voters took to the streets the following night.", "the following night", "the previous …"),
    ("Müzakereler, zirvenin ertesi günü başladı.", "The negotiations began the day before the summit.",
     "the day before", "the following …"),
    ("Yangın o gece kontrol altına alındı.", "The fire was brought under control the next night.", "the next night",
     "the same …"),
    ("Oyuncular finalden önceki akşam kampa girdi.", "The players went into camp on the evening of the final.",
     "the evening of", "the previous …"),
])
def test_another_day_from_the_event_is_flagged(orig, trans, wrong, expected, encoder):
    found = findings_of("D303", orig, trans, encoder)
    assert len(found) == 1 and found[0].trans.text in wrong
    # a word of the other order ("following" for "önceki") is the order's finding; the others the event-day's
    assert found[0].basis == "event-day" and found[0].expected == expected or found[0].basis == "order"


@pytest.mark.parametrize("orig, trans", [
    ("Otobüs İzmir'den gece kalkıyor ve Van'a ertesi akşam ulaşıyor.",
     "The bus leaves Izmir at night and reaches Van the following evening."),
    ("Kurul aynı gün yeniden toplandı.", "The board met again later that day."),
    ("Seçmenler oylamadan bir önceki gece sokaklara döküldü.", "Voters took to the streets the night before the vote."),
    ("Müzakereler, zirvenin ertesi günü başladı.", "The negotiations began the day after the summit."),
    ("Yangın o gece kontrol altına alındı.", "The fire was brought under control that night."),
    ("Oyuncular finalden önceki akşam kampa girdi.", "The players went into camp on the eve of the final."),
    ("Bakan önceki gün İzmir'deydi.", "The minister was in Izmir the day before yesterday."),
])
def test_the_same_day_from_the_event_stays_quiet(orig, trans, encoder):
    assert findings_of("D303", orig, trans, encoder) == []


def test_a_day_told_twice_for_two_days_is_flagged(encoder):
    orig = "Tanıklar, o gece gördüklerini ertesi gün polise anlattı."
    found = findings_of("D303", orig, "The witnesses told the police what they saw that night on the same day.",
                        encoder)
    assert [(finding.trans.text, finding.basis) for finding in found] == [("the same day", "event-day")]
    assert findings_of("D303", orig, "The witnesses told the police the next day what they saw that night.",
                       encoder) == []


@pytest.mark.parametrize("orig, trans, flagged", [
    # A season of sport or farming and a school term are counted as the other units are.
    ("Yeni tarife gelecek sezondan itibaren geçerli olacak.", "The new fares apply from this season.", "this season"),
    ("Okul, gelecek dönem iki yeni bölüm açacak.", "The school is opening two new departments this term.",
     "this term"),
    ("Yeni tarife gelecek sezondan itibaren geçerli olacak.", "The new fares apply from next season on.", None),
    ("Okul, gelecek dönem iki yeni bölüm açacak.", "The school will open two new departments next semester.", None),
    # Another unit is a paraphrase the check leaves alone.
    ("Hasat bu sezon erken başladı.", "The harvest began early this year.", None),
])
def test_seasons_and_terms_are_units(orig, trans, flagged, encoder):
    found = [finding.trans.text for finding in findings_of("D303", orig, trans, encoder)]
    assert found == ([flagged] if flagged else [])


# --- a near time with no unit told in the other direction: "yakında" (soon) as "recently" ---

@pytest.mark.parametrize("orig, trans, wrong, expected", [
    ("Hastaneye yakında yeni bir bina eklenecek.", "A new building was recently added to the hospital.", "recently",
     "soon"),
    ("Köprü kısa süre içinde trafiğe açılacak.", "The bridge opened to traffic a short time ago.",
     "a short time ago", "soon"),
    ("Bakanlık geçenlerde yeni bir yönetmelik yayımladı.", "The ministry will soon publish a new regulation.",
     "soon", "recently"),
    ("Şirket az önce sonuçları açıkladı.", "The company will announce its results shortly.", "shortly", "recently"),
    ("Yetkililer ileride yeni hatlar açılacağını söyledi.", "Officials said new lines had been opened lately.",
     "lately", "soon"),
    ("Konserin biletleri şimdiden tükendi.", "Tickets for the concert will soon sell out.", "soon", "recently"),
])
def test_a_near_time_turned_round_is_flagged(orig, trans, wrong, expected, encoder):
    found = findings_of("D303", orig, trans, encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [(wrong, expected)]


@pytest.mark.parametrize("orig, trans", [
    ("Hastaneye yakında yeni bir bina eklenecek.", "A new building will soon be added to the hospital."),
    ("Bakanlık geçenlerde yeni bir yönetmelik yayımladı.", "The ministry recently published a new regulation."),
    ("Maçtan az sonra taraftarlar dağıldı.", "Soon after the match the fans dispersed."),
    ("Fiyatlar son zamanlarda arttı, ancak yakında düşecek.", "Prices have risen lately but will soon fall."),
    ("Son üç yılda fiyatlar arttı.", "In the past three years prices have risen."),
    ("Yönetmelik yakın zamanda değişti.", "The rules changed recently."),
    ("Konserin biletleri şimdiden tükendi.", "Tickets for the concert have already sold out."),
])
def test_near_times_kept_stay_quiet(orig, trans, encoder):
    assert findings_of("D303", orig, trans, encoder) == []
