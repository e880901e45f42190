"""D421 pronoun-gender: an English he/she that the original's given names contradict."""

from __future__ import annotations

import pytest

from drift.checks.pronoun_gender import given_names
from findings import findings_of


def test_the_name_table_knows_common_turkish_names():
    names = given_names()
    assert names["Ayşe"] == "female" and names["Mehmet"] == "male"
    assert "Deniz" not in names  # used for both sexes: settles nothing


@pytest.mark.parametrize("orig, trans, wrong, expected", [
    ("Vali Ayşe Kaya, yardımları kendisinin dağıtacağını söyledi.",
     "Governor Ayşe Kaya said he would distribute the aid himself.", "he", "she"),
    ("Murat Şahin dün istifa etti. Şahin, kararını ailesine danıştıktan sonra verdiğini söyledi.",
     "Murat Şahin resigned yesterday. Şahin said she had decided after consulting her family.", "she", "he"),
    # A speech tag after a quote speaks for the person the sentence before names.
    ("Ayşe Kaya konuştu. “Çalışmalar sürecek,” dedi.", "Ayşe Kaya spoke. “The work will go on,” he said.", "he",
     "she"),
    # An acronym names an organisation, not someone else the pronoun could mean.
    ("TEB Başkanı Murat Şahin konuştu. Eczanelerin zorlandığını belirtti.",
     "TEB President Murat Şahin spoke. She said pharmacies were struggling.", "She", "He"),
])
def test_contradicted_pronoun_is_flagged(orig, trans, wrong, expected, encoder):
    found = findings_of("D421", orig, trans, encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [(wrong, expected)]


@pytest.mark.parametrize("orig, trans", [
    ("Vali Ayşe Kaya, yardımları kendisinin dağıtacağını söyledi.",
     "Governor Ayşe Kaya said she would distribute the aid herself."),
    # Two people of both sexes: the pronoun may mean either.
    ("Ayşe Kaya ile Murat Şahin görüştü. Şahin, görüşmenin verimli geçtiğini söyledi.",
     "Ayşe Kaya met Murat Şahin. Şahin said he found the meeting productive."),
    # Someone the name table does not know is named: he may be meant.
    ("Ayşe Kaya, Beridze ile görüştü ve onun önerisini destekledi.",
     "Ayşe Kaya met Beridze and backed his proposal."),
    # A surname that is also a given name takes the gender of its bearer.
    ("Zeynep Arslan konuştu. Arslan, kendi üniversitesini örnek gösterdi.",
     "Zeynep Arslan spoke. Arslan cited her own university as an example."),
])
def test_consistent_or_unsettled_pronoun_stays_quiet(orig, trans, encoder):
    assert findings_of("D421", orig, trans, encoder) == []


def test_a_surname_met_alone_before_a_relative_full_name_settles_nothing(encoder):
    orig = "Yılmaz salona girdi. Yılmaz, eşi Ayşe Yılmaz ile birlikte geldi. Yılmaz konuşmasına başladı."
    trans = "Yılmaz entered the hall. Yılmaz came with his wife Ayşe Yılmaz. Yılmaz began his speech."
    assert findings_of("D421", orig, trans, encoder) == []


def test_a_pronoun_before_the_names_of_its_sentence_does_not_reach_back(encoder):
    orig = "Sanatçı Murat Demir ile çalıştı. Sanatçı, albümlerini Murat Demir ve Ahmet Kaya ile yayımladı."
    trans = ("The singer worked with Murat Demir. The singer released her albums with Murat Demir and "
             "Ahmet Kaya.")
    assert findings_of("D421", orig, trans, encoder) == []
