"""Regions named by a compass point and a place, and the English ones put for another part of the same place.

Used by the name-substitution check (D109, basis "region"): "northern Cyprus" where the original says "Güney Kıbrıs",
"Central Anatolia" for "Güneydoğu Anadolu", "the western Black Sea" for "Doğu Karadeniz", "Eastern Europe" for "Orta
Avrupa".
The place is the same on both sides (spelt alike, one place of the gazetteer, or a rendering of the lexicon), so no
place check sees it; only the compass point tells the two regions apart. The compass points are a closed class of
words, kept here in both languages.
"""

from __future__ import annotations

import re

from drift.checks._institutions import PartySubstitution, _capitalised
from drift.checks._names import pair_views
from drift.checks.context import BeadView, CheckContext, per_run
from drift.text.fold import fold_case
from drift.text.tokens import Token

# Turkish compass words, as a name's first word ("Güney Kıbrıs") or as a noun after a place in the genitive ("Almanya'nın
# batısında"), by point: the eight points, and the centre ("İç Anadolu", "Orta Avrupa").
_TURKISH_POINTS = {"kuzey": "n", "güney": "s", "doğu": "e", "batı": "w", "kuzeydoğu": "ne", "kuzeybatı": "nw",
                   "güneydoğu": "se", "güneybatı": "sw", "orta": "c", "iç": "c"}
# English compass words once hyphens and the adjective's "-ern" are gone ("south-eastern": southeast).
_ENGLISH_POINTS = {"north": "n", "south": "s", "east": "e", "west": "w", "northeast": "ne", "northwest": "nw",
                   "southeast": "se", "southwest": "sw", "central": "c", "centre": "c", "center": "c", "middle": "c",
                   "inner": "c", "interior": "c", "mid": "c"}
# How many of a place word's lexicon renderings may name it in English ("karadeniz": black sea).
_PLACE_SENSES = 3
# The genitive ending of a Turkish name, after its apostrophe ("Almanya'nın", "Kıbrıs'ın").
_GENITIVE = re.compile(r"n?[ıiuü]n")


def english_point(word: str) -> str:
    """The compass point an English word names ("south-eastern": se, "Central": c), or ""."""
    folded = word.lower().replace("-", "")
    if folded.endswith("ern") and folded[:-3] in _ENGLISH_POINTS:
        folded = folded[:-3]
    return _ENGLISH_POINTS.get(folded, "")


def _turkish_point(context: CheckContext, token: Token) -> str:
    from drift.lexicon.lemma import turkish_lemmas

    folded = fold_case(token.stem, turkish=True)
    if folded in _TURKISH_POINTS:
        return _TURKISH_POINTS[folded]
    lemmas = turkish_lemmas(token.stem, context.resources.lexicon)[:1]
    return _TURKISH_POINTS.get(lemmas[0], "") if lemmas else ""


def _turkish_regions(context: CheckContext, view: BeadView) -> list[tuple[str, Token, tuple[Token, ...]]]:
    """The original's regions: (point, place word, the tokens naming the region)."""
    tokens = view.orig_tokens
    found = []
    for token, following in zip(tokens, tokens[1:]):
        if following.start != token.end + 1:
            continue
        if _capitalised(token) and not token.suffix and _capitalised(following):
            point = _TURKISH_POINTS.get(fold_case(token.stem, turkish=True), "")
            if point and not _turkish_point(context, following):  # "Orta Doğu" is the Middle East
                before = tokens[token.position - 1] if token.position else None
                if before is not None and before.end + 1 == token.start and not before.suffix:
                    # "Güney Doğu Asya": two words for one point, south-east
                    first = _TURKISH_POINTS.get(fold_case(before.stem, turkish=True), "")
                    point = first + point if first in ("n", "s") and point in ("e", "w") else point
                found.append((point, following, (token, following)))
        elif _capitalised(token) and _GENITIVE.fullmatch(token.suffix) and following.stem.islower():
            point = _turkish_point(context, following)
            if point and fold_case(following.stem, turkish=True) not in _TURKISH_POINTS:
                found.append((point, token, (token, following)))  # "Almanya'nın batısında": the inflected noun
    return found


def _english_regions(view: BeadView) -> list[tuple[str, tuple[Token, ...], tuple[Token, ...]]]:
    """The English's regions: (point, the place's words, the tokens naming the region): "northern Cyprus", "the
    western Black Sea", "Eastern Europe", "the east of Germany"."""
    tokens = view.trans_tokens
    found = []
    for token in tokens:
        point = english_point(token.stem)
        if not point or token.suffix:
            continue
        at = token.position + 1
        if at + 1 < len(tokens) and tokens[at].stem == "of":
            at += 1
        run: list[Token] = []
        while at < len(tokens) and _capitalised(tokens[at]) and not english_point(tokens[at].stem) \
                and (not run or (run[-1].end + 1 == tokens[at].start and not run[-1].suffix)):
            run.append(tokens[at])
            at += 1
        if run:
            found.append((point, tuple(run), (token, *run)))
    return found


def _same_place(context: CheckContext, turkish: Token, english: tuple[Token, ...]) -> bool:
    """One place on both sides: spelt alike, one place of the gazetteer, or a rendering of the lexicon ("Karadeniz":
    black sea, "Anadolu": anatolia)."""
    from drift.checks._substitution import close_names, place_entities
    from drift.lexicon.lemma import turkish_lemmas

    words = [token.stem for token in english]
    if any(close_names(turkish.stem, word) for word in words):
        return True
    if place_entities(turkish.stem, turkish=True) & frozenset().union(*(place_entities(word, turkish=False)
                                                                         for word in words)):
        return True
    lexicon = context.resources.lexicon
    phrase = " ".join(word.lower() for word in words)
    keys = (fold_case(turkish.stem, turkish=True), *turkish_lemmas(turkish.stem, lexicon)[:1])
    return any(sense == phrase or sense in (word.lower() for word in words)
               for key in keys for sense in lexicon.senses(key)[:_PLACE_SENSES])


@per_run
def region_substitutions(context: CheckContext) -> tuple[PartySubstitution, ...]:
    """English regions put for the original's (basis "region"): the same place with another compass point, while
    the English sentence names the original's point nowhere ("the western Black Sea region" keeps it)."""
    found = []
    for view in pair_views(context):
        turkish = _turkish_regions(context, view)
        if not turkish:
            continue
        english = _english_regions(view)
        if not english:
            continue
        points = {english_point(token.stem) for token in view.trans_tokens}
        for point, words, tokens in english:
            for other_point, place, other_tokens in turkish:
                if other_point != point and other_point not in points and _same_place(context, place, words):
                    found.append(PartySubstitution(view, tokens, other_tokens, "region"))
                    break
    return tuple(found)
