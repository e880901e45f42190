"""Participant roles read on both sides of a sentence pair: who acts, who undergoes, goal, source, standard.

Turkish marks a noun phrase's role with the case ending on its last word:
nominative (a subject, set off by a comma or "ise"), accusative -(y)I (the
object), dative -(y)A (the goal), ablative -DAn (the source; the standard of
a comparison before "daha" or "fazla", past words of measure: "iki kat
daha"), genitive -(n)In (the possessor, or the doer of a verb made a noun),
locative -DA and -DAki (the place), comitative -(y)lA (the companion or the
means, which English may make an object: "işçilerle görüşmeden", without
consulting the workers). "-ki" makes a pronoun that takes a case of its own
("Kayseri'dekinin", "erkeklerinkinden"): the last case is the role. The voice
of the governing verb, read by drift.text.morphology with the suffixes as a
check, changes it: the subject of a passive with "tarafından" undergoes the
act, and the dative of a causative is the one made to act, which English
makes an object ("memurlara okuttu": had the clerks read). A noun of place
with a possessive and a case ("Köyü karşısındaki", "arasında") is a
postposition, no participant. A
postpositions change the role: "-A göre" and "-In iki katı" name a standard,
"tarafından" an agent, "değil" and "yerine" the alternative rejected, "-A
doğru" and "-A kadar" keep a goal. Words before the head of a phrase ("Alman
ve Fransız rakiplerine") and names joined by "ve" share its role; a time
("geçen yıl") ends a phrase, and a common word does not modify a name that
carries its own ending ("Hasat Ayvalık'ta").

The analyser also reads the case of a noun whose stem the lemmas miss ("kaybın"),
rules out a word it reads only as a verb form ("ısıtan"), and lets a bare "-I"
(object or possessed word) be an object right before a verb or after a topic
with "ise", unless a bare noun before it makes a compound ("aşılama oranı").

English marks it with a preposition before the phrase ("to", "from", "than",
"by" (the doer, or the means), "with", "of", "in"; "than in", "as (those)
in" and "twice (half, N times) that in" make a place the standard), a
possessive, "as" after "as many", "rather than" and "instead of", or with the
position of a bare phrase: before its verb it is the subject (the doer, or the
one who undergoes when the verb is passive: "was beaten"; not when a pronoun
stands between; past an aside set off by commas, a relative clause or a short
phrase of its own: "The union, for its part, objected", "The firm that cleans
the streets owes", "demand for fish had"), after a verb, or an -ing form after
"without", "by", "after", "before" or "while", the object; after "told" or
"warned" the one told, and the first of two objects the one given to ("handed
pupils the prizes").

Roles are sets, because one marker may serve several (a genitive or an
English possessive is an owner or a doer). A dative is the object too when
the English makes some participant the object of a verb that renders the
dative's own active verb and no accusative depends on it ("X'e dava açmak":
to sue X). Two participants have *exchanged* roles when neither keeps its own
and each took the other's: what a faithful translation, which may turn active
into passive or a possessive into "of", does not do.

Each participant also has a *governor*, the word it depends on: the word that
carries a genitive's possessive (matched as brackets: "A'nın B'nin fiyatını
takip etmesi"; a possessed genitive, "kiracıların giderlerinin", closes the one
before it; a verb made a noun after its object, "zammın talebi düşürdüğü", when one is open; the
possessed word at the clause's end for a genitive set off by a comma), for "X tarafından" the verb after it,
the first verb after an oblique that no genitive between them owns ("heyete kuşların konakladığı gölü
gösterdi": gösterdi), the last verb of a nominative's clause, for "-DAki" the noun it modifies, and for an
oblique of a participle the participle and the noun it modifies ("DAG'da çalışacak
gökbilimcilere"); in English the words a possessive owns, the noun before
"of", the nearest verb before a preposition (with no verb before it in its
clause, the noun right before: "experts from DAG will"), a subject's verb
group ("is expected to follow"), an object's verb. Two participants that keep their
cases but each depend, in English, on a word rendering the other's Turkish
governor have traded places ("X'in talebi üzerine Y'nin topladığı" rendered
"convened by X at the request of Y"; "A'dan başlayıp B'de bitecek" rendered
"start in B and end in A"). An agent the English makes the owner of what a
genitive owns, while the genitive owns nothing there, has moved the ownership
("kiracıların giderlerinin şirket tarafından karşılanması" rendered "the tenants
cover the company's costs"). A standard of comparison the English gives to
another participant has moved ("as many in X as in Y" for "Y'dekinin ... katı").
A companion (-(y)lA) counts as exchanged only when the English makes it the
subject and the original's doer of another verb the object; with one verb of
meeting either may be the subject, and a means is no doer. One participant
alone has its role turned round in the same act (`changed_for_the_same_act`)
when the English verb it depends on renders its Turkish governor and the
original makes it the one the act is done to while the English makes it that
verb's active subject at the start of its clause, or "tarafından" names it the
doer while the English makes it an object. `turned_in_clause` and `relative_turned` read one participant whose
role the clause makes certain (a nominative opening its sentence, a comitative of no verb of meeting, a relative
clause's participle) and need no partner; `_converse` leaves a verb the antonym table turns round ("sold" for
"satın aldı") alone. `relative_nouns_turned` reads a relative clause's noun from the English clause's shape alone
("the pilot she had beaten" for "kendisini yenen pilot"), and drift.checks._parties reads two-sided events (lend /
borrow, beat / lose to) by each side's own verb over these participants.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from enum import Enum

from drift.checks.context import BeadView, CheckContext, per_text
from drift.lexicon.morph import parses_as, surface_stems, verb_stem
from drift.model import Language
from drift.text.fold import fold_case
from drift.text.stopwords import is_stopword
from drift.text.tokens import Token


class Role(str, Enum):
    """What a participant is to the event: the same inventory on both sides."""

    AGENT = "doer"
    PATIENT = "object"
    GOAL = "goal"
    SOURCE = "source"
    STANDARD = "standard of comparison"
    POSSESSOR = "owner"
    PLACE = "place"
    SAYER = "source of a claim"
    COMPANION = "companion or means"


@dataclass(frozen=True)
class Reading:
    """One word's role in its sentence, the marker that shows it, and whether it is the alternative turned down."""

    roles: frozenset[Role]
    marker: str
    rejected: bool = False
    owner_of: int | None = None  # a genitive: the Turkish position of the phrase it owns
    voice: str = ""  # the Turkish governor's voice when it is no plain active: "passive" or "causative"
    # The words the participant depends on, on its own side: the noun a genitive or possessive owns, the noun
    # before "of", the verb of a subject, an object or an oblique ("Tekirdağ'dan başlayıp": başlayıp).
    governor: tuple[int, ...] = ()


# Case endings after a name's apostrophe.
_NAME_CASES = (
    (("daki", "deki", "taki", "teki", "ndaki", "ndeki"), "locative", frozenset({Role.PLACE})),
    (("dan", "den", "tan", "ten", "ndan", "nden"), "ablative", frozenset({Role.SOURCE})),
    (("da", "de", "ta", "te", "nda", "nde"), "locative", frozenset({Role.PLACE})),
    (("ın", "in", "un", "ün", "nın", "nin", "nun", "nün"), "genitive", frozenset({Role.POSSESSOR, Role.AGENT})),
    (("ı", "i", "u", "ü", "yı", "yi", "yu", "yü", "nı", "ni", "nu", "nü"), "accusative", frozenset({Role.PATIENT})),
    (("a", "e", "ya", "ye", "na", "ne"), "dative", frozenset({Role.GOAL})),
    (("la", "le", "yla", "yle"), "comitative", frozenset({Role.COMPANION, Role.PATIENT})),
)
# "-DAki" or "-(n)In" made a pronoun by "-ki", then a case of its own: "Pamukkale'dekinin" (of the one in
# Pamukkale), "erkeklerinkinden" (than the men's). The last case is the phrase's role.
_PRONOMINAL_KI = re.compile(r"(?:n?[ıiuü]n|n?[dt][ae])k[iü](?:l[ae]r)?(?P<case>.*)")
_PRONOUN_CASES = (
    (re.compile(r"n?[dt][ae]n"), "ablative", frozenset({Role.SOURCE})),
    (re.compile(r"n?[dt][ae]"), "locative", frozenset({Role.PLACE})),
    (re.compile(r"n?[ıiuü]n"), "genitive", frozenset({Role.POSSESSOR, Role.AGENT})),
    (re.compile(r"n?[ıiuü]"), "accusative", frozenset({Role.PATIENT})),
    (re.compile(r"n?[ae]"), "dative", frozenset({Role.GOAL})),
    (re.compile(r"y?l[ae]"), "comitative", frozenset({Role.COMPANION, Role.PATIENT})),
)
# A comitative -(y)lA: the companion ("işçilerle görüşmeden": without meeting the workers) or the means ("trenle");
# English makes the companion of "görüşmek" or "anlaşmak" an object ("consulting the workers") as often as not.
_COMITATIVE = frozenset({Role.COMPANION, Role.PATIENT})
# Whole words the lexicon lists that are a noun with a case ending ("kuzeyden": north-wind, but first from the
# north): read by their case. Adverbs made so ("yeniden": again, "önceden": beforehand) are no participants.
_LEXICAL_ADVERBS = frozenset("yeniden önceden sonradan birden baştan içten candan gerçekten derhal aslında "
                             "sırayla zorla hızla özellikle genellikle kolaylıkla ayrıca".split())
# The same endings after a common noun's dictionary form, with plural and possessive before them.
_BEFORE_CASE = r"(?:l[ae]r)?(?:[ıiuü]|s[ıiuü]|[ıiuü]m[ıiuü]z|[ıiuü]n[ıiuü]z)?"
_NOUN_CASES = (
    (re.compile(_BEFORE_CASE + r"n?[dt][ae]ki"), "locative", frozenset({Role.PLACE})),
    (re.compile(_BEFORE_CASE + r"n?[dt][ae]n"), "ablative", frozenset({Role.SOURCE})),
    (re.compile(_BEFORE_CASE + r"n?[dt][ae]"), "locative", frozenset({Role.PLACE})),
    (re.compile(_BEFORE_CASE + r"n?[ıiuü]n"), "genitive", frozenset({Role.POSSESSOR, Role.AGENT})),
    (re.compile(_BEFORE_CASE + r"[ny]?[ae]"), "dative", frozenset({Role.GOAL})),
    (re.compile(_BEFORE_CASE + r"y?l[ae]"), "comitative", _COMITATIVE),
)
# No case ending: a nominative, or the head of a compound ("belediye binası").
_BARE = re.compile(r"(?:l[ae]r)?(?:[ıiuü]|s[ıiuü])?")
_AND = frozenset({"ve", "ile", "veya", "ya"})
# Bare time nouns, which end a time phrase ("bu hafta", "geçen kış") rather than modify the next word.
_TURKISH_TIME = frozenset("yıl hafta ay gün sabah akşam gece öğlen kış yaz ilkbahar sonbahar bahar sezon dönem "
                          "saat dün bugün yarın".split())
_SUBJECT_PARTICLES = frozenset({"ise"})
# Postpositions that turn a case into a standard of comparison, or into a role no English preposition shows.
_STANDARD_AFTER_DATIVE = frozenset({"göre", "kıyasla", "oranla", "nazaran"})
_STANDARD_AFTER_ABLATIVE = frozenset({"daha", "fazla", "az", "çok", "büyük", "küçük", "yüksek", "düşük"})
# Postpositions after a dative that keep it a goal: "-A doğru" towards, "-A kadar" as far as.
_DIRECTION_AFTER_DATIVE = frozenset({"doğru", "kadar"})
# "iki katı", "yarısı kadar", "iki katıydı" (was twice), "on katından fazla"
_MULTIPLE = re.compile(r"(?:katı|yarısı)(?:n[ae]|nd[ae]n|yl[ae])?(?:y?d[ıi]|y?m[ıi]ş|d[ıi]r)?$")
_MULTIPLE_SKIP = frozenset("neredeyse yaklaşık tam en az iki üç dört beş on yüz bir".split())
_OTHER_POSTPOSITIONS = frozenset(
    "karşı kadar doğru rağmen dair ilişkin yönelik beri sonra önce itibaren dolayı ötürü başka "
    "ait değin dek yakın uzak öte yana evvel itibaren dolayısıyla birlikte beraber gibi için "
    "bu".split())  # "-DAn bu yana": since
_REJECTING = frozenset({"değil", "yerine"})
# Postpositions, which a dictionary may list as words of their own ("talebi üzerine"): never part of a phrase.
_POSTPOSITION_WORDS = frozenset(
    "üzerine nedeniyle sayesinde yüzünden boyunca hakkında karşın rağmen göre kadar doğru dolayı itibaren "
    "tarafından kıyasla oranla nazaran sırasında esnasında süresince".split())  # "belediye tarafından": by the
# municipality, not an ablative of "taraf" (side); "yıla kıyasla": compared with the year, not a comitative of "kıyas";
# "sel sırasında": during the flood, no word a genitive before it owns
_PHRASE_REACH = 5
# A noun of place with a possessive and a case makes a postposition of the genitive before it ("Köyü karşısındaki":
# opposite the village, "iki kent arasında": between two towns): a relation, not a participant.
_SPATIAL_POSTPOSITION = re.compile(r"(?:karşı|yan|iç|ön|arka|alt|üst|dış|çevre|yakın|ara|orta|kenar|civar|etraf)"
                                   r"s?[ıiuü]n(?:[dt][ae](?:ki)?|[dt][ae]n|[ae])")


def _between(text: str, left: Token, right: Token) -> str:
    return text[left.end:right.start]


# An accusative a common noun shows unambiguously: after a possessive (payını, binasını) or a vowel (odayı).
# A bare -I after a consonant is as often a compound's possessive ("belediye binası"), so it is not read.
_ACCUSATIVE = re.compile(r"(?:l[ae]r)?(?:[ıiuü]|s[ıiuü])n[ıiuü]")
# A verb's non-finite endings: verbal nouns, participles and converbs ("aktarmaya", "konuşan", "başlayıp").
_NONFINITE = re.compile(r"(?:m[ae]k?|[dt][ıiuü][kğ]|y?[ae]n|y?[ae]c[ae][kğ]|y?[ıiuü]p|y?[ae]r[ae]k)")
# A participle: "-(y)An" (who works), "-(y)AcAk" (who will), "-DIk" with a possessive (that X leased).
_PARTICIPLE = re.compile(
    r"(?:y?[ae]n|y?[ae]c[ae]k|[dt][ıiuü][kğ](?:[ıiuü]|[ıiuü]m[ıiuü]z|[ıiuü]n[ıiuü]z|l[ae]r[ıi])?)$")
_VERBAL_NOUN = re.compile(r"m[ae]|[dt][ıiuü][kğ]|y?[ae]c[ae][kğ]")
# A word that carries a third-person possessive before any case ending: the head of an owned phrase.
_OWNED = re.compile(r".*(?:[ıiuü]|s[ıiuü])(?:n(?:[dt][ae](?:ki)?|[dt][ae]n|[ae]|[ıiuü]n?|[ıiuü]|l[ae]))?$")
_POSSESSED = re.compile(r"(?:l[ae]r)?(?:[ıiuü]|s[ıiuü])n")
# A possessive and then a genitive ("giderlerinin", "payının"), not a genitive alone after a consonant ("kooperatifin").
_POSSESSED_GENITIVE = re.compile(r"[ıiuü]n[ıiuü]n$")


@dataclass(frozen=True)
class _Case:
    """A Turkish word's own ending: its name and roles (None: no ending), and whether a possessive precedes it."""

    name: str
    roles: frozenset[Role] | None
    possessed: bool = False
    bare: bool = True  # nothing at all after the dictionary form: the word may modify the next one


def _sentence_initial(view: BeadView, token: Token) -> bool:
    return any(sentence.start == token.start for sentence in view.orig_sentences)


def _own_case(view: BeadView, token: Token, lemmas: tuple[str, ...]) -> _Case | None:
    """A Turkish word's own case ending; None when the word is no noun or its ending cannot be read."""
    capitalized = token.is_capitalized
    return _case_of(view.orig_folded[token.position], token.suffix, capitalized,
                    capitalized and _sentence_initial(view, token), lemmas)


@functools.lru_cache(maxsize=65536)  # asked of every Turkish word of every pair
def _case_of(folded: str, suffix: str, capitalized: bool, initial: bool, lemmas: tuple[str, ...]) -> _Case | None:
    """`_own_case` of a word: folded, its suffix after an apostrophe, capitalised or not, first in its sentence.

    A lower-case word is read from its lemmas' stems first; the analyser (drift.text.morphology) rules out a word
    it reads only as a verb form ("ısıtan": that heats, not "ısı" with an ablative) and reads the case of a noun
    whose stem the lemmas do not show ("kaybın": kayıp with its vowel dropped, a genitive).
    """
    if not folded.replace("'", "").replace("’", "").isalpha():
        return None
    if suffix or capitalized:
        return _suffix_case(folded, suffix, capitalized, initial, lemmas)
    from drift.text.morphology import analyses

    found = analyses(folded)
    if found and all(analysis.root_pos == "Verb" and analysis.pos != "Noun" for analysis in found):
        return None  # a verb form or a participle names an act, not a participant
    case = _suffix_case(folded, suffix, capitalized, initial, lemmas)
    # A plural verbal noun is a noun of its own ("gecikmelere": to delays).
    if case is None and found and found[0].case == "Acc" and not found[0].possessive \
            and any(analysis.possessive and not analysis.case for analysis in found):
        return _Case("", None, bare=False)  # "hattı": an object or a compound's head, as the ending alone leaves it
    if case is None and found and (found[0].root_pos in ("Noun", "Pron") and not found[0].nominalisation
                                   or found[0].nominalisation == "Inf2" and found[0].number == "pl") \
            and found[0].case in _ANALYSED_CASES and folded not in _LEXICAL_ADVERBS \
            and found[0].possessive in ("", "P3sg", "P3pl") \
            and (not lemmas or found[0].lemma in lemmas[:2] and folded != lemmas[0]):  # "yükleme" is no "yüklem" + -e
        name, roles = _ANALYSED_CASES[found[0].case]
        return _Case(name, roles, bool(found[0].possessive), bare=False)
    return case


# The analyser's case names, as the suffix reading names them.
_ANALYSED_CASES = {"Acc": ("accusative", frozenset({Role.PATIENT})), "Dat": ("dative", frozenset({Role.GOAL})),
                   "Abl": ("ablative", frozenset({Role.SOURCE})),
                   "Gen": ("genitive", frozenset({Role.POSSESSOR, Role.AGENT})),
                   "Loc": ("locative", frozenset({Role.PLACE})), "Ins": ("comitative", _COMITATIVE)}


def _suffix_case(folded: str, suffix: str, capitalized: bool, initial: bool, lemmas: tuple[str, ...]) -> _Case | None:
    """The case a word's ending shows after its apostrophe, or after a stem of one of its lemmas."""
    if suffix:
        suffix = fold_case(suffix, turkish=True)
        if suffix.endswith(("kinden", "kından", "kunden", "künden")):
            return _Case("ablative", frozenset({Role.SOURCE}))  # "Fransa'nınkinden": than France's
        for endings, name, roles in _NAME_CASES:
            if suffix in endings:
                return _Case(name, roles)
        return _pronoun_case(suffix)
    if capitalized and (not lemmas or not initial):
        # A name carries its ending after an apostrophe; a capitalised word without one inside a sentence
        # is a name (a surname may end as a case ending does) or a title word, which modifies what follows.
        return _Case("", None)
    for lemma in lemmas if not capitalized else ():
        verb = verb_stem(lemma)
        if verb and folded.startswith(verb) and _VERBAL_NOUN.match(folded[len(verb):]):
            if lemma != lemmas[0] and not verb_stem(lemmas[0]) and lemmas[0].startswith(verb) \
                    and len(lemmas[0]) > len(verb) + 2:
                break  # a noun made from the verb comes first: "öğretmenlere" is öğretmen, not öğretmek
            return None  # a verb made a noun ("gelmeyi", "yazdıklarını") names an event, not a participant
    for lemma in lemmas[:2]:
        if verb_stem(lemma):
            continue
        for stem in surface_stems(lemma):
            if not folded.startswith(stem):
                continue
            rest = folded[len(stem):]
            if _BARE.fullmatch(rest):
                if not rest and lemma == lemmas[0] == folded and len(lemmas) > 1 and folded not in _LEXICAL_ADVERBS:
                    # A whole word the lexicon lists may be a shorter noun with an ablative ("kuzeyden": from the
                    # north); a dative's one vowel is too often the word's own ("hastane", "belediye").
                    shorter = _suffix_case(folded, suffix, capitalized, initial, lemmas[1:])
                    if shorter is not None and shorter.name == "ablative" and _analysed_ablative(folded):
                        return shorter
                return _Case("", None, bare=not rest)
            possessed = bool(_POSSESSED.match(rest))
            if _ACCUSATIVE.fullmatch(rest) or (stem[-1:] in "aeıioöuü" and re.fullmatch(r"y[ıiuü]", rest)):
                return _Case("accusative", frozenset({Role.PATIENT}), possessed)
            for pattern, name, roles in _NOUN_CASES:
                if pattern.fullmatch(rest):
                    return _Case(name, roles, possessed)
            if _BEFORE_PRONOUN.fullmatch(rest):
                return _pronoun_case(rest[_BEFORE_PRONOUN.fullmatch(rest).start("ki"):])
            if not capitalized and lemma is not lemmas[0]:
                return None
    if capitalized:
        return _Case("", None)  # a name, or a capitalised derivation ("İzmirli", "Japon") that modifies what follows
    return None


def _analysed_ablative(folded: str) -> bool:
    """Whether the analyser reads an ablative in a whole word the lexicon lists ("kuzeyden"), or has no reading of
    it: "kaptan" (captain) is no "kap" (pot) with an ablative."""
    from drift.text.morphology import analyses

    found = analyses(folded)
    return not found or found[0].case == "Abl"


_BEFORE_PRONOUN = re.compile(_BEFORE_CASE + r"(?P<ki>" + _PRONOMINAL_KI.pattern + ")")


def _pronoun_case(ending: str) -> _Case | None:
    """The case of an ending that makes a pronoun with "-ki" and then takes a case ("dekinin", "lerinkinden")."""
    found = _PRONOMINAL_KI.fullmatch(ending)
    if found is None or not found.group("case"):
        return None
    for pattern, name, roles in _PRONOUN_CASES:
        if pattern.fullmatch(found.group("case")):
            return _Case(name, roles)
    return None


@per_text  # asked twice a bead, and again when a pair is checked again: read once
def turkish_readings(context: CheckContext, view: BeadView) -> dict[int, tuple[int, Reading]]:
    """Turkish position -> (position of its phrase's head, its reading), for words whose role can be read."""
    text = context.alignment.orig.text
    tokens, folded = view.orig_tokens, view.orig_folded
    lemmas = {word.token.position: word.lemmas for word in context.links[view.index].orig_words}
    lemmas.update({position: word_lemmas for position, (word_lemmas, _) in _name_parts(context, view).items()})
    cases = {token.position: None if folded[token.position] in _POSTPOSITION_WORDS
             or _SPATIAL_POSTPOSITION.fullmatch(folded[token.position])
             else _own_case(view, token, lemmas.get(token.position, ())) for token in tokens}
    verbs = _turkish_verbs(context, view)
    _objects_before_verbs(text, tokens, folded, cases, verbs)
    # A noun that makes an idiom with the verb after it ("göz önüne almak": to consider) is no participant.
    for phrase in context.links[view.index].phrases:
        if verb_stem(phrase.key.split()[-1]):
            for token in phrase.orig_tokens[:-1]:
                cases[token.position] = None
    # Two names side by side are one person only when the first is a given name or a word the lexicon knows
    # (a title, "Güney"): "Ahmet Can Tosun'u", but "Macron Scholz'u" is a subject and an object.
    from drift.checks.pronoun_gender import given_names

    known = {token.position for token in tokens if lemmas.get(token.position) or token.stem in given_names()}
    # A capitalised common word after a name goes on with it ("Sinop Üniversitesi'nin"): the name is its modifier.
    common = frozenset(position for position, (_, senses) in _name_parts(context, view).items()
                       if senses and senses[0][:1].islower()) | frozenset(
        word.token.position for word in context.links[view.index].orig_words
        if word.token.is_capitalized and word.senses and word.senses[0][:1].islower())
    # Capitalised words that are names or titles; a common word capitalised at the start of a sentence is none.
    names = frozenset(token.position for token in tokens if token.is_capitalized and not (
        lemmas.get(token.position) and _sentence_initial(view, token)))
    heads = {}
    for token in tokens:
        if cases[token.position] is not None and folded[token.position] not in _AND | _REJECTING:
            heads[token.position] = _head(text, tokens, folded, cases, token.position, known | common, names,
                                          common)
    by_head = {}
    starts = {sentence.start for sentence in view.orig_sentences}
    for head in sorted(set(heads.values())):
        reading = _head_reading(text, tokens, folded, cases, head)
        first = min(position for position, its_head in heads.items() if its_head == head)
        if reading is None and tokens[first].start in starts and _named_subject(text, tokens, names, first, head):
            reading = Reading(frozenset({Role.AGENT}), "nominative")
        if reading is not None:
            by_head[head] = reading
    subject = _subject_after_fronted_object(text, tokens, cases, verbs, heads, by_head, starts)
    if subject is not None:
        by_head[subject] = Reading(frozenset({Role.AGENT}), "nominative")
    # "-DAki" makes a place a modifier ("Kayseri'deki fabrika"): read only beside a phrase whose role is read, or
    # in a comparison, where it tells the compared from the standard ("Muğla'daki üretim, Aydın'dakinin iki katı").
    compared = any(Role.STANDARD in reading.roles for reading in by_head.values())
    for head in list(by_head):
        if cases[head].name == "locative" and folded[head].endswith("ki") and not compared \
                and _modified(text, tokens, cases, head) not in by_head:
            del by_head[head]
    governors = _turkish_governors(context, view, cases)
    # A genitive owner shares the role of what it owns when English puts it inside that phrase:
    # "ilçenin batı köylerinde" is "in the district's western villages".
    for head, reading in list(by_head.items()):
        if not reading.marker.startswith("genitive") or Role.STANDARD in reading.roles:
            continue
        owned = _owned(text, tokens, folded, cases, head)
        if owned is None or governors.get(head) and owned not in governors[head] \
                and any(position in verbs for position in governors[head]):
            # The subject of a clause made a noun owns that verb, not the object before it ("zammın talebi
            # düşürdüğü": that the raise lowers demand).
            continue
        if owned not in by_head:
            # An owner of a bare noun ("İzmir'in nüfusu") stays an owner, and the genitive of a clause's verb
            # ("Odası'nın topladığı komisyon") its doer; beside a word whose role cannot be read, English may give
            # it that word's role.
            if not (cases.get(owned) is not None and cases[owned].roles is None) and owned not in verbs:
                del by_head[head]
            continue
        by_head[head] = Reading(reading.roles | by_head[owned].roles, reading.marker, reading.rejected, owner_of=owned)
    for head, reading in by_head.items():
        if governors.get(head):
            by_head[head] = _voiced(view, lemmas, replace(reading, governor=governors[head]),
                                    any(other.marker == "tarafından" and set(governors.get(other_head, ()))
                                        & set(governors[head]) for other_head, other in by_head.items()
                                        if other_head != head))
    return {position: (head, by_head[head]) for position, head in heads.items() if head in by_head}


def _subject_after_fronted_object(text: str, tokens, cases, verbs, heads, by_head, starts) -> int | None:
    """The head of the subject of a clause whose object comes first, set off by a comma: "Kooperatifi, köyün
    muhtarı dava etti" (the village headman sued the cooperative). After the accusative the one phrase with no
    case ending before the clause's last verb, with only obliques (dative, locative, ablative) or verbs between it
    and that verb, is the subject; None when the sentence has no such shape."""
    def opens_sentence(head: int) -> bool:  # no verb and no comma before it in its sentence
        for position in range(head - 1, -1, -1):
            if position in verbs or _between(text, tokens[position], tokens[position + 1]).strip():
                return False
            if tokens[position].start in starts:
                return True
        return True

    fronted = next((head for head, reading in by_head.items() if reading.marker == "accusative"
                    and opens_sentence(head) and head + 1 < len(tokens)
                    and _between(text, tokens[head], tokens[head + 1]).strip() == ","), None)
    if fronted is None:
        return None
    end = fronted + 1
    while end < len(tokens) and not any(mark in _between(text, tokens[end], tokens[end + 1]) if end + 1 < len(tokens)
                                        else True for mark in ".;:!?,"):
        end += 1
    if end >= len(tokens) or end not in verbs:
        return None
    position = verbs[end][0] - 1
    while position > fronted and (position in verbs or cases.get(position) is not None
                                  and cases[position].name in ("dative", "locative", "ablative")):
        position -= 1  # past the verb group and its obliques ("mahkemeye verdi", "okula bağışladı")
    if position <= fronted or position in verbs:
        return None
    case = cases.get(position)
    if case is None or case.roles is not None or heads.get(position) != position or position in by_head:
        return None
    return position


def _objects_before_verbs(text: str, tokens, folded, cases, verbs) -> None:
    """Read as accusative a bare "-(s)I" right before a verb, obliques aside ("talebi düşürdü", "tekneleri
    limandan uzaklaştıran"), or right after a topic with "ise", which the
    ending alone leaves open (an object, or a possessed word: "belediye binası"): when the analyser allows an
    accusative and no bare noun before it makes a compound of it ("şirket müdürü açıkladı")."""
    from drift.text.morphology import analyses

    for token in tokens[:-1]:
        position = token.position
        case = cases.get(position)
        after_topic = position > 0 and folded[position - 1] in _SUBJECT_PARTICLES
        if case is None or case.roles is not None or case.bare or token.is_capitalized or not after_topic and (
                _verb_after(text, tokens, cases, verbs, position) is None):
            continue
        found = analyses(folded[position])
        if not any(analysis.case == "Acc" and not analysis.possessive and analysis.root_pos == "Noun"
                   for analysis in found):
            continue
        if position > 0 and folded[position - 1] in _SUBJECT_PARTICLES:
            # After a topic set off by "ise" the next phrase is its object, whatever follows it: "Birlik ise
            # bakanlığı, ... konusunda uyardı".
            cases[position] = _Case("accusative", frozenset({Role.PATIENT}), bare=False)
            continue
        if position in verbs:
            continue  # the predicate of a light verb: "sınırı olan" (which is the limit)
        if _owned_before_finite(text, tokens, cases, verbs, position):
            continue  # "Asklepios'un bir heykeli duruyor": the genitive's possessed word, before a finite verb
        if position > 0 and not _between(text, tokens[position - 1], token).strip():
            before = analyses(folded[position - 1])
            if not before or any(analysis.pos == "Noun" and not analysis.case and not analysis.possessive
                                 for analysis in before):
                continue  # the head of a compound: "kredi kartı", "okul müdürü", "aşılama oranı"
        cases[position] = _Case("accusative", frozenset({Role.PATIENT}), bare=False)


# A share of a whole, owned by the genitive before it: "yarısı", "çoğunu", "bir kısmından", "büyük bölümü",
# "tamamı", "hepsi", "çoğunluğu", "üçte biri", "ikisi", "yüzde 40'ı" (a figure with a possessive after its
# apostrophe). A multiple ("iki katı") or a share before "kadar" or a bare "fazla" is a comparison instead.
_SHARE = re.compile(r"(?:yarı|kısm|bölüm|tamam|çoğunluğ|azınlığ|parças|birçoğ|çoğ|hep|bir|iki|üç|dörd|beş|altıs|"
                    r"yedis|sekiz|dokuz|on)(?:s?[ıiuü])" + r"(?:n[ıiuü]n|n[ıiuü]|n[ae]|n[dt][ae]n|n[dt][ae]|yl[ae])?$")
_SHARE_FIGURE = re.compile(r"[\d.,]+['’](?:s?[ıiuü])(?:n[ıiuü]n|n[ıiuü]|n[ae]|n[dt][ae]n|n[dt][ae]|yl[ae])?$")
# Words between the genitive and its share: "yüzde", "büyük", a fraction's "üçte", a bare figure.
_SHARE_MODIFIERS = frozenset("yüzde binde büyük küçük önemli ezici bir en az".split())
_FRACTION = re.compile(r"(?:iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|yüz|bin)[dt][ae]$")
_SHARE_COMPARED = frozenset({"kadar", "fazla", "az", "daha"})
# A share past which "fazlası" or "azı" takes the role: "yarısından fazlası" (more than half) is a quantity.
_SHARE_BEYOND = re.compile(r"(?:fazla|az)(?:s?[ıiuü])(?:n[ıiuü]n|n[ıiuü]|n[ae]|n[dt][ae]n|n[dt][ae]|yl[ae])?")


def _partitive_share(text: str, tokens, folded, genitive: int) -> int | None:
    """The position of the share a genitive is the whole of ("çalışanların yarısı", "ailelerin yüzde 30'u",
    "kentlerin üçte birinde"), or None. A share compared ("X'in yarısı kadar", "X'in yarısından fazla") is None:
    there the genitive is the standard."""
    for position in range(genitive + 1, min(genitive + 4, len(tokens))):
        if _between(text, tokens[position - 1], tokens[position]).strip():
            return None
        word = folded[position]
        if word in _SHARE_MODIFIERS or _FRACTION.match(word) or word.replace(",", "").replace(".", "").isdigit():
            continue
        if not (_SHARE.match(word) or _SHARE_FIGURE.match(word)):
            return None
        after = folded[position + 1] if position + 1 < len(tokens) else ""
        if after in _SHARE_COMPARED and not _between(text, tokens[position], tokens[position + 1]).strip():
            return None
        return position
    return None


def _voiced(view: BeadView, lemmas: dict[int, tuple[str, ...]], reading: Reading, agent: bool) -> Reading:
    """A reading with its governor's voice: the subject of a passive verb with an agent (`agent`: "tarafından"
    before that verb) undergoes the act ("Bakan, halk tarafından protesto edildi": the minister was booed by the
    public); without one the verb may be a middle one English makes active ("sakatlandı": she injured her knee).
    The dative or accusative of a causative is the one made to act
    ("firmaya yazdırdı": had the firm write it), which English makes an object ("had the firm rewrite")."""
    if not reading.governor:
        return reading
    verb = reading.governor[-1]
    folded = view.orig_folded[verb]
    voice = _verb_voice(folded, lemmas.get(verb, ()))
    if voice == "passive":
        if reading.marker == "nominative" and agent:
            return replace(reading, roles=frozenset({Role.PATIENT}), voice="passive")
        return replace(reading, voice="passive")
    if voice == "causative":
        if reading.marker in ("dative", "accusative"):
            return replace(reading, roles=reading.roles | {Role.PATIENT}, voice="causative")
        return replace(reading, voice="causative")
    return reading


def _verb_voice(folded: str, lemmas: tuple[str, ...]) -> str:
    """ "passive", "causative" or "" for a Turkish verb form, by the morphological analyser (drift.text.morphology)
    and the lemmas: the analyser's preferred reading decides; where it prefers none, a voice the suffixes show
    ("taşınacak": taşı-n-acak) counts when one of its analyses has it too. No analysis with a voice rules it out
    ("düşünüyor" is no "düş" made passive)."""
    from drift.text.morphology import analyses

    found = analyses(folded)
    if not found:
        return "passive" if _passive_form(folded, lemmas) else "causative" if _causative_form(folded, lemmas) else ""
    for name, tag, heuristic in (("passive", "Pass", _passive_form), ("causative", "Caus", _causative_form)):
        if tag in found[0].voice or (any(tag in analysis.voice for analysis in found) and heuristic(folded, lemmas)):
            return name
    return ""


_CAUSATIVE = re.compile(r"(?:[dt][ıiuü]r|t)")
_PASSIVE = re.compile(r"(?:[ıiuü][ln]|n)")


def _passive_form(folded: str, lemmas: tuple[str, ...]) -> bool:
    """Whether a Turkish verb form is passive: -Il or -In before the tense ("yenildi", "edildi", "oynanacak").

    Read from the likeliest lemma only: a verb the lexicon lists whose stem ends as a passive does ("yenmek":
    to beat, not "yemek" made passive) is a verb of its own.
    """
    first = verb_stem(lemmas[0]) if lemmas else None
    if not first:
        return bool(_PASSIVE_STEM.search(folded))
    if folded.startswith(first) and _passive_suffix(first, folded[len(first):]) \
            and parses_as(folded[len(first) + _passive_suffix(first, folded[len(first):]):], verbal=True):
        return True
    # A passive verb the lexicon lists right before its active ("oynanmak" and "oynamak", "edilmek" and "etmek").
    second = verb_stem(lemmas[1]) if len(lemmas) > 1 else None
    if second is None:
        return bool(re.search(r"[^aeıioöuü][ıiuü]l$", first))  # a passive the lexicon lists alone ("devredilmek")
    return folded.startswith(first) and len(second) < len(first) \
        and first[:len(second) - 1] == second[:-1] and _passive_suffix(second, first[len(second):]) == \
        len(first) - len(second)


def _passive_suffix(stem: str, rest: str) -> int:
    """The length of a passive suffix at the start of `rest` after `stem`, 0 when there is none: -n after a vowel,
    -In after l, -Il after any other consonant ("oyna-n", "al-ın", "yap-ıl"); "düşün" is no "düş" made passive."""
    if stem[-1:] in "aeıioöuü":
        return 1 if rest[:1] == "n" else 0
    if re.match(r"[ıiuü]n" if stem[-1:] == "l" else r"[ıiuü]l", rest):
        return 2
    return 0


def _causative_form(folded: str, lemmas: tuple[str, ...]) -> bool:
    """Whether a Turkish verb form is causative: a verb stem, then -DIr or (after a stem of two syllables or more
    ending in a vowel, r or l) -t, then the verb's endings ("kullandıracak", "imzalattı"); or a causative verb the
    lexicon lists beside its base ("yazdırmak" and "yazmak", "bekletmek" and "beklemek")."""
    if _derived_form(folded, lemmas[:1], _CAUSATIVE, vowel_only="t"):
        return True
    first = verb_stem(lemmas[0]) if lemmas else None
    return bool(first) and folded.startswith(first) and any(
        verb_stem(base) and first.startswith(verb_stem(base)) and _causative_suffix(verb_stem(base),
                                                                                     first[len(verb_stem(base)):])
        for base in lemmas[1:3])


def _causative_suffix(stem: str, suffix: str) -> bool:
    found = _CAUSATIVE.fullmatch(suffix)
    return found is not None and (suffix != "t" or stem[-1] in "aeıioöuürl" and _syllables(stem) >= 2)


def _syllables(word: str) -> int:
    return sum(char in "aeıioöuü" for char in word)


def _derived_form(folded: str, lemmas: tuple[str, ...], derivation: re.Pattern, vowel_only: str) -> bool:
    """Whether `folded` is a lemma's verb stem, a `derivation` suffix and verbal endings; the short form
    `vowel_only` only after a stem of two syllables or more ending in a vowel (or r, l), where Turkish uses it."""
    for lemma in lemmas:
        stem = verb_stem(lemma)
        if not stem or not folded.startswith(stem) or len(stem) < 2:
            continue
        found = derivation.match(folded, len(stem))
        if found is None or (found.group() == vowel_only and not (
                stem[-1] in "aeıioöuürl" and _syllables(stem) >= 2)):
            continue
        rest = folded[found.end():]
        if rest and parses_as(rest, verbal=True):
            return True
    return False


def _name_parts(context: CheckContext, view: BeadView) -> dict[int, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Capitalised words with a suffix after an apostrophe that the links give no lemma ("Üniversitesi'nin"):
    position -> the lemmas and senses of the part before the apostrophe ("üniversite": university)."""
    found = view.__dict__.get("_name_parts")
    if found is not None:
        return found
    from drift.lexicon.lemma import turkish_lemmas

    lexicon = context.resources.lexicon
    linked = {word.token.position for word in context.links[view.index].orig_words if word.lemmas}
    found = {}
    for token in view.orig_tokens:
        if token.suffix and token.is_capitalized and token.position not in linked and token.stem.isalpha():
            stem_lemmas = turkish_lemmas(token.stem, lexicon)[:2]
            if stem_lemmas:
                found[token.position] = (stem_lemmas, tuple(sense for lemma in stem_lemmas
                                                            for sense in lexicon.senses(lemma)))
    view.__dict__["_name_parts"] = found
    return found


@per_text  # asked twice a bead, and again when a pair is checked again: read once
def _turkish_verbs(context: CheckContext, view: BeadView) -> dict[int, tuple[int, ...]]:
    """Turkish position of each verb form -> the positions of its verb group ("takip etmesi", "sona erecek")."""
    links = context.links[view.index]
    groups: dict[int, tuple[int, ...]] = {}
    for word in links.orig_words:
        folded = view.orig_folded[word.token.position]
        if word.lemmas and word.lemmas[0] == folded and not verb_stem(folded):
            continue  # a noun the lexicon lists as such, though made from a verb ("sözleşme": contract)
        if _no_verb_reading(folded):
            continue  # the analyser reads no verb in it: "yemeklerini" is their meals, not a form of yemek (to eat)
        for lemma in word.lemmas[:2] if not word.token.is_capitalized else ():
            stem = verb_stem(lemma)
            # A finite form of the first lemma, or a verbal noun, participle or converb of either ("çözülmesini").
            if stem and folded.startswith(stem) and (_NONFINITE.match(folded[len(stem):]) or (
                    lemma == word.lemmas[0] and parses_as(folded[len(stem):], verbal=True))):
                if not _plural_noun(folded, stem, word.lemmas):
                    groups[word.token.position] = (word.token.position,)
                break
    for phrase in links.phrases:
        if verb_stem(phrase.key.split()[-1]):
            group = tuple(token.position for token in phrase.orig_tokens)
            for position in group:
                groups[position] = group
    # A word the analyser reads only as a finite verb, which the lexicon may lack ("körükledi": fanned); a light
    # verb is left to join the word before it, below.
    from drift.checks.case_role import light_verb
    from drift.text.morphology import analyses

    text = context.alignment.orig.text
    tokens = view.orig_tokens
    for token in tokens:
        position = token.position
        if position not in groups and not token.is_capitalized and not token.suffix \
                and not light_verb(view.orig_folded[position]):
            found = analyses(view.orig_folded[position])
            # The analyser's likeliest reading a finite verb, at the end of a clause, where Turkish puts its verb:
            # "verdi" (gave), whose first lemmas a dictionary may list as a noun ("verit")
            final = position + 1 == len(tokens) or any(mark in _between(text, token, tokens[position + 1])
                                                      for mark in ".;:!?,")
            if found and (all(analysis.root_pos == "Verb" and analysis.finite for analysis in found)
                          or final and found[0].root_pos == "Verb" and found[0].finite):
                groups[position] = (position,)
    # A light verb ("protesto edildi", "geniş olacak"), which the links leave out as a function word, makes a verb
    # of the word before it.
    for token in view.orig_tokens:
        if token.position not in groups and not token.is_capitalized and light_verb(view.orig_folded[token.position]):
            previous = token.position - 1
            joined = previous >= 0 and view.orig_tokens[previous].text.isalpha() \
                and not _between(text, view.orig_tokens[previous], token).strip()
            group = groups.get(previous, (previous,)) + (token.position,) if joined else (token.position,)
            for position in group:
                groups[position] = group
    return groups


def _no_verb_reading(folded: str) -> bool:
    from drift.text.morphology import analyses

    found = analyses(folded)
    return bool(found) and not any(analysis.root_pos == "Verb" for analysis in found)


def _plural_noun(folded: str, stem: str, lemmas: tuple[str, ...]) -> bool:
    """Whether a word that reads as a verb is a plural noun ("gecikmeler": delays; "raporları": the reports, not a
    form of "raporlamak"): a plural ending after a verbal noun or after a noun the lexicon lists."""
    if re.match(r"m[ae]l[ae]r", folded[len(stem):]):
        return True
    return any(not verb_stem(lemma) and folded.startswith(lemma) and re.match(r"l[ae]r", folded[len(lemma):])
               and parses_as(folded[len(lemma):], verbal=False) for lemma in lemmas[:3])


def _named_compound(text: str, tokens, position: int) -> bool:
    previous = tokens[position - 1] if position > 0 else None
    return previous is not None and not _between(text, previous, tokens[position]).strip() \
        and (previous.is_capitalized and not previous.suffix or previous.has_digit)


def _turkish_governors(context: CheckContext, view: BeadView, cases) -> dict[int, tuple[int, ...]]:
    """Each Turkish word with a case -> the words it depends on.

    A genitive depends on the word that carries its possessive, matched as brackets are
    ("fabrikaların ÇAYKUR'un fiyatını takip etmesi": ÇAYKUR'un owns fiyatını, fabrikaların etmesi);
    a nominative on the last verb of its clause; any other case on the first verb after it that heads no clause
    of its own: a verb that a genitive between them owns has that genitive for its subject ("heyete kuşların
    konakladığı gölü gösterdi": heyete is gösterdi's). A word right before a verb made a noun is that verb's object,
    not a genitive's possessed word, when one genitive is open ("zammın talebi düşürdüğü": zammın owns
    düşürdüğü); a word the analyser reads with no possessive is none either ("yasağın ziyaretçi sayısını").
    A genitive set off by a comma owns the possessed word that ends its clause ("Birliğin, ... borcu var").
    """
    text = context.alignment.orig.text
    tokens, folded = view.orig_tokens, view.orig_folded
    verbs = _turkish_verbs(context, view)
    found: dict[int, tuple[int, ...]] = {}
    clause: list[int] = []
    open_genitives: list[int] = []

    # A verb made a noun in the genitive ("ilaçlamanın": the spraying's) is the subject of the clause it owns.
    genitive_verbs = {position for position in verbs if cases.get(position) is None
                      and _analysed_genitive_verb(folded[position])}

    def genitive(position: int) -> bool:
        return position in genitive_verbs or cases.get(position) is not None and cases[position].name == "genitive"

    def first_verb(clause: list[int], at: int) -> int | None:
        for later in range(at + 1, len(clause)):
            verb = clause[later]
            if verb in verbs and verb not in genitive_verbs \
                    and not any(verb in found.get(between, ()) for between in clause[at + 1:later] if genitive(between)):
                return verb
        return None

    def close(clause: list[int]) -> None:
        for position in clause:
            if cases.get(position) is not None and cases[position].name == "genitive" \
                    and _sets_off(text, tokens, folded, position):
                owned = _clause_final_possessed(folded, verbs, clause[clause.index(position) + 1:])
                if owned is not None:
                    found[position] = verbs.get(owned, (owned,))
        clause_verbs = [position for position in clause if position in verbs]
        for at, position in enumerate(clause):
            case = cases.get(position)
            if case is None or position in found:
                continue
            if case.roles is None:
                following = next((other for other in clause[at + 1:] if other in verbs), None)
                if at + 1 < len(clause) and folded[clause[at + 1]] == "tarafından" and following is not None:
                    found[position] = verbs[following]  # an agent of the verb it comes before, not of the clause's
                elif clause_verbs:  # a bare phrase read as a subject: the clause's last verb
                    found[position] = verbs[clause_verbs[-1]]
                continue
            if case.name == "genitive":
                continue  # a genitive's governor is its possessed word
            if folded[position].endswith(("ki", "kü")):
                modified = _modified(text, tokens, cases, position)  # "-DAki" modifies a noun, not a verb
                if modified is not None:
                    found[position] = (modified,)
                continue
            following = first_verb(clause, at)
            if following is not None:
                found[position] = verbs[following]

    for token in tokens:
        position = token.position
        case = cases.get(position)
        if position in genitive_verbs:
            open_genitives.append(position)
        elif case is not None and case.name == "genitive":
            if case.possessed and open_genitives and not token.is_capitalized \
                    and _POSSESSED_GENITIVE.search(folded[position]):
                # A possessed genitive is owned by the one before it: "kiracıların giderlerinin bir kısmı" is
                # a part of the tenants' costs.
                found[open_genitives.pop()] = (position,)
            open_genitives.append(position)
        elif open_genitives and (position in verbs or not is_stopword(folded[position], Language.TURKISH)) \
                and not token.is_capitalized \
                and not (case is not None and case.name == "locative") and _OWNED.match(folded[position]) \
                and folded[position] not in _POSTPOSITION_WORDS and not _named_compound(text, tokens, position) \
                and _may_be_possessed(folded[position]) and not _before_participle(text, tokens, folded, position) \
                and not _adjective_before_noun(text, tokens, folded, position) \
                and not (len(open_genitives) == 1 and position not in verbs
                         and _object_of_next(text, tokens, folded, cases, verbs, position)):
            # A name is no possessed word here ("Avusturya'daki"), nor a "-DAki" adjective, nor the head of a
            # compound after a name or a number ("Pazartesi günü").
            owner = open_genitives.pop()
            found[owner] = verbs.get(position, (position,))
        clause.append(position)
        gap = _between(text, token, tokens[position + 1]) if position + 1 < len(tokens) else "."
        if any(mark in gap for mark in ".;:!?"):
            close(clause)
            clause, open_genitives = [], []
    close(clause)
    # A participle's complements describe the noun it modifies: "DAG'da çalışacak gökbilimcilere" (to astronomers
    # who will work at DAG), "İstanbul'dan gelen cerrahlar"; that noun is their governor too.
    for position, governor in list(found.items()):
        verb = governor[-1]
        if cases.get(position) is not None and cases[position].roles is not None and verb > position \
                and _PARTICIPLE.search(folded[verb]) and verb + 1 < len(tokens) \
                and not _between(text, tokens[verb], tokens[verb + 1]).strip() and verb + 1 not in verbs:
            modified = _modified(text, tokens, cases, verb)
            if modified is not None:
                found[position] = governor + (modified,)
    return found


def _may_be_possessed(folded: str) -> bool:
    """Whether the analyser reads a word with a third-person possessive (or cannot read it at all)."""
    from drift.text.morphology import analyses

    found = analyses(folded)
    return not found or any(analysis.possessive in ("P3sg", "P3pl") for analysis in found)


def _owned_before_finite(text: str, tokens, cases, verbs, position: int) -> bool:
    """Whether a genitive stands a few words before the word at `position`, with no punctuation between, and the
    verb after the word is no verb made a noun: the genitive owns the word ("X'in bir heykeli duruyor"), where
    before a verb made a noun it would own that verb ("zammın talebi düşürdüğü")."""
    from drift.text.morphology import analyses

    for before in range(position - 1, max(-1, position - 4), -1):
        if _between(text, tokens[before], tokens[before + 1]).strip():
            return False
        case = cases.get(before)
        if case is not None and case.name == "genitive":
            following = _verb_after(text, tokens, cases, verbs, position)
            found = analyses(tokens[verbs[following][-1]].text) if following is not None else ()  # "tehdit ettiği"
            return not any(analysis.nominalisation and analysis.possessive for analysis in found)
    return False


def _adjective_before_noun(text: str, tokens, folded, position: int) -> bool:
    """Whether the word is an adjective the analyser knows, right before a noun of its phrase ("yeni raflar"):
    it modifies that noun, and its rare reading with a possessive ("yeni" as yen + i) is no possessed word."""
    from drift.text.morphology import analyses

    following = position + 1
    if following >= len(tokens) or _between(text, tokens[position], tokens[following]).strip():
        return False
    return any(item.pos == "Adj" and not item.case and not item.possessive for item in analyses(folded[position])) \
        and any(item.pos == "Noun" for item in analyses(folded[following]))


def _before_participle(text: str, tokens, folded, position: int) -> bool:
    """Whether a participle in -(y)An or -(y)AcAk follows right after: the word belongs to a relative clause
    ("sınırı olan hız": the speed that is the limit; "evleri aydınlatan şirket"), not to a genitive before it."""
    from drift.text.morphology import analyses

    for following in (position + 1, position + 2):
        if following >= len(tokens) or _between(text, tokens[following - 1], tokens[following]).strip():
            return False
        found = analyses(folded[following])
        if bool(found) and found[0].pos == "Adj" and (
                found[0].nominalisation == "PresPart" or found[0].nominalisation == "FutPart" and not found[0].possessive):
            return True
        # one bare noun may stand between, the participle's own subject: "damlarını fırtına uçuran komşular" (the
        # neighbours whose roofs the storm blew off)
        if not found or found[0].pos != "Noun" or found[0].case or found[0].possessive or found[0].number == "pl":
            return False
    return False


def _analysed_genitive_verb(folded: str) -> bool:
    from drift.text.morphology import read

    found = read(folded)
    return found is not None and found.root_pos == "Verb" and found.case == "Gen" and bool(found.nominalisation)


_OBLIQUE_CASES = frozenset({"ablative", "dative", "locative", "comitative"})


def _verb_after(text: str, tokens, cases, verbs, position: int) -> int | None:
    """The verb that follows the word at `position` with nothing between but obliques ("tekneleri limandan
    uzaklaştıracağına") and the bare words of their compounds ("faturayı muhasebe bürosuna gönderdiği"), no
    punctuation; None when another word comes first."""
    for following in range(position + 1, min(position + 5, len(tokens))):
        if _between(text, tokens[following - 1], tokens[following]).strip():
            return None
        if following in verbs:
            return following
        case = cases.get(following)
        if case is not None and case.name in _OBLIQUE_CASES:
            continue
        after = cases.get(following + 1)
        if (case is None or case.bare and case.roles is None) and following + 1 < len(tokens) \
                and after is not None and after.name in _OBLIQUE_CASES \
                and not _between(text, tokens[following], tokens[following + 1]).strip():
            continue  # a bare word before an oblique: the first word of its compound ("veteriner ekibine")
        return None
    return None


def _object_of_next(text: str, tokens, folded, cases, verbs, position: int) -> bool:
    """Whether the word at `position` stands right before a verb made a noun or a participle ("talebi
    düşürdüğü", "evleri aydınlatan"), obliques aside: that verb's object."""
    from drift.text.morphology import analyses

    following = _verb_after(text, tokens, cases, verbs, position)
    if following is None or position in verbs:
        return False
    found = analyses(folded[verbs[following][-1]])  # the group's last word: "tehdit ettiği"
    return bool(found) and all(analysis.nominalisation for analysis in found if analysis.root_pos == "Verb") \
        and any(analysis.root_pos == "Verb" for analysis in found)


# Words that end a clause of having after the possessed word: "borcu var", "payı bulunuyor".
_EXISTENTIAL = frozenset("var yok vardır yoktur bulunuyor bulunmuyor bulunmaktadır".split())


def _clause_final_possessed(folded, verbs, after: list[int]) -> int | None:
    """The possessed word that ends a clause (past a finite verb of being or having), or None when the last
    word of substance carries no possessive."""
    from drift.text.morphology import analyses

    for position in reversed(after):
        word = folded[position]
        if word in _EXISTENTIAL or not word.isalpha() or is_stopword(word, Language.TURKISH):
            continue
        found = analyses(word)
        if position in verbs and not any(analysis.possessive for analysis in found):
            continue  # a finite verb: the possessed word comes before it
        return position if found and any(analysis.possessive in ("P3sg", "P3pl") for analysis in found) else None
    return None


def _modified(text: str, tokens, cases, modifier: int) -> int | None:
    """The head of the phrase right after a modifier, past bare words; the last of them before punctuation
    ("Bursa'daki taraftarlar,"); None when punctuation follows the modifier itself."""
    for position in range(modifier + 1, min(modifier + 1 + _PHRASE_REACH, len(tokens))):
        if _between(text, tokens[position - 1], tokens[position]).strip():
            return position - 1 if position - 1 > modifier else None
        case = cases.get(position)
        if case is None or not (case.bare and case.roles is None):
            return position
    return None


def _owned(text: str, tokens, folded, cases, genitive: int) -> int | None:
    """The word a genitive owns: the next one with a possessive ending, past bare words ("şirketin satış payını")."""
    for position in range(genitive + 1, min(genitive + 1 + _PHRASE_REACH, len(tokens))):
        if _between(text, tokens[position - 1], tokens[position]).strip():
            return None
        case = cases.get(position)
        if (case is not None and case.bare and case.roles is None) or is_stopword(folded[position], Language.TURKISH):
            continue  # a modifier: "satış", "Bergama", "en"
        if "'" in tokens[position].text or "’" in tokens[position].text:
            return None
        return position if _OWNED.match(folded[position]) else None
    return None


def _head(text: str, tokens, folded, cases, index: int, known: set[int], names: frozenset[int],
          common: frozenset[int] = frozenset()) -> int:
    """The last word of the phrase that `index` begins or continues: the first with an ending after it."""
    position = index
    while True:
        case = cases[position]
        if case.roles is not None or not case.bare:
            return position
        following = position + 1
        if following >= len(tokens) or following - index > _PHRASE_REACH:
            return position
        if _between(text, tokens[position], tokens[following]).strip():
            return position
        if folded[following] in _AND:
            following += 1
            if following >= len(tokens) or _between(text, tokens[following - 1], tokens[following]).strip():
                return position
        case = cases.get(following)
        if case is None:
            return position
        # A name or title goes on into a lower-case word only when that word is the head ("Japon şirketini",
        # "Alman yatırımcılar,"): "Vali yeni binayı açtı" has the governor as subject, not in the object.
        if position in names and following not in names and case.bare \
                and case.roles is None and not _sets_off(text, tokens, folded, following):
            return position
        if position in names and following in names and position not in known and following not in common:
            return position
        if position not in names and following in names and tokens[following].suffix:
            return position  # "Hasat Ayvalık'ta": a common word does not modify a name with its own ending
        if folded[position] in _TURKISH_TIME:
            return position  # "geçen yıl şirkete": a time ends its phrase, the next word begins a participant
        position = following


def _named_subject(text: str, tokens, names: frozenset[int], first: int, head: int) -> bool:
    """Whether a sentence opens with a phrase of bare names or titles, not the last word before the verb: its subject."""
    following = head + 1
    return all(token.position in names and not token.suffix for token in tokens[first:head + 1]) \
        and following + 1 < len(tokens) and not _between(text, tokens[head], tokens[following]).strip()


def _sets_off(text: str, tokens, folded, position: int) -> bool:
    """Whether a comma or "ise" follows the word at `position`: Turkish sets a subject off so."""
    if position + 1 >= len(tokens):
        return False
    gap = _between(text, tokens[position], tokens[position + 1]).strip()
    return gap == "," or (not gap and folded[position + 1] in _SUBJECT_PARTICLES)


# Words of measure between a standard and "daha": "iki kat daha", "yüzde 20 daha", "çok daha", "biraz daha".
_MEASURE_WORDS = frozenset("kat katı misli yüzde biraz epey oldukça en iki üç dört beş on yüz bir "
                           "yarım buçuk".split())


def _standard_follows(folded, head: int) -> bool:
    """Whether a word of comparison ("daha", "fazla") follows an ablative, past words of measure ("iki kat")."""
    following = [word for word in folded[head + 1:head + 5]
                 if word not in _MEASURE_WORDS and not word.replace(",", "").isdigit()][:2]
    # "yarısından fazlası", "100 kişiden azı": the part beyond the standard, made a noun (more than half)
    return bool(_STANDARD_AFTER_ABLATIVE & set(following)) or bool(following) and bool(
        _SHARE_BEYOND.fullmatch(following[0]))


def _head_reading(text: str, tokens, folded, cases, head: int) -> Reading | None:
    name, roles = cases[head].name, cases[head].roles
    after = folded[head + 1] if head + 1 < len(tokens) else ""
    gap = _between(text, tokens[head], tokens[head + 1]) if head + 1 < len(tokens) else "."
    rejected = not gap.strip() and after in _REJECTING
    if roles is None:
        # A bare phrase is the subject when Turkish sets it off as one: "Belediye, ...", "Ankara ise ...".
        if after == "tarafından" and not gap.strip():
            return Reading(frozenset({Role.AGENT}), "tarafından")
        if rejected:
            return Reading(frozenset(), after, rejected=True)
        if gap.strip() == "," or (after in _SUBJECT_PARTICLES and not gap.strip()):
            return Reading(frozenset({Role.AGENT}), "nominative")
        return None
    if gap.strip() and gap.strip() != ",":
        return Reading(roles, name, rejected)
    if name == "dative" and after in _STANDARD_AFTER_DATIVE:
        # "X'e göre" is "according to X" as often as "than X", save before "daha" ("köylere göre yüzde 30 daha").
        sayer = set() if _standard_follows(folded, head) else {Role.SAYER}
        return Reading(frozenset({Role.STANDARD, *sayer}), f"dative + {after}")
    if name == "ablative" and not gap.strip() and _standard_follows(folded, head):
        return Reading(frozenset({Role.STANDARD}), "ablative + daha")
    if name == "dative" and after in _DIRECTION_AFTER_DATIVE and not gap.strip():
        return Reading(frozenset({Role.GOAL}), f"dative + {after}")  # "kentlere doğru": towards the towns
    if name == "genitive":
        following = [word for word in folded[head + 1:head + 5] if word not in _MULTIPLE_SKIP]
        if following and _MULTIPLE.match(following[0]) and _partitive_share(text, tokens, folded, head) is None:
            # "X'in yarısı kadar", "X'in iki katı": X is the standard; but "X'in yarısı" alone is a share of X,
            # whose owner it is ("half of the X": `exchanged` keeps an owner and its share together)
            return Reading(frozenset({Role.STANDARD}), f"genitive + {following[0]}")
    if after == "tarafından":
        return Reading(frozenset({Role.AGENT}), "tarafından")
    if after in _OTHER_POSTPOSITIONS and not gap.strip() and (after != "bu" or name == "ablative"):
        return None  # "bu" only in "-DAn bu yana" (since): elsewhere it begins the next phrase
    return Reading(roles, name, rejected)


# English.
_PREPOSITIONS = {
    "to": frozenset({Role.GOAL}), "into": frozenset({Role.GOAL}), "toward": frozenset({Role.GOAL}),
    "towards": frozenset({Role.GOAL}), "onto": frozenset({Role.GOAL}),
    "from": frozenset({Role.SOURCE}),
    "than": frozenset({Role.STANDARD}),
    "by": frozenset({Role.AGENT, Role.COMPANION}),  # the doer of a passive, or the means ("by a majority vote")
    "with": frozenset({Role.COMPANION}),
    "of": frozenset({Role.POSSESSOR, Role.AGENT, Role.PATIENT, Role.SOURCE}),
    "in": frozenset({Role.PLACE}), "at": frozenset({Role.PLACE}),
}
# Prepositions whose role is not one of the above: the reading stops, unknown.
_OTHER_PREPOSITIONS = frozenset(
    "on for against about over under between among across through via after before during since "
    "until within without like per despite including around near beyond behind inside outside upon "
    "amid versus vs".split())
_DETERMINERS = frozenset("the a an this that these those its their his her our my your some any each every "
                         "all both several many most".split())
_ARTICLES = frozenset("the a an its their his her our my your these those".split())
_CLAUSE_WORDS = frozenset("that whether which who whom whose while whereas but if because although though when "
                          "where and".split())
_SPEECH = frozenset("said says say told tells added adds stated states noted notes announced announces "
                    "explained explains reported reports claimed claims warned warns".split())
_AUXILIARIES = frozenset("is are was were be been being am has have had will would can could may might shall "
                         "should must do does did".split())
_BE = frozenset("is are was were be been being".split())
_IRREGULAR_PARTICIPLES = frozenset(
    "beaten chosen given taken seen sold sent held made built won lost brought bought paid led left kept told "
    "found done shown known thrown written driven drawn hit put set cut run struck caught taught fought sought "
    "spent lent bent meant met read shot hung overtaken overseen undertaken withdrawn forgiven forgotten "
    "hidden ridden risen stolen sworn torn worn".split())
# Irregular past forms, which no "-ed" shows to be verbs.
_IRREGULAR_PAST = frozenset(
    "said spent bought sold won lost lent left beat took gave made sent paid led held met kept brought told found chose ran "
    "fell rose grew drew threw knew saw came went began became fought caught taught sought built struck wrote drove broke "
    "spoke stole overtook undertook withdrew forgave forbade swore tore wore hid rode shot".split())
_REACH = 8
_PERSONAL_PRONOUNS = frozenset("i you he she it we they".split())
_VERB_SENSES = 6
# A Turkish passive verb stem: -Il- or -In- before the tense ("yenildi", "satıldı", "görüldü").
_PASSIVE_STEM = re.compile(r"[ıiuü][ln](?:d[ıiuü]|m[ıiuü]ş|[ıiuü]yor|[ae]c[ae]k|[ıiuü]r)")
# Words a verb group carries between its verbs, and words set off by commas after a subject.
_GROUP_ADVERBS = frozenset("not also yet already reportedly still never just".split())
_PARENTHETICAL = frozenset("however though meanwhile too therefore instead moreover also then".split())
_TIME_WORDS = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday year years month months week weeks day days season seasons "
    "century decade morning evening night hour hours minute minutes last next this past previous coming "
    "weekend spring summer autumn winter today yesterday tomorrow".split())


@dataclass(frozen=True)
class EnglishSentence:
    """An English bead's tokens with what is needed to read roles: the text and which words are verbs."""

    tokens: tuple[Token, ...]
    text: str
    verbs: frozenset[int]  # positions of words that render a Turkish verb
    claimed: dict  # English position -> the Turkish phrase head it renders


def _lower(token: Token) -> str:
    return token.text.lower()


def _verbish(sentence: EnglishSentence, index: int) -> bool:
    word = _lower(sentence.tokens[index])
    if word in _AUXILIARIES:
        return True
    if index > 0 and _lower(sentence.tokens[index - 1]) in _ARTICLES:
        return False  # "their desired position": a verb's form after an article or a possessive is an adjective
    if index in sentence.verbs or word in _IRREGULAR_PAST:
        return True
    if word.endswith("ing") and len(word) > 5 and index > 0 and _lower(sentence.tokens[index - 1]) in _AUXILIARIES:
        return True  # a progressive: "was fuelling"
    if word in _IRREGULAR_PARTICIPLES and index > 0 and _lower(sentence.tokens[index - 1]) in _AUXILIARIES:
        return True  # a perfect or a passive: "has taken", "was beaten"
    if index > 0 and _lower(sentence.tokens[index - 1]) in _DETERMINERS and not (
            _lower(sentence.tokens[index - 1]) == "that" and word.endswith("ed") and len(word) > 4):
        return False  # "that year"; but "that supplied" begins a relative clause
    if "-" in word or sentence.tokens[index].is_capitalized:
        return False  # "medium-sized", "state-owned": adjectives
    if word.endswith("s") and _present_verb(word, only=True):
        return True  # "owes", "warns": a present form whose base is only ever a verb
    # A short past form is a verb after "had" or "was" ("had sued", "was used"), or when it is no word of its own
    # and its base is a verb ("sued"); otherwise it may be a noun ("seed", "feed").
    return word.endswith("ed") and (len(word) > 4 or index > 0 and _lower(sentence.tokens[index - 1]) in _AUXILIARIES
                                    or _short_past(word))


@functools.lru_cache(maxsize=8192)
def _present_verb(word: str, only: bool) -> bool:
    """Whether a word in -s is a verb's present form by the thesaurus: its base has a verb sense (`only`: no
    other) and the word itself is no entry of its own."""
    from drift.lexicon.thesaurus import load_thesaurus

    thesaurus = load_thesaurus()
    if not word.endswith("s") or thesaurus.synsets(word):
        return False
    for base in (word[:-1], word[:-2] if word.endswith("es") else ""):
        parts = {thesaurus.pos[synset] for synset in thesaurus.synsets(base)} if base else set()
        if "v" in parts and (not only or parts == {"v"}):
            return True
    return False


def _short_past(word: str) -> bool:
    from drift.lexicon.thesaurus import load_thesaurus

    thesaurus = load_thesaurus()
    return not thesaurus.synsets(word) and any(thesaurus.pos[synset] == "v" for synset in thesaurus.synsets(word[:-1]))


def _boundary_before(sentence: EnglishSentence, index: int) -> bool:
    """Whether punctuation (a quotation mark aside) stands right before tokens[index]."""
    if index == 0:
        return True
    gap = _between(sentence.text, sentence.tokens[index - 1], sentence.tokens[index]).strip()
    return bool(gap) and gap not in ("'", "’", "\"")


def english_reading(sentence: EnglishSentence, index: int, head: int) -> Reading | None:
    """The role of the English word at `index`, which renders the Turkish phrase headed at `head`."""
    if index in sentence.verbs or (index > 0 and _lower(sentence.tokens[index - 1]) in _AUXILIARIES
                                   and not sentence.tokens[index].is_capitalized):
        return None  # a noun rendered by a verb ("had expanded" for "büyüklük"): no participant; a name is one
    if _adverb(sentence.tokens[index]):
        return None  # "resolved shortly" for "kısa sürede çözülmesi": a manner or time, no participant
    reading = _reading_before(sentence, index, head)
    if _possessive(sentence, index) and (reading is None or Role.STANDARD not in reading.roles):
        return Reading(frozenset({Role.POSSESSOR, Role.AGENT}), "possessive", governor=_owned_words(sentence, index))
    return reading


def _owned_words(sentence: EnglishSentence, index: int) -> tuple[int, ...]:
    """The words a possessive owns: those after it up to a preposition, a clause word or a verb."""
    found = []
    for position in range(index + 1, min(index + 4, len(sentence.tokens))):
        word = _lower(sentence.tokens[position])
        if _boundary_before(sentence, position) or word in _PREPOSITIONS or word in _OTHER_PREPOSITIONS \
                or word in _CLAUSE_WORDS or _verbish(sentence, position):
            break
        found.append(position)
    return tuple(found)


_PLACE_PREPOSITIONS = frozenset("in at of from".split())
# Words of a multiple before "that in", "those of": the standard of the comparison follows.
_MULTIPLES = frozenset("twice times half double triple quadruple thrice".split())
_STANDARD_PRONOUNS = frozenset("those that the ones one".split())


def _compared_before(sentence: EnglishSentence, index: int) -> bool:
    """Whether "than", or a second "as", stands right before the preposition at `index` ("than in", "as those in");
    before "of", past the noun it follows too ("than the number of men")."""
    tokens = sentence.tokens
    position = index - 1
    if _lower(tokens[index]) == "of" and position > 0 and tokens[position].text.isalpha() \
            and _lower(tokens[position]) not in _STANDARD_PRONOUNS and not _verbish(sentence, position) \
            and _lower(tokens[position - 1]) in _ARTICLES:
        position -= 2  # "than the share of": the noun and its article
    while position >= 0 and index - position <= 3 and _lower(tokens[position]) in _STANDARD_PRONOUNS:
        position -= 1
    if position < 0:
        return False
    word = _lower(tokens[position])
    if word in _MULTIPLES and position < index - 1:
        return True  # "twice that in Ordu", "three times those of", "half that in"
    return word == "than" or word == "as" and any(_lower(token) == "as"
                                                  for token in tokens[max(0, position - _REACH - 4):position])


def _noun_before(sentence: EnglishSentence, index: int) -> tuple[int, ...]:
    """The noun a prepositional phrase right after it describes ("experts from DAG will"), asked when no verb
    comes before it in its clause (after one, "poured the material into a pit", the phrase may be the verb's).
    Nothing when the word before is a verb, a function word or punctuation."""
    if index == 0 or _boundary_before(sentence, index):
        return ()
    token = sentence.tokens[index - 1]
    word = _lower(token)
    if not word.isalpha() or is_stopword(word, Language.ENGLISH) or word in _AUXILIARIES or word in _DETERMINERS \
            or _verbish(sentence, index - 1) or word.endswith("ing"):
        return ()
    return (index - 1,)


def _verb_before(sentence: EnglishSentence, index: int) -> tuple[int, ...]:
    """The verb a prepositional phrase depends on: the nearest one before it in its clause, else the word before."""
    for position in range(index - 1, max(-1, index - 1 - _REACH), -1):
        word = _lower(sentence.tokens[position])
        after_determiner = position > 0 and (_lower(sentence.tokens[position - 1]) in _DETERMINERS
                                             or _possessive(sentence, position - 1))  # "the team's training camp"
        if word not in _AUXILIARIES and not after_determiner and (
                _verbish(sentence, position) or word.endswith("ing") and len(word) > 5
                and not sentence.tokens[position].is_capitalized):
            return (position,)
        if _boundary_before(sentence, position) or word in _CLAUSE_WORDS:
            break
    return ()


def _verb_group(sentence: EnglishSentence, position: int) -> tuple[int, ...]:
    """The verbs of the group that starts at `position`: "is expected to follow" gives expected and follow."""
    found = []
    tokens = sentence.tokens
    while position < len(tokens) and (not found or not _boundary_before(sentence, position)):
        word = _lower(tokens[position])
        if word == "to" and found and position + 1 < len(tokens) and _infinitive(tokens[position + 1]) is not None:
            found.append(position + 1)  # the infinitive: its subject is the group's
            position += 2
            continue
        if word in _AUXILIARIES or word in _GROUP_ADVERBS:
            position += 1
            continue
        if not _verbish(sentence, position):
            break
        found.append(position)
        position += 1
    return tuple(found)


def _adverb(token: Token) -> bool:
    """Whether an English word is only ever an adverb ("shortly", "abroad"), by the thesaurus."""
    from drift.lexicon.thesaurus import load_thesaurus

    word = token.text.lower()
    if token.is_capitalized or not word.endswith("ly"):
        return False
    parts = {load_thesaurus().pos[synset] for synset in load_thesaurus().synsets(word)}
    return parts == {"r"}


def _possessive(sentence: EnglishSentence, index: int) -> bool:
    """Whether the word at `index` is a possessive: "Ali's", "factories'" (the apostrophe then stands after it)."""
    token = sentence.tokens[index]
    if token.suffix.lower() == "s" or token.text.endswith(("s'", "s’")):
        return True
    after = sentence.text[token.end:token.end + 2]
    return token.text.endswith("s") and after[:1] in ("'", "’") and not after[1:].isalpha()


def _reading_before(sentence: EnglishSentence, index: int, head: int) -> Reading | None:
    tokens = sentence.tokens
    position = index
    began = False  # an article was crossed: this phrase begins there
    for _ in range(_REACH):
        if _boundary_before(sentence, position):
            if _between(sentence.text, tokens[position - 1], tokens[position]).strip() == "," and position > 0 \
                    and tokens[position - 1].is_capitalized and tokens[position].is_capitalized:
                position -= 1  # a list of names: "Chile, Peru and Bolivia"
                continue
            return _subject_reading(sentence, index)
        previous = position - 1
        word = _lower(tokens[previous])
        if word == "to" and previous + 1 < index:
            infinitive = _infinitive(tokens[previous + 1])
            if infinitive is not None:
                # "to build ... bridges": "to" marks a verb, and the phrase is its object (when no noun reading fits)
                return Reading(frozenset({Role.PATIENT}), f"object of {tokens[previous + 1].text}",
                               governor=(previous + 1,)) if infinitive else None
        if word == "of" and previous > 0 and tokens[previous - 1].is_capitalized and tokens[position].is_capitalized \
                and not _boundary_before(sentence, previous):
            position = previous  # "of" inside a name ("Chamber of Commerce"): the name's role is read before it
            continue
        if (word in _PREPOSITIONS or word in _OTHER_PREPOSITIONS) and previous > 0 and position == index \
                and sentence.claimed.get(previous - 1) == head and previous - 1 != index:
            # A word of the same phrase before the preposition ("demand for fish" for "balık talebi"): the phrase's
            # role is that word's.
            return english_reading(sentence, previous - 1, head)
        if word in _PREPOSITIONS:
            reading = _preposition_reading(sentence, previous, word)
            if word in _PLACE_PREPOSITIONS and _compared_before(sentence, previous):
                # "than in Ankara", "as those in Samsun": the place is the standard of a comparison
                reading = replace(reading, roles=reading.roles | {Role.STANDARD}, marker=f"than {word}")
            governor = (previous - 1,) if word == "of" and previous > 0 else (
                _verb_before(sentence, previous) or _noun_before(sentence, previous))
            return replace(reading, governor=governor)
        if word == "as" and any(_lower(token) == "as" for token in tokens[max(0, previous - _REACH):previous]):
            return Reading(frozenset({Role.STANDARD}), "as … as")
        if word in _OTHER_PREPOSITIONS:
            return None
        if word in _CLAUSE_WORDS and not (word == "and" and previous > 0 and tokens[previous - 1].is_capitalized):
            return _subject_reading(sentence, index)
        if word in _TELLING:
            # "warned the companies that ...", "told farmers the station": the one told, not a clause's subject
            return Reading(frozenset({Role.PATIENT, Role.GOAL}), f"object of {tokens[previous].text}",
                           governor=(previous,))
        if word in _SPEECH:
            return _subject_reading(sentence, index)
        if _verbish(sentence, previous) or _gerund(sentence, previous):
            if word in _BE:
                return None  # a predicate: "was the winner"
            # The first of two objects is the one given to: "handed pupils the prizes", "owes X 40 million".
            roles = {Role.PATIENT, Role.GOAL} if _first_of_two_objects(sentence, index, head) else {Role.PATIENT}
            return Reading(frozenset(roles), f"object of {tokens[previous].text}", governor=(previous,))
        if word in _ARTICLES:
            if began:
                # A second article: the words between are a phrase of their own ("approved by a majority vote a
                # proposal"), and what governs that one does not govern this.
                return None
            began = True
        if sentence.claimed.get(previous, head) != head and not (
                tokens[previous].is_capitalized and tokens[position].is_capitalized and position != index):
            # A name right after a word of another phrase begins a phrase of its own ("final Chile beat");
            # a common noun there is more often a compound's head ("city water supply").
            if tokens[index].is_capitalized and not tokens[previous].is_capitalized:
                return _subject_reading(sentence, index)
            return None
        position = previous
    return None


# Verbs of saying whose next phrase is the one told ("warned the firm that"), not the subject of a clause.
_TELLING = frozenset("told tells tell warned warns informed informs reminded reminds assured assures notified "
                     "notifies urged urges briefed briefs".split())
_SECOND_OBJECT_STARTS = frozenset("the a an its their his her our".split())


def _first_of_two_objects(sentence: EnglishSentence, index: int, head: int) -> bool:
    """Whether the object phrase at `index` is followed, with nothing between, by a second bare phrase (an article,
    a possessive pronoun or a figure begins it): English puts the one given to first."""
    tokens = sentence.tokens
    position = index + 1
    while position < len(tokens) and not _boundary_before(sentence, position) and (
            sentence.claimed.get(position) == head
            or tokens[position].is_capitalized and tokens[position - 1].is_capitalized):
        position += 1
    if position >= len(tokens) or _boundary_before(sentence, position):
        return False
    token = tokens[position]
    # A figure begins a phrase when a word follows it ("40 million lira"); alone it is a score ("beat the team 2-0").
    return _lower(token) in _SECOND_OBJECT_STARTS or token.has_digit and position + 1 < len(tokens) \
        and not _boundary_before(sentence, position + 1)


# Prepositions after which an -ing form is a verb of its own clause ("without consulting the workers"); after "from"
# or "of" it is as often the noun a Turkish verbal noun renders ("stopped from crossing": geçişi durduruldu).
_GERUND_PREPOSITIONS = frozenset("without by after before while".split())


def _gerund(sentence: EnglishSentence, index: int) -> bool:
    """Whether the word at `index` is an -ing form after "without", "by", "after", "before" or "while": a verb whose
    object follows it ("without consulting the workers")."""
    word = _lower(sentence.tokens[index])
    return index > 0 and word.endswith("ing") and len(word) > 5 and not sentence.tokens[index].is_capitalized \
        and _lower(sentence.tokens[index - 1]) in _GERUND_PREPOSITIONS


def _infinitive(token: Token) -> bool | None:
    """After "to": True for a word only a verb reads as ("build"), False for one a verb or a noun may be, else None."""
    from drift.lexicon.thesaurus import load_thesaurus

    word = token.text.lower()
    if token.is_capitalized or not word.isalpha() or word.endswith(("s", "ed", "ing")):
        return None
    parts = {load_thesaurus().pos[synset] for synset in load_thesaurus().synsets(word)}
    if "v" not in parts:
        return None
    return parts == {"v"}


def _preposition_reading(sentence: EnglishSentence, index: int, word: str) -> Reading:
    tokens = sentence.tokens
    before = _lower(tokens[index - 1]) if index > 0 else ""
    rejected = _rejects(sentence, index)
    if word in ("with", "to") and before in ("compared", "comparison"):
        return Reading(frozenset({Role.STANDARD}), f"{before} {word}")
    if word == "to" and before == "according":
        return Reading(frozenset({Role.SAYER, Role.STANDARD}), "according to")
    if word == "than" and before == "rather":
        return Reading(frozenset(), "rather than", rejected=True)
    roles = _PREPOSITIONS[word]
    if word == "of" and tokens[index].text.lower() == "of" and before == "instead":
        return Reading(frozenset(), "instead of", rejected=True)
    return Reading(roles, word, rejected)


def _rejects(sentence: EnglishSentence, index: int) -> bool:
    """Whether "rather than", "instead of" or "not" stands right before the preposition at `index`."""
    words = [_lower(token) for token in sentence.tokens[max(0, index - 2):index]]
    return words[-1:] == ["not"] or words == ["rather", "than"] or words == ["instead", "of"]


def _subject_reading(sentence: EnglishSentence, index: int) -> Reading | None:
    """A bare phrase before its verb: the doer, or the one who undergoes a passive verb."""
    tokens = sentence.tokens
    position = index + 1
    set_off = in_modifier = False
    # A name set off by commas after the phrase it names ("The bakery's owner, Ayla Demir, has sued"): an
    # apposition, whose closing comma comes right before the verb the two share.
    start = index
    while start > 0 and tokens[start - 1].is_capitalized and not _between(sentence.text, tokens[start - 1],
                                                                          tokens[start]).strip():
        start -= 1
    appositive = start > 0 and tokens[start].is_capitalized \
        and _between(sentence.text, tokens[start - 1], tokens[start]).strip() == ","
    while position < len(tokens) and position - index <= _REACH:
        word = _lower(tokens[position])
        if word in _PARENTHETICAL and _between(sentence.text, tokens[position - 1], tokens[position]).strip() == "," \
                and position + 1 < len(tokens) \
                and _between(sentence.text, tokens[position], tokens[position + 1]).strip() == ",":
            position += 1  # "The company, however, had sued": the subject goes on past a word set off by commas
            set_off = True
            continue
        aside = _aside_end(sentence, position)
        if aside:
            position = aside  # "The union, for its part, objected": past a short phrase set off by commas
            set_off = True
            continue
        named = _apposition_end(sentence, position)
        if named:
            position = named  # "The bakery's owner, Ayla Demir, has sued": past the name that says who it is
            set_off = True
            continue
        if word in _RELATIVES and position + 1 < len(tokens) and not _boundary_before(sentence, position) and (
                _verbish(sentence, position + 1) or _present_verb(_lower(tokens[position + 1]), only=False)):
            later = _after_relative(sentence, position + 1)
            if later is not None:
                position = later  # "The firm that cleans the streets owes": the relative clause is skipped
                continue
        if _boundary_before(sentence, position) and not set_off and not (
                tokens[position].is_capitalized and tokens[position - 1].is_capitalized) and not (
                appositive and _between(sentence.text, tokens[position - 1], tokens[position]).strip() == ","
                and _verbish(sentence, position)):
            return None
        set_off = False
        if word in _POSTMODIFYING and position > index and not in_modifier:
            in_modifier = True  # "demand for fish had triggered": the subject goes on past a short phrase of its own
            position += 1
            continue
        if word in _PREPOSITIONS or word in _OTHER_PREPOSITIONS or word in _CLAUSE_WORDS - {"and"} \
                or word in _PERSONAL_PRONOUNS:
            return None  # "which party they will vote for": the pronoun is the subject
        if _verbish(sentence, position):
            group = _verb_group(sentence, position)
            if _passive(tokens, position) and not _raised(sentence, group):
                return Reading(frozenset({Role.PATIENT}), "subject of a passive verb", governor=group)
            return Reading(frozenset({Role.AGENT}), "subject", governor=group)
        position += 1
    return None


def _apposition_end(sentence: EnglishSentence, position: int) -> int:
    """The position of the verb after a name set off by commas that begins at `position` ("owner, Ayla Demir,
    has"), or 0."""
    tokens = sentence.tokens
    if position == 0 or not tokens[position].is_capitalized \
            or _between(sentence.text, tokens[position - 1], tokens[position]).strip() != ",":
        return 0
    end = position
    while end + 1 < len(tokens) and tokens[end + 1].is_capitalized \
            and not _between(sentence.text, tokens[end], tokens[end + 1]).strip():
        end += 1
    if end + 1 < len(tokens) and _between(sentence.text, tokens[end], tokens[end + 1]).strip() == "," \
            and _verbish(sentence, end + 1):
        return end + 1
    return 0


_ASIDE_STARTS = frozenset("for in on at by meanwhile".split())
# Prepositions that begin a short phrase inside a subject ("the rise in prices", "demand for fish").
_POSTMODIFYING = frozenset("of for in at from on".split())
_RELATIVES = frozenset("that which who".split())


def _aside_end(sentence: EnglishSentence, position: int) -> int:
    """The position after a short aside set off by commas that begins at `position` ("for its part", "in turn",
    "on the other hand"), or 0: at most four words, beginning with a preposition, no verb among them."""
    tokens = sentence.tokens
    if _between(sentence.text, tokens[position - 1], tokens[position]).strip() != "," \
            or _lower(tokens[position]) not in _ASIDE_STARTS:
        return 0
    for end in range(position + 1, min(position + 5, len(tokens))):
        if _verbish(sentence, end - 1):
            return 0
        gap = _between(sentence.text, tokens[end - 1], tokens[end]).strip()
        if gap == ",":
            return end
        if gap:
            return 0
    return 0


def _after_relative(sentence: EnglishSentence, position: int) -> int | None:
    """The position of the main verb after a relative clause whose verb is at `position` ("that cleans the streets
    owes": owes): the next verb after a word of the clause's own; None at punctuation or past the reach."""
    tokens = sentence.tokens
    for later in range(position + 2, min(position + _REACH, len(tokens))):
        if _boundary_before(sentence, later) or _lower(tokens[later]) in _CLAUSE_WORDS:
            return None
        if _verbish(sentence, later) and not _verbish(sentence, later - 1) \
                and _lower(tokens[later - 1]) not in _ARTICLES | _DETERMINERS:
            return later
    return None


def _raised(sentence: EnglishSentence, group: tuple[int, ...]) -> bool:
    """Whether a passive verb hands its subject on to an infinitive ("is expected to follow"): its doer."""
    return len(group) > 1 and _lower(sentence.tokens[group[-1] - 1]) == "to" \
        and _lower(sentence.tokens[group[-1]]) not in _BE


def _passive(tokens, position: int) -> bool:
    """Whether the verb group starting at `position` is passive: a form of "be" and a past participle."""
    words = [_lower(token) for token in tokens[position:position + 5]]
    for at, word in enumerate(words[:-1]):
        if word in _BE:
            following = words[at + 1]
            if following == "being" and at + 2 < len(words):
                following = words[at + 2]  # "is being run": the progressive passive
            return following.endswith("ed") or following in _IRREGULAR_PARTICIPLES
        if word not in _AUXILIARIES and word not in ("not", "also", "yet", "already", "reportedly"):
            return False
    return False


def english_sentence(context: CheckContext, view: BeadView, heads: dict[int, int]) -> EnglishSentence:
    """The English side of a bead, with the words that render Turkish verbs and which phrase each word renders."""
    links = context.links[view.index]
    verbs = set()
    for word in links.orig_words:
        stem = verb_stem(word.lemmas[0]) if word.lemmas else None
        folded = view.orig_folded[word.token.position]
        # A participle in -(y)An ("biten sezon": the season that ended) is rendered as an adjective as often as a verb.
        rest = _verb_rest(folded, stem) if stem else None
        if rest is not None and not word.token.is_capitalized \
                and parses_as(rest, verbal=True) and not re.fullmatch(r"y?[ae]n", rest):
            verbs.update(links.rendered_as.get(word.token.position, ()))
    for phrase in links.phrases:
        if verb_stem(phrase.key.split()[-1]):
            verbs.update(token.position for token in phrase.rendered_by)
    claimed = {}
    for orig, trans in links.links:
        if orig in heads:
            claimed.setdefault(trans, heads[orig])
    verbs = {position for position in verbs if not view.trans_tokens[position].is_capitalized}
    return EnglishSentence(view.trans_tokens, context.alignment.trans.text, frozenset(verbs), claimed)


def _verb_rest(folded: str, stem: str) -> str | None:
    """What follows a verb's stem in one of its forms, None when the form does not begin with the stem; a stem's
    last a or e narrows before "-yor" ("ödüyor": öde-yor, "bekliyor": bekle-yor)."""
    if folded.startswith(stem):
        return folded[len(stem):]
    if stem[-1:] in ("a", "e") and folded[:len(stem) - 1] == stem[:-1] and folded[len(stem) - 1:len(stem)] in \
            ("ı", "i", "u", "ü") and folded[len(stem):].startswith("yor"):
        return "ı" + folded[len(stem):]  # the narrowed vowel read as the -Iyor's own: parses as a verb ending
    return None


@dataclass(frozen=True)
class Participant:
    """A Turkish phrase that the English renders: its words, role in the original, and role in the English."""

    head: int
    orig: tuple[Token, ...]
    trans: tuple[Token, ...]
    orig_reading: Reading
    trans_reading: Reading
    # The Turkish words that the English words it depends on render: "finish" in "finish in Tekirdağ" renders
    # "sona erecek". Two participants that traded these traded places in the event.
    trans_governs: frozenset[int] = frozenset()
    trans_governs_by_sense: frozenset[int] = frozenset()  # the same, with a verb's senses for words no link took


@per_text
def participants(context: CheckContext, view: BeadView) -> tuple[Participant, ...]:
    """Every Turkish phrase with a readable role whose rendered words all have a readable English role."""
    readings = turkish_readings(context, view)
    heads = {position: head for position, (head, _) in readings.items()}
    sentence = english_sentence(context, view, heads)
    rendered_as = context.links[view.index].rendered_as
    by_head: dict[int, list[int]] = {}
    for position, (head, _) in readings.items():
        by_head.setdefault(head, []).append(position)
    # An English word that renders words of two phrases ("investors" for "Alman yatırımcılar" and
    # "Fransız yatırımcıların")
    # tells neither apart.
    owners: dict[int, set[int]] = {}
    rendered_as = dict(rendered_as)
    for head, positions in by_head.items():
        for position in positions:
            rendered_as[position] = rendered_as.get(position, ()) + _sense_matches(context, view, position)
            for trans in rendered_as[position]:
                owners.setdefault(trans, set()).add(head)
    # An English word two phrases render goes to the one that has no word of its own: "kentlere" has "towns",
    # so "cities" is "büyükşehirlerden"'s.
    own = {head for head, positions in by_head.items()
           if any(len(owners[trans]) == 1 for position in positions for trans in rendered_as.get(position, ()))}
    for trans, its_heads in owners.items():
        lacking = [head for head in its_heads if head not in own]
        if len(its_heads) > 1 and len(lacking) == 1:
            owners[trans] = {lacking[0]}
    found = []
    for head, positions in by_head.items():
        trans_positions = sorted({trans for position in positions for trans in rendered_as.get(position, ())
                                  if owners[trans] == {head} and _same_case_kind(view, position, trans)})
        if not trans_positions:
            continue
        if all(_lower(view.trans_tokens[trans]) in _TIME_WORDS for trans in trans_positions):
            continue  # a time ("last December", "this season") is when, not who
        english = [english_reading(sentence, trans, head) for trans in trans_positions]
        if any(reading is None for reading in english):
            continue
        english = _possessive_inside(sentence, context.links[view.index].linked_trans, trans_positions, english, head)
        if any(reading.marker == "possessive" and not set(reading.governor) & set(trans_positions)
               for reading in english):
            # "the private factories' price": the words before a possessive modify it and share its role; a
            # possessive inside the phrase ("the exchange's management" for "Borsa yönetimi") takes its head's.
            english = [reading for reading in english if reading.marker == "possessive"]
        elif any(reading.marker == "possessive" for reading in english) and len(english) > 1:
            english = [reading for reading in english if reading.marker != "possessive"]
        merged = Reading(frozenset().union(*(reading.roles for reading in english)),
                         ", ".join(dict.fromkeys(reading.marker for reading in english)),
                         any(reading.rejected for reading in english),
                         governor=tuple(dict.fromkeys(position for reading in english
                                                      for position in reading.governor)))
        found.append(Participant(head, tuple(view.orig_tokens[position] for position in sorted(positions)),
                                 tuple(view.trans_tokens[trans] for trans in trans_positions),
                                 readings[head][1] if head in readings else readings[positions[-1]][1], merged,
                                 _governed(context, view, merged.governor),
                                 _governed_by_sense(context, view, merged.governor)))
    return _objects_of_dative_verbs(view, tuple(found))


def _possessive_inside(sentence: EnglishSentence, linked, trans_positions: list[int], english: list, head: int) -> list:
    """The readings of an English phrase whose rendered words end in a possessive that owns a noun rendering
    nothing ("the county governor's office" for "İl Valiliği", "the party's leadership" for "parti yönetimi"):
    the possessive is inside the phrase, whose role is its head's, the owned noun's."""
    if not english or english[-1].marker != "possessive":
        return english
    last = max(trans_positions)
    owned = [position for position in english[-1].governor if position > last]
    if not owned or owned[0] != last + 1 or owned[0] in linked or not _possessive(sentence, last):
        return english
    reading = english_reading(sentence, owned[0], head)
    return english if reading is None or reading.marker == "possessive" else [reading]


def _sense_matches(context: CheckContext, view: BeadView, position: int) -> tuple[int, ...]:
    """English words no link took whose base form is one of a Turkish word's senses ("towns" for "kentlere").

    A capitalised word with a suffix after its apostrophe ("Üniversitesi'nin") is matched by the senses of the
    part before it, capitalised in English too ("University").
    """
    links = context.links[view.index]
    part = _name_parts(context, view).get(position)
    senses = part[1] if part else next((word.senses for word in links.orig_words if word.token.position == position),
                                       ())
    if not senses:
        return ()
    linked = links.linked_trans
    return tuple(word.token.position for word in links.trans_words if word.token.position not in linked
                 and (part is not None or not word.token.is_capitalized) and word.lemma in senses)


def _governed(context: CheckContext, view: BeadView, governor: tuple[int, ...]) -> frozenset[int]:
    """The Turkish words that the English words at `governor` render, by link."""
    if not governor:
        return frozenset()
    links = context.links[view.index]
    wanted = set(governor)
    found = {orig for orig, trans in links.links if trans in wanted}
    for phrase in links.phrases:
        if wanted & {token.position for token in phrase.rendered_by}:
            found.update(token.position for token in phrase.orig_tokens)
    return frozenset(found)


def _governed_by_sense(context: CheckContext, view: BeadView, governor: tuple[int, ...]) -> frozenset[int]:
    """The Turkish verbs that the English words at `governor` may render: a link, or a base form among the verb's
    senses ("sued" for "dava açmıştı"), which the links miss when the English form is short."""
    if not governor:
        return frozenset()
    links = context.links[view.index]
    found = set(_governed(context, view, governor))
    forms = {form for position in governor for form in _base_forms(_lower(view.trans_tokens[position]))}
    for phrase in links.phrases:
        if verb_stem(phrase.key.split()[-1]) and forms & set(phrase.senses):
            found.update(token.position for token in phrase.orig_tokens)
    for word in links.orig_words:
        if word.lemmas and verb_stem(word.lemmas[0]) and forms & set(word.senses[:_VERB_SENSES]):
            found.add(word.token.position)
        elif not (word.lemmas and verb_stem(word.lemmas[0])) and forms & _analysed_verb_senses(
                context, view.orig_folded[word.token.position]):
            found.add(word.token.position)  # "verdi": the analyser reads vermek first, the dictionary a noun
    return frozenset(found)


def _analysed_verb_senses(context: CheckContext, folded: str) -> frozenset[str]:
    """The first senses of the verb the analyser reads first in a finite Turkish form, when it reads one."""
    from drift.text.morphology import analyses

    found = analyses(folded)
    if not found or found[0].root_pos != "Verb" or not found[0].finite:
        return frozenset()
    return frozenset(context.resources.lexicon.senses(found[0].lemma)[:_VERB_SENSES])


def _base_forms(word: str) -> set[str]:
    """The base forms an English verb form may have: sued -> sue, followed -> follow, starts -> start."""
    forms = {word}
    for ending in ("ed", "d", "es", "s", "ing"):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            forms.update({word[:-len(ending)], word[:-len(ending)] + "e"})
    if word.endswith("en") and word in _IRREGULAR_PARTICIPLES:
        forms.update({word[:-2], word[:-2] + "e"})  # "beaten" -> beat, "taken" -> take
    return forms


_SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())


def relative_nouns_turned(context: CheckContext, view: BeadView) -> tuple[tuple[int, int, tuple[int, ...]], ...]:
    """(participle, English noun, English verb) for each Turkish relative clause whose English turns round who acts.

    "-(y)An" makes the noun after it the doer ("kendisini yenen pilot": the pilot who beat her), "-DIK" with a
    possessive makes it the one acted on or for ("Kaya'nın yendiği oyuncu": the player Kaya beat). The English
    clause after the noun's rendering tells its role by its shape, whether or not the other participant is
    linked: a subject of its own after the relative word, or with none ("the player she beat", "the player Kaya
    beat"), makes the noun the object; a verb right after "who", "that" or "which" makes it the doer, or with a
    passive ("who was beaten") the one acted on. The English verb must render the participle.
    """
    tokens, folded = view.orig_tokens, view.orig_folded
    text = context.alignment.orig.text
    rendered_as = context.links[view.index].rendered_as
    found = []
    for at in range(len(tokens)):
        kind = _participle_kind(folded[at])
        if kind is None or _verb_voice(folded[at], ()) or _analysed_voice(folded[at]):
            continue  # a passive or causative participle ("bilinen": known) says who acts otherwise
        nouns = _nouns_after(tokens, folded, text, at)
        english = sorted({position for noun in nouns for position in rendered_as.get(noun, ())})
        if not english:
            continue
        # The noun's rendering is the English word the clause follows; the Turkish words after the participle may
        # run past the noun ("oyuncu sakatlandı"), so each rendered word is tried.
        for head in english:
            word = _lower(view.trans_tokens[head])
            if word.endswith("ed") or word in _IRREGULAR_PAST or word in _IRREGULAR_PARTICIPLES:
                continue  # a verb the Turkish words after the noun render, no noun
            verb = _relative_noun_turned(context, view, at, head, kind)
            if verb is not None:
                found.append((at, head, (verb,)))
                break
    return tuple(found)


def _relative_noun_turned(context: CheckContext, view: BeadView, participle: int, head: int, kind: str) -> int | None:
    """The English verb of the relative clause after the English word at `head` when that clause turns round who
    acts, else None (relative_nouns_turned)."""
    from drift.checks.case_role import light_verb

    trans, folded = view.trans_tokens, view.orig_folded
    nxt = head + 1
    if nxt >= len(trans) or _between(context.alignment.trans.text, trans[head], trans[nxt]).strip():
        return None  # "Ran, known as": an aside set off, no relative clause
    relative = _lower(trans[nxt]) in _ENGLISH_RELATIVES
    start = nxt + 1 if relative else nxt
    if start >= len(trans):
        return None
    first = _lower(trans[start])
    # A capitalised word after a capitalised head goes on the same name ("Nazım Hikmet"), no subject of its own.
    subject_of_its_own = first in _SUBJECT_PRONOUNS or first in _ARTICLES or (
        trans[start].is_capitalized and first not in _ENGLISH_RELATIVES and not trans[head].is_capitalized)
    if not relative and not subject_of_its_own:
        return None
    verb = passive = None
    for position in range(start + (1 if subject_of_its_own else 0), min(len(trans), start + 5)):
        candidate = _lower(trans[position])
        if candidate in _BE:
            passive = True
            continue
        if candidate in _AUXILIARIES or candidate in _GROUP_ADVERBS:
            continue
        if candidate.endswith("ed") or candidate in _IRREGULAR_PAST or candidate in _IRREGULAR_PARTICIPLES \
                or candidate.endswith("s"):
            verb = position
        break
    if verb is None:
        return None
    rendered = _governed_by_sense(context, view, (verb,))
    if participle not in rendered and not (participle > 0 and participle - 1 in rendered
                                           and light_verb(folded[participle])):
        return None  # the English verb renders the participle, or the noun of its light verb ("şikâyet ettiği")
    # A subject of its own ("the player she beat") or a passive ("who was beaten") makes the noun the one acted on;
    # a verb right after the relative word makes it the doer.
    noun_acts = not subject_of_its_own and not passive
    if kind == "subject" and not noun_acts and not _object_before(view, participle):
        return None  # with no object in its clause the verb may be one English makes passive ("yolda kalan": stranded)
    return verb if noun_acts != (kind == "subject") else None


def _analysed_voice(folded: str) -> bool:
    """Whether the analyser reads a participle as passive or causative only ("bilinen"; not "yenen", which may be
    yemek made passive but is first yenmek)."""
    from drift.text.morphology import analyses

    verbs = [item for item in analyses(folded) if item.root_pos == "Verb"]
    return bool(verbs) and all(item.voice for item in verbs)


def _object_before(view: BeadView, participle: int) -> bool:
    """Whether an accusative stands in the few words before a participle: its clause has an object of its own."""
    from drift.text.morphology import analyses

    return any(any(item.case == "Acc" for item in analyses(view.orig_folded[position]))
               for position in range(max(0, participle - 3), participle))


def _objects_of_dative_verbs(view: BeadView, found: tuple[Participant, ...]) -> tuple[Participant, ...]:
    """A dative the verb's English rendering takes as its object ("şirkete dava açmak": to sue the company).

    Its role is the object's too, when the English makes some participant the object of a verb that renders
    the dative's own verb, and no accusative depends on that verb. A passive verb ("X'e yenildi": lost to X)
    is left alone: there the dative is the doer.
    """
    changed = []
    for participant in found:
        reading = participant.orig_reading
        verb = set(reading.governor)
        if reading.marker == "dative" and reading.roles == {Role.GOAL} and verb \
                and not any(Role.PATIENT in other.orig_reading.roles and verb & set(other.orig_reading.governor)
                            for other in found) \
                and any(other.trans_reading.marker.startswith("object of") and verb & other.trans_governs_by_sense
                        for other in found) \
                and not any(_PASSIVE_STEM.search(view.orig_folded[position]) for position in verb):
            reading = replace(reading, roles=reading.roles | {Role.PATIENT})
            participant = replace(participant, orig_reading=reading)
        changed.append(participant)
    return tuple(changed)


def _same_case_kind(view: BeadView, orig: int, trans: int) -> bool:
    """A lower-case Turkish word is rendered by a lower-case English one, save at the start of a sentence."""
    english = view.trans_tokens[trans]
    if view.orig_tokens[orig].is_capitalized or not english.is_capitalized:
        return True
    return any(sentence.start == english.start for sentence in view.trans_sentences)


def exchanged(first: Participant, second: Participant) -> bool:
    """Whether two participants swapped roles: neither keeps its own, and each took the other's.

    Roles are the case's, or the words each depends on: "X'in talebi üzerine Y'nin topladığı" rendered
    "convened by X at the request of Y" keeps both genitives but trades what they govern.
    """
    if second.head == first.orig_reading.owner_of or first.head == second.orig_reading.owner_of:
        return False  # an owner and what it owns share one English phrase
    if governors_traded(first, second) or _ownership_moved(first, second) or _ownership_moved(second, first):
        return True
    a_orig, a_trans = first.orig_reading.roles, first.trans_reading.roles
    b_orig, b_trans = second.orig_reading.roles, second.trans_reading.roles
    if standard_moved(first, second) or standard_moved(second, first):
        return True
    if Role.COMPANION in a_orig | b_orig and not _companion_made_doer(first, second) \
            and not _companion_made_doer(second, first):
        return False
    if a_orig and b_orig and a_trans and b_trans and a_orig != b_orig:
        if not (a_orig & a_trans) and not (b_orig & b_trans) and (a_orig & b_trans) and (b_orig & a_trans):
            return True
    return (first.orig_reading.rejected and not first.trans_reading.rejected
            and second.trans_reading.rejected and not second.orig_reading.rejected)


def _companion_made_doer(companion: Participant, doer: Participant) -> bool:
    """Whether a "-(y)lA" companion became the English subject and the original's doer, of another verb, its
    object: "işverenlerin kararı işçilerle görüşmeden aldığını" rendered "the workers took the decision without
    consulting the employers". With one verb of meeting or agreeing either may be the subject; a means ("oy
    çokluğuyla": by a majority vote) is neither."""
    return companion.orig_reading.marker == "comitative" and companion.trans_reading.marker == "subject" \
        and Role.AGENT in doer.orig_reading.roles and doer.trans_reading.marker.startswith("object of") \
        and not set(companion.orig_reading.governor) & set(doer.orig_reading.governor)


def standard_moved(standard: Participant, other: Participant) -> bool:
    """Whether the English makes another participant the standard of a comparison in place of the original's:
    "Kapadokya'da ... Pamukkale'dekinin on katı" rendered "ten times as many in Pamukkale as in Cappadocia"."""
    return Role.STANDARD in standard.orig_reading.roles and Role.STANDARD not in standard.trans_reading.roles \
        and Role.STANDARD not in other.orig_reading.roles and Role.STANDARD in other.trans_reading.roles \
        and Role.SAYER not in standard.orig_reading.roles | other.trans_reading.roles \
        and bool(standard.trans_reading.roles) and not other.orig_reading.rejected


def changed_for_the_same_act(participant: Participant, view: BeadView, text: str, tarafindan: bool,
                             context: CheckContext | None = None) -> bool:
    """Whether one participant's role is turned round while the English keeps the act it takes part in.

    The English word it depends on renders its Turkish governor (a verb), and the original makes it the one
    the act is done to (an accusative object, the subject of a passive verb) or given to (a dative) while the
    English makes it the subject of that verb in the active ("firmayı uyardı" rendered "the firm warned"), or
    the original makes it the doer (the subject of an active verb, "tarafından") while the English makes it
    the object or the subject of the passive. A causative ("firmaya yazdırdı": the firm is made to write) and
    a verb of meeting with "-(y)lA" are left alone: there either may be the English subject. So is the subject
    of a passive with no "tarafından" (`tarafindan`): "sakatlanmak" (to get injured) or "toplanmak" (to meet)
    look passive, and English renders them in the active ("she injured her knee"); and so is an English verb that
    is the Turkish one's converse by the antonym table (`context`: "sold" for "satın aldı"). An English subject must
    begin its clause: "who visit the region come" makes "region" no subject.
    """
    orig, trans = participant.orig_reading, participant.trans_reading
    if orig.voice == "causative" or Role.COMPANION in orig.roles or not orig.governor:
        return False
    if not set(orig.governor) & participant.trans_governs:
        return False
    if context is not None and _converse(context, view, orig.governor, trans.governor):
        return False  # "sold" for "satın aldı": the roles turn round with the verb
    done_to = orig.roles <= {Role.PATIENT, Role.GOAL, Role.SOURCE} and (
        orig.marker in ("accusative", "dative", "ablative") and orig.voice != "passive"
        or orig.marker == "nominative" and orig.voice == "passive" and tarafindan)
    if done_to and trans.marker == "subject" and trans.roles == {Role.AGENT} \
            and _begins_clause(view, text, participant.trans[0].position):
        return True
    # A bare Turkish phrase read as the subject may be an indefinite object ("320 personel sevk etti") or a
    # predicate: only "tarafından" names the doer for certain.
    doer = orig.roles == {Role.AGENT} and orig.marker == "tarafından"
    # The doer made the one the act is done to, or the one it is done for ("sold ... to the traders").
    return doer and (trans.marker == "subject of a passive verb" or trans.marker.startswith("object of")
                     or trans.roles == {Role.GOAL} and trans.marker in ("to", "into"))


# Verbs whose subject undergoes the act though the verb is active in form ("sele maruz kaldı": was hit by the flood,
# "saldırıya uğradı": was attacked); English gives them a passive.
_UNDERGOING_VERBS = re.compile(r"^(?:maruz|uğra|kal|yakalan|kapıl|yenil|mağlup|hedef)")


def turned_in_clause(context: CheckContext, view: BeadView, participant: Participant,
                     found: tuple[Participant, ...]) -> bool:
    """Whether the clause's reading makes one participant the doer on one side and not on the other, in an act
    the English verb renders.

    Two readings are certain enough to stand alone: a nominative the original sets off as the subject (a comma or
    "ise" after it) of an active verb is the doer, which the English must not make the object, the subject of
    the passive or the one the act is for ("Birlik, bakanlığa ödedi" rendered "the ministry paid the union"); a
    comitative -(y)lA of a verb that is no verb of meeting (no reciprocal -(I)ş, "görüşmek", "anlaşmak") is the
    means or the matter ("X ile beslenmek": to feed on X), never the doer, which the English must not make the
    subject ("X feeds on them"). A verb of undergoing ("maruz kaldı") and a causative are left alone, and so is a
    comitative when another participant of the same verb is in the English subject ("X and Y met"), a
    comitative of a passive (it may be the doer: "X ile değiştirildi", replaced by X) unless the lexicon lists
    the verb as one of its own ("beslenmek": to feed on) and a subject set off depends on it, and an
    English verb that is the Turkish one's converse by the antonym table ("sold" for "satın aldı": the roles
    turn round with it).
    """
    orig, trans = participant.orig_reading, participant.trans_reading
    if not orig.governor or not set(orig.governor) & participant.trans_governs:
        return False
    if orig.voice and not (orig.marker == "comitative" and orig.voice == "passive"
                           and _middle_verb(context, view, orig.governor)
                           and _own_subject(context, view, orig.governor)):
        return False
    if _converse(context, view, orig.governor, trans.governor):
        return False
    text = context.alignment.trans.text
    verb = view.orig_folded[orig.governor[0]]
    if _UNDERGOING_VERBS.match(verb) or _reciprocal(view.orig_folded[orig.governor[-1]]):
        return False
    if orig.marker == "nominative" and orig.roles == {Role.AGENT}:
        if any(other.orig_reading.marker == "comitative" and set(other.orig_reading.governor) & set(orig.governor)
               for other in found):
            return False  # "X, Y ile görüştü" may be "Y met X"
        if not _sentence_initial(view, participant.orig[0]) or not set(
                context.links[view.index].rendered_as.get(participant.head, ())) & {
                token.position for token in participant.trans}:
            # Only a phrase that opens its sentence is its subject for certain ("bölgeye 320 personel, 45 araç":
            # a list's comma), and only its head's rendering shows it ("oyun kurucu": "game" renders a modifier).
            return False
        if trans.marker == "subject of a passive verb":
            # A passive with no agent says nothing of who acts, and one of feeling is a state: "are worried".
            after = view.trans_tokens[max(trans.governor, default=participant.trans[-1].position) + 1:][:4]
            return any(_lower(token) == "by" for token in after)
        return trans.marker.startswith("object of") or trans.roles == {Role.GOAL} and trans.marker in ("to", "into")
    if orig.marker == "genitive" and Role.AGENT in orig.roles \
            and _owns_its_verb(view, participant.orig[-1].position, orig.governor):
        # The genitive subject of a verb made a noun ("öğrencilerin ... verdiğini": that the students gave)
        # is its doer: the English must not make it the one the act is for ("gave ... to the students"),
        # nor the object of a verb that has an object or a goal of its own in the original ("komşuların
        # çocuklara oyuncak getirdiğini" / "the children brought the neighbours toys"); a verb of change with none
        # ("kiranın artacağını") is made transitive in English with its subject as the object.
        if trans.roles == {Role.GOAL} and trans.marker in ("to", "into"):
            return True
        return trans.marker.startswith("object of") and _takes_object(view, participant.orig[-1].position,
                                                                      orig.governor[0])
    if orig.marker == "comitative" and trans.marker == "subject" and trans.roles == {Role.AGENT} \
            and _begins_clause(view, text, participant.trans[0].position):
        return not any(other is not participant and Role.AGENT in other.orig_reading.roles
                       and other.trans_reading.marker == "subject"
                       and set(other.trans_reading.governor) & set(trans.governor) for other in found)
    return False


def _takes_object(view: BeadView, subject: int, verb: int) -> bool:
    """Whether a word between a subject and its verb is in the accusative or the dative: the verb has an object
    or a goal of its own."""
    from drift.text.morphology import analyses

    return any(all(item.case in ("Acc", "Dat") for item in analyses(view.orig_folded[position]))
               and analyses(view.orig_folded[position]) for position in range(subject + 1, verb))


def _owns_its_verb(view: BeadView, genitive: int, governor: tuple[int, ...]) -> bool:
    """Whether the genitive's governor is a verb made a noun with a possessive ("verdiğini", "açmasını"), so the
    genitive is that verb's subject, and no other such verb stands between them ("sorunun çözülmesini beklediğini":
    the genitive may be the nearer one's)."""
    from drift.text.morphology import analyses

    def made_noun(position: int, surely: bool) -> bool:
        found = analyses(view.orig_folded[position])
        readings = [item.root_pos == "Verb" and bool(item.nominalisation) and bool(item.possessive) for item in found]
        return bool(found) and (all(readings) if surely else any(readings))

    # any reading of a nearer word as such a verb makes the genitive maybe its subject ("çekmesini": çekme + si)
    return bool(governor) and made_noun(governor[-1], True) and not any(
        made_noun(position, False) for position in range(genitive + 1, governor[0]))


_ENGLISH_RELATIVES = frozenset("that which who whom".split())


def relative_turned(context: CheckContext, view: BeadView, participant: Participant) -> tuple[int, ...]:
    """The Turkish positions of the relative clause's participle and noun when it turned round who acts (else ()): the original's doer of the clause is the English object, or
    the one it is done to the English subject.

    A Turkish relative clause is read from its participle and the noun after it: "-DIK" with a possessive
    ("Fabrikanın sattığı toptancı": the wholesaler the factory sold to) makes the genitive the doer and the noun
    not; "-(y)An" ("Belediyeyi dava eden tüccarlar": the traders who sued the municipality) makes the noun the
    doer and its object not. The English relative clause follows a word that renders the noun ("the wholesaler
    that", "the traders whom"): a verb right after the relative word makes the noun the doer and the phrase after
    that verb its object ("the wholesaler that supplied the factory"); a phrase right after the relative word is its
    subject ("the farmers whom the cooperative had sued"). No verb link is needed: the shape of the clause tells,
    save for a participle of "olmak" ("üyelerin bağlı olduğu federasyon"): there the predicate names the relation,
    and an English verb that renders neither it nor the copula says it from the noun's side ("the federation that
    governs the members"), so only such a verb that renders it ("sahip olduğu": "that owns") counts.
    """
    orig, trans = participant.orig_reading, participant.trans_reading
    if not participant.orig:
        return ()
    found = _relative_after(context.alignment.orig.text, view, participant.orig[-1].position)
    if found is None:
        return ()
    kind, nouns, participle = found
    if _verb_voice(view.orig_folded[participle], ()):
        return ()  # a passive or causative participle: who acts is read otherwise
    doer = orig.marker == "genitive" and kind == "object"
    done_to = orig.marker in ("accusative", "dative", "ablative") and kind == "subject"
    if not (doer or done_to):
        return ()
    tokens = view.trans_tokens
    start = participant.trans[0].position
    rendered = {trans for noun in nouns for trans in context.links[view.index].rendered_as.get(noun, ())}
    if not rendered:
        return ()
    relative = next((at for at in range(start - 1, max(-1, start - 5), -1)
                     if _lower(tokens[at]) in _ENGLISH_RELATIVES), None)
    if relative is None or not rendered & set(range(max(0, relative - 3), relative)):
        return ()
    text = context.alignment.trans.text
    between = tokens[relative + 1:start]
    if any(_between(text, left, right).strip() for left, right in zip(tokens[relative:start], tokens[relative + 1:start + 1])):
        return ()  # punctuation inside: no single clause
    if doer:
        # "the wholesaler that supplied the factory": a verb right after the relative word, the participant its object
        turned = len(between) >= 1 and _verb_form(_lower(between[0])) \
            and all(_lower(token) in _ARTICLES or _lower(token) in _DETERMINERS for token in between[1:])
        if turned and _copula(view.orig_folded[participle]) \
                and not _renders_predicate(context, view, participle, between[0].position):
            # "çiftçilerin ortak olduğu kooperatif": the relation is the predicate's ("ortak", partner), and an
            # English verb that renders neither it nor the copula says the relation from the noun's side, its
            # converse ("the cooperative that unites the farmers"), not the act turned round
            return ()
        return (participle, *nouns) if turned else ()
    # "the farmers whom the cooperative had sued": the participant right after the relative word, a verb after it
    turned = all(_lower(token) in _ARTICLES or _lower(token) in _DETERMINERS for token in between) \
        and trans.marker == "subject"
    return (participle, *nouns) if turned else ()


@functools.lru_cache(maxsize=4096)
def _copula(folded: str) -> bool:
    """Whether a Turkish participle is one of "olmak" ("üye olduğu", "bağlı olacağı"): a relation its predicate names."""
    from drift.text.morphology import analyses

    found = analyses(folded)
    return bool(found) and all(analysis.lemma == "olmak" for analysis in found if analysis.root_pos == "Verb")


def _renders_predicate(context: CheckContext, view: BeadView, participle: int, english: int) -> bool:
    """Whether the English word at `english` renders the copula at `participle` or the predicate before it, by
    link or by one of the predicate's senses ("sahip olduğu": owns)."""
    links = context.links[view.index]
    words = {word.token.position: word for word in links.orig_words}
    forms = _base_forms(_lower(view.trans_tokens[english]))
    for position in (participle - 1, participle):
        if position < 0:
            continue
        if english in links.rendered_as.get(position, ()):
            return True
        word = words.get(position)
        if word is not None and forms & set(word.senses):
            return True
    return any(english in {token.position for token in phrase.rendered_by}
               and participle in {token.position for token in phrase.orig_tokens} for phrase in links.phrases)


def _verb_form(word: str) -> bool:
    """An English word that is a verb's past or present form by its shape or the irregular lists; right after a
    relative word a form in -s whose base is a verb is one too ("that supplies")."""
    from drift.lexicon.thesaurus import load_thesaurus

    if word in _IRREGULAR_PAST or word.endswith("ed") and len(word) > 4:
        return True
    thesaurus = load_thesaurus()
    return word.endswith("s") and any(thesaurus.pos[synset] == "v" for base in (word[:-1], word[:-2], word[:-3] + "y")
                                      if base for synset in thesaurus.synsets(base))


def _relative_after(text: str, view: BeadView, position: int) -> tuple[str, tuple[int, ...], int] | None:
    """The Turkish relative clause a participant at `position` belongs to: the kind of the participle that follows
    it within a few words (the participle's own object may stand between: "sebze sağladığı"), the positions
    of the noun it modifies with that noun's bare modifiers ("Alman kargo şirketi") and the participle's
    position; None for none."""
    tokens, folded = view.orig_tokens, view.orig_folded
    for at in range(position + 1, min(len(tokens), position + 4)):
        if _between(text, tokens[at - 1], tokens[at]).strip():
            return None
        kind = _participle_kind(folded[at])
        if kind is None:
            if tokens[at].suffix or _NONFINITE.fullmatch(folded[at]):
                return None
            continue
        nouns = _nouns_after(tokens, folded, text, at)
        return (kind, tuple(nouns), at) if nouns else None
    return None


@functools.lru_cache(maxsize=65536)
def _nouns_after(tokens, folded, text: str, at: int) -> list[int]:
    """The words a participle at `at` qualifies: up to four after it, to the first with a suffix or another
    participle, with nothing but a space between them ("dün açılan yeni köprü")."""
    nouns = []
    for after in range(at + 1, min(len(tokens), at + 5)):
        if _between(text, tokens[after - 1], tokens[after]).strip():
            break
        nouns.append(after)
        if tokens[after].suffix or _participle_kind(folded[after]) is not None:
            break
    return nouns


def _participle_kind(folded: str) -> str | None:
    """ "subject" for a -(y)An participle (the noun after it acts), "object" for -DIK or -(y)AcAK with a possessive
    (the noun after it is acted on or for; the genitive before it acts), None for no participle."""
    from drift.text.morphology import analyses

    found = [analysis for analysis in analyses(folded) if analysis.root_pos == "Verb" and analysis.pos == "Adj"]
    if any(analysis.nominalisation == "PresPart" for analysis in found):
        return "subject"
    if any(analysis.nominalisation in ("PastPart", "FutPart") and analysis.possessive for analysis in found):
        return "object"
    return None


def _converse(context: CheckContext, view: BeadView, governor: tuple[int, ...], english: tuple[int, ...]) -> bool:
    """Whether the English verb at `english` is on the other side of an antonym family from the Turkish verb at
    `governor` ("sold" for "satın aldı", "lost" for "yendi"), by drift/checks/data/antonyms.tsv."""
    keys = verb_keys(context, view, governor)
    forms = {form for position in english for form in _base_forms(_lower(view.trans_tokens[position]))}
    by_turkish, by_family = _antonym_index()
    for pole in {id(pole): pole for key in keys for pole in by_turkish.get(key, ())}.values():
        for other in by_family[pole.family]:
            if other.pole != pole.pole and forms & (other.english | other.english_weak) \
                    and not forms & (pole.english | pole.english_weak):
                return True
    return False


def verb_keys(context: CheckContext, view: BeadView, governor: tuple[int, ...]) -> set[str]:
    """The lexicon keys the Turkish verb at `governor` may have: each word's likeliest lemmas and the analyser's verb
    lemmas, alone and after the governor's words before it ("satın almak"); a bare noun right before a one-word
    governor joins it as a light verb's noun ("borç almak", "kiraya vermek")."""
    from drift.text.morphology import analyses

    words = context.links[view.index].orig_words
    lemmas = {word.token.position: word.lemmas[:2] for word in words}
    keys = set()
    for index, position in enumerate(governor):
        before = " ".join(view.orig_folded[other] for other in governor[:index])
        previous = view.orig_folded[position - 1] if index == 0 and 0 < position <= len(view.orig_folded) else ""
        analysed = tuple(analysis.lemma for analysis in analyses(view.orig_folded[position])
                         if analysis.root_pos == "Verb")[:2]
        for lemma in lemmas.get(position, ()) + analysed or (view.orig_folded[position],):
            keys.update({lemma, f"{before} {lemma}".strip()})
            if previous:
                keys.add(f"{previous} {lemma}")
    return keys


@functools.cache
def _antonym_index():
    """The antonym table's poles under each of their Turkish words, and under their family: a verb asks of its own."""
    from drift.checks.antonym import antonym_table

    by_turkish: dict[str, list] = {}
    by_family: dict[str, list] = {}
    for pole in antonym_table():
        for word in pole.turkish:
            by_turkish.setdefault(word, []).append(pole)
        by_family.setdefault(pole.family, []).append(pole)
    return by_turkish, by_family


def _own_subject(context: CheckContext, view: BeadView, governor: tuple[int, ...]) -> bool:
    """Whether a nominative set off as a subject depends on the verb at `governor`: a verb of its own with a doer
    ("Yarasalar, böceklerle besleniyor"), not an impersonal passive ("oyuncuyla sözleşme imzalandı")."""
    return any(reading.marker == "nominative" and set(reading.governor) & set(governor)
               for _, reading in turkish_readings(context, view).values())


def _middle_verb(context: CheckContext, view: BeadView, governor: tuple[int, ...]) -> bool:
    """Whether a verb that looks passive is a verb of its own by the lexicon, whose likeliest lemma is the form
    with -(I)n or -(I)l itself ("besleniyor": beslenmek, to feed on; "değiştirildi" is değiştirmek made passive)."""
    lemmas = {word.token.position: word.lemmas for word in context.links[view.index].orig_words}
    for position in governor:
        first = lemmas.get(position, ())[:1]
        stem = verb_stem(first[0]) if first else None
        if stem and re.search(r"[ıiuü]?[nl]$", stem) and len(lemmas[position]) > 1 \
                and verb_stem(lemmas[position][1]) and stem.startswith(verb_stem(lemmas[position][1])[:-1]):
            return True
    return False


def _reciprocal(folded: str) -> bool:
    """Whether a Turkish verb form is reciprocal or a verb of meeting, whose companion may be its English subject:
    the analyser's Recip, or a stem in -(I)ş ("görüşmek", "anlaşmak", "tartışmak", "yarışmak")."""
    from drift.text.morphology import analyses

    found = analyses(folded)
    if any("Recip" in analysis.voice for analysis in found):
        return True
    return any(analysis.root_pos == "Verb" and analysis.lemma.endswith(("şmak", "şmek")) for analysis in found[:1])


def _begins_clause(view: BeadView, text: str, position: int) -> bool:
    """Whether the English phrase whose first rendered word is at `position` begins its clause: after its
    articles and modifiers comes punctuation, the sentence's start, a clause word, a verb of saying or a time."""
    tokens = view.trans_tokens
    name = tokens[position].is_capitalized
    while position > 0:
        previous = tokens[position - 1]
        if any(mark in text[previous.end:tokens[position].start] for mark in ",;:(\"“"):
            return True
        word = _lower(previous)
        if word in _CLAUSE_WORDS or word in _SPEECH or word in _TIME_WORDS:
            return True
        title = name and word.isalpha() and not word.endswith("ed") and word not in _IRREGULAR_PAST \
            and not is_stopword(word, Language.ENGLISH)  # "coach Ali Demir": a title before a name
        if word not in _ARTICLES and word not in _DETERMINERS and not previous.is_capitalized and not title \
                and not (word.isalpha() and is_stopword(word, Language.ENGLISH) and word not in _PREPOSITIONS):
            return False
        position -= 1
    return True


def _ownership_moved(agent: Participant, owner: Participant) -> bool:
    """Whether the English gives the original's agent ("şirket tarafından") the owner's possession.

    "kiracıların giderlerinin şirket tarafından karşılanması" rendered "the tenants cover the company's
    costs": the English possessive of the agent owns a word rendering what the genitive owns, and the genitive's
    phrase is no owner in the English.
    """
    if not (agent.orig_reading.marker == "tarafından"
            and ("possessive" in agent.trans_reading.marker or agent.trans_reading.marker == "of")
            and owner.orig_reading.marker == "genitive" and owner.orig_reading.governor
            and Role.POSSESSOR not in owner.trans_reading.roles):
        return False
    # What the genitive owns, with the words that modify it ("onarım masraflarının": the repair costs).
    owned = set(range(owner.head + 1, max(owner.orig_reading.governor) + 1)) | set(owner.orig_reading.governor)
    return bool(agent.trans_governs & owned)


def governors_traded(first: Participant, second: Participant) -> bool:
    """Whether each participant's English depends on a word rendering the other's Turkish governor, not its own."""
    a_orig, b_orig = set(first.orig_reading.governor), set(second.orig_reading.governor)
    if not a_orig or not b_orig or a_orig & b_orig:
        return False
    return bool(first.trans_governs & b_orig) and bool(second.trans_governs & a_orig) \
        and not first.trans_governs & a_orig and not second.trans_governs & b_orig
