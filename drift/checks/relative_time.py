"""Relative time changed: "geçen ay" (last month) rendered "next month", "iki yıl sonra" rendered "next year".

Why it matters: a relative date carries no number for the date check to
compare, yet "the strike that began yesterday" and "the strike that begins
tomorrow" are different news, and so are "three days ago" and "last week";
sentence vectors score them alike.

Both sides are read into structured values: a direction (past, present,
future), a unit (hour, day, week, weekend, month, year, a part of the day, a
weekday or a season) and, where the words give it, an amount of units
("üç gün önce" = past, 3 days; "son bir yılda" = over the past 1 year;
"önümüzdeki hafta" = future, 1 week; "önümüzdeki haftalarda", "in recent
years": no amount):

- Turkish: dün / bugün / yarın, and with a part of the day after them or
  after bu ("bu sabah", "dün gece", "yarın öğleden sonra": morning,
  afternoon, evening and night as one unit); geçen, geçtiğimiz (past), bu
  (present), gelecek, önümüzdeki, haftaya (future) before a unit word
  (hafta, hafta sonu, ay, yıl, sene, sezon, dönem (a term), a weekday, a season: "önümüzdeki
  pazartesiden itibaren", "gelecek bahar"; with its endings and a plural:
  "önümüzdeki haftalarda"; "geçen gün" is "the other day", with no
  amount); öbür gün (2 days ahead), evvelki gün and önceki gün (2 days
  back; not "bir önceki gün", the day before an event); a count
  and a unit before önce (past) or sonra (future): "iki gün önce", "üç ay
  sonra", and before içinde / zarfında (future, as "within" is in English:
  "iki hafta içinde"); not after a word in the ablative ("seçimden bir hafta
  önce": before the election), which D410 reads; haftaya and seneye alone
  (next week, next year); son with a count and a unit, or a plural unit, in
  the locative, with -DIr or before içinde / boyunca ("son bir yılda", "son
  üç aydır", "son yıllarda": over the past ...; not "yılın son ayı").
- English: yesterday / today / tomorrow, with a part of the day after them
  or after this / last ("yesterday morning", "last night"), tonight; last,
  past, previous, recent (past), this (present), next, coming, upcoming
  (future) before a unit, a weekday or a season, or before a count and a
  unit ("the past two years"); "the day after tomorrow", "the day before
  yesterday"; "N units ago", "years ago" and "N units earlier" (past), "in N
  units", "within N units", "N units from now" and "N units later" (future);
  a decade is ten years and a fortnight two weeks. "N units after/before"
  an event is D410's.

Flagged, for an aligned sentence pair:
- direction: for one unit, the Turkish places events in one direction only
  and the English only in others ("geçen ay" / "next month");
- amount: for one unit and direction, the English gives a different amount
  and none that agrees ("iki yıl sonra" / "next year", "öbür gün" /
  "tomorrow");
- unit: a Turkish expression whose unit the English never uses relatively,
  while the English uses, in the same direction, a calendar unit (hour,
  day, week, month, year) the Turkish never does, for a span of a
  different length ("üç gün önce" / "last week", "önümüzdeki hafta" / "next
  month"; "yedi gün önce" / "a week ago" is the same span), or another
  part of the day ("bu sabah" / "this evening"). A coarser word
  is still a different time: "last week" is not "three days ago" (the
  reader learns the wrong day), so it is flagged like the rest; an amount
  one side does not give ("birkaç gün önce", "in recent weeks") is not
  compared.
- day: a day word and a part of another day, compared by the day each names
  from the telling ("dün" -1, "this afternoon" 0, "last night" -1), when no
  English expression names the original's day ("dün" / "this evening",
  "bugün" / "last night", "yarın" / "tonight");
- unit, a weekend: a week, month or year before or after now told as a weekend
  ("gelecek ay" / "at the weekend", "geçen ay" / "last weekend"); "over / at /
  during / on the weekend" is a weekend the tense places, and a Turkish "hafta
  sonu" or "hafta sonları" of its own leaves it alone.
A unit the English does not mention relatively ("geçen ay" / "in March") is
left alone. "N gün sonra" after an event noun is "N days after it", so a
count before sonra in Turkish answers a "later" too.

Session 9 (issue 13), three more readings of the same values:
- span (basis "span"): every value also says whether it is a stretch up to now
  ("son üç yılda", "son iki yıldır"; "the past three years", "over the last
  three years", "the past year") or a point ("üç yıl önce", "three years ago").
  A counted stretch told only as counted points ("son üç yılda" / "three years
  ago") is flagged, and a counted point told only as stretches ("üç yıl önce" /
  "in the past three years"); "last year" alone is the calendar year, no stretch.
- the day beyond a day word: "yarından sonra" (after tomorrow) and "dünden önce"
  are two days off, as "öbür gün" is; so are "after tomorrow" and "before
  yesterday" in English ("after tomorrow's vote" is tomorrow's).
- counted from an event (anchor "event"): "maçtan iki gün önce" (two days before
  the match) and "two days before / after the match", "two days later / earlier",
  compared among themselves only ("iki gün önce" / "two days after": direction).
- since and until (basis "relation"): a word in the ablative before beri, "bu
  yana" or itibaren starts a stretch (since, from ... on); a time in the dative
  before kadar, dek or değin ends one (until: a year, a clock time after saat, a
  month, a day, a unit, the start or end of something; "50 liraya kadar" is an
  amount's bound). English since counts when a time follows within four words
  (a figure, a month, a weekday, start, end, then ...: "since the rules changed" is
  a reason), "from ... on" is since, until / till until. Flagged: the Turkish bounds
  one way only and the English only the other way ("2015'ten bu yana" / "until
  2015", "mayıs sonuna kadar" / "since the end of May"); "from 2015 until now"
  keeps the since.

Session 10, relations in time between events (basis "relation", read with the
Turkish analyser, drift.text.morphology): a postposition after the word it
governs, in its case — an ablative before önce / sonra (before, after:
"bittikten sonra", "başlamadan önce", "dönmesinden yaklaşık iki hafta sonra") or
beri / "bu yana" / itibaren (since); a verb made a noun or a time in the dative
before kadar / dek / değin (until: "bitirilene kadar", "eriyinceye dek"; not
an amount, "50 liraya kadar") or kala (before: "açılmasına iki hafta kala"); a
noun before öncesinde / sonrasında and a genitive before ardından; a -DIk
participle before sürece (as long as, a while) and a verb made a noun before
sırasında (while), a participle before zaman / anda (when) — and the converbs
-(y)ken (while; not before a comma, where it joins two facts: "whereas"),
-(y)IncA (when), -(y)AlI (since) and -DIğIndA (when). English: before, after, until, till, since (of
time), "from ... on", while, during, "as soon as", "by the time", "prior to",
"as long as"; when, once, following, upon, throughout, "ahead of" keep a
relation but are too loose to contradict one. A Turkish relation no English
word keeps (before keeps until and the reverse; after, since and when keep one
another; while and when) is flagged where the English has a firm relation that
puts the event on the other side ("açılmasından bu yana" / "before it was
opened", "sürerken" / "after", "olduğu sürece" / "until"); an English word
another Turkish relation of the sentence, or a Turkish adverb of sequence
("Ardından", "daha önce"), accounts for is not blamed ("after that"), nor
"after" or "before" of no time ("named after", "before the court"); a count
from an event already reported is not reported again.

"From", "starting", "beginning", "effective" and "as of" open a
stretch (since) when a time is the first word after them ("from the end of
May", "as of 2028"; not "from limestone") and the clause gives it no end
("from March to June"). Basis "order": an event the original places before or
after now or the event told by an adjective or adverb (önceki, bir önceki,
evvelki, önceden, eskiden, "daha önce"; sonraki, bir sonraki, ertesi, sonradan,
"daha sonra") where the English has a word of the other order only (previous,
earlier, formerly, before / next, following, later, afterwards, after) and none
of the original's; a sentence ordering events both ways is left alone.
Expected: the English for the original's expression.

Session 12: "from" keeps a since only when a time follows it or its phrase has an
end or "on" before any punctuation ("figures from the ministry" is a source, so
"until" against "2012'den beri" is flagged); "the 1990s" is a time. A half is part
of a length on both sides ("bir buçuk yıl", "a year and a half", "one and a half
years", "half a year"), so "18 ay içinde" / "within a year and a half" is the same
span and "within a year" another. Basis "event-day": a day counted from the event
told — Turkish ertesi (+1), aynı and o (0), "bir önceki" or an ablative before
önceki (-1) before gün, sabah, akşam, gece, öğle; English "the next / following"
(+1), "the same", "that" (0), "the previous / preceding" (-1) before day, morning,
afternoon, evening, night, "the day (evening ...) after / before", "on the evening
of" (0) and "the eve of" (-1) — flagged when no English day meets a Turkish one
("ertesi akşam" / "the same evening", "aynı gün" / "the next day").

Session 14: a near time with no unit (unit "near", no amount) has a direction only:
yakında, birazdan, "az sonra", "kısa süre içinde / sonra", "yakın gelecekte", "çok
geçmeden", ileride, gelecekte against soon, shortly, "before long", "in the near future",
"in the future" (future); "az önce", demin, "kısa süre önce", geçenlerde, "son
zamanlarda", "yakın geçmişte", geçmişte, şimdiden (already) against recently, lately, "a while ago", "a short
time ago", "not long ago", "the other day", "in the past" (past). Not after an ablative
("maçtan az sonra": counted from the match) nor before after, before or a count ("soon
after the vote", "in the past three years"). Flagged as any unit is (basis "direction"):
"yakında" / "recently".
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from drift.checks import check
from drift.checks._names import pair_views
from drift.checks.context import BeadView, CheckContext, make_finding, per_view
from drift.model import Category, Severity
from drift.text.tokens import Token

PAST, PRESENT, FUTURE = "past", "present", "future"
# What an expression counts from: the telling ("iki gün önce": two days ago) or an event ("maçtan iki gün önce").
NOW, EVENT = "now", "event"
# "over the weekend", "at the weekend": the weekend nearest the telling, before or after it as the verb's tense says.
NEAR = "near"

# Turkish unit words with the endings they take after a relative word ("geçen yılın", "bu ayki").
_TURKISH_UNITS = (("hafta sonu", "weekend"), ("hafta", "week"), ("gün", "day"), ("ay", "month"),
                  ("yıl", "year"), ("sene", "year"), ("saat", "hour"),
                  # A weekday or a season after geçen / önümüzdeki is one unit of its own: "geçen salı" is last
                  # Tuesday, "önümüzdeki ilkbahar" next spring.
                  ("pazartesi", "monday"), ("salı", "tuesday"), ("çarşamba", "wednesday"),
                  ("perşembe", "thursday"), ("cumartesi", "saturday"), ("cuma", "friday"), ("pazar", "sunday"),
                  ("ilkbahar", "spring"), ("sonbahar", "autumn"), ("bahar", "spring"), ("yaz", "summer"),
                  ("kış", "winter"), ("güz", "autumn"),
                  # a sports or farming season and a school term, counted as the other units are ("gelecek
                  # sezondan itibaren": from next season)
                  ("sezon", "season"), ("dönem", "term"))
# Parts of the day after bu / dün / yarın: "bu sabah" (this morning), "dün gece" (last night). Evening and
# night are one unit: "bu akşam" is as often "tonight" as "this evening".
_TURKISH_PARTS = (("öğleden sonra", "afternoon"), ("sabah", "morning"), ("akşam", "evening"), ("gece", "evening"))
# A plural may come first: "önümüzdeki haftalarda" (in the coming weeks).
_TURKISH_UNIT_ENDING = re.compile(
    r"^(?:l[ae]r)?"
    r"(?:[ıiuü]?n?(?:[ıiuü]n)?|[dt][ae]|[ıiuü]?nd[ae]|[dt][ae]ki|ki|[ıiuü]|s[ıiuü]|y?[ae]|[dt][ae]n)$")
# After son, a span up to now: locative or -DIr ("son bir yılda", "son üç aydır", "son yıllarda").
_TURKISH_SPAN_ENDING = re.compile(r"^(?:l[ae]r)?(?:[dt][ae]|[dt][ıiuü]r|d[ae]ki)$")
_TURKISH_DAY = {"dün": PAST, "dünkü": PAST, "bugün": PRESENT, "bugünkü": PRESENT,
                "yarın": FUTURE, "yarınki": FUTURE}
_TURKISH_BEFORE_UNIT = {"geçen": PAST, "geçtiğimiz": PAST, "bu": PRESENT, "gelecek": FUTURE,
                        "önümüzdeki": FUTURE, "haftaya": FUTURE}
# Two days off: "öbür gün" / "evvelki gün" / "önceki gün" (not "bir önceki gün": the day before an event).
# One word for "next week" and "next year" when no unit follows ("haftaya salı" is next Tuesday).
_TURKISH_NEXT = {"haftaya": "week", "seneye": "year"}
# After a count and a unit, "içinde" / "zarfında" is "within" that span: "iki hafta içinde" (within two weeks).
_TURKISH_WITHIN = frozenset(("içinde", "zarfında"))
_TURKISH_TWO_DAYS = {"öbür": FUTURE, "evvelki": PAST, "önceki": PAST}
# A day word in the ablative before sonra / önce is the day beyond it: "yarından sonra", "dünden önce".
_TURKISH_DAY_BEYOND = {"yarından": "sonra", "dünden": "önce"}
_TURKISH_AFTER_COUNT = {"önce": PAST, "evvel": PAST, "sonra": FUTURE}
_ABLATIVE = ("dan", "den", "tan", "ten")
_TURKISH_NUMBERS = {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8,
                    "dokuz": 9, "on": 10, "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50}
_TURKISH_VAGUE = frozenset(("birkaç", "kaç"))

_ENGLISH_UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "weekend": "weekend",
                  "weekends": "weekend", "month": "month", "months": "month", "year": "year", "years": "year",
                  "hour": "hour", "hours": "hour", "spring": "spring", "summer": "summer", "autumn": "autumn",
                  "fall": "autumn", "winter": "winter", "decade": "year", "decades": "year",
                  "fortnight": "week", "fortnights": "week", "season": "season", "seasons": "season",
                  "term": "term", "terms": "term", "semester": "term", "semesters": "term",
                  **{day: day for day in "monday tuesday wednesday thursday friday saturday sunday".split()}}
# Units that stand for several of another: a decade is ten years, a fortnight two weeks.
_ENGLISH_MULTIPLE = {"decade": 10, "decades": 10, "fortnight": 2, "fortnights": 2}
_ENGLISH_PLURAL = frozenset(word for word in _ENGLISH_UNITS if word.endswith("s"))
_ENGLISH_DAY = {"yesterday": PAST, "today": PRESENT, "tomorrow": FUTURE}
_ENGLISH_PARTS = {"morning": "morning", "afternoon": "afternoon", "evening": "evening", "night": "evening"}
_ENGLISH_BEFORE_UNIT = {"last": PAST, "past": PAST, "previous": PAST, "recent": PAST, "this": PRESENT,
                        "next": FUTURE, "coming": FUTURE, "upcoming": FUTURE}
_NEAR_WEEKEND = frozenset("over at during on for".split())
# "the past three years", "the last three years": a stretch up to now, as "son üç yılda" is.
_ENGLISH_SPAN = frozenset(("past", "last"))
_ENGLISH_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30}
_ENGLISH_VAGUE = frozenset("few several couple".split())
_ENGLISH_COUNTS = frozenset(_ENGLISH_NUMBERS) | _ENGLISH_VAGUE
_NUMBER_WORDS = {value: word for word, value in _ENGLISH_NUMBERS.items() if word not in ("a", "an")}

# Units whose spans are compared across units ("three days ago" is not "last week"), with their length in
# days; parts of the day, weekdays, weekends and seasons are not: "dün" is often "last night".
_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30.4, "year": 365.25}
_SAME_SPAN = 0.1  # "yedi gün önce" is "a week ago", "12 ay" a year
_PARTS = frozenset(unit for _, unit in _TURKISH_PARTS)

_ENGLISH_WORD = {("day", PAST, 1): "yesterday", ("day", PRESENT, 1): "today", ("day", FUTURE, 1): "tomorrow",
                 ("day", PAST, 2): "the day before yesterday", ("day", FUTURE, 2): "the day after tomorrow"}
_ENGLISH_PART_WORD = {("evening", PAST): "last night", ("evening", PRESENT): "tonight",
                      ("morning", PRESENT): "this morning", ("afternoon", PRESENT): "this afternoon"}


@dataclass(frozen=True)
class Relative:
    """One relative time expression: where it stands, its unit, direction and amount of units."""

    start: int
    end: int
    unit: str
    direction: str
    text: str
    count: str = ""  # the count and unit as written ("two days"), for an expression that has one
    amount: float | None = 1  # how many units; None where the words give no number ("in recent weeks")
    span: bool = False  # a stretch up to now ("son bir yılda": over the past year), not a point
    anchor: str = NOW  # counted from the telling, or from an event the sentence names ("maçtan iki gün önce")

    @property
    def days(self) -> float | None:
        """The length of the expression in days, for a calendar unit with an amount."""
        if self.amount is None or self.unit not in _DAYS:
            return None
        return self.amount * _DAYS[self.unit]


@functools.cache
def _unit_words(units: tuple[tuple[str, str], ...]) -> tuple[tuple[list[str], str], ...]:
    return tuple((surface.split(), unit) for surface, unit in units)


def _turkish_unit(words: tuple[str, ...], index: int, units=_TURKISH_UNITS,
                  endings=_TURKISH_UNIT_ENDING) -> tuple[str, int, bool] | None:
    """The unit at `index` ("hafta sonu" spans two words), how many words it takes and whether it is plural."""
    for parts, unit in _unit_words(units):  # asked at every word of every bead: the units split once
        if index + len(parts) > len(words):
            continue
        if not words[index].startswith(parts[0]):
            continue  # the unit's first word, whole or (a one-word unit) with an ending, starts the words
        head, last = words[index:index + len(parts) - 1], words[index + len(parts) - 1]
        if list(head) == parts[:-1] and last.startswith(parts[-1]) and endings.match(last[len(parts[-1]):]):
            return unit, len(parts), last[len(parts[-1]):][:3] in ("lar", "ler")
    return None


def _turkish_amount(words: tuple[str, ...], tokens, index: int) -> float | None | bool:
    """The number a Turkish count word stands for, None for a vague one (birkaç), False for no count."""
    word = words[index]
    if word == "buçuk" and index:
        # "bir buçuk yıl", "2 buçuk ay": the count before it and a half
        whole = _turkish_amount(words, tokens, index - 1)
        return whole + 0.5 if isinstance(whole, (int, float)) and not isinstance(whole, bool) else None
    if index and (words[index - 1] in _TURKISH_NUMBERS or tokens[index - 1].has_digit):
        return None  # "on beş gün": a compound count this simple reader does not add up
    if word in _TURKISH_NUMBERS:
        return _TURKISH_NUMBERS[word]
    if word in _TURKISH_VAGUE:
        return None
    if tokens[index].has_digit:
        digits = word.replace(",", ".")
        return float(digits) if re.fullmatch(r"\d+(?:\.\d+)?", digits) else None
    return False


# A near time with no unit or amount (unit "near"): "yakında" (soon), "az önce" (a moment ago), "geçenlerde"
# (recently), "ileride" (in the future). Their direction is all that is compared: "yakında" is not "recently".
# "yakın zamanda" is left out: Turkish uses it for the near past and the near future alike.
_TURKISH_NEAR = {("yakında",): FUTURE, ("birazdan",): FUTURE, ("az", "sonra"): FUTURE, ("biraz", "sonra"): FUTURE,
                 ("kısa", "süre", "içinde"): FUTURE, ("kısa", "süre", "sonra"): FUTURE,
                 ("kısa", "bir", "süre", "içinde"): FUTURE, ("kısa", "bir", "süre", "sonra"): FUTURE,
                 ("kısa", "sürede"): FUTURE, ("en", "kısa", "sürede"): FUTURE, ("yakın", "gelecekte"): FUTURE,
                 ("çok", "geçmeden"): FUTURE, ("ileride",): FUTURE, ("gelecekte",): FUTURE,
                 ("az", "önce"): PAST, ("biraz", "önce"): PAST, ("demin",): PAST, ("az", "evvel"): PAST,
                 ("kısa", "süre", "önce"): PAST, ("kısa", "bir", "süre", "önce"): PAST, ("geçenlerde",): PAST,
                 ("son", "zamanlarda"): PAST, ("yakın", "geçmişte"): PAST, ("geçmişte",): PAST,
                 ("bir", "süre", "önce"): PAST,
                 # already, by now ("biletler şimdiden tükendi"): done before the telling, not in the near future
                 ("şimdiden",): PAST}
_ENGLISH_NEAR = {("soon",): FUTURE, ("shortly",): FUTURE, ("before", "long"): FUTURE,
                 ("in", "the", "near", "future"): FUTURE, ("in", "the", "future"): FUTURE, ("in", "future"): FUTURE,
                 ("in", "due", "course"): FUTURE, ("any", "day", "now"): FUTURE,
                 ("recently",): PAST, ("lately",): PAST, ("a", "while", "ago"): PAST, ("a", "moment", "ago"): PAST,
                 ("moments", "ago"): PAST, ("a", "short", "time", "ago"): PAST, ("not", "long", "ago"): PAST,
                 ("the", "other", "day"): PAST, ("in", "the", "past"): PAST, ("some", "time", "ago"): PAST,
                 ("a", "little", "while", "ago"): PAST, ("in", "recent", "times"): PAST, ("of", "late"): PAST,
                 ("in", "the", "recent", "past"): PAST}


@functools.cache
def _near_lengths(table: tuple[tuple[tuple[str, ...], str], ...]) -> tuple[int, ...]:
    return tuple(sorted({len(words) for words, _ in table}, reverse=True))


# After a near time, a word that makes it counted from an event ("soon after the vote", "shortly before") or part of a
# counted stretch ("in the past three years"): not a near time of its own.
_NEAR_NOT_BEFORE = frozenset(("after", "before", "afterwards", "thereafter", "beforehand", *_ENGLISH_COUNTS,
                              *_ENGLISH_UNITS))


def _near_times(words, tokens, table: dict) -> list[Relative]:
    """The near times of one side ("yakında", "a while ago"), the longest phrase first at each word; not one counted
    from an event ("maçtan az sonra", "soon after the vote") or a stretch ("in the past three years")."""
    found, index = [], 0
    lengths = _near_lengths(tuple(table.items()))
    while index < len(words):
        for length in lengths:
            phrase = tuple(words[index:index + length])
            following = words[index + length] if index + length < len(words) else ""
            if len(phrase) == length and phrase in table and not (index and words[index - 1].endswith(_ABLATIVE)) and \
                    following not in _NEAR_NOT_BEFORE and not (following[:1].isdigit()):
                last = tokens[index + length - 1]
                found.append(Relative(tokens[index].start, last.end, "near", table[phrase],
                                      " ".join(token.text for token in tokens[index:index + length]), amount=None))
                index += length - 1
                break
        index += 1
    return found


@per_view  # read by relative-time and hedge-lost alike
def turkish_relatives(view: BeadView) -> list[Relative]:
    """The relative time expressions of a bead's Turkish side."""
    words, tokens = view.orig_folded, view.orig_tokens
    found = []
    for index, word in enumerate(words):
        token = tokens[index]
        if word == "hafta" and index + 1 < len(words) and words[index + 1].startswith(("sonu", "sonla")) \
                and not (index and words[index - 1] in _TURKISH_BEFORE_UNIT):
            # "hafta sonu", "hafta sonları" (at the weekend, at weekends): a weekend the tense places
            found.append(Relative(token.start, tokens[index + 1].end, "weekend", NEAR,
                                  f"{token.text} {tokens[index + 1].text}"))
        part = _turkish_unit(words, index + 1, _TURKISH_PARTS) if index + 1 < len(words) else None
        if part is not None and (word in ("bu", "dün", "yarın")):
            last = tokens[index + part[1]]
            direction = _TURKISH_DAY.get(word, PRESENT)
            found.append(Relative(token.start, last.end, part[0], direction, f"{token.text} {last.text}"))
        if word in _TURKISH_TWO_DAYS and index + 1 < len(words) and \
                (_turkish_unit(words, index + 1) or ())[:2] == ("day", 1) and not (index and words[index - 1] == "bir"):
            last = tokens[index + 1]
            found.append(Relative(token.start, last.end, "day", _TURKISH_TWO_DAYS[word], f"{token.text} {last.text}",
                                  amount=2))
        elif word in _TURKISH_DAY:
            found.append(Relative(token.start, token.end, "day", _TURKISH_DAY[word], token.text))
        elif word in _TURKISH_DAY_BEYOND and index + 1 < len(words) and words[index + 1] == _TURKISH_DAY_BEYOND[word]:
            # "yarından sonra" (after tomorrow) and "dünden önce" (before yesterday): two days off, as "öbür gün"
            last = tokens[index + 1]
            found.append(Relative(token.start, last.end, "day", _TURKISH_DAY[word[:-3]], f"{token.text} {last.text}",
                                  amount=2))
        elif word in _TURKISH_NEXT and (index + 1 == len(words) or _turkish_unit(words, index + 1) is None):
            found.append(Relative(token.start, token.end, _TURKISH_NEXT[word], FUTURE, token.text))
        elif word in _TURKISH_BEFORE_UNIT and index + 1 < len(words):
            unit = _turkish_unit(words, index + 1)
            if unit is not None:
                last = tokens[index + unit[1]]
                # "geçen gün" is "the other day", a day not counted back from today.
                vague = unit[2] or (word == "geçen" and unit[0] == "day")
                found.append(Relative(token.start, last.end, unit[0], _TURKISH_BEFORE_UNIT[word],
                                      f"{token.text} … {last.text}", amount=None if vague else 1))
        elif word == "son" and index + 1 < len(words):
            found.extend(_turkish_span(view, index))
        elif word in _TURKISH_AFTER_COUNT and index >= 2 or \
                word in _TURKISH_WITHIN and index >= 2 and not (index >= 3 and words[index - 3] == "son"):
            unit = _turkish_unit(words, index - 1)
            amount = _turkish_amount(words, tokens, index - 2)
            first = index - 3 if words[index - 2] == "buçuk" else index - 2  # "bir buçuk yıl"
            count = tokens[first]
            # "seçimden bir hafta önce" is before the election, not before today: counted from the event.
            from_event = index >= 3 and words[index - 3].endswith(_ABLATIVE)
            if unit is not None and unit[1] == 1 and amount is not False and \
                    not (from_event and word in _TURKISH_WITHIN):
                written = " ".join(item.text for item in tokens[first:index])
                found.append(Relative(count.start, token.end, unit[0], _TURKISH_AFTER_COUNT.get(word, FUTURE),
                                      f"{written} {token.text}", written, amount,
                                      anchor=EVENT if from_event else NOW))
    taken = {(item.start, item.end) for item in found}
    found.extend(item for item in _near_times(words, tokens, _TURKISH_NEAR)
                 if not any(start <= item.start < end for start, end in taken))
    return found


def _turkish_span(view: BeadView, index: int) -> list[Relative]:
    """"son bir yılda" (over the past year), "son yıllarda" (in recent years): a span up to now, or nothing."""
    words, tokens = view.orig_folded, view.orig_tokens
    amount = _turkish_amount(words, tokens, index + 1) if index + 2 < len(words) else False
    at = index + 2 if amount is not False else index + 1
    unit = _turkish_unit(words, at, endings=_TURKISH_SPAN_ENDING)
    if unit is None and at + 1 < len(words) and words[at + 1] in _TURKISH_WITHIN | {"boyunca"}:
        unit = _turkish_unit(words, at)  # "son iki hafta içinde": over the past two weeks
    if unit is None or unit[0] not in _DAYS or (amount is False and not unit[2]):
        return []  # "son hafta" (the final week), "yılın son ayı" (the year's last month): no span up to now
    last = tokens[at + unit[1] - 1]
    return [Relative(tokens[index].start, last.end, unit[0], PAST,
                     " ".join(token.text for token in tokens[index:at + unit[1]]),
                     amount=None if amount is False else amount, span=True)]


def _english_amount(tokens: tuple[Token, ...], words: list[str], index: int, unit_word: str) -> float | None:
    """The number of units a count word before a unit word gives ("two" years, "a" decade = 10 years)."""
    word = words[index]
    half = 0.0
    if word == "half" and index >= 3 and words[index - 2:index] == ["and", "a"]:
        # "one and a half years": the count before "and a half"
        index, word, half = index - 3, words[index - 3], 0.5
    elif word in ("a", "an") and index and words[index - 1] == "half":
        return 0.5 * _ENGLISH_MULTIPLE.get(unit_word, 1)  # "half a year"
    elif words[index + 2:index + 5] == ["and", "a", "half"]:
        half = 0.5  # "a year and a half", "two months and a half"
    if word in _ENGLISH_NUMBERS:
        amount = _ENGLISH_NUMBERS[word] + half
    elif tokens[index].has_digit and re.fullmatch(r"\d+(?:\.\d+)?", word):
        amount = float(word) + half
    else:
        return None
    if index and (words[index - 1] in _ENGLISH_NUMBERS or tokens[index - 1].has_digit):
        return None  # "twenty five": a compound count
    return amount * _ENGLISH_MULTIPLE.get(unit_word, 1)


def english_relatives(tokens: tuple[Token, ...]) -> list[Relative]:
    """The relative time expressions of a bead's English side."""
    # A possessive unit is still the unit: "next year's festival".
    words = [re.sub(r"['\u2019]s$", "", token.text.lower()) for token in tokens]
    found = []
    for index, word in enumerate(words):
        token = tokens[index]
        if word == "tonight":
            found.append(Relative(token.start, token.end, "evening", PRESENT, token.text))
            continue
        part = _ENGLISH_PARTS.get(words[index + 1]) if index + 1 < len(words) else None
        if part is not None and (word in _ENGLISH_DAY or word in ("this", "last")):
            # "yesterday morning", "this evening", "last night"; "last" of a part of the day is the one before now.
            direction = _ENGLISH_DAY.get(word) or _ENGLISH_BEFORE_UNIT[word]
            found.append(Relative(token.start, tokens[index + 1].end, part, direction,
                                  f"{token.text} {tokens[index + 1].text}"))
        if word in ("tomorrow", "yesterday") and index >= 2 and words[index - 2] == "day" and \
                words[index - 1] == ("after" if word == "tomorrow" else "before"):
            found.append(Relative(tokens[index - 2].start, token.end, "day", FUTURE if word == "tomorrow" else PAST,
                                  f"{tokens[index - 2].text} {tokens[index - 1].text} {token.text}", amount=2))
            continue
        if word in ("tomorrow", "yesterday") and index and words[index - 1] == (
                "after" if word == "tomorrow" else "before") and token.text.lower() == word:
            # "after tomorrow" is the day after it ("after tomorrow's vote" is tomorrow's vote)
            found.append(Relative(tokens[index - 1].start, token.end, "day", FUTURE if word == "tomorrow" else PAST,
                                  f"{tokens[index - 1].text} {token.text}", amount=2))
            continue
        if word in _ENGLISH_DAY:
            found.append(Relative(token.start, token.end, "day", _ENGLISH_DAY[word], token.text))
            continue
        unit = _ENGLISH_UNITS.get(word)
        if unit is None or index == 0:
            continue
        before = words[index - 1]
        if unit == "weekend" and before == "the" and index >= 2 and words[index - 2] in _NEAR_WEEKEND:
            found.append(Relative(tokens[index - 2].start, token.end, unit, NEAR,
                                  " ".join(item.text for item in tokens[index - 2:index + 1])))
            continue
        halves = before == "half" and words[index - 3:index - 1] == ["and", "a"]  # "one and a half years"
        counted = before in _ENGLISH_COUNTS or tokens[index - 1].has_digit or halves
        amount = _english_amount(tokens, words, index - 1, word) if counted else None
        # The count's first word and the unit's last ("one and a half years", "a year and a half").
        first = index - 4 if halves else index - 1
        last = index + 3 if counted and words[index + 1:index + 4] == ["and", "a", "half"] else index
        after = words[last + 1] if last + 1 < len(words) else ""
        written = " ".join(item.text for item in tokens[first:last + 1])
        if before in _ENGLISH_BEFORE_UNIT:
            plural = word in _ENGLISH_PLURAL
            # "the past year", "the last month": a stretch up to now ("last year" alone is the calendar year)
            span = before in _ENGLISH_SPAN and index >= 2 and words[index - 2] == "the"
            found.append(Relative(tokens[index - 1].start, token.end, unit, _ENGLISH_BEFORE_UNIT[before], written,
                                  amount=None if plural else _ENGLISH_MULTIPLE.get(word, 1), span=span))
        elif counted and first >= 1 and words[first - 1] in _ENGLISH_BEFORE_UNIT and words[first - 1] != "this":
            # "the past two years", "the next three months", "the last few days"
            found.append(Relative(tokens[first - 1].start, tokens[last].end, unit,
                                  _ENGLISH_BEFORE_UNIT[words[first - 1]], f"{tokens[first - 1].text} {written}",
                                  written, amount, span=words[first - 1] in _ENGLISH_SPAN))
        elif counted and after in ("before", "after"):
            # "two days before the match": counted from the event the sentence names
            found.append(Relative(tokens[first].start, tokens[last + 1].end, unit,
                                  PAST if after == "before" else FUTURE, f"{written} {after}", written, amount,
                                  anchor=EVENT))
        elif not counted and word in _ENGLISH_PLURAL and after == "ago":
            # "weeks ago", "years ago": a past with no amount
            found.append(Relative(token.start, tokens[index + 1].end, unit, PAST, f"{token.text} ago", amount=None))
        elif counted and after == "ago":
            found.append(Relative(tokens[first].start, tokens[last + 1].end, unit, PAST,
                                  f"{written} ago", written, amount))
        elif counted and first >= 1 and words[first - 1] in ("in", "within"):
            found.append(Relative(tokens[first - 1].start, tokens[last].end, unit, FUTURE,
                                  f"{tokens[first - 1].text} {written}", written, amount))
        elif counted and after == "from" and last + 2 < len(words) and words[last + 2] == "now":
            found.append(Relative(tokens[first].start, tokens[last + 2].end, unit, FUTURE,
                                  f"{written} from now", written, amount))
        elif counted and after in ("later", "afterwards"):
            found.append(Relative(tokens[first].start, tokens[last + 1].end, unit, FUTURE,
                                  f"{written} {after}", written, amount))
        elif counted and after == "earlier":
            found.append(Relative(tokens[first].start, tokens[last + 1].end, unit, PAST,
                                  f"{written} {after}", written, amount))
    found.extend(_near_times([token.text.lower() for token in tokens], tokens, _ENGLISH_NEAR))
    return found


def _plural(unit: str, amount: float) -> str:
    number = int(amount) if amount == int(amount) else amount
    return f"{_NUMBER_WORDS.get(number, number)} {unit}{'' if number == 1 else 's'}"


def _expected(first: Relative, wrong: Relative) -> str:
    """The English of the original's expression; for a count, the English's own count where it has one."""
    unit, direction, amount = first.unit, first.direction, first.amount
    if first.span and amount is not None:
        return f"over the past {unit}" if amount == 1 else f"over the past {_plural(unit, amount)}"
    if first.count and direction in (PAST, FUTURE):
        count = wrong.count if wrong.count and (wrong.unit, wrong.amount) == (unit, amount) else \
            (_plural(unit, amount) if amount is not None else first.count)
        if first.anchor == EVENT:
            return f"{count} before" if direction == PAST else f"{count} after"
        return f"{count} ago" if direction == PAST else f"in {count}"
    if (unit, direction, amount) in _ENGLISH_WORD:
        return _ENGLISH_WORD[unit, direction, amount]
    if unit in _ENGLISH_PARTS.values():
        return _ENGLISH_PART_WORD.get((unit, direction)) or f"{_ENGLISH_WORD['day', direction, 1]} {unit}"
    if unit == "near":
        return {PAST: "recently", FUTURE: "soon"}.get(direction, first.text)
    word = {PAST: "last", PRESENT: "this", FUTURE: "next"}[direction]
    if amount is None and direction != PRESENT:
        return {PAST: "recent", FUTURE: "coming"}[direction] + f" {unit}s"
    return f"{word} {unit.capitalize() if unit.endswith('day') else unit}"


def _same_amount(orig: Relative, trans: Relative) -> bool:
    """Whether two expressions of one unit and direction agree: equal amounts, or one not given."""
    return orig.amount is None or trans.amount is None or abs(orig.amount - trans.amount) < 1e-6


def _same_span(orig: Relative, trans: Relative) -> bool:
    """Whether two calendar expressions of different units last as long ("yedi gün" / "a week")."""
    if orig.days is None or trans.days is None:
        return True  # an amount neither side gives cannot be compared
    return abs(orig.days - trans.days) <= _SAME_SPAN * max(orig.days, trans.days)


def _other_shape(orig: Relative, same: list[Relative]) -> Relative | None:
    """The English expression that makes a counted stretch up to now a point, or a counted point a stretch:
    "son üç yılda" (over the past three years) told as "three years ago", "üç yıl önce" as "the past three years"."""
    if not same or orig.amount is None or not (orig.span or orig.count):
        return None
    if orig.span and all(other.count and not other.span for other in same):
        return same[0]  # every rendering is "N units ago" (or later, earlier): one point in time
    if not orig.span and all(other.span for other in same):
        return same[0]
    return None


def changes(orig: list[Relative], trans: list[Relative]) -> list[tuple[Relative, Relative, str]]:
    """Each Turkish expression the English changes: (Turkish, English, what changed: direction, amount or unit)."""
    found = []
    orig_units = {item.unit for item in orig}
    for unit in dict.fromkeys(item.unit for item in orig):
        said = [item for item in orig if item.unit == unit and item.direction != NEAR]
        if not said:
            continue  # "hafta sonu" alone: no direction to compare
        rendered = [item for item in trans if item.unit == unit]
        if rendered and all(item.direction == NEAR for item in rendered):
            continue  # "over the weekend" for "bu hafta sonu": the tense, not the words, gives the direction
        rendered = [item for item in rendered if item.direction != NEAR]
        if rendered:
            if not {item.direction for item in said} & {item.direction for item in rendered}:
                found.append((said[0], rendered[0], "direction"))
                continue
            for item in said:
                same = [other for other in rendered if other.direction == item.direction]
                if same and not any(_same_amount(item, other) for other in same):
                    found.append((item, same[0], "amount"))
                    break
                wrong = _other_shape(item, same)
                if wrong is not None:
                    found.append((item, wrong, "span"))
                    break
            continue
        if unit in _PARTS:
            # "bu sabah" rendered "this evening": another part of the day, in whatever direction.
            other = next((other for other in trans if other.unit in _PARTS and other.unit not in orig_units), None)
            if other is not None:
                found.append((said[0], other, "unit"))
            continue
        if unit not in _DAYS:
            continue
        for item in said:
            other = next((other for other in trans if other.unit in _DAYS and other.unit not in orig_units
                          and other.direction == item.direction != PRESENT), None)
            if other is not None and not _same_span(item, other):
                found.append((item, other, "unit"))
                break
            # "gelecek ay" (next month) told as "at the weekend": a weekend where the original has none.
            weekend = next((other for other in trans if other.unit == "weekend" and "weekend" not in orig_units
                            and other.direction in (item.direction, NEAR, PRESENT) and item.direction != PRESENT
                            and unit != "day"), None)
            if weekend is not None:
                found.append((item, weekend, "unit"))
                break
    if not any(item.unit == "day" or item.unit in _PARTS for item, _, _ in found):
        found.extend(_other_day(orig, trans))
    return found


_DAY_OFFSET = {PAST: -1, PRESENT: 0, FUTURE: 1}


def _day_offset(item: Relative) -> int | None:
    """Which day a day word or a part of a day names, counted from the day of telling ("dün": -1, "bu sabah": 0)."""
    if item.unit == "day" and item.amount in (1, 2) and not item.count and not item.span:
        return _DAY_OFFSET[item.direction] * int(item.amount)
    if item.unit in _PARTS and item.direction in _DAY_OFFSET:
        return _DAY_OFFSET[item.direction]
    return None


def _other_day(orig: list[Relative], trans: list[Relative]) -> list[tuple[Relative, Relative, str]]:
    """A day word and a part of another day: "dün" (yesterday) told as "this afternoon", "yarın" as "tonight"."""
    said = [(item, _day_offset(item)) for item in orig if _day_offset(item) is not None]
    told = [(item, _day_offset(item)) for item in trans if _day_offset(item) is not None]
    if not said or not told or {day for _, day in said} & {day for _, day in told}:
        return []
    return [(said[0][0], told[0][0], "day")]


def _compared(orig: list[Relative], trans: list[Relative]) -> list[tuple[Relative, Relative, str]]:
    """The changes of the expressions counted from now, then of those counted from an event (a count before
    "later" or "earlier" may be either in English: "three days later" is after the event too)."""
    found = changes([item for item in orig if item.anchor == NOW], [item for item in trans if item.anchor == NOW])
    from_event = [item for item in orig if item.anchor == EVENT]
    if from_event:
        told = [item if item.anchor == EVENT else dataclasses.replace(item, anchor=EVENT) for item in trans
                if item.anchor == EVENT or item.count and item.text.endswith(("later", "earlier", "afterwards"))]
        found += [change for change in changes(from_event, told) if change[2] in ("direction", "amount")]
    return found


@check("D303", "relative-time", Category.DATE, Severity.MAJOR)
def relative_time(context: CheckContext):
    for view in pair_views(context):
        orig = turkish_relatives(view)
        compared = _compared(orig, english_relatives(view.trans_tokens)) if orig else []
        if not any(change in ("direction", "amount") for _, _, change in compared):
            # a count from an event told on its other side ("iki gün önce" / "two days after") is reported below
            related = list(_relation_changes(context, view))
            # an order word the relation already blamed ("ertesi gün" / "the day before") is not blamed twice
            # an order word turned round ("ertesi" / "previous") is the order's; a day counted otherwise ("ertesi
            # akşam" / "the same evening"), with no word of either order in the English, the event-day's
            yield from related or list(_order_changes(context, view)) or _event_day_changes(context, view)
        for first, wrong, change in compared:
            said = "the day after tomorrow" if (first.unit, first.direction, first.amount) == ("day", FUTURE, 2) \
                else "the day before yesterday" if (first.unit, first.direction, first.amount) == ("day", PAST, 2) \
                else first.direction
            yield make_finding(
                relative_time, view,
                message=f"The original says “{first.text}” ({said}) but the English says “{wrong.text}” "
                        + (f"({wrong.direction})." if change == "direction" else "(another day)." if change == "day"
                           else "(a stretch up to now)." if change == "span" and wrong.span
                           else "(one point in time)." if change == "span"
                           else f"(a different {'amount of time' if change == 'amount' else 'unit of time'})."),
                trans=context.trans_span(wrong.start, wrong.end),
                orig=context.orig_span(first.start, first.end),
                basis=change,
                expected=_expected(first, wrong),
                evidence=f"Turkish {first.direction}, {_describe(first)}; English {wrong.direction}, "
                         f"{_describe(wrong)}",
            )


def _describe(item: Relative) -> str:
    if item.unit == "near":
        return "a near time (no unit)"
    if item.amount is None:
        return f"{item.unit}s (no amount)"
    return _plural(item.unit, item.amount).split(" ", 1)[1] if item.amount == 1 else _plural(item.unit, item.amount)


# --- relations of time between events: "açılmasından bu yana" (since it was opened) / "before it was opened" ---

BEFORE, AFTER, UNTIL, SINCE, WHEN, WHILE = "before", "after", "until", "since", "when", "while"
# An English relation that keeps the original's: "before" ends a stretch as "until" does, "since" starts one after
# its event, "once" and "when" are an after of their own, "during" a while.
_KEEPS = {BEFORE: frozenset((BEFORE, UNTIL)), AFTER: frozenset((AFTER, SINCE, WHEN)),
          UNTIL: frozenset((UNTIL, BEFORE)), SINCE: frozenset((SINCE, AFTER)),
          WHEN: frozenset((WHEN, AFTER, WHILE)), WHILE: frozenset((WHILE, WHEN))}
# An English relation that places the event on the other side: flagged where nothing keeps the original's.
_CONTRADICTS = {BEFORE: frozenset((AFTER, SINCE)), AFTER: frozenset((BEFORE, UNTIL)),
                UNTIL: frozenset((AFTER, SINCE)), SINCE: frozenset((BEFORE, UNTIL)),
                WHEN: frozenset((BEFORE, UNTIL)), WHILE: frozenset((AFTER, BEFORE, UNTIL))}
# A figure is a time before kadar only as a year ("2030'a kadar") or a clock time after saat ("saat 17'ye kadar").
_YEAR = re.compile(r"^(?:1[89]|20)\d\d(?:'|’|l[ae]r)")
_TURKISH_TIME_STEMS = ("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim",
                       "kasım", "aralık", "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar",
                       "sonu", "sonun", "başı", "başın", "ortası", "ortasın", "yarın", "bugün", "akşam", "sabah",
                       "gece", "öğle", "hafta", "saat", "yıl", "sene", "gün", "ay", "dakika", "sezon", "dönem")
_DATIVE = ("a", "e", "ya", "ye")
_TIME_LEMMAS = frozenset(
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık pazartesi salı çarşamba perşembe cuma "
    "cumartesi pazar son baş orta yarın bugün akşam sabah gece öğle hafta saat yıl sene gün ay dakika sezon dönem "
    "öğleden öğlen yılbaşı yılsonu".split())
# English "since" is of time when a time follows within four words (a figure, a month, a day, start, end, then ...).
_ENGLISH_TIME_WORDS = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday start beginning end early late mid then last yesterday today "
    "week weekend month year season decade century morning evening night spring summer autumn winter".split())
_ENGLISH_SINCE_REACH = 4
_RELATION_WORD = {BEFORE: "before", AFTER: "after", UNTIL: "until", SINCE: "since", WHEN: "when", WHILE: "while"}

# Turkish postpositions and the case of the word they govern: a word in the ablative before önce / sonra (before,
# after: "seçimden önce", "bitirdikten sonra", "başlamadan önce"), beri / "bu yana" / itibaren (since, from ... on);
# a word in the dative before kadar / dek / değin (until: "bitene kadar", "tamamlanıncaya dek") or kala (before:
# "açılmasına iki hafta kala"). A count of time may stand between ("maçtan yaklaşık iki gün önce").
_ABLATIVE_POSTPOSITIONS = {("önce",): BEFORE, ("evvel",): BEFORE, ("sonra",): AFTER, ("beri",): SINCE,
                           ("bu", "yana"): SINCE, ("itibaren",): SINCE}
_DATIVE_POSTPOSITIONS = {"kadar": UNTIL, "dek": UNTIL, "değin": UNTIL, "kala": BEFORE}
# A noun before öncesinde / sonrasında ("maç sonrasında"), a genitive before ardından ("yıkılmasının ardından").
_NOUN_POSTPOSITIONS = {"öncesinde": BEFORE, "sonrasında": AFTER}
# Words a count of time between an event and its postposition may take: "yaklaşık iki hafta sonra", "tam bir yıl önce".
_COUNT_FILLERS = frozenset("yaklaşık tam en az fazla aşağı yukarı birkaç kaç bir iki üç dört beş altı yedi sekiz dokuz "
                           "on yirmi otuz kırk elli yüz".split())
_COUNT_REACH = 4
_COUNT_UNITS = frozenset("dakika saat gün hafta ay yıl sene".split())
# A verb made a noun (its clause is the event): the participles, infinitives and the converb -(y)IncA with a case.
_EVENT_NOUNS = frozenset("PresPart PastPart FutPart Inf1 Inf2 When".split())
# Converbs that relate their clause in time: -(y)ken (while), -(y)IncA (when), -(y)AlI (since).
_CONVERBS = {"While": WHILE, "When": WHEN, "SinceDoingSo": SINCE}
# Adverbs of sequence that govern no word ("Ardından", "daha sonra", "daha önce"): then, later, earlier.
_SEQUENCE_ADVERBS = {"ardından": {AFTER}, "sonra": {AFTER}, "sonrasında": {AFTER}, "akabinde": {AFTER},
                     "önce": {BEFORE}, "öncesinde": {BEFORE}, "evvel": {BEFORE}, "önceden": {BEFORE}}
# Nouns of time after a -DIk or -(y)AcAk participle: "açıldığı zaman", "geldiği anda" (when, the moment).
_WHEN_NOUNS = ("zaman", "zamanda", "vakit", "anda")
# Words that may be a relation's postposition: the analyser is asked only about the words before these.
_POSTPOSITION_WORDS = frozenset(("önce", "evvel", "sonra", "beri", "bu", "itibaren", "kadar", "dek", "değin", "kala",
                                 "öncesinde", "sonrasında", "ardından", "sürece", "sırada", "sırasında",
                                 "esnasında", *_WHEN_NOUNS))
# A converb or -DIğIndA has to end like one before the analyser is asked.
_CONVERB_SHAPE = re.compile(r"(?:ken|[ıiuü]nc[ae]|y?[ae]l[ıi]|[dt][ıiuü]ğ[ıiuü]nd[ae])$")

# English: each relation word, and whether it is firm enough to say the other side of an event. "when", "once",
# "following" and "upon" keep a relation but are too loose to contradict one ("once" is also "formerly").
_ENGLISH_RELATIONS = {"before": (BEFORE, True), "after": (AFTER, True), "until": (UNTIL, True),
                      "till": (UNTIL, True), "til": (UNTIL, True), "while": (WHILE, True), "whilst": (WHILE, True),
                      "during": (WHILE, True), "throughout": (WHILE, False), "when": (WHEN, False),
                      "whenever": (WHEN, False), "once": (WHEN, False), "following": (AFTER, False),
                      "upon": (AFTER, False), "ahead": (BEFORE, False), "prior": (BEFORE, True)}
_ENGLISH_RELATION_PHRASES = ((("as", "soon", "as"), AFTER, True), (("by", "the", "time"), BEFORE, True),
                             (("in", "advance", "of"), BEFORE, False), (("as", "long", "as"), WHILE, True),
                             (("so", "long", "as"), WHILE, True), (("in", "the", "wake", "of"), AFTER, False))
_RELATION_PHRASE_STARTS = frozenset(parts[0] for parts, _, _ in _ENGLISH_RELATION_PHRASES)


@dataclass(frozen=True)
class Bound:
    """A relation in time to an event or a time ("since", "until", "before" ...), where its words stand."""

    relation: str
    start: int
    end: int
    text: str
    firm: bool = True  # an English word that can say the other side of an event ("before"), not only keep one


def _readings(word: str):
    from drift.text.morphology import analyses

    return analyses(word)


def _has_case(word: str, case: str, events_only: bool = False) -> bool:
    """Whether the analyser reads the word in the case (a verb made a noun, with `events_only`)."""
    return any(item.case == case and (not events_only or item.root_pos == "Verb" and
                                      item.nominalisation in _EVENT_NOUNS) for item in _readings(word))


def _governor(words: tuple[str, ...], tokens, index: int) -> int | None:
    """The word a postposition at `index` governs: the one before it, or before a count of time ("iki gün")."""
    position = index - 1
    if position >= 1 and words[position] in _COUNT_UNITS:
        position -= 1  # "iki hafta kala": the unit, then its count
        while position >= 0 and index - position <= _COUNT_REACH and (
                words[position] in _COUNT_FILLERS or re.fullmatch(r"[\d.,]+", words[position])):
            position -= 1
    return position if position >= 0 else None


def _time_word(words: tuple[str, ...], index: int) -> bool:
    """A dative word that names a time ("2030'a", "saat 17'ye", "haziran sonuna", "akşama"), not an amount."""
    word = words[index]
    bare = word.split("'")[0] if "'" in word else word
    if _YEAR.match(word) or index and words[index - 1] == "saat":
        return True
    if not bare.startswith(_TURKISH_TIME_STEMS):
        return False
    # The analyser tells a time ("aylarına", "sonuna") from a word that only starts like one ("ayrıntısına": down to
    # the detail, "güneyine"); a word it cannot read is taken by its start, as before.
    read = _readings(bare) if bare == word else ()
    return not read or any(item.lemma in _TIME_LEMMAS for item in read)


def _comma_after(view: BeadView, token: Token) -> bool:
    """Whether a comma follows the token (tokens are words: the sentence's text says)."""
    sentence = next((item for item in view.orig_sentences if item.start <= token.start < item.end), None)
    return sentence is not None and sentence.text[token.end - sentence.start:].lstrip().startswith(",")


def turkish_bounds(view: BeadView) -> list[Bound]:
    """The relations in time of a bead's Turkish side: a postposition after an event or a time, or a converb.

    The analyser reads the governed word's case ("açılmasından": açmak + Pass + Inf2 + Abl) and whether it is a verb
    made a noun, so "bitirilene kadar" (until it is finished) is an until and "50 liraya kadar" (up to 50 lira)
    no relation at all."""
    words, tokens = view.orig_folded, view.orig_tokens
    found = []

    def add(relation: str, first: int, last: int) -> None:
        found.append(Bound(relation, tokens[first].start, tokens[last].end,
                           " ".join(token.text for token in tokens[first:last + 1])))

    for index, word in enumerate(words):
        if word in _POSTPOSITION_WORDS and index:
            for after, relation in _ABLATIVE_POSTPOSITIONS.items():
                if tuple(words[index:index + len(after)]) != after:
                    continue
                governor = _governor(words, tokens, index)
                if governor is None or words[governor] in _TURKISH_DAY_BEYOND:
                    continue  # "iki gün önce" (counted from now) and "yarından sonra" are D303's values above
                if words[governor].endswith(_ABLATIVE) and ("'" in words[governor] or _has_case(words[governor],
                                                                                                 "Abl")):
                    add(relation, governor, index + len(after) - 1)
            if word in _DATIVE_POSTPOSITIONS:
                governor = _governor(words, tokens, index) if word == "kala" else index - 1
                if governor is not None and words[governor].endswith(_DATIVE) and (
                        _time_word(words, governor) or _has_case(words[governor], "Dat", events_only=True) or
                        word == "kala" and _has_case(words[governor], "Dat")):
                    add(_DATIVE_POSTPOSITIONS[word], governor, index)
            elif word in _NOUN_POSTPOSITIONS and not tokens[index - 1].has_digit:
                add(_NOUN_POSTPOSITIONS[word], index - 1, index)
            elif word == "ardından" and _has_case(words[index - 1], "Gen"):
                add(AFTER, index - 1, index)
            elif word == "sürece" and any(item.nominalisation == "PastPart" for item in _readings(words[index - 1])):
                add(WHILE, index - 1, index)  # "yürürlükte olduğu sürece": as long as it is in force
            elif word in _WHEN_NOUNS and any(item.nominalisation in ("PastPart", "FutPart") and item.pos == "Adj"
                                             for item in _readings(words[index - 1])):
                add(WHEN, index - 1, index)  # "kapı açıldığı zaman", "geldiği anda": when, the moment
            elif word in ("sırada", "sırasında", "esnasında") and any(
                    item.root_pos == "Verb" and item.nominalisation in _EVENT_NOUNS
                    for item in _readings(words[index - 1])):
                add(WHILE, index - 1, index)  # "inşaat sürdüğü sırada", "kazılması sırasında"
        elif _CONVERB_SHAPE.search(word) and not (tokens[index].text[:1].isupper() and index):
            from drift.text.morphology import read

            analysis = read(word)
            if analysis is None or analysis.root_pos != "Verb":
                continue
            if analysis.nominalisation in _CONVERBS and analysis.pos == "Adv":
                if analysis.nominalisation == "While" and _comma_after(view, tokens[index]):
                    continue  # "22 proje ertelenirken, 68'i askıya alındı": -(y)ken joining two facts, "whereas"
                add(_CONVERBS[analysis.nominalisation], index, index)
            elif analysis.nominalisation == "PastPart" and analysis.case == "Loc":
                add(WHEN, index, index)  # "tünel açıldığında": when the tunnel opens
    return found


# "after" and "before" that name no time: "named after", "look after", "after all"; "before the court" (in front of).
_AFTER_NOT_OF_TIME = frozenset("named name names look looks looked looking take takes took taken".split())
_BEFORE_NOT_OF_TIME = frozenset("court courts judge judges jury parliament committee commission assembly congress "
                                "senate tribunal panel".split())
# Words after the noun that end its phrase ("before the court on Monday", "before the court and"): any other word is
# taken for the verb of a clause of time ("before the committee met").
_PHRASE_ENDS = frozenset("on in at for to and with of over about after before which that who when as but or last this "
                         "yesterday today".split())


def _not_of_time(words: list[str], tokens: tuple[Token, ...], index: int) -> bool:
    word, previous = words[index], words[index - 1] if index else ""
    rest = [position for position in range(index + 1, min(len(words), index + 4))
            if words[position] not in ("the", "a", "an")]
    if word == "after":
        return previous in _AFTER_NOT_OF_TIME or [words[position] for position in rest[:1]] == ["all"]
    if word != "before" or not rest or words[rest[0]] not in _BEFORE_NOT_OF_TIME:
        return False
    noun = rest[0]
    # The noun ends the sentence or its phrase: punctuation after it (a gap wider than a space) or a phrase end.
    return noun + 1 == len(words) or tokens[noun + 1].start - tokens[noun].end > 1 or words[noun + 1] in _PHRASE_ENDS


def english_bounds(tokens: tuple[Token, ...]) -> list[Bound]:
    """The relations in time of a bead's English side ("since" of time only; "from ... on" is since)."""
    words = [token.text.lower() for token in tokens]
    found = []
    for index, word in enumerate(words):
        token = tokens[index]
        phrase = next(((parts, relation, firm) for parts, relation, firm in _ENGLISH_RELATION_PHRASES
                       if tuple(words[index:index + len(parts)]) == parts), None) \
            if word in _RELATION_PHRASE_STARTS else None
        if phrase is not None:
            parts, relation, firm = phrase
            last = tokens[index + len(parts) - 1]
            found.append(Bound(relation, token.start, last.end, " ".join(item.text for item in
                                                                        tokens[index:index + len(parts)]), firm))
        elif word in _ENGLISH_RELATIONS and not (word in ("ahead", "prior") and words[index + 1:index + 2] not in
                                                  (["of"], ["to"])) and not _not_of_time(words, tokens, index):
            relation, firm = _ENGLISH_RELATIONS[word]
            found.append(Bound(relation, token.start, token.end, token.text, firm))
        elif word == "since":
            # Of time when a time follows within four words (a reason otherwise: "since demand is high"); a reason
            # does not contradict a relation, but any since keeps one.
            timed = any(tokens[position].has_digit or words[position] in _ENGLISH_TIME_WORDS
                        for position in range(index + 1, min(len(words), index + 1 + _ENGLISH_SINCE_REACH)))
            found.append(Bound(SINCE, token.start, token.end, token.text, timed or words[index - 1:index] == ["ever"]))
        elif word == "from" and (_time_follows(words, index + 1) or _stretch_ends_after(words, tokens, index)):
            # a "from" of time, or one that opens a stretch ("from its founding to this day"); "figures from the
            # ministry" is a source and keeps no since
            onwards = any(words[position] in ("on", "onwards", "onward")
                          for position in range(index + 2, min(len(words), index + 6)))
            found.append(Bound(SINCE, token.start, token.end, token.text, onwards or _opens_stretch(words, tokens,
                                                                                                   index + 1)))
        elif word in _STARTING and _opens_stretch(words, tokens, index + 1 + (words[index + 1:index + 2] == ["of"])):
            last = index + (word == "as")
            found.append(Bound(SINCE, token.start, tokens[last].end, " ".join(item.text for item in
                                                                             tokens[index:last + 1])))
    return found


# Words that open a stretch when a time follows: "starting in June", "beginning in 2028", "as of 2028", "effective
# 1 May". Like "from", they make the time the start of what the clause tells.
_STARTING = frozenset("starting beginning effective as".split())
# A stretch with its end in the English too ("from March to June", "from 2015 until now") bounds both ways.
_STRETCH_ENDS = frozenset("to until till through thru".split())


def _stretch_ends_after(words: list[str], tokens: tuple[Token, ...], index: int) -> bool:
    """Whether the phrase after "from" at `index` has an end or "on" before any punctuation ("from its founding
    to this day", "from the opening on")."""
    for position in range(index + 2, min(len(words), index + 8)):
        if tokens[position].start - tokens[position - 1].end > 1:
            return False  # a comma or a stop: the phrase after "from" has ended
        if words[position] in _STRETCH_ENDS or words[position] in ("on", "onwards", "onward"):
            return True
    return False


def _opens_stretch(words: list[str], tokens: tuple[Token, ...], index: int) -> bool:
    """Whether a time follows within four words ("from the end of May", "as of 2028") and the clause gives the
    stretch no end of its own ("from March to June" bounds both ways, as "2015'ten 2020'ye kadar" does)."""
    if index >= len(words) or words[index - 1] == "as" and words[index] != "of":
        return False
    return _time_follows(words, index) and not any(item in _STRETCH_ENDS for item in words[index:index + 8])


def _time_follows(words: list[str], index: int) -> bool:
    """Whether the words from `index` name a time ("the end of May", "2028", "the 1990s", "1 May")."""
    if index >= len(words):
        return False
    position = index + (words[index] == "of")
    # the first word after a determiner or a preposition of time must name the time itself: "from the end of May",
    # "starting on Friday", "as of 2028", "from 1 May"; "from limestone" is a source, "from 40 to 60" an amount
    while position < len(words) and words[position] in _BEFORE_A_TIME:
        position += 1
    if position >= len(words):
        return False
    word = words[position]
    timed = word in _ENGLISH_TIME_WORDS or bool(_ENGLISH_YEAR.fullmatch(word)) or word.isdigit() and \
        words[position + 1:position + 2] and words[position + 1] in _ENGLISH_TIME_WORDS
    return bool(timed)


_BEFORE_A_TIME = frozenset("the a an this next on in at of".split())
_ENGLISH_YEAR = re.compile(r"(?:1[89]|20)\d\d(?:['’]?s)?")  # a decade too: "the 1990s"


def _relation_changes(context: CheckContext, view: BeadView):
    """A Turkish relation in time that nothing in the English keeps, where the English has a relation that places
    the event on its other side ("açılmasından bu yana" / "before it was opened")."""
    trans = english_bounds(view.trans_tokens)
    if not any(bound.firm for bound in trans):
        return  # the English says no relation that could contradict one: the analyser is not even asked
    orig = turkish_bounds(view)
    if not orig:
        return
    # An English relation another Turkish one accounts for is not blamed ("2015'ten 2020'ye kadar": since and until),
    # nor one a Turkish adverb of sequence says ("Ardından ..." / "After that ...", "daha önce" / "before").
    accounted = frozenset().union(*(_KEEPS[bound.relation] for bound in orig),
                                  *(_SEQUENCE_ADVERBS[word] for word in view.orig_folded if word in _SEQUENCE_ADVERBS))
    for said in orig:
        if any(bound.relation in _KEEPS[said.relation] for bound in trans):
            continue
        wrong = next((bound for bound in trans if bound.firm and bound.relation in _CONTRADICTS[said.relation]
                      and bound.relation not in accounted), None)
        if wrong is None:
            continue
        expected = "from … on" if said.text.endswith("itibaren") else \
            "as long as" if said.text.endswith("sürece") else _RELATION_WORD[said.relation]
        yield make_finding(
            relative_time, view,
            message=f"The original says “{said.text}” ({said.relation}) but the English says “{wrong.text}” "
                    f"({wrong.relation}).",
            trans=context.trans_span(wrong.start, wrong.end),
            orig=context.orig_span(said.start, said.end),
            basis="relation",
            expected=expected,
            evidence=f"Turkish {said.text}: {said.relation}; English {wrong.text}: {wrong.relation}, and no "
                     f"“{_RELATION_WORD[said.relation]}” or other word that keeps it in the English",
        )
        return


# --- order against now or a reference event: "bir önceki turda" (in the previous round) / "in the next round" ---

# Turkish words that place an event before or after now or the event told, as an adjective ("önceki", "bir sonraki",
# "ertesi"), an adverb ("daha önce", "önceden", "sonradan", "eskiden") or two words ("daha sonra").
_TURKISH_ORDER = {BEFORE: frozenset("önceki önceden evvelce evvelki eskiden".split()),
                  AFTER: frozenset("sonraki sonradan ertesi müteakip ilerleyen".split())}
_TURKISH_ORDER_PAIRS = {("daha", "önce"): BEFORE, ("daha", "sonra"): AFTER}
# Any Turkish word of either order, a postposition or an adverb of sequence too: a sentence that orders events both
# ways ("önce X, sonra Y", "seçimden sonraki") leaves the English free to say either.
_TURKISH_ANY_ORDER = {BEFORE: frozenset(("önce", "öncesinde", "evvel", "öncesi", "önceleri", *_TURKISH_ORDER[BEFORE])),
                      AFTER: frozenset(("sonra", "sonrasında", "ardından", "akabinde", "sonrası", "ileride",
                                        *_TURKISH_ORDER[AFTER]))}
# English words of order. The first set says it; the second keeps it without saying it firmly ("last" is also the
# final one, "then" also a consequence), so it only keeps the original's.
_ENGLISH_ORDER = {BEFORE: frozenset("previous previously preceding prior earlier formerly beforehand before".split()),
                  AFTER: frozenset("next following subsequent subsequently later afterwards afterward thereafter "
                                   "ensuing after".split())}
_ENGLISH_KEEPS_ORDER = {BEFORE: frozenset("last already once former ago past".split()),
                        AFTER: frozenset("then coming upcoming future eventually soon".split())}


def _turkish_orders(words: tuple[str, ...]) -> tuple[dict[str, int], set[str]]:
    """The Turkish order words of a sentence by relation (position of the first), and every relation it says."""
    said: dict[str, int] = {}
    for index, word in enumerate(words):
        pair = _TURKISH_ORDER_PAIRS.get(tuple(words[index:index + 2]))
        relation = pair or next((key for key, group in _TURKISH_ORDER.items() if word in group), None)
        if relation is not None:
            said.setdefault(relation, index)
    anywhere = {relation for relation, group in _TURKISH_ANY_ORDER.items() if group & set(words)}
    return said, anywhere


def _order_changes(context: CheckContext, view: BeadView):
    """An event the original orders before now or the event told (previous, earlier) that the English orders after
    it (next, later), or the reverse, wherever the word sits: adjective, adverb or a clause of time."""
    words = view.orig_folded
    if not {*_TURKISH_ORDER[BEFORE], *_TURKISH_ORDER[AFTER], "önce", "sonra"} & set(words):
        return
    said, anywhere = _turkish_orders(words)
    if len(said) != 1 or len(anywhere) != 1:
        return  # no order, or both: "önceki ... sonraki" leaves either English word right
    relation = next(iter(said))
    other = AFTER if relation == BEFORE else BEFORE
    english = [token.text.lower() for token in view.trans_tokens]
    if any(word in _ENGLISH_ORDER[relation] or word in _ENGLISH_KEEPS_ORDER[relation] for word in english):
        return
    wrong = next((view.trans_tokens[index] for index, word in enumerate(english)
                  if word in _ENGLISH_ORDER[other] and not (word in ("after", "before")
                                                            and _not_of_time(english, view.trans_tokens, index))), None)
    if wrong is None:
        return
    first = view.orig_tokens[said[relation]]
    last = view.orig_tokens[said[relation] + 1] if words[said[relation]] == "daha" else first
    text = " ".join(token.text for token in view.orig_tokens[said[relation]:said[relation] + 1 + (last is not first)])
    word = "earlier / previous" if relation == BEFORE else "later / next"
    yield make_finding(
        relative_time, view,
        message=f"The original says “{text}” ({relation} now or the event told) but the English says "
                f"“{wrong.text}” ({other}).",
        trans=context.trans_span(wrong.start, wrong.end),
        orig=context.orig_span(first.start, last.end),
        basis="order",
        expected=word,
        evidence=f"Turkish {text}: {relation}; English {wrong.text}: {other}, and no word of the original's order",
    )


# --- the day counted from the event told: "ertesi akşam" (the following evening) / "the same evening" ---

# Turkish: ertesi (the next), aynı and o (the same, that), "bir önceki" or an ablative before önceki (the one before)
# before a day or a part of one ("ertesi gün", "aynı gün akşam", "o gece", "yarıştan bir önceki akşam").
_TURKISH_EVENT_DAY = {"ertesi": 1, "aynı": 0, "o": 0}
_TURKISH_DAY_WORDS = ("gün", "sabah", "akşam", "gece", "öğle")
# The endings a day word takes there: "ertesi günü", "o akşamki", "aynı gece", "ertesi sabahı".
_TURKISH_DAY_ENDING = re.compile(r"^(?:[ıiuü]|s[ıiuü]|[dt][ae]|[dt][ae]ki|ki|n(?:[dt][ae]|[ıiuü]n)|[ıiuü]n|"
                                 r"s[ıiuü]n[dt][ae]|den|dan|n)?$")
# English: the next / following, the same / that, the previous / preceding before a day or a part of one ("the
# following evening", "that night", "later that day"), and "the day (evening) after / before", "the eve of".
_ENGLISH_EVENT_DAY = {"next": 1, "following": 1, "same": 0, "that": 0, "previous": -1, "preceding": -1}
_ENGLISH_DAY_WORDS = frozenset("day morning afternoon evening night".split())


@dataclass(frozen=True)
class EventDay:
    """A day counted from the event the sentence tells: -1 the day before, 0 the same day, 1 the day after."""

    offset: int
    start: int
    end: int
    text: str


def _turkish_day_word(word: str) -> bool:
    stem = next((item for item in _TURKISH_DAY_WORDS if word.startswith(item)), None)
    return stem is not None and bool(_TURKISH_DAY_ENDING.match(word[len(stem):]))


def turkish_event_days(words: tuple[str, ...], tokens) -> list[EventDay]:
    """The days of a bead's Turkish side counted from the event it tells ("ertesi akşam", "aynı gün")."""
    found = []
    for index, word in enumerate(words[:-1]):
        offset = _TURKISH_EVENT_DAY.get(word)
        if word == "önceki" and index and (words[index - 1] == "bir" or words[index - 1].endswith(_ABLATIVE)):
            offset = -1  # "bir önceki gece", "yarıştan önceki akşam"; a bare "önceki gün" is two days back
        if offset is None or not _turkish_day_word(words[index + 1]):
            continue
        if word == "o" and index and words[index - 1] in _TURKISH_DAY:
            continue  # not "dün o saatte"
        first = index - 1 if word == "önceki" and words[index - 1] == "bir" else index
        found.append(EventDay(offset, tokens[first].start, tokens[index + 1].end,
                              " ".join(token.text for token in tokens[first:index + 2])))
    return found


def english_event_days(tokens: tuple[Token, ...]) -> list[EventDay]:
    """The days of a bead's English side counted from the event it tells ("the following evening", "that night",
    "the day before the race", "on the evening of the race", "the eve of")."""
    words = [token.text.lower() for token in tokens]
    found = []
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        if word in _ENGLISH_EVENT_DAY and following in _ENGLISH_DAY_WORDS:
            if word in ("next", "following", "previous", "preceding", "same") and words[index - 1:index] != ["the"]:
                continue  # "next day" without "the" is said too, but "following day" alone is rare: keep it firm
            first = index - 1 if words[index - 1:index] == ["the"] else index
            found.append(EventDay(_ENGLISH_EVENT_DAY[word], tokens[first].start, tokens[index + 1].end,
                                  " ".join(token.text for token in tokens[first:index + 2])))
        elif word in _ENGLISH_DAY_WORDS and index and words[index - 1] == "the" and following in ("after", "before",
                                                                                                "of"):
            # "the day after the race", "the evening before", "on the evening of the race" (that same day)
            if following == "of" and not (index >= 2 and words[index - 2] == "on"):
                continue  # "the day of reckoning", "the night of the long knives": not a day counted from an event
            if words[index + 2:index + 3] in (["yesterday"], ["tomorrow"]):
                continue  # "the day before yesterday": counted from the telling, read above
            last = index + 1
            found.append(EventDay({"after": 1, "before": -1, "of": 0}[following], tokens[index - 1].start,
                                  tokens[last].end, " ".join(token.text for token in tokens[index - 1:last + 1])))
        elif word == "eve" and index and words[index - 1] == "the" and following == "of":
            found.append(EventDay(-1, tokens[index - 1].start, tokens[index + 1].end, "the eve of"))
    return found


def _event_day_changes(context: CheckContext, view: BeadView):
    """A day the original counts from the event told that the English counts otherwise: "ertesi akşam" (the
    following evening) told as "the same evening", "bir önceki gece" as "the following night"."""
    words = view.orig_folded
    if not {"ertesi", "aynı", "o", "önceki"} & set(words):
        return
    said = turkish_event_days(words, view.orig_tokens)
    if not said:
        return
    told = english_event_days(view.trans_tokens)
    if not told:
        return
    # Each day the original counts must be told; a day told more often than the original says it ("o gün ... ertesi
    # gün" / "that day ... the same day") stands for a missing one.
    missing = [day for day in said if not any(other.offset == day.offset for other in told)]
    extra = [day for day in told if sum(other.offset == day.offset for other in told) >
             sum(other.offset == day.offset for other in said)]
    if not missing or not extra:
        return
    first, wrong = missing[0], extra[-1]
    names = {-1: "the day before", 0: "the same day", 1: "the day after"}
    yield make_finding(
        relative_time, view,
        message=f"The original says “{first.text}” ({names[first.offset]}) but the English says “{wrong.text}” "
                f"({names[wrong.offset]}).",
        trans=context.trans_span(wrong.start, wrong.end),
        orig=context.orig_span(first.start, first.end),
        basis="event-day",
        expected={-1: "the previous …", 0: "the same …", 1: "the following …"}[first.offset],
        evidence=f"Turkish {first.text}: {names[first.offset]} of the event told; English {wrong.text}: "
                 f"{names[wrong.offset]}",
    )
