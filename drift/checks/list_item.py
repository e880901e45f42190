"""List item replaced: one item of a list rendered as something the original's list does not hold.

Why it matters: "enerji, savunma ve turizm" rendered "energy, security and
tourism" changes one sector while the list still reads well; translators keep
a list's items one for one, so the odd one out is easy to point at once the
others are matched.

Flagged: a list of three or more single words on both sides of an aligned
sentence pair ("A, B ve C" / "A, B and C"), as many items on each side (a
stretch of a longer Turkish run counts), where every item but one is linked
to an item of the Turkish list (drift.link), and
the remaining English item renders nothing while the remaining Turkish item
is rendered nowhere in the English. Expected: the Turkish item's first sense.
A list whose odd English item is a function word ("the") has phrases for
items, which one word each cannot compare; and a Turkish item known only
through its root ("mağazacılık", the retail trade, read as mağaza, shop) has
no senses of its own to expect: both stay quiet.
"""

from __future__ import annotations

import re

from drift.checks import check
from drift.checks._names import pair_views
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Language, Severity
from drift.text.fold import fold_case
from drift.text.stopwords import is_stopword
from drift.text.tokens import Token

_TURKISH_JOINS = re.compile(r"\s*(?:,\s*(?:ve\s+|veya\s+)?|\s+ve\s+|\s+veya\s+|\s+ile\s+)\s*")
_ENGLISH_JOINS = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)\s*")
_TURKISH_JOIN_WORDS = frozenset("ve veya ile".split())
_ENGLISH_JOIN_WORDS = frozenset("and or".split())
_MIN_ITEMS = 3
# Derivational endings that make a new word of a root: -CI (one who), -lIK (the trade, the state of).
_DERIVATION = re.compile(r"[cç][ıiuü]|l[ıiuü]k|l[ıiuü]ğ")


def _known_through_root(word, folded: str) -> bool:
    """Whether the lexicon knows this Turkish word only as a root it derives from ("mağazacılık" as mağaza)."""
    lemma = word.lemmas[0] if word.lemmas else folded
    return folded.startswith(lemma) and bool(_DERIVATION.search(folded[len(lemma):]))


def _lists(text: str, tokens: tuple[Token, ...], joins: re.Pattern, join_words: frozenset[str]) -> list[list[Token]]:
    """Runs of three or more words joined by commas, "and" or "or" (their Turkish counterparts)."""
    items = [token for token in tokens if token.text.lower() not in join_words]
    runs: list[list[Token]] = []
    current: list[Token] = items[:1]
    for previous, token in zip(items, items[1:]):
        if joins.fullmatch(text[previous.end:token.start]):
            current.append(token)
            continue
        if len(current) >= _MIN_ITEMS:
            runs.append(current)
        current = [token]
    if len(current) >= _MIN_ITEMS:
        runs.append(current)
    return runs


def _windows(run: list[Token], size: int) -> list[list[Token]]:
    """Every stretch of `size` consecutive items of a list ("Ankara'nın, enerji, savunma ve turizm")."""
    return [run[start:start + size] for start in range(len(run) - size + 1)]


@check("D414", "list-item", Category.MISTRANSLATION, Severity.MAJOR, preview=True)
def list_item(context: CheckContext):
    orig_text, trans_text = context.alignment.orig.text, context.alignment.trans.text
    for view in pair_views(context):
        links = context.links[view.index]
        words = {word.token.position: word for word in links.orig_words}
        senses = {position: word.senses for position, word in words.items()}
        linked_orig = links.linked_orig
        trans_lists = _lists(trans_text, view.trans_tokens, _ENGLISH_JOINS, _ENGLISH_JOIN_WORDS)
        if not trans_lists:
            continue
        orig_lists = _lists(orig_text, view.orig_tokens, _TURKISH_JOINS, _TURKISH_JOIN_WORDS)
        for trans_list in trans_lists:
            for orig_list in (window for run in orig_lists for window in _windows(run, len(trans_list))):
                orig_positions = {token.position for token in orig_list}
                matched = {trans: orig for orig, trans in links.links
                           if orig in orig_positions and any(trans == item.position for item in trans_list)}
                odd = [item for item in trans_list if item.position not in matched]
                missing = [item for item in orig_list
                           if item.position not in set(matched.values()) and item.position not in linked_orig]
                if len(odd) != 1 or len(missing) != 1 or len(set(matched.values())) != len(orig_list) - 1:
                    continue
                english, turkish = odd[0], missing[0]
                if english.is_capitalized or not senses.get(turkish.position):
                    continue  # a name is another check's business; an unknown word gives no expected wording
                if is_stopword(english.text.lower(), Language.ENGLISH) or _known_through_root(
                        words[turkish.position], fold_case(turkish.text, turkish=True)):
                    continue
                meaning = senses[turkish.position]
                yield make_finding(
                    list_item, view,
                    message=f"The original's list has “{turkish.text}” ({', '.join(meaning[:3])}) where the English "
                            f"list has “{english.text}”.",
                    trans=context.trans_span(english.start, english.end),
                    orig=context.orig_span(turkish.start, turkish.end),
                    expected=meaning[0],
                    evidence=f"the other {len(orig_list) - 1} items of the list match one for one",
                )
