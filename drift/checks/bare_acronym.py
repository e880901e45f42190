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
(TUA)"), or explains after it, "ACR (Long Name)", when the English there gives it no gloss (no
"(ACR)" after a name, no "ACR (...)", no "ACR, the ..." or "the ..., ACR" whose words describe the body:
a body's word (association, institute ...) or a rendering of a word of its name; "data
from ACR, the number of cars fell" and "In the spring, ACR said" are no gloss).
Also flagged (basis `spelt-out`): an acronym of three or more letters the
English writes where the aligned original spells the name out and the
original writes no such acronym anywhere: the initials of the name's
capitalised words end in it ("Orman Yolları Genel Müdürlüğü": OYGM), or it is
read from the name as above and its last letter opens the name's last word;
the table's `kept` acronyms, a name's part and an acronym the English
introduces anywhere are left alone ("the UN" for "Birleşmiş Milletler" is
made of English words). Only Turkish
acronyms: the letters must come from the Turkish name, first letter first,
or the acronym must open with the initials of its first two words
(NATO, IMF and UNESCO, which English uses as they are, are made of English or
French words and stay quiet). Expected: the name spelt out in English with
the acronym after it.

Also flagged (basis `table`): the first English use of a Turkish acronym of
the hand-kept table drift/checks/data/turkish_acronyms.tsv (public bodies,
regulators, directorates, courts, universities, chambers, and common nouns,
exams and laws: "DSİ", "SGK", "AVM": shopping centre, "ÖTV": special
consumption tax), though the original never spells it out, when the original
writes the acronym or its Turkish name and no use of it in the English is
explained: "Name (ACR)", "ACR (...)", "the Name, ACR", a describing noun or a
word of its English name right before it ("the banking watchdog BDDK"), or
"ACR, the ..." / "ACR, which ..." with words that name the body (a clause
that only says what the body did explains nothing). An English plural, a
possessive or a hyphenated English word after it ("HESs", "SGK's",
"TOKİ-built") is the same acronym; a capitalised word or a figure after it,
or a name before it, makes it part of a name ("the TOKİ Park Residences"),
as "the" before it and a lower-case noun after it do ("the SGK service
building": one thing named after the body), but an office after it does not
("RTÜK President"). A common noun the English
says in its own words elsewhere is no longer unexplained. Never flagged: the
acronyms English writes as names (parties, armed groups, firms, the state's
joint-stock companies, broadcasters, "TL" after a figure: the table's `kept`
rows), and acronyms the table lacks: professional and faithful translations
keep a firm's, a fair's or a cooperative's acronym bare, and nothing in the
letters tells those from a public body's. Expected: the English name (and the
acronym after a body's name).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from drift.checks import check
from drift.checks._names import pair_views
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Language, Severity
from drift.text.fold import fold_ascii, fold_case
from drift.text.stopwords import is_stopword
from drift.text.tokens import Token

# "(TÜİK)", "(AFAD)": two or more capitals, perhaps with a lower-case tail ("(TCDD)", "(TÜBİTAK)").
# Two parts joined by a hyphen count as one ("(KAR-BİR)").
_INTRODUCED = re.compile(r"\(([A-ZÇĞİÖŞÜ]{2,}[a-zçğıöşü]{0,2}(?:-[A-ZÇĞİÖŞÜ]{2,})?)\)")
# "TAKGM (Tarım Arazileri ve Kıyılar Genel Müdürlüğü)": the acronym first, its name in brackets after it.
_EXPLAINED = re.compile(r"(?<![\w-])([A-ZÇĞİÖŞÜ]{2,}[a-zçğıöşü]{0,2})\s+\(([^()]{5,160})\)")
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
    if before.endswith("(") or after.startswith((" (", "(")):
        return True
    if before.endswith(", "):
        # "the Turkish Soil Institute, TOPEN": the words before the comma name the body; "at the farm, TOPEN said"
        # ends a clause.
        lead = re.split(r"[,.;:()!?\"“”]", text[max(0, start - 120):start - 2])[-1].split()[-_GLOSS_WORDS:]
        return _describes_body(context, lead, name)
    if not after.startswith((", the", ", a ", ", an ")):
        return False
    clause = re.split(r"[,.;:()]", text[end + 2:end + 200], maxsplit=1)[0].split()[1:_GLOSS_WORDS + 1]
    return _describes_body(context, clause, name)


def _describes_body(context: CheckContext, clause: list[str], name: str) -> bool:
    """True when these English words describe the body: a body's word or a rendering of a word of its name."""
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


TABLE_PATH = Path(__file__).parent / "data" / "turkish_acronyms.tsv"


@dataclass(frozen=True)
class Acronym:
    """One row of the table of Turkish acronyms: how Turkish writes it, what it is, and its English name."""

    letters: str
    kind: str
    kept: bool  # English text writes the acronym itself as the name (a party, a firm, a broadcaster, the lira's sign)
    english: str
    turkish: str


def acronym_key(letters: str) -> str:
    """The key an acronym is looked up by: folded, without accents or hyphens ("DSİ", "DSI", "Dsi": dsi)."""
    return fold_ascii(letters, turkish=True).replace("-", "")


@functools.lru_cache(maxsize=1)
def acronym_table() -> dict[str, Acronym]:
    """The table of Turkish acronyms (drift/checks/data/turkish_acronyms.tsv), by key."""
    table: dict[str, Acronym] = {}
    for line in TABLE_PATH.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        letters, kind, use, english, turkish = line.split("\t")
        table[acronym_key(letters)] = Acronym(letters, kind, use == "kept", english, turkish)
    return table


# Kinds whose English name is a common noun, said without "the" or a capital ("shopping centre", "consumer price index").
_COMMON_KINDS = frozenset({"noun", "exam", "law"})
# Office and person nouns after an acronym make it the body of a title ("YÖK President"), not part of a name.
_TITLE_NOUNS = frozenset(
    "president chairman chairwoman chair head director minister governor spokesman spokeswoman spokesperson secretary "
    "deputy member members official officials chief general adviser advisor expert experts staff".split())
# Nouns that describe a body right before its acronym ("the banking watchdog BDDK", "the city bus operator İETT").
_DESCRIBING_NOUNS = frozenset(
    "operator regulator watchdog utility agency authority company corporation firm board council directorate service "
    "body institute institution ministry administration union association confederation chamber federation centre "
    "center bank fund court broadcaster provider distributor exam tax index".split())
# How many words before an acronym are read for a description of it, and how many after "ACR, which" or "ACR, the".
_DESCRIPTION_WORDS = 6
# Letters two words of one family share at the start ("distributor", "distribution"; "meteorological", "meteorology").
_FAMILY_LETTERS = 6


def _english_words(entry: Acronym) -> frozenset[str]:
    """The content words of the acronym's English name, cut to the letters a word family shares."""
    words = re.findall(r"[A-Za-z]+", entry.english.lower())
    return frozenset(word[:_FAMILY_LETTERS] for word in words
                     if len(word) > 2 and not is_stopword(word, Language.ENGLISH) and word not in {"turkey", "turkish"})


def _describes(words: list[str], entry: Acronym) -> bool:
    """True when some of these English words name the body: a word of its English name or a describing noun."""
    name = _english_words(entry)
    return any(word in _DESCRIBING_NOUNS or (len(word) > 2 and word[:_FAMILY_LETTERS] in name) for word in words)


def _introduced(text: str, start: int, end: int, entry: Acronym) -> bool:
    """The English explains the acronym at this use: "Name (ACR)", "ACR (...)", "the Name, ACR", a describing noun
    right before it ("the banking watchdog BDDK"), or "ACR, the ..." / "ACR, which ..." with words that name the body
    ("PTT, which runs the post offices"); a clause that only says what the body did ("ACR, which opened the new
    branch") explains nothing, nor does a comma after a place ("In Ankara, ACR said")."""
    before, after = text[max(0, start - 2):start], text[end:end + 3]
    if before.endswith("(") or after.startswith((" (", "(")):
        return True
    lead = re.split(r"[.;:()!?\"“”]", text[max(0, start - 120):start])[-1]
    if lead.endswith(", "):
        phrase = lead[:-2].split(",")[-1].split()[-_DESCRIPTION_WORDS:]
        if _describes([word.strip("'’").lower() for word in phrase], entry):
            return True  # "the Turkish Employment Agency, İŞKUR"
    elif lead.endswith(" ") and lead.split():
        if _describes([lead.split()[-1].strip("'’").lower()], entry):
            return True  # "the state pipeline operator BOTAŞ"
    if text[end:end + 2] == ", ":
        clause = re.split(r"[,.;:()]", text[end + 2:end + 200], maxsplit=1)[0].split()[:_DESCRIPTION_WORDS + 2]
        return len(clause) > 1 and clause[0].lower() in {"the", "a", "an", "which", "that", "whose"} \
            and _describes([word.strip("'’").lower() for word in clause[1:]], entry)
    return False


def _table_letters(token: Token) -> str | None:
    """The acronym a token writes, without an English plural or a hyphenated English word ("HESs", "DSİ-built")."""
    stem = token.stem
    if "-" in stem and stem.split("-", 1)[1].islower():
        stem = stem.split("-", 1)[0]
    if stem.endswith("s") and stem[:-1].isupper():
        stem = stem[:-1]
    letters = stem.replace("-", "")
    return stem if len(letters) >= MIN_NAME_WORDS and letters.isalpha() and letters.isupper() else None


# After an acronym, a capitalised word other than a title noun, or a figure, makes it part of a name ("PTT 1st
# League", "the Forum AVM"); so does a capitalised word right before it.
_THE_COMPOUND = re.compile(r"\b[Tt]he\s+$")
_NAME_AFTER = re.compile(r"(?:['’]s)?\s+([A-ZÇĞİÖŞÜ][\w-]*|\d)")


@functools.lru_cache(maxsize=1024)
def _base_noun(word: str) -> bool:
    """A noun in its base form, no function word ("centre", not "on", "would" or "announced")."""
    from drift.lexicon.lemma import english_lemma
    from drift.lexicon.thesaurus import load_thesaurus

    return not is_stopword(word, Language.ENGLISH) and english_lemma(word) == word \
        and bool(load_thesaurus().synsets(word, "n"))


def _in_name(context: CheckContext, view, token: Token) -> bool:
    text = context.alignment.trans.text
    end = token.start + len(token.stem)
    following = _NAME_AFTER.match(text, end)
    if following and following.group(1).lower() not in _TITLE_NOUNS:
        return True
    noun = re.match(r"\s+([a-z]+)\b", text[end:end + 30])
    if noun and _THE_COMPOUND.search(text, max(0, token.start - 4), token.start) and _base_noun(noun.group(1)):
        return True  # "the ACR coordination centre": one place or thing named after the body, as a name is
    if token.position > 0:
        before = view.trans_tokens[token.position - 1]
        if before.stem[:1].isupper() and before.end + 1 == token.start and not before.stem.isupper() \
                and not is_stopword(before.stem.lower(), Language.ENGLISH):
            return True
    return False


def _table_findings(context: CheckContext, seen: set[str]):
    """Turkish acronyms of the table that the English leaves bare, though English names them in words."""
    table = acronym_table()
    text = context.alignment.trans.text
    orig_text = context.alignment.orig.text
    uses: dict[str, list[tuple[object, Token, str]]] = {}
    for view in context.beads:
        for token in view.trans_tokens:
            letters = _table_letters(token)
            if letters is None:
                continue
            key = acronym_key(letters)
            entry = table.get(key)
            if entry is not None and not entry.kept and key not in seen:
                uses.setdefault(key, []).append((view, token, letters))
    if not uses:
        return
    orig_acronyms: dict[str, Token] = {}
    for view in context.beads:
        for token in view.orig_tokens:
            if token.stem[:1].isupper():
                orig_acronyms.setdefault(acronym_key(token.stem), token)
    folded_orig = fold_case(orig_text, turkish=True)
    for key, found in uses.items():
        entry = table[key]
        orig = orig_acronyms.get(key)
        if orig is None and fold_case(entry.turkish, turkish=True) not in folded_orig:
            continue  # an English acronym spelt alike ("MIT", "EGO"): the original names no such body
        if any(_introduced(text, token.start, token.start + len(letters), entry) for _, token, letters in found):
            continue
        if fold_case(entry.english, turkish=True) in fold_case(text, turkish=True) and entry.kind in _COMMON_KINDS:
            continue  # the English says the common noun in its own words elsewhere
        view, token, letters = next(((view, token, letters) for view, token, letters in found
                                     if not _in_name(context, view, token)), (None, None, None))
        if token is None or token is not found[0][1]:
            continue  # part of a name, or first used inside one
        seen.add(key)
        common = entry.kind in _COMMON_KINDS
        plural = token.stem.endswith("s") and not token.stem.isupper()
        expected = entry.english + ("s" if plural and common else "") if common else f"the {entry.english} ({letters})"
        what = f"the Turkish abbreviation of {entry.english}" if common else f"the Turkish acronym of the {entry.english}"
        yield make_finding(
            bare_acronym, view,
            message=f"“{letters}” is left bare: it is {what}, which the English never names.",
            trans=context.trans_span(token.start, token.start + len(letters)),
            orig=context.orig_span(orig.start, orig.start + len(orig.stem)) if orig is not None else None,
            basis="table",
            expected=expected,
            evidence=f"{entry.letters} = {entry.turkish} ({entry.english}; drift/checks/data/turkish_acronyms.tsv)",
        )


def _introductions(text: str, start: int, end: int):
    """(acronym match, its name) for each acronym the Turkish explains between `start` and `end`: "Name (ACR)", or
    "ACR (Name)" when the words in brackets are a name the acronym is made of."""
    for match in _INTRODUCED.finditer(text, start, end):
        yield match, _acronym_name(match.group(1), _long_name(text, match.start()))
    for match in _EXPLAINED.finditer(text, start, end):
        inside = match.group(2).strip()
        capitalised = [word for word in inside.split() if word[:1].isupper()]
        if len(capitalised) >= MIN_NAME_WORDS and all(word[:1].isupper() or word in _CONNECTORS
                                                     for word in inside.split()):
            yield match, _acronym_name(match.group(1), inside)


def _spelt_out(view, acronym: str) -> str | None:
    """The run of capitalised words of the aligned original whose initials spell the acronym ("Orman Yolları Genel
    Müdürlüğü": OYGM), or that `_acronym_name` reads it from, when the original writes no acronym there."""
    words = [token for token in view.orig_tokens]
    runs: list[list] = []
    for token in words:
        joined = runs and runs[-1] and runs[-1][-1].end + 1 == token.start
        if token.stem[:1].isupper() and token.stem.isalpha() and not token.stem.isupper():
            if joined and not runs[-1][-1].suffix:
                runs[-1].append(token)
            else:
                runs.append([token])
        elif token.stem in _CONNECTORS and joined and not runs[-1][-1].suffix:
            runs[-1].append(token)
        else:
            runs.append([])
    letters = fold_ascii(acronym, turkish=True)
    for run in runs:
        while run and run[-1].stem in _CONNECTORS:
            run.pop()
        capitalised = [token for token in run if token.stem[:1].isupper()]
        if len(capitalised) < MIN_NAME_WORDS:
            continue
        name = " ".join(token.stem for token in run)
        initials = "".join(fold_ascii(token.stem[:1], turkish=True) for token in capitalised)
        if letters in initials and initials.endswith(letters):
            return " ".join(token.stem for token in run[[token.position for token in run].index(
                capitalised[len(capitalised) - len(letters)].position):])
        found = _acronym_name(acronym, name)
        if found is not None and len(letters) > MIN_NAME_WORDS + 1 and fold_ascii(found.split()[-1][:1],
                                                                                   turkish=True) == letters[-1]:
            return found
    return None


def _aligned_findings(context: CheckContext, seen: set[str]):
    """Acronyms the English writes where the aligned original spells the name out and writes no acronym at all."""
    table = acronym_table()
    orig_keys = {acronym_key(token.stem) for view in context.beads for token in view.orig_tokens
                 if token.stem.isupper()}
    text = context.alignment.trans.text
    for view in pair_views(context):
        for token in view.trans_tokens:
            letters = _table_letters(token)
            if letters is None or len(letters) <= MIN_NAME_WORDS or "-" in letters:
                continue
            key = acronym_key(letters)
            entry = table.get(key)
            if key in seen or key in orig_keys or (entry is not None and entry.kept) or _in_name(context, view, token):
                continue
            name = _spelt_out(view, letters)
            if name is None:
                continue
            uses = [other for bead in context.beads for other in bead.trans_tokens
                    if _table_letters(other) is not None and acronym_key(_table_letters(other)) == key]
            if any(_glossed(context, text, other.start, other.start + len(letters), name) for other in uses):
                seen.add(key)
                continue  # introduced somewhere in the English
            seen.add(key)
            start = context.alignment.orig.text.find(name, view.orig_sentences[0].start)
            yield make_finding(
                bare_acronym, view,
                message=f"“{letters}” is left bare; the original spells the name out: {name}.",
                trans=context.trans_span(token.start, token.start + len(letters)),
                orig=context.orig_span(start, start + len(name)) if start >= 0 else None,
                basis="spelt-out",
                expected=f"the English name of {name}",
                evidence="the original gives the name in full and no acronym; the English gives only the acronym",
            )


@check("D702", "bare-acronym", Category.UNTRANSLATED, Severity.MINOR)
def bare_acronym(context: CheckContext):
    orig_text, trans_text = context.alignment.orig.text, context.alignment.trans.text
    seen: set[str] = set()
    for view in pair_views(context):
        for sentence in view.orig_sentences:
            for match, name in _introductions(orig_text, sentence.start, sentence.end):
                acronym = match.group(1)
                key = fold_ascii(acronym, turkish=True)
                if key in seen:
                    continue
                seen.add(key)
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
    yield from _aligned_findings(context, seen)
    yield from _table_findings(context, seen)
