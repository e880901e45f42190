"""A currency or unit of measure put for another beside the same figure, across a bead of two English texts.

The number comparison (R103) sees only figures: "$30 million" and "30 million euros" hold the same digits, and
so do "the dollar fell to 38.02 lira" and "the lira fell to 38.02 against the dollar", where the two currencies
changed places around the figures. A figure's unit is read on each side in two ways:

- attached: a sign or code just before it ("$30", "€ 30", "TL 40") or a unit word just after it, a scale word
  allowed between ("30 million euros", "12 km"); two attached units of one kind (two currencies, two lengths)
  that differ are a swap;
- around it: the nearest unit word within a few words before and after it; when both sides have one before
  and one after, and the two changed places ("dollar ... 38.02 lira" / "lira ... 38.02 ... dollar"), the
  figure now counts the other unit.

A unit on one side only says nothing ("$30" / "30"), nor do units of different kinds ("30 km" / "30 minutes").
The unit names are ISO 4217 currency names and signs and the SI and imperial units news copy uses.

Pure: tokens and texts in, `Fact` records out.
"""

from __future__ import annotations

import re
from typing import Sequence

from drift.reference.diff import word_key
from drift.reference.facts import Fact
from drift.text.tokens import Token

# Unit words (lower case, singular and plural) -> (kind, unit).
_CURRENCIES = {
    "dollar": "USD", "usd": "USD", "euro": "EUR", "eur": "EUR", "lira": "TRY", "tl": "TRY",
    "pound": "GBP", "sterling": "GBP", "gbp": "GBP", "yen": "JPY", "jpy": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "cny": "CNY", "rouble": "RUB", "ruble": "RUB", "franc": "CHF", "chf": "CHF", "manat": "AZN",
    "lari": "GEL", "dinar": "DIN", "riyal": "SAR", "rial": "IRR", "dirham": "AED", "rupee": "INR", "hryvnia": "UAH",
    "shekel": "ILS", "krona": "SEK", "krone": "NOK", "zloty": "PLN", "forint": "HUF",
}  # (no "won", "try" or "rub": English verbs first)
_MEASURES = {
    "km": ("length", "km"), "kilometre": ("length", "km"), "kilometer": ("length", "km"),
    "metre": ("length", "m"), "meter": ("length", "m"), "mile": ("length", "mile"), "cm": ("length", "cm"),
    "centimetre": ("length", "cm"), "centimeter": ("length", "cm"), "foot": ("length", "foot"),
    "feet": ("length", "foot"), "inch": ("length", "inch"), "yard": ("length", "yard"),
    "kg": ("mass", "kg"), "kilogram": ("mass", "kg"), "kilo": ("mass", "kg"), "gram": ("mass", "g"),
    "tonne": ("mass", "t"), "ton": ("mass", "t"), "litre": ("volume", "l"), "liter": ("volume", "l"),
    "gallon": ("volume", "gallon"), "barrel": ("volume", "barrel"), "hectare": ("area", "ha"),
    "acre": ("area", "acre"), "decare": ("area", "decare"),
}
# Signs written before a figure; the tokenizer keeps them out of the tokens, so they are read from the text.
_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "₺": "TRY", "¥": "JPY"}
# Words that may stand between a figure and its unit: "30 million euros", "5.7 million-euro".
_SCALES = frozenset({"thousand", "million", "billion", "trillion", "bn", "mn", "m", "k"})
# How many words before and after a figure its unit may stand (see the module docstring).
REACH_BEFORE, REACH_AFTER = 4, 5
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def _unit_of(token: Token) -> tuple[str, str] | None:
    key = word_key(token).lower()
    for word in (key, key[:-1] if key.endswith("s") else key, key[:-2] if key.endswith("es") else key):
        if word in _CURRENCIES:
            return "currency", _CURRENCIES[word]
        if word in _MEASURES:
            return _MEASURES[word]
    return None


def _figure(token: Token) -> str | None:
    """A figure's digits as compared ("3,850" = "3850"); None for a token that is no plain figure ("S-400")."""
    found = _FIGURE.fullmatch(token.stem)
    return found.group().replace(",", "") if found else None


def _sign_before(token: Token, text: str) -> tuple[str, str] | None:
    before = text[max(0, token.start - 2):token.start].rstrip()
    return ("currency", _SIGNS[before[-1]]) if before and before[-1] in _SIGNS else None


def _readings(tokens: Sequence[Token], text: str) -> dict[str, tuple[tuple[str, str] | None, tuple, tuple, int]]:
    """Each figure (its first mention) -> (attached unit, nearest unit before, nearest unit after, index)."""
    units = [_unit_of(token) for token in tokens]
    found: dict[str, tuple] = {}
    for k, token in enumerate(tokens):
        figure = _figure(token)
        if figure is None or figure in found:
            continue
        attached = _sign_before(token, text) or (units[k - 1] if k and units[k - 1] and units[k - 1][0] == "currency"
                                                 else None)
        after = k + 1
        while after < len(tokens) and word_key(tokens[after]).lower() in _SCALES:
            after += 1
        if attached is None and after < len(tokens):
            attached = units[after]
        before = next((units[i] for i in range(k - 1, max(-1, k - 1 - REACH_BEFORE), -1) if units[i]), None)
        before = before or _sign_before(token, text)
        later = next((units[i] for i in range(k + 1, min(len(tokens), k + 1 + REACH_AFTER)) if units[i]), None)
        found[figure] = (attached, before, later, k)
    return found


def swapped_units(ref_bead: Sequence[Token], trans_bead: Sequence[Token], ref_text: str,
                  trans_text: str) -> list[Fact]:
    """Figures both sides have whose currency or unit differs (see the module docstring)."""
    ref_read, trans_read = _readings(ref_bead, ref_text), _readings(trans_bead, trans_text)
    facts = []
    for figure, (ref_attached, ref_before, ref_after, i) in ref_read.items():
        if figure not in trans_read:
            continue
        trans_attached, trans_before, trans_after, j = trans_read[figure]
        attached_differ = ref_attached and trans_attached and ref_attached[0] == trans_attached[0] \
            and ref_attached != trans_attached
        swapped = None not in (ref_before, ref_after, trans_before, trans_after) and ref_before != ref_after \
            and (ref_before, ref_after) == (trans_after, trans_before)
        if attached_differ or swapped:
            facts.append(Fact("unit", _with_units(ref_bead, i), _with_units(trans_bead, j)))
            break  # one finding per bead: the other figures of a swap say the same
    return facts


def _with_units(tokens: Sequence[Token], index: int) -> tuple[Token, ...]:
    """The figure's token, the scale words after it and the unit words around it, in reading order."""
    scale = index + 1
    while scale < len(tokens) and word_key(tokens[scale]).lower() in _SCALES:
        scale += 1
    near = range(max(0, index - REACH_BEFORE), min(len(tokens), index + 1 + REACH_AFTER))
    return tuple(tokens[k] for k in near if index <= k < scale or _unit_of(tokens[k]))


def with_sign(text: str, start: int) -> int:
    """Where a figure's stretch starts when a currency sign stands just before it ("$40": the "$")."""
    before = text[max(0, start - 2):start]
    for offset in (1, 2):
        if len(before) >= offset and before[-offset] in _SIGNS and before[len(before) - offset + 1:].strip() == "":
            return start - offset
    return start
