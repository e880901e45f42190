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
    ("The groundwater level falls by about 1.5 metres a year.",
     "The groundwater level falls by exactly 1.5 metres a year.", "R110", "exactly 1.5"),
    ("The prosecutor sought up to 3 years in prison for each defendant.",
     "The prosecutor sought 3 years in prison for each defendant.", "R110", "3"),
    ("Most farmers completed the harvest two weeks ago.", "Most farmers will complete the harvest in two weeks.",
     "R111", "in two weeks"),
    ("Irrigation restrictions will begin next month.", "Irrigation restrictions began last month.", "R111",
     "last month"),
    ("The ferry left the day before yesterday.", "The ferry left yesterday.", "R111", "yesterday"),
    ("She told reporters the plan was ready.", "He told reporters the plan was ready.", "R112", "He"),
    ("The lowest temperature was minus 12 degrees.", "The lowest temperature was 12 degrees.", "R103", "12"),
    ("Exports rose to 2.5 million tonnes.", "Exports rose to 2,5 million tonnes.", "R103", "2,5"),
    ("The port handled 3,450 tonnes.", "The port handled 3.450 tonnes.", "R103", "3.450"),
    ("Yields in dry farming remained lower than in irrigated farming.",
     "Yields in irrigated farming remained lower than in dry farming.", "R109", "than irrigated"),
    ("Rents in Izmir are higher than in Ankara.", "Rents in Izmir are lower than in Ankara.", "R109", "lower than"),
    ("The ferry is more expensive than the bus.", "The ferry is cheaper than the bus.", "R109", "cheaper than"),
    ("More visitors came than last year.", "Fewer visitors came than last year.", "R109", "Fewer"),
    ("The shop stays open until Friday.", "The shop stays open from Friday.", "R109", "from Friday"),
    ("Austrian curator Anna Berger opened it.", "Australian curator Anna Berger opened it.", "R101", "Australian"),
    ("Swiss officials inspected the site.", "Swedish officials inspected the site.", "R101", "Swedish"),
    ("The tour is estimated to reach 40,000 listeners.", "The tour will reach 40,000 listeners.", "R110",
     "will reach"),
    ("The cost of the drought may be 640 million lira.", "The cost of the drought will be 640 million lira.",
     "R110", "will be"),
    ("Officials said Russia sold the wheat to Turkey.", "Officials said Turkey sold the wheat to Russia.", "R109",
     "Turkey sold"),
    ("It is unclear whether Iraq will impose limits on imports from Turkey.",
     "It is unclear whether Turkey will impose limits on imports from Iraq.", "R109", "Turkey will"),
    ("Aid was discussed during Hasan Demir's visit to Governor Ayşe Kaya.",
     "Aid was discussed during Governor Ayşe Kaya's visit to Hasan Demir.", "R109", "Kaya's visit"),
])
def test_a_changed_small_word_is_flagged(encoder, ref, trans, code, trans_words):
    findings = [f for f in _findings(encoder, ref, trans) if f.code == code]
    assert findings, _findings(encoder, ref, trans)
    assert findings[0].trans is not None and findings[0].trans.text.startswith(trans_words.split()[0])


@pytest.mark.parametrize(("ref", "trans"), [
    # The same class in other words.
    ("The cost may reach 640 million lira.", "The cost could reach 640 million lira."),
    ("The value was estimated at $30 billion.", "The value was put at around $30 billion."),
    ("More than 800 publishers take part.", "Over 800 publishers take part."),
    ("About 85,000 people attended.", "Some 85,000 people attended."),
    ("The talks ended last week.", "The talks ended the previous week."),
    ("He said the plan was ready.", "The minister said the plan was ready."),
    # A copy that names the date where the reference gives a relative time says nothing.
    ("The talks ended last week.", "The talks ended on Tuesday."),
    # A reported future is no hedge.
    ("She said the plant will open in May.", "She said the plant would open in May."),
    ("Prices rose 3 percent, higher than in March.", "Prices rose 3 percent, higher than in March."),
    ("The port handled 3,450 tonnes.", "The port handled 3450 tonnes."),
    ("Rents in Izmir are higher than in Ankara.", "Rents in Izmir are steeper than in Ankara."),
    ("Turkish officials met the delegation.", "Officials from Turkey met the delegation."),
    ("Ankara and Athens held talks in Brussels.", "Athens and Ankara held talks in Brussels."),
    ("Markets had expected a cut.", "Markets had been expecting a cut."),
    ("Funds were allocated so that the work could continue.", "Funds were set aside to keep the work going."),
    ("Tours may be held three times a day.", "Tours can run three times a day."),
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
