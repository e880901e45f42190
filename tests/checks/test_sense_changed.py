"""D422 sense-changed: an unsupported English word where a Turkish word went unrendered, the two opposites or two
kinds of one thing; and the guards that keep paraphrase quiet."""

from __future__ import annotations

import pytest

from drift.checks.sense_changed import _kinds_of_one, _one_edit, _opposite, _thesaurus
from findings import findings_of


@pytest.mark.parametrize("orig, trans, wrong, expected, basis", [
    # opposites: adjectives, verbs, an English adjective read through its head
    ("Köprü onarım için kapalı.", "The bridge is open for repairs.", "open", "closed", "opposite"),
    ("Otoparkın ücreti oldukça ucuz.", "The car park's fee is rather expensive.", "expensive", "cheap", "opposite"),
    ("Kurul, dernekten gelen başvuruyu reddetti.", "The board accepted the application from the society.",
     "accepted", "reject", "opposite"),
    ("Şirket bu yıl pazar payını korudu.", "The firm lost its market share this year.", "lost", "keep",
     "opposite"),
    ("Dağ yolu kış boyunca zor olacak.", "The mountain road will be easy all winter.", "easy", "difficult",
     "opposite"),
    # kinds of one thing: kin, offices and ranks, animals, crops, units, months, seasons, compass points
    ("Çiftçi tarlayı amcasından devraldı.", "The farmer took the field over from his nephew.", "nephew", "uncle",
     "kind"),
    ("Törende büyükelçi kısa bir konuşma yaptı.", "The consul gave a short speech at the ceremony.", "consul",
     "ambassador", "kind"),
    ("Emekli yüzbaşı köyün okuluna kitap bağışladı.", "The retired major donated books to the village school.",
     "major", "captain", "kind"),
    ("Üretici bu ay 80 koyun sattı.", "The producer sold 80 goats this month.", "goats", "sheep", "kind"),
    ("Ovada çoğunlukla arpa yetişiyor.", "Mostly wheat grows on the plain.", "wheat", "barley", "kind"),
    ("Yarışmacılar günde on kilometre koşuyor.", "The contestants run ten miles a day.", "miles", "kilometre",
     "kind"),
    ("Fuar haziranda Bursa'da açılacak.", "The fair will open in Bursa in April.", "April", "June", "kind"),
    ("Havuzun bakımı kışa kadar bitecek.", "The pool's upkeep will be done by spring.", "spring", "winter",
     "kind"),
    ("Yeni liman körfezin doğu kıyısında olacak.", "The new port will be on the west shore of the bay.", "west",
     "east", "opposite"),
    # session 13: players' positions and the organs of a plant
    ("Takımın kalecisi Merve Ak, maçta üç şutu kurtardı.",
     "The team's winger Merve Ak stopped three shots in the match.", "winger", "goalkeeper", "kind"),
    ("Bahçıvan, gülün yapraklarını ilaçladı.", "The gardener sprayed the rose's roots.", "roots", "foliage", "kind"),
])
def test_a_word_put_for_its_opposite_or_another_kind_is_flagged(orig, trans, wrong, expected, basis, encoder):
    found = findings_of("D422", orig, trans, encoder)
    assert [(finding.trans.text, finding.expected, finding.basis) for finding in found] == [(wrong, expected, basis)]
    assert found[0].orig is not None


@pytest.mark.parametrize("orig, trans", [
    ("Köprü onarım için kapalı.", "The bridge is closed for repairs."),
    ("Köprü onarım için kapalı.", "The bridge has been shut for repairs."),  # a synonym of the sense
    ("Çiftçi tarlayı amcasından devraldı.", "The farmer took the field over from his uncle."),
    ("Törende büyükelçi kısa bir konuşma yaptı.", "The ambassador gave a short speech at the ceremony."),
    ("Ovada çoğunlukla arpa yetişiyor.", "Mostly barley grows on the plain."),
    ("Takımın kalecisi Merve Ak, maçta üç şutu kurtardı.", "Keeper Merve Ak stopped three shots for the team."),
    ("Bahçıvan, gülün yapraklarını ilaçladı.", "The gardener sprayed the rose's leaves."),
    # a negation on both sides, or the opposite with a negative prefix: the polarity checks' business
    ("Kurul başvuruyu kabul etmedi.", "The board did not accept the application."),
    ("Karar adil değildi.", "The decision was unfair."),
    # a direction word before the verb, a particle after the English verb
    ("Kuraklık fiyatları yukarı çekti.", "The drought pushed prices up."),
    ("Kuraklık fiyatları yukarı çekti.", "The drought drove up prices."),
    # the English word renders two Turkish words together
    ("Amca çocukları aynı okula gidiyor.", "The cousins go to the same school."),
    # yok is a negation, not a word meaning "absent"
    ("Ünlü yazar törende yoktu.", "The famous writer was not present at the ceremony."),
    # the two words stand in different clauses
    ("Fiyatlar düşük kaldı, ama işçiler memnun değil.", "Prices stayed low, but the workers are not happy."),
])
def test_faithful_renderings_stay_quiet(orig, trans, encoder):
    assert findings_of("D422", orig, trans, encoder) == []


@pytest.mark.parametrize("english, sense, verb, expected", [
    ("open", "closed", False, True),
    ("reject", "approve", True, True),
    ("reject", "approve", False, False),  # a Turkish noun or adjective is no verb
    ("great", "awful", False, False),  # two adjective satellites are only far apart
    ("close", "shut", True, False),
])
def test_opposites_come_from_wordnet(english, sense, verb, expected):
    assert _opposite(_thesaurus(), english, sense, verb) is expected


@pytest.mark.parametrize("english, sense, kind", [
    ("nephew", "uncle", "kinsman"),
    ("mayor", "governor", "politician"),
    ("barley", "wheat", "grain"),
    ("site", "field", None),  # two tracts: no closed set, a paraphrase as often as not
    ("chief", "head", None),  # synonyms
    ("official", "diplomat", None),  # one is a kind of the other
])
def test_kinds_of_one_thing_only_inside_closed_sets(english, sense, kind):
    assert _kinds_of_one(_thesaurus(), english, sense) == kind


@pytest.mark.parametrize("first, second, expected", [
    ("cumartesi", "cumaertesi", True), ("bakan", "başkan", True), ("salı", "salı", True), ("salı", "cuma", False),
])
def test_one_edit(first, second, expected):
    assert _one_edit(first, second) is expected


# Session 14: a homonym told in its other sense (basis "homonym"). Two sentences each, so that the pair aligns.
_OPENING_TR = "Bahar geldi ve köyde hasat hazırlıkları başladı. "
_OPENING_EN = "Spring has come and the village is getting ready for the harvest. "


@pytest.mark.parametrize("orig, trans, wrong, expected", [
    # a plant's stalk told as a tool's handle, the nouns beside it being fruit or a plant
    ("Bahçıvanlar erikleri sapıyla birlikte topladı.",
     "The gardeners picked the plums together with their handles.", "handles", "stalk"),
    ("Harman makinesi nohutları saptan ayırıyor.", "The thresher separates the chickpeas from the handles.", "handles",
     "stalk"),
])
def test_a_homonym_told_in_its_other_sense_is_flagged(orig, trans, wrong, expected, encoder):
    found = [finding for finding in findings_of("D422", _OPENING_TR + orig, _OPENING_EN + trans, encoder)
             if finding.basis == "homonym"]
    assert [(finding.trans.text, finding.expected) for finding in found] == [(wrong, expected)]


@pytest.mark.parametrize("orig, trans", [
    ("Bahçıvanlar erikleri sapıyla birlikte topladı.", "The gardeners picked the plums with their stalks still on."),
    ("Kapının sapı kırılmıştı.", "The door's handle was broken."),  # a handle beside a made thing
    ("Yaşlılar her akşam çayın kıyısındaki çayırda oturuyor.",
     "Every evening the old people sit in the meadow beside the brook."),
    ("Köylüler öğleden sonra bahçede çay içti.", "In the afternoon the villagers drank tea in the garden."),
    ("Tepelerin eteğindeki köyde düğün yapıldı.", "A wedding was held in the village at the foot of the hills."),
    # an English word with abstract senses may be said of anything: a mountain's face is its side; and so, for now,
    # a drink's name and a body part beside the land stay quiet too
    ("Tırmanıcılar dağın yamacına bir ip gerdi.", "The climbers stretched a rope across the mountain's face."),
    ("Yaşlılar her akşam çayın kıyısındaki çayırda oturuyor.",
     "Every evening the old people sit in the meadow on the bank of the tea."),
    ("Çobanlar sürüyü dağın sırtına çıkardı.", "The shepherds drove the flock up to the mountain's back."),
])
def test_a_homonym_in_the_sense_that_fits_stays_quiet(orig, trans, encoder):
    assert [finding for finding in findings_of("D422", _OPENING_TR + orig, _OPENING_EN + trans, encoder)
            if finding.basis == "homonym"] == []
