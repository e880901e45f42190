"""Small words that carry the meaning of a sentence, compared across a bead of two English texts.

The word diff (drift.reference.diff) leaves function words out, because a faithful rewording changes "the"
into "its" all the time. A few closed classes of small words are not like that: they decide whether a claim
is hedged, when something happens, who "he" is, whether a figure is below zero and which side of a
comparison is the larger. Each class is read on both sides of a bead as a value and the values compared, so
that a paraphrase that keeps the value ("about" / "around", "last week" / "the previous week") says nothing:

- hedges: "may", "could", "reportedly", "is expected to", "claimed", "is thought to" on one side only ("may have
  changed" / "have changed"); a modal verb that only reports a future in the past ("would") is no hedge;
- qualifiers of a figure: approximate ("about", "some"), a lower bound ("more than", "at least", and a verb of
  going beyond it: "exceeded", "topped"), an upper
  bound ("up to", "at most", "less than") or exact ("exactly"), compared on the figures both sides have;
- relative time: "two weeks ago" (-2 weeks), "next month" (+1 month), "this morning", "the day after
  tomorrow" (+2 days), compared when both sides give one (a copy that names the date instead says nothing);
- the gender of third-person pronouns ("he" / "she");
- a minus sign or "minus" before a figure both sides have, and a figure whose digits the copy writes the
  Turkish way ("2,5" for 2.5, "3.450" for 3,450), which an English reader reads as another number;
- an acronym the reference spells out and the copy leaves bare ("TÜİK" for "the Turkish Statistical
  Institute (TÜİK)");
- the two sides of a comparison swapped ("lower in small shops than in large factories"), and the owner
  and the object of one noun swapped ("Tekin's visit to Oral" / "Oral's visit to Tekin").

Pure: tokens and texts in, `Fact` records out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Callable, Sequence

from drift.reference.diff import FUNCTION_WORDS, Change, word_key
from drift.reference.facts import CLAUSE, Fact
from drift.text.tokens import Token

# Words that hedge a statement: possibility, expectation, report and belief. Surface forms, because the
# nouns of the same words ("a claim for compensation", "the expectations") hedge nothing.
HEDGES = frozenset({
    "may", "might", "could", "reportedly", "allegedly", "alleged", "apparently", "possibly", "probably",
    "likely", "unlikely", "perhaps", "potentially", "expect", "expects", "expected", "estimated", "believe",
    "believes", "believed", "think", "thinks", "suspected", "claimed", "claiming", "argue", "argues", "argued",
    "feared", "fears", "presumably", "purportedly", "supposedly", "seemingly", "expecting", "believing",
    "claiming", "arguing", "fearing", "thinking"})
# Possibility in other words: "may be held" and "can run" grant the same; "can" alone is no hedge.
POSSIBILITY = frozenset({"may", "might", "could", "can"})
# "so that the work could continue" states a purpose, not a possibility.
PURPOSE = ("so", "that")
# Words that may stand for the copy's statement where the reference hedged ("will be", "has changed").
STATEMENT_AUXILIARIES = frozenset({"will", "would", "shall", "must", "can", "should", "is", "are", "was", "were",
                                   "has", "have", "had", "be", "been", "did", "does", "do"})
# Hedges that only make a figure approximate: "estimated at $30 billion" says what "around $30 billion" says.
ESTIMATES = frozenset({"estimated", "estimates", "estimate"})
# Qualifiers of a figure, by the kind of bound they set; (words, kind), longest first.
QUALIFIERS = (
    (("no", "more", "than"), "upper"), (("no", "fewer", "than"), "lower"), (("no", "less", "than"), "lower"),
    (("more", "than"), "lower"), (("at", "least"), "lower"), (("in", "excess", "of"), "lower"),
    (("up", "to"), "upper"), (("at", "most"), "upper"), (("less", "than"), "upper"), (("fewer", "than"), "upper"),
    (("as", "many", "as"), "upper"), (("short", "of"), "upper"), (("as", "much", "as"), "upper"), (("close", "to"), "approximate"),
    (("an", "estimated"), "approximate"), (("just", "over"), "lower"), (("just", "under"), "upper"),
    (("over",), "lower"), (("above",), "lower"), (("under",), "upper"), (("below",), "upper"),
    (("about",), "approximate"), (("around",), "approximate"), (("approximately",), "approximate"),
    (("roughly",), "approximate"), (("nearly",), "approximate"), (("almost",), "approximate"),
    (("some",), "approximate"), (("circa",), "approximate"), (("exactly",), "exact"), (("precisely",), "exact"),
    # A verb of going beyond a figure sets the bound "more than" does ("wind speeds topped 90" / "above 90"); "top"
    # counts as a verb after "to" or a modal only, as "the top 10" ranks.
    *(((verb,), "lower") for verb in ("exceed", "exceeds", "exceeded", "exceeding", "surpass", "surpasses",
                                      "surpassed", "surpassing", "tops", "topped", "topping")),
    *(((before, "top"), "lower") for before in ("to", "will", "would", "could", "may", "might", "can", "should")))
# Numbers in words that a qualifier may bound ("less than half", "more than two").
# (Scale words are not: "30 billion" is one figure, qualified before its digits.)
FIGURE_WORDS = frozenset({"half", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twice",
                          "double"})
# Units of relative time; a plural is read by its singular.
TIME_UNITS = frozenset({
    "day", "week", "month", "year", "weekend", "decade", "century", "quarter", "season", "winter", "spring",
    "summer", "autumn", "morning", "afternoon", "evening", "night", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday"})
PAST_WORDS = frozenset({"last", "past", "previous", "preceding"})
FUTURE_WORDS = frozenset({"next", "coming", "following", "upcoming"})
DAYS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
NUMBER_WORDS = {word: value for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
NUMBER_WORDS.update({"a": 1, "an": 1})
MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
MINUS_WORDS = frozenset({"minus", "negative"})
MINUS_SIGNS = frozenset({"-", "\u2212", "\u2013"})


@dataclass(frozen=True)
class _Mention:
    """One reading on one side: its value and the tokens that say it."""

    value: object
    tokens: tuple[Token, ...]


def _key(token: Token) -> str:
    return word_key(token).lower()


# Units read as a number of another ("the past decade" is the past ten years).
UNIT_SIZES = {"decade": ("year", 10), "century": ("year", 100)}
# Words after which "in N years" looks back: "the highest in ten years", "the first in two decades".
LOOKING_BACK = frozenset({
    "first", "last", "record", "since", "highest", "lowest", "biggest", "largest", "smallest", "best", "worst",
    "strongest", "weakest", "fastest", "slowest", "deepest", "coldest", "hottest", "warmest", "wettest", "driest",
    "heaviest", "longest", "shortest", "greatest", "sharpest", "steepest"})


def _unit(token: Token) -> str | None:
    key = _key(token)
    if key in TIME_UNITS:
        return key
    if key.endswith("s") and key[:-1] in TIME_UNITS:
        return key[:-1]
    return "century" if key == "centuries" else None


def _amount(token: Token) -> int | None:
    key = _key(token)
    if key.isdigit():
        return int(key)
    return NUMBER_WORDS.get(key)


def relative_times(tokens: Sequence[Token]) -> list[_Mention]:
    """Relative time expressions as (unit, offset): "two weeks ago" (week, -2), "next month" (month, 1)."""
    keys = [_key(t) for t in tokens]
    found: list[_Mention] = []
    used: set[int] = set()
    for k, key in enumerate(keys):
        if k in used:
            continue
        # "the day before yesterday", "the day after tomorrow"
        if key == "day" and k + 2 < len(keys) and keys[k + 1] in ("before", "after") \
                and keys[k + 2] in ("yesterday", "tomorrow"):
            offset = -2 if keys[k + 2] == "yesterday" else 2
            if (keys[k + 1] == "before") == (offset < 0):
                found.append(_Mention(("day", offset), tuple(tokens[k:k + 3])))
                used.update(range(k, k + 3))
                continue
        if key in DAYS:
            found.append(_Mention(("day", DAYS[key]), (tokens[k],)))
            continue
        unit = _unit(tokens[k])
        if unit is None:
            continue
        # "two weeks ago", "three days later", "in two years": an amount before the unit.
        amount = _amount(tokens[k - 1]) if k else None
        start = k - 1 if amount is not None else k
        after = keys[k + 1] if k + 1 < len(keys) else None
        if amount is not None and after == "ago":
            found.append(_Mention(_scaled(unit, -amount), tuple(tokens[start:k + 2])))
            used.add(k + 1)
            continue
        if amount is not None and after in ("later", "after") and (k + 2 >= len(keys) or keys[k + 2] != "the"):
            found.append(_Mention(_scaled(unit, amount), tuple(tokens[start:k + 2])))
            continue
        if amount is not None and start > 0 and keys[start - 1] == "in" and not (start > 1 and keys[start - 2] in (
                "the",)):
            # "in two weeks" is ahead, but "the highest in ten years" looks back.
            back = any(key in LOOKING_BACK for key in keys[max(0, start - 4):start - 1])
            found.append(_Mention(_scaled(unit, -amount if back else amount), tuple(tokens[start - 1:k + 1])))
            continue
        # "last week", "the past two years", "next month", "this morning"
        lead = start - 1 if amount is not None else k - 1
        if lead >= 0 and keys[lead] in PAST_WORDS | FUTURE_WORDS | {"this"}:
            if keys[lead] == "this":
                value = 0
            else:
                value = (-1 if keys[lead] in PAST_WORDS else 1) * (amount if amount is not None else 1)
            # "the following week" reads from the story's time, not today's: the same as "a week later".
            found.append(_Mention(_scaled(unit, value), tuple(tokens[lead:k + 1])))
    return found


def _scaled(unit: str, offset: int) -> tuple[str, int]:
    base, size = UNIT_SIZES.get(unit, (unit, 1))
    return base, offset * size


# "thought" hedges as a passive of belief ("is thought to have been"), not as a noun ("a thought").
PASSIVE_HEDGES = frozenset({"thought", "said", "understood"})
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def hedges(tokens: Sequence[Token]) -> list[Token]:
    keys = [_key(t) for t in tokens]
    return [t for k, t in enumerate(tokens) if (keys[k] in HEDGES or keys[k] in PASSIVE_HEDGES and k + 1 < len(keys)
                                                and keys[k + 1] == "to" and k and keys[k - 1] in BE_FORMS)
            and not (keys[k] in POSSIBILITY and PURPOSE[1] in keys[max(0, k - 3):k] and PURPOSE[0] in keys[max(0, k - 4):k])]


def bound_kind(tokens: Sequence[Token], index: int) -> str | None:
    """The kind of figure's qualifier ("lower", "upper", ...) whose words hold tokens[index] ("short" in "short of",
    "below"), wherever it stands: "short of the target" and "below the target" set one bound."""
    keys = [_key(t) for t in tokens[max(0, index - 2):index + 3]]
    at = min(index, 2)
    for words, kind in QUALIFIERS:
        for begin in range(max(0, at - len(words) + 1), at + 1):
            if tuple(keys[begin:begin + len(words)]) == words:
                return kind
    return None


def qualified_figures(tokens: Sequence[Token]) -> dict[str, _Mention]:
    """Each figure's qualifier kind ("approximate", "lower", "upper", "exact", or None), by the figure's digits."""
    keys = [_key(t) for t in tokens]
    found: dict[str, _Mention] = {}
    for k, token in enumerate(tokens):
        if not (token.has_digit or keys[k] in FIGURE_WORDS):
            continue
        kind, first = None, k
        for words, name in QUALIFIERS:
            size = len(words)
            # The qualifier stands right before the figure, a currency sign's word or an article between.
            for gap in (0, 1):
                begin = k - gap - size
                if begin >= 0 and tuple(keys[begin:begin + size]) == words and (
                        gap == 0 or keys[k - 1] in ("the", "a", "an", "$", "us")):
                    kind, first = name, begin
                    break
            if kind:
                break
        found.setdefault(_key(token), _Mention(kind, tuple(tokens[first:k + 1])))
    return found


def pronoun_genders(tokens: Sequence[Token]) -> tuple[list[Token], list[Token]]:
    male = [t for t in tokens if _key(t) in MALE]
    female = [t for t in tokens if _key(t) in FEMALE]
    return male, female


def signed_figures(tokens: Sequence[Token], text: str) -> dict[str, bool]:
    """Each figure's digits and whether a minus stands before it ("minus 12", "-1.2")."""
    found: dict[str, bool] = {}
    for k, token in enumerate(tokens):
        if not token.has_digit:
            continue
        sign = token.start > 0 and text[token.start - 1] in MINUS_SIGNS and (
            token.start == 1 or not text[token.start - 2].isalnum())
        negative = sign or k > 0 and _key(tokens[k - 1]) in MINUS_WORDS
        found[_key(token)] = found.get(_key(token), False) or negative
    return found


def english_value(figure: str) -> str | None:
    """A figure read the English way (comma thousands, full-stop decimals), or None when it cannot be read so
    ("2,5", "1,23,4"): the digits of "3.450" are 3.45 to an English reader, not three thousand."""
    whole, _, fraction = figure.partition(".")
    groups = whole.split(",")
    if "." in fraction or any(len(group) != 3 for group in groups[1:]) or not all(g.isdigit() for g in groups):
        return None
    if fraction and not fraction.isdigit():
        return None
    number = "".join(groups).lstrip("0") or "0"
    fraction = fraction.rstrip("0")
    return number + ("." + fraction if fraction else "")


def reformatted_figures(ref_bead: Sequence[Token], trans_bead: Sequence[Token]) -> list[Fact]:
    """A figure with the same digits on both sides that an English reader reads differently on the copy's side:
    a Turkish decimal comma kept ("2,5") or a Turkish thousands point ("3.450")."""
    def figures(tokens: Sequence[Token]) -> dict[str, Token]:
        return {"".join(ch for ch in t.stem if ch.isdigit()): t for t in tokens
                if t.has_digit and all(ch.isdigit() or ch in ",." for ch in t.stem)}

    ref_figures = figures(ref_bead)
    facts = []
    for digits, token in figures(trans_bead).items():
        ref_token = ref_figures.get(digits)
        # Only a separator the copy writes can mislead this way; lost or moved digits are another change.
        if ref_token is None or ref_token.stem == token.stem or token.stem.isdigit():
            continue
        ref_value, trans_value = english_value(ref_token.stem), english_value(token.stem)
        if ref_value is not None and trans_value != ref_value:
            facts.append(Fact("format", (ref_token,), (token,)))
    return facts


def _first_content_after(keys: list[str], index: int) -> int | None:
    for k in range(index + 1, min(index + 1 + CLAUSE, len(keys))):
        if keys[k] not in FUNCTION_WORDS and keys[k].isalpha():
            return k
    return None


def swapped_comparison(ref_bead: Sequence[Token], trans_bead: Sequence[Token],
                       lemma: Callable[[str], str]) -> list[Fact]:
    """The standard of a comparison ("than X") is what the other side compares ("X ... than Y")."""
    ref_keys = [lemma(_key(t)) for t in ref_bead]
    trans_keys = [lemma(_key(t)) for t in trans_bead]
    if ref_keys.count("than") != 1 or trans_keys.count("than") != 1:
        return []
    r, t = ref_keys.index("than"), trans_keys.index("than")
    ref_standard, trans_standard = _first_content_after(ref_keys, r), _first_content_after(trans_keys, t)
    if ref_standard is None or trans_standard is None or ref_keys[ref_standard] == trans_keys[trans_standard]:
        return []
    # Each standard stands before "than" on the other side, within the clause.
    if ref_keys[ref_standard] in trans_keys[max(0, t - 2 * CLAUSE):t] \
            and trans_keys[trans_standard] in ref_keys[max(0, r - 2 * CLAUSE):r]:
        return [Fact("comparison", (ref_bead[r], ref_bead[ref_standard]),
                     (trans_bead[t], trans_bead[trans_standard]))]
    return []


def _compared(keys: list[str]) -> tuple[str, str] | None:
    """The comparative before the only "than" of a side, as (degree word, word): ("more", "expensive") for
    "more expensive than", ("", "lower") for "lower than"; None where "than" starts a bound ("more than 800")."""
    if keys.count("than") != 1:
        return None
    k = keys.index("than")
    after = keys[k + 1] if k + 1 < len(keys) else ""
    if k == 0 or after[:1].isdigit() or after in NUMBER_WORDS or after in ("half", "a", "double", "twice"):
        return None
    word = keys[k - 1]
    degree = keys[k - 2] if k >= 2 and keys[k - 2] in ("more", "less") else ""
    if not degree and word not in DEGREE_WORDS and not word.endswith("er"):
        # "more visitors came than": the degree word stands a little before.
        degree = next((key for key in reversed(keys[max(0, k - 5):k - 1]) if key in DEGREE_WORDS), "")
        word = ""
    return degree, word


def _bases(word: str) -> list[str]:
    """A comparative's possible base forms: higher -> high, larger -> large, bigger -> big, earlier -> early."""
    found = [word]
    if word.endswith("er") and len(word) > 4:
        found += [word[:-2], word[:-1]]
        if word[-3] == word[-4]:
            found.append(word[:-3])
        if word.endswith("ier"):
            found.append(word[:-3] + "y")
    return found


# Degree words that turn a comparison round.
DEGREE_WORDS = frozenset({"more", "less", "fewer"})
DEGREES = {("more", "less"), ("less", "more"), ("more", "fewer"), ("fewer", "more")}


def reversed_comparative(ref_bead: Sequence[Token], trans_bead: Sequence[Token],
                         opposite: Callable[[str, str], bool]) -> list[Fact]:
    """A comparison turned round: "higher than" / "lower than", "more expensive than" / "cheaper than",
    "more" / "fewer"; `opposite` tells two base forms apart as antonyms (the thesaurus)."""
    ref_keys, trans_keys = [_key(t) for t in ref_bead], [_key(t) for t in trans_bead]
    ref_side, trans_side = _compared(ref_keys), _compared(trans_keys)
    if ref_side is None or trans_side is None or ref_side == trans_side:
        return []
    (ref_degree, ref_word), (trans_degree, trans_word) = ref_side, trans_side
    if ref_word == trans_word:
        turned = (ref_degree, trans_degree) in DEGREES
    else:
        turned = (ref_word, trans_word) in DEGREES or any(
            opposite(first, second) for first in _bases(ref_word) for second in _bases(trans_word))
        # "less expensive" and "cheaper" say one thing: a "less" on one side turns its word round again.
        if "less" in (ref_degree, trans_degree) and ref_degree != trans_degree:
            turned = not turned
    if not turned:
        return []
    return [Fact("comparison", _comparison_words(ref_bead, ref_keys, ref_side), _comparison_words(trans_bead, trans_keys,
                                                                                              trans_side))]


def _comparison_words(tokens: Sequence[Token], keys: list[str], side: tuple[str, str]) -> tuple[Token, ...]:
    """From the degree word (or the comparative) to "than"."""
    k = keys.index("than")
    degree, word = side
    first = next((i for i in range(k - 1, max(-1, k - 6), -1) if keys[i] == degree), k - 1) if degree else k - 1
    return tuple(tokens[max(first, 0):k + 1])


def swapped_owner(ref_bead: Sequence[Token], trans_bead: Sequence[Token], lemma: Callable[[str], str]) -> list[Fact]:
    """A name's possessive before a noun on one side, another name's on the other, each name after the noun on
    the side where the other owns it: "Tekin's visit to Oral" / "Oral's visit to Tekin"."""
    ref_keys = [lemma(_key(t)) for t in ref_bead]
    trans_keys = [lemma(_key(t)) for t in trans_bead]

    def owned(tokens: Sequence[Token], keys: list[str]) -> dict[str, tuple[int, int]]:
        """noun key -> (owner index, noun index) for each capitalised owner with 's right before a noun."""
        result = {}
        for k, token in enumerate(tokens[:-1]):
            if token.stem[:1].isupper() and token.suffix.lower() == "s":
                noun = _first_content_after(keys, k)
                if noun is not None and noun - k <= 2 and tokens[noun].stem[:1].islower():
                    result[keys[noun]] = (k, noun)
        return result

    ref_owned, trans_owned = owned(ref_bead, ref_keys), owned(trans_bead, trans_keys)
    facts = []
    for noun, (ref_owner, ref_noun) in ref_owned.items():
        if noun not in trans_owned:
            continue
        trans_owner, trans_noun = trans_owned[noun]
        if ref_keys[ref_owner] == trans_keys[trans_owner]:
            continue
        # Each owner stands after the noun on the other side.
        if ref_keys[ref_owner] in trans_keys[trans_noun + 1:trans_noun + 1 + CLAUSE] \
                and trans_keys[trans_owner] in ref_keys[ref_noun + 1:ref_noun + 1 + CLAUSE]:
            facts.append(Fact("roles", (ref_bead[ref_owner], ref_bead[ref_noun]),
                              (trans_bead[trans_owner], trans_bead[trans_noun])))
    return facts


def bare_acronyms(ref_bead: Sequence[Token], trans_bead: Sequence[Token], ref_text: str,
                  trans_text: str) -> list[Fact]:
    """An acronym the reference spells out ("the Turkish Statistical Institute (TÜİK)") that the copy leaves
    bare ("TÜİK"): an English reader does not know what it stands for."""
    facts = []
    trans_keys = {_key(t) for t in trans_bead}
    for k, token in enumerate(ref_bead):
        if not _is_acronym(token) or k == 0 or ref_text[token.start - 1:token.start] != "(":
            continue
        # The words before the parenthesis that spell it out: a run of capitalised words.
        run = []
        for before in reversed(ref_bead[:k]):
            if before.stem[:1].isupper() or _key(before) in ("of", "and", "for"):
                run.insert(0, before)
            else:
                break
        spelled = [t for t in run if t.stem[:1].isupper()]
        copy = next((t for t in trans_bead if t.stem == token.stem), None)
        if len(spelled) < 2 or copy is None or trans_text[copy.start - 1:copy.start] == "(":
            continue
        if not any(_key(t) in trans_keys for t in spelled):
            facts.append(Fact("acronym", (*run, token), (copy,)))
    return facts


def _is_acronym(token: Token) -> bool:
    letters = [char for char in token.stem if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


def changed_markers(ref_bead: Sequence[Token], trans_bead: Sequence[Token], ref_text: str, trans_text: str,
                    lemma: Callable[[str], str], changes: Sequence[Change] = (),
                    opposite: Callable[[str, str], bool] = lambda first, second: False) -> list[Fact]:
    """Every class above compared across one bead (`changes`: the word diff's, to find where a hedge went)."""
    facts: list[Fact] = []
    # Hedges: on one side only.
    ref_figures, trans_figures = qualified_figures(ref_bead), qualified_figures(trans_bead)
    ref_hedges, trans_hedges = hedges(ref_bead), hedges(trans_bead)
    if any(m.value == "approximate" for m in trans_figures.values()):
        ref_hedges = [t for t in ref_hedges if _key(t) not in ESTIMATES]
    if any(m.value == "approximate" for m in ref_figures.values()):
        trans_hedges = [t for t in trans_hedges if _key(t) not in ESTIMATES]
    # "may" against "can": both grant a possibility.
    if ref_hedges and all(_key(t) in POSSIBILITY for t in ref_hedges) and "can" in (_key(t) for t in trans_bead):
        ref_hedges = []
    if trans_hedges and all(_key(t) in POSSIBILITY for t in trans_hedges) and "can" in (_key(t) for t in ref_bead):
        trans_hedges = []
    if bool(ref_hedges) != bool(trans_hedges):
        # The copy's words: its own hedge, or where it states the reference's hedged claim as fact.
        landing = tuple(trans_hedges[:1]) or _replaced(ref_hedges[0], changes) \
            or _landing(ref_hedges[0], ref_bead, trans_bead, lemma, changes)
        # A landing of small words alone ("to", "the") is no statement: nothing to show, nothing reported.
        if any(_key(t) not in FUNCTION_WORDS or _key(t) in STATEMENT_AUXILIARIES | HEDGES for t in landing):
            facts.append(Fact("hedge", tuple(ref_hedges[:1]), landing))
    elif ref_hedges and len(ref_hedges) > len(trans_hedges):
        # Both hedge, the copy less: a hedged verb of the reference that the copy has unhedged ("could reach ...
        # could be damaged" / "will reach ... could be damaged").
        ref_keys = [lemma(_key(u)) for u in ref_bead]
        trans_keys = [lemma(_key(u)) for u in trans_bead]
        # Hedges are counted per word they hedge: "believe it may take" hedges "take" twice, and "believe it will
        # take" once, so the copy dropped the "may" though "take" is still hedged.
        trans_heads = Counter(_head(trans_keys, trans_bead.index(t)) for t in trans_hedges)
        ref_heads = Counter(_head(ref_keys, ref_bead.index(t)) for t in ref_hedges)
        for hedge in ref_hedges:
            head = _head(ref_keys, ref_bead.index(hedge))
            if head is not None and ref_heads[head] > trans_heads[head] and trans_keys.count(head) == 1 \
                    and (head not in trans_heads or _key(hedge) in POSSIBILITY):
                landing = _landing(hedge, ref_bead, trans_bead, lemma, changes)
                if landing:
                    facts.append(Fact("hedge", (hedge,), landing))
                    break
    # Qualifiers of the figures both sides have; "estimated" makes a side's bare figures approximate.
    ref_estimates = any(_key(t) in ESTIMATES for t in ref_bead)
    trans_estimates = any(_key(t) in ESTIMATES for t in trans_bead)
    for digits, ref_mention in ref_figures.items():
        trans_mention = trans_figures.get(digits)
        if trans_mention is None:
            continue
        ref_kind = ref_mention.value or ("approximate" if ref_estimates else None)
        trans_kind = trans_mention.value or ("approximate" if trans_estimates else None)
        if ref_kind != trans_kind:
            facts.append(Fact("qualifier", ref_mention.tokens, trans_mention.tokens))
    # Relative time: both sides give one, and they differ.
    ref_times, trans_times = relative_times(ref_bead), relative_times(trans_bead)
    ref_values = [m.value for m in ref_times]
    trans_values = [m.value for m in trans_times]
    ref_only = [m for m in ref_times if m.value not in trans_values]
    trans_only = [m for m in trans_times if m.value not in ref_values]
    for ref_mention, trans_mention in zip(ref_only, trans_only):
        facts.append(Fact("relative-time", ref_mention.tokens, trans_mention.tokens))
    # Pronoun gender: one side only male, the other only female.
    ref_male, ref_female = pronoun_genders(ref_bead)
    trans_male, trans_female = pronoun_genders(trans_bead)
    if ref_male and not ref_female and trans_female and not trans_male:
        facts.append(Fact("pronoun", (ref_male[0],), (trans_female[0],)))
    elif ref_female and not ref_male and trans_male and not trans_female:
        facts.append(Fact("pronoun", (ref_female[0],), (trans_male[0],)))
    # A minus before a figure on one side only.
    ref_signs, trans_signs = signed_figures(ref_bead, ref_text), signed_figures(trans_bead, trans_text)
    for digits, negative in ref_signs.items():
        if digits in trans_signs and trans_signs[digits] != negative:
            ref_token = next(t for t in ref_bead if _key(t) == digits)
            trans_token = next(t for t in trans_bead if _key(t) == digits)
            facts.append(Fact("sign", (ref_token,), (trans_token,)))
    facts += reformatted_figures(ref_bead, trans_bead)
    facts += swapped_comparison(ref_bead, trans_bead, lemma)
    facts += reversed_comparative(ref_bead, trans_bead, opposite)
    facts += swapped_owner(ref_bead, trans_bead, lemma)
    return facts


def _head(keys: list[str], index: int) -> str | None:
    """The first content word after a hedge: the verb or noun it hedges."""
    after = _first_content_after(keys, index)
    return keys[after] if after is not None else None


def _replaced(hedge: Token, changes: Sequence[Change]) -> tuple[Token, ...]:
    """The copy's words put for a hedge the word diff saw changed ("argued" -> "have shown"); () if none."""
    for change in changes:
        if any(token.start == hedge.start for token in change.ref) and change.trans_left:
            return tuple(change.trans)
    return ()


def _landing(hedge: Token, ref_bead: Sequence[Token], trans_bead: Sequence[Token], lemma: Callable[[str], str],
             changes: Sequence[Change] = ()) -> tuple[Token, ...]:
    """Where the copy states as fact what the reference hedged: the copy's word for the word after the hedge
    ("may be" -> "will be", "may have changed" -> "has changed"), or the copy's words the diff put for the
    hedged verb ("may have been brought" -> "was carried"); () when not found."""
    ref_keys = [lemma(_key(t)) for t in ref_bead]
    trans_keys = [lemma(_key(t)) for t in trans_bead]
    start = ref_bead.index(hedge)
    # The word right after the hedge when it belongs to the statement ("may be"), not a particle ("expected to").
    following = [start + 1] if start + 1 < len(ref_bead) and (
        _key(ref_bead[start + 1]) in STATEMENT_AUXILIARIES or _key(ref_bead[start + 1]) not in FUNCTION_WORDS) else []
    after = _first_content_after(ref_keys, start)
    for k in [*following, *([after] if after is not None else [])]:
        if trans_keys.count(ref_keys[k]) == 1:
            j = trans_keys.index(ref_keys[k])
            # An auxiliary before the word is part of the statement ("will be", "has changed").
            first = j - 1 if j and _key(trans_bead[j - 1]) in FUNCTION_WORDS and trans_bead[j - 1].stem[:1].islower() \
                else j
            return tuple(trans_bead[first:j + 1])
    if after is not None:
        return _replaced(ref_bead[after], changes)
    return ()
