"""Natural features of a pair (seas, rivers, lakes, ranges, islands), and the English ones put for others.

Used by the name-substitution check (D109, basis "feature"): "the Baltic Sea" where the original says Karadeniz
(black sea), "Lake Ohrid" for Salda Gölü. A feature's kind comes from its noun, read through the lexicon ("Gölü": lake,
"Dağları": mountains), whether the noun is a word of its own after the name or the last part of a one-word name
("Gökırmak": gök + ırmak, a river; "Karagöl": a lake). An English feature's noun may follow its name in lower case
("the Kemer river", "the Dalaman stream"); a brook, creek or stream is a river's kind.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from drift.checks._institutions import (_CONNECTORS, _NAME_RENDERINGS, _SHARED_STEM, MAX_NAME_WORDS,
                                        PartySubstitution, _capitalised, _country_word, _name_before,
                                        _nearby_capitalised)
from drift.checks._names import common_word_opening, is_english_word, pair_views
from drift.checks.context import BeadView, CheckContext, per_run
from drift.model import Language
from drift.text.fold import fold_case
from drift.text.stopwords import is_stopword
from drift.text.tokens import Token


# English nouns of natural features, by the kind they name: a Turkish name ("Karadeniz": black sea, "Salda Gölü",
# "Sultan Dağları") and an English one ("the Baltic Sea", "Lake Ohrid", "the Gulf of Riga") of one kind may be compared.
FEATURE_KINDS = {"sea": "sea", "ocean": "ocean", "river": "river", "lake": "lake", "loch": "lake", "gulf": "gulf",
                 "bay": "gulf", "strait": "strait", "straits": "strait", "mountain": "mountain", "mountains": "mountain",
                 "mount": "mountain", "range": "mountain", "canal": "canal", "peninsula": "peninsula",
                 "island": "island", "islands": "island", "desert": "desert", "valley": "valley", "delta": "delta"}
# English feature nouns written before the name ("Lake Van", "Mount Ararat").
_NOUN_FIRST = frozenset({"lake", "mount"})
_FEATURE_SENSES = 3
# A one-word Turkish name may end in its feature's noun ("Karagöl": kara + göl, a lake; "Göksu", a river). The
# noun's renderings among this many give the kind: a running water's noun may be something else first ("çay" is tea
# first, a brook fifth).
_COMPOUND_SENSES = 6
_WATERCOURSES = {"brook": "river", "creek": "river", "stream": "river"}
# Letters of each part of such a name at the least ("Aksu": ak + su).
_COMPOUND_PART = 2


@dataclass(frozen=True)
class Feature:
    """A named natural feature in one language's text: its tokens, its kind, the English names it may go by
    (lower case, whole) and the words of those names that tell it from others of its kind."""

    tokens: tuple[Token, ...]
    kind: str
    names: frozenset[str]
    words: frozenset[str]


@functools.lru_cache(maxsize=65536)  # the same senses and English words are asked of every bead
def _feature_of(name: str) -> tuple[str, tuple[str, ...]] | None:
    """The kind and the telling words of an English feature's name ("baltic sea": sea, baltic; "gulf of riga": gulf,
    riga); a one-word name through WordNet's fuller names of it ("danube": danube river)."""
    from drift.lexicon.thesaurus import load_thesaurus

    words = name.split()
    if len(words) > 1 and words[-1] in FEATURE_KINDS:
        return FEATURE_KINDS[words[-1]], tuple(words[:-1])
    if len(words) > 1 and words[0] in FEATURE_KINDS:
        return FEATURE_KINDS[words[0]], tuple(word for word in words[1:] if word not in _CONNECTORS)
    if len(words) == 1:
        thesaurus = load_thesaurus()
        for synset in thesaurus.synsets(name, "n")[:2]:
            for literal in thesaurus.literals[synset]:
                parts = literal.split()
                if len(parts) == 2 and parts[0] == name and parts[1] in FEATURE_KINDS:
                    return FEATURE_KINDS[parts[1]], (name,)
    return None


@functools.lru_cache(maxsize=65536)  # asked of every capitalised word the other readings leave
def _compound_feature(word: str, lexicon) -> tuple[str, str] | None:
    """The kind and first part of a one-word name ending in a feature noun the lexicon renders ("Karagöl": lake,
    kara), its longest such ending first; None when no ending is one."""
    folded = fold_case(word, turkish=True)
    for cut in range(_COMPOUND_PART, len(folded) - _COMPOUND_PART + 1):
        for sense in lexicon.senses(folded[cut:])[:_COMPOUND_SENSES]:
            kind = FEATURE_KINDS.get(sense) or _WATERCOURSES.get(sense)
            if kind:
                return kind, folded[:cut]
    return None


def _compound_name(context: CheckContext, view: BeadView, token: Token) -> Feature | None:
    """A one-word Turkish name of a feature whose noun is its last part ("Karagöl'e", "Göksu'da"), unless the word is
    a country or a large town ("Kanada", kan + ada; "Bingöl"), or a common word that opens a sentence ("Burada")."""
    from drift.checks._substitution import CITY_OVER_WORD, place_entities
    from drift.lexicon.gazetteer import load_gazetteer

    lexicon = context.resources.lexicon
    read = _compound_feature(token.stem, lexicon)
    if read is None or common_word_opening(context, view, token):
        return None
    if any(place.level == "country" or place.population >= CITY_OVER_WORD
           for place in load_gazetteer().lookup([token.stem], turkish=True)):
        return None
    folded = fold_case(token.stem, turkish=True)
    if any(place_entities(sense, turkish=False) for sense in lexicon.senses(folded)[:_FEATURE_SENSES]):
        return None  # the lexicon renders it as a place ("Karadağ": Montenegro)
    kind, first = read
    # The first part's renderings tell it too: a translator may render the name's meaning ("kara": black).
    words = {folded} | {sense for sense in lexicon.senses(first)[:_FEATURE_SENSES] if " " not in sense}
    return Feature((token,), kind, frozenset({folded}), frozenset(words))


def _turkish_features(context: CheckContext, view: BeadView) -> list[Feature]:
    """The original's natural features: a word the lexicon renders as one ("Karadeniz": black sea, "Fırat":
    euphrates river), or names before a feature noun ("Van Gölü", "Çanakkale Boğazı"), read as a whole where the
    lexicon has it and else word by word."""
    from drift.lexicon.lemma import turkish_lemmas

    lexicon = context.resources.lexicon
    tokens, text = view.orig_tokens, context.alignment.orig.text
    found: list[Feature] = []
    used: set[int] = set()
    for token in tokens:
        if not _capitalised(token) or token.stem.isupper() or token.position in used:
            continue
        lemmas = turkish_lemmas(token.stem, lexicon) or (fold_case(token.stem, turkish=True),)
        lemma = lemmas[0]
        senses = lexicon.senses(lemma)[:_FEATURE_SENSES]
        # The noun's second reading counts too ("Dağları" is read first as a form of dağlamak, to brand).
        nouns = [FEATURE_KINDS[sense] for other in lemmas[:2] for sense in lexicon.senses(other)[:_FEATURE_SENSES]
                 if sense in FEATURE_KINDS]
        # A running water's noun may be something else first ("Çayı": tea, then a brook): after a name, its first
        # six renderings give a river as a one-word name's do.
        nouns += [_WATERCOURSES[sense] for sense in lexicon.senses(lemma)[:_COMPOUND_SENSES] if sense in _WATERCOURSES]
        name = tuple(other for other in _name_before(tokens, text, token.position) if other.position not in used)
        if len(name) > 1 and common_word_opening(context, view, name[0]):
            name = name[1:]  # "Yürüyüş Munzur Dağları'nda yapıldı": the sentence's first word is no part of the name
        if nouns and name:
            phrase = " ".join(fold_case(other.stem, turkish=True) for other in (*name, token))
            wholes = [sense for key in (phrase, *turkish_lemmas(phrase, lexicon)[:1])
                      for sense in lexicon.senses(key)[:_FEATURE_SENSES]]
            words = {fold_case(other.stem, turkish=False) for other in name}
            for other in name:
                words |= {sense for sense in lexicon.senses(fold_case(other.stem, turkish=True))[:_FEATURE_SENSES]
                          if " " not in sense}
            for whole in wholes:
                read = _feature_of(whole)
                words |= set(read[1]) if read else set(whole.split())
            found.append(Feature((*name, token), nouns[0], frozenset(wholes), frozenset(words)))
            used.update(other.position for other in (*name, token))
            continue
        for sense in senses:
            read = _feature_of(sense)
            if read and " " not in lemma:
                found.append(Feature((token,), read[0], frozenset({sense, " ".join(read[1])}), frozenset(read[1])))
                used.add(token.position)
                break
        else:
            compound = _compound_name(context, view, token)
            if compound is not None:
                found.append(compound)
                used.add(token.position)
    return found


def _english_features(context: CheckContext, view: BeadView) -> list[Feature]:
    """The English's natural features: names before a feature noun ("the Baltic Sea", "the Zagros Mountains"),
    after it ("the Gulf of Riga", "Lake Ohrid"), or alone when WordNet or the lexicon knows the name as a feature
    ("the Danube": danube river; "the Sinai": sina yarımadası, a peninsula)."""
    from drift.lexicon.lemma import turkish_lemmas

    lexicon = context.resources.lexicon
    tokens, text = view.trans_tokens, context.alignment.trans.text
    found: list[Feature] = []
    used: set[int] = set()
    for token in tokens:
        noun = token.stem.lower()
        kind = FEATURE_KINDS.get(noun) or _WATERCOURSES.get(noun)
        if not kind or not token.stem.isalpha():
            continue
        if not _capitalised(token):
            # "the Kemer river", "the Dalaman stream": a lower-case noun after a name names a feature too
            if not token.position or tokens[token.position - 1].end + 1 != token.start:
                continue
            name = tuple(other for other in _name_before(tokens, text, token.position)
                         if not is_stopword(other.stem.lower(), Language.ENGLISH) and other.position)
            # Only a name of its own: "the Greek islands", "the Syrian desert", "the Northern mountains" describe.
            if name and any(not is_english_word(context, other.stem) and not _country_word(other.stem)
                            for other in name):
                whole = " ".join(other.stem.lower() for other in (*name, token))
                found.append(Feature((*name, token), kind, frozenset({whole}),
                                     frozenset(other.stem.lower() for other in name)))
                used.update(other.position for other in (*name, token))
            continue
        name = tuple(other for other in _name_before(tokens, text, token.position)
                     if not is_stopword(other.stem.lower(), Language.ENGLISH))
        after = tokens[token.position + 1:token.position + 1 + MAX_NAME_WORDS]
        if not name and after and (after[0].stem == "of" or noun in _NOUN_FIRST):
            run = []
            for other in after[1:] if after[0].stem == "of" else after:
                if not _capitalised(other) or (run and run[-1].end + 1 != other.start):
                    break
                run.append(other)
            name = tuple(run)
        if name:
            whole = " ".join(other.stem.lower() for other in sorted((*name, token), key=lambda t: t.position))
            words = frozenset(other.stem.lower() for other in name)
            found.append(Feature(tuple(sorted((*name, token), key=lambda t: t.position)), kind,
                                 frozenset({whole}), words))
            used.update(other.position for other in (*name, token))
    for token in tokens:
        if not _capitalised(token) or token.position in used or token.stem.lower() in FEATURE_KINDS \
                or not token.position or is_stopword(token.stem.lower(), Language.ENGLISH):
            continue
        word = token.stem.lower()
        read = _feature_of(word)
        if read is None:
            for turkish in lexicon.turkish_for(word)[:2]:
                head = turkish.split()[-1]
                kinds = [FEATURE_KINDS[sense] for lemma in turkish_lemmas(head, lexicon)[:1]
                         for sense in lexicon.senses(lemma)[:1] if sense in FEATURE_KINDS]
                if kinds:
                    read = (kinds[0], (word,))
                    break
        if read is None and not is_english_word(context, token.stem):
            compound = _compound_feature(token.stem, lexicon)  # a Turkish name kept whole ("the Karagöl")
            read = (compound[0], (word,)) if compound else None
        if read:
            found.append(Feature((token,), read[0], frozenset({word}), frozenset({word})))
    return found


@per_run  # D109 reports them and D502 leaves their words to it
def feature_substitutions(context: CheckContext) -> tuple[PartySubstitution, ...]:
    """English natural features put for the original's of the same kind (basis "feature"): "the Baltic Sea" where
    the original says Karadeniz (black sea), "Lake Ohrid" for Salda Gölü.

    The original's feature is rendered nowhere in the English sentence (none of its English names, none of the
    words that tell it, no word spelt alike); the English feature is a name WordNet or the lexicon knows, or has a
    word no English word or a rare one ("Lycian"); none of its words is spelt by a capitalised word of the original or renders a word of
    the original's sentence, nor does its whole name render one, save the noun of a feature the original names by
    other words too ("the Bosphorus" renders boğaz, not "Çanakkale Boğazı")."""
    from drift.checks._substitution import close_names
    from drift.lexicon.lemma import turkish_lemmas
    from drift.lexicon.thesaurus import load_thesaurus

    lexicon = context.resources.lexicon
    found = []
    for view in pair_views(context):
        turkish = _turkish_features(context, view)
        if not turkish:
            continue
        english = _english_features(context, view)
        if not english:
            continue
        # A word spelt only far from this bead ("Ekin" a person, "Mount Ekin" a peak) renders nothing here.
        capitalised = _nearby_capitalised(context, view)
        orig_stems = {fold_case(token.stem, turkish=True) for token in view.orig_tokens}
        orig_lemmas = {lemma for token in view.orig_tokens for lemma in turkish_lemmas(token.stem, lexicon)[:2]}
        trans_text = " " + " ".join(token.stem.lower() for token in view.trans_tokens) + " "
        trans_words = {token.stem.lower() for token in view.trans_tokens}
        trans_names = [token.stem for token in view.trans_tokens if _capitalised(token)]

        def rendered(feature: Feature) -> bool:
            return any(f" {name} " in trans_text for name in feature.names) \
                or any(word in trans_words for word in feature.words) \
                or any(close_names(token.stem, other) for token in feature.tokens for other in trans_names) \
                or any(close_names(name, other) for name in feature.names if " " not in name
                       for other in trans_names)  # "Bosphorus" for the lexicon's "bosporus": one name, two spellings

        def renders_original(key: str) -> bool:
            if key in nouns:
                return False
            first = key.split()[0]
            return key in orig_lemmas or key in orig_stems or any(stem.startswith(first) for stem in orig_stems
                                                                  if len(first) >= _SHARED_STEM)

        unrendered = [feature for feature in turkish if not rendered(feature)]
        if not unrendered:
            continue
        # The noun of a feature the original names by other words too, which the lexicon knows by another English
        # name ("Çanakkale Boğazı": the Dardanelles): an English name that renders only the noun ("the Bosphorus":
        # boğaz) renders nothing of which strait the original means.
        nouns = {lemma for feature in unrendered if feature.names and any(not common_word_opening(context, view, token)
                                                                          for token in feature.tokens[:-1])
                 for lemma in turkish_lemmas(feature.tokens[-1].stem, lexicon)[:2]}  # "Gemiler Boğaz'dan": the ships
        for feature in english:
            whole = next(iter(feature.names))
            if any(close_names(word, token.stem) for word in capitalised for token in feature.tokens
                   if token.stem.lower() in feature.words):
                continue
            if any(renders_original(key) for key in lexicon.turkish_for(whole)[:_NAME_RENDERINGS]) or any(
                    renders_original(key) for word in feature.words for key in lexicon.turkish_for(word)[:_NAME_RENDERINGS]):
                continue
            if not (load_thesaurus().synsets(whole, "n") or lexicon.turkish_for(whole)
                    or any(not is_english_word(context, word) or _place_name(word) or _rare_word(word)
                           or _names_a_feature(lexicon, word) for word in feature.words)):
                continue
            candidates = [other for other in unrendered if other.kind == feature.kind]
            if candidates:
                found.append(PartySubstitution(view, feature.tokens, candidates[0].tokens, feature.kind))
    return tuple(found)


# An English word this rare in running text, capitalised in a feature's name, is that name's own ("the Lycian
# Mountains"), not a word that might translate the original's.
_RARE_NAME_ZIPF = 2.5


def _rare_word(word: str) -> bool:
    from drift.text.frequency import zipf

    return zipf(word, "en") < _RARE_NAME_ZIPF


def _place_name(word: str) -> bool:
    """An English word that is also a town's name a feature may be named after ("Lake Van"): one of Turkey's towns,
    or a city large enough that its name means the city (drift.checks._substitution.CITY_OVER_WORD)."""
    from drift.checks._substitution import CITY_OVER_WORD
    from drift.lexicon.gazetteer import load_gazetteer

    return any(place.country == "TR" or place.population >= CITY_OVER_WORD
               for place in load_gazetteer().lookup([word], turkish=False))


@functools.lru_cache(maxsize=4096)
def _names_a_feature(lexicon, word: str) -> bool:
    """An English word the lexicon renders by a Turkish feature's name ("taurus": toros dağları): a name, though
    an English word too (the constellation)."""
    from drift.lexicon.lemma import turkish_lemmas

    for turkish in lexicon.turkish_for(word)[:_NAME_RENDERINGS]:
        parts = turkish.split()
        if len(parts) > 1 and any(sense in FEATURE_KINDS for lemma in turkish_lemmas(parts[-1], lexicon)[:2]
                                  for sense in lexicon.senses(lemma)[:_FEATURE_SENSES]):
            return True
    return False
