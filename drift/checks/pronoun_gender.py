"""Invented gender: the English says "he" of a woman (or "she" of a man) that the original names.

Why it matters: Turkish "o" and the verb endings carry no gender, so the
translator chooses "he" or "she". "Aksoy said he would stay" for Selin Aksoy
tells readers the port director is a man; the names and every number still
match, so nothing else notices.

Given names and their gender come from drift/checks/data/given_names.tsv,
built by tools/build_given_names.py from the name dictionary of the PyPI
package gender-guesser (Turkish names of one sex only). A person is a given
name of that table that the original also writes, with the surname after it;
a later bare surname is that person.

Flagged: an English he/him/his/himself or she/her/hers/herself in an aligned
sentence pair whose people before it (in its own English sentences, or, for
a pronoun in a sentence that names no one, in the previous pair's) are
all of the other gender, when no one else could be
meant: no capitalised word there that is neither a known person, an English
word, an acronym nor a place, and no word of gender (man, woman, mother, Mr, Mrs ...) on
either side.
Expected: the pronoun of the person's gender.
"""

from __future__ import annotations

import functools
from pathlib import Path

from drift.checks import check
from drift.checks._names import is_english_word, looks_like_name, pair_views
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Severity
from drift.text.fold import fold_case
from drift.text.tokens import Token

TABLE = Path(__file__).resolve().parent / "data" / "given_names.tsv"
_PRONOUNS = {"he": "male", "him": "male", "his": "male", "himself": "male",
             "she": "female", "her": "female", "hers": "female", "herself": "female"}
_SAME_FORM = {"he": "she", "him": "her", "his": "her", "himself": "herself",
              "she": "he", "her": "his", "hers": "his", "herself": "himself"}
_ENGLISH_GENDER_WORDS = frozenset(
    "man men woman women mother father wife husband son daughter brother sister boy girl mr mrs ms miss sir lady "
    "gentleman king queen widow widower actress".split())
_TURKISH_GENDER_WORDS = frozenset(
    "kadın erkek anne baba eşi kocası karısı oğlu kızı bay bayan hanım bey".split())


@functools.cache
def given_names() -> dict[str, str]:
    """Given name -> "male" or "female", from the shipped table."""
    rows = TABLE.read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t") for line in rows[1:] if line and not line.startswith("#") and line != "name\tgender")


def _people(context: CheckContext) -> dict[str, str]:
    """Names of people in the English (given names and their surnames) -> gender, for the whole document.

    A surname that is a given name too (Ayşe Kaya, Zeynep Arslan) takes the gender of the person who bears it.
    A surname met alone before its full name, or borne by people of both sexes, may name a relative
    ("Kılıçdaroğlu ... his wife Selvi Kılıçdaroğlu"): it settles nothing.
    """
    names = given_names()
    orig = fold_case(context.alignment.orig.text, turkish=True)
    given: dict[str, str] = {}
    surnames: dict[str, set[str]] = {}
    alone: set[str] = set()
    for view in context.beads:
        tokens = view.trans_tokens
        for index, token in enumerate(tokens):
            after_given = index and tokens[index - 1].stem in names and tokens[index - 1].end + 1 == token.start
            if token.stem not in surnames and not after_given:
                alone.add(token.stem)
            gender = names.get(token.stem)
            if gender is None or fold_case(token.stem, turkish=True) not in orig or after_given:
                continue
            given.setdefault(token.stem, gender)
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if following is not None and looks_like_name(following) and following.start == token.end + 1:
                surnames.setdefault(following.stem, set()).add(gender)
    known = {name: next(iter(genders)) for name, genders in surnames.items()
             if len(genders) == 1 and name not in alone}
    return {**{name: gender for name, gender in given.items() if name not in surnames or name in known}, **known}


def _mentions(context: CheckContext, tokens: tuple[Token, ...], people: dict[str, str]) -> tuple[set[str], bool]:
    """The genders of the people these tokens name, and whether someone unknown may be named too."""
    genders, unknown = set(), False
    for token in tokens:
        if token.stem in people:
            genders.add(people[token.stem])
        elif looks_like_name(token) and not token.stem.isupper() and not is_english_word(context, token.stem):
            unknown = True  # an acronym (TEB, IOC) names an organisation, not a person
    return genders, unknown


def _speech_tag(context: CheckContext, tokens: tuple[Token, ...], index: int) -> bool:
    """True for a pronoun right after a closing quote: "“…,” she said" speaks for the person named before."""
    if index == 0:
        return False
    between = context.alignment.trans.text[tokens[index - 1].end:tokens[index].start]
    return any(mark in between for mark in "”\"’'")


@check("D421", "pronoun-gender", Category.MISTRANSLATION, Severity.MAJOR)
def pronoun_gender(context: CheckContext):
    if not any(_PRONOUNS.get(token.text.lower()) for view in context.beads for token in view.trans_tokens):
        return
    people = _people(context)
    if not people:
        return
    previous = ()
    for view in context.beads:
        tokens = view.trans_tokens
        before = previous
        previous = tokens or previous
        if not view.is_pair or _TURKISH_GENDER_WORDS.intersection(view.orig_folded):
            continue
        for index, token in enumerate(tokens):
            said = _PRONOUNS.get(token.text.lower())
            if said is None:
                continue
            genders, unknown = _mentions(context, tokens[:index], people)
            window = tokens[:index]
            if not genders and (token.position == 0 or _speech_tag(context, tokens, index)) and \
                    not _mentions(context, tokens, people)[0]:
                # "He said ..." or "“...,” she said" in a sentence that names no one: the people of the one before.
                genders, unknown = _mentions(context, before, people)
                window = before
            unknown = unknown or _mentions(context, tokens, people)[1]  # someone the sentence names later
            if not genders or said in genders or unknown or len(genders) != 1:
                break
            if any(word.text.lower() in _ENGLISH_GENDER_WORDS for word in (*window, *tokens)):
                break
            person = next(word for word in window if word.stem in people)
            yield make_finding(
                pronoun_gender, view,
                message=f"The English says “{token.text}” of {person.stem}, whose name is {next(iter(genders))}; "
                        f"Turkish pronouns have no gender.",
                trans=context.trans_span(token.start, token.end),
                orig=context.orig_span(view.orig_sentences[0].start, view.orig_sentences[-1].end),
                expected=_SAME_FORM[token.text.lower()],
                evidence=f"{person.stem}: {next(iter(genders))} given name (gender-guesser data); "
                         f"English pronoun {token.text}: {said}",
            )
            break
