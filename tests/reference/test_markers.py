"""Reference mode's small meaning-bearing words: hedges, qualifiers, relative time, pronouns, signs, swapped sides.

Each class has cases it flags and paraphrases it leaves alone.
"""

from __future__ import annotations

import pytest

from drift.model import Document, Language
from drift.reference import check_reference
from drift.reference.markers import qualified_figures, relative_times
from drift.text.tokens import tokenize


def _findings(encoder, ref: str, trans: str):
    return check_reference(Document(ref, Language.ENGLISH), Document(trans, Language.ENGLISH),
                           encoder=encoder).findings


@pytest.mark.parametrize(("ref", "trans", "code", "trans_words"), [
    ("Officials said the route may have changed because of the storm.",
     "Officials said the route has changed because of the storm.", "R110", "has changed"),
    ("The company reportedly paid the fine last year.", "The company paid the fine last year.", "R110", "paid"),
    ("The union said the strike would end on Friday.", "The union said the strike could end on Friday.", "R110",
     "could"),
    ("The lake level drops by about 2.5 metres each summer.",
     "The lake level drops by exactly 2.5 metres each summer.", "R110", "exactly 2.5"),
    ("The prosecutor sought up to 3 years in prison for each defendant.",
     "The prosecutor sought 3 years in prison for each defendant.", "R110", "3"),
    ("The growers finished the picking three weeks ago.", "The growers will finish the picking in three weeks.",
     "R111", "in three weeks"),
    ("Parking charges will rise next month.", "Parking charges rose last month.", "R111", "last month"),
    ("The ferry left the day before yesterday.", "The ferry left yesterday.", "R111", "yesterday"),
    ("She told reporters the plan was ready.", "He told reporters the plan was ready.", "R112", "He"),
    ("The lowest temperature was minus 12 degrees.", "The lowest temperature was 12 degrees.", "R103", "12"),
    ("Sales rose to 6.5 million units.", "Sales rose to 6,5 million units.", "R103", "6,5"),
    ("The depot stored 7,320 tonnes.", "The depot stored 7.320 tonnes.", "R103", "7.320"),
    ("Wages in small shops stayed lower than in large factories.",
     "Wages in large factories stayed lower than in small shops.", "R109", "than small"),
    ("Fares in Bursa are higher than in Konya.", "Fares in Bursa are lower than in Konya.", "R109", "lower than"),
    ("The train is more expensive than the coach.", "The train is cheaper than the coach.", "R109", "cheaper than"),
    ("More visitors came than last year.", "Fewer visitors came than last year.", "R109", "Fewer"),
    ("The shop stays open until Friday.", "The shop stays open from Friday.", "R109", "from Friday"),
    ("Austrian violinist Lena Hofer opened it.", "Australian violinist Lena Hofer opened it.", "R101", "Australian"),
    ("Swiss officials inspected the site.", "Swedish officials inspected the site.", "R101", "Swedish"),
    ("The fair is estimated to draw 12,000 visitors.", "The fair will draw 12,000 visitors.", "R110",
     "will draw"),
    ("The repairs may cost 85 million lira.", "The repairs will cost 85 million lira.", "R110", "will cost"),
    ("Officials said Egypt sold the cotton to Greece.", "Officials said Greece sold the cotton to Egypt.", "R109",
     "Greece sold"),
    ("It is unclear whether Spain will impose limits on imports from Morocco.",
     "It is unclear whether Morocco will impose limits on imports from Spain.", "R109", "Morocco will"),
    ("According to the Turkish Statistical Institute (TÜİK), inflation rose.", "According to TÜİK, inflation rose.",
     "R108", "TÜİK"),
    ("Engineers said the river could rise 3 metres and some roads could be closed.",
     "Engineers said the river will rise 3 metres and some roads could be closed.", "R110", "will rise"),
    ("That is less than half the crop of last year.", "That is more than half the crop of last year.", "R110",
     "more than half"),
    ("The museum will stay open late until 20 June.", "The museum will stay open late from 20 June.", "R109",
     "from 20"),
    ("Data from the Civil Aviation Directorate (SHGM) show 310 delayed flights at Antalya Airport.",
     "SHGM data show 310 delayed flights at Antalya Airport.", "R108", "SHGM"),
    ("Funding was discussed during Mayor Selim Oral's visit to Rector Nihan Tekin.",
     "Funding was discussed during Rector Nihan Tekin's visit to Mayor Selim Oral.", "R109", "Tekin's visit"),
])
def test_a_changed_small_word_is_flagged(encoder, ref, trans, code, trans_words):
    findings = [f for f in _findings(encoder, ref, trans) if f.code == code]
    assert findings, _findings(encoder, ref, trans)
    assert findings[0].trans is not None and findings[0].trans.text.startswith(trans_words.split()[0])


@pytest.mark.parametrize(("ref", "trans"), [
    # The same class in other words.
    ("The cost may reach 640 million lira.", "The cost could reach 640 million lira."),
    ("The deal was estimated at $12 billion.", "The deal was put at around $12 billion."),
    ("More than 300 farms take part.", "Over 300 farms take part."),
    ("About 46,000 people attended.", "Some 46,000 people attended."),
    ("The talks ended last week.", "The talks ended the previous week."),
    ("He said the plan was ready.", "The minister said the plan was ready."),
    # A copy that names the date where the reference gives a relative time says nothing.
    ("The talks ended last week.", "The talks ended on Tuesday."),
    # A reported future is no hedge.
    ("She said the plant will open in May.", "She said the plant would open in May."),
    ("Prices rose 3 percent, higher than in March.", "Prices rose 3 percent, higher than in March."),
    ("The depot stored 7,320 tonnes.", "The depot stored 7320 tonnes."),
    ("Fares in Bursa are higher than in Konya.", "Fares in Bursa are steeper than in Konya."),
    ("Turkish officials met the delegation.", "Officials from Turkey met the delegation."),
    ("Ankara and Athens held talks in Brussels.", "Athens and Ankara held talks in Brussels."),
    ("The Civil Aviation Directorate (SHGM) said so.", "The aviation directorate SHGM said so."),
    ("Traders had expected a rise.", "Traders had been expecting a rise."),
    ("Money was allocated so that the clinic could stay open.", "Money was set aside to keep the clinic open."),
    ("Boats may be hired twice a day.", "Boats can run twice a day."),
])
def test_a_paraphrase_keeping_the_value_is_not_flagged(encoder, ref, trans):
    codes = [f.code for f in _findings(encoder, ref, trans)]
    assert not {"R109", "R110", "R111", "R112", "R103"} & set(codes), codes


@pytest.mark.parametrize(("text", "values"), [
    ("two weeks ago", [("week", -2)]),
    ("in three years", [("year", 3)]),
    ("over the past two months", [("month", -2)]),
    ("next Monday", [("monday", 1)]),
    ("this morning and tomorrow", [("morning", 0), ("day", 1)]),
    ("the day after tomorrow", [("day", 2)]),
    ("in the past year", [("year", -1)]),
    ("for three days", []),
    ("the past decade", [("year", -10)]),
    ("the highest level in ten years", [("year", -10)]),
])
def test_relative_times_are_read_as_unit_and_offset(text, values):
    assert [m.value for m in relative_times(tokenize(text))] == values


def test_each_figure_has_its_qualifier():
    figures = qualified_figures(tokenize("up to 3 years, more than 800 people, about 1.5 metres and 12 days"))
    assert {digits: m.value for digits, m in figures.items()} == {
        "3": "upper", "800": "lower", "1.5": "approximate", "12": None}
