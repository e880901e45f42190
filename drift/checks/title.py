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
  başkan), while a lost rank ("Minister" for Bakan Yardımcısı) still differs,
  and so does an office the lexicon gives first to another title ("Governor"
  is vali's, no rendering of kaymakam, a district governor); a rendering's
  words must stand together ("Governor ... the district" is none);
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
A rank after an office ("Yardımcısı", "Vekili": drift/checks/data/title_parts.tsv)
makes one title with it: "Genel Müdür Yardımcısı" is rendered by a deputy, vice
or assistant of any rendering of genel müdür ("deputy general manager", "assistant
director general"), and the rank word is never an office alone.
A rendering whose head is no office ("chief executive") is not reduced to its
rank word, so "Chief Engineer" does not render genel müdür. A title word in the
plural names a group ("Yayıncılar Birliği": the publishers' union), no one's office.

The office of a named person (basis "named"), for titles and offices no list
holds: a Turkish title right before a name (a word or lexicon phrase whose first
renderings name offices: a title word, or a WordNet kind of leader or official:
"kaptan", "büyükelçi", "Birlik Başkanı") against the English words around the same
name (a few before it, and an apposition after a comma: "Pedro Alves, the cultural
attaché"). Flagged when a noun WordNet files under person there ("attaché",
"councillor", "head coach", "secretary general") renders none of the title's senses
(nor those of the title's own words, nor a WordNet synonym of one: "police chief"
renders müdür, as chief and head share a synset) while no other word of the
original says it, and when the English gives a deputy's rank ("Deputy Governor")
that the original's title lacks. A title the lexicon renders whole ("yönetim
kurulu başkanı": chairman of the board) is that office: its words explain an
English noun only by their renderings' heads ("board"), and an English office
WordNet knows whole whose head is no title word ("chief executive") is read
whole. Words the English keeps as names ("Ece" is also a
word for queen), natives of places ("European") and words mostly read as verbs or
adjectives are no office. Expected: the lexicon's first rendering of the title.
An academic title ("Prof. Dr.", "Doç. Dr.", "Dr. Öğr. Üyesi"; the table gives
their English) heads nothing: alone before a name, an English office written as
a noun ("dean", "rector", "head") that no other word of the original names is
flagged; between an office and the name ("Enstitüsü Müdürü Doç. Dr. Ayla Tan")
it is the holder's, "Associate Professor" renders it, and the office is compared
past it ("dean" for müdür). A unit of an organisation before the office ("İzmir
Şube Başkanı", "Bölge Başkanı") that the English sentence renders nowhere, nor
its seat ("İzmir"), while it gives the office ("president of the Architects'
Association"), makes the unit's head the head of the whole body. An English academic
rank other than the original's, read with the words before it ("Professor" for
"Doç. Dr."; "Assoc. Prof." is an associate professor), is flagged; a degree
("Dr.") is no rank. A hyphen joins an office's words ("secretary-general"), and
an office the English gives is read even where the title's words explain a
member of its body ("growers" of "Fındık Üreticileri Birliği"). A deputy's title
("Müdür Yardımcısı", "Başkanvekili") rendered as the office with no rank word
anywhere in the English sentence (deputy, vice, assistant, acting, under-,
associate) makes the deputy the holder of the office.
The head prefix "baş" before a
person's noun the lexicon lacks whole ("Başhakem", "Başantrenörü") makes the head of
that group (head or chief referee, coach; title_parts.tsv), so "Assistant referee" gives a
rank the original lacks; a rank word before the office ("yardımcı antrenör") makes a deputy
as one after it does, so "Head coach" drops it.
A military grade before a name ("Tuğgeneral", "Yarbay"; title_parts.tsv kind grade, with
the English ranks of the same NATO grade) is a rank like an academic title: another grade
in the English ("Major General" for Tuğgeneral, "Lieutenant Colonel" for Albay), read with
the words before it, is flagged; an English title that is a grade is not read as a field's
office, whatever the lexicon gives its words. An office with a rank after it ("Başkan Vekili") is
also read part by part: "Acting Mayor" renders it though the lexicon's phrase gives only
"vice chairman".
A qualifier before an office (basis "qualifier"; title_parts.tsv kind qualifier: "eski",
"önceki", "sabık", "emekli", "fahri", "geçici", "merhum", and a word the table lacks whose
first lexicon senses give a row's first English word: "onursal", honorary) says its holder
has left it, holds it in name only or for the time being: flagged when the English sentence
gives the office but none of the qualifier's English words ("former", "ex-", "formerly",
"used to", "honorary", "interim"), nor, for one of time, a past "was", "had", "then" or
"until" just before the office ("Derneğin eski başkanı" as "the association's president").
The other way round (basis "added-qualifier"): an office the original gives plainly that
the English gives with "former", "ex-", "honorary", "acting", "interim", "deputy", "vice" or
"assistant" right before it (or two words before: "deputy secretary general"), when no word
of the original's sentence says it (the table's qualifiers and ranks, the lexicon's one-word
renderings of the English word) and, for "former", no word of past office ("önce", "dönem",
"emekli", "ayrıldı") nor a past copula on the office ("Valisiydi").
"""

from __future__ import annotations

import functools
import re
import unicodedata

from dataclasses import dataclass

from drift.checks import check
from drift.checks._names import TITLE_WORDS, looks_like_name, pair_views
from drift.checks._phrases import glossary_senses
from drift.checks._substitution import english_place_entities, place_entities
from drift.checks._title_parts import (academic_ranks, academic_title, english_rank, grade_ranks, head_compound,
                                      qualifier_renderings, rank_renderings, scope_renderings)
from drift.checks.context import BeadView, CheckContext, make_finding, per_text
from drift.lexicon import fold_key
from drift.link import EnglishLemmas, sense_rendered
from drift.model import Category, Language, Severity
from drift.text.stopwords import is_stopword
from drift.text.tokens import Token, name_key

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
    return [token for token in tokens if _title_word(token.stem)]


@functools.lru_cache(maxsize=65536)  # asked of every English word of a bead, three times a pair
def _title_word(stem: str) -> bool:
    lowered = stem.lower()
    return lowered in TITLE_WORDS or any(part in TITLE_WORDS for part in lowered.split("-"))


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


_RANKED_OFFICE_SENSES = 12


def _ranked_senses(lexicon, key: str) -> tuple[str, ...]:
    """An office with a rank after it, read part by part ("başkan vekili": acting mayor, deputy chairman): each rank
    word the table gives the rank before each rendering of the office that is a title. The lexicon's own phrase may
    list one reading only ("vice chairman")."""
    from drift.lexicon.lemma import turkish_lemmas

    words = key.split()
    if len(words) < 2 or not rank_renderings(words[-1]):
        return ()
    offices = [sense for lemma in turkish_lemmas(words[-2], lexicon)[:1]
               for sense in lexicon.senses(lemma)[:_RANKED_OFFICE_SENSES] if _is_title_sense(sense)]
    return tuple(f"{rank} {office}" for rank in rank_renderings(words[-1]) for office in offices)


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


@per_text  # a bead's reading (its own links and words): kept on its view for a pair checked again
def _title_phrases(context: CheckContext, view: BeadView):
    """Turkish titles of one bead: (first token, last token, key, senses), longest first."""
    links = context.links[view.index]
    lexicon = context.resources.lexicon
    found = []
    phrase_ends = {phrase.orig_tokens[-1].position for phrase in links.phrases}
    for phrase in links.phrases:
        if phrase.key.endswith(("mak", "mek")):
            continue  # a verb phrase names an action, not an office
        if _institution_of_office(lexicon, _first_lemma(lexicon, phrase.orig_tokens[-1])):
            continue  # "Şube Müdürlüğü" (the branch directorate) matched as "şube müdürü" (its chief)
        if fold_key(phrase.orig_tokens[-1].stem).endswith(DEPUTY_ENDINGS) and not phrase.key.endswith(DEPUTY_ENDINGS):
            continue  # "Belediye Başkanvekili" is the mayor's deputy, read below, not the mayor (belediye başkanı)
        if any(_is_title_sense(sense) for sense in phrase.senses):
            found.append((phrase.orig_tokens[0], phrase.orig_tokens[-1], phrase.key, _title_senses(lexicon, phrase.key)))
            deputy = _deputy_of(lexicon, view, phrase.orig_tokens[-1], phrase.key)
            # The lexicon's own phrase with the rank ("başkan yardımcısı") reads the title already.
            if deputy is not None and deputy[0].position not in phrase_ends:
                found.append((phrase.orig_tokens[0], *deputy))
    english_offices = {token.stem.lower() for token in _title_tokens(view.trans_tokens)}
    covered = {token.position for first, last, _, _ in found for token in view.orig_tokens[first.position:last.position + 1]}
    # A rank word after an office is part of that title ("Müdür Yardımcısı"), never an office alone.
    covered.update(token.position for token in view.orig_tokens[1:] if rank_renderings(token)
                   and view.orig_tokens[token.position - 1].end + 1 == token.start
                   and _office_word(lexicon, view.orig_tokens[token.position - 1]))
    for word in links.orig_words:
        if word.token.position not in covered and word.token.is_capitalized and not word.lemmas:
            deputy = _deputy_senses(lexicon, word.token)
            if deputy:
                found.append((word.token, word.token, fold_key(word.token.stem), deputy))
        if word.token.position not in covered and word.token.is_capitalized and word.lemmas:
            if _institution_of_office(lexicon, word.lemmas[0]):
                continue
            if fold_key(word.token.stem) in (word.lemmas[0] + "lar", word.lemmas[0] + "ler"):
                continue  # a plural names a group ("Yayıncılar Birliği": the publishers' union), no one's office
            senses = _title_senses(lexicon, word.lemmas[0])
            # A one-word title with many renderings ("başkan": president,
            # chairman, head, mayor ...) depends on the institution; only a
            # specific one (vali = governor) can be checked alone.
            title_senses = [sense for sense in senses if _is_title_sense(sense)]
            specific = len(title_senses) <= MAX_GENERIC_SENSES or _one_office(
                lexicon, word.lemmas[0], title_senses, english_offices)
            # The first rendering names an office, or most of the first few do ("milletvekili": member of
            # parliament, lawmaker, deputy), in the lexicon's own order: a far sense ("sual": question, head) is
            # no office, though it is the only title among the senses.
            ranked = lexicon.senses(word.lemmas[0]) or senses
            office = _is_title_sense(ranked[0]) or sum(map(_is_title_sense, ranked[:3])) >= 2
            if (title_senses and office and specific
                    and not _surname(context, view, word.token, word.lemmas[0])):
                found.append((word.token, word.token, word.lemmas[0], senses))
    return found


def _deputy_of(lexicon, view: BeadView, last: Token, key: str):
    """The title an office phrase makes with a rank word after it ("Genel Müdür" + "Yardımcısı"), read as a whole:
    (rank token, key, the office's renderings under each rank: "deputy general manager", "assistant director
    general"), or None. The lexicon's own phrases with a rank ("başkan yardımcısı") need none."""
    if last.position + 1 >= len(view.orig_tokens):
        return None
    rank = view.orig_tokens[last.position + 1]
    ranks = rank_renderings(rank)
    if not ranks or rank.start != last.end + 1 or last.suffix or rank_renderings(last):
        return None
    offices = dict.fromkeys((*_title_senses(lexicon, key), *_head_word_senses(lexicon, key)))
    senses = tuple(f"{word} {office}" for office in offices for word in ranks)
    return (rank, f"{key} {fold_key(rank.stem)}", senses) if senses else None


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


def _rendered(senses: tuple[str, ...], by_lemma: EnglishLemmas, lexicon=None, key: str = "") -> bool:
    return any(_rendered_together(form, by_lemma) for sense in senses
               for form in dict.fromkeys((sense, *(_cores(lexicon, key, sense) if lexicon is not None else (_core(sense),)))))


# How far apart, per word, the words of a title rendered in English may stand ("Minister for Foreign Affairs").
_TITLE_SPREAD = 3


def _rendered_together(sense: str, by_lemma: EnglishLemmas) -> bool:
    """A title's rendering in the English, its words near one another: "district" in "hotels in the district"
    does not make "Governor" earlier in the sentence a district governor."""
    tokens = sense_rendered(sense, by_lemma)
    if len(tokens) < 2 or len(sense.split()) < 2 or not _is_title_sense(sense):
        return bool(tokens)
    positions = [token.position for token in tokens]
    if max(positions) - min(positions) <= _TITLE_SPREAD * (len(tokens) - 1):
        return True
    # A long title between them keeps them one ("Deputy Environment, Urbanisation and Climate Change Minister").
    between = {token for found in by_lemma.by_form.values() for token in found
               if min(positions) < token.position < max(positions)}
    return all(token.is_capitalized or token.stem in ("and", "of", "for", "the") for token in between)


# How many Turkish titles an office word alone may name before one of them is taken for its own ("governor": vali).
_CORE_OWNERS = 2


def _cores(lexicon, key: str, sense: str) -> tuple[str, ...]:
    """The office left when a rendering's field or body is dropped ("club president": president), unless that office
    alone is first another Turkish title's: "governor" is vali's, so it does not render kaymakam ("district
    governor"), while "president" is başkan's, a word of "kulüp başkanı", and "minister" bakan's."""
    core = _core(sense)
    if core == sense:
        return ()
    owners = [fold_key(turkish) for turkish in lexicon.turkish_for(core)[:_CORE_OWNERS]]
    words = [word[:max(MIN_OFFICE_LETTERS, len(word) - 2)] for word in key.split()]
    if owners and " " not in owners[0] and not any(owner.startswith(word) or word.startswith(owner[:max(
            MIN_OFFICE_LETTERS, len(owner) - 2)]) for owner in owners for word in words):
        return ()
    return (core,)


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
        grade = english_rank([token.stem for token in words[-3:]], grade_ranks())
        # A military grade of two words or more ("Major General") is compared by its grade where the original names
        # one; a one-word grade may be an office too ("Commander", "Captain"), and is read as before.
        if len(grade.split()) > 1:
            words = words[:len(words) - len(grade.split())]
            if len(words) < 2:
                continue
            last = words[-1]
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
        found = list(_listed_title_findings(context, view))
        yield from found
        for start, token, lemma, first, last, differs in named_office_swaps(context, view):
            if any(_overlap(finding.orig, start.start, token.end) or _overlap(finding.trans, first.start, last.end)
                   for finding in found):
                continue  # the original's title is already read above, as the lexicon lists it
            said = context.alignment.orig.text[start.start:token.end]
            if lemma:
                expected = _expected_office(context.resources.lexicon, lemma, said)
                gloss = f"{lemma}: {expected}"
            else:  # an academic title alone, which names no office
                expected = academic_title(view.orig_tokens, start.position, context.alignment.orig.text)[1][0]
                gloss = f"{expected}: a rank, no office"
            found.append(make_finding(
                wrong_title, view,
                message=f"The original's title here is “{said}” ({gloss}); the English gives the same "
                        f"person another {'office' if lemma else 'rank or office'}, "
                        f"“{context.alignment.trans.text[first.start:last.end]}”.",
                trans=context.trans_span(first.start, last.end),
                orig=context.orig_span(start.start, token.end),
                basis="named",
                expected=expected,
                evidence=f"{differs}; WordNet files it under person",
            ))
            yield found[-1]
        for finding in _qualifier_findings(context, view):
            if not any(_overlap(other.orig, finding.orig.start, finding.orig.end) for other in found):
                found.append(finding)
                yield finding  # a title read as another office already says the English title is wrong
        for finding in _added_qualifier_findings(context, view):
            if not any(_overlap(other.trans, finding.trans.start, finding.trans.end) for other in found):
                yield finding


def _expected_office(lexicon, lemma: str, said: str) -> str:
    """The lexicon's first rendering of an office, of its unit and office ("şube başkan": branch president), or of
    the office and its rank ("müdür yardımcısı": deputy director)."""
    senses = lexicon.senses(lemma) or head_compound(lemma, lexicon)[1]
    if senses:
        return senses[0]
    scope, _, office = lemma.rpartition(" ")
    if scope and scope_renderings(scope) and lexicon.senses(office):
        return f"{scope_renderings(scope)[0]} {lexicon.senses(office)[0]}"
    if scope and rank_renderings(office) and lexicon.senses(scope):  # "müdür yardımcısı": deputy director
        return f"{rank_renderings(office)[0]} {lexicon.senses(scope)[0]}"
    if scope and rank_renderings(scope) and lexicon.senses(office):  # "yardımcı antrenör": the rank before the office
        return f"{rank_renderings(scope)[-1]} {lexicon.senses(office)[0]}"
    return said


def _overlap(span, start: int, end: int) -> bool:
    return span is not None and span.start < end and start < span.end


def _listed_title_findings(context: CheckContext, view: BeadView):
    """Findings of the titles the lexicon lists (and the English titles naming a field) in one pair."""
    english_titles = _title_tokens(view.trans_tokens)
    if not english_titles:
        return
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
        (first, last, key, senses,
         _rendered(senses + _head_word_senses(lexicon, key) + _system_senses(view, key) + _ranked_senses(lexicon, key),
                   by_lemma, lexicon, key))
        for first, last, key, senses in _title_phrases(context, view)
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


# The general path (basis "named"): the office the original gives a named person against the office the English
# gives the same person. A Turkish title is a word (or lexicon phrase) right before a name whose first renderings
# are a WordNet kind of leader or official ("kaptan": captain, "büyükelçi": ambassador, "başkan": president); the
# English office is a noun WordNet files under person, in the few words around the same name.
_OFFICE_KINDS = ("leader", "official")
_OFFICE_SENSES = 2
_NAME_WORDS = 3
_ENGLISH_BEFORE = 4
_ENGLISH_AFTER = 6
# The Turkish words that make an office a deputy's ("Bakan Yardımcısı", "Başkanvekili").
DEPUTY_WORDS = ("yardımcı", "vekil")
# English words (or word starts) that keep a deputy's rank: "deputy", "vice-chair", "assistant", "acting",
# "undersecretary", "associate".
_HELD_AS_DEPUTY = ("deputy", "vice", "assistant", "acting", "under", "associate")
# English person nouns that say nothing of an office: everyone is one (and every office holder is a leader or an
# official: "the province's top official").
_ANYONE = frozenset("person people man woman men women someone individual citizen resident".split())


def _fold_accents(word: str) -> str:
    return "".join(letter for letter in unicodedata.normalize("NFKD", word) if not unicodedata.combining(letter))


@functools.lru_cache(maxsize=16384)
def _is_office_sense(sense: str) -> bool:
    """A rendering that names an office: a title word heads it, or WordNet files it under leader or official."""
    from drift.lexicon.thesaurus import load_thesaurus

    thesaurus = load_thesaurus()
    return _is_title_sense(sense) or any(thesaurus.is_kind_of(sense, kind) for kind in _OFFICE_KINDS)


def _office_lemma(context: CheckContext, token: Token) -> str | None:
    """The lemma of a Turkish word that names an office (its first renderings name offices)."""
    lexicon = context.resources.lexicon
    lemma = _first_lemma(lexicon, token)
    return lemma if _names_office(lexicon, lemma) else None


@functools.lru_cache(maxsize=16384)
def _names_office(lexicon, lemma: str) -> bool:
    senses = lexicon.senses(lemma)[:_OFFICE_SENSES]
    # Both first renderings: one alone may be a far reading ("eş": model, example).
    return bool(senses) and not _institution_of_office(lexicon, lemma) and all(map(_is_office_sense, senses))


def _deputy_word(token: Token) -> bool:
    return any(part in fold_key(token.stem) for part in DEPUTY_WORDS)


def _named_titles(context: CheckContext, view: BeadView):
    """Turkish titles right before a name: (title's first token, the office's first token, the title's last token,
    office key, the office's senses, deputy, name tokens, academic title's renderings).

    An academic title between the office and the name belongs to the person ("Enstitü Müdürü Doç. Dr. Ayşe
    Tan"); one alone before the name ("Prof. Dr. Ayşe Tan") is a title with no office (key "", no senses)."""
    tokens = view.orig_tokens
    text = context.alignment.orig.text
    links = context.links[view.index]
    lexicon = context.resources.lexicon
    english_names = {name_key(token.stem, Language.ENGLISH) for token in view.trans_tokens if token.is_capitalized}
    phrase_ends = {}
    inside = set()
    for phrase in links.phrases:  # "genel sekreter", "teknik direktör": the phrase is the office
        if phrase.senses and all(_is_office_sense(sense) for sense in phrase.senses[:_OFFICE_SENSES]):
            phrase_ends[phrase.orig_tokens[-1].position] = phrase
            inside.update(token.position for token in phrase.orig_tokens[:-1])

    def office_word(word: Token) -> bool:  # a title word the English does not keep as a name
        office = bool(_office_lemma(context, word)) or bool(head_compound(word.stem, lexicon)[0])
        return office and name_key(word.stem, Language.TURKISH) not in english_names

    def name_after(before: Token, index: int, abbreviation: bool = False) -> tuple[Token, ...]:
        """The name starting at tokens[index], right after `before` (after a dot when that is an abbreviation)."""
        following = tokens[index] if index < len(tokens) else None
        between = text[before.end:following.start] if following is not None else ""
        if (following is None or (between.lstrip(".") if abbreviation else between) != " " or before.suffix
                or not looks_like_name(following) or office_word(following) or _deputy_word(following)):
            return ()
        name = [following]
        while len(name) < _NAME_WORDS and name[-1].position + 1 < len(tokens):
            after = tokens[name[-1].position + 1]
            if after.start != name[-1].end + 1 or not looks_like_name(after) or office_word(after):
                break
            name.append(after)
        return tuple(name)

    consumed = set()
    for index, token in enumerate(tokens[:-1]):
        if index in inside or index in consumed:
            continue
        end, academic = academic_title(tokens, index, text)
        if academic:  # "Prof. Dr. Ayşe Tan": a rank, no office
            consumed.update(range(index, end))
            name = name_after(tokens[end - 1], end, abbreviation=True)
            if name:
                yield token, token, tokens[end - 1], "", frozenset(), False, name, academic
            continue
        phrase = phrase_ends.get(index)
        office = token
        if phrase is not None:
            key, senses, office = phrase.key, set(phrase.senses), phrase.orig_tokens[0]
        else:
            key = _office_lemma(context, token)
            compound, headed = head_compound(token.stem, lexicon) if key is None else ("", ())
            if compound:  # "Başantrenörü": the head of the coaches, a head coach
                key = compound
            if key is None or name_key(token.stem, Language.TURKISH) in english_names:
                continue  # a word the English keeps as it is is a name ("Ece": queen, a given name)
            senses = set(headed or lexicon.senses(key))
        last, deputy = token, _deputy_word(token)
        following = tokens[index + 1]
        if _deputy_word(following) and following.start == token.end + 1:
            last, deputy = following, True  # "Bakan Yardımcısı": the office held as a deputy
        previous = tokens[index - 1] if index else None
        if previous is not None and previous.end + 1 == token.start and not previous.suffix \
                and rank_renderings(previous) and office is token:
            office, deputy = previous, True  # "yardımcı antrenör": the rank written before the office
        end, academic = academic_title(tokens, last.position + 1, text)
        if academic and tokens[last.position + 1].start == last.end + 1:
            consumed.update(range(last.position + 1, end))  # "Müdürü Doç. Dr.": the holder's academic title
            name = name_after(tokens[end - 1], end, abbreviation=True)
        else:
            academic = ()
            name = name_after(last, last.position + 1)
        if not name:
            continue
        start, _ = _turkish_title(view, office if office.position < token.position else token)
        senses.update(_system_senses(view, key))  # a central bank's başkan is its governor
        yield start, office, last, key, frozenset(senses), deputy, name, academic


def _english_window(context: CheckContext, view: BeadView, name: tuple[Token, ...]) -> list[Token]:
    """The English words that may give the named person's office: up to a few words before the English spelling of
    the name, and an apposition after it ("Rui Carvalho, Portugal's cultural attaché"), the name left out."""
    keys = {name_key(token.stem, Language.TURKISH) for token in name}
    found = [token for token in view.trans_tokens if name_key(token.stem, Language.ENGLISH) in keys]
    if not found:
        return []
    first, last = found[0].position, found[-1].position
    if last - first > len(name):
        last = first + len(name) - 1  # the name again later in the bead is another mention
    tokens = view.trans_tokens
    text = context.alignment.trans.text
    before = [token for token in tokens[max(0, first - _ENGLISH_BEFORE):first]]
    after = []
    if text[tokens[last].end:tokens[last].end + 1] == ",":
        for token in tokens[last + 1:last + 1 + _ENGLISH_AFTER]:
            after.append(token)
            if text[token.end:token.end + 1] in (",", "."):
                break
    return before + after


def _person_nouns(view: BeadView, window: list[Token], lexicon) -> list[tuple[Token, Token, str]]:
    """Nouns of people in the window: (first token, last token, WordNet word); two-word offices WordNet knows
    ("secretary general") and nouns in a row ("Head coach": a coach) are one."""
    from drift.lexicon.lemma import english_lemma
    from drift.lexicon.thesaurus import load_thesaurus

    thesaurus = load_thesaurus()
    found = []
    used = set()
    positions = {token.position for token in window}
    for token in window:
        nxt = view.trans_tokens[token.position + 1] if token.position + 1 < len(view.trans_tokens) else None
        if nxt is not None and nxt.position in positions:
            pair = f"{_fold_accents(token.stem.lower())} {_fold_accents(nxt.stem.lower())}"
            if _office_noun(thesaurus, pair):
                found.append((token, nxt, pair))
                used.update((token.position, nxt.position))
    for token in window:
        # "secretary-general" is WordNet's "secretary general".
        word = _fold_accents(english_lemma(token.stem.lower(), lexicon)).replace("-", " ")
        if token.position in used or word in _ANYONE or word in _OFFICE_KINDS or word in RANK_WORDS or len(word) < 2:
            continue
        if _office_noun(thesaurus, word) and not english_place_entities((token,)):
            found.append((token, token, word))
    joined: list[tuple[Token, Token, str]] = []
    for first, last, word in sorted(found, key=lambda item: item[0].position):
        if joined and joined[-1][1].position + 1 == first.position:
            first = joined.pop()[0]  # "Head coach": the last noun is the office, the first says its rank
        joined.append((first, last, word))
    return joined


@functools.lru_cache(maxsize=16384)
def _office_noun(thesaurus, word: str) -> bool:
    """A noun of a person that may name a role: mostly a noun ("have" is a verb first, "provincial" an adjective
    as often), no native of a place."""
    kinds = [thesaurus.pos[synset] for synset in thesaurus.synsets(word)]
    return (kinds.count("n") > len(kinds) / 2 and thesaurus.is_kind_of(word, "person")
            and not thesaurus.is_kind_of(word, "inhabitant"))


def _explains(thesaurus, senses: frozenset[str], word: str, whole: bool = False) -> bool:
    """True when an office word (or its head: "police chief", "secretary general") renders one of the senses: one
    of them, a word of one, a WordNet synonym of one ("chief" and "head" share a synset), or a more general word
    ("diplomat" for a minister or an ambassador). A more specific or a sibling office is not: every secretary of
    state is a head of something, and a consul is no ambassador."""
    heads = [part for part in word.split() if part not in RANK_WORDS] or word.split()
    forms = dict.fromkeys((word, heads[-1]))  # "secretary general" is a secretary
    if whole and " " in word and heads[-1] not in TITLE_WORDS and thesaurus.synsets(word, "n"):
        # Against a title the lexicon renders whole, an office WordNet knows whole, whose head is no title word, is
        # read whole: a chief executive is an executive, as a chairman of the board is, but not that chairman.
        # ("Foreign Minister" is still a minister.)
        forms = dict.fromkeys((word,))
    return any(form == sense or form in sense.replace("-", " ").split() or thesaurus.are_synonyms(form, sense)
               or thesaurus.is_kind_of(sense, form) for sense in senses for form in forms)


def _rank_changed(view: BeadView, window: list[Token], academic: tuple[str, ...],
                  office=lambda word: False) -> tuple[Token, Token] | None:
    """The English words (first, last) of a rank in the window that is none of the original's ranks, or None.

    Academic ranks are compared with academic ones, military grades with grades. A rank is read with the words
    before it ("Associate Professor", "Assoc. Prof.", "Lieutenant General"), so "Professor" alone is a full professor,
    and a word that a longer rank goes on from ("Lieutenant" of "Lieutenant Colonel") is read in that rank. A degree
    ("Dr.") beside the rank is no rank, nor a word that `office` says the original names otherwise ("Commander"
    for "Komutanı" before "Binbaşı")."""
    family = academic_ranks() if set(academic) & academic_ranks() else grade_ranks()
    ranks = set(academic) & family
    if not ranks:
        return None
    tokens = view.trans_tokens
    positions = {token.position for token in window}

    def said_at(position: int) -> str:
        return english_rank([item.stem for item in tokens[max(0, position - 2):position + 1]], family)

    for token in window:
        said = said_at(token.position)
        following = token.position + 1
        if following in positions and len(said_at(following).split()) > 1 and said_at(following) != said:
            continue  # "Lieutenant" read on as "Lieutenant Colonel"
        if said and said not in ranks and not office(said):
            return tokens[token.position - len(said.split()) + 1], token
    return None


def _dropped_scope(context: CheckContext, view: BeadView, start: Token, office: Token) -> str:
    """The scope word of a title ("Şube": branch, "İl": provincial) that the English sentence renders nowhere, nor
    the place the title names for it ("Eskişehir Şube Başkanı": neither "branch" nor "Eskişehir"), or ""."""
    from drift.lexicon.lemma import english_lemma

    title = view.orig_tokens[start.position:office.position]
    scopes = [token for token in title if scope_renderings(token)]
    if not scopes:
        return ""
    lexicon = context.resources.lexicon
    english = {english_lemma(token.stem.lower(), lexicon) for token in view.trans_tokens} | {
        token.stem.lower() for token in view.trans_tokens}
    names = {name_key(token.stem, Language.ENGLISH) for token in view.trans_tokens if token.is_capitalized}
    places = [token for token in title if _place_word(token)]
    if any(name_key(token.stem, Language.TURKISH) in names for token in places):
        return ""  # "the association's Ankara head": the seat says which part
    for token in scopes:
        if not english & set(scope_renderings(token)):
            return fold_key(token.stem)
    return ""


def _named_elsewhere(lexicon, view: BeadView, word: str, title_span: range) -> bool:
    """True when a word of the original outside the title says the English office ("Valisi": governor)."""
    from drift.lexicon.lemma import turkish_lemmas

    return any(word in lexicon.senses(other)[:20] or any(word in sense.split() for sense in lexicon.senses(other)[:20])
               for orig in view.orig_tokens if orig.position not in title_span
               for other in turkish_lemmas(orig.text, lexicon)[:2])


@per_text  # a bead's reading, kept on its view for a pair checked again
def named_office_swaps(context: CheckContext, view: BeadView):
    """Named people whose English office differs from the original's: (start, office token, lemma, English first,
    English last, what differs)."""
    from drift.lexicon.lemma import turkish_lemmas
    from drift.lexicon.thesaurus import load_thesaurus

    lexicon = context.resources.lexicon
    titles = list(_named_titles(context, view))
    if not titles:
        return
    thesaurus = load_thesaurus()
    for start, office, token, lemma, senses, deputy, name, academic in titles:
        window = _english_window(context, view, name)
        if not window:
            continue
        nouns = _person_nouns(view, window, lexicon)
        changed = _rank_changed(view, window, academic, lambda word: any(
            word == sense or word in sense.split() for sense in senses) or _named_elsewhere(
            lexicon, view, word, range(start.position, name[0].position))) if academic else None
        if changed is not None:  # "Professor" for "Doç.": the English gives the person another rank
            first_word = start if not lemma else view.orig_tokens[token.position + 1]
            end, _ = academic_title(view.orig_tokens, first_word.position, context.alignment.orig.text)
            said = context.alignment.trans.text[changed[0].start:changed[1].end]
            yield first_word, view.orig_tokens[end - 1], "", changed[0], changed[1], \
                f"“{said}” is another rank than the original's ({academic[0]})"
            continue
        if academic:  # "Associate Professor" renders the academic title, which heads nothing
            kept = [noun for noun in nouns if not _explains(thesaurus, frozenset(academic), noun[2])]
            said = {item.position for first, last, _ in nouns if (first, last) not in {n[:2] for n in kept}
                    for item in view.trans_tokens[first.position:last.position + 1]}
            window = [item for item in window if item.position not in said]
            nouns = kept
        if not lemma:
            # An academic title alone: an office the English gives the person ("dean", "rector") is one the
            # original does not, unless another word of the original names it.
            # Written as a noun ("dean", "deans"), not a verb read as one ("curated", "heading").
            offices = [(first, last, word) for first, last, word in nouns if _is_office_sense(word)
                       and _fold_accents(last.text.lower()) in (word.split()[-1], word.split()[-1] + "s")
                       and not _named_elsewhere(lexicon, view, word, range(start.position, token.position + 1))]
            if offices:
                first, last, word = offices[0]
                yield start, token, lemma, first, last, f"“{word}”: an office the original does not give"
            continue
        title_span = range(office.position, token.position + 1)
        # The title's own words name its field or body ("Yazı İşleri Müdürü": managing editor).
        run = range(start.position, token.position + 1)
        # A title the lexicon renders as a whole ("yönetim kurulu başkanı": chairman of the board) is that office:
        # its own words say only which body it heads, so they explain an English noun by their renderings' heads
        # ("board", not the "executive" of "executive board"), and its office word's other senses ("president",
        # "chief") are not read at all: the chief executive heads the company, not its board.
        whole = " " in lemma
        widened = {sense for orig in view.orig_tokens[start.position:token.position + 1]
                   if not (whole and office.position <= orig.position <= token.position and orig is token)
                   for other in turkish_lemmas(orig.text, lexicon)[:1] for sense in lexicon.senses(other)} | {
            sense for phrase in context.links[view.index].phrases if phrase.orig_tokens[0].position in run
            for sense in phrase.senses}
        senses = senses | ({_head(sense) for sense in widened} if whole else widened)
        explained = [noun for noun in nouns if _explains(thesaurus, senses, noun[2], whole)]
        if explained and not any(_is_office_sense(noun[2]) for noun in explained) and any(
                _is_office_sense(noun[2]) for noun in nouns if noun not in explained):
            # The title's words explain only a member of its body ("growers" of Fındık Üreticileri Birliği),
            # not the office the English gives ("secretary-general"): that office is read below.
            nouns = [noun for noun in nouns if noun not in explained]
            explained = []
        if explained:
            # The office among the nouns the title explains ("manager", not the "company" of "Şirketin").
            first, last, _ = next((noun for noun in explained if _is_office_sense(noun[2])), explained[0])
            scope = _dropped_scope(context, view, start, office)
            if scope:  # "Eskişehir Şube Başkanı" as the association's president
                yield start, token, f"{scope} {lemma}", first, last, \
                    f"the original's office heads one {scope} of its body; the English drops it"
                continue
            ranks = [item for item in window if item.stem.lower() in ("deputy", "vice", "assistant", "acting")]
            if ranks and not deputy and not any(_explains(thesaurus, senses, item.stem.lower()) for item in ranks):
                yield start, token, lemma, ranks[0], ranks[0], "a deputy's rank the original does not give"
            elif (token is not office or _deputy_senses(lexicon, token)) and deputy and not any(
                    part.startswith(_HELD_AS_DEPUTY) for item in view.trans_tokens
                    for part in re.split(r"[-‐]", item.stem.lower())):
                # "Müdür Yardımcısı" as the school's principal: the deputy made the holder of the office. A rank
                # anywhere in the English sentence may belong to a long title ("Deputy Energy and Natural
                # Resources Minister"), and "milletvekili" holds no one's office as a deputy.
                rank = fold_key(token.stem) if token is not office and fold_key(token.stem) not in lemma else ""
                if rank_renderings(office) and office is not token:  # the rank before the office: "yardımcı antrenör"
                    rank, lemma = "", f"{fold_key(office.stem)} {lemma}"
                yield start, token, f"{lemma} {rank}".strip(), first, last, \
                    "the original's title is a deputy's; the English drops the rank"
            continue

        offices = [(first, last, word) for first, last, word in nouns
                   if not _named_elsewhere(lexicon, view, word, title_span)]
        if offices:
            first, last, word = offices[0]
            yield start, token, lemma, first, last, f"“{word}” renders none of {lemma}'s senses"


# The qualified office (basis "qualifier"): "eski", "önceki", "emekli" or "fahri" right before an office says its
# holder left it or holds it in name only (title_parts.tsv, kind qualifier). Words the qualifier may be followed by
# before its office ("eski Dışişleri Bakanı").
_QUALIFIED_WORDS = 3
# English words that say, just before the office, that it was held once ("who was the club's coach", "then mayor",
# "who chaired the union until 2020"): a qualifier of time (eski, önceki, sabık, emekli) is rendered by them.
_PAST_CUES = frozenset("was were had then until".split())
_PAST_WINDOW = 4


def _qualified_offices(context: CheckContext, view: BeadView):
    """The original's offices with a qualifier before them: (qualifier token, office token, office key, the
    qualifier's English renderings)."""
    tokens, text = view.orig_tokens, context.alignment.orig.text
    for token in tokens[:-1]:
        renderings = qualifier_renderings(token, context.resources.lexicon) if not token.suffix else ()
        if not renderings:
            continue
        previous = token
        for following in tokens[token.position + 1:token.position + 1 + _QUALIFIED_WORDS]:
            if text[previous.end:following.start] != " " or previous.suffix:
                break  # a comma, a quote or an ending closes the title ("eski'nin", "eski, yeni")
            key = _office_lemma(context, following)
            if key:
                yield token, following, key, renderings
                break
            previous = following


def _english_offices(context: CheckContext, view: BeadView, key: str) -> list[Token]:
    """English words that give an office: a title word or the head of one of the office's renderings, read by lemma
    ("chairs": chair, "ex-governor": governor)."""
    from drift.lexicon.lemma import english_lemma

    lexicon = context.resources.lexicon
    heads = TITLE_WORDS | {_head(sense) for sense in lexicon.senses(key)[:MAX_OFFICE_RENDERINGS]}
    offices = []
    for token in view.trans_tokens:
        parts = [part for part in token.stem.lower().split("-") if part]
        if any(part in heads or english_lemma(part, lexicon) in heads for part in parts):
            offices.append(token)
    return offices


def _qualifier_kept(view: BeadView, office: Token, renderings: tuple[str, ...]) -> bool:
    """Whether the English bead says the qualifier: one of its renderings anywhere ("former", "ex-", "honorary"), or,
    for a qualifier of time, a past tense or "then" in the few words before the office ("who was the club's coach")."""
    words = {part for token in view.trans_tokens for part in token.stem.lower().split("-") if part}
    if words & set(renderings):
        return True
    before = view.trans_tokens[max(0, office.position - _PAST_WINDOW):office.position]
    return "former" in renderings and any(token.stem.lower() in _PAST_CUES for token in before)


def _qualifier_findings(context: CheckContext, view: BeadView):
    """Offices the original qualifies ("Derneğin eski başkanı": its former chair; "fahri başkan": honorary
    president) that the English gives as held outright: it renders the office but not the qualifier. An English
    sentence with no office word leaves the title to the omission checks."""
    orig_text, trans_text = context.alignment.orig.text, context.alignment.trans.text
    lexicon = context.resources.lexicon
    for qualifier, office, key, renderings in _qualified_offices(context, view):
        english = _english_offices(context, view, key)
        if not english:
            continue
        share = office.position / max(len(view.orig_tokens), 1)
        nearest = min(english, key=lambda token: abs(token.position / max(len(view.trans_tokens), 1) - share))
        if _qualifier_kept(view, nearest, renderings):
            continue
        said = orig_text[qualifier.start:office.end]
        senses = lexicon.senses(key)
        expected = f"{renderings[0]} {senses[0] if senses else key}"
        yield make_finding(
            wrong_title, view,
            message=f"The original's title here is “{said}” ({expected}); the English gives the office "
                    f"“{trans_text[nearest.start:nearest.end]}” without “{renderings[0]}”.",
            trans=context.trans_span(nearest.start, nearest.end),
            orig=context.orig_span(qualifier.start, office.end),
            basis="qualifier",
            expected=expected,
            evidence=f"{fold_key(qualifier.stem)} → {', '.join(renderings[:4])}; the English sentence says none of "
                     "these",
        )


# The qualifier added (basis "added-qualifier"): the English puts a qualifier before an office the original gives
# plainly ("Kayseri Valisi" / "the former governor of Kayseri", "genel sekreteri" / "deputy secretary general"), making
# a serving holder a past, honorary, interim or deputy one. English qualifiers by the family of Turkish words that
# say them (title_parts.tsv: kinds qualifier and rank, and the lexicon's one-word renderings of the English word).
_ADDED_QUALIFIERS = {
    "former": "time", "ex": "time", "erstwhile": "time", "onetime": "time", "one-time": "time", "retired": "time",
    "outgoing": "time", "honorary": "honour", "emeritus": "honour", "acting": "interim", "interim": "interim",
    "caretaker": "interim", "deputy": "rank", "assistant": "rank", "vice": "rank",
}
# Turkish word starts that say an office was held before, so that "former" may render them: before, term, used
# to, retired, left, resigned, quit ("daha önce", "o dönem", "eskiden", "görevinden ayrılan", "istifa eden").
_PAST_OFFICE_CUES = ("önce", "dönem", "eskiden", "emekli", "ayrıl", "istifa", "bırak", "evvel", "geçmiş", "sabık")
# A past copula or a reported past on the office word itself ("genel sekreteriydi": was the secretary general).
_PAST_COPULA = re.compile(r"(y?d[ıiuü]|y?t[ıiuü]|y?m[ıiuü]ş)$")
# Words between the English qualifier and its office ("honorary technical director", "deputy secretary general").
_QUALIFIER_GAP = 2


def _qualifier_said(context: CheckContext, view: BeadView, word: str, office: Token) -> bool:
    """Whether the original's sentence says the English qualifier `word` one way or another."""
    from drift.lexicon.lemma import turkish_lemmas

    lexicon = context.resources.lexicon
    family = _ADDED_QUALIFIERS[word]
    renderings = {key for key in lexicon.turkish_for(word)[:MAX_OFFICE_RENDERINGS] if " " not in key}
    for token in view.orig_tokens:
        folded = fold_key(token.stem)
        if word in qualifier_renderings(token.stem, lexicon) or word in rank_renderings(token):
            return True
        if family in ("rank", "interim") and (_deputy_word(token) or qualifier_renderings(token.stem) and family == "interim"):
            return True
        if renderings & {folded, *turkish_lemmas(token.stem, lexicon)[:2]}:
            return True
        if family == "time" and (folded.startswith(_PAST_OFFICE_CUES) or qualifier_renderings(token.stem)):
            return True
    return family == "time" and bool(_PAST_COPULA.search(fold_key(office.stem)))


def _added_qualifier_findings(context: CheckContext, view: BeadView):
    """Offices the original gives plainly that the English gives with a qualifier the original's sentence does not
    say in any way: "former", "ex-", "honorary", "acting", "interim", "deputy", "vice", "assistant" right before the
    English office (or a few words before it: "deputy secretary general")."""
    orig_text, trans_text = context.alignment.orig.text, context.alignment.trans.text
    lexicon = context.resources.lexicon
    tokens = view.trans_tokens
    reported: set[int] = set()
    offices = [(office, _office_lemma(context, office)) for office in view.orig_tokens]
    # A title the lexicon has as a phrase ("genel sekreter": secretary general), its last word no office alone.
    offices += [(phrase.orig_tokens[-1], phrase.key) for phrase in context.links[view.index].phrases
                if not phrase.key.endswith(("mak", "mek")) and any(map(_is_title_sense, phrase.senses[:2]))]
    for office, key in offices:
        if not key:
            continue
        senses = lexicon.senses(key)[:MAX_OFFICE_RENDERINGS]
        for english in _english_offices(context, view, key):
            parts = [part for part in english.stem.lower().split("-") if part]
            found = None
            if len(parts) > 1 and parts[0] in _ADDED_QUALIFIERS:
                found = (english, parts[0])  # "ex-governor", "vice-chairman"
            else:
                for before in reversed(tokens[max(0, english.position - _QUALIFIER_GAP - 1):english.position]):
                    word = before.stem.lower()
                    if trans_text[before.end:tokens[before.position + 1].start].strip() or before.suffix:
                        break  # a comma or a possessive closes the title
                    if word in _ADDED_QUALIFIERS:
                        found = (before, word)
                        break
                    if not word.isalpha() or is_stopword(word, Language.ENGLISH):
                        break
            if found is None or found[0].start in reported:
                continue
            start, word = found
            if any(word in sense.replace("-", " ").split() for sense in senses):
                continue  # the office's own rendering has the word ("vice-chancellor", "deputy" for vekil)
            if _qualifier_said(context, view, word, office):
                continue
            reported.add(start.start)
            said = orig_text[office.start:office.end]
            yield make_finding(
                wrong_title, view,
                message=f"The original's title here is “{said}” ({senses[0] if senses else key}), held outright; "
                        f"the English makes it “{trans_text[start.start:english.end]}”.",
                trans=context.trans_span(start.start, english.end),
                orig=context.orig_span(office.start, office.end),
                basis="added-qualifier",
                expected=senses[0] if senses else key,
                evidence=f"“{word}” is said by no word of the original's sentence ({key} → "
                         f"{', '.join(senses[:3])})",
            )
