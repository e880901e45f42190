"""D101 name-spelling beyond its registry case: which other spellings of a name are accepted, which are misspellings."""

from __future__ import annotations

import pytest

from drift.checks import find_check
from drift.checks.name_spelling import _exonym_words
from drift.model import Document, Language
from drift.pipeline import check_documents

POROSHENKO = "Ukrayna Devlet Başkanı Petro Poroşenko dün Kiev'de konuştu."
KARATAS = "Ekonomist Murat Karataş faizlerin düşeceğini söyledi."
KHALIL = "Lübnanlı iş insanı Muhammed Halil konuştu."
SAUDI = "Suudi Arabistan Dışişleri Bakanı Riyad'da açıklama yaptı."
VIENNA = "Heyet Viyana'da toplandı."
ISIS = "IŞİD militanları kasabadan çekildi."
YALCIN = "Yalçın ailesi yeni evine taşındı."


def test_cldr_city_names_pair_the_words_of_turkish_and_english_names():
    words = _exonym_words()
    assert "vienna" in words["viyana"] and "saudi" in words["suudi"]


def _misspelt(orig: str, trans: str, encoder) -> list[tuple[str, str]]:
    """(English spelling, expected) for each D101 finding, whatever the check's maturity."""
    report = check_documents(Document(text=orig, language=Language.TURKISH),
                             Document(text=trans, language=Language.ENGLISH),
                             encoder=encoder, checks=(find_check("D101"),))
    return [(finding.trans.text, finding.expected) for finding in report.findings]


@pytest.mark.parametrize(("orig", "trans", "expected"), [
    # A foreign name the Turkish spells phonetically, in English romanisations.
    (POROSHENKO, "Ukrainian President Petro Poroshenko spoke in Kiev yesterday.", []),
    (POROSHENKO, "Ukrainian President Petro Porochenko spoke in Kiev yesterday.", []),
    # Turkish letters in the English: the same orthography as the original, so a misspelling.
    (POROSHENKO, "Ukrainian President Petro Poroçenko spoke in Kiev yesterday.", [("Poroçenko", "Poroşenko")]),
    # A Turkish name keeps its Turkish letters, at most without accents.
    (KARATAS, "Economist Murat Karatas said interest rates would fall.", []),
    (KARATAS, "Economist Murat Karatash said interest rates would fall.", [("Karatash", "Karataş")]),
    # The established English spelling of a name.
    (KHALIL, "Lebanese businessman Mohammed Khalil spoke.", []),
    # A spelling common in English but also a Turkish word: another name, not the English form of this one.
    ("Gazeteci Cem Aslan serbest bırakıldı.", "Journalist Cem Alan was released.", [("Alan", "Aslan")]),
    # Place names from CLDR, word by word.
    (SAUDI, "The Saudi foreign minister made a statement in Riyadh.", []),
    (SAUDI, "The Suadi foreign minister made a statement in Riyadh.", [("Suadi", "Suudi")]),
    (VIENNA, "The delegation met in Viyena.", [("Viyena", "Viyana")]),
    # Acronyms are formed from each language's words.
    (ISIS, "ISIS militants withdrew from the town.", []),
    # Only two acronyms are exempt: a name beside an acronym is still compared.
    ("IŞİD'e karşı Bakan Kerem Demirel konuştu.", "Minister Kerem Demiral spoke on ISIS.", [("Demiral", "Demirel")]),
    # An English plural of the name.
    (YALCIN, "The Yalcins moved into their new house.", []),
    (YALCIN, "The Yalcim family moved into their new house.", [("Yalcim", "Yalçın")]),
    # A place and its people: English forms them from countries, Turkish (-lI) from any place.
    ("Toplantıya Kosova heyeti katıldı.", "The Kosovan delegation attended the meeting.", []),
    ("Samsunlu esnaf kepenk kapattı.", "Shopkeepers in Samsun closed their shutters.", []),
    # A Greek name the Turkish writes the Greek way, in its Latin spelling; a slip in it is still one.
    ("Kazıda Asklepios'a adanmış bir sunak bulundu.", "An altar dedicated to Asclepius was found at the dig.", []),
    ("Kazıda Asklepios'a adanmış bir sunak bulundu.", "An altar dedicated to Asklepius was found at the dig.",
     [("Asklepius", "Asklepios")]),
    # A town's name with an -n is another name, not its people.
    ("Gazeteci Cem Kara serbest bırakıldı.", "Journalist Cem Karan was released.", [("Karan", "Kara")]),
])
def test_accepted_spellings_and_misspellings(orig, trans, expected, encoder):
    assert _misspelt(orig, trans, encoder) == expected
