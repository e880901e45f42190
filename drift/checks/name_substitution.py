"""Substituted place: the English names a different country, nationality or city than the original.

Why it matters: "Austrian" for Macar (Hungarian) or "Rhodes" for Midilli
(Lesbos) reads naturally and is simply false; no spelling check sees it,
because the two names share no letters, and a reader has no way to notice.

Example: Turkish "Hattın Bulgaristan ve Sırbistan üzerinden geçmesi
planlanıyor", English "The line is planned to run through Bulgaria and
Romania": "Romania" is flagged, the original says Sırbistan (Serbia).

Flagged: an English name the gazetteer (drift.lexicon.gazetteer: CLDR
countries and nationalities, in the plural too, GeoNames cities, Turkey's
towns and districts) knows, which the original names
nowhere, which no Turkish word of the original spells, and which is no
ordinary English word, in sentences whose original names a place of the same
level (a country or nationality, or a city) that the English there renders
neither by the gazetteer nor by spelling.

Not flagged: exonyms and nationality words ("Viyana" is Vienna, "Macar" is
Hungarian, "Mısır" is Egypt, "Yunanlılar" are Greeks), Turkish spellings of foreign names
("Budapeşte", "Vaşington": same sounds), and people's names that are also
towns ("Anna Berger": the original spells "Anna"). Expected: the original's
place, under its English name.

Named institutions and landmarks the gazetteer does not list are compared by
kind (drift.checks._institutions): "Dokuz Eylül University" where the
original says "Ege Üniversitesi" is flagged, since the head nouns are the
same kind (üniversite: university) and no word of the English name is spelt
or translated anywhere in the original, while the original's name there is
not in the English sentence (a town's name, which both may give, does not
count; an institution noun inside the English name only tells its kind). A name made of English words ("National
Museum") is left alone: it may translate the original's, unless (basis
"organisation") it has a body's word (association, union, chamber, forces ...)
and none of its own words renders the original's sentence, while that sentence
names a body with a dictionary word the English renders nowhere ("Türkiye
Ormancılar Derneği" as "Turkish Chamber of Architects"); an acronym of the
original's name in the English, or the original's own name word before the
English one, keeps them one body (drift.checks._institutions).

Owners (basis "owner"): the one name in the genitive before what it owns in
the original's sentence ("Ekinci Tarım'ın siloları"), rendered nowhere in the
English, and the English's one owner ("Beyazkaya Gıda's silos", "the silos of
X") whose words the original's sentence and its neighbours neither spell nor
translate: a firm given what another firm of the article owns.

Natural features (basis "feature"): a sea, river, lake, gulf, strait or
range of the English put for one of the same kind that the original names
and the English sentence renders nowhere ("the Baltic Sea" for Karadeniz, black
sea; "Lake Ohrid" for Salda Gölü; "the Dalaman river", its noun in lower case,
for "Kemer Çayı"), the English one being a name WordNet or the lexicon knows,
or one with a word of no English, that renders nothing of the original's
sentence and is spelt nowhere near it (a person's name far away is no
feature's); a one-word Turkish name ending in its feature's noun
("Karagöl": kara + göl, a lake) is a feature too. Regions (basis "region"):
the same place with another compass point ("northern Cyprus" for "Güney Kıbrıs",
"Southeastern Anatolia" for "İç Anadolu"), the original's point rendered nowhere
in the English sentence (drift.checks._regions). A capitalised word that only
opens its sentence and that the analyser reads as a common word ("Orada":
there) names no place. People (basis "person"): a quote or a view given to
another person of the article ("Kaplan said" where the original writes
"Oktay, ... dedi"; "According to Yılmaz" for "Ay'a göre"): both written as
the one who speaks, or both in full after a given name in any role ("founded
by Ayşe Gündoğdu" for "Ahmet Yalçın açmıştı"), each named in its own sentence
only, in a bead of one sentence on each side (drift.checks._substitution).
"""

from __future__ import annotations

from drift.checks import check
from drift.checks._features import feature_substitutions
from drift.checks._institutions import (body_substitutions, headed_substitutions, institution_substitutions,
                                        organisation_substitutions, owner_substitutions, party_substitutions)
from drift.checks._names import is_turkish_word
from drift.checks._regions import region_substitutions
from drift.checks._substitution import close_names, person_substitutions, substitutions
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Finding, Severity


@check("D109", "name-substitution", Category.NAME, Severity.CRITICAL)
def name_substitution(context: CheckContext):
    orig_text, trans_text = context.alignment.orig.text, context.alignment.trans.text
    institutions = institution_substitutions(context, close_names)
    # A town's name inside another institution's name ("Yahya Kemal University") is that institution's finding.
    inside = {token.start for found in institutions for token in (*found.english.name, found.english.head)}
    for found in substitutions(context):
        english, turkish = found.english, found.turkish
        if english.first.start in inside:
            continue
        said = orig_text[turkish.first.start:turkish.last.start + len(turkish.last.stem)]
        name = trans_text[english.first.start:english.last.start + len(english.last.stem)]
        expected = turkish.places[0].english
        yield make_finding(
            name_substitution, found.view,
            message=f"“{name}” — the original says {said}" + (f" ({expected})" if expected != said else "") + ".",
            trans=context.trans_span(english.first.start, english.last.start + len(english.last.stem)),
            orig=context.orig_span(turkish.first.start, turkish.last.start + len(turkish.last.stem)),
            basis=english.level,
            expected=expected,
            evidence=f"{name} is {english.places[0].english} ({english.level}, {english.places[0].country}); "
                     f"the original names {said} here and {name} nowhere",
        )
    places = {token.start for found in substitutions(context) for token in (found.english.first, found.english.last)}
    organisations = list(_organisation_findings(context, inside | places))
    yield from organisations
    taken = inside | places | {start for finding in organisations
                               for start in range(finding.trans.start, finding.trans.end)}
    for found in body_substitutions(context):
        if any(token.start in taken for token in found.english):
            continue
        yield _named_another(context, found, "body", lambda found, name, said: (
            f"{found.kind}: no word of “{name}” renders the original, and the English renders no word of {said}"))
        taken.update(range(found.english[0].start, found.english[-1].end))
    # A town's name inside an institution's name is the institution's; a name before the same noun ("the
    # Yeşilırmak River") is the head basis's finding, not the feature basis's.
    institution_words = {token.start for found in institutions for token in (*found.english.name, found.english.head)}
    for basis, found_all, blocked, evidence in (
            ("region", region_substitutions, frozenset(), lambda found, name, said: (
                f"both name a part of one place: the original's compass word ({said}) is rendered nowhere in the "
                f"English sentence, which names another part")),
            ("party", party_substitutions, frozenset(), lambda found, name, said: (
                f"the original names the {found.kind} {said}, which the English does not spell; "
                f"the original spells no word of “{name}”")),
            ("head", headed_substitutions, institution_words, lambda found, name, said: (
                f"both name a {found.kind}: the English renders no word of {said}, and the original neither spells "
                f"nor translates “{name}”")),
            ("feature", feature_substitutions, frozenset(), lambda found, name, said: (
                f"both name a {found.kind}: the English renders {said} nowhere, and the original neither spells nor "
                f"translates “{name}”")),
            ("owner", owner_substitutions, institution_words, lambda found, name, said: (
                f"both name the owner of what the sentence speaks of: the English renders {said} nowhere, and the "
                f"original's sentence neither spells nor translates “{name}”"))):
        for found in found_all(context):
            if _overlaps(found.english, taken) or _overlaps(found.english, blocked):
                continue
            yield _named_another(context, found, basis, evidence)
            taken.update(range(found.english[0].start, found.english[-1].end))
    for found in person_substitutions(context):
        if _overlaps(found.english, taken):
            continue
        name = trans_text[found.english[0].start:found.english[-1].end]
        said = found.turkish.stem
        yield make_finding(
            name_substitution, found.view,
            message=f"“{name}” — the original names {said} here, another person of the article.",
            trans=context.trans_span(found.english[0].start, found.english[-1].end),
            orig=context.orig_span(found.turkish.start, found.turkish.start + len(said)),
            basis="person",
            expected=said,
            evidence=f"the original's sentence names {said} and not {name}; the English names {name} and not {said}",
        )
    for found in institutions:
        english, turkish = found.english, found.turkish
        said = orig_text[turkish.first.start:turkish.last.start + len(turkish.last.stem)]
        name = trans_text[english.first.start:english.last.start + len(english.last.stem)]
        words = list(turkish.name)
        if len(words) > 1 and _opens_sentence(orig_text, words[0]) and is_turkish_word(context, words[0].stem):
            words = words[1:]  # "Sayım Ege Üniversitesi ile yapıldı": the count, not part of the name
        original_name = " ".join(token.stem for token in words)
        yield make_finding(
            name_substitution, found.view,
            message=f"“{name}” — the original names another {found.kind}: {said}.",
            trans=context.trans_span(english.first.start, english.last.start + len(english.last.stem)),
            orig=context.orig_span(turkish.first.start, turkish.last.start + len(turkish.last.stem)),
            basis="institution",
            expected=f"{original_name} {found.kind.title()}",
            evidence=f"{found.kind}: the original names {said} here, and no word of “{name}” anywhere",
        )


def _organisation_findings(context: CheckContext, inside: set[int]):
    """Organisations named in English words put for the original's (drift.checks._institutions)."""
    orig_text, trans_text = context.alignment.orig.text, context.alignment.trans.text
    for found in organisation_substitutions(context):
        if any(token.start in inside for token in found.english):
            continue
        name = trans_text[found.english[0].start:found.english[-1].end]
        said = orig_text[found.turkish[0].start:found.turkish[-1].end]
        word = found.unrendered.text
        yield make_finding(
            name_substitution, found.view,
            message=f"“{name}” — the original names another body here: {said}.",
            trans=context.trans_span(found.english[0].start, found.english[-1].end),
            orig=context.orig_span(found.turkish[0].start, found.turkish[-1].end),
            basis="organisation",
            expected=said,
            evidence=f"no word of “{name}” renders the original's sentence, and the English renders “{word}” "
                     "of the original's name nowhere",
        )


def _opens_sentence(text: str, token) -> bool:
    before = text[:token.start].rstrip()
    return not before or before[-1] in ".!?\n"


def _named_another(context: CheckContext, found, basis: str, evidence) -> Finding:
    """A body or party of the English that stands where the original names another of its kind; `evidence` words
    the reason from what was found, the English name and the original's."""
    trans_text, orig_text = context.alignment.trans.text, context.alignment.orig.text
    name = trans_text[found.english[0].start:found.english[-1].end]
    said = orig_text[found.turkish[0].start:found.turkish[-1].end]
    message = (f"“{name}” — the original names {said} here, before the same noun ({found.kind})." if basis == "head"
               else f"“{name}” — the original gives it to another owner here: {said}." if basis == "owner"
               else f"“{name}” — the original names another {found.kind} here: {said}.")
    return make_finding(
        name_substitution, found.view,
        message=message,
        trans=context.trans_span(found.english[0].start, found.english[-1].end),
        orig=context.orig_span(found.turkish[0].start, found.turkish[-1].end),
        basis=basis,
        expected=said,
        evidence=evidence(found, name, said),
    )


def _overlaps(tokens, taken) -> bool:
    """Whether a character of these English tokens is already another finding's."""
    return any(start in taken for token in tokens for start in range(token.start, token.end))
