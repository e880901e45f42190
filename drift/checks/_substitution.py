"""Places and nationalities of the gazetteer in a pair, and the English ones put for different ones.

Shared by the name-substitution check (D109), which reports them, and the
omitted-name check (D502), which leaves a name D109 has found replaced to it.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from drift.checks._names import common_word_opening, is_english_word, pair_views
from drift.checks.context import BeadView, CheckContext, per_run
from drift.lexicon.gazetteer import MAX_WORDS, Place, load_gazetteer
from drift.lexicon.places import place_word
from drift.model import Language
from drift.text.dates import calendar_names
from drift.text.fold import fold_case
from drift.text.stopwords import is_stopword
from drift.text.tokens import Token
from drift.text.translit import same_sounds

# Two spellings this close are one name written two ways (Karşıyaka, Karsiyaka; Tandoğan, Tandogen),
# which the spelling checks judge.
_SAME_NAME_RATIO = 80
# Turkish endings that make a place name a nationality or inflect it without an apostrophe
# ("Avusturyalıların"): tried when the whole word is no name.
_NATIONALITY = ("lı", "li", "lu", "lü")
# A city this large is what its capitalised name means in news, even when the name is an English word too.
CITY_OVER_WORD = 100_000
# How many of a word's renderings may name the country it is ("İngiltere": britain, england, united kingdom).
MAX_COUNTRY_SENSES = 3


@dataclass(frozen=True)
class Mention:
    """A gazetteer name in one language's text: its first and last token and the places it may be."""

    first: Token
    last: Token
    places: tuple[Place, ...]
    # Known through the lexicon, not the gazetteer ("ABD", "AB"): it shows the original names the place,
    # but the English may render it by an acronym no mention reads ("US", "EU"), so it replaces nothing.
    from_lexicon: bool = False

    @property
    def level(self) -> str:
        return self.places[0].level

    @property
    def entities(self) -> frozenset[str]:
        return frozenset(place.entity for place in self.places)


@dataclass(frozen=True)
class Substitution:
    """An English place put for a different one of the original."""

    view: BeadView
    english: Mention
    turkish: Mention


def mentions(tokens: tuple[Token, ...], *, turkish: bool, lexicon=None) -> list[Mention]:
    """Gazetteer names among capitalised tokens, longest first, each token in at most one name.

    Given the lexicon, a Turkish word the gazetteer lacks is a country when the
    lexicon renders it by that country's English name: "ABD" (United States),
    "İngiltere" (Britain), which CLDR names otherwise. Such a mention shows
    that the original names the country; it is never the one replaced.
    """
    return list(_mentions(tokens, turkish, lexicon))


# The same tokens (a bead met again: a pair checked again, versions of one article in a batch) name the
# same places: read once. The lexicon keys by identity; the gazetteer is the one shipped.
@functools.lru_cache(maxsize=4096)
def _mentions(tokens: tuple[Token, ...], turkish: bool, lexicon) -> tuple[Mention, ...]:
    gazetteer = load_gazetteer()
    found: list[Mention] = []
    position = 0
    while position < len(tokens):
        token = tokens[position]
        if not (token.stem[:1].isupper() and token.stem.replace("-", "").isalpha()) or token.stem.isupper():
            countries = _lexicon_country(token.stem, gazetteer, lexicon) if turkish and token.stem.isupper() else ()
            if countries:
                found.append(Mention(token, token, countries, from_lexicon=True))
            position += 1  # other acronyms (TBMM) and lower-case words are no names here
            continue
        if turkish and _weekday_beside_date(tokens, position):
            position += 1
            continue
        size = 1
        for size in range(min(MAX_WORDS, len(tokens) - position), 0, -1):
            run = tokens[position:position + size]
            if any(not t.stem[:1].isupper() for t in run) or any(t.suffix for t in run[:-1]):
                continue
            places = gazetteer.lookup([t.stem for t in run], turkish=turkish)
            if not places and not turkish and size <= 2:
                places = demonym_places(" ".join(t.stem for t in run))
            if not places and not turkish and size == 1:
                places = _plural_nationality(token.stem, gazetteer)
            if not places and turkish and size > 1:
                places = _nationality_run([t.stem for t in run], gazetteer)
            if not places and turkish and size == 1:
                places = (_nationality_stem(token.stem, gazetteer) or _lexicon_demonym(token.stem, lexicon)
                          or _townsfolk(token.stem, gazetteer))
                if not places and (countries := _lexicon_country(token.stem, gazetteer, lexicon)):
                    found.append(Mention(run[0], run[-1], countries, from_lexicon=True))
                    break
            if places:
                # A country's name means the country, not the towns named after it ("Albania", Albany).
                countries = tuple(place for place in places if place.level == "country")
                found.append(Mention(run[0], run[-1], countries or places))
                break
        position += size
    return tuple(found)


@functools.cache
def _turkish_calendar_names() -> dict[str, tuple[str, int]]:
    return calendar_names(Language.TURKISH, abbreviated=False)


def _weekday_beside_date(tokens: tuple[Token, ...], position: int) -> bool:
    """A Turkish weekday name after a month or before "gün" names the day, not the town of that name ("3 Mayıs
    Pazar günü": Pazar is a district too, and "Cuma" or "Salı" could be read as places as well)."""
    names = _turkish_calendar_names()
    if names.get(fold_case(tokens[position].stem, turkish=True), ("",))[0] != "weekday":
        return False
    after = tokens[position + 1].text if position + 1 < len(tokens) else ""
    before = fold_case(tokens[position - 1].stem, turkish=True) if position else ""
    return after.lower().startswith("gün") or names.get(before, ("",))[0] == "month"


DEMONYMS = Path(__file__).resolve().parent / "data" / "demonyms.tsv"


@functools.cache
def _demonym_table() -> dict[str, tuple[str, ...]]:
    rows = {}
    for line in DEMONYMS.read_text(encoding="utf-8").splitlines()[3:]:
        word, codes = line.split("\t")
        rows[word] = tuple(codes.split("|"))
    return rows


@functools.cache
def demonym_places(words: str) -> tuple[Place, ...]:
    """The countries an English nationality word or name the gazetteer lacks stands for ("British", "Dutch"), from
    drift/checks/data/demonyms.tsv (tools/build_demonyms.py: the countryinfo package's demonyms)."""
    from drift.text.cldr import territories

    codes = _demonym_table().get(words, ())
    names = territories("en")
    return tuple(Place(code, "country", names.get(code, code), code) for code in codes)


def _lexicon_demonym(word: str, lexicon) -> tuple[Place, ...]:
    """A Turkish nationality word the gazetteer lacks, read through the lexicon's first renderings ("İngiliz":
    british, english): the countries of the first that is an English nationality word of the table."""
    if lexicon is None or len(word) < 3:
        return ()
    for sense in lexicon.senses(fold_case(word, turkish=True))[:MAX_COUNTRY_SENSES]:
        places = demonym_places(sense.title())
        if places:
            return places
    return ()


def _lexicon_country(word: str, gazetteer, lexicon) -> tuple[Place, ...]:
    """The country the lexicon's first renderings of a Turkish word name ("ABD": us, united states)."""
    if lexicon is None or len(word) < 2:
        return ()
    for sense in lexicon.senses(fold_case(word, turkish=True))[:MAX_COUNTRY_SENSES]:
        countries = tuple(place for place in gazetteer.lookup(sense.split(), turkish=False) if place.level == "country")
        if countries:
            return countries
    return ()


def _nationality_stem(stem: str, gazetteer) -> tuple[Place, ...]:
    """A nationality word with an ending ("Avusturyalılar"): its longest start that is a country's
    nationality; or a plain nationality word in the plural ("Macarlar": Hungarians)."""
    lowered = fold_case(stem, turkish=True)  # length-preserving: "İ".lower() would shift every offset
    for end in range(len(stem) - 1, 4, -1):
        if lowered[:end].endswith(_NATIONALITY):
            # The word with -lI ("Avusturyalı"), else the nationality root it is made from ("Yunan" of "Yunanlı").
            for word in (stem[:end], stem[:end - 2]):
                places = tuple(place for place in gazetteer.lookup([word], turkish=True) if place.level == "country")
                if places:
                    return places
    plural = re.match(r"(.{3,}?)l[ae]r(?:[ıi]n?|[dt][ae]n?|[ae]|[ıi]n[ıi]n?)?$", lowered)
    if plural:
        return tuple(place for place in gazetteer.lookup([stem[:plural.end(1)]], turkish=True) if place.level == "country")
    return ()


# A Turkish town this large, or a province's seat, is what a word made of its name with -lI ("Trabzonlu") names.
TOWNSFOLK_TOWN = 15_000


def _townsfolk(stem: str, gazetteer) -> tuple[Place, ...]:
    """A Turkish town's people or firms, named by the town with -lI ("Trabzonlu balıkçılar": fishermen from Trabzon,
    "İzmirli bir şirket"), in the plural or inflected too ("Samsunluların"): the town, when it is in Turkey and large
    enough (or a province's seat) that the word is more likely its people than a surname made of a village."""
    lowered = fold_case(stem, turkish=True)
    for end in range(len(stem), 4, -1):
        if lowered[:end].endswith(_NATIONALITY):
            towns = tuple(place for place in gazetteer.lookup([stem[:end - 2]], turkish=True)
                          if place.level == "city" and place.country == "TR"
                          and (place.population >= TOWNSFOLK_TOWN or place.seat))
            if towns:
                return towns
    return ()


def _nationality_run(words: list[str], gazetteer) -> tuple[Place, ...]:
    """A nationality word made from a country of several words ("Suudi Arabistanlı", "Yeni Zelandalılar"): the
    country of the words before it and the last one's start before -lI."""
    last = words[-1]
    lowered = fold_case(last, turkish=True)
    for end in range(len(last), 3, -1):
        if lowered[:end].endswith(_NATIONALITY):
            places = tuple(place for place in gazetteer.lookup([*words[:-1], last[:end - 2]], turkish=True)
                           if place.level == "country")
            if places:
                return places
    return ()


def _plural_nationality(stem: str, gazetteer) -> tuple[Place, ...]:
    """A nationality word in the plural ("Bulgarians", "Greeks", "Chileans"): the country of its singular."""
    if len(stem) < 4 or not stem.endswith("s") or stem.endswith("ss"):
        return ()
    return tuple(place for place in gazetteer.lookup([stem[:-1]], turkish=False) if place.level == "country")


def close_names(turkish: str, english: str) -> bool:
    """One name spelt the Turkish and the English way, or with a slip."""
    a, b = place_word(turkish), place_word(english)
    return a == b or fuzz.ratio(a, b) >= _SAME_NAME_RATIO or same_sounds(turkish.lower(), english.lower())


@per_run  # the check reads them twice
def substitutions(context: CheckContext) -> tuple[Substitution, ...]:
    """English places and nationalities that stand where the original names a different one.

    An English name counts when the gazetteer knows it, the original names no
    place it may be anywhere in the text, no Turkish word spells it (people
    keep their names: "Anna" is a Russian town too), and it is no ordinary
    English word ("Union", "Bank"). It replaces a Turkish name of the same
    level (country or nationality for a country, city for a city) in the same
    sentences that the English there and around renders neither by the
    gazetteer nor by spelling, unless the English names the seat of the
    province that town is in (a wider place, not another).
    """
    views = context.beads
    lexicon = context.resources.lexicon
    turkish_by_view = {view.index: mentions(view.orig_tokens, turkish=True, lexicon=lexicon) for view in views}
    english_by_view = {view.index: mentions(view.trans_tokens, turkish=False) for view in views}
    turkish_entities = {entity for found in turkish_by_view.values() for mention in found for entity in mention.entities}
    # Capitalised words of the original that may spell an English name. A function word capitalised at a
    # sentence's start ("Benim": my) spells no name, though a short one may look like one ("Benin").
    turkish_words = [token.stem for view in views for token in view.orig_tokens
                     if token.stem[:1].isupper() and not is_stopword(fold_case(token.stem, turkish=True), Language.TURKISH)]
    english_entities_all = {entity for found in english_by_view.values() for mention in found for entity in mention.entities}
    surplus = _surplus_entities(english_by_view, turkish_by_view)
    found: list[Substitution] = []
    for view in pair_views(context):
        nearby = range(max(0, view.index - 1), min(len(views), view.index + 2))
        here = {entity for index in nearby for mention in turkish_by_view[index] for entity in mention.entities}
        candidates = [mention for mention in english_by_view[view.index]
                      if (not mention.entities & turkish_entities
                          or (mention.entities <= surplus and not mention.entities & here))
                      and _foreign_to_original(context, view, mention, turkish_words)]
        if not candidates:
            continue
        # The English of the neighbouring sentences counts too (the alignment may have split one sentence
        # in two), except names their own original accounts for.
        english_entities = {entity for index in nearby for mention in english_by_view[index]
                            if index == view.index or not mention.entities & _entities(turkish_by_view[index])
                            for entity in mention.entities}
        english_words = [token.stem for index in nearby for token in views[index].trans_tokens
                         if token.stem[:1].isupper() and (index == view.index or not _spelt_in(token.stem, views[index]))]
        unrendered = [mention for mention in turkish_by_view[view.index]
                      if not mention.from_lexicon and not mention.entities & english_entities
                      and not any(close_names(mention.first.stem, word) for word in english_words)
                      and not (mention.level == "city" and _turkish_word_here(context, view, mention))
                      and not (mention.first is mention.last and common_word_opening(context, view, mention.first))
                      and not _small_town_in_name(view.orig_tokens, mention)]
        for english in candidates:
            # A name the original gives elsewhere, said here once more than the original says it, replaces only a
            # place the English names nowhere ("a Norwegian company" for "İsveçli", Norveç named further on).
            recounted = bool(english.entities & turkish_entities)
            same_level = [mention for mention in unrendered if mention.level == english.level
                          and not _seat_of(english, mention)
                          and not (recounted and mention.entities & english_entities_all)]
            if not same_level:
                continue
            share = english.first.position / max(len(view.trans_tokens), 1)
            turkish = min(same_level, key=lambda m: abs(m.first.position / max(len(view.orig_tokens), 1) - share))
            found.append(Substitution(view, english, turkish))
    return tuple(found)


def _surplus_entities(english_by_view: dict, turkish_by_view: dict) -> set[str]:
    """Places the English names more often than the original does: one of its mentions may stand for another
    place, though the original names this one elsewhere."""
    english = Counter(entity for found in english_by_view.values() for mention in found for entity in mention.entities)
    turkish = Counter(entity for found in turkish_by_view.values() for mention in found for entity in mention.entities)
    return {entity for entity, count in english.items() if count > turkish[entity]}


# A town smaller than this, named right before another capitalised word, is more likely part of that name
# ("Erfelek Limanı": the harbour, "Derince Devlet Hastanesi": the hospital) than the town.
SMALL_TOWN = 15_000


def _small_town_in_name(tokens: tuple[Token, ...], mention: Mention) -> bool:
    if mention.level != "city" or mention.last.suffix or max(place.population for place in mention.places) >= SMALL_TOWN:
        return False
    following = tokens[mention.last.position + 1] if mention.last.position + 1 < len(tokens) else None
    return following is not None and following.start == mention.last.end + 1 and following.stem[:1].isupper()


def _seat_of(english: Mention, turkish: Mention) -> bool:
    """True when the English names the seat of the Turkish town's province ("Sinop" for a district of Sinop):
    a translator may give the wider place a reader knows, which is no other place.

    Only Turkey's provinces: each is named after its seat, so the seat's name names the province. Elsewhere a
    region's seat is one town among others ("Heraklion" is Crete's seat, not the name of Chania's region)."""
    regions = {place.region for place in turkish.places if place.region and place.country == "TR"}
    return any(place.seat and place.region in regions for place in english.places)


def _entities(found: list[Mention]) -> frozenset[str]:
    return frozenset(entity for mention in found for entity in mention.entities)


def _spelt_in(english: str, view: BeadView) -> bool:
    return any(close_names(token.stem, english) for token in view.orig_tokens if token.stem[:1].isupper())


def _turkish_word_here(context: CheckContext, view: BeadView, mention: Mention) -> bool:
    """A town's name that is a Turkish word used as that word here.

    With an apostrophe ending "Midilli'ye" is the island, not midilli (a pony);
    without one ("Kasım": November, "Para": money), or after another capitalised
    word (the film title "Sessiz Liman": silent harbour), it is the word.
    """
    if not _turkish_common_word(context, mention.first.stem):
        return False
    before = view.orig_tokens[mention.first.position - 1] if mention.first.position else None
    after_capital = before is not None and before.is_capitalized and before.end + 1 == mention.first.start
    return not mention.last.suffix or after_capital


def _turkish_common_word(context: CheckContext, word: str) -> bool:
    """A Turkish word that is also a town's name ("Ordu": army): the lexicon has it, rendered as no place."""
    senses = context.resources.lexicon.senses(fold_case(word, turkish=True))
    gazetteer = load_gazetteer()
    return bool(senses) and not any(gazetteer.lookup(sense.split(), turkish=False) for sense in senses[:3])


def _ordinary_word(context: CheckContext, mention: Mention) -> bool:
    """An English word that is no place's name: the lexicon knows it, and does not render it as this place.

    "Rhodes" is in the lexicon as the island (Turkish "Rodos", the same place);
    "Bank" is in it as "banka", which is no name of any town called Bank. A
    city of `CITY_OVER_WORD` people or more is meant by its name ("Strasbourg").
    """
    word = mention.first.stem
    if not is_english_word(context, word) or max(place.population for place in mention.places) >= CITY_OVER_WORD:
        return False
    gazetteer = load_gazetteer()
    return not any(mention.entities & {place.entity for place in gazetteer.lookup(turkish.split(), turkish=True)}
                   for turkish in context.resources.lexicon.turkish_for(word.lower())[:6])


def _foreign_to_original(context: CheckContext, view: BeadView, mention: Mention, turkish_words: list[str]) -> bool:
    """True when no Turkish word of the text spells the English name, and it is a name of its own.

    A town's name after a capitalised English word is part of a longer name
    ("the Golden Orange Film Festival"), not the town; before one it is still
    the town ("Giresun Governor", "Ankara University").
    """
    if any(close_names(turkish, mention.first.stem) for turkish in turkish_words):
        return False
    if mention.level != "city":
        return True
    if mention.first is mention.last and _ordinary_word(context, mention):
        return False
    if not mention.first.position:
        return True
    before = view.trans_tokens[mention.first.position - 1]
    return not (before.is_capitalized and before.end + 1 == mention.first.start and not before.suffix
                and is_english_word(context, before.stem) and not is_stopword(before.stem.lower(), Language.ENGLISH))


def place_entities(word: str, *, turkish: bool) -> frozenset[str]:
    """The gazetteer's entities of one word ("Köstence": Constanța), empty when it names no place."""
    return frozenset(place.entity for place in load_gazetteer().lookup([word], turkish=turkish))


def english_place_entities(tokens: tuple[Token, ...]) -> frozenset[str]:
    """The entities of every place the English tokens name."""
    return frozenset(entity for mention in mentions(tokens, turkish=False) for entity in mention.entities)


@dataclass(frozen=True)
class PersonSubstitution:
    """A person of the article named in an English sentence whose original names another of them instead."""

    view: BeadView
    english: tuple[Token, ...]  # the English mention: the surname, with the given name before it if written
    turkish: Token  # the original's mention of the person the English leaves out


def _people(context: CheckContext) -> frozenset[str]:
    """Surnames (folded) of the people the original names: a capitalised word after a given name of the table
    ("Kemal Oktay"), or after another name word ("Anouk Visser") when the original also writes it alone ("Visser,
    ... dedi"), as news refers back to a person; a town's name so written is no person's."""
    from drift.checks.pronoun_gender import given_names

    names = given_names()
    full: dict[str, bool] = {}
    alone: set[str] = set()
    for view in context.beads:
        tokens = view.orig_tokens
        for token in tokens:
            if not token.stem[:1].isupper() or not token.stem.isalpha() or token.stem.isupper():
                continue
            before = tokens[token.position - 1] if token.position else None
            key = place_word(token.stem)
            if before is not None and before.end + 1 == token.start and not before.suffix \
                    and before.stem[:1].isupper() and before.stem.isalpha() and not before.stem.isupper():
                full[key] = full.get(key, False) or before.stem in names
            else:
                alone.add(key)
    return frozenset(key for key, given in full.items() if given or (key in alone and not place_entities(key, turkish=True)))


def _turkish_speaker(context: CheckContext, token: Token) -> bool:
    """A name written as the one who speaks: the subject of a reporting verb, set off by a comma as Turkish news
    writes it ("Oktay, ... dedi"), or the one whose view it is ("Ay'a göre")."""
    text = context.alignment.orig.text
    if text[token.start + len(token.stem):].startswith(","):
        return True
    following = text[token.end:token.end + 8].split()
    return bool(following) and following[0].rstrip(",.") == "göre"


def _reporting_verb(context: CheckContext, word: str) -> bool:
    """An English verb of saying ("said", "added", "noted", "warned"): a kind of saying or communicating (WordNet)."""
    from drift.lexicon.lemma import english_lemma
    from drift.lexicon.thesaurus import load_thesaurus

    thesaurus = load_thesaurus()
    word = word.lower()
    forms = {english_lemma(word, context.resources.lexicon), word, word[:-1], word[:-2]}
    return any(form == "say" or thesaurus.is_kind_of(form, "say", "v") or thesaurus.is_kind_of(form, "communicate", "v")
               for form in forms if len(form) > 2)


def _english_speaker(context: CheckContext, view: BeadView, token: Token) -> bool:
    """A name written as the one who speaks: next to a verb of saying ("Kaplan said", "said Kaplan", "Kaplan, the
    governor, said" aside), or after "according to"."""
    tokens = view.trans_tokens
    text = context.alignment.trans.text
    first = token
    if token.position and tokens[token.position - 1].end + 1 == token.start \
            and tokens[token.position - 1].stem[:1].isupper():
        first = tokens[token.position - 1]  # the given name before the surname
    if text[max(0, first.start - 14):first.start].lower().rstrip().endswith("according to"):
        return True
    neighbours = [tokens[first.position - 1]] if first.position else []
    if token.position + 1 < len(tokens):
        neighbours.append(tokens[token.position + 1])
    return any(other.stem.isalpha() and other.stem.islower() and _reporting_verb(context, other.stem)
               for other in neighbours)


def _given_before(tokens: tuple[Token, ...], token: Token) -> bool:
    """A surname written right after a given name of the table ("Ayşe Gündoğdu")."""
    from drift.checks.pronoun_gender import given_names

    if not token.position:
        return False
    before = tokens[token.position - 1]
    return before.end + 1 == token.start and not before.suffix and before.stem in given_names()


def person_substitutions(context: CheckContext) -> tuple[PersonSubstitution, ...]:
    """English sentences that give a quote or a view to a person of the article whom their original does not name
    there, while the original gives it to another of them whom the English sentence leaves out ("Kaplan said" where
    the original has "Oktay, ... dedi"; "According to Yılmaz" for "Ay'a göre"). Both must be written as the one who
    speaks, or both in full after a given name of the table, in any role ("opened by Ayşe Gündoğdu" for "Ahmet
    Yalçın açmıştı"), and the bead must be one sentence on each side: a sentence split or joined by the translator
    may name its people elsewhere."""
    people = _people(context)
    if len(people) < 2:
        return ()
    found = []
    for view in pair_views(context):
        if len(view.orig_sentences) != 1 or len(view.trans_sentences) != 1:
            continue
        here = {place_word(token.stem): token for token in view.orig_tokens
                if token.stem[:1].isupper() and place_word(token.stem) in people}
        there = [token for token in view.trans_tokens if token.stem[:1].isupper() and place_word(token.stem) in people]
        said = {place_word(token.stem) for token in there}
        missing = [token for key, token in here.items() if key not in said]
        extra = [token for token in there if place_word(token.stem) not in here]
        # Both written as the one who speaks, or both written in full, each by a given name of the table ("Ahmet
        # Yalçın açtı" / "opened by Ayşe Gündoğdu"): a name in full says which person does what, whatever the role.
        speakers = ([token for token in missing if _turkish_speaker(context, token)],
                    [token for token in extra if _english_speaker(context, view, token)])
        in_full = ([token for token in missing if _given_before(view.orig_tokens, token)],
                   [token for token in extra if _given_before(view.trans_tokens, token)])
        missing, extra = speakers if all(speakers) else in_full
        if not missing or not extra:
            continue
        english = extra[0]
        before = view.trans_tokens[english.position - 1] if english.position else None
        words = (before, english) if (before is not None and before.end + 1 == english.start and not before.suffix
                                      and before.stem[:1].isupper() and before.stem.isalpha()
                                      and not is_stopword(before.stem.lower(), Language.ENGLISH)) else (english,)
        found.append(PersonSubstitution(view, words, missing[0]))
    return tuple(found)
