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

from dataclasses import dataclass

from drift.checks._names import is_english_word, is_translation, pair_views
from drift.checks.context import BeadView, CheckContext
from drift.text.fold import fold_case
from drift.text.tokens import Token

# English head nouns of named institutions and landmarks.
INSTITUTION_WORDS = frozenset(
    "university museum hospital airport stadium library institute academy theatre theater gallery "
    "mosque bridge palace".split())
# Words inside a Turkish or English name that are no part of what tells one institution from another.
_CONNECTORS = frozenset({"ve", "and", "of", "the"})
MAX_NAME_WORDS = 3
# How many of a Turkish head noun's renderings may give its kind ("okul": school, schoolhouse, institute).
MAX_HEAD_SENSES = 3


@dataclass(frozen=True)
class Institution:
    """A named institution in one language's text: its name words and its head noun."""

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
    """A country's or a people's name ("Turkish", "Turkey", "European")."""
    from drift.lexicon.gazetteer import load_gazetteer

    return any(place.level == "country" for place in load_gazetteer().lookup([word], turkish=False))


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
                capitalised = sorted({token.stem for bead in context.beads for token in bead.orig_tokens
                                      if token.stem[:1].isupper()})
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
