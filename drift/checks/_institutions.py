"""Named institutions and landmarks of a pair, and the English ones put for different ones.

Used by the name-substitution check (D109): "Dokuz Eylül University" where
the original names "Ege Üniversitesi" is another university, which no
gazetteer lists. The kind of place comes from the head noun ("Üniversitesi":
university, "Müzesi": museum), read through the lexicon; the name is the
capitalised words before it. Organisations named in English words ("Turkish
Chamber of Architects" where the original names "Türkiye Ormancılar Derneği")
are read by organisation_substitutions.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from drift.checks._names import is_english_word, is_translation, is_turkish_word, pair_views
from drift.checks.context import BeadView, CheckContext, per_run, per_text
from drift.model import Language
from drift.text.fold import fold_ascii, fold_case
from drift.text.stopwords import is_stopword
from drift.text.tokens import Token

# English head nouns of named institutions and landmarks.
INSTITUTION_WORDS = frozenset(
    "university museum hospital airport stadium library institute academy theatre theater gallery "
    "mosque bridge palace".split())
# English nouns of places and works that bear a proper name, as a Turkish name's own capitalised noun renders them
# ("Kuzgunlu Barajı": dam, "Sarı Taş Tepesi": hill, "Ardıçlı Çayı": brook): the words before such a noun are a name,
# even when they are Turkish words ("tahtalı": wooden), since Turkish capitalises a description's noun only in a name.
LANDMARK_HEADS = INSTITUTION_WORDS | frozenset(
    "dam reservoir pond lake river stream brook creek spring waterfall sea gulf bay strait canal harbour harbor port "
    "mountain mountains mount hill hills peak range mound tumulus plateau valley canyon gorge cave plain forest "
    "island peninsula cape beach castle fortress tower tunnel square park".split())
# Words inside a Turkish or English name that are no part of what tells one institution from another.
_CONNECTORS = frozenset({"ve", "and", "of", "the"})
MAX_NAME_WORDS = 3
# How many of a Turkish head noun's renderings may give its kind ("okul": school, schoolhouse, institute).
MAX_HEAD_SENSES = 3


@dataclass(frozen=True)
class Institution:
    """A name and the noun it names in one language's text (an institution, a landmark, a station, a river): the
    name's tokens and the head noun's token."""

    name: tuple[Token, ...]
    head: Token

    @property
    def first(self) -> Token:
        return min((*self.name, self.head), key=lambda token: token.position)

    @property
    def last(self) -> Token:
        return max((*self.name, self.head), key=lambda token: token.position)


@dataclass(frozen=True)
class InstitutionSubstitution:
    """An English institution put for a different one of the original, of the same kind."""

    view: BeadView
    english: Institution
    turkish: Institution
    kind: str


def _capitalised_before(tokens: tuple[Token, ...], head: Token) -> tuple[Token, ...]:
    """The adjacent capitalised words before a head, without an apostrophe ending, at most MAX_NAME_WORDS."""
    name: list[Token] = []
    position = head.position
    while position > 0 and len(name) < MAX_NAME_WORDS:
        before = tokens[position - 1]
        after = tokens[position]
        if before.end + 1 != after.start or before.suffix or not before.stem[:1].isupper() or before.stem.isupper():
            break
        name.insert(0, before)
        position -= 1
    return tuple(token for token in name if token.stem.lower() not in _CONNECTORS)


def _turkish_kind(context: CheckContext, token: Token) -> frozenset[str]:
    from drift.lexicon.lemma import turkish_lemmas

    lexicon = context.resources.lexicon
    return frozenset(sense for lemma in turkish_lemmas(token.stem, lexicon)[:1]
                     for sense in lexicon.senses(lemma)[:MAX_HEAD_SENSES] if sense in INSTITUTION_WORDS)


def turkish_institutions(context: CheckContext, view: BeadView) -> list[tuple[Institution, frozenset[str]]]:
    """Capitalised Turkish names ending in an institution's head noun ("Ege Üniversitesi"), with their kinds."""
    found = []
    for token in view.orig_tokens:
        if not token.stem[:1].isupper() or not (kinds := _turkish_kind(context, token)):
            continue
        name = _capitalised_before(view.orig_tokens, token)
        if name:
            found.append((Institution(name, token), kinds))
    return found


def english_institutions(view: BeadView) -> list[tuple[Institution, str]]:
    """Capitalised English names with an institution's head noun: "Dokuz Eylül University", "University of X"."""
    tokens = view.trans_tokens
    found = []
    for token in tokens:
        kind = token.stem.lower()
        if kind not in INSTITUTION_WORDS or not token.stem[:1].isupper() or token.suffix not in ("", "s"):
            continue
        name = _capitalised_before(tokens, token)
        if not name and token.position + 2 < len(tokens) and tokens[token.position + 1].stem == "of":
            after = tokens[token.position + 2:token.position + 2 + MAX_NAME_WORDS]
            run = []
            for word in after:
                if not word.stem[:1].isupper() or (run and run[-1].end + 1 != word.start):
                    break
                run.append(word)
                if word.suffix:
                    break
            name = tuple(run)
        if name:
            found.append((Institution(name, token), kind))
    return found


def _own_words(institution: Institution) -> tuple[Token, ...]:
    """The words of a Turkish institution's name that tell it from others of its town: not the town's name
    ("Kocaeli Derince Devlet Hastanesi": the English keeps Kocaeli for any hospital there)."""
    from drift.checks._substitution import place_entities

    return tuple(token for token in institution.name if not place_entities(token.stem, turkish=True)) or institution.name


def institution_substitutions(context: CheckContext, close) -> tuple[InstitutionSubstitution, ...]:
    """English institutions whose name is foreign to the original, where the original names another of the kind.

    `close(turkish, english)` says when two words are one name spelt two ways.
    The English name's words must all be names, not English words ("National
    Museum" may translate the original's words), and none may be spelt or
    translated by a capitalised word of the whole original; an institution noun
    inside the name ("Yahya Kemal University Hospital") only tells its kind.
    The original's institution of the same kind in the same sentence must be
    rendered there by none of its own name words, a town's name not counted
    ("Kocaeli Derince Devlet Hastanesi": any hospital there may be Kocaeli's).
    """
    turkish_words = [token.stem for view in context.beads for token in view.orig_tokens if token.stem[:1].isupper()]
    found = []
    for view in pair_views(context):
        english = english_institutions(view)
        if not english:
            continue
        turkish = turkish_institutions(context, view)
        trans_words = [token.stem for token in view.trans_tokens if token.stem[:1].isupper()]
        for institution, kind in english:
            # Another institution's head noun inside the name ("Yahya Kemal University Hospital") tells the
            # kind, not which one; the other words must all be names.
            words = [token.stem for token in institution.name if token.stem.lower() not in INSTITUTION_WORDS]
            if not words or any(is_english_word(context, word) for word in words):
                continue
            if any(close(turkish_word, word) or is_translation(context, fold_case(turkish_word, turkish=True), word)
                   for turkish_word in turkish_words for word in words):
                continue
            replaced = [candidate for candidate, kinds in turkish if kind in kinds
                        and (own := _own_words(candidate)) is not None
                        and not any(close(token.stem, word) for token in own for word in trans_words)
                        and not any(is_translation(context, fold_case(token.stem, turkish=True), word)
                                    for token in own for word in trans_words)]
            if replaced:
                found.append(InstitutionSubstitution(view, institution, replaced[0], kind))
    return tuple(found)


# Words that may join the capitalised words of an English organisation's name: "Confederation of Turkish Trade
# Unions", "Ministry of Culture and Tourism".
_NAME_JOINERS = frozenset({"of", "and", "for", "the", "on"})
# Most capitalised words an English organisation's name is read over.
_MAX_ORGANISATION_WORDS = 7
# English head words of an organisation's name: a run of capitalised words without one is a title ("Assistant
# Professor") or a phrase, not a body.
ORGANISATION_WORDS = frozenset(
    "association associations union unions confederation federation forces force army navy ministry council society "
    "foundation agency directorate chamber chambers party club committee commission board authority institute "
    "institution organisation organization crescent cross bank court assembly league trust service services office "
    "administration corporation company works exchange command guard police fund centre center academy syndicate "
    "cooperative alliance movement bureau department secretariat presidency inspectorate".split())
# How many of a Turkish word's first senses may say it names a body ("birlik": unit, troops, union).
_ORGANISATION_SENSES = 4
# Letters two words of one family share at the start ("medical", "medico"; "statistical", "statistics").
_STEM = 5


@dataclass(frozen=True)
class OrganisationSubstitution:
    """An English organisation named in words of English, none of which renders the original's sentence, where
    the original names one whose own words the English sentence renders nowhere."""

    view: BeadView
    english: tuple[Token, ...]  # the English name's words, first to last
    turkish: tuple[Token, ...]  # the original's name, first to last
    unrendered: Token  # the word of the original's name that the English renders nowhere


@per_text  # the bead's own reading: kept on its view, so a bead met again is not read again
def _english_organisations(context: CheckContext, view: BeadView) -> list[tuple[Token, ...]]:
    """Runs of two or more capitalised English words ("Turkish Chamber of Architects"), joiners allowed between them."""
    tokens = view.trans_tokens
    text = context.alignment.trans.text
    runs, run = [], []
    for token in tokens:
        word = token.stem
        # Words joined by a space, or by a plural possessive's apostrophe ("Pharmacists' Association").
        joined = run and text[run[-1].end:token.start] in (" ", "' ", "’ ")
        if word[:1].isupper() and word.replace("-", "").isalpha() and not word.isupper() and word != "The" \
                and is_english_word(context, word) and (joined or not run):
            run.append(token)  # a possessive may stand inside a name ("Pharmacists' Association")
            continue
        if run and joined and word.lower() in _NAME_JOINERS and word.islower():
            run.append(token)
            continue
        runs.append(run)
        run = [token] if word[:1].isupper() and word != "The" and word.isalpha() and not word.isupper() \
            and is_english_word(context, word) else []
    runs.append(run)
    found = []
    for run in runs:
        while run and run[-1].stem.lower() in _NAME_JOINERS:
            run = run[:-1]
        capitalised = [token for token in run if token.stem[:1].isupper()]
        if 2 <= len(capitalised) <= _MAX_ORGANISATION_WORDS and any(
                token.stem.lower() in ORGANISATION_WORDS for token in capitalised):
            found.append(tuple(run))
    return found


@per_text  # the bead's own reading: kept on its view, so a bead met again is not read again
def _turkish_names(context: CheckContext, view: BeadView) -> list[tuple[Token, ...]]:
    """Runs of two or more adjacent capitalised Turkish words, not all capitals ("Türkiye Ormancılar Derneği",
    "Ormancılar Derneği Başkanı Sema Ak")."""
    tokens = view.orig_tokens
    text = context.alignment.orig.text
    runs, run = [], []
    for token in tokens:
        if token.stem[:1].isupper() and token.stem.replace("-", "").isalpha() and not token.stem.isupper() \
                and (not run or (text[run[-1].end:token.start] == " " and not run[-1].suffix)):
            run.append(token)
            continue
        runs.append(run)
        run = [token] if token.stem[:1].isupper() and token.stem.isalpha() and not token.stem.isupper() else []
    runs.append(run)
    return [tuple(run) for run in runs if len(run) >= 2]


def _organisation(lexicon, name: tuple[Token, ...]) -> bool:
    """Whether a run of Turkish name words names a body: one of its words means one ("Derneği": association,
    "Birliği": union, "Müdürlüğü": directorate), not a title and a person ("Genel Müdürü Ali Kaya")."""
    from drift.lexicon.lemma import turkish_lemmas

    for token in name:
        for lemma in turkish_lemmas(token.stem, lexicon)[:1]:
            if any(word in ORGANISATION_WORDS for sense in lexicon.senses(lemma)[:_ORGANISATION_SENSES]
                   for word in sense.split()):
                return True
            # An office with -lIk is its institution: müdürlük (directorate), başkanlık, komutanlık, valilik.
            if lemma.endswith(("lık", "lik", "luk", "lük")) and lexicon.senses(lemma[:-3]):
                return True
    return False


def _country_word(word: str) -> bool:
    """A country's or a people's name ("Turkish", "Turkey", "European"; "Dutch" from the demonym table)."""
    from drift.checks._substitution import demonym_places
    from drift.lexicon.gazetteer import load_gazetteer

    return any(place.level == "country" for place in load_gazetteer().lookup([word], turkish=False)) \
        or bool(demonym_places(word))


def _initials(name: tuple[Token, ...]) -> frozenset[str]:
    """The acronyms a run of Turkish name words may be known by: the initials of each stretch of two or more
    ("Orman Koruma Kurumu": OKK), folded without accents."""
    from drift.text.fold import fold_ascii

    letters = [fold_ascii(token.stem[:1], turkish=True).lower() for token in name]
    return frozenset("".join(letters[start:end]) for start in range(len(letters))
                     for end in range(start + 2, len(letters) + 1))


def organisation_substitutions(context: CheckContext) -> tuple[OrganisationSubstitution, ...]:
    """English organisations named in English words where the original names another organisation.

    The English name is two or more capitalised English words ("Turkish Chamber of Architects") whose words other than
    places and nationalities the word links (drift.link) tie to no word of the original's sentence, nor the
    lexicon to one, and no capitalised word of the original spells. The original's sentence has a name of two or
    more capitalised words with a dictionary word ("Ormancılar", "Diyanet") that the English sentence renders
    nowhere: no link, and none of its senses' words (places aside) in the English. A translator who keeps the
    organisation renders some of its words; one who names another renders none of them and adds words of its own.
    """
    from drift.checks._substitution import close_names, place_entities
    from drift.lexicon.lemma import english_lemma, turkish_lemmas
    from drift.text.stopwords import is_stopword
    from drift.model import Language

    lexicon = context.resources.lexicon
    capitalised = None
    orig_places: set[str] = set()
    found = []
    for view in pair_views(context):
        english = _english_organisations(context, view)
        if not english:
            continue
        links = context.links[view.index]
        linked_trans, linked_orig = links.linked_trans, links.linked_orig
        # Content words only: the particle "de" (also) is no form of demek (say, state).
        turkish_lemma_list = [lemma for token in view.orig_tokens
                              if not is_stopword(fold_case(token.stem, turkish=True), Language.TURKISH)
                              for lemma in turkish_lemmas(token.stem, lexicon)[:2]]
        english_places = frozenset().union(*(place_entities(token.stem, turkish=False)
                                             for token in view.trans_tokens if token.is_capitalized))
        trans_words = {token.stem.lower() for token in view.trans_tokens} | {
            english_lemma(token.stem.lower(), lexicon) for token in view.trans_tokens}

        # Word stems of everything the sentence's words may mean: "Medical" shares one with tabip's "medico".
        stems = {word[:_STEM] for turkish in turkish_lemma_list for sense in lexicon.senses(turkish)
                 for word in sense.split() if len(word) >= _STEM}

        def foreign(token: Token) -> bool:
            word = token.stem
            lemma = english_lemma(word.lower(), lexicon)
            return token.position not in linked_trans and word.lower()[:_STEM] not in stems and not any(
                is_translation(context, turkish, word) or is_translation(context, turkish, lemma)
                for turkish in turkish_lemma_list) and not any(close_names(other, word) for other in capitalised)

        def unrendered(token: Token) -> bool:
            if token.position in linked_orig or any(close_names(token.stem, other.stem)
                                                    for other in view.trans_tokens if other.is_capitalized):
                return False  # linked, or kept as a name ("Mercan" is also a word, coral)
            places = place_entities(token.stem, turkish=True)
            if places and (places & english_places or any(close_names(token.stem, other.stem)
                                                          for other in view.trans_tokens if other.is_capitalized)):
                return False  # a town's or country's name the English keeps (a word that also names a town)
            lemmas = turkish_lemmas(token.stem, lexicon)[:1]
            senses = [sense for lemma in lemmas for sense in lexicon.senses(lemma)]
            if not senses or len(lemmas[0]) < 3:
                return False  # a person's name, or a word the lexicon cannot read
            words = {word for sense in senses for word in sense.split()
                     if not is_stopword(word, Language.ENGLISH) and not place_entities(word.title(), turkish=False)}
            return not words & trans_words

        acronyms = {fold_case(token.stem, turkish=False) for token in view.trans_tokens
                    if token.stem.isupper() and len(token.stem) >= 2}
        for run in english:
            # A country or nationality ("Turkish") is said by both names alike; any other word is the name's own
            # ("Union", "Central" name towns too).
            own = [token for token in run if token.stem[:1].isupper() and not _country_word(token.stem)]
            if not own:
                continue
            if capitalised is None:
                capitalised = _upper_words(context)
            at = run[0].position - view.trans_tokens[0].position
            before = view.trans_tokens[at - 1] if at > 0 else None
            if before is not None and before.stem[:1].isupper() and before.end + 1 == run[0].start and any(
                    close_names(other, before.stem) for other in capitalised):
                continue  # "Bodrum Mercan Beach Club": the original's name, its kind put in English words
            if not all(foreign(token) for token in own):
                continue
            replaced = next(((name, word) for name in _turkish_names(context, view) if _organisation(lexicon, name)
                             for word in name if unrendered(word) and not acronyms & _initials(name)), None)
            if replaced is not None:
                found.append(OrganisationSubstitution(view, run, *replaced))
    return tuple(found)


# Kinds of body compared by the words of their names (basis "body"): the English kind word and a Turkish head noun
# whose first renderings give it ("Bakanlığı": ministry, "Üniversitesi": university, "Mahkemesi": court).
BODY_KINDS = INSTITUTION_WORDS | frozenset(
    "ministry directorate university court agency institute council municipality federation confederation "
    "association union chamber foundation authority commission committee presidency inspectorate bank company "
    "club party cooperative exchange".split())
# Kinds of public body whose fields (interior, health, transport) the lexicon and its news glossary render well, so
# that one field word put for another is read as another body.
STATE_KINDS = frozenset(
    "ministry directorate presidency court council municipality agency authority inspectorate commission".split())
# Words that join the words of one body's name ("Ministry of Environment, Urbanisation and Climate Change").
_BODY_JOINERS = frozenset({"of", "and", "for", "the", "ve", "&"})
_MAX_BODY_WORDS = 6
# How many Turkish renderings of an English word are tried against the original's words.
_REVERSE_KEYS = 6


@dataclass(frozen=True)
class BodySubstitution:
    """An English body of one kind whose own words say nothing of the original's body of that kind there."""

    view: BeadView
    english: tuple[Token, ...]  # the English name, first to last word, kind word included
    turkish: tuple[Token, ...]  # the original's name, first to last word, head noun included
    kind: str


@per_text  # the bead's own reading: kept on its view, so a bead met again is not read again
def _english_bodies(context: CheckContext, view: BeadView) -> list[tuple[tuple[Token, ...], Token]]:
    """English names of bodies: capitalised words before a kind word ("Health Ministry") and after "of" ("Ministry
    of Youth and Sports", "Izmir University of Economics"), as (every word first to last, the kind word)."""
    from drift.lexicon.lemma import english_lemma

    tokens, text = view.trans_tokens, context.alignment.trans.text
    found = []
    for index, token in enumerate(tokens):
        if not token.stem[:1].isupper() or english_lemma(token.stem.lower(), context.resources.lexicon) not in BODY_KINDS:
            continue
        words = [token]
        at = index
        while at > 0 and len(words) < _MAX_BODY_WORDS:
            before = tokens[at - 1]
            if text[before.end:tokens[at].start] not in (" ", "' ", "’ ") or not before.stem[:1].isupper() \
                    or before.stem in ("The", "A", "An") or before.stem.isupper() or (before.suffix and before.suffix != "s"):
                break
            words.insert(0, before)
            at -= 1
        at = index
        if at + 2 < len(tokens) and tokens[at + 1].stem == "of":
            run = []
            for word in tokens[at + 2:at + 2 + _MAX_BODY_WORDS]:
                gap = text[(run[-1] if run else tokens[at + 1]).end:word.start]
                if gap not in (" ", ", ") or not (word.stem[:1].isupper() or (run and word.stem in ("and", "the"))):
                    break
                run.append(word)
            while run and not run[-1].stem[:1].isupper():
                run.pop()
            if run:
                words.extend((tokens[at + 1], *run))
        if len(words) > 1:
            found.append((tuple(words), token))
    return found


@per_text  # the bead's own reading: kept on its view, so a bead met again is not read again
def _turkish_bodies(context: CheckContext, view: BeadView) -> list[tuple[tuple[Token, ...], frozenset[str]]]:
    """Turkish names ending in a body's head noun ("Çevre, Şehircilik ve İklim Değişikliği Bakanlığı"), with the kinds
    the head's first renderings give: (name words and head, kinds)."""
    from drift.lexicon.lemma import turkish_lemmas

    lexicon = context.resources.lexicon
    tokens, text = view.orig_tokens, context.alignment.orig.text
    found = []
    for index, token in enumerate(tokens):
        if not token.stem[:1].isupper():
            continue
        kinds = frozenset(word for lemma in turkish_lemmas(token.stem, lexicon)[:1]
                          for sense in lexicon.senses(lemma)[:MAX_HEAD_SENSES] for word in sense.split()
                          if word in BODY_KINDS)
        if not kinds:
            continue
        words = [token]
        at = index
        while at > 0 and len(words) < _MAX_BODY_WORDS:
            before = tokens[at - 1]
            gap = text[before.end:tokens[at].start]
            joined = before.stem[:1].isupper() or (before.stem == "ve" and at > 1 and tokens[at - 2].stem[:1].isupper())
            # A comma joins the fields of a list that "ve" closes ("Çevre, Şehircilik ve İklim"), not a word before it.
            listed = gap == ", " and any(word.stem == "ve" for word in words)
            if (gap != " " and not listed) or before.suffix or not joined or before.stem.isupper():
                break
            words.insert(0, before)
            at -= 1
        if len(words) > 1:
            found.append((tuple(words), kinds))
    return found


def _opens(view: BeadView, token: Token) -> bool:
    """The first word of one of the bead's sentences, capitalised whatever it is."""
    return any(sentence.start == token.start for sentence in view.orig_sentences)


def body_substitutions(context: CheckContext) -> tuple[BodySubstitution, ...]:
    """English bodies of a kind whose own words render nothing of the original, where the original names a body of
    that kind whose own words the English sentence renders nowhere.

    The English body's own words are those other than its kind word, joiners, and places or nationalities (which
    tell where, not which: "Izmir", "Turkish"). Each must be foreign to the original: an English word that renders
    no word of the original's sentence (lexicon either way, a shared stem, a word link), or a name
    no capitalised word of the original spells. The original's body of the same kind (its head noun's first
    renderings give the kind: "Bakanlığı", ministry) has own words, a town's name left out unless it is all there
    is, none of which the English sentence spells, links or translates. "Foreign Ministry" for "İçişleri
    Bakanlığı", "Ministry of Culture" for "Gençlik ve Spor Bakanlığı", "Erzurum Technical University" for
    "Atatürk Üniversitesi" are flagged; "Interior Ministry", "Ministry of Youth and Sports" and a kept name are not.
    Field against field is read for the state's bodies only (STATE_KINDS); another kind (a university, an exchange)
    is compared only where the original names it by a name or a place ("Atatürk", "Balıkesir"), since the standard
    English of a field ("Ticaret Borsası": Commodity Exchange) is often missing from the lexicon.
    """
    from drift.checks._substitution import close_names, place_entities
    from drift.lexicon.lemma import english_lemma, turkish_lemmas
    from drift.lexicon.thesaurus import load_thesaurus
    from drift.model import Language
    from drift.text.stopwords import is_stopword

    lexicon = context.resources.lexicon
    thesaurus = load_thesaurus()
    capitalised = None
    found = []
    for view in pair_views(context):
        english = _english_bodies(context, view)
        if not english:
            continue
        turkish = _turkish_bodies(context, view)
        if not turkish:
            continue
        if capitalised is None:
            capitalised = _upper_words(context)
        links = context.links[view.index]
        nearby = [view]
        # A hyphen joins two words of a name ("Emek-Şehir"): each is read.
        lemmas = [lemma for bead in nearby for token in bead.orig_tokens for part in token.stem.split("-")
                  if not is_stopword(fold_case(part, turkish=True), Language.TURKISH)
                  for lemma in turkish_lemmas(part, lexicon)[:2]]
        stems = {word[:_STEM] for lemma in lemmas for sense in lexicon.senses(lemma)[:12]
                 for word in sense.split() if len(word) >= _STEM}
        trans_words = [token for token in view.trans_tokens if token.stem.isalpha()]
        folded = [fold_case(token.stem, turkish=True) for bead in nearby for token in bead.orig_tokens]
        senses = {word for lemma in lemmas for sense in lexicon.senses(lemma)[:12] for word in (sense, *sense.split())
                  if len(word) >= 3}

        def foreign(token: Token) -> bool:
            word = token.stem
            if token.position in links.linked_trans or any(close_names(other, word) for other in capitalised):
                return False
            if not is_english_word(context, word):
                return True  # a name the original spells nowhere
            lemma = english_lemma(word.lower(), lexicon)
            if word.lower()[:_STEM] in stems or any(is_translation(context, turkish, word)
                                                    or is_translation(context, turkish, lemma) for turkish in lemmas):
                return False
            # The first word of each of its own Turkish renderings ("maritime": "denizle ilişiği olan") may start a
            # word of the original (not a later one: "technical" is "kurallara göre", by the rules); a WordNet synonym or near word of a rendering renders it too.
            starts = {part[:max(4, len(part) - 2)] for key in lexicon.turkish_for(lemma)[:_REVERSE_KEYS]
                      for part in key.split()[:1] if len(part) >= 4}
            if any(word.startswith(start) for word in folded for start in starts):
                return False
            return not any(thesaurus.are_near(lemma, sense) for sense in senses)

        def rendered(token: Token) -> bool:
            if token.position in links.linked_orig:
                return True
            if any(close_names(token.stem, other.stem) for other in trans_words if other.stem[:1].isupper()):
                return True
            return any(is_translation(context, lemma, other.stem) or is_translation(
                context, lemma, english_lemma(other.stem.lower(), lexicon))
                for part in token.stem.split("-") for lemma in turkish_lemmas(part, lexicon)[:2]
                for other in trans_words if not is_stopword(other.stem.lower(), Language.ENGLISH))

        for words, kind_token in english:
            kind = english_lemma(kind_token.stem.lower(), lexicon)
            own = [token for token in words if token is not kind_token and token.stem.lower() not in _BODY_JOINERS
                   and english_lemma(token.stem.lower(), lexicon) not in BODY_KINDS
                   and not place_entities(token.stem, turkish=False)]
            if not own or not all(foreign(token) for token in own):
                continue
            for name, kinds in turkish:
                if kind not in kinds:
                    continue
                name_words = [token for token in name[:-1] if token.stem != "ve"]
                if len(name_words) > 1 and _opens(view, name_words[0]):
                    name_words = name_words[1:]  # "Dava Ankara Bölge İdare Mahkemesi'ne": the case, not the court's
                turkish_own = [token for token in name_words if not place_entities(token.stem, turkish=True)] or name_words
                if kind not in STATE_KINDS and all(is_turkish_word(context, token.stem) for token in turkish_own):
                    # Fields of other bodies have standard English names the lexicon often lacks ("Ticaret Borsası":
                    # Commodity Exchange): only a body the original names by a name or place is compared.
                    continue
                if turkish_own and not any(rendered(token) for token in turkish_own):
                    found.append(BodySubstitution(view, words, name[name.index(name_words[0]):], kind))
                    break
    return tuple(found)


# English kinds of the parties a Turkish noun after a name makes of it ("Imoco Conegliano takımıyla": a team;
# "Tanaka Motors şirketi": a company): a side in sport or business, named by its own words in any language.
PARTY_KINDS = frozenset("team side squad club company firm brand group crew band carmaker manufacturer".split())
_MAX_PARTY_WORDS = 4
# How many of a Turkish noun's renderings may give a side's kind ("marka": mark, token, trade name, brand name).
_PARTY_SENSES = 4


@dataclass(frozen=True)
class PartySubstitution:
    """An English name foreign to the whole original, where the original names a team or firm the English omits."""

    view: BeadView
    english: tuple[Token, ...]
    turkish: tuple[Token, ...]
    kind: str


def _runs(tokens: tuple[Token, ...], text: str) -> list[tuple[Token, ...]]:
    """Runs of adjacent capitalised words (a space between, no ending inside), at most _MAX_PARTY_WORDS long."""
    runs, run = [], []
    for token in tokens:
        capital = token.stem[:1].isupper() and token.stem.replace("-", "").isalpha() and not token.stem.isupper()
        if capital and run and text[run[-1].end:token.start] == " " and not run[-1].suffix \
                and len(run) < _MAX_PARTY_WORDS:
            run.append(token)
            continue
        if run:
            runs.append(tuple(run))
        run = [token] if capital else []
    if run:
        runs.append(tuple(run))
    return runs


# Two spellings of one name this alike, or alike in sound ("Dinamo", "Dynamo"): short names one letter apart are
# often two names ("Vero", "Volero").
_SAME_PARTY_NAME = 85


def _same_name(turkish: str, english: str) -> bool:
    from rapidfuzz import fuzz

    from drift.lexicon.places import place_word
    from drift.text.translit import same_sounds

    a, b = place_word(turkish), place_word(english)
    return a == b or fuzz.ratio(a, b) >= _SAME_PARTY_NAME or same_sounds(turkish.lower(), english.lower())


@per_text  # the bead's own reading: kept on its view, so a bead met again is not read again
def _turkish_parties(context: CheckContext, view: BeadView) -> tuple[tuple[tuple[Token, ...], str], ...]:
    """(name, kind) for each team or firm the original names by words of no language the lexicon knows right before
    (or after) a noun of its kind, and the English sentence does not spell (see `party_substitutions`)."""
    from drift.checks._substitution import close_names, place_entities
    from drift.lexicon.lemma import turkish_lemmas

    lexicon = context.resources.lexicon
    turkish = []
    tokens = view.orig_tokens
    for run in _runs(tokens, context.alignment.orig.text):
        index = run[-1].position
        around = [tokens[at] for at in (index + 1, run[0].position - 1) if 0 <= at < len(tokens)]
        kinds = [word for other in around if not other.stem[:1].isupper()
                 for lemma in turkish_lemmas(other.stem, lexicon)[:1]
                 for sense in lexicon.senses(lemma)[:_PARTY_SENSES]
                 for word in sense.split() if word in PARTY_KINDS]  # "brand name": a brand
        while run and place_entities(run[0].stem, turkish=True):
            run = run[1:]  # "Alman Siemens firması": the nationality says where, the name which
        if not kinds or not run or is_turkish_word(context, run[0].stem):
            continue
        # The words that tell the side: an English word of its name ("Volley") may stand in another side's.
        telling = [token for token in run if not is_english_word(context, token.stem)] or run
        if any(close_names(token.stem, other.stem) for token in telling for other in view.trans_tokens
               if other.stem[:1].isupper()):
            continue  # the English keeps the name
        turkish.append((run, kinds[0]))
    return tuple(turkish)


@per_run  # D109 reports them and D502 leaves their words to it
def party_substitutions(context: CheckContext) -> tuple[PartySubstitution, ...]:
    """English names put for the original's team or firm: the original names it by words of no language the lexicon
    knows, right before a noun of its kind ("Imoco Conegliano takımıyla", "Dinamo Sassari ile" after "ekibi"), and
    the English sentence spells none of them; the English there has a run of capitalised words none of which any
    capitalised word of the original spells, save English words ("Volley": voleybol), one at least neither an
    English word nor a place ("Vero Volley Milano"). A name the English keeps, translates or transliterates ("Dynamo" for Dinamo) is no substitute."""
    from drift.checks._substitution import place_entities

    capitalised = None
    found = []
    trans_text = context.alignment.trans.text
    for view in pair_views(context):
        turkish = _turkish_parties(context, view)
        if not turkish:
            continue
        tokens = view.orig_tokens
        if capitalised is None:
            capitalised = _upper_words(context)
        for run in _runs(view.trans_tokens, trans_text):
            names = [token for token in run if not is_english_word(context, token.stem)]
            if run[0].position == 0 or any(any(_same_name(other, token.stem) for other in capitalised)
                                           for token in names):
                continue  # a sentence's first word may be any word; a name the original spells is its own
            if not names or (not any(not place_entities(token.stem, turkish=False) for token in names)
                             and not (_beside_party_noun(view.trans_tokens, run)
                                     and not any(_country_word(token.stem) for token in names))):
                continue  # English words ("Volley" is voleybol's) and places tell no side from another
            share = run[0].position / max(len(view.trans_tokens), 1)
            name, kind = min(turkish, key=lambda item: abs(item[0][0].position / max(len(tokens), 1) - share))
            found.append(PartySubstitution(view, run, name, kind))
    return tuple(found)


def _beside_party_noun(tokens: tuple[Token, ...], run: tuple[Token, ...]) -> bool:
    """A run of names right after an English noun of a side's kind, or right before one ("the firm Aalborg",
    "the Aalborg company"): a town's name there names the firm, as firms are often named after their towns."""
    around = [tokens[at] for at in (run[0].position - 1, run[-1].position + 1) if 0 <= at < len(tokens)]
    return any(other.stem in PARTY_KINDS and not other.suffix for other in around)


# The general path (basis "head"): a name before the noun it names, on both sides ("Başkentray istasyonları",
# "Gebzeray stations"; "Bozlu Adası", "the island of Korvia"; "TÜİK rakamları", "Central Bank figures"). The noun tells
# what kind of thing both names are, so no list of kinds is needed: the lexicon renders the Turkish noun as the English.
_HEAD_SENSES = 6
_MAX_HEADED_WORDS = 4
_NAME_RENDERINGS = 6
# A single English word the lexicon renders is a name of its own ("TurkStat") when English text seldom uses it; a
# common word ("Acting", "Agricultural") is read as a word.
_RARE_NAME_ZIPF = 3.0


# Two words of this many letters that begin alike are one word's forms ("coast", "coastal"; "urbanism",
# "urbanisation"); a shorter word inside a longer one is too ("crime" in "cybercrime").
_SHARED_STEM = 5


def _parts(text: str) -> list[str]:
    """The words of a phrase or a hyphenated word, English function words aside."""
    return [part for part in re.split(r"[\s-]+", text) if len(part) > 2 and not is_stopword(part, Language.ENGLISH)]


def _same_skeleton(turkish: str, english: str) -> bool:
    """One name in two spellings by its consonants, doubled letters and vowels aside ("Esad", "Assad")."""
    def skeleton(word: str) -> str:
        letters = re.sub(r"[aeiouıöüy]", "", fold_ascii(fold_case(word, turkish=True)))
        return re.sub(r"(.)\1+", r"\1", letters)

    mine, theirs = skeleton(turkish), skeleton(english)
    return len(mine) >= 2 and mine == theirs


def _same_stem(word: str, english: str) -> bool:
    if word == english:
        return True
    if min(len(word), len(english)) < _SHARED_STEM - 1:
        return False
    return word[:_SHARED_STEM] == english[:_SHARED_STEM] or (len(word) >= _SHARED_STEM and word in english)


# The whole original's capitalised words, asked by several readings of one run (drift.checks.context.per_run).
@per_run
def _upper_words(context: CheckContext) -> tuple[str, ...]:
    """Every distinct word of the original that starts with a capital, sorted."""
    return tuple(sorted({token.stem for bead in context.beads for token in bead.orig_tokens if token.stem[:1].isupper()}))


@per_run
def _capitalised_words(context: CheckContext) -> tuple[str, ...]:
    """The original's capitalised words (`_capitalised`), in reading order."""
    return tuple(token.stem for bead in context.beads for token in bead.orig_tokens if _capitalised(token))


@per_run
def _capitalised_places(context: CheckContext) -> frozenset[str]:
    """The places the original's capitalised words name."""
    from drift.checks._substitution import place_entities

    return frozenset(entity for word in _capitalised_words(context) for entity in place_entities(word, turkish=True))


def _capitalised(token: Token) -> bool:
    return token.stem[:1].isupper() and token.stem.replace("-", "").isalnum() and not token.stem[:1].isdigit()


def _name_before(tokens: tuple[Token, ...], text: str, end: int) -> tuple[Token, ...]:
    """The capitalised words that end at tokens[end - 1], joined by spaces (or a name in brackets, "Kandiye (Heraklion)"),
    none with an apostrophe ending but the last."""
    name: list[Token] = []
    position = end
    while position > 0 and len(name) < _MAX_HEADED_WORDS:
        before = tokens[position - 1]
        gap = text[before.end:name[0].start] if name else ""
        if not _capitalised(before) or (name and (before.suffix or gap.strip("() ") or "\n" in gap)):
            break
        name.insert(0, before)
        position -= 1
    return tuple(name)


def _turkish_heads(context: CheckContext, token: Token) -> frozenset[str]:
    """The English nouns a Turkish noun's first renderings end in ("istasyonlarında": terminal, terminus, station)."""
    from drift.lexicon.lemma import turkish_lemmas

    lexicon = context.resources.lexicon
    return frozenset(sense.split()[-1] for lemma in turkish_lemmas(token.stem, lexicon)[:1]
                     for sense in lexicon.senses(lemma)[:_HEAD_SENSES])


def _inflected(context: CheckContext, token: Token) -> bool:
    """A Turkish word the lexicon has only as another word with an ending ("Bahçeler": bahçe + ler)."""
    from drift.lexicon.lemma import turkish_lemmas

    folded = fold_case(token.stem, turkish=True)
    lemmas = turkish_lemmas(token.stem, context.resources.lexicon)
    return bool(lemmas) and folded not in lemmas and not context.resources.lexicon.senses(folded)


def _turkish_headed(context: CheckContext, view: BeadView) -> tuple[tuple[Institution, frozenset[str]], ...]:
    """Turkish names before a noun: a lower-case noun right after the name ("Başkentray istasyonlarının"), or the
    name's own last word when the lexicon renders it ("Midilli Adası'na", "Kızılırmak Nehri'nden")."""
    tokens, text = view.orig_tokens, context.alignment.orig.text
    found = []
    for token in tokens:
        if token.position == 0:
            continue
        before = tokens[token.position - 1]
        if not token.stem[:1].isupper() and before.end + 1 == token.start and not before.suffix \
                and _capitalised(before):
            name = _name_before(tokens, text, token.position)
        elif _capitalised(token) and before.end + 1 == token.start and not before.suffix and _capitalised(before) \
                and not token.stem.isupper():
            name = _name_before(tokens, text, token.position)
        else:
            continue
        if name and name[0].position == 0 and len(name) > 1 and _inflected(context, name[0]):
            name = name[1:]  # "Bahçeler Büyük Menderes Nehri'nin": an inflected word opens the sentence, not the name
        heads = _turkish_heads(context, token)
        if name and heads and _a_name(context, name, token):
            found.append((Institution(name, token), heads))
    return tuple(found)


def _a_name(context: CheckContext, name: tuple[Token, ...], head: Token) -> bool:
    """A Turkish name, not a description in common words ("Kıyı Emniyeti", "İç Anadolu"), which English translates:
    any words before a landmark's capitalised noun (LANDMARK_HEADS: "Kuzgunlu Barajı"), a word of it the lexicon
    lacks, a place or an acronym ("Başkentray", "Kızılırmak", "TÜİK"), a term the lexicon has with its noun
    ("Merkez Bankası"), or any words before a lower-case noun of their kind ("Körfez Denizcilik şirketi"). A
    nationality or country alone is the place check's (drift.checks._substitution)."""
    from drift.checks._substitution import place_entities

    if all(place_entities(token.stem, turkish=True) and _country_word_turkish(token.stem) for token in name):
        return False
    if not head.stem[:1].isupper():
        return True
    whole = " ".join(fold_case(token.stem, turkish=True) for token in (*name, head))
    from drift.lexicon.lemma import turkish_lemmas

    lexicon = context.resources.lexicon
    if _turkish_heads(context, head) & LANDMARK_HEADS:
        return True  # "Kuzgunlu Barajı", "Sarı Taş Tepesi": a landmark's capitalised noun makes the words before it a name
    return any(token.stem.isupper() or not is_turkish_word(context, token.stem) or place_entities(token.stem, turkish=True)
               for token in name) or bool(
        lexicon.senses(whole) or any(" " in lemma for lemma in turkish_lemmas(whole, lexicon)[:1]))


def _country_word_turkish(word: str) -> bool:
    from drift.lexicon.gazetteer import load_gazetteer

    return any(place.level == "country" for place in load_gazetteer().lookup([word], turkish=True))


@functools.lru_cache(maxsize=16384)
def _head_of_kind(heads: frozenset[str], word: str) -> str:
    """The Turkish head's rendering an English noun stands for: itself, a synonym, or its kind one step up in WordNet
    ("stream" for brook, which the lexicon gives çay); "" when none."""
    from drift.lexicon.thesaurus import load_thesaurus

    if word in heads:
        return word
    thesaurus = load_thesaurus()
    mine = set(thesaurus.synsets(word, "n"))
    if not mine:
        return ""
    for head in sorted(heads):
        theirs = thesaurus.synsets(head, "n")
        if mine & set(theirs) or any(mine & set(thesaurus.hypernyms[synset]) for synset in theirs):
            return head
    return ""


def _english_headed(context: CheckContext, view: BeadView, heads: frozenset[str]) -> list[tuple[Institution, str]]:
    """English names before (or after "of") a noun of a kind among `heads`, or right after a lower-case one: "Gebzeray
    stations", "the Karalı River", "the island of Korvia", "the shipyard Velmora". The noun is read by its lemma."""
    from drift.lexicon.lemma import english_lemma

    tokens, text = view.trans_tokens, context.alignment.trans.text
    lexicon = context.resources.lexicon
    found = []
    for token in tokens:
        if token.suffix or not token.stem.isalpha():
            continue
        name: tuple[Token, ...] = ()
        if token.position and tokens[token.position - 1].end + 1 == token.start:
            name = _name_before(tokens, text, token.position)
        of = token.position + 2 < len(tokens) and tokens[token.position + 1].stem == "of" \
            and _capitalised(tokens[token.position + 2])
        # A lower-case noun right before a name, which it classes ("the shipyard Velmora", "the brand Torvik").
        # A nationality before the noun says where ("the Spanish shipyard Velmora"): the name after it says which.
        classed = not of and token.stem.islower() and token.position + 1 < len(tokens) \
            and _capitalised(tokens[token.position + 1]) and text[token.end:tokens[token.position + 1].start] == " " \
            and all(_country_word(other.stem) or is_stopword(other.stem.lower(), Language.ENGLISH) for other in name)
        if classed:
            name = ()
        if not name and not of and not classed:
            continue  # most words follow no name: one look-up each for the rest
        word = english_lemma(token.stem.lower(), lexicon)
        word = _head_of_kind(heads, word) and word
        if not word:
            continue
        if not name:
            after = tokens[token.position + (2 if of else 1):token.position + (2 if of else 1) + _MAX_HEADED_WORDS]
            run = []
            for other in after:
                if not _capitalised(other) or (run and (run[-1].end + 1 != other.start or run[-1].suffix)):
                    break
                run.append(other)
            name = tuple(run)
        name = tuple(other for other in name if not is_stopword(other.stem.lower(), Language.ENGLISH))
        if name:
            found.append((Institution(name, token), word))
    return found


@per_text  # the bead's own reading: kept on its view, so a bead met again is not read again
def _unrendered_headed(context: CheckContext, view: BeadView) -> tuple[tuple[Institution, frozenset[str]], ...]:
    """The original's names before a noun (`_turkish_headed`) whose words the bead's English renders nowhere: not
    spelt, not a rendering of a word or of the name, not the same place."""
    from drift.checks._substitution import close_names, place_entities
    from drift.lexicon.lemma import turkish_lemmas

    lexicon = context.resources.lexicon
    turkish = _turkish_headed(context, view)
    if not turkish:
        return ()
    english_words = {part for token in view.trans_tokens for part in _parts(token.stem.lower())}
    english_text = " ".join(token.stem.lower() for token in view.trans_tokens)
    english_names = [token.stem for token in view.trans_tokens if _capitalised(token)]
    english_places = {entity for token in view.trans_tokens if _capitalised(token)
                      for entity in place_entities(token.stem, turkish=False)}

    def rendered(headed: Institution) -> bool:
        """A word of the Turkish name the English sentence spells, translates or names as the same place."""
        phrase = " ".join(fold_case(token.stem, turkish=True) for token in headed.name)
        whole = phrase + " " + fold_case(headed.head.stem, turkish=True)  # "merkez bankası": central bank
        senses = [sense for key in (phrase, whole, *turkish_lemmas(whole, lexicon)[:1])
                  for sense in lexicon.senses(key)[:_NAME_RENDERINGS]]
        own = [token for token in headed.name if not _country_word_turkish(token.stem)] or headed.name
        for token in own:  # "İspanyol Velmora tersanesi": the nationality says where, the name which
            senses += [sense for lemma in turkish_lemmas(token.stem, lexicon)[:2]
                       for sense in lexicon.senses(lemma)[:_NAME_RENDERINGS]]
            if any(close_names(token.stem, other) for other in english_names) \
                    or place_entities(token.stem, turkish=True) & english_places:
                return True
        return any(sense in english_text for sense in senses if " " in sense) or any(
            _same_stem(word, english) for sense in senses for word in _parts(sense) for english in english_words)

    return tuple((headed, heads) for headed, heads in turkish if not rendered(headed))


@per_run  # D109 reports them and D502 leaves their words to it
def headed_substitutions(context: CheckContext) -> tuple[PartySubstitution, ...]:
    """English names put for the original's, both before a noun of one kind (basis "head").

    The original names something before a noun ("Başkentray istasyonları", "Büyük Menderes Nehri", "TÜİK
    rakamları") whose words the English sentence renders nowhere (not spelt, not a rendering of a word or of the
    name, not the same place); the English there names something before (or after "of") a noun that renders the
    original's ("Gebzeray stations", "the Karalı River", "Central Bank data") by words foreign to the whole original:
    no capitalised word of it spells them, and none of their Turkish renderings is in the original's sentence. One of
    them at least is a name: no ordinary English word, a place, or a name the lexicon knows as a whole ("central
    bank", "turkstat"). Places and nationalities inside the English name tell where, not which."""
    from drift.checks._substitution import close_names, place_entities
    from drift.lexicon.lemma import turkish_lemmas
    from drift.text.frequency import zipf

    lexicon = context.resources.lexicon
    capitalised = None
    orig_places: set[str] = set()
    found = []
    for view in pair_views(context):
        unrendered = _unrendered_headed(context, view)
        if not unrendered:
            continue
        if capitalised is None:
            capitalised, orig_places = _capitalised_words(context), _capitalised_places(context)
        orig_stems = {fold_case(token.stem, turkish=True) for token in view.orig_tokens}
        orig_lemmas = {lemma for token in view.orig_tokens for lemma in turkish_lemmas(token.stem, lexicon)[:2]}

        def foreign(token: Token) -> bool:
            """An English word (each part of a hyphenated one) no capitalised word of the original spells, no place
            the original names, none of whose renderings is in the original's sentence."""
            for part in [part for part in token.stem.split("-") if part]:
                folded = fold_case(part, turkish=False)
                if any(close_names(other, part) or _same_skeleton(other, part)
                       or (len(folded) >= _SHARED_STEM - 1 and fold_case(other, turkish=True).startswith(folded))
                       for other in capitalised) or place_entities(part, turkish=False) & orig_places:
                    return False  # spelt, however transliterated ("Esad"), or with a Turkish ending ("Mardinli")
                renderings = lexicon.turkish_for(part.lower())[:_NAME_RENDERINGS]
                if any(key in orig_lemmas or key in orig_stems for key in renderings):
                    return False
            return True

        all_heads = frozenset(word for _, heads in unrendered for word in heads)
        for headed, word in _english_headed(context, view, all_heads):
            own = [token for token in headed.name if not _country_word(token.stem)]
            if any(token.stem.isupper() or len(token.stem) < 2 for token in headed.name):
                continue  # an acronym has an English form of its own ("UN" for BM), a letter is no name
            if not own or not all(foreign(token) for token in headed.name):
                continue
            phrase = " ".join(token.stem.lower() for token in own)
            whole = " ".join(token.stem.lower() for token in (*headed.name, headed.head))
            if any(any(stem.startswith(key.split()[0]) for stem in orig_stems) or key.split()[0] in orig_lemmas
                   for key in lexicon.turkish_for(whole)[:_NAME_RENDERINGS] + lexicon.turkish_for(phrase)[:_NAME_RENDERINGS]):
                continue  # the name and its noun render the original's as a whole ("Central Bank": merkez bankası)
            if not (any(not all(is_english_word(context, part) for part in token.stem.split("-") if part)
                        or (place_entities(token.stem, turkish=False) and not is_english_word(context, token.stem))
                        for token in own) or (lexicon.turkish_for(phrase) and (len(own) > 1 or zipf(phrase, "en")
                                                                               < _RARE_NAME_ZIPF))):
                continue  # English words alone ("the Old Harbour", "Acting Mayor") may translate the original's name
            candidates = [(other, heads) for other, heads in unrendered if _head_of_kind(heads, word)]
            if not candidates:
                continue
            share = headed.name[0].position / max(len(view.trans_tokens), 1)
            other, _ = min(candidates, key=lambda item: abs(item[0].name[0].position / max(len(view.orig_tokens), 1)
                                                              - share))
            turkish = tuple(token for token in other.name if not _country_word_turkish(token.stem)) or other.name
            found.append(PartySubstitution(view, headed.name, turkish, word))  # "İspanyol Velmora": Velmora
    return tuple(found)


# Owners (basis "owner"): a name in the genitive before the thing it owns ("Ekinci Tarım'ın siloları", "Sarıyer
# Çimento'nun fırınları") and an English owner of a thing ("Marsden Grain's silos", "the kilns of Marsden Grain").
# Which thing is owned need not be compared (a kiln or a smelter may be a noun the lexicon lacks): the sentence's one owner
# on each side is compared, so a firm put for its owner, or the buyer for the seller, is seen.
_GENITIVE = frozenset({"ın", "in", "un", "ün", "nın", "nin", "nun", "nün"})
# Beads on each side of a pair whose original may name what its English names: a translator may move a name across
# a sentence boundary, never across the article.
_NEARBY_BEADS = 1


def _turkish_owners(context: CheckContext, view: BeadView) -> list[tuple[Token, ...]]:
    """The original's names in the genitive right before a lower-case word ("Ekinci Tarım'ın siloları"), not a
    one-word place (the place check's; a firm may be named by places, "Sarıyer Çimento"), nor the sentence's first
    word alone."""
    from drift.checks._substitution import place_entities

    tokens, text = view.orig_tokens, context.alignment.orig.text
    found = []
    for token in tokens[:-1]:
        after = tokens[token.position + 1]
        if fold_case(token.suffix, turkish=True) not in _GENITIVE or not _capitalised(token) or token.stem.isupper() \
                or not after.stem[:1].islower() or text[token.end:after.start] != " ":
            continue
        name = _name_before(tokens, text, token.position + 1)
        if len(name) == 1 and name[0].position == 0:
            continue  # "Şirketin tesisi" is no name, and a name opening the sentence may be a common word
        if name and not (len(name) == 1 and place_entities(name[0].stem, turkish=True)):
            found.append(name)
    return found


def _english_owners(context: CheckContext, view: BeadView) -> list[tuple[Token, ...]]:
    """The English's names of an owner: "Marsden Grain's silos" (a possessive before a lower-case word) or "the
    silos of Marsden Grain" (a lower-case noun, "of" and the name)."""
    tokens, text = view.trans_tokens, context.alignment.trans.text
    found = []
    for token in tokens[:-1]:
        after = tokens[token.position + 1]
        if _capitalised(token) and token.suffix == "s" and text[token.end - 2:token.end - 1] in "'’" \
                and after.stem[:1].islower() and text[token.end:after.start] == " ":
            name = _name_before(tokens, text, token.position + 1)
        elif token.stem == "of" and token.position and tokens[token.position - 1].stem.isalpha() \
                and tokens[token.position - 1].stem.islower() \
                and not is_stopword(tokens[token.position - 1].stem, Language.ENGLISH):
            run = []
            for other in tokens[token.position + 1:token.position + 1 + _MAX_HEADED_WORDS]:
                if not _capitalised(other) or (run and (run[-1].end + 1 != other.start or run[-1].suffix)):
                    break
                run.append(other)
            name = tuple(run)
        else:
            continue
        name = tuple(other for other in name if not is_stopword(other.stem.lower(), Language.ENGLISH))
        if name:
            found.append(name)
    return found


def _nearby_capitalised(context: CheckContext, view: BeadView) -> tuple[str, ...]:
    """The capitalised words of the bead's original, and those of the beads next to it that their own English does
    not spell: a name the translator may have moved into this sentence."""
    from drift.checks._substitution import close_names

    words = [token.stem for token in view.orig_tokens if _capitalised(token)]
    for bead in context.beads[max(0, view.index - _NEARBY_BEADS):view.index + _NEARBY_BEADS + 1]:
        if bead is view:
            continue
        english = [token.stem for token in bead.trans_tokens if _capitalised(token)]
        words += [token.stem for token in bead.orig_tokens if _capitalised(token)
                  and not any(close_names(token.stem, other) for other in english)]
    return tuple(words)


@per_run  # D109 reports them and D502 leaves their words to it
def owner_substitutions(context: CheckContext) -> tuple[PartySubstitution, ...]:
    """English owners put for the original's (basis "owner"): the bead's original has one name in the genitive before
    what it owns, which its English renders nowhere (not spelt, not translated, not the same place), and the English
    one owner (a possessive, or "of" after a noun) whose words the original's sentence and its neighbours neither
    spell nor translate, one at least a name (no English word, or spelt elsewhere in the article: another party of
    it, "the buyer's mill" for the seller's). A place alone is the place check's; a name the translator moved from
    the next sentence is spelt nearby."""
    from drift.checks._substitution import close_names, place_entities
    from drift.lexicon.lemma import turkish_lemmas

    lexicon = context.resources.lexicon
    found = []
    for view in pair_views(context):
        turkish = _turkish_owners(context, view)
        if len(turkish) != 1:
            continue
        english = _english_owners(context, view)
        if len(english) != 1:
            continue
        owner, name = turkish[0], english[0]
        trans_names = [token.stem for token in view.trans_tokens if _capitalised(token)]
        # A translated name is capitalised ("Sarıyer Cement's"); a common word of the firm's name ("Un": flour) may be
        # in the sentence for another reason.
        trans_words = {part for token in view.trans_tokens if _capitalised(token) for part in _parts(token.stem.lower())}
        if any(close_names(token.stem, other) for token in owner for other in trans_names):
            continue
        if any(_same_stem(part, word) for token in owner for lemma in turkish_lemmas(token.stem, lexicon)[:2]
               for sense in lexicon.senses(lemma)[:_NAME_RENDERINGS] for part in _parts(sense) for word in trans_words):
            continue  # "Yeşil Vadi Gıda'nın": Green Valley Foods
        nearby = _nearby_capitalised(context, view)
        everywhere = _capitalised_words(context)
        orig_lemmas = {lemma for token in view.orig_tokens for lemma in turkish_lemmas(token.stem, lexicon)[:2]}
        if any(close_names(other, token.stem) or _same_skeleton(other, token.stem) for token in name for other in nearby):
            continue
        if any(key in orig_lemmas for token in name for key in lexicon.turkish_for(token.stem.lower())[:_NAME_RENDERINGS]):
            continue
        if all(place_entities(token.stem, turkish=False) for token in name):
            continue
        if not any(not is_english_word(context, token.stem) or any(close_names(other, token.stem) for other in everywhere)
                   for token in name):
            continue  # English words alone ("the National Bank's") may translate the original's name
        found.append(PartySubstitution(view, name, owner, "owner"))
    return tuple(found)
