"""Bare acronym: the original spells an institution out, the English leaves only its Turkish acronym.

Why it matters: "According to TÜİK data" tells an English reader nothing; the
original wrote "Türkiye İstatistik Kurumu (TÜİK)" so that its own readers
would know the body, and the English owes its readers the same.

Example: Turkish "Afet ve Acil Durum Yönetimi Başkanlığı (AFAD), iki köyde 140
kişinin tahliye edildiğini bildirdi", English "AFAD said 140 people had been
evacuated": the English names the authority by its Turkish acronym alone.

Flagged: the first English use of an acronym that the original introduces
spelt out, "Long Name (ACR)" or "Long Name (ACR-ACR)" (a capitalised word with a case ending before the
name qualifies it and is no part of it: "Ankara'daki Türkiye Uzay Ajansı
(TUA)"), when the English there gives it no gloss (no
"(ACR)" after a name, no "ACR (...)", no "ACR, the ..." whose words describe the body:
a body's word (association, institute ...) or a rendering of a word of its name; "data
from ACR, the number of cars fell" is no gloss). Only Turkish
acronyms: the letters must come from the Turkish name, first letter first,
or the acronym must open with the initials of its first two words
(NATO, IMF and UNESCO, which English uses as they are, are made of English or
French words and stay quiet). Expected: the name spelt out in English with
the acronym after it.
"""

from __future__ import annotations

import re

from drift.checks import check
from drift.checks._names import pair_views
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Language, Severity
from drift.text.fold import fold_ascii
from drift.text.stopwords import is_stopword

# "(TÜİK)", "(AFAD)": two or more capitals, perhaps with a lower-case tail ("(TCDD)", "(TÜBİTAK)").
# Two parts joined by a hyphen count as one ("(KAR-BİR)").
_INTRODUCED = re.compile(r"\(([A-ZÇĞİÖŞÜ]{2,}[a-zçğıöşü]{0,2}(?:-[A-ZÇĞİÖŞÜ]{2,})?)\)")
# Lower-case words that may stand inside an institution's name ("Afet ve Acil Durum").
_CONNECTORS = frozenset({"ve", "ile", "için"})
MIN_NAME_WORDS = 2


def _long_name(text: str, end: int) -> str:
    """The run of capitalised words (and connectors) that ends right before a parenthesis at `end`."""
    words = text[max(0, end - 200):end].split()
    kept: list[str] = []
    for word in reversed(words):
        if word[:1].isupper() and kept and ("'" in word or "’" in word):
            break  # "Ankara'daki Türkiye Uzay Ajansı": a word with a case ending qualifies the name, it is no part
        if word[:1].isupper():
            kept.append(word)
        elif word in _CONNECTORS and kept:
            kept.append(word)
        else:
            break
    while kept and kept[-1] in _CONNECTORS:
        kept.pop()
    return " ".join(reversed(kept))


def _turkish_acronym(acronym: str, name: str) -> bool:
    """True when the acronym's letters come, in order, from the Turkish name, its first letter first; or when
    it opens with the initials of the name's first two words, as a body's acronym that outlived a change of
    name does ("Ege Zeytin Üreticileri Derneği (EZÜB)")."""
    letters = "".join(letter for letter in fold_ascii(acronym, turkish=True) if letter.isalpha())
    capitalised = [word for word in name.split() if word[:1].isupper()]
    folded = fold_ascii("".join(capitalised), turkish=True)
    if not folded or letters[:1] != folded[:1]:
        return False
    initials = "".join(fold_ascii(word[:1], turkish=True) for word in capitalised)
    if len(initials) >= MIN_NAME_WORDS and len(letters) > MIN_NAME_WORDS and letters.startswith(initials[:MIN_NAME_WORDS]):
        return True
    position = 0
    for letter in letters:
        position = folded.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True


def _acronym_name(acronym: str, name: str) -> str | None:
    """The longest end of the capitalised run whose words the acronym is made of ("Türkiye Uzay Ajansı": TUA)."""
    words = name.split()
    for start in range(len(words) - MIN_NAME_WORDS + 1):
        if words[start] not in _CONNECTORS and _turkish_acronym(acronym, " ".join(words[start:])):
            return " ".join(words[start:])
    return None


# How many English words after "ACR, the" are read for the gloss.
_GLOSS_WORDS = 8


def _glossed(context: CheckContext, text: str, start: int, end: int, name: str) -> bool:
    """The English introduces the acronym here: "(ACR)", "ACR (the ...)", or "ACR, the ..." when the words after the
    comma describe the body: a body's word or a rendering of a word of its Turkish name ("OSD, the carmakers'
    association"), not the next clause ("data from OSD, the number of cars fell")."""
    before, after = text[max(0, start - 2):start], text[end:end + 6]
    if before.endswith("(") or after.startswith((" (", "(")) or before.endswith(", "):
        return True
    if not after.startswith((", the", ", a ", ", an ")):
        return False
    clause = re.split(r"[,.;:()]", text[end + 2:end + 200], maxsplit=1)[0].split()[1:_GLOSS_WORDS + 1]
    from drift.checks._institutions import BODY_KINDS, ORGANISATION_WORDS
    from drift.lexicon.lemma import english_lemma, turkish_lemmas

    if any(word.strip("'’").lower() in BODY_KINDS | ORGANISATION_WORDS for word in clause):
        return True  # "ACR, the country's carmakers' association"

    lexicon = context.resources.lexicon
    english = {word.strip("'’").lower() for word in clause} | {english_lemma(word.strip("'’").lower(), lexicon)
                                                             for word in clause}
    return any(word in english for turkish in name.split() for lemma in turkish_lemmas(turkish, lexicon)[:2]
               for sense in lexicon.senses(lemma)[:12] for word in sense.split()
               if not is_stopword(word, Language.ENGLISH))


@check("D702", "bare-acronym", Category.UNTRANSLATED, Severity.MINOR)
def bare_acronym(context: CheckContext):
    orig_text, trans_text = context.alignment.orig.text, context.alignment.trans.text
    seen: set[str] = set()
    for view in pair_views(context):
        for sentence in view.orig_sentences:
            for match in _INTRODUCED.finditer(orig_text, sentence.start, sentence.end):
                acronym = match.group(1)
                key = fold_ascii(acronym, turkish=True)
                if key in seen:
                    continue
                seen.add(key)
                name = _acronym_name(acronym, _long_name(orig_text, match.start()))
                if name is None:
                    continue
                uses = [token for other in context.beads for token in other.trans_tokens
                        if fold_ascii(token.stem, turkish=True) == key and token.stem.isupper()]
                if not uses or any(_glossed(context, trans_text, token.start, token.start + len(token.stem), name)
                                   for token in uses):
                    continue  # not used, or introduced somewhere
                first = uses[0]
                if not any(first is token for token in view.trans_tokens):
                    continue  # the English first uses it elsewhere: the sentences there judge it
                yield make_finding(
                    bare_acronym, view,
                    message=f"“{first.stem}” is left bare; the original spells it out: {name} ({acronym}).",
                    trans=context.trans_span(first.start, first.start + len(first.stem)),
                    orig=context.orig_span(match.start(1), match.end(1)),
                    expected=f"the English name of {name} ({acronym})",
                    evidence="the original introduces the acronym after the name; the English never does",
                )
