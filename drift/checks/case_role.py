"""Changed role: the Turkish case ending on a name says one thing, the English preposition another.

Why it matters: the case suffix after the apostrophe carries the role.
"Ankara'ya" is to Ankara and "Ankara'dan" from Ankara; "Türkiye'ye" is to or
with Turkey. An English "from Ankara" for "Ankara'ya", or "occupation of
Turkey" for "Türkiye'ye", reverses who did what to whom.

Flagged: a name with a dative ending (-a/-e/-ya/-ye) rendered after "from" or
"of" (or as "X's"), and a name with an ablative ending (-dan/-den/-tan/-ten)
rendered after "to", "into" or "toward". A postposition after the Turkish name
(göre, karşı, kadar, dair, beri, sonra ...) changes the meaning of the case and
suppresses the check, as does the same name appearing in both roles.
A common noun with a dative ending ("bölgeye", to the region) whose English
rendering (drift.link) follows "from" is flagged too, and one with an
ablative ending ("müttefiklerinden", from the allies) rendered after "of",
unless it names a part of a whole ("müttefiklerinden biri", "one of the allies").
"""

from __future__ import annotations

import re

from drift.checks import check
from drift.checks._names import is_translation, pair_views
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Language, Severity
from drift.text.fold import fold_case
from drift.text.tokens import Token, name_key

DATIVE = frozenset("a e ya ye na ne".split())
ABLATIVE = frozenset("dan den tan ten ndan nden".split())
POSTPOSITIONS = frozenset(
    "göre karşı kadar doğru rağmen dair ilişkin yönelik beri sonra önce itibaren dolayı başka fazla "
    "ait değin dek yakın uzak öte".split()
)
_CONFLICTS = {
    "dative": ({"from", "of"}, True, "to or with"),
    "ablative": ({"to", "into", "toward", "towards", "onto"}, False, "from"),
}
_SKIP_BEFORE = frozenset("the a an".split())


def _role(token: Token) -> str | None:
    suffix = fold_case(token.suffix, turkish=True)
    if suffix in DATIVE:
        return "dative"
    if suffix in ABLATIVE:
        return "ablative"
    return None


def _preposition(tokens: tuple[Token, ...], index: int, text: str) -> Token | None:
    """The word before tokens[index], skipping articles and adjacent capitalised words."""
    position = index - 1
    while position >= 0 and (tokens[position].text.lower() in _SKIP_BEFORE or tokens[position].is_capitalized):
        position -= 1
    return tokens[position] if position >= 0 else None


@check("D403", "case-role", Category.MISTRANSLATION, Severity.CRITICAL)
def case_role(context: CheckContext):
    trans_text = context.alignment.trans.text
    for view in pair_views(context):
        orig = view.orig_tokens
        capitalized = [english for english in view.trans_tokens if english.is_capitalized]
        english_keys = {english.position: name_key(english.stem, Language.ENGLISH) for english in capitalized}
        roles: dict[str, set[str]] = {}
        for token in orig:
            if token.is_capitalized and token.suffix:
                roles.setdefault(name_key(token.stem, Language.TURKISH), set()).add(_role(token) or "other")
        for index, token in enumerate(orig):
            role = _role(token) if token.is_capitalized else None
            if role is None or len(roles[name_key(token.stem, Language.TURKISH)]) > 1:
                continue
            following = orig[index + 1] if index + 1 < len(orig) else None
            if following is not None and fold_case(following.text, turkish=True) in POSTPOSITIONS:
                continue
            key = name_key(token.stem, Language.TURKISH)
            places = [english.position for english in capitalized if english_keys[english.position] == key
                      or is_translation(context, token.stem, english.stem)]
            if not places:
                continue
            conflicting, possessive_conflicts, expected_preposition = _CONFLICTS[role]
            conflicts = []
            for position in places:
                english = view.trans_tokens[position]
                before = _preposition(view.trans_tokens, position, trans_text)
                if before is not None and before.text.lower() in conflicting:
                    conflicts.append((before, english))
                elif possessive_conflicts and fold_case(english.suffix, turkish=False) == "s":
                    conflicts.append((english, english))
                else:
                    conflicts = []
                    break
            if not conflicts:
                continue
            start_token, name = conflicts[0]
            yield make_finding(
                case_role, view,
                message=f"“{token.text}” means {expected_preposition} {token.stem} ({role} case), "
                        f"but the English has “{trans_text[start_token.start:name.end]}”.",
                trans=context.trans_span(start_token.start, name.end),
                orig=context.orig_span(token.start, token.end),
                basis="preposition",
                expected=f"{expected_preposition} {name.stem}",
                evidence=f"Turkish {role} ending “-{token.suffix}” on {token.stem}",
            )
        yield from _common_nouns(context, view)


# Endings after a noun's dictionary form: plural, possessive, then the case itself.
_NOUN_CASES = {
    # The dative only bare (bölgeye): with a possessive it is often a verb's object ("indirimlerine ara
    # vermek", to refrain from cutting), which English may well say with "from".
    "dative": re.compile(r"[ny]?[ae]"),
    "ablative": re.compile(r"(?:l[ae]r)?(?:[ıiuü]|s[ıiuü])?n?[dt][ae]n"),
}
# An English preposition a common noun in each case cannot follow: to the region is not "from the
# region"; from the allies is not "of the allies".
_NOUN_CONFLICTS = {"dative": ("from", "to the"), "ablative": ("of", "from the")}
# "müttefiklerinden biri" is one of the allies: an ablative before these, or after an English
# quantifier ("one of", "some of"), is a part of a whole, which English says with "of".
_PARTITIVES = frozenset("biri birisi bazıları bazısı çoğu hiçbiri ikisi birçoğu hangisi her".split())
_ENGLISH_QUANTIFIERS = frozenset("one two three some many most none each any all several few part".split())


def _noun_case(word: str, lemmas: tuple[str, ...]) -> str | None:
    """"dative" or "ablative" for a folded lower-case noun with that ending after its dictionary form, else None."""
    for lemma in lemmas[:1]:
        if lemma.endswith(("mak", "mek")) or not word.startswith(lemma):
            continue
        for case, ending in _NOUN_CASES.items():
            if ending.fullmatch(word[len(lemma):]):
                return case
    return None


def _common_nouns(context: CheckContext, view):
    """A common noun in the dative ("bölgeye") after "from", or in the ablative ("müttefiklerinden") after "of"."""
    trans_text = context.alignment.trans.text
    links = context.links[view.index]
    rendered_as = links.rendered_as
    orig = view.orig_tokens
    for word in links.orig_words:
        token = word.token
        if token.is_capitalized or token.position not in rendered_as:
            continue
        case = _noun_case(view.orig_folded[token.position], word.lemmas)
        if case is None:
            continue
        after = [fold_case(other.text, turkish=True) for other in orig[token.position + 1:token.position + 3]]
        if after and (after[0] in POSTPOSITIONS or (case == "ablative" and _PARTITIVES & set(after))):
            continue
        conflicting, expected = _NOUN_CONFLICTS[case]
        befores = [(_preposition(view.trans_tokens, position, trans_text), view.trans_tokens[position])
                   for position in rendered_as[token.position]]
        if not all(before is not None and before.text.lower() == conflicting for before, _ in befores):
            continue
        before, english = befores[0]
        ahead = view.trans_tokens[before.position - 1] if before.position > 0 else None
        if ahead is not None and ahead.text.lower() in _ENGLISH_QUANTIFIERS:
            continue
        meaning = "to or into" if case == "dative" else "from"
        yield make_finding(
            case_role, view,
            message=f"“{token.text}” means {meaning} the {english.text} ({case} case), but the English has "
                    f"“{trans_text[before.start:english.end]}”.",
            trans=context.trans_span(before.start, english.end),
            orig=context.orig_span(token.start, token.end),
            basis="of-phrase",
            expected=f"{expected} {english.text}",
            evidence=f"Turkish {case} ending on {word.lemmas[0]} ({token.text})",
        )
