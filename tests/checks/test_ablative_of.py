"""D417 ablative-of: an ablative common noun rendered after "of", and the ablatives English rightly says with "of"."""

from __future__ import annotations

import pytest

import drift
from drift.config import Config


def _flagged(orig: str, trans: str, encoder) -> list[str]:
    report = drift.check(orig, trans, encoder=encoder, config=Config(preview=True))
    return [finding.trans.text for finding in report.findings if finding.code == "D417"]


ALLIES = "Washington, Rus sistemlerini kullanan müttefiklerinden bunları Ukrayna'ya devretmelerini istiyor."


def test_an_ablative_noun_rendered_after_of_is_flagged(encoder):
    report = drift.check(ALLIES, "Washington wants the transfer of allies using Russian systems to Ukraine.",
                         encoder=encoder, config=Config(preview=True))
    found = [finding for finding in report.findings if finding.code == "D417"]
    assert [(finding.trans.text, finding.expected) for finding in found] == [("of allies", "from the allies")]


EXPERTS = "Komisyon, uzmanlarından bir rapor istedi."
MINES = "Askerler köyü patlayıcılardan temizledi."
FEAR = "Çocuklar karanlıktan korkuyor."
STEEL = "Yeni bina çelikten yapıldı."
TRACE = "Salonda eski toplantılardaki coşkudan eser yoktu."


@pytest.mark.parametrize("orig, trans", [
    # a part of a whole, marked in Turkish ("biri") or in English ("one of", "a trace of")
    ("Komisyon, uzmanlarından birini görevlendirdi.", "The commission appointed one of the experts."),
    ("Tutuklanan şüphelilerden biri, yangından iki gün önce komşusuyla tartışmıştı.",
     "One of the arrested suspects had argued with his neighbour two days before the fire."),
    (TRACE, "There was no trace of the enthusiasm of earlier meetings in the hall."),
    # a postposition sets the meaning
    ("Şirket, talepteki zayıflıktan ötürü üretimi azalttı.", "The company cut production because of the weakness of demand."),
    # English words whose complement of separation, cause or material takes "of"
    (MINES, "The soldiers cleared the village of explosives."),
    (FEAR, "The children are afraid of the dark."),
    (STEEL, "The new building was made of steel."),
    ("Ahmet, güvenlik biriminden sorumlu.", "Ahmet is in charge of the unit."),
    # the governing verb rendered just before "of", or rendered with "of" by the lexicon (söz etmek: speak of)
    ("Kurul, yedi üyeden oluşuyor.", "The board is formed of seven members."),
    ("Müdür, toplantıda yeni projeden söz etti.", "At the meeting the director told of the new project."),
    # "from" is what the ablative says
    (EXPERTS, "The commission asked for a report from the experts."),
])
def test_ablatives_english_says_with_of_stay_quiet(orig, trans, encoder):
    assert _flagged(orig, trans, encoder) == []


@pytest.mark.parametrize("orig, trans, flagged", [
    (EXPERTS, "The commission asked for a report of the experts.", "of the experts"),
    (MINES, "The soldiers searched the village of explosives.", "of explosives"),
    (FEAR, "The children are playing games of the dark.", "of the dark"),
    (STEEL, "The new building was a structure of steel.", "of steel"),
    (TRACE, "There was no warmth of the enthusiasm of earlier meetings in the hall.", "of the enthusiasm"),
])
def test_an_of_that_no_rule_explains_is_flagged(orig, trans, flagged, encoder):
    assert _flagged(orig, trans, encoder) == [flagged]
