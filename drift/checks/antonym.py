"""Direction or polarity reversed: the English uses the opposite verb ("genişledi" rendered "shrank").

Why it matters: "onayladı" (approved) rendered "vetoed", "arttı" (rose)
rendered "fell", "açıldı" (opened) rendered "closed" reverse the news while
every name and number still matches, and sentence vectors score opposites as
near neighbours.

The pairs come from a table of news verbs and nouns in both languages
(drift/checks/data/antonyms.tsv: families such as amount up/down,
approve/reject, allow/ban, win/lose, open/close, start/end, strengthen/weaken,
speed up/slow down, improve/worsen, import/export, buy/sell, release/arrest,
impose/lift, depart/arrive, keep/lose, stop/resume, online/offline, uphold
("haklı bulmak") / dismiss,
above/below ("üzerinde" / "below"), and more/less read from the Turkish
comparison: "daha" before a word (more; "daha az" less, not "daha önce" or
"bir kez daha"), "-dAn fazla" (more than), "-dAn az" (less than; not "az önce"
nor "en az"), against English more / less / fewer),
each Turkish word a key of the shipped lexicon whose senses include the
English words of its row. Turkish words are recognised by the lexicon's
lemmas (genişletildi -> genişletmek; "kabul etti" as a phrase; not a word in
its own right such as "büyük", nor a bare verbal noun such as "tutuklama", nor
a verb stem with a noun's ending: "Biden" is no form of bitmek),
English ones by their lemma (shrank, rose and fell are listed as they are).

Flagged: an aligned sentence pair where the Turkish has words of one pole of
a family only, none of them negated (a negation turns a verb into its
opposite: "kabul etmedi" is "rejected"), and the English has a word of the
other pole with no negation in the four words before it, and none of the
original's (words too general to prove the
opposite, such as "more" or "back", count only as keeping the direction).
Example: "Bölgesel ticaret hacmi genişledi." / "Regional trade volume shrank."
Expected: the lexicon's rendering of the Turkish word.

English entries of the table may be phrases, each word compared by its lemma
("turned down", "voted for", "bring … forward": up to three words in the gap;
"up # percent": # is a figure, so "up to 12" is no rise); Turkish ones may be a
noun with a light verb ("ret oyu vermek": the vote family), and a figure in the
dative before çıkmak ("118 liraya çıktı") is the amount family's rise.

A figure bound the other way (basis "bound"): the Turkish states a figure as a
bound ("yüzde 7'yi geçti", "5'in altında", "ve üzeri", "-dAn fazla", "20'ye kadar": up
to; "en az", "asgari" before it: at least; "en fazla", "azami": at most) and the English
bounds the same value the other way ("under 11 percent", "above 5 percent", "at least",
"a minimum of", "at most", "up to") and never the original's way. A denied bound is the
other side: "9'u geçmemeli" (must not exceed) is at most 9, "altına düşmemeli" at least,
and so are "not exceed", "won't go above", "must not fall below" in English ("no
children under 5" is left alone: the negation is the noun's).

Session 8: the table also holds a rise or fall by a multiple ("iki katına çıktı",
"üçe katladı", "yarısına düştü" / doubled, halved, "cut in half"), falling behind or
getting ahead of a benchmark (family "pace": "gerisinde kaldı" / outpaced; "geride
bıraktı" / trailed) and open / closed as a state ("kapalı", "açık"), which count only as
a predicate ("kapalı kalıyor", "açıktı", at a clause's end; "kapalı otopark" is an
indoor car park), for the WordNet path too. A word of either pole that renders another
Turkish word of the pair keeps nothing ("yardım" ... "help"); of the other pole's words
one that renders no other word is taken first ("lowered", not "contract" for sözleşme).
A general word right after a figure ("7 percent higher", "3 points less") counts as a
strong one. A verb made from a table adjective ("açıkladı": announced) is no form of it.

A -sIz / -lI twin (basis "privative"): Turkish makes an adjective and its
opposite from one noun (yeterli / yetersiz, başarılı / başarısız); a Turkish
-sIz word (or -lI word) whose twin's first senses include an English word of
the pair, not negated, while no sense of the word itself is in the English, no
other word of the original says that English word and no negation follows it
("yetersiz değil"), is flagged ("yetersiz" / "enough").

Beyond the table (basis "wordnet"), the English thesaurus (drift.lexicon.thesaurus,
WordNet 3.1) gives the opposites: an English word is flagged when WordNet links it
as an opposite to a sense of a Turkish word of the pair ("erken": early / "late";
"eleştirdi": criticize / "praised"), verbs against verbs and other words against
adjectives and adverbs written as such. Only a sense the lexicon gives early (or
from the glossary, or from two sources) and that translates back to the Turkish
word counts, so that far readings stay out ("ayak": stand / "sit"); light verbs,
words of a multiword entry, names and places in a series (first, last) are left out
(opposites made with a negative prefix count since session 10). A Turkish verb of change made
from an adjective (-lAş, -lAştIr, -(A)l, -(A)lt; -lA only when a sense of the verb is made
from a sense of the adjective, "ucuzlamak": cheapen) is read as that adjective too, against
English adjectives and comparatives: "kolaylaştıran" (making easier) / "harder",
"ucuzladı" / "more expensive", "kısalttı" / "longer"; "less expensive" turns the
adjective round as a negation does. It stays quiet when the
English also says the Turkish word's sense, when another word of the original says
the English word, when the English word's linked neighbours render words far from
the Turkish one (another clause), when the English word reports speech ("adding
that") or is a noun after a determiner ("the break"), and when a negation stands
on one side only; on both sides it is still the opposite ("hiç yenilmedi": never
lost / "failed to win"). Expected: the Turkish word's sense.

Session 9 (issue 13): the table's families read a negation on both sides as the
opposite too ("hiçbir tekne ayrılmayacak" / "no boat will arrive"); the amount family
has its verbal nouns (artış, düşüş, azalma, daralma, gerileme: "talep daralması" /
"growing demand"); family "order" (ilk in any form; "en son", sonuncu / first, last:
an English "last" before a unit of time, "last week", or in "at last" is no order) and
family "flight" (havalanmak, kalkış / take off; iniş / land). A general (weak) word of the
original's pole keeps the direction only within eight words of the opposite, and a kept
word keeps one Turkish word of the pole: when the original says its pole with more words
than the English keeps, a plain opposite that renders no other word is still flagged
("Büyüme hedefine ... artırdı" / "growth target ... cut"). The privative reading also takes a
-sIz word's negative-prefixed sense without its prefix as the twin's ("verimsiz":
unproductive / "productive").

Session 10 (issue 13): the WordNet path reads words rather than forms (`english_readings`).
An English word is asked about as itself and as what it is made from: a phrasal verb WordNet
lists ("calm down"; then not the bare verb), a compound's first part that is an adjective
("late-blooming": late), a comparative's or superlative's adjective ("lower": low, "shortest";
one that is also a noun or verb only with "than" or a degree word before it), an adverb's
adjective ("slowly": slow), a verb in -en's adjective ("widened": wide), and the base of
a negating prefix read as that base negated ("non-binding": binding; where WordNet opposes
the two, or for un-/non- a word WordNet does not list). A Turkish word is read by the
lexicon's lemma and, when that is a verb (or says nothing that translates back), by the
analyser's (drift.text.morphology; "buluşma", a meeting, stays a noun; a verb under a passive
answers only a negating prefix: "yenilmek", be beaten, is to lose): the verb under a
derivation ("onaylanabilir": onaylamak) and the adjective of a verb of change, a person or an
adverb made from it ("sertleşti": sert), compared with English verbs too
when it is a verb of change ("sığlaştı" / "deepened"). "daha" or "en" and an adjective keeps the adjective's
reading whatever the multiword entry says, and an entry whose senses do not translate back
and which the English does not render hides no word; a verb of the hand table is read by its
family, not by its adjective. WordNet opposes two words directly or one step aside on one
side (an adjective's head: "tiny" ~ small / "large"; a verb's group or hypernym below the
top), the step only between words of at most four senses in that part of speech, and nouns
directly ("victory" / "defeat") for a Turkish sense of at most four noun senses; a compound's
first part answers no verb of change, and an English word after a preposition is a noun for a
Turkish verb ("for sale"). Under a negating prefix the English
says the opposite of a Turkish word whose sense is the base (or a synonym, a word of its stem,
an adjective of its cluster): "onaylanabilir" / "unapprovable" (expected: approvable). A
prefix, on the English word or between it and the sense ("legal" / "illegal"), answers no
Turkish noun ("kurala aykırı", against the rule) and no word a negation follows ("anlatmakla
bitmeyen": "indescribable"). The
English word's own prefix or negative meaning is its reading, not a negation of it; a light
verb's negation after the Turkish word counts as its own ("yasal olmadığını"), a negative
participle there ("güvenli olmayan") leaves it untold; a capitalised English word inside a
sentence (a title) is left alone; a word of another Turkish word's multiword sense ("dışişleri":
foreign affairs) says the English word as a sense does.

A table verb is found by the analyser too (drift.text.morphology), so that a passive after a
vowel ("ertelendi", "onaylanmadı") or one the lexicon lists alone ("reddedildi": reddedilmek) is the verb. The schedule
family takes the lexicon's other verbs of putting off (tehir etmek ...) and of moving earlier ("erkene almak"), and
phrasal verbs with the object inside ("put the vote back", "moved the hearing up"). Family "supply" (shortage /
surplus: kıtlık, sıkıntı, eksiklik ... / bolluk, fazlalık, and a bare noun before "fazlası": "tahıl fazlası", not
"yarısından fazlası") and family "margin" (narrowly / easily: kıl payı, zar zor ... / kolayca, kolaylıkla). On the
WordNet path a word the lexicon cuts at the first part of a longer noun the analyser reads ("denizyıldızları": deniz)
is asked by the analyser's lemma whether it says the English word.

Session 12 (issue 13): on the WordNet path an English word's part of speech is read from its place before WordNet's
counts: between a determiner and the noun it describes ("an empty stomach") a word WordNet lists as an adjective is
an adjective, though WordNet lists "empty" more often as a verb. A participle WordNet lists as an adjective is asked as written ("rested": the opposite of tired).
The step aside to an opposite's satellite is taken on the English side whenever the English adjective has few senses,
whatever the Turkish sense's count ("sickly" is similar to unhealthy, the opposite of "healthy"), as the sense's own
opposites are read in all its synsets. A verbal noun in -mA that the lexicon lists as a noun of its own ("daralma":
contraction) carries no negation. An entry "X olmak" (be X), "X kalmak", "X durmak" or "X etmek" ("kâr etmek": make a
profit) keeps X's own reading too. New family `entry` (katılmak, kaydolmak, iştirak etmek / çekilmek, geri
çekilmek against join, enter, take part, sign up, enrol / withdraw, pull out, drop out, bow out). A table or WordNet
opposite whose participants the English turned round (drift.checks._roles: the doer made another role and another
made the doer) is the converse told from the other side ("X, Y'yi yendi" / "Y lost to X"; "satın aldı" / "sold"
with buyer and seller exchanged) and is not flagged.

Session 13 (issue 13): on the WordNet path a degree word before a Turkish word ("en düşük", "daha serin") is part of
it, rendered by the English -est, -er, most or more, so that "en" (a far sense of which is "to the highest degree") is
no other word of the original saying "highest". A sense two sources give (KeNet and FreeDict, or FreeDict both ways)
counts further down the word's list and from further down the sense's list of Turkish words ("dolu": full; "serin":
cool; "yenilgi": defeat). An English noun of few senses is read as its kind too ("win", a kind of victory, is the
opposite of "defeat"). A verb of getting or living through beside a noun of result ("yenilgi aldı", "aldığı ilk
galibiyet") says no word of its own. Family `superlative` (grammar, read by _superlative_poles): "en çok", "en
fazla" (the most) and "en az" (the least) before a verb or a noun, never before a figure (a bound: "en az 30"),
against English most / least / fewest; an English "most" or "least" after "at", before "of", or before an adjective
when the original has a superlative with en of its own ("en pahalı": most expensive), says no quantity. An English
word made from a sense ("downward": down) keeps the direction; half, quarter and double are amounts, not opposites.

Session 14 (issue 13): families `profit` (gain and loss with a light verb: "zarar etti", "kâra geçti", "para
kaybediyor" against "make money", "turn a profit", "in the black" / "lose money", "make a loss", "in the red"),
`employ` ("işe almak" / "işten çıkarmak": hire / lay off), `board` (binmek / inmek: board / get off) and `gate` (giriş
/ çıkış: entrance / exit); "fazla vermek" / "açık vermek" (a surplus / a deficit) and "geri çevirmek" (turn
down). A word the lexicon lists as a word of its own ("bindi") is a table verb's form when the
analyser reads it so. English "far from" before a quality is a negation (drift.checks.polarity).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from drift.checks import check
from drift.checks._names import pair_views
from drift.checks.context import BeadView, CheckContext, make_finding, per_text
from drift.model import Category, Severity
from drift.text.tokens import Token

TABLE = Path(__file__).resolve().parent / "data" / "antonyms.tsv"
# A lexicon lemma past the second is a far-fetched reading ("onayladı" as "ona"): only the first two count.
_LEMMAS_READ = 2
_WEAK_MARK = "~"


@dataclass(frozen=True)
class Pole:
    """One side of an antonym family: its Turkish words and its English words."""

    family: str
    pole: str
    turkish: tuple[str, ...]
    english: frozenset[str]
    english_weak: frozenset[str]
    first: str  # the row's first strong English word: the expected rendering when the lexicon gives none


@functools.cache
def antonym_table() -> tuple[Pole, ...]:
    """The shipped antonym table, row by row."""
    poles = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        family, pole, turkish, english = line.split("\t")
        words = english.split("|")
        poles.append(Pole(family, pole, tuple(turkish.split("|")),
                          frozenset(word for word in words if not word.startswith(_WEAK_MARK)),
                          frozenset(word[1:] for word in words if word.startswith(_WEAK_MARK)),
                          next(word for word in words if not word.startswith(_WEAK_MARK))))
    return tuple(poles)


# The comparison family's Turkish words (daha, fazla, az) are grammar, not vocabulary: they count only where they
# compare ("daha belirgin", "yarısından az"), never as words of their own ("en az": at least, "daha önce": before).
COMPARISON = "compare"
# The order family's Turkish words are read by _order_poles: "ilk" is too short for the lemma reader, and "en son"
# is no phrase with a final verb.
ORDER = "order"
# The superlative family's Turkish words ("en çok", "en az") are read by _superlative_poles: before a figure they are a
# bound ("en az 30 kişi": at least 30 people), not the most or the least.
SUPERLATIVE = "superlative"
_GRAMMAR_FAMILIES = (COMPARISON, ORDER, SUPERLATIVE)
_ABLATIVE = ("dan", "den", "tan", "ten")
_NOT_COMPARING_AFTER = ("önce", "sonra", "evvel")  # "daha önce" (earlier), "az sonra" (shortly after)
_NOT_COMPARING_BEFORE = ("bir", "kez", "defa", "kere")  # "bir daha" (ever again), "bir kez daha" (once more)
# "daha düşük" (lower) may come out "less high" or "lower, so more affordable": a low word's comparative proves
# no pole, and only "daha az" is the less pole.
_LOW_WORDS = ("az", "düşük", "küçük", "kısa", "zayıf", "yavaş", "ucuz", "hafif", "alçak", "dar", "seyrek", "geri")


@functools.cache
def _turkish_index() -> dict[str, tuple[Pole, str]]:
    """Single Turkish words (verbs and nouns) -> their pole and the table word."""
    return {word: (pole, word) for pole in antonym_table() if pole.family not in _GRAMMAR_FAMILIES
            for word in pole.turkish if " " not in word}


def _comparison_poles(view: BeadView) -> list[tuple[Pole, str, int, int]]:
    """Turkish comparisons: "daha" + a word is more ("daha az" less), "-dAn fazla" more, "-dAn az" less."""
    poles = {word: pole for pole in antonym_table() if pole.family == COMPARISON for word in pole.turkish}
    words, tokens = view.orig_folded, view.orig_tokens
    found = []
    for index, word in enumerate(words):
        before = words[index - 1] if index else ""
        after = words[index + 1] if index + 1 < len(words) else ""
        if after in _NOT_COMPARING_AFTER:
            continue
        if word == "daha" and after and before not in _NOT_COMPARING_BEFORE:
            if after != "az" and after.startswith(_LOW_WORDS):
                continue
            table_word = "az" if after == "az" else "daha"
            found.append((poles[table_word], table_word, tokens[index].start, tokens[index + 1].end))
        elif word in ("az", "fazla") and before != "daha" and before.endswith(_ABLATIVE) and index:
            found.append((poles[word], word, tokens[index - 1].start, tokens[index].end))
    return found


def _order_poles(view: BeadView) -> list[tuple[Pole, str, int, int]]:
    """The first and the last of a series: ilk (any form: "ilki", "ilk olarak"), "en son", sonuncu."""
    poles = {pole.pole: pole for pole in antonym_table() if pole.family == ORDER}
    words, tokens = view.orig_folded, view.orig_tokens
    found = []
    for index, word in enumerate(words):
        if word == "ilk" or word.startswith("ilk") and word[3:] in _ILK_ENDINGS:
            found.append((poles["first"], "ilk", tokens[index].start, tokens[index].end))
        elif word.startswith("sonuncu"):
            found.append((poles["last"], "sonuncu", tokens[index].start, tokens[index].end))
        elif word == "en" and index + 1 < len(words) and words[index + 1] in _EN_SON:
            found.append((poles["last"], "en son", tokens[index].start, tokens[index + 1].end))
    return found


# ilk with a case or possessive ending ("ilkinde", "ilkini"); not ilke (principle) nor ilkel (primitive).
_ILK_ENDINGS = frozenset(("i", "in", "ini", "inde", "ine", "inden", "leri", "lerinden", "lerinde"))
# "en son" (the very last, last of all); "en sonunda" (in the end) says when, not where in a series.
_EN_SON = frozenset(("son", "sonuncu"))


@functools.cache
def _turkish_phrases() -> tuple[tuple[tuple[str, ...], tuple[str, ...], Pole, str], ...]:
    """Phrases ("kabul etmek"): their leading words, the stems of their final verb, pole and table word."""
    from drift.lexicon.morph import surface_stems

    found = []
    for pole in antonym_table():
        if pole.family in _GRAMMAR_FAMILIES:
            continue
        for word in pole.turkish:
            if " " in word:
                *head, verb = word.split()
                found.append((tuple(head), tuple(surface_stems(verb)), pole, word))
    return tuple(found)


@functools.cache
def _phrases_by_first_word() -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...], Pole, str], ...]] | None:
    """The phrases of _turkish_phrases under their first word, in their order; None if one has no leading word."""
    found: dict[str, list] = {}
    for phrase in _turkish_phrases():
        if not phrase[0]:
            return None  # a table word " etmek" would start at every word
        found.setdefault(phrase[0][0], []).append(phrase)
    return {first: tuple(phrases) for first, phrases in found.items()}


@functools.lru_cache(maxsize=65536)  # asked of every Turkish word of every pair
def _table_word(word: str, lexicon) -> str | None:
    """The single table word a Turkish word is a form of, or None."""
    from drift.lexicon.lemma import turkish_lemmas
    from drift.lexicon.morph import starts_verb_form, surface_stems

    if len(word) < 4:
        return None
    index_words = _turkish_index()
    lemmas = turkish_lemmas(word, lexicon)[:_LEMMAS_READ]
    if lemmas and lemmas[0] == word and word not in index_words:
        # A word in its own right ("büyük": big) is not a form of the table's verb (büyümek), unless the analyser
        # reads it as a conjugated one: the lexicon lists "bindi" (a forehead mark) and "indi", the past of binmek and
        # inmek. A bare stem the analyser may read as an imperative ("kazan": a cauldron, or win!) stays a word.
        return _analysed_verb(word, finite=True)
    hit = next((lemma for lemma in lemmas if lemma in index_words), None)
    if (hit is not None and not hit.endswith(("mak", "mek")) and lemmas[0] != hit and lemmas[0].startswith(hit)
            and lemmas[0].endswith(("mak", "mek"))):
        return None  # a verb made from the table's adjective is another word ("açıkladı": announced, not açık)
    if hit is not None and hit.endswith(("mak", "mek")):
        if word in (hit[:-1], hit[:-3] + hit[-2]):
            return None  # the bare verbal noun ("tutuklama istemiyle": with a request for arrest) names no event
        if not any(word.startswith(stem) and starts_verb_form(word[len(stem):]) for stem in surface_stems(hit)) \
                and _analysed_verb(word) != hit:
            return None  # a verb stem with a noun's ending is another word ("Biden" is not bit-den)
    if hit is None:  # a noun of the table with an ending the lemmatiser does not take off (ithalatındaki)
        hit = next((noun for noun in index_words if not noun.endswith(("mak", "mek"))
                    and len(noun) >= 5 and word.startswith(noun)), None)
    if hit is None:
        hit = _analysed_verb(word)
    return hit


def _analysed_verb(word: str, finite: bool = False) -> str | None:
    """The table verb the Turkish analyser reads a word as a form of, passive, causative or negative ones too: a
    passive after a vowel is a bare -n ("ertelendi", "onaylanmadı", "yasaklanan") and the lexicon's lemma of one may be
    the passive verb alone ("reddedildi": reddedilmek), so the surface test above does not see the table verb in it."""
    from drift.text.morphology import read

    analysis = read(word)
    if analysis is None or analysis.root_pos != "Verb" or analysis.lemma not in _turkish_index():
        return None
    if finite and not (analysis.finite and analysis.tense):
        return None
    return analysis.lemma


# An adjective of these families says a state only as a predicate ("kapalı kalıyor": stays closed); before a
# noun it makes a compound of another meaning ("kapalı otopark": indoor car park, "açık hava": open air).
_PREDICATIVE_FAMILIES = frozenset({"open"})
# Verbs that take a state as their predicate: stay, be, be kept, be found, stand, leave.
_STATE_VERBS = ("kal", "ol", "tutul", "tut", "bulun", "dur", "bırak", "değil")
# A copula or tense ending on the adjective itself: kapalıydı, kapalıdır, açıkmış, kapalıyken.
_COPULA = re.compile(r"^(?:y?[dt][ıiuü]|y?m[ıiuü]ş|[dt][ıiuü]r|y?ken|y?s[ae]|l[ae]r)")


def _predicate(view: BeadView, text: str, index: int, adjective: str) -> bool:
    """True when the adjective at `index` is a predicate: inflected as one, before a verb of state, or clause-final."""
    words, tokens = view.orig_folded, view.orig_tokens
    word = words[index]
    if word != adjective:
        return bool(_COPULA.match(word[len(adjective):])) if word.startswith(adjective) else False
    if index + 1 == len(words) or text[tokens[index].end:tokens[index + 1].start].strip():
        return True  # "Yol kapalı." / "kapalı, ..." ends its clause
    return words[index + 1].startswith(_STATE_VERBS)


@per_text  # a bead's reading, kept on its view for a pair checked again
def turkish_poles(context: CheckContext, view: BeadView) -> list[tuple[Pole, str, int, int]]:
    """The table words of a bead's Turkish side: (pole, table word, start, end) in reading order."""
    lexicon = context.resources.lexicon
    words, tokens = view.orig_folded, view.orig_tokens
    found = []
    index_words = _turkish_index()
    phrases = _phrases_by_first_word()
    for index, word in enumerate(words):
        # A phrase's leading words start at `index`: only those whose first word this is can.
        for head, stems, pole, table_word in (phrases.get(word, ()) if phrases is not None else _turkish_phrases()):
            end = index + len(head)
            if end < len(words) and words[index:end] == head and words[end].startswith(stems):
                found.append((pole, table_word, tokens[index].start, tokens[end].end))
        hit = _table_word(word, lexicon)
        if hit is not None and not (index_words[hit][0].family in _PREDICATIVE_FAMILIES
                                    and not hit.endswith(("mak", "mek"))
                                    and not _predicate(view, context.alignment.orig.text, index, hit)):
            found.append((index_words[hit][0], hit, tokens[index].start, tokens[index].end))
    return sorted(found + _comparison_poles(view) + _order_poles(view) + _surplus_poles(context, view)
                  + _rises_to_figure(context, view) + _superlative_poles(context, view), key=lambda item: item[2])


# What "en" makes a superlative of quantity: "en çok", "en fazla" (the most), "en az" (the least).
_SUPERLATIVE_WORDS = {"çok": "en çok", "fazla": "en fazla", "az": "en az"}
# A figure this many words after "en az" makes it a bound ("en az 30", "en az yüzde 5", "en fazla üç bilet").
_FIGURE_REACH = 2


def _superlative_poles(context: CheckContext, view: BeadView) -> list[tuple[Pole, str, int, int]]:
    """"en çok" / "en fazla" (the most) and "en az" (the least) before a verb or a noun, no figure after them."""
    from drift.checks._facts import bead_quantities

    words, tokens = view.orig_folded, view.orig_tokens
    poles = {word: pole for pole in antonym_table() if pole.family == SUPERLATIVE for word in pole.turkish}
    figures = [quantity.start for quantity in bead_quantities(context, view)[0]]
    found = []
    for index, word in enumerate(words[:-2]):
        table_word = _SUPERLATIVE_WORDS.get(words[index + 1]) if word == "en" else None
        if table_word is None:
            continue
        following = tokens[index + 2:index + 2 + _FIGURE_REACH]
        if any(following[0].start <= start <= following[-1].end for start in figures) \
                or words[index + 2] in _FIGURE_WORDS or words[index + 2][:1].isdigit():
            continue  # "en az 30 kişi" (at least 30), "en fazla üç bilet" (at most three)
        found.append((poles[table_word], table_word, tokens[index].start, tokens[index + 1].end))
    return found


# Turkish number words that may follow "en az" without being read as a quantity on their own.
_FIGURE_WORDS = frozenset("bir iki üç dört beş altı yedi sekiz dokuz on yirmi otuz kırk elli altmış yetmiş seksen doksan "
                          "yüz bin milyon milyar yüzde binde yarım birkaç".split())


# "X fazlası" (with any case ending after it) is a surplus of X: "tahıl fazlası", "bütçe fazlası". fazla is a word of
# comparison, so only a bare noun before it makes the compound: not "-dAn fazlası" (more than), "daha fazlası" (more
# of it), a figure, nor "fazlasıyla" (amply, more than enough).
SUPPLY = "supply"
_NOT_BEFORE_SURPLUS = frozenset("daha çok en bir biraz bunun onun bundan ondan".split())
_CASES = frozenset("Abl Dat Loc Gen Acc Ins".split())


def _surplus_poles(context: CheckContext, view: BeadView) -> list[tuple[Pole, str, int, int]]:
    """A noun before "fazlası": the supply family's plenty pole ("enerji fazlası": an energy surplus)."""
    from drift.text.morphology import read

    words, tokens = view.orig_folded, view.orig_tokens
    found = []
    for index, word in enumerate(words):
        if not index or not word.startswith("fazlas") or word.startswith("fazlasıyla"):
            continue
        before = words[index - 1]
        if (before in _NOT_BEFORE_SURPLUS or before.endswith(_ABLATIVE) or not before.isalpha()
                or context.alignment.orig.text[tokens[index - 1].end:tokens[index].start].strip()):
            continue  # "yarısından fazlası" (more than half); "..., fazlası" starts no compound
        analysis = read(before)
        if analysis is not None and _CASES.intersection(analysis.morphemes):
            continue  # "hedefin fazlası": a noun in a case is no first part of a compound ("gelir", a noun or a verb, is)
        plenty = next(pole for pole in antonym_table() if pole.family == SUPPLY and pole.pole == "plenty")
        found.append((plenty, "fazla", tokens[index - 1].start, tokens[index].end))
    return found


# "118 liraya çıktı", "yüzde 5'e çıktı": çıkmak (go out, go up) after a figure in the dative is a rise to it. Not
# çıkarmak (take out), çıkış (exit), çıkıl- (passive, "yola çıkıldı").
_RISE_TO = re.compile(r"(?:['’]y?[ae]|(?<=[ae]))(?:\s+\w+[ae])?\s+(?P<verb>çık(?!ar|ış|ıl|ma[kz])\w*)")
_RISE_VERB = "çıkmak"


def _rises_to_figure(context: CheckContext, view: BeadView) -> list[tuple[Pole, str, int, int]]:
    """A figure in the dative before çıkmak: the amount family's up pole ("95 liradan 118 liraya çıktı")."""
    from drift.checks._facts import bead_quantities

    text = context.alignment.orig.text
    up = next(pole for pole in antonym_table() if pole.family == "amount" and pole.pole == "up")
    found = []
    for quantity in bead_quantities(context, view)[0]:
        if quantity.kind in ("year", "ordinal", "code", "time"):
            continue
        match = _RISE_TO.match(text, quantity.end, quantity.end + 30)
        if match is not None:
            found.append((up, _RISE_VERB, quantity.start, match.end("verb")))
    return found


@dataclass(frozen=True)
class EnglishHit:
    """English words of a pole: one word ("rejected") or a phrase ("turned down", "up 12 percent")."""

    position: int  # of the first word
    start: int
    end: int
    text: str


# In an English phrase of the table, "#" stands for a figure ("up # percent") and "…" for up to three words
# ("in … favour": in the villagers' favour).
_FIGURE = "#"
_GAP = "…"
_GAP_WORDS = 3


def _phrase_ends(words: tuple[str, ...], forms: list[set[str]], tokens, position: int) -> int | None:
    """Where the phrase `words` ends (exclusive position) when it starts at `position`, or None."""
    if not words:
        return position
    if words[0] == _GAP:
        for skip in range(_GAP_WORDS + 1):
            end = _phrase_ends(words[1:], forms, tokens, position + skip)
            if end is not None and end > position + skip:
                return end
        return None
    if position >= len(tokens):
        return None
    word = words[0]
    fits = tokens[position].text[:1].isdigit() if word == _FIGURE else word in forms[position]
    return _phrase_ends(words[1:], forms, tokens, position + 1) if fits else None


def _hits(entries: frozenset[str], forms: list[set[str]], tokens) -> list[EnglishHit]:
    """The English tokens (single words) and phrases of a pole's entries in a bead, in order."""
    words = {entry for entry in entries if " " not in entry}
    phrases = [tuple(entry.split()) for entry in entries if " " in entry]
    found = []
    for position, token in enumerate(tokens):
        if forms[position] & words:
            found.append(EnglishHit(position, token.start, token.end, token.text))
            continue
        for phrase in phrases:
            end = _phrase_ends(phrase, forms, tokens, position)
            if end is not None:
                found.append(EnglishHit(position, token.start, tokens[end - 1].end,
                                        " ".join(item.text for item in tokens[position:end])))
                break
    return found


def _english_matches(context: CheckContext, view: BeadView, family: str) -> dict[str, tuple[list, list]]:
    """For each pole of a family: (English words or phrases with a strong entry of it, with a weak one)."""
    from drift.lexicon.lemma import english_lemma

    lexicon = context.resources.lexicon
    tokens = view.trans_tokens
    forms = [{token.text.lower(), english_lemma(token.text.lower(), lexicon)} for token in tokens]
    matches: dict[str, tuple[list, list]] = {}
    for pole in antonym_table():
        if pole.family != family:
            continue
        strong, weak = matches.setdefault(pole.pole, ([], []))
        strong += [hit for hit in _hits(pole.english, forms, tokens) if not _time_not_order(family, tokens, hit)
                   and not _not_quantity(context, view, family, hit)]
        for hit in _hits(pole.english_weak, forms, tokens):
            (strong if _after_figure(tokens, hit.position) else weak).append(hit)
    return matches


# "last" before a unit of time ("last week", "last night") is a relative time, and "at last" an idiom: neither is the
# last of a series.
_TIME_AFTER_LAST = frozenset(
    "week weekend month year night morning evening afternoon time season summer winter spring autumn fall decade "
    "century minute hour day days weeks months years monday tuesday wednesday thursday friday saturday sunday".split())


def _not_quantity(context: CheckContext, view: BeadView, family: str, hit: EnglishHit) -> bool:
    """An English "most" or "least" that says no most or least of a quantity: a bound ("at least", "at most"), a part
    ("most of them": çoğu), or the superlative of an adjective the original makes with "en" of its own ("most
    expensive": en pahalı)."""
    from drift.lexicon.thesaurus import load_thesaurus

    if family != SUPERLATIVE:
        return False
    tokens = view.trans_tokens
    before = tokens[hit.position - 1].text.lower() if hit.position else ""
    after = tokens[hit.position + 1].text.lower() if hit.position + 1 < len(tokens) else ""
    if before == "at" or after == "of":
        return True
    words = view.orig_folded
    own = sum(1 for index, word in enumerate(words[:-1]) if word == "en" and words[index + 1] not in _SUPERLATIVE_WORDS)
    return bool(own) and bool(after) and _modifier(load_thesaurus(), after)


_COUNT_WORDS = frozenset("a two three four five six seven eight nine ten twelve twenty few several couple".split())


def _time_not_order(family: str, tokens, hit: EnglishHit) -> bool:
    if family != ORDER or hit.text.lower() != "last":
        return False
    following = [token.text.lower() for token in tokens[hit.position + 1:hit.position + 3]]
    before = tokens[hit.position - 1].text.lower() if hit.position else ""
    if following and (following[0][:1].isdigit() or following[0] in _COUNT_WORDS):
        following = following[1:]  # "the last two years", "the last few days"
    return bool(following) and (following[0] in _TIME_AFTER_LAST or following[0].startswith("-")) or before == "at"


# A general word right after a figure states a change by that figure ("7 percent higher", "3 points less"): it says
# the direction as plainly as a strong word does.
_FIGURE_UNITS = frozenset("percent per cent % points point percentage times".split())


def _after_figure(tokens, position: int) -> bool:
    before = [token.text.lower() for token in tokens[max(0, position - 3):position]]
    return bool(before) and (before[-1][:1].isdigit() or before[-1] in _FIGURE_UNITS
                             and any(word[:1].isdigit() for word in before[:-1]))


def _renders_other_word(context: CheckContext, view: BeadView, hit: EnglishHit, spans) -> bool:
    """True when a single English word renders a Turkish word of the pair outside `spans` (the family's own words):
    "yardım başvurusu" ... "application for help" is the noun yardım, not the verb of approving."""
    from drift.lexicon.lemma import english_lemma, turkish_lemmas

    if " " in hit.text:
        return False
    lexicon = context.resources.lexicon
    said = {hit.text.lower(), english_lemma(hit.text.lower(), lexicon)}
    return any(said & set(_said(lexicon, other))
               for orig in view.orig_tokens if not any(start <= orig.start < end for start, end in spans)
               for other in turkish_lemmas(orig.text, lexicon)[:_LEMMAS_READ])


def _rendering(context: CheckContext, table_word: str, pole: Pole) -> str:
    """The lexicon's first sense of the Turkish word that its row lists as strong, else the row's first word."""
    return next((sense for sense in context.resources.lexicon.senses(table_word) if sense in pole.english),
                pole.first)


# How far (in English words) a general word of the original's pole may stand from the opposite and still keep the
# direction: about a clause.
_WEAK_REACH = 8
# How far a negation reaches: the table word itself, the light verb of its phrase or a değil after it.
_TURKISH_NEGATION_REACH = 2
# English negation before the opposite word ("did not fall", "has not been closed").
_ENGLISH_NEGATION_REACH = 4


@check("D418", "antonym", Category.MISTRANSLATION, Severity.MAJOR)
def antonym(context: CheckContext):
    from drift.checks.polarity import english_negations, turkish_negations

    for view in pair_views(context):
        flagged = set()
        for finding in _table_reversals(context, view, english_negations, turkish_negations):
            flagged.add(finding.trans.start)
            yield finding
        for finding in (*_bound_reversals(context, view), *_privative_reversals(context, view)):
            if not any(finding.trans.start <= start < finding.trans.end for start in flagged):
                flagged.add(finding.trans.start)
                yield finding
        for reversal in wordnet_reversals(context, view):
            if reversal.trans.start in flagged or not reversal.negated and _roles_exchanged(
                    context, view, reversal.orig_start, reversal.orig.end):
                continue
            flagged.add(reversal.trans.start)
            said = context.alignment.orig.text[reversal.orig_start:reversal.orig.end]
            yield make_finding(
                antonym, view,
                message=f"The original says “{said}” ({reversal.lemma}: {reversal.sense}) but the English says "
                        f"“{reversal.trans.text}”, its opposite.",
                trans=context.trans_span(reversal.trans.start, reversal.trans.end),
                orig=context.orig_span(reversal.orig_start, reversal.orig.end),
                basis="wordnet",
                expected=reversal.sense,
                evidence=(f"“{reversal.trans.text}” is “{reversal.english}” with a negating prefix, and "
                          f"“{reversal.english}” renders {reversal.lemma}; the original does not negate it"
                          if reversal.negated else
                          f"WordNet gives “{reversal.english}” as an opposite of “{reversal.sense}”, which renders "
                          f"{reversal.lemma}; no word of the pair says “{reversal.english}”"),
            )


def _table_reversals(context: CheckContext, view: BeadView, english_negations, turkish_negations):
    """Findings of the hand table's families in one pair."""
    orig = turkish_poles(context, view)
    if not orig:
        return
    # Only a sure negation counts: a bare -mA is as often a noun (Depolama: storage).
    turkish_negated = [token.start for token in turkish_negations(context, view)[0]]
    english_negated = {token.position for token in english_negations(context, view)[0]}
    starts = [token.start for token in view.orig_tokens]
    families: dict[str, set[str]] = {}
    negated_families = set()
    for pole, _, start, end in orig:
        index = starts.index(start)
        reach = starts[index:index + (end > view.orig_tokens[index].end) + _TURKISH_NEGATION_REACH]
        if any(position in reach for position in turkish_negated):
            negated_families.add(pole.family)  # "onaylamadı" says the other pole
        families.setdefault(pole.family, set()).add(pole.pole)
    for family, poles in families.items():
        if len(poles) != 1:
            continue
        negated = family in negated_families
        said = next(iter(poles))
        matches = _english_matches(context, view, family)
        spans = [(start, end) for pole, _, start, end in orig if pole.family == family]
        # A word of the original's pole that renders another word of the pair keeps nothing ("support" for destek).
        kept_strong, kept_weak = ([hit for hit in hits if not _renders_other_word(context, view, hit, spans)]
                                  for hits in matches.get(said, ([], [])))
        # A negated original ("onaylamadı") says the other pole, unless the English negates the opposite too: "hiçbir
        # tekne ayrılmayacak" (no boat will leave) told as "no boat will arrive" is still the opposite.
        opposites = [token for name, (tokens, _) in matches.items() if name != said for token in tokens
                     if negated == bool(english_negated & set(range(token.position - _ENGLISH_NEGATION_REACH,
                                                                    token.position)))]
        # Of the other pole's words, one that renders no other word is the likelier opposite ("lowered", not
        # "contract" for sözleşme); one that does ("imposed" for uygulanan) is still the opposite when alone.
        wrong = next((token for token in opposites if not _renders_other_word(context, view, token, spans)),
                     opposites[0] if opposites else None)
        if wrong is None:
            continue
        # A general word keeps the direction only in the opposite's clause: "on the night of ..." keeps nothing of
        # "beklentilerin üzerinde" (above expectations) told as "fell short of expectations".
        kept = {hit.position for hit in kept_strong} | {hit.position for hit in kept_weak
                                                        if abs(hit.position - wrong.position) <= _WEAK_REACH}
        if kept:
            # The English keeps a word of the pole, but the original says it more times than the English keeps
            # it ("Büyüme hedefine ... artırdı": growth target ... cut): a plain opposite still turns one around.
            said_words = {start for pole, _, start, _ in orig if pole.family == family}
            if negated or len(kept) >= len(said_words) or _renders_other_word(context, view, wrong, spans):
                continue
        pole, table_word, start, end = next(item for item in orig if item[0].family == family)
        if _roles_exchanged(context, view, start, end):
            continue  # "X, Y'yi yendi" told "Y lost to X": the converse verb with the roles turned round says the same
        expected = _rendering(context, table_word, pole)
        yield make_finding(
            antonym, view,
            message=f"The original says “{context.alignment.orig.text[start:end]}” ({table_word}: {expected}) "
                    f"but the English says “{wrong.text}”, its opposite.",
            trans=context.trans_span(wrong.start, wrong.end),
            orig=context.orig_span(start, end),
            expected=expected,
            evidence=f"{family}: Turkish {said} ({table_word}); English {wrong.text} is the other pole "
                     f"and no word of the original's pole is in the English",
        )


def _roles_exchanged(context: CheckContext, view: BeadView, start: int, end: int) -> bool:
    """Two participants of the Turkish word between `start` and `end` (its governor, by drift.checks._roles) turned
    round in the English, the doer made another role and another made the doer: with the opposite verb ("sold" for
    "satın aldı", "lost to" for "yendi") the sentence says the same thing."""
    from drift.checks._roles import Role, exchanged, participants

    tokens = view.orig_tokens
    first = tokens[0].position
    own = [item for item in participants(context, view)
           if any(start <= tokens[position - first].start < end for position in item.orig_reading.governor
                  if 0 <= position - first < len(tokens))]
    doer = Role.AGENT
    made_other = any(doer in item.orig_reading.roles and doer not in item.trans_reading.roles
                     and item.trans_reading.roles for item in own)
    made_doer = any(doer not in item.orig_reading.roles and item.trans_reading.roles == {doer}
                    and item.orig_reading.roles & {Role.PATIENT, Role.GOAL, Role.SOURCE} for item in own)
    if made_other and made_doer or any(exchanged(one, other) for index, one in enumerate(own)
                                       for other in own[index + 1:]):
        return True
    # The converse table's parties (drift.checks._parties) kept on both sides: the converse told from the other side.
    from drift.checks._parties import kept_heads

    return bool(kept_heads(context, view) & {item.head for item in own})


# --- a bound on a figure: "yüzde 7'yi geçti" (exceeded 7 percent) / "under 7 percent" ---------------------------

_TR_ABOVE, _TR_BELOW = "above", "below"
# What follows a Turkish figure to make it a bound: the figure (or one noun after it) in the accusative before
# geçmek / aşmak (exceed), in the genitive before üzerinde / altında, in the ablative before fazla / az, "ve üzeri"
# (and over), "aşkın" (upwards of); in the dative before kadar, "up to" ("20'ye kadar", "100 kişiye kadar"; not
# "100 kişi kadar", about 100 people). A Turkish suffix after an apostrophe is part of the figure's word.
_TR_BOUND = re.compile(
    r"(?:['’]\w+)?\s+(?:\w+\s+)??(?:"
    r"(?P<above>(?:geç|aş)(?!ir|ıl|il)\w*|üzerinde\w*|üstünde\w*|üzerine|üstüne|aşkın|ve\s+(?:üzeri|üstü)\w*"
    r"|(?<=[dt][ae]n\s)(?:fazla|çok|yüksek)\w*)"
    r"|(?P<below>altında\w*|altına|ve\s+altı\w*|(?<=[dt][ae]n\s)(?:az|düşük)(?![ıi]m)\w*"
    r"|(?:(?<=['’][ae]\s)|(?<=['’]y[ae]\s)|(?<=[^\W\d]y[ae]\s))kadar))(?!\w)")
_EN_BOUND_BEFORE = re.compile(
    r"(?:(?P<above>at\s+least|a\s+minimum\s+of|minimum\s+of|over|above|more\s+than|exceed(?:s|ed|ing)?|top(?:s|ped|ping)?|pass(?:es|ed|ing)?|surpass(?:es|ed|ing)?"
    r"|beyond|in\s+excess\s+of|upwards\s+of|greater\s+than|higher\s+than)"
    r"|(?P<below>at\s+most|up\s+to|a\s+maximum\s+of|maximum\s+of|under|below|less\s+than|fewer\s+than|beneath|short\s+of|lower\s+than))\s+(?:[$€£]\s?)?$",
    re.IGNORECASE)
_EN_BOUND_AFTER = re.compile(
    r"\s*(?:years?\s+)?(?:(?P<above>(?:and|or)\s+(?:over|above|older|more))|(?P<below>(?:and|or)\s+(?:under|below"
    r"|younger|less|fewer)))\b", re.IGNORECASE)
_EN_NEGATION_BEFORE = re.compile(r"(?:\bnot|n['’]t|\bnever|\bno)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_TR_NEGATED = re.compile(r"m[ae](?:d|z|y|m)")  # geçmedi, aşmaz, geçmeyen, geçmemeli: the bound denied
_TR_NEXT_WORD = re.compile(r"\s+(\w+)")
# A limit said before the figure: "en az" (at least) and "asgari" (minimum) put the value at or above it, "en fazla",
# "en çok" (at most) and "azami" (maximum) at or below it. A bound stated as a limit is read by its side.
_TR_LIMIT_BEFORE = re.compile(r"(?<!\w)(?:en\s+(?:(?P<above>az)|fazla|çok)|(?P<above2>asgari)|azami)\s+$", re.IGNORECASE)
_BOUND_KINDS = frozenset({"cardinal", "percent", "money", "measure"})


def _turkish_bounds(context: CheckContext, view: BeadView, quantities) -> list[tuple]:
    """(value, pole, start, end) of each Turkish figure stated as a bound, not denied."""
    text = context.alignment.orig.text
    found = []
    for quantity in quantities:
        if quantity.kind not in _BOUND_KINDS or quantity.upper is not None:
            continue
        match = _TR_BOUND.match(text, quantity.end, quantity.end + 40)
        if match is None:
            continue
        pole = _TR_ABOVE if match.group("above") else _TR_BELOW
        verb = match.group("above") or ""
        end = match.end()
        if not verb.startswith(("geç", "aş")):
            verb = ""  # a postposition ("altına", "üzerinde"): its verb follows ("altına düşmemeli")
            following = _TR_NEXT_WORD.match(text, end)
            if following is not None and _TR_NEGATED.search(following.group(1), 2):
                verb, end = following.group(1), following.end()
        if verb and not verb.startswith("aşkın") and _TR_NEGATED.search(verb, 2):
            pole = _other_side(pole)  # "9'u geçmemeli" (must not exceed): a ceiling, at most 9
        found.append((quantity, pole, quantity.start, end))
    for quantity in quantities:
        if quantity.kind not in _BOUND_KINDS or quantity.upper is not None:
            continue
        match = _TR_LIMIT_BEFORE.search(text, max(0, quantity.start - 12), quantity.start)
        if match is not None:
            above = match.group("above") or match.group("above2")
            found.append((quantity, _TR_ABOVE if above else _TR_BELOW, match.start(), quantity.end))
    return found


def _other_side(pole: str) -> str:
    return _TR_BELOW if pole == _TR_ABOVE else _TR_ABOVE


def _english_bounds(context: CheckContext, quantities) -> list[tuple]:
    """(quantity, pole, start, end) of each English figure stated as a bound ("under 7 percent", "65 and over")."""
    text = context.alignment.trans.text
    found = []
    for quantity in quantities:
        if quantity.kind not in _BOUND_KINDS or quantity.upper is not None:
            continue
        before = _EN_BOUND_BEFORE.search(text, max(0, quantity.start - 30), quantity.start)
        after = _EN_BOUND_AFTER.match(text, quantity.end, quantity.end + 30)
        for match, start, end in ((before, before and before.start(), quantity.end),
                                  (after, quantity.start, after and after.end())):
            if match is None:
                continue
            pole = _TR_ABOVE if match.group("above") else _TR_BELOW
            negation = _EN_NEGATION_BEFORE.search(text, max(0, start - 25), start)
            if negation is not None:
                words = negation.group(0).lower().split()
                if words[0] == "no" and len(words) > 1:
                    continue  # "no children under 5": the negation is the noun's, not the bound's
                pole, start = _other_side(pole), negation.start()  # "must not fall below 40" is a floor
            found.append((quantity, pole, start, end))
    return found


# A limit includes its figure: "en az", "asgari", a denied fall below (at least); "en fazla", "-A kadar", a denied
# excess (at most, up to).
_TR_LIMIT = re.compile(r"(?<!\w)(?:en\s+(?:az|fazla|çok)|asgari|azami|kadar)(?!\w)|m[ae](?:m[ae]l|y[ae]c[ae]k|z)",
                       re.IGNORECASE)


def _bound_word(turkish: str, pole: str) -> str:
    """The English for a Turkish bound: over / under, or at least / at most for a limit."""
    if _TR_LIMIT.search(turkish):
        return "at least" if pole == _TR_ABOVE else "at most"
    return "over" if pole == _TR_ABOVE else "under"


def _same_figure(orig, trans) -> bool:
    return orig.value == trans.value and (orig.kind == trans.kind or "cardinal" in (orig.kind, trans.kind))


def _bound_reversals(context: CheckContext, view: BeadView):
    """A figure the Turkish gives as a bound one way ("yüzde 7'yi geçti": above 7 percent) that the English bounds the
    other way ("under 7 percent"), with no English bound of the original's way on it."""
    from drift.checks._facts import bead_quantities

    orig_quantities, trans_quantities = bead_quantities(context, view)
    orig = _turkish_bounds(context, view, orig_quantities)
    if not orig:
        return
    trans = _english_bounds(context, trans_quantities)
    orig_text, trans_text = context.alignment.orig.text, context.alignment.trans.text
    for quantity, pole, start, end in orig:
        said = {other_pole for other, other_pole, *_ in orig if _same_figure(other, quantity)}
        if len(said) != 1:
            continue
        english = [(other_pole, other_start, other_end, other) for other, other_pole, other_start, other_end in trans
                   if _same_figure(quantity, other)]
        wrong = next(((other_start, other_end, other) for other_pole, other_start, other_end, other in english
                      if other_pole != pole), None)
        if wrong is None or any(other_pole == pole for other_pole, *_ in english):
            continue
        expected = "above" if pole == _TR_ABOVE else "below"
        figure = trans_text[wrong[2].start:wrong[2].end]
        yield make_finding(
            antonym, view,
            message=f"The original says “{orig_text[start:end]}” ({expected} the figure) but the English says "
                    f"“{trans_text[wrong[0]:wrong[1]]}”, the other side of it.",
            trans=context.trans_span(wrong[0], wrong[1]),
            orig=context.orig_span(start, end),
            basis="bound",
            expected=f"{_bound_word(orig_text[start:end], pole)} {figure}",
            evidence=f"the Turkish puts the value {quantity.value.normalize():f} as a bound {expected}; the English "
                     f"bounds it the other way and never {expected}",
        )


# --- a privative adjective and its twin: "yetersiz" (insufficient) / "enough" ---------------------------------------

# Turkish makes an adjective and its opposite from one noun: -lI (with) and -sIz (without): yeterli / yetersiz,
# başarılı / başarısız, güvenli / güvensiz. The twin's senses are the opposite of the word's.
_PRIVATIVE = {"sız": "lı", "siz": "li", "suz": "lu", "süz": "lü"}
_POSSESSIVE = {value: key for key, value in _PRIVATIVE.items()}
# Of the twin's senses (that translate back), the first few are its plain meaning.
_TWIN_SENSES = 3


def _twin(lemma: str, lexicon) -> str | None:
    """The -lI word of a -sIz word and the other way round, when the lexicon has it."""
    table = _PRIVATIVE if lemma[-3:] in _PRIVATIVE else _POSSESSIVE if lemma[-2:] in _POSSESSIVE else None
    if table is None or len(lemma) < 6:
        return None
    ending = lemma[-3:] if table is _PRIVATIVE else lemma[-2:]
    twin = lemma[:-len(ending)] + table[ending]
    return twin if twin in lexicon else None


@functools.lru_cache(maxsize=4096)
def _unprefixed(senses: tuple[str, ...]) -> list[str]:
    """English senses with a negative prefix, without it, where WordNet knows the rest ("unproductive": productive)."""
    from drift.lexicon.thesaurus import load_thesaurus

    thesaurus = load_thesaurus()
    return [sense[len(prefix):] for sense in senses if " " not in sense
            for prefix in _NEGATIVE_PREFIXES if sense.startswith(prefix) and len(sense) - len(prefix) >= 4
            and thesaurus.knows(sense[len(prefix):]) and _negative_pair(sense, sense[len(prefix):])]


@per_text  # a bead's reading: kept on its view for a pair checked again
def _privative_candidates(context: CheckContext, view: BeadView) -> tuple[tuple, ...]:
    """(token, lemma, twin, the twin's plain senses) for each -sIz or -lI word of the original with a twin."""
    from drift.lexicon.lemma import turkish_lemmas

    lexicon = context.resources.lexicon
    words = view.orig_folded
    candidates = []
    for token in view.orig_tokens:
        word = words[token.position]
        if token.is_capitalized and not _sentence_start(view, token) or len(word) < 6:
            continue
        lemma = next((lemma for lemma in turkish_lemmas(word, lexicon)[:1] if lemma in lexicon), None)
        twin = _twin(lemma, lexicon) if lemma else None
        if twin is None:
            continue
        opposite = [sense for sense in _said(lexicon, twin)[:_TWIN_SENSES] if " " not in sense]
        if lemma[-3:] in _PRIVATIVE:
            # A -sIz word's English is often the negative-prefixed adjective ("unproductive"): its stem is the twin's
            # plain sense even where the lexicon ranks it late for the twin ("productive" for verimli).
            opposite += _unprefixed(tuple(lexicon.senses(lemma)[:_TWIN_SENSES]))
        if opposite:
            candidates.append((token, lemma, twin, opposite))
    return tuple(candidates)


def _privative_reversals(context: CheckContext, view: BeadView):
    """A Turkish -sIz (or -lI) adjective whose twin's plain sense the English says, not negated, and none of its own."""
    from drift.checks.polarity import english_negated, turkish_negations
    from drift.lexicon.lemma import english_lemma, turkish_lemmas
    from drift.lexicon.morph import negative_predicate

    candidates = _privative_candidates(context, view)
    if not candidates:
        return
    lexicon = context.resources.lexicon
    words = view.orig_folded
    english_lemmas = [english_lemma(token.text.lower(), lexicon) for token in view.trans_tokens]
    english_words = set(english_lemmas) | {token.text.lower() for token in view.trans_tokens}
    strong = {item.position for item in turkish_negations(context, view)[0]}
    for token, lemma, twin, opposite in candidates:
        after = range(token.position, min(token.position + 3, len(words)))
        if any(position in strong or negative_predicate(words[position]) for position in after):
            continue  # "yetersiz değil": the twin's sense is right
        if english_words & set(lexicon.senses(lemma)[:_LOOSE_SENSES]):
            continue  # the English says the word's own sense too
        wrong = next((english for english in view.trans_tokens
                      if english_lemmas[english.position] in opposite or english.text.lower() in opposite), None)
        if wrong is None or english_negated(context, view, wrong.position):
            continue
        said_elsewhere = english_lemmas[wrong.position], wrong.text.lower()
        if any(english in _all_said(lexicon, other) for english in said_elsewhere
               for orig in view.orig_tokens if orig.position != token.position
               for other in turkish_lemmas(orig.text, lexicon)[:2]):
            continue  # another word of the original says it ("yeterli sayıda" ... "enough")
        sense = next(iter(_said(lexicon, lemma)), None) or lexicon.senses(lemma)[0]
        yield make_finding(
            antonym, view,
            message=f"The original says “{token.text}” ({lemma}: {sense}) but the English says “{wrong.text}”, "
                    f"which renders its opposite {twin}.",
            trans=context.trans_span(wrong.start, wrong.end),
            orig=context.orig_span(token.start, token.end),
            basis="privative",
            expected=sense,
            evidence=f"{lemma} and {twin} are one noun with -sIz (without) and -lI (with); “{wrong.text}” is a sense "
                     f"of {twin}, and no sense of {lemma} is in the English",
        )


# The general path: an English word WordNet gives as the opposite of a rendering of a Turkish word of the pair
# (drift.lexicon.thesaurus). Senses past these are a word's far readings (indirmek: "lay waste to" ... "lower").
_SENSES_READ = 10
# A sense counts when the lexicon gives it early (the first two), from the glossary, or from two sources; and
# when the Turkish word is among the first Turkish words the lexicon gives for that sense: a word and its sense
# that translate each other both ways ("yasaklamak" / "prohibit"), not a far reading of either ("ayak" / "stand").
_EARLY_SENSES = 2
_MUTUAL = 8
# Two dictionaries that agree on a word and a sense (KeNet and FreeDict, or FreeDict read both ways) tie them more
# surely than a rank does: such a sense counts further down the word's list, and when the word stands further down
# the sense's list of Turkish words ("dolu": full, its fifth sense, dolu the 15th Turkish word for full; "serin":
# cool, its first, while cool has a dozen Turkish words of other senses before it). Read after the others, so that
# a word's first senses stay first.
_AGREED_READ = 20
_AGREED_MUTUAL = 16
# Any sense of these counts as said by a Turkish word, when asking whether the original says the English word.
_LOOSE_SENSES = 20
# A direction word before a verb decides the direction ("yukarı çekmek": push up, not pull).
_DIRECTION_WORDS = frozenset("yukarı aşağı geri ileri".split())
# Places in a series are numbers to the number checks, not directions (first / last, first / second).
# Fractions and multiples are amounts too ("a year and a half" is no opposite of a complete thing).
_SERIES_WORDS = frozenset("first second third last half quarter double".split())
# Negative prefixes of English adjectives, adverbs and verbs ("unsafe", "illegal", "disagree", "non-binding").
_NEGATIVE_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non-", "non")
# These make new words freely: a word WordNet does not list ("non-binding", "unrenovated") is still its base negated.
# The others make words of their own meaning as often ("invaluable", "dispatch"): only a pair WordNet gives as
# opposites counts.
_OPEN_PREFIXES = ("non-", "non", "un")
# The English word's linked neighbours (this many words either side) must lie near the Turkish word: a word of
# another clause ("prices have fallen", while embargoes "kalkıyor") is no rendering of it.
_ANCHOR_REACH = 4
_ANCHOR_FAR = 10
# Followed by these (after a comma, perhaps), an English verb reports speech ("adding that", "Adding, “...”"),
# whatever its own meaning.
_SPEECH_AFTER = ("that ", ":", "\"", "“")
# Before an adjective, these say its opposite degree: "less expensive", "least likely".
_LESSENING = frozenset(("less", "least"))
# A determiner just before an uninflected English word makes it a noun ("the mid-season break").
_DETERMINERS = frozenset("the a an its their his her this these those our".split())
_DETERMINER_REACH = 2
_PREPOSITIONS = frozenset("on in at for under of from with".split())
# An English word's part of speech is its place before WordNet's counts ("an empty stomach": an adjective, though
# WordNet lists "empty" more often as a verb): between a determiner and a content word, a noun's modifier. (A copula
# before the word was tried too, and read nouns and verbs after "was" as adjectives in published translations.)
_NOT_A_HEAD = frozenset("of in on at for to from with by and or but than as that which who is are was were be been "
                        "has have had will would can could may might should must".split())


@dataclass(frozen=True)
class Reversal:
    """A Turkish word and the English word WordNet gives as the opposite of one of its senses."""

    orig: Token  # the Turkish word whose negation counts (a multiword entry's last word)
    trans: Token
    lemma: str
    sense: str
    english: str
    orig_start: int  # where the Turkish words start (a multiword entry's first word)
    negated: bool = False  # the English word is `english` with a negating prefix, and `english` renders the sense


def _reliable(rank: int, sense) -> bool:
    return rank < _EARLY_SENSES or "g" in sense.sources or len(sense.sources) >= 2


@functools.lru_cache(maxsize=16384)
def _said(lexicon, lemma: str) -> tuple[str, ...]:
    """The senses of a Turkish lemma that translate back to it (see _MUTUAL), best first, then those two sources give
    that translate back from further (see _AGREED_MUTUAL)."""
    looked = lexicon.lookup(lemma)
    found = list(_said_strictly(lexicon, lemma))
    found += [sense.english for sense in looked[:_AGREED_READ] if len(sense.sources) >= 2
              and sense.english not in found and lemma in lexicon.turkish_for(sense.english)[:_AGREED_MUTUAL]]
    return tuple(found)


@functools.lru_cache(maxsize=16384)
def _said_strictly(lexicon, lemma: str) -> tuple[str, ...]:
    """The senses of a Turkish lemma that translate back to it by the first bar only (early, or from the glossary or
    two sources, and mutual within _MUTUAL): for a word read through another, such as a verb of change's adjective."""
    return tuple(sense.english for rank, sense in enumerate(lexicon.lookup(lemma)[:_SENSES_READ])
                 if _reliable(rank, sense) and lemma in lexicon.turkish_for(sense.english)[:_MUTUAL])


@functools.lru_cache(maxsize=16384)
def _all_said(lexicon, lemma: str) -> frozenset[str]:
    return frozenset(lexicon.senses(lemma)[:_LOOSE_SENSES])


@functools.lru_cache(maxsize=16384)
def _said_words(lexicon, lemma: str) -> frozenset[str]:
    """Any sense of a Turkish lemma, and each word of a multiword sense ("dışişleri": foreign affairs, so foreign)."""
    senses = _all_said(lexicon, lemma)
    return senses | frozenset(part for sense in senses if " " in sense for part in sense.split())


def _negative_pair(first: str, second: str) -> bool:
    return any(first == prefix + second or second == prefix + first for prefix in _NEGATIVE_PREFIXES)


# --- how an English word is read against WordNet -----------------------------------------------------------------

@dataclass(frozen=True)
class Reading:
    """A word WordNet is asked about for an English word: the word itself or a word it is made from, and whether a
    negating prefix on the English word turns that word round ("non-binding": binding, negated)."""

    word: str
    negated: bool = False
    # word, phrasal (verb + particle), participle (an adjective in -ed / -en), degree (-er, -est), adverb (-ly),
    # change (-en verb), compound (first part), prefix
    how: str = "word"


# Particles that make one verb of the verb before them ("calm down", "cool down", "lay off"): WordNet lists the phrase.
_PARTICLES = frozenset("up down off out back away over on in".split())
# An adverb's adjective (a WordNet pertainym, read from the spelling): "slowly" slow, "heavily" heavy,
# "dramatically" dramatic, "fully" full, "reliably" reliable.
_ADVERB_ENDINGS = (("ically", "ic"), ("ily", "y"), ("ably", "able"), ("ibly", "ible"), ("ully", "ull"), ("ly", ""))
# Before a comparative that is also a noun or verb ("lower", "longer"), one of these shows it compares.
_DEGREE_BEFORE = frozenset("much far even still slightly somewhat considerably significantly markedly no any a bit "
                           "little lot way".split())
_DEGREE_REACH = 3


def _modifier(thesaurus, word: str) -> bool:
    """WordNet lists the word as an adjective or an adverb."""
    from drift.checks.sense_changed import _synsets

    return bool(_synsets(thesaurus, word, "a") or _synsets(thesaurus, word, "r"))


def _degree_bases(written: str) -> tuple[str, ...]:
    """The adjectives a comparative or superlative may be made from: lower low, later late, bigger big, heavier heavy,
    shortest short, latest late."""
    for ending in ("est", "er"):
        if written.endswith("i" + ending):
            return (written[:-len(ending) - 1] + "y",)
        if written.endswith(ending) and len(written) > len(ending) + 2:
            stem = written[:-len(ending)]
            doubled = (stem[:-1],) if len(stem) > 3 and stem[-1] == stem[-2] else ()
            return (*doubled, stem, stem + "e")
    return ()


def _degree_form(adjective: str, written: str) -> str:
    """The adjective in the degree the English word is written in: low -> lowest for "highest", clear -> clearer."""
    ending = "est" if written.endswith("est") else "er" if written.endswith("er") else ""
    if not ending:
        return adjective
    if adjective.endswith("e"):
        return adjective + ending[1:]
    if adjective.endswith("y") and len(adjective) > 2 and adjective[-2] not in "aeiou":
        return adjective[:-1] + "i" + ending
    return adjective + ending


def _change_bases(lemma: str) -> tuple[str, ...]:
    """The adjective an English verb of change in -en is made from: widen wide, loosen loose, soften soft."""
    if lemma.endswith("en") and len(lemma) >= 5:
        return lemma[:-2], lemma[:-2] + "e"
    return ()


def _adverb_base(written: str) -> str | None:
    for ending, replacement in _ADVERB_ENDINGS:
        if written.endswith(ending) and len(written) - len(ending) >= 3:
            return written[:-len(ending)] + replacement
    return None


def _prefix_base(thesaurus, word: str) -> str | None:
    """The base of a word with a negating prefix ("unsafe": safe), when WordNet gives the two as opposites or the
    prefix makes new words freely and WordNet lists only the base."""
    for prefix in _NEGATIVE_PREFIXES:
        base = word[len(prefix):].lstrip("-")
        if not word.startswith(prefix) or len(base) < 3 or not thesaurus.knows(base):
            continue
        if thesaurus.knows(word) and not thesaurus.are_antonyms(word, base):
            continue  # "invaluable", "dispatch": a word of its own
        if not thesaurus.knows(word) and prefix not in _OPEN_PREFIXES:
            continue
        return base
    return None


@functools.lru_cache(maxsize=65536)
def english_readings(thesaurus, lemma: str, written: str, particle: str = "") -> tuple[Reading, ...]:
    """The words WordNet is asked about for an English word (its lemma, as written, and the particle after it): a
    phrasal verb as one word, else the word, the joined spelling of a hyphenated word, the first part of a compound
    that is an adjective ("late-blooming": late), a comparative's or superlative's adjective, an adverb's adjective,
    and the base of a negating prefix (negated)."""
    if particle and thesaurus.knows(f"{lemma} {particle}"):
        return (Reading(f"{lemma} {particle}", how="phrasal"),)  # "calmed down" means what the phrase means
    found = [Reading(lemma)]
    if "-" in lemma:
        parts = lemma.split("-")
        if thesaurus.knows("".join(parts)):
            found.append(Reading("".join(parts)))
        if len(parts) == 2 and len(parts[0]) >= 3 and parts[0] not in ("non", "self") and parts[1] not in _PARTICLES \
                and _modifier(thesaurus, parts[0]):  # not a noun made of a phrasal verb ("set-up", "follow-up")
            found.append(Reading(parts[0], how="compound"))
    if written != lemma and written.endswith(("ed", "en")) and thesaurus.synsets(written, "a"):
        found.append(Reading(written, how="participle"))  # "rested", "closed": an adjective WordNet lists as written
    found += [Reading(base, how="degree") for base in _degree_bases(written) if _modifier(thesaurus, base)][:1]
    found += [Reading(base, how="change") for base in _change_bases(lemma) if _modifier(thesaurus, base)][:1]
    adverb = _adverb_base(written)
    if adverb is not None and (thesaurus.synsets(written, "r") or not thesaurus.knows(written)) \
            and _modifier(thesaurus, adverb):
        found.append(Reading(adverb, how="adverb"))
    for reading in list(found):
        base = _prefix_base(thesaurus, reading.word) if reading.how != "compound" else None
        if base is not None:
            found.append(Reading(base, negated=True, how="prefix"))
    return tuple(dict.fromkeys(found))


def _particle(view: BeadView, token: Token) -> str:
    following = view.trans_tokens[token.position + 1:token.position + 2]
    return following[0].text.lower() if following and following[0].text.lower() in _PARTICLES else ""


def _compares(view: BeadView, token: Token) -> bool:
    """A comparative that is also a noun or verb ("lower", "longer") compares: "than" follows, or a degree word
    stands before it ("much lower", "no longer")."""
    words = [item.text.lower() for item in view.trans_tokens]
    after = words[token.position + 1:token.position + 1 + _DEGREE_REACH]
    before = words[max(0, token.position - _DEGREE_REACH):token.position]
    return "than" in after or bool(_DEGREE_BEFORE.intersection(before[-2:])) or token.text.lower().endswith("est")


# --- when WordNet opposes a sense and an English word ------------------------------------------------------------

# A word steps aside to its near synsets only when it has this many synsets of the part of speech or fewer.
_HOP_SENSES = 4


@functools.lru_cache(maxsize=65536)
def _cluster(thesaurus, word: str, pos: str) -> frozenset[int]:
    """A word's synsets of one part of speech with the near ones: an adjective's heads ("tiny": small) and a verb's
    group and direct hypernyms ("abate": decrease), never a hypernym at the top of WordNet ("change")."""
    from drift.checks.sense_changed import _synsets

    synsets = _synsets(thesaurus, word, pos)
    if pos not in "av" or len(synsets) > _HOP_SENSES:
        return frozenset(synsets)  # a word of many senses reaches some opposite through a far one (a dozen senses)
    return frozenset(synsets).union(near for synset in synsets for near in thesaurus.near[synset]
                                    if thesaurus.pos[near] == pos and (pos == "a" or thesaurus.hypernyms[near]))


@functools.lru_cache(maxsize=65536)
def _counter(thesaurus, word: str, pos: str) -> frozenset[int]:
    """The synsets WordNet gives as opposites of a word's cluster."""
    return frozenset(antonym for synset in _cluster(thesaurus, word, pos) for antonym in thesaurus.antonyms[synset])


def opposed(thesaurus, sense: str, english: str, pos: str) -> bool:
    """WordNet opposes the two words in one part of speech: directly ("early" / "late"), or through the heads of
    adjectives and the groups and hypernyms of verbs ("tiny" is similar to small, the opposite of "large";
    a verb under "decrease" is the opposite of "increase"). Nouns directly ("victory" / "defeat") or through the
    English noun's kind when it has few senses ("win" is a kind of victory)."""
    if sense == english:
        return False
    if pos == "n":
        mine = thesaurus.synsets(sense, "n")
        if len(mine) > _HOP_SENSES:
            return False  # a noun of many senses is some noun's opposite in a far one (a dozen senses)
        theirs = set(thesaurus.synsets(english, "n"))
        if len(theirs) <= _HOP_SENSES:
            # An English noun of few senses is read as its kind too: "win" is a kind of victory, the opposite of
            # "defeat", though WordNet links no opposite to "win" itself.
            theirs |= {hypernym for synset in tuple(theirs) for hypernym in thesaurus.hypernyms[synset]}
        return any(not theirs.isdisjoint(thesaurus.antonyms[synset]) for synset in mine)
    # One step aside on one side only: two words each near an opposed pair (two near neighbours of "early" and "late") are far apart. And
    # only between words of few senses: a word of many reaches some opposite through a far one ("get", "decide").
    if not _direct_counter(thesaurus, sense, pos).isdisjoint(_synsets_of(thesaurus, english, pos)):
        return True
    if len(_synsets_of(thesaurus, english, pos)) > _HOP_SENSES:
        return False
    # The sense's own opposites are read in all its synsets above, so the step aside on the English side asks only
    # that the English adjective have few senses ("sickly" is similar to unhealthy, the opposite of "healthy"). A
    # verb's step goes to its group and hypernyms, too loose for that ("leave off" is near to stop, not "keep"'s
    # opposite in "kaldığı yerden").
    if pos == "a" and not _direct_counter(thesaurus, sense, pos).isdisjoint(_cluster(thesaurus, english, pos)):
        return True
    if len(_synsets_of(thesaurus, sense, pos)) > _HOP_SENSES:
        return False
    return not _counter(thesaurus, sense, pos).isdisjoint(_synsets_of(thesaurus, english, pos))


@functools.lru_cache(maxsize=65536)
def _direct_counter(thesaurus, word: str, pos: str) -> frozenset[int]:
    """The synsets WordNet gives as opposites of a word's own synsets."""
    return frozenset(antonym for synset in _synsets_of(thesaurus, word, pos) for antonym in thesaurus.antonyms[synset])


def _synsets_of(thesaurus, word: str, pos: str) -> frozenset[int]:
    from drift.checks.sense_changed import _synsets

    return frozenset(_synsets(thesaurus, word, pos))


def _same(thesaurus, sense: str, base: str) -> bool:
    """The base of a prefixed English word says the sense: the word, a synonym, a word of its stem ("approve",
    "approvable") or, for an adjective, a word of its cluster ("fit", "suitable")."""
    from drift.link import same_stem

    return (sense == base or same_stem(sense, base) or thesaurus.are_synonyms(sense, base)
            or not _cluster(thesaurus, sense, "a").isdisjoint(thesaurus.synsets(base, "a")))


@functools.lru_cache(maxsize=65536)
def _reversal_of(thesaurus, verb: bool, senses: tuple[str, ...], reading: Reading, noun: bool,
                 change: bool = False) -> str | None:
    """The first sense the reading turns round: an opposite, or (under a negating prefix) the sense itself. A Turkish
    verb is compared with verbs; other words with adjectives and adverbs, or with nouns when `noun` (the reading is a
    noun or verb more often than not); the adjective of a verb of change with verbs too, when `change`."""
    if reading.how == "change" and verb:
        return None  # an English verb's adjective answers a Turkish adjective
    kinds = ("v",) if verb else ("n",) if noun else ("a", "r")
    kinds += ("v",) if change and not verb else ()
    for sense in senses:
        if sense in _SERIES_WORDS or " " in sense and not verb:
            continue
        opposite = any(opposed(thesaurus, sense, reading.word, pos) for pos in kinds)
        if reading.negated:
            if not opposite and _same(thesaurus, sense, reading.word):
                return sense
        elif opposite:
            return sense
    return None


def _mostly_adjective(thesaurus, word: str) -> bool:
    """True when WordNet reads the word as an adjective or adverb at least as often as a noun or verb."""
    kinds = [thesaurus.pos[synset] for synset in thesaurus.synsets(word)]
    return sum(kind in "ar" for kind in kinds) >= sum(kind in "nv" for kind in kinds)


def _adjective_place(view: BeadView, token: Token) -> bool:
    """The English word stands where only an adjective can: between a determiner and the noun it describes ("an
    empty stomach")."""
    tokens = view.trans_tokens
    before = tokens[token.position - 1].text.lower() if token.position > 0 else ""
    after = tokens[token.position + 1] if token.position + 1 < len(tokens) else None
    return (before in _DETERMINERS and after is not None and after.text.isalpha() and after.text.islower()
            and after.text not in _NOT_A_HEAD)


def _noun_use(view: BeadView, token: Token, lemma: str) -> bool:
    """An uninflected English word right after a determiner or a preposition is a noun ("the break", "for sale"), not
    the verb."""
    before = view.trans_tokens[max(0, token.position - _DETERMINER_REACH):token.position]
    return token.text.lower() == lemma and (any(word.text.lower() in _DETERMINERS for word in before)
                                            or bool(before) and before[-1].text.lower() in _PREPOSITIONS)


def _sentence_start(view: BeadView, token: Token) -> bool:
    return any(sentence.start <= token.start <= sentence.start + 1 for sentence in view.orig_sentences)


def _trans_sentence_start(view: BeadView, token: Token) -> bool:
    """The English word opens its sentence (or a quotation that does)."""
    return any(sentence.start <= token.start <= sentence.start + 1 for sentence in view.trans_sentences)


@dataclass(frozen=True)
class _Candidate:
    """A Turkish word (or multiword entry) of the pair with the senses that translate back to it."""

    token: Token  # the word whose negation counts: the word, or a multiword entry's last word
    start: int  # where it starts in the original
    lemma: str
    senses: tuple[str, ...]
    # The adjective of a Turkish verb of change ("sadeleştirmek": sade): compared with English verbs too, which
    # English makes from the same adjective ("to calm", "to thin").
    change: bool = False
    # The word is a noun as it stands (the analyser's reading after its derivations: "kurala", "anlatmakla"): a
    # negating prefix negates an adjective, adverb or verb, never the noun a Turkish word makes of one.
    nominal: bool = False
    # The analyser's verb under a passive the lexicon's lemma has already ("yenilmek": yenmek + Pass): it answers only
    # a negating prefix, as a passive turns the roles of a verb of contest round (be beaten is to lose).
    passive: bool = False


# Degree words: a multiword entry of one of these and an adjective ("daha geniş", "en uzun") compares the adjective
# and keeps its direction, whatever the entry's own senses (whatever a lexicon entry of the two gives).
_DEGREE_WORDS = frozenset("daha en çok pek gayet oldukça epey".split())
# Derivations the Turkish analyser (drift.text.morphology) reads that keep the direction of the root adjective: a verb
# of change (-lAş: Become, -lAştIr: Become + Caus, "sadeleştirmek": make simple), a person or thing given to it (-CI:
# Agt) or its adverb (-CA: Ly); never "with" or "without" (-lI, -sIz, the privative
# reading's business), a relation (-sAl) or a quality (-lIk), which make words of other meanings.
_KEEPING = frozenset("Become Agt Ly".split())
_CHANGING = frozenset("With Without Related Ness Dim JustLike Acquire".split())


def _analysed_lemmas(word: str, lexicon) -> tuple[tuple[str, bool, bool], ...]:
    """The Turkish analyser's reading of a word, with whether it is a verb of change's adjective and whether a verb
    under a passive: its verb
    ("onaylanabilir": onaylamak; "genişleyince": genişlemek) or the adjective a derivation keeping its direction is
    made from ("sadeleştirdiğini": sade, a verb of change)."""
    from drift.text.morphology import read

    analysis = read(word)
    if analysis is None or analysis.lemma not in lexicon:
        return ()
    if analysis.root_pos == "Verb":
        # A passive turns a verb's roles round ("yenilmek", be beaten, is to lose, though "yenmek" is to beat): the
        # verb under one answers only a negating prefix ("onaylanabilir" / "unapprovable"), see wordnet_reversals.
        return ((analysis.lemma, False, "Pass" in analysis.morphemes),)
    morphemes = set(analysis.morphemes[1:])
    if analysis.root_pos in ("Adj", "Adv", "Noun") and morphemes & _KEEPING and not morphemes & _CHANGING:
        return ((analysis.lemma, "Become" in morphemes, False),)
    return ()


def _nominal(word: str) -> bool:
    from drift.text.morphology import read

    analysis = read(word)
    return analysis is not None and analysis.pos == "Noun"


def _orig_candidates(context: CheckContext, view: BeadView, links) -> list[_Candidate]:
    """Turkish words with senses that translate back; no word of a multiword entry (the entry instead, unless it is a
    degree word and an adjective), no light verb, no name."""
    from drift.checks.polarity import LIGHT_VERBS

    lexicon = context.resources.lexicon
    in_phrases = {}
    found = []
    for phrase in links.phrases:
        words = [fold_turkish(token.text) for token in phrase.orig_tokens]
        senses = _said(lexicon, phrase.key)
        # The words of an entry are read alone when it compares an adjective ("daha geniş": wider, whatever the
        # entry's senses) or when none of its senses translates back to it and the English renders none of them
        # (an idiom the English has told word by word; not "önlem almak" told as "acted").
        if words[0] in _DEGREE_WORDS and len(words) == 2 or not senses and not phrase.rendered_by:
            continue
        if not senses:
            in_phrases.update((token.position, phrase) for token in phrase.orig_tokens)
            continue
        in_phrases.update((token.position, phrase) for token in phrase.orig_tokens)
        found.append(_Candidate(phrase.orig_tokens[-1], phrase.orig_tokens[0].start, phrase.key, senses))
        # "X olmak" is to be X: the entry's verb senses ("be well") answer English verbs, its adjective the English
        # adjectives and nouns ("sağlıklı olduğu" / "were sickly"); a negation of the verb after it still counts.
        head, _, verb = phrase.key.rpartition(" ")
        if verb in _COPULA_VERBS and " " not in head and len(phrase.orig_tokens) == 2 and _said(lexicon, head):
            found.append(_Candidate(phrase.orig_tokens[0], phrase.orig_tokens[0].start, head, _said(lexicon, head)))
    for word in links.orig_words:
        token = word.token
        if not word.lemmas or token.position in in_phrases:
            continue  # a word of a multiword entry ("devre arası") means what the entry means
        if token.is_capitalized and not _sentence_start(view, token):
            continue
        if token.position and view.orig_folded[token.position - 1] in _DIRECTION_WORDS:
            continue
        # The lexicon's likeliest lemma and the analyser's reading (a verb of change's adjective is marked); a word the
        # lexicon reads as a noun or adjective of its own ("buluşma": a meeting) is that word, not its verb.
        lemmas = {word.lemmas[0]: (False, False)}
        if word.lemmas[0].endswith(("mak", "mek")) or not _said(lexicon, word.lemmas[0]):
            for lemma, change, passive in _analysed_lemmas(view.orig_folded[token.position], lexicon):
                if lemma not in lemmas:
                    lemmas[lemma] = change, passive
                elif change:
                    lemmas[lemma] = True, lemmas[lemma][1]
        nominal = _nominal(view.orig_folded[token.position])
        # A degree word before the word ("en düşük": lowest, "daha serin": cooler) is its grammar, rendered by the
        # English word's own -est, -er, most or more: the pair starts there, so that "en" (whose far sense is "to the
        # highest degree") is not another word of the original saying the English one.
        start = (view.orig_tokens[token.position - 1].start
                 if token.position and view.orig_folded[token.position - 1] in _DEGREE_WORDS else token.start)
        for lemma, (change, passive) in lemmas.items():
            if lemma in LIGHT_VERBS or lemma.endswith(("mamak", "memek")):
                continue  # a light verb's meaning is its noun's; a negative verb's is counted as a negation
            pole = _turkish_index().get(lemma)
            if pole is not None and pole[0].family in _PREDICATIVE_FAMILIES and not lemma.endswith(("mak", "mek")) \
                    and not _predicate(view, context.alignment.orig.text, token.position, lemma):
                continue  # "kapalı otopark" (indoor car park) says no state
            senses = _said(lexicon, lemma)
            if senses:
                found.append(_Candidate(token, start, lemma, senses, change, nominal, passive))
            # A verb of the hand table is read by its family ("yükselmek" rises; yüksek would make "short" its
            # opposite, of whatever it is said).
            base = derived_adjective(lemma, lexicon) if lemma not in _turkish_index() else None
            if base is not None and base not in lemmas:
                # The adjective is read at the first bar: the verb's own senses vouch for it only loosely.
                found.append(_Candidate(token, start, base, _said_strictly(lexicon, base), True, nominal))
    return found


@functools.lru_cache(maxsize=65536)
def _other_lemmas(word: str, lexicon) -> tuple[str, ...]:
    """The lemmas of a Turkish word asked whether it says an English word: the lexicon's first two, unless the
    analyser reads the word as a longer noun those lemmas only begin ("denizyıldızları": denizyıldızı, a starfish,
    not deniz, whose far sense "deep" would explain the English "deep"); then the analyser's lemma alone."""
    from drift.lexicon.lemma import turkish_lemmas
    from drift.text.morphology import read

    lemmas = turkish_lemmas(word, lexicon)[:2]
    analysis = read(fold_turkish(word))
    if analysis is not None and analysis.root_pos == "Noun" and lemmas and all(
            len(analysis.lemma) > len(lemma) + 1 and analysis.lemma.startswith(lemma) for lemma in lemmas):
        return (analysis.lemma,)
    return lemmas


def fold_turkish(text: str) -> str:
    from drift.text.fold import fold_case

    return fold_case(text, turkish=True)


# Turkish makes a verb of change from an adjective: -lAş (become), -lAştIr (make), the old -(A)l / -(A)lt
# (kolaylaştırmak: make easier, ucuzlamak: get cheaper, kısaltmak: shorten, daralmak: narrow). The verb says the
# adjective's direction, so an English adjective or comparative opposed to the adjective is the opposite ("harder"
# for kolaylaştıran). Longest endings first; -lA makes verbs of many other meanings (açıklamak: announce, not
# "make open"), so it counts only when a sense of the verb is made from a sense of the adjective (cheapen, cheap).
# Before -(A)l an adjective's final k drops (alçak: alçalmak, alçaltmak; küçük: küçülmek; yüksek: yükselmek).
_CHANGE_ENDINGS = ("laştırmak", "leştirmek", "laşmak", "leşmek", "ltmak", "ltmek", "lmak", "lmek", "almak", "elmek",
                   "altmak", "eltmek")
_LOOSE_ENDINGS = ("lamak", "lemek")
_CHANGE_BASE = 3
_DROPPED_K = ("altmak", "eltmek", "almak", "elmek", "ltmak", "ltmek", "lmak", "lmek")


@functools.lru_cache(maxsize=16384)
def derived_adjective(lemma: str, lexicon) -> str | None:
    """The adjective a Turkish verb of change is made from (kolaylaştırmak: kolay), when its senses translate back."""
    if not lemma.endswith(("mak", "mek")):
        return None
    for ending in _CHANGE_ENDINGS + _LOOSE_ENDINGS:
        if not lemma.endswith(ending):
            continue
        stem = lemma[:-len(ending)]
        for base in (stem, stem + "k") if ending in _DROPPED_K else (stem,):
            if len(base) < _CHANGE_BASE or base not in lexicon:
                continue
            senses = _said_strictly(lexicon, base)
            if not senses:
                continue
            if ending in _LOOSE_ENDINGS and not any(own.startswith(sense)
                                                    for own in lexicon.senses(lemma)[:_SENSES_READ]
                                                    for sense in senses if len(sense) >= 4):
                continue
            return base
    return None


# The verbs of a multiword entry "X olmak" (be X), "X kalmak" (remain X), "X durmak" (stand X) and "X etmek" (make
# X: "kâr etmek", make a profit): the entry's first word keeps its own reading.
_COPULA_VERBS = frozenset(("olmak", "kalmak", "durmak", "etmek"))


def _listed_verbal_noun(word: str, lemma: str) -> bool:
    """The word is a verbal noun in -mA that the lexicon lists as a noun of its own ("daralma": contraction), whose
    -mA makes the noun and says no "don't" (polarity reads a bare -mA as a weak negation)."""
    return word == lemma and lemma.endswith(("ma", "me"))


def _anchored_far(links, trans_position: int, orig_position: int) -> bool:
    """True when the English word's linked neighbours all render Turkish words far from the Turkish one."""
    near = [orig for orig, trans in links.links
            if trans != trans_position and abs(trans - trans_position) <= _ANCHOR_REACH]
    return bool(near) and min(abs(orig - orig_position) for orig in near) > _ANCHOR_FAR


def _stem_of_sense(english: str, senses: tuple[str, ...]) -> bool:
    """The English word is made from one of the senses, sharing its stem ("downward": down). Asked of English
    adjectives and adverbs only: a verb made from a sense ("weakened" for weak) renders a verb of its own."""
    from drift.link import same_stem

    return any(" " not in sense and same_stem(sense, english) for sense in senses)


def _light_verb(lexicon, word: str) -> bool:
    """A form of a light verb (olmak, etmek), negative or not: its negation is the word's before it."""
    from drift.checks.polarity import LIGHT_VERBS
    from drift.lexicon.lemma import turkish_lemmas

    return any(lemma in LIGHT_VERBS or lemma[:-5] + lemma[-3:] in LIGHT_VERBS
               for lemma in turkish_lemmas(word, lexicon)[:2])


def _written_as_modifier(reading: Reading, token: Token, lemma: str) -> bool:
    """An adjective's opposite counts as written ("less", "later", "slowly"), not in a verb's form ("topped" is no
    "top")."""
    written = token.text.lower()
    return reading.how != "word" or written in (reading.word, lemma) or written.endswith(("er", "est"))


# A verb of getting or living through that takes a noun of result as its object says no word of its own: "yenilgi
# aldı" (took a defeat), "aldığı ilk galibiyet" (the first win it got), "zarar gördü", "kayıp yaşadı". Far senses of
# these verbs ("almak": win, take) would otherwise explain the English word.
_SUPPORT_VERBS = frozenset("almak alınmak yaşamak yaşanmak görmek uğramak".split())
_SUPPORT_REACH = 3


@per_text  # a bead's reading, kept on its view for a pair checked again
def wordnet_reversals(context: CheckContext, view: BeadView) -> list[Reversal]:
    """English words of a pair that WordNet gives as the opposite of a Turkish word's sense (or that negate it with a
    prefix), with nothing in the pair to explain them (see the module docstring)."""
    from drift.checks.polarity import english_negated, turkish_negations
    from drift.lexicon.lemma import english_lemma, turkish_lemmas
    from drift.lexicon.morph import negative_predicate
    from drift.lexicon.thesaurus import load_thesaurus

    links = context.links[view.index]
    candidates = _orig_candidates(context, view, links)
    if not candidates:
        return []
    lexicon = context.resources.lexicon
    thesaurus = load_thesaurus()
    text = context.alignment.trans.text
    # Each English word by its lemma, and a hyphenated one by its parts too ("low-income" says low).
    english_words = [(lemma, *lemma.split("-")[:2]) if "-" in lemma else (lemma,)
                     for lemma in (english_lemma(token.text.lower(), lexicon) for token in view.trans_tokens)]
    found = []
    negations = None
    for word in links.trans_words:
        if word.lemma in _SERIES_WORDS or word.token.is_capitalized and not _trans_sentence_start(view, word.token):
            continue  # a capital inside a sentence starts a name or a title ("Best Costume")
        readings = english_readings(thesaurus, word.lemma, word.token.text.lower(), _particle(view, word.token))
        adjective_place = _adjective_place(view, word.token)
        if text[word.token.end:word.token.end + 8].lstrip(" ,").lower().startswith(_SPEECH_AFTER):
            continue
        for candidate in candidates:
            token, lemma, senses = candidate.token, candidate.lemma, candidate.senses
            verb = lemma.endswith(("mak", "mek"))
            reading, sense = next(((reading, sense) for reading in readings
                                   for sense in [_reversal_of(thesaurus, verb, senses, reading,
                                                              not _mostly_adjective(thesaurus, reading.word)
                                                              and not (adjective_place
                                                                       and thesaurus.synsets(reading.word, "a")),
                                                              candidate.change)]
                                   if sense is not None), (None, None))
            if reading is None or candidate.passive and not reading.negated:
                continue
            if not verb and not candidate.change and not _written_as_modifier(reading, word.token, word.lemma):
                continue  # a verb of change's adjective is also said by an English verb ("widened" for a verb of narrowing's adjective)
            if candidate.change and reading.how == "compound":
                continue  # a compound's first part describes its noun, not the change ("long-haul" fares)
            if reading.how == "degree" and thesaurus.synsets(word.token.text.lower()) \
                    and not _mostly_adjective(thesaurus, word.token.text.lower()) and not _compares(view, word.token):
                continue  # "lower" the verb, "longer" the noun: no comparison
            if verb and reading.how == "word" and _noun_use(view, word.token, word.lemma):
                continue
            # The original's direction is in the English too ("more than 70 percent ... less than 50 metres"), or a word
            # made from its sense ("downward" for down).
            if any(other in senses or _mostly_adjective(thesaurus, other) and _stem_of_sense(other, senses)
                   for position, others in enumerate(english_words) if position != word.token.position
                   for other in others):
                continue
            # Another word of the original says the English word ("kaybettiği yolları buldu": found). An adverb's
            # adjective is asked as the adverb: "slow" may render another word, "slowly" not.
            english = {word.lemma} | ({reading.word} if reading.how in ("word", "degree", "phrasal", "participle")
                                      else set())
            if any(not english.isdisjoint(_said_words(lexicon, other))
                   for orig in view.orig_tokens if not candidate.start <= orig.start <= token.start
                   for other in _other_lemmas(orig.text, lexicon)
                   if not (candidate.nominal and other in _SUPPORT_VERBS
                           and abs(orig.position - token.position) <= _SUPPORT_REACH)) \
                    or any(not english.isdisjoint(_said_words(lexicon, phrase.key)) for phrase in links.phrases
                           if phrase.key != lemma):
                continue  # a multiword sense ("dışişleri": foreign affairs) or entry says it too
            if _anchored_far(links, word.token.position, token.position):
                continue
            if negations is None:
                strong, weak = turkish_negations(context, view)
                negations = ({item.position for item in strong}, {item.position for item in weak})
            strong, weak = negations
            if token.position in weak and not lemma.endswith(tuple(_PRIVATIVE)) \
                    and not _listed_verbal_noun(view.orig_folded[token.position], lemma):
                continue  # a negation that may not be one: the direction cannot be told ("imkânsız" is a word)
            # A negation after the word: değil or yok, or a light verb's ("yasal olmadığını": not legal).
            after = [position for position in (token.position + 1, token.position + 2)
                     if position < len(view.orig_folded) and (negative_predicate(view.orig_folded[position])
                                                              or _light_verb(lexicon, view.orig_folded[position]))]
            if any(position in weak for position in after):
                continue  # "güvenli olmayan": a negation that may not be one
            # A negating prefix (on the English word, or between it and the sense: "legal" / "illegal") answers no noun
            # and no word a negation follows.
            if (reading.negated or _negative_pair(sense, reading.word)) and (candidate.nominal or any(
                    position in strong or position in weak
                    for position in range(token.position + 1, min(token.position + 3, len(view.orig_folded))))):
                continue  # "kurala aykırı" (against the rule): "irregular"; "anlatmakla bitmeyen": "indescribable"
            turkish_negated = token.position in strong or any(position in strong for position in after)
            # "less expensive" is cheap: a lessening word before an adjective turns it round as a negation does.
            lessened = not verb and any(
                view.trans_tokens[position].text.lower() in _LESSENING
                for position in range(max(0, word.token.position - 2), word.token.position))
            # Both negated is still the opposite: "hiç yenilmedi" (never lost) / "failed to win". The English word's
            # own prefix or meaning is in its reading, not a negation of it.
            english_negative = english_negated(context, view, word.token.position, itself=False)
            if turkish_negated != (english_negative != lessened):
                continue
            # Under a negating prefix the original says the English word without it ("non-binding": binding).
            expected = reading.word if reading.negated else sense
            if reading.how == "degree" and " " not in expected:
                expected = _degree_form(expected, word.token.text.lower())  # "highest" for "en düşük": lowest
            found.append(Reversal(token, word.token, lemma, expected, reading.word, candidate.start,
                                  reading.negated))
    return found
