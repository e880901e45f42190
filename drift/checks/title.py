"""Wrong title: an office rendered as a different office.

Why it matters: a deputy minister is not the minister, a vice president is not
an adviser, a governor is not a mayor; titles tell readers who speaks with
what authority, and wire copy repeats them.

Flagged: a Turkish title the lexicon knows ("Sağlık Bakan Yardımcısı",
"Cumhurbaşkanı Yardımcısı", "Valisi"), none of whose renderings appears in the
aligned English, when the English has a title of its own there ("Health
Minister", "Presidential Adviser", "Mayor"). Expected: the lexicon's first
rendering of the Turkish title.

What counts as a rendering is broad, so that only a clearly different office
is flagged:
- every title sense the glossary and the dictionaries give the title, except
  an office the glossary gives first to another title (a dictionary lists
  "mayor" for vali, but a mayor is the glossary's belediye başkanı);
- a more general title: the office and its rank kept, the field or body left
  out ("president" for kulüp başkanı, "Minister" for Dışişleri Bakanı), or
  an office the compound's last word names alone ("president" for genel
  başkan), while a lost rank ("Minister" for Bakan Yardımcısı) still differs;
- the title a country or body uses for the same Turkish title (TITLE_SYSTEMS:
  a German başbakan is a chancellor, a US bakan a secretary, a central bank's
  başkan a governor), when the bead names that country or body.
Not titles: verb phrases ("başta olmak"), senses whose head is no office
("general assembly"), and a bare title word right after a given name, which
is a surname ("Ayşe Başkan").

Read from the English side too, for titles the lexicon does not list
("Ulaştırma ve Altyapı Bakanı"): an English title naming a field ("Energy
Minister", "Interior Minister") is flagged when the lexicon gives it a
Turkish title ("enerji bakanı") whose words the original sentence lacks,
while the original there has a title with the same office ("Bakanı") that
names another field. Expected: the original's title.

An English title the lexicon lacks as a phrase ("Science Minister", "Sports
Minister") is read word by word: its office ("minister": bakan) and its field
words ("science": bilim), each a word the lexicon knows, a country or
nationality before it ("German Minister") being no field. It is flagged when
the original has that office there but none of its title's field words
translates the English ones ("Sanayi ve Teknoloji Bakanı"), or when the
original has no such office there but a title of its own ("Türkiye Atletizm
Federasyonu Başkanı" for "Sports Minister"). A rank word ending a name
("Directorate General") is no office. Fields listed with "and" ("Family and
Social Services Minister" for "Çalışma ve Sosyal Güvenlik Bakanı") name
another ministry when one English field renders no word of the original's
title nor of its sentence while one field of the original's title renders no
English field, although they share another ("Social").

Also flagged: a title with many renderings that all name one office
("milletvekili": member of parliament, lawmaker, MP) when the English title
is none of them and does not translate back to it ("Zonguldak Mayor"); a
place before the title is its seat, not a given name. An office joined to
"vekili" that the lexicon lacks ("Başkanvekili", "Belediye Başkanvekili") is
a deputy: the English must keep a deputy's rank (deputy, vice, acting).
A rendering whose head is no office ("chief executive") is not reduced to its
rank word, so "Chief Engineer" does not render genel müdür.
"""

from __future__ import annotations

import re

from dataclasses import dataclass

from drift.checks import check
from drift.checks._names import TITLE_WORDS, looks_like_name, pair_views
from drift.checks._phrases import glossary_senses
from drift.checks._substitution import english_place_entities, place_entities
from drift.checks.context import BeadView, CheckContext, make_finding
from drift.lexicon import fold_key
from drift.link import EnglishLemmas, sense_rendered
from drift.model import Category, Severity
from drift.text.tokens import Token

MAX_GENERIC_SENSES = 3
# The renderings of an English office word read as its Turkish ("minister": bakan, nazır, vekil).
MAX_OFFICE_RENDERINGS = 6
MIN_OFFICE_LETTERS = 3

# Words of a title that change the office: dropping one names another office
# (a deputy minister is no minister); other modifiers name a field or a body.
RANK_WORDS = frozenset("prime deputy vice assistant associate acting under first senior general".split())
# English heads of any body: "Police Chief" is the chief of whatever the original calls the police, so
# only a specific office ("Minister", "Governor") is read word by word.
GENERIC_HEADS = frozenset("chief head director manager chair leader boss".split())


@dataclass(frozen=True)
class TitleSystem:
    """A country's or body's own titles for offices Turkish names alike, and the words that name it."""

    turkish_cues: tuple[str, ...]  # folded Turkish words or word starts ("almanya" in "Almanya'nın")
    english_cues: tuple[str, ...]  # lower-case English words or phrases
    titles: tuple[tuple[str, tuple[str, ...]], ...]  # Turkish title key -> its renderings there


# Turkish uses one title per office everywhere; English follows each system.
TITLE_SYSTEMS = (
    # German and Austrian heads of government are chancellors.
    TitleSystem(("almanya", "alman", "avusturya"), ("germany", "german", "austria", "austrian"),
                (("başbakan", ("chancellor",)), ("başbakan yardımcısı", ("vice chancellor", "vice-chancellor")))),
    # US cabinet members head departments as secretaries.
    TitleSystem(("abd", "amerika"), ("united states", "u.s", "us", "america", "american", "washington"),
                (("bakan", ("secretary",)), ("bakan yardımcısı", ("deputy secretary", "undersecretary")),
                 ("bakanlık", ("department",)), ("başkan", ("president",)))),
    # British cabinet ministers are secretaries; the finance minister is the chancellor.
    TitleSystem(("ingiltere", "ingiliz", "birleşik krallık"), ("britain", "british", "uk", "united kingdom", "england"),
                (("bakan", ("secretary",)), ("maliye bakanı", ("chancellor",)))),
    # Central banks are led by governors (or a chair).
    TitleSystem(("merkez bankası", "tcmb"), ("central bank", "federal reserve"),
                (("başkan", ("governor", "chair", "chairman")),
                 ("başkan yardımcısı", ("deputy governor", "vice chair", "vice chairman")))),
)


def _head(sense: str) -> str:
    """The word a title phrase is about: the last one, or the one before "of" ("head of state")."""
    words = sense.replace("-", " ").split(" of ")[0].split()
    return words[-1] if words else ""


def _is_title_sense(sense: str) -> bool:
    return _head(sense) in TITLE_WORDS


def _core(sense: str) -> str:
    """The office and its rank without the field or body ("club president" -> "president").

    A sense whose head is no office keeps its words: "chief executive" is no
    "chief" of any kind, so a "Chief Engineer" does not render it.
    """
    if not _is_title_sense(sense):
        return sense
    kept = [word for word in sense.replace("-", " ").split() if word in TITLE_WORDS or word in RANK_WORDS]
    return " ".join(kept) or sense


def _title_tokens(tokens: tuple[Token, ...]) -> list[Token]:
    return [token for token in tokens
            if token.stem.lower() in TITLE_WORDS or any(part in TITLE_WORDS for part in token.stem.lower().split("-"))]


def _claimed_elsewhere(lexicon, key: str, sense: str) -> bool:
    """True when the glossary gives this office first to another title (mayor: belediye başkanı, not vali)."""
    return any(other != key for other in lexicon.glossary_first_for(sense))


def _title_senses(lexicon, key: str) -> tuple[str, ...]:
    """The renderings of a title: the glossary's first, then the dictionaries' title senses.

    Dictionaries render titles loosely (one lists "mayor" for vali, a
    governor): a dictionary sense the glossary gives first to another title
    names that other office when the glossary has the title at all.
    """
    glossary = glossary_senses(lexicon, key)
    others = [sense for sense in lexicon.senses(key) if sense not in glossary and _is_title_sense(sense)
              and not (glossary and _claimed_elsewhere(lexicon, key, sense))]
    return tuple(dict.fromkeys((*glossary, *others))) or lexicon.senses(key)


def _head_word_senses(lexicon, key: str) -> tuple[str, ...]:
    """Offices the last word of a compound title names alone ("genel başkan": başkan, a president)."""
    from drift.lexicon.lemma import turkish_lemmas

    words = key.split()
    if len(words) < 2:
        return ()
    return tuple(sense for lemma in turkish_lemmas(words[-1], lexicon)[:1] for sense in lexicon.senses(lemma)
                 if _head(sense) in TITLE_WORDS and _head(sense) not in RANK_WORDS)


def _system_senses(view: BeadView, key: str) -> tuple[str, ...]:
    """Renderings of the title in the systems of the countries and bodies the bead names."""
    turkish = " " + " ".join(fold_key(token.stem) for token in view.orig_tokens)
    english = " " + " ".join(token.stem.lower() for token in view.trans_tokens) + " "
    found = []
    for system in TITLE_SYSTEMS:
        named = any(f" {cue}" in turkish for cue in system.turkish_cues) or any(
            f" {cue} " in english for cue in system.english_cues)
        if named:
            found.extend(sense for title, senses in system.titles if title == key for sense in senses)
    return tuple(found)


def _surname(context: CheckContext, view: BeadView, token: Token, lemma: str) -> bool:
    """True for a bare title word right after a given name: the last word of a name ("Ayşe Başkan")."""
    if not token.position or fold_key(token.stem) != lemma:
        return False
    previous = view.orig_tokens[token.position - 1]
    lexicon = context.resources.lexicon
    # A place before the title is the office's seat ("Zonguldak Milletvekili"), not a given name.
    return (previous.end + 1 == token.start and looks_like_name(previous) and not previous.suffix
            and not _place_word(previous)
            and not any(_is_title_sense(sense) for sense in lexicon.senses(previous.stem)[:1]))


def _first_lemma(lexicon, token: Token) -> str:
    from drift.lexicon.lemma import turkish_lemmas

    lemmas = turkish_lemmas(token.stem, lexicon)
    return lemmas[0] if lemmas else fold_key(token.stem)


def _institution_of_office(lexicon, lemma: str) -> bool:
    """True for an office made a body with -lIk ("müdürlük": a directorate, from müdür), read as no person's title."""
    holder = re.sub(r"l[ıiuü]k$", "", lemma)
    return holder != lemma and any(_is_title_sense(sense) for sense in lexicon.senses(holder)[:1])


def _title_phrases(context: CheckContext, index: int):
    """Turkish titles of one bead: (first token, last token, key, senses), longest first."""
    view, links = context.beads[index], context.links[index]
    lexicon = context.resources.lexicon
    found = []
    for phrase in links.phrases:
        if phrase.key.endswith(("mak", "mek")):
            continue  # a verb phrase names an action, not an office
        if _institution_of_office(lexicon, _first_lemma(lexicon, phrase.orig_tokens[-1])):
            continue  # "Şube Müdürlüğü" (the branch directorate) matched as "şube müdürü" (its chief)
        if fold_key(phrase.orig_tokens[-1].stem).endswith(DEPUTY_ENDINGS) and not phrase.key.endswith(DEPUTY_ENDINGS):
            continue  # "Belediye Başkanvekili" is the mayor's deputy, read below, not the mayor (belediye başkanı)
        if any(_is_title_sense(sense) for sense in phrase.senses):
            found.append((phrase.orig_tokens[0], phrase.orig_tokens[-1], phrase.key, _title_senses(lexicon, phrase.key)))
    english_offices = {token.stem.lower() for token in _title_tokens(view.trans_tokens)}
    covered = {token.position for first, last, _, _ in found for token in view.orig_tokens[first.position:last.position + 1]}
    for word in links.orig_words:
        if word.token.position not in covered and word.token.is_capitalized and not word.lemmas:
            deputy = _deputy_senses(lexicon, word.token)
            if deputy:
                found.append((word.token, word.token, fold_key(word.token.stem), deputy))
        if word.token.position not in covered and word.token.is_capitalized and word.lemmas:
            if _institution_of_office(lexicon, word.lemmas[0]):
                continue
            senses = _title_senses(lexicon, word.lemmas[0])
            # A one-word title with many renderings ("başkan": president,
            # chairman, head, mayor ...) depends on the institution; only a
            # specific one (vali = governor) can be checked alone.
            title_senses = [sense for sense in senses if _is_title_sense(sense)]
            specific = len(title_senses) <= MAX_GENERIC_SENSES or _one_office(
                lexicon, word.lemmas[0], title_senses, english_offices)
            # The first rendering names an office, or most of the first few do ("milletvekili": member of
            # parliament, lawmaker, deputy).
            office = _is_title_sense(senses[0]) or sum(map(_is_title_sense, senses[:3])) >= 2
            if (title_senses and office and specific
                    and not _surname(context, view, word.token, word.lemmas[0])):
                found.append((word.token, word.token, word.lemmas[0], senses))
    return found


# Turkish writes a deputy as the office joined to "vekili" (başkanvekili: deputy speaker or deputy chair).
DEPUTY_ENDINGS = ("vekili", "vekil")
DEPUTY_RANKS = ("deputy", "vice", "acting")


def _deputy_senses(lexicon, token: Token) -> tuple[str, ...]:
    """Renderings of an office joined to "vekili" that the lexicon lacks as a word ("Başkanvekili"):
    a deputy of each office the first part names, or any deputy's rank word, since the office itself
    may be rendered by the body's own title (a parliament's başkan is its speaker)."""
    from drift.lexicon.lemma import turkish_lemmas

    folded = fold_key(token.stem)
    for ending in DEPUTY_ENDINGS:
        office = folded[:-len(ending)]
        if folded.endswith(ending) and len(office) >= MIN_OFFICE_LETTERS:
            senses = [sense for lemma in turkish_lemmas(office, lexicon)[:1] if lemma == office
                      for sense in lexicon.senses(lemma) if _is_title_sense(sense)]
            if senses:
                return (*(f"deputy {sense}" for sense in senses[:MAX_GENERIC_SENSES]), *DEPUTY_RANKS)
    return ()


def _one_office(lexicon, lemma: str, title_senses: list[str], english_offices: set[str]) -> bool:
    """True for a title with many renderings that all name one office ("milletvekili": member of parliament,
    lawmaker, deputy, MP), when no English title of the bead is one of them or renders it back.

    A title that may head any body ("başkan": president, head, leader) depends
    on the institution, so it is left alone; so is one the English office
    word translates back ("mayor": belediye başkanı, başkan).
    """
    if any(_head(sense) in GENERIC_HEADS for sense in title_senses):
        return False
    if english_offices & {_head(sense) for sense in title_senses}:
        return False
    return not any(lemma in fold_key(turkish).split() for office in english_offices
                   for turkish in lexicon.turkish_for(office))


def _rendered(senses: tuple[str, ...], by_lemma: EnglishLemmas) -> bool:
    return any(sense_rendered(form, by_lemma) for sense in senses for form in dict.fromkeys((sense, _core(sense))))


def _english_title_phrases(view: BeadView) -> list[tuple[Token, Token]]:
    """Capitalised runs of two or more words that end in a title word ("Interior Minister"), as (first, last)."""
    found = []
    for token in _title_tokens(view.trans_tokens):
        start = token
        while start.position > 0 and view.trans_tokens[start.position - 1].is_capitalized \
                and not view.trans_tokens[start.position - 1].suffix:
            start = view.trans_tokens[start.position - 1]
        if start is not token:
            found.append((start, token))
    return found


def _in_sentence(key: str, folded: tuple[str, ...]) -> bool:
    """Every word of a Turkish title is in the sentence, perhaps with an ending ("içişleri bakanı": "Bakanı")."""
    return all(any(word.startswith(part[:max(3, len(part) - 2)]) for word in folded) for part in key.split())


def _field_swaps(context: CheckContext, view: BeadView):
    """English titles naming a field the original's title there does not name: (first, last, its Turkish, original title)."""
    lexicon = context.resources.lexicon
    folded = tuple(fold_key(token.stem) for token in view.orig_tokens)
    for first, last in _english_title_phrases(view):
        words = view.trans_tokens[first.position:last.position + 1]
        for size in range(len(words), 1, -1):
            phrase = " ".join(token.stem.lower() for token in words[-size:])
            if all(token.stem.lower() in TITLE_WORDS or token.stem.lower() in RANK_WORDS for token in words[-size:]):
                break  # "Deputy Minister", "Prime Minister": rank, no field
            keys = lexicon.turkish_for(phrase)
            if not keys:
                if size == 2:  # no longer phrase is in the lexicon: its words are compared one by one
                    yield from _composed_swap(context, view, words, first)
                continue
            if any(_in_sentence(key, folded) for key in keys):
                break  # the original names this office
            office = {fold_key(part) for part in lexicon.turkish_for(last.stem.lower())[:3]}
            heads = [token for token in view.orig_tokens if token.is_capitalized and any(
                fold_key(token.stem).startswith(part) for part in office if len(part) >= 3)]
            if heads:
                head = min(heads, key=lambda token: abs(token.position / max(len(view.orig_tokens), 1)
                                                        - first.position / max(len(view.trans_tokens), 1)))
                yield words[-size], last, keys[0], _turkish_title(view, head)
            else:  # the original has no such office here: perhaps another one ("Birliği Başkanı")
                yield from _composed_swap(context, view, words, first)
            break


def _composed_swap(context: CheckContext, view: BeadView, words: tuple[Token, ...], first: Token):
    """An English title the lexicon lacks as a phrase ("Science Minister"), read word by word.

    Flagged when the office has a Turkish word the aligned original lacks
    while the original there has a title of its own ("Federasyonu Başkanı"
    for "Sports Minister"), or when the original has the office but every
    field word of its title renders no field word of the English ("Sanayi ve
    Teknoloji Bakanı" for "Science Minister"). Every English field word must
    be a word the lexicon knows, so that names ("Erdoğan Minister") stay out.
    """
    lexicon = context.resources.lexicon
    words = _field_list(view, words)
    first = words[0]
    last = words[-1]
    # A country or nationality before the office ("German Minister", "Ukraine President") names no field.
    fields = [token for token in words[:-1] if token.stem.lower() not in RANK_WORDS | {"and", "of", "the"}
              and not english_place_entities((token,))]
    office = [fold_key(part) for part in lexicon.turkish_for(last.stem.lower())[:MAX_OFFICE_RENDERINGS]
              if " " not in part and len(part) >= MIN_OFFICE_LETTERS]
    if last.stem.lower() in RANK_WORDS | GENERIC_HEADS:
        return  # "Directorate General", "Attorney General": a rank word ends a name, it is no office here
    if any(token.text == "and" for token in words):
        # A list of fields: a field the lexicon lacks ("Urbanisation") is left out of the comparison.
        fields = [token for token in fields if lexicon.turkish_for(token.stem.lower())]
    if not fields or not office or not all(lexicon.turkish_for(token.stem.lower()) for token in fields):
        return
    share = first.position / max(len(view.trans_tokens), 1)

    def nearest(tokens):
        return min(tokens, key=lambda token: abs(token.position / max(len(view.orig_tokens), 1) - share))

    heads = [token for token in view.orig_tokens if any(part in fold_key(token.stem) for part in office)]
    if not heads:
        others = [token for token in view.orig_tokens if token.is_capitalized and _office_word(lexicon, token)]
        if others:
            head = nearest(others)
            yield words[0], last, office[0], _turkish_title(view, head)
        return
    head = nearest([token for token in heads if token.is_capitalized] or heads)
    start, _ = _turkish_title(view, head)
    title_words = [token for token in view.orig_tokens[start.position:head.position]
                   if token.stem != "ve" and not _place_word(token)]
    if not title_words:
        return
    if any(_renders(lexicon, token, field) for token in title_words for field in fields) \
            and not (any(token.text == "and" for token in words)
                     and _other_fields(lexicon, view, title_words, fields, last.stem.lower())):
        return
    composed = " ".join(fold_key(lexicon.turkish_for(token.stem.lower())[0]) for token in fields)
    yield words[0], last, f"{composed} {office[0]}", (start, head)


def _other_fields(lexicon, view: BeadView, title_words: list[Token], fields: list[Token], office: str) -> bool:
    """True when titles sharing a field still name different offices ("Family and Social Services" for
    "Çalışma ve Sosyal Güvenlik"): an English field word renders no word of the original's title, nor
    any word of the original sentence, while a field word of the original's title renders no English one.

    Fields joined by "and" only: a single field word shared means the same office.
    """
    if len(fields) < 2:
        return False
    folded = [fold_key(token.stem) for token in view.orig_tokens]

    def in_sentence(field: Token) -> bool:
        return any(word.startswith(fold_key(turkish)[:max(MIN_OFFICE_LETTERS, len(turkish) - 2)])
                   for turkish in lexicon.turkish_for(field.stem.lower()) if " " not in turkish for word in folded)

    def titled(field: Token) -> bool:  # the lexicon's title of that field ("labour minister": çalışma bakanı)
        return any(_in_sentence(key, tuple(folded)) for key in lexicon.turkish_for(f"{field.stem.lower()} {office}"))

    foreign = [field for field in fields if not any(_renders(lexicon, token, field) for token in title_words)
               and not in_sentence(field) and not titled(field)]
    unmatched = [token for token in title_words if not any(_renders(lexicon, token, field) for field in fields)]
    return bool(foreign) and bool(unmatched)


def _field_list(view: BeadView, words: tuple[Token, ...]) -> tuple[Token, ...]:
    """The title's words with the fields listed before it by "and" ("Labour and Social Security Minister")."""
    tokens = view.trans_tokens
    start = words[0].position
    while start > 1 and tokens[start - 1].text == "and" and tokens[start - 2].is_capitalized \
            and not tokens[start - 2].suffix:
        start -= 2
        while start > 0 and tokens[start - 1].is_capitalized and not tokens[start - 1].suffix:
            start -= 1
    return tuple(tokens[start:words[-1].position + 1])


def _office_word(lexicon, token: Token) -> bool:
    """A Turkish word whose lemma's first rendering is an office ("Başkanı": president)."""
    from drift.lexicon.lemma import turkish_lemmas

    return any(_is_title_sense(sense) for lemma in turkish_lemmas(token.stem, lexicon)[:1]
               for sense in lexicon.senses(lemma)[:1])


def _place_word(token: Token) -> bool:
    """The country or city a title may open with ("Türkiye Atletizm Federasyonu Başkanı"): it names no field."""
    return bool(place_entities(token.stem, turkish=True))


def _renders(lexicon, token: Token, field: Token) -> bool:
    """True when a Turkish title word and an English field word translate each other, either way round."""
    from drift.lexicon.lemma import turkish_lemmas

    from drift.lexicon.lemma import english_lemma

    lemmas = {fold_key(token.stem), *turkish_lemmas(token.stem, lexicon)[:2]}
    folded = fold_key(token.stem)
    # The field as written and as its dictionary form ("Services": service).
    for english in dict.fromkeys((field.stem.lower(), english_lemma(field.stem.lower(), lexicon))):
        if any(english in lexicon.senses(lemma) or any(english in sense.split() for sense in lexicon.senses(lemma))
               for lemma in lemmas):
            return True
        if any(folded.startswith(turkish[:max(MIN_OFFICE_LETTERS, len(turkish) - 2)])
               for turkish in (fold_key(t) for t in lexicon.turkish_for(english)) if " " not in turkish):
            return True
    return False


def _turkish_title(view: BeadView, head: Token) -> tuple[Token, Token]:
    """The original's title ending at its office word: the adjacent capitalised words (and "ve") before it."""
    start = head
    while start.position > 0:
        before = view.orig_tokens[start.position - 1]
        joined = before.end + 1 == start.start and not before.suffix
        connector = before.stem == "ve" and start.position > 1 and view.orig_tokens[start.position - 2].is_capitalized
        if not joined or not (before.is_capitalized or connector):
            break
        start = before
    return start, head


@check("D402", "wrong-title", Category.MISTRANSLATION, Severity.MAJOR)
def wrong_title(context: CheckContext):
    for view in pair_views(context):
        english_titles = _title_tokens(view.trans_tokens)
        if not english_titles:
            continue
        for first, last, key, (orig_first, orig_last) in _field_swaps(context, view):
            said = context.alignment.orig.text[orig_first.start:orig_last.end]
            yield make_finding(
                wrong_title, view,
                message=f"“{context.alignment.trans.text[first.start:last.end]}” is the title of "
                        f"{key}; the original's title here is “{said}”.",
                trans=context.trans_span(first.start, last.end),
                orig=context.orig_span(orig_first.start, orig_last.end),
                basis="field",
                expected=next(iter(glossary_senses(context.resources.lexicon, fold_key(said))), f"the English of {said}"),
                evidence=f"the lexicon renders {key} so; the original sentence does not name it",
            )
        by_lemma = EnglishLemmas(context.links[view.index].trans_words)
        lexicon = context.resources.lexicon
        title_phrases = [
            (first, last, key, senses, _rendered(senses + _head_word_senses(lexicon, key) + _system_senses(view, key), by_lemma))
            for first, last, key, senses in _title_phrases(context, view.index)
        ]
        for first, last, key, senses, rendered in title_phrases:
            inside_rendered = any(
                other_rendered and other_first.position <= first.position and last.position <= other_last.position
                and (other_first, other_last) != (first, last)
                for other_first, other_last, _, _, other_rendered in title_phrases
            )
            if rendered or inside_rendered:
                continue
            share = first.position / max(len(view.orig_tokens), 1)
            nearest = min(english_titles, key=lambda t: abs(t.position / len(view.trans_tokens) - share))
            start = nearest
            while start.position > 0 and view.trans_tokens[start.position - 1].is_capitalized:
                start = view.trans_tokens[start.position - 1]
            yield make_finding(
                wrong_title, view,
                message=f"The original's title “{context.alignment.orig.text[first.start:last.end]}” means "
                        f"“{senses[0]}”; the English title here says something else.",
                trans=context.trans_span(start.start, nearest.end),
                orig=context.orig_span(first.start, last.end),
                expected=senses[0],
                evidence=f"{key} → {', '.join(senses[:4])}; none of these is in the English sentence",
            )
