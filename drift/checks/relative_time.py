"""Relative time reversed: "geçen ay" (last month) rendered "next month", "iki gün önce" rendered "in two days".

Why it matters: a relative date carries no number for the date check to
compare, yet "the strike that began yesterday" and "the strike that begins
tomorrow" are different news; sentence vectors score them alike.

Both sides are read for expressions that place an event relative to the day
of writing, each as a unit (day, week, weekend, month, year, hour) and a
direction (past, present, future):

- Turkish: dün / bugün / yarın, and with a part of the day after them or
  after bu ("bu sabah", "dün gece", "yarın öğleden sonra": morning,
  afternoon, evening and night as one unit); geçen, geçtiğimiz, önceki (past), bu (present),
  gelecek, önümüzdeki, haftaya (future) before a unit word (hafta, hafta sonu,
  ay, yıl, sene, a weekday, a season: "önümüzdeki pazartesiden itibaren",
  "gelecek bahar"; with its endings and a plural: "önümüzdeki haftalarda");
  öbür gün (the day after tomorrow), evvelki gün and önceki gün (the day
  before yesterday; not "bir önceki gün", the day before an event); a count
  and a unit before önce (past) or sonra (future): "iki gün önce", "üç ay sonra"; not after a word in the
  ablative ("seçimden bir hafta önce": before the election), which D410 reads.
- English: yesterday / today / tomorrow, with a part of the day after them
  or after this / last ("yesterday morning", "last night"), tonight (the
  evening of today); last, past, previous (past),
  this (present), next, coming, upcoming (future), recent (past) before a
  unit, a weekday or a season; "the day after tomorrow", "the day before
  yesterday" (and "in two days", "two days ago" stand for them too); "N units ago" (past),
  "in N units", "N units from now" and "N units later" (future), "N units
  earlier" (past); "N units after/before" an event is D410's.

Flagged: an aligned sentence pair where, for one unit, the Turkish places
events in one direction only and the English places them only in others
("geçen ay" / "next month"). A unit the English does not mention relatively
("geçen ay" / "in March") is left alone. "N gün sonra" after an event noun is
"N days after it", so a count before sonra in Turkish answers a "later" too.
Expected: the English for the original's direction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drift.checks import check
from drift.checks._names import pair_views
from drift.checks.context import BeadView, CheckContext, make_finding
from drift.model import Category, Severity
from drift.text.tokens import Token

PAST, PRESENT, FUTURE = "past", "present", "future"

# Turkish unit words with the endings they take after a relative word ("geçen yılın", "bu ayki").
_TURKISH_UNITS = (("hafta sonu", "weekend"), ("hafta", "week"), ("gün", "day"), ("ay", "month"),
                  ("yıl", "year"), ("sene", "year"), ("saat", "hour"),
                  # A weekday or a season after geçen / önümüzdeki is one unit of its own: "geçen salı" is last
                  # Tuesday, "önümüzdeki ilkbahar" next spring.
                  ("pazartesi", "monday"), ("salı", "tuesday"), ("çarşamba", "wednesday"),
                  ("perşembe", "thursday"), ("cumartesi", "saturday"), ("cuma", "friday"), ("pazar", "sunday"),
                  ("ilkbahar", "spring"), ("sonbahar", "autumn"), ("bahar", "spring"), ("yaz", "summer"),
                  ("kış", "winter"), ("güz", "autumn"))
# Parts of the day after bu / dün / yarın: "bu sabah" (this morning), "dün gece" (last night). Evening and
# night are one unit: "bu akşam" is as often "tonight" as "this evening".
_TURKISH_PARTS = (("öğleden sonra", "afternoon"), ("sabah", "morning"), ("akşam", "evening"), ("gece", "evening"))
# A plural may come first: "önümüzdeki haftalarda" (in the coming weeks).
_TURKISH_UNIT_ENDING = re.compile(
    r"^(?:l[ae]r)?"
    r"(?:[ıiuü]?n?(?:[ıiuü]n)?|[dt][ae]|[ıiuü]?nd[ae]|[dt][ae]ki|ki|[ıiuü]|s[ıiuü]|y?[ae]|[dt][ae]n)$")
_TURKISH_DAY = {"dün": PAST, "dünkü": PAST, "bugün": PRESENT, "bugünkü": PRESENT,
                "yarın": FUTURE, "yarınki": FUTURE}
_TURKISH_BEFORE_UNIT = {"geçen": PAST, "geçtiğimiz": PAST, "bu": PRESENT, "gelecek": FUTURE,
                        "önümüzdeki": FUTURE, "haftaya": FUTURE}
# Two days off: "öbür gün" / "evvelki gün" / "önceki gün" (not "bir önceki gün": the day before an event).
PAST2, FUTURE2 = "two days back", "two days ahead"
_TURKISH_TWO_DAYS = {"öbür": FUTURE2, "evvelki": PAST2, "önceki": PAST2}
_TURKISH_AFTER_COUNT = {"önce": PAST, "evvel": PAST, "sonra": FUTURE}
_ABLATIVE = ("dan", "den", "tan", "ten")
_TURKISH_COUNTS = frozenset("bir iki üç dört beş altı yedi sekiz dokuz on yirmi otuz birkaç kaç birkaç".split())

_ENGLISH_UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "weekend": "weekend",
                  "weekends": "weekend", "month": "month", "months": "month", "year": "year", "years": "year",
                  "hour": "hour", "hours": "hour", "spring": "spring", "summer": "summer", "autumn": "autumn",
                  "fall": "autumn", "winter": "winter",
                  **{day: day for day in "monday tuesday wednesday thursday friday saturday sunday".split()}}
_ENGLISH_DAY = {"yesterday": PAST, "today": PRESENT, "tomorrow": FUTURE}
_ENGLISH_PARTS = {"morning": "morning", "afternoon": "afternoon", "evening": "evening", "night": "evening"}
_ENGLISH_BEFORE_UNIT = {"last": PAST, "past": PAST, "previous": PAST, "recent": PAST, "this": PRESENT,
                        "next": FUTURE, "coming": FUTURE, "upcoming": FUTURE}
_ENGLISH_COUNTS = frozenset("a an one two three four five six seven eight nine ten eleven twelve twenty thirty "
                            "few several couple".split())
_ENGLISH_WORD = {("day", PAST): "yesterday", ("day", PRESENT): "today", ("day", FUTURE): "tomorrow",
                 ("day", PAST2): "the day before yesterday", ("day", FUTURE2): "the day after tomorrow"}
_ENGLISH_PART_WORD = {("evening", PAST): "last night", ("evening", PRESENT): "tonight",
                      ("morning", PRESENT): "this morning", ("afternoon", PRESENT): "this afternoon"}


@dataclass(frozen=True)
class Relative:
    """One relative time expression: where it stands, its unit and direction."""

    start: int
    end: int
    unit: str
    direction: str
    text: str
    count: str = ""  # the count and unit as written ("two days"), for an expression that has one


def _turkish_unit(words: tuple[str, ...], index: int, units=_TURKISH_UNITS) -> tuple[str, int] | None:
    """The unit at `index` ("hafta sonu" spans two words) and how many words it takes."""
    for surface, unit in units:
        parts = surface.split()
        if index + len(parts) > len(words):
            continue
        head, last = words[index:index + len(parts) - 1], words[index + len(parts) - 1]
        if list(head) == parts[:-1] and last.startswith(parts[-1]) and \
                _TURKISH_UNIT_ENDING.match(last[len(parts[-1]):]):
            return unit, len(parts)
    return None


def turkish_relatives(view: BeadView) -> list[Relative]:
    """The relative time expressions of a bead's Turkish side."""
    words, tokens = view.orig_folded, view.orig_tokens
    found = []
    for index, word in enumerate(words):
        token = tokens[index]
        part = _turkish_unit(words, index + 1, _TURKISH_PARTS) if index + 1 < len(words) else None
        if part is not None and (word in ("bu", "dün", "yarın")):
            last = tokens[index + part[1]]
            direction = _TURKISH_DAY.get(word, PRESENT)
            found.append(Relative(token.start, last.end, part[0], direction, f"{token.text} {last.text}"))
        if word in _TURKISH_TWO_DAYS and index + 1 < len(words) and _turkish_unit(words, index + 1) == ("day", 1) \
                and not (index and words[index - 1] == "bir"):
            last = tokens[index + 1]
            found.append(Relative(token.start, last.end, "day", _TURKISH_TWO_DAYS[word], f"{token.text} {last.text}"))
        elif word in _TURKISH_DAY:
            found.append(Relative(token.start, token.end, "day", _TURKISH_DAY[word], token.text))
        elif word in _TURKISH_BEFORE_UNIT and index + 1 < len(words):
            unit = _turkish_unit(words, index + 1)
            if unit is not None:
                last = tokens[index + unit[1]]
                found.append(Relative(token.start, last.end, unit[0], _TURKISH_BEFORE_UNIT[word],
                                      f"{token.text} … {last.text}"))
        elif word in _TURKISH_AFTER_COUNT and index >= 2:
            unit = _turkish_unit(words, index - 1)
            count = tokens[index - 2]
            # "seçimden bir hafta önce" is before the election, not before today: D410 compares those.
            from_event = index >= 3 and words[index - 3].endswith(_ABLATIVE)
            if unit is not None and unit[1] == 1 and not from_event and \
                    (count.has_digit or words[index - 2] in _TURKISH_COUNTS):
                found.append(Relative(count.start, token.end, unit[0], _TURKISH_AFTER_COUNT[word],
                                      f"{count.text} {tokens[index - 1].text} {token.text}",
                                      f"{count.text} {tokens[index - 1].text}"))
    return found


def english_relatives(tokens: tuple[Token, ...]) -> list[Relative]:
    """The relative time expressions of a bead's English side."""
    words = [token.text.lower() for token in tokens]
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
            found.append(Relative(tokens[index - 2].start, token.end, "day", FUTURE2 if word == "tomorrow" else PAST2,
                                  f"{tokens[index - 2].text} {tokens[index - 1].text} {token.text}"))
            continue
        if word in _ENGLISH_DAY:
            found.append(Relative(token.start, token.end, "day", _ENGLISH_DAY[word], token.text))
            continue
        unit = _ENGLISH_UNITS.get(word)
        if unit is None or index == 0:
            continue
        before = words[index - 1]
        counted = before in _ENGLISH_COUNTS or tokens[index - 1].has_digit
        after = words[index + 1] if index + 1 < len(words) else ""
        if before in _ENGLISH_BEFORE_UNIT:
            found.append(Relative(tokens[index - 1].start, token.end, unit, _ENGLISH_BEFORE_UNIT[before],
                                  f"{tokens[index - 1].text} {token.text}"))
        elif counted and after == "ago":
            found.append(Relative(tokens[index - 1].start, tokens[index + 1].end, unit, PAST,
                                  f"{tokens[index - 1].text} {token.text} ago",
                                  f"{tokens[index - 1].text} {token.text}"))
        elif counted and index >= 2 and words[index - 2] in ("in", "within"):
            found.append(Relative(tokens[index - 2].start, token.end, unit, FUTURE,
                                  f"{tokens[index - 2].text} {tokens[index - 1].text} {token.text}",
                                  f"{tokens[index - 1].text} {token.text}"))
        elif counted and after == "from" and index + 2 < len(words) and words[index + 2] == "now":
            found.append(Relative(tokens[index - 1].start, tokens[index + 2].end, unit, FUTURE,
                                  f"{tokens[index - 1].text} {token.text} from now"))
        elif counted and after in ("later", "afterwards"):
            found.append(Relative(tokens[index - 1].start, tokens[index + 1].end, unit, FUTURE,
                                  f"{tokens[index - 1].text} {token.text} {after}"))
        elif counted and after == "earlier":
            found.append(Relative(tokens[index - 1].start, tokens[index + 1].end, unit, PAST,
                                  f"{tokens[index - 1].text} {token.text} {after}"))
    # "in two days" / "two days ago" is also the day after tomorrow / before yesterday.
    found += [Relative(item.start, item.end, "day", {PAST: PAST2, FUTURE: FUTURE2}[item.direction], item.text)
              for item in found if item.unit == "day" and item.direction in (PAST, FUTURE)
              and item.count.lower().split()[:1] in (["two"], ["2"])]
    return found


def _expected(unit: str, first: Relative, wrong: Relative) -> str:
    """The English of the original's direction, with the English's own count where it has one."""
    direction = first.direction
    if first.count and wrong.count and direction in (PAST, FUTURE):
        return f"{wrong.count} ago" if direction == PAST else f"in {wrong.count}"
    if (unit, direction) in _ENGLISH_WORD:
        return _ENGLISH_WORD[unit, direction]
    if unit in _ENGLISH_PARTS.values():
        return _ENGLISH_PART_WORD.get((unit, direction)) or f"{_ENGLISH_WORD['day', direction]} {unit}"
    return {PAST: "last", PRESENT: "this", FUTURE: "next"}[direction] + \
        f" {unit.capitalize() if unit.endswith('day') else unit}"


@check("D303", "relative-time", Category.DATE, Severity.MAJOR)
def relative_time(context: CheckContext):
    for view in pair_views(context):
        orig = turkish_relatives(view)
        if not orig:
            continue
        trans = english_relatives(view.trans_tokens)
        for unit in dict.fromkeys(item.unit for item in orig):
            said = {item.direction for item in orig if item.unit == unit}
            rendered = [item for item in trans if item.unit == unit]
            if not rendered or said & {item.direction for item in rendered}:
                continue
            first = next(item for item in orig if item.unit == unit)
            wrong = rendered[0]
            yield make_finding(
                relative_time, view,
                message=f"The original says “{first.text}” ({first.direction}) but the English says "
                        f"“{wrong.text}” ({wrong.direction}).",
                trans=context.trans_span(wrong.start, wrong.end),
                orig=context.orig_span(first.start, first.end),
                expected=_expected(unit, first, wrong),
                evidence=f"Turkish {unit}: {', '.join(sorted(said))}; English {unit}: "
                         f"{', '.join(sorted({item.direction for item in rendered}))}",
            )
