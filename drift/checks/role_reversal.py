"""Roles or comparison turned round: "X'in Y'yi ziyareti" rendered "Y's visit to X", or "than" on the wrong side.

Why it matters: "Gürcistan'ın Ermenistan'a elektrik ihracatı" is Georgia's
exports to Armenia; "Armenia's exports to Georgia" reverses who sells to whom.
"İstanbul'da kayıp Ankara'ya göre daha büyük" is greater in Istanbul than in
Ankara; "greater in Ankara than in Istanbul" says the opposite. Every name
still matches, so neither the name checks nor sentence vectors notice.

Flagged, in an aligned sentence pair:
- basis "genitive": a Turkish name with a genitive ending ("Aksoy'un") and,
  within six words after it with no comma between, a name with an accusative
  or dative ending ("Eren'i", "Ermenistan'a"): the first is the doer of the
  noun that follows ("ziyareti", "ihracatı"), the second its object. The
  English is flagged when it gives the object the possessive ("Eren's") and
  puts the doer after a preposition (to, of, with, on, against, for, from,
  into, toward) further on: "Eren's visit to Aksoy".
  The same pair in a clause ("İtalya'nın Türkiye'ye iade ettiği": that Italy
  returned to Turkey) is flagged when the English names the dative's name
  first, as a subject, and the genitive's after to or into: "Turkey
  returned to Italy".
- basis "agent": a Turkish object in the accusative, read where the ending
  is unambiguous (a name's -(y)I, a -nI after a vowel: "şirketlerini", or a
  plural -lArI right before a verb: "mühendisleri eğiten"; not a clause made
  a noun such as "artmasını"), that the English puts after "by" as the doer:
  "Türk mühendisleri eğiten ekip" rendered "a team trained by Turkish
  engineers". Not when the original has its own agent (tarafından), nor for
  "by" before a figure ("by 5 percent") or an -ing form ("by beating").
  Also a Turkish dative of an active verb ("gönüllülere teşekkür etti": thanked
  the volunteers) that the English makes the agent of that verb made passive
  ("was thanked by the volunteers"), when the word before "by" renders the verb
  that governs the dative; not for a passive or a verb of undergoing ("sele
  maruz kaldı": was hit by the flood).
- basis "comparison": a Turkish standard of comparison, a word with a dative
  ending before "göre" or an ablative ending ("İskenderun'dan",
  "Rusya'nınkinden"), followed by "daha"; the English word after "than"
  (past in, at, the, that of ...) renders a word the Turkish compares
  (one before the standard's phrase, whose modifiers "geçen yılki" and
  genitive owner "Ankara'nın nüfusuna" belong to the standard) and not the
  standard itself, and no word up to
  the next comma renders the standard alone ("than the number of men").
- basis "exchange": two participants of one Turkish sentence (names, or
  words the lexicon links across the pair) whose roles the English exchanged.
  Roles are read on both sides by drift.checks._roles: from Turkish case
  endings and postpositions (nominative subject, accusative object, dative
  goal, ablative source, "-DAn daha" and "-A göre" standard, genitive owner
  or doer, "değil" and "yerine" the alternative turned down) and from English
  prepositions, possessives and the place of a bare phrase before or after its
  verb (a passive subject undergoes). Flagged when neither keeps its role and
  each took the other's: "Kulüp, Sivas'ı yendi" rendered "Sivas beat the
  club"; "Katar'ın Umman'dan alımı" rendered "Oman's purchases from Qatar"; "X'te değil, Y'de" rendered "in X rather than in Y". A voice
  change keeps the roles ("Sivas were beaten by the club") and stays quiet.
  Also when two participants keep their cases but trade the words they
  depend on ("X'in talebi üzerine Y'nin topladığı" rendered "convened by X at
  the request of Y"; "A'da başlayıp B'de bitecek" rendered "start in B and
  end in A"), and when a dative the English verb takes as its object changes
  places with the subject ("Köylüler şirkete dava açtı" rendered "the company
  sued the villagers"), and when the English gives an agent ("şirket
  tarafından") the possession of a genitive ("kiracıların giderlerinin": the
  tenants' costs) that is no owner there ("the tenants cover the company's
  costs").
  The readings know the comitative -(y)lA, a "-ki" pronoun with a case of its
  own ("Kayseri'dekinin iki katı": the standard), light verbs, and the voice
  of the governing verb (a passive with "tarafından" makes its subject the
  one who undergoes; a causative makes its dative the one made to act, an
  English object: "had the clerks read"). A standard moved to another
  participant ("as many in X as in Y" for "Y'dekinin ... katı") and a
  companion made the doer of another verb ("without consulting the
  management" for "yönetimin ... çalışanlarla konuşmadan") are exchanges too.
  The Turkish analyser reads cases the lemmas miss and tells an object from a
  compound's head; governors skip a clause with a genitive subject of its own
  ("heyete kuşların konakladığı gölü gösterdi"); a genitive set off by a comma
  owns the debt at its clause's end ("Birliğin, şirkete borcu var"). English
  "twice that in X" makes X the standard, "told X" and the first of two objects
  ("handed pupils the prizes", "owes X 40 million") make X the one told or
  given to, and a subject is read past an aside ("The firm, for its part,"), a
  relative clause or a phrase of its own ("demand for fish had").
- basis "same-act": one participant whose English verb renders its Turkish
  governor, the one the act is done to in the original (an accusative, a
  dative or an ablative of an active verb that is no causative; the subject
  of a passive with "tarafından") and the subject of that verb in the active
  in the English, at the start of its clause ("firmayı uyardı" rendered "the
  firm warned"); or the doer named by "tarafından" made an object, a
  passive's subject or the one the act is for.
- basis "clause": one participant whose role the clause's reading makes
  certain, turned round where its partner may be unlinked: a nominative that
  opens its sentence set off by a comma or "ise" is the doer of its active verb,
  which the English must not make that verb's object, the one it is for, or
  the subject of its passive with "by" ("Dernek, öğrencilere ödüyor"
  rendered "students pay the association"); a comitative of no verb of meeting
  is the means, not the English subject ("böceklerle besleniyor" rendered
  "insects feed on them"); a relative clause's participle says who acts
  ("Fabrikanın sattığı toptancı" rendered "the wholesaler that supplied the factory";
  "Kooperatifi dava eden çiftçiler" rendered "the farmers whom the cooperative
  sued"). A converse English verb by the antonym table ("sold" for "satın
  aldı") keeps this basis and "same-act" quiet. Session 14: a relative
  clause's noun is also read from the English clause's shape alone (a subject
  of its own or a passive after the noun makes it the one acted on, a verb
  right after "who"/"that" its doer: "the pilot whom she had beaten" for
  "kendisini yenen pilot"), where the English verb renders the participle.
- basis "parties": a two-sided event (lend / borrow, sell / buy, teach / learn,
  beat / lose to, host / visit, give / receive, send, sue, rent, employ; the
  table drift/checks/data/converses.tsv, read by drift.checks._parties) whose
  participants take the other party on the English side, by each side's own
  verb: a converse verb with the participants in the same order ("X,
  Y'den borç aldı" rendered "X lent to Y") or the same verb with them exchanged
  ("X, Y'ye öğretti" rendered "Y taught X"). A participant whose party the
  English keeps (the converse told from the other side: "Y lent X") keeps the
  other bases quiet for it.
- basis "causative": the causer of a Turkish causative with the one made to act
  in the dative ("firma, havluları laboratuvara test ettirdi": the firm had a
  laboratory test the towels) that the English makes the doer of the act
  itself, the subject of an active verb rendering the Turkish one, while the
  English still names the one made to act, not after "by" ("the firm tested
  the towels for a laboratory"). "had ... tested by", "commissioned ... to"
  keep it quiet; a causative the lexicon lists as a verb of its own
  ("göstermek", "öldürmek") is no causative here.
- basis "cause": cause and effect read on both sides (drift.checks._clauses:
  "nedeniyle", "yüzünden", "-DIğI için", "-DAn kaynaklan-", "yol aç-"; "caused
  by", "due to", "because", "led to", "caused") and turned round: the words
  rendering the Turkish cause stand on the English effect's side ("ağaç
  kesiminden kaynaklanıyor" rendered "logging is caused by ...").
- basis "alternative": a Turkish phrase turned down ("denize değil") that the
  English keeps, while "instead of" or "rather than" in the same sentence
  turns down something else: "towards the city instead of the airport"; and
  "X yerine Y" or "X değil Y" (the same ending on both) whose English turns
  down a word rendering Y and none rendering X ("30 minutes instead of 45" for
  "30 dakika yerine 45 dakika"; "by ship, not by plane" for "gemiyle değil
  uçakla").
- basis "order": "önce X, ardından Y" (or "sonra", "daha sonra"; not "X'ten
  önce", not "daha önce") whose English clause with "first" renders Y and not
  X, or whose "then", "later", "afterwards" or "followed by" governs X and not
  Y: "will visit Ardahan first and then Kars" for "önce Kars'ı, ardından
  Ardahan'ı".
Session 12: a "-(y)lA" means the English makes the causer of a change its
doer undergoes (no object, no causative: "yeni kuralla sürenin kısalacağını" /
"the new rule would shorten the time") is no exchange; a genitive that owns its
verb made a noun is that verb's doer ("clause": not the one the act is for).
Names are matched by spelling (drift.text.tokens.name_key) or through the
lexicon ("Gürcistan" = Georgia), other words through the lexicon.
Expected: the original's order.
"""

from __future__ import annotations

import re

from drift.checks import check
from drift.checks._names import is_translation, looks_like_name, pair_views
from drift.checks._roles import Role
from drift.checks.context import BeadView, CheckContext, make_finding, per_text
from drift.model import Category, Language, Severity
from drift.text.fold import fold_case
from drift.text.tokens import Token, name_key

GENITIVE = frozenset("ın in un ün nın nin nun nün".split())
OBJECT = frozenset("ı i u ü yı yi yu yü nı ni nu nü a e ya ye na ne".split())
_REACH = 6
_PREPOSITIONS = frozenset("to of with on against for from into toward towards".split())
_POSSESSIVE = frozenset({"s", ""})
_ABLATIVE_ENDINGS = ("dan", "den", "tan", "ten")
_DATIVE_ENDINGS = ("a", "e", "ya", "ye", "na", "ne")
# Case endings that show a word before the standard is not its modifier ("bu dönemde İskenderun'dan").
_CASE_ENDINGS = ("da", "de", "ta", "te", "dan", "den", "ın", "in", "un", "ün", "ı", "i", "u", "ü")
_THAN_SKIP = frozenset("in at the a an that those of for among on with by it its their did does do was were is are "
                       "had has have".split())
_COMPARED_REACH = 4
_ACCUSATIVE = frozenset("ı i u ü yı yi yu yü nı ni nu nü".split())
_PARTICIPLE = re.compile(r"y?[ae]n(?:l[ae]r)?\w*$")  # eğit-en: who trains
# A clause made a noun ("artmasını": its rising, "yaptığını": that it did) names an event, never an agent.
_VOWEL_N_ENDING = re.compile(r"[aeıioöuü]n[ıiuü]$")
_PLURAL_POSSESSIVE = re.compile(r"l[ae]r[ıi]$")
_NOMINALISED = re.compile(r"(?:m[ae]s[ıi]|[dt][ıiuü]ğ[ıiuü]|[ae]c[ae]ğ[ıi])n[ıiuü]$")
_TOWARD = frozenset("to into toward towards".split())
_ALL_PREPOSITIONS = _PREPOSITIONS | frozenset("by in at from".split())
_THAN_PHRASE = 6
_STANDARD_REACH = 4
_KI = re.compile(r"\w\w(?:ki|kü)$")  # an adjective made with -ki: "yılki", "önceki", "Konya'daki"
# A common noun's genitive: -In after a consonant ("yılın", "şirketlerin"), -nIn after a vowel ("odanın").
_GENITIVE_NOUN = re.compile(r"\w\w(?:[^aeıioöuü\W][ıiuü]n|[aeıioöuü]n[ıiuü]n)$")
_POSSESSED_STANDARD = re.compile(r"(?:[ıiuü]|s[ıiuü])n(?:[ae]|[dt][ae]n)$")  # "fiyatına", "nüfusundan"


def _is_possessive(token: Token) -> bool:
    return token.text.endswith(("'s", "’s", "s'", "s’"))


def _renders(context: CheckContext, turkish: Token, english: Token) -> bool:
    """True when an English word is the Turkish word: the same name, or a lexicon rendering."""
    if looks_like_name(turkish) and looks_like_name(english) and \
            name_key(turkish.stem, Language.TURKISH) == name_key(english.stem, Language.ENGLISH):
        return True
    from drift.lexicon.lemma import english_lemma, turkish_lemmas

    word = english.stem.lower()
    lemma = english_lemma(word, context.resources.lexicon)
    folded = fold_case(turkish.stem, turkish=True)
    keys = [folded] + list(turkish_lemmas(folded, context.resources.lexicon)[:2])
    return any(is_translation(context, key, word) or is_translation(context, key, lemma) for key in keys)


def _genitive_pairs(view: BeadView):
    tokens = view.orig_tokens
    for index, doer in enumerate(tokens):
        if not (looks_like_name(doer) and doer.suffix in GENITIVE):
            continue
        for other in tokens[index + 1:index + 1 + _REACH]:
            if "," in view.orig_folded[other.position] or other.text in (",", ";"):
                break
            if looks_like_name(other) and other.suffix in OBJECT:
                yield doer, other
                break


@per_text  # a bead's reading: kept on its view for a pair checked again
def _reversed_genitive(context: CheckContext, view: BeadView):
    trans = view.trans_tokens
    for doer, done in _genitive_pairs(view):
        owner = next((token for token in trans if _is_possessive(token) and _renders(context, done, token)), None)
        if owner is None:
            continue
        after = trans[owner.position - trans[0].position + 1:]
        for index, token in enumerate(after):
            if _renders(context, doer, token) and not _is_possessive(token) and any(
                    word.text.lower() in _PREPOSITIONS for word in after[:index]):
                yield doer, done, owner, token
                break


@per_text  # a bead's reading: kept on its view for a pair checked again
def _reversed_clause(context: CheckContext, view: BeadView):
    """ "İtalya'nın Türkiye'ye iade ettiği" rendered "Turkey returned to Italy": the recipient made the doer.

    The Turkish pair is a genitive doer and a dative recipient; the English names the recipient first,
    as a subject (no preposition before it), and the doer after "to" or "into", as the recipient.
    """
    trans = view.trans_tokens
    if not trans:
        return
    first = trans[0].position
    for doer, done in _genitive_pairs(view):
        if done.suffix not in _DATIVE_ENDINGS:
            continue
        subject = next((token for token in trans if looks_like_name(token) and _renders(context, done, token)), None)
        if subject is None or _is_possessive(subject) or (
                subject.position > first and trans[subject.position - first - 1].text.lower() in _ALL_PREPOSITIONS):
            continue
        for token in trans[subject.position - first + 1:subject.position - first + 1 + _REACH]:
            if not (looks_like_name(token) and _renders(context, doer, token)):
                continue
            before = [word.text.lower() for word in trans[max(0, token.position - first - 2):token.position - first]]
            if before and (before[-1] in _TOWARD or before[-2:][0] in _TOWARD and before[-1] == "the"):
                yield doer, done, subject, token
            break


@per_text  # a bead's reading: kept on its view for a pair checked again
def _passive_agents(context: CheckContext, view: BeadView):
    """A Turkish object (accusative) that the English makes the agent after "by": "trained by Turkish engineers".

    The accusative is read where it is unambiguous (a name's -(y)I, a -nI after a vowel: "şirketlerini")
    or where a plural -lArI stands right before a verb ("mühendisleri eğiten").
    """
    folded = view.orig_folded
    if "tarafından" in folded:
        return  # the original has an agent phrase of its own
    trans = view.trans_tokens
    if not trans:
        return
    first = trans[0].position
    bys = [token for token in trans if token.text.lower() == "by"]
    if not bys:
        return  # no agent phrase to read: the objects need not be looked for
    objects = [token for token in view.orig_tokens if _accusative(context, view, token)]
    if not objects:
        return
    for by in bys:
        index = by.position - first
        if any(token.has_digit for token in trans[index + 1:index + 4]) or \
                any(token.text.lower().endswith("ing") for token in trans[index + 1:index + 3]):
            continue  # "by 5 percent", "by around 10 percent": a measure; "by beating Mersin": a means
        agent = [token for token in trans[index + 1:index + 4] if token.text.lower() not in _THAN_SKIP][:2]
        for token in agent:
            # The accusative or the word before it in the same noun phrase ("havayolu şirketlerini": airlines).
            done = next((item for item in objects if _renders(context, item, token) or (
                item.position > 0 and _same_phrase(context, view.orig_tokens[item.position - 1], item)
                and _renders(context, view.orig_tokens[item.position - 1], token))), None)
            if done is None:
                continue
            phrase = {done.position, done.position - 1}
            others = [item for item in view.orig_tokens if item.position not in phrase and
                      folded[item.position][:4] != folded[done.position][:4] and _renders(context, item, token)]
            if not others:
                last = agent[-1] if _renders(context, done, agent[-1]) else token
                yield done, by, last
            break


_ENGLISH_BE = frozenset("is are was were be been being".split())
# A verb whose subject undergoes the act although it takes no passive ending: "sele maruz kaldı" (was hit by the
# flood), "saldırıya uğradı" (was attacked); its dative may well follow "by" in the English.
_UNDERGOING = re.compile(r"^(?:maruz|uğra|kal|yakalan|kapıl|yenil|mağlup|hedef)")


@per_text  # a bead's reading: kept on its view for a pair checked again
def _dative_agents(context: CheckContext, view: BeadView):
    """A Turkish dative of an active verb ("gönüllülere teşekkür etti": thanked the volunteers) that the English makes the
    agent of that verb made passive ("was thanked by the volunteers").

    The word before "by" must render the verb that governs the dative, and that verb must be active with its own
    subject: a passive or a verb of undergoing ("maruz kaldı", "uğradı") makes its dative the doer.
    """
    from drift.checks._roles import _PASSIVE_STEM, turkish_readings
    from drift.checks.case_role import governing_verb

    folded = view.orig_folded
    trans = view.trans_tokens
    if "tarafından" in folded or not trans:
        return
    first = trans[0].position
    datives = [view.orig_tokens[position] for position, (head, reading) in turkish_readings(context, view).items()
               if position == head and reading.marker == "dative"]
    for by in (token for token in trans if token.text.lower() == "by"):
        index = by.position - first
        verb = trans[index - 1] if index >= 2 else None
        if verb is None or trans[index - 2].text.lower() not in _ENGLISH_BE | {"get", "got", "gets"}:
            continue
        agent = [token for token in trans[index + 1:index + 4] if token.text.lower() not in _THAN_SKIP][:2]
        for done in datives:
            token = next((item for item in agent if _renders(context, done, item)), None)
            if token is None:
                continue
            governor = governing_verb(context, view, done.position)
            if governor is None or verb.position not in governor.rendered_at:
                continue
            following = folded[done.position + 1:done.position + 4]
            if any(_UNDERGOING.match(word) or _PASSIVE_STEM.search(word) for word in following):
                continue
            yield done, by, token
            return


def _same_phrase(context: CheckContext, previous: Token, token: Token) -> bool:
    """Whether the word before an accusative belongs to its phrase: a modifier, or a given name or title before
    a name ("Nihal Kara'yı"); an unknown name before a name is another person ("Macron Scholz'u")."""
    if not token.suffix or not previous.is_capitalized:
        return True
    from drift.checks.pronoun_gender import given_names
    from drift.lexicon.lemma import turkish_lemmas

    return previous.stem in given_names() or bool(turkish_lemmas(previous.stem, context.resources.lexicon))


def _accusative(context: CheckContext, view: BeadView, token: Token) -> bool:
    word = view.orig_folded[token.position]
    if "'" in token.text:
        return looks_like_name(token) and token.suffix in _ACCUSATIVE
    if len(word) < 5 or not word.isalpha() or _NOMINALISED.search(word):
        return False
    if _VOWEL_N_ENDING.search(word):
        return not _stem_ends_in_n(context, word)
    if _PLURAL_POSSESSIVE.search(word):
        following = view.orig_folded[token.position + 1] if token.position + 1 < len(view.orig_folded) else ""
        gap = context.alignment.orig.text[token.end:view.orig_tokens[token.position + 1].start] if following else ""
        # Set off by a comma, "Gümrük memurları," is a compound's possessive and the subject, not an object.
        return not gap.strip() and _is_verb(context, following)
    return False


def _stem_ends_in_n(context: CheckContext, word: str) -> bool:
    """True when the n of a final -nI is the stem's own ("konfederasyonu" = konfederasyon + u).

    Then the ending is a lone -I, which is as often the possessive of a compound
    ("İşveren Sendikaları Konfederasyonu") as the accusative; a -nI after a
    suffix ("şirketlerini", "takımını") is the accusative.
    """
    from drift.lexicon.lemma import turkish_lemmas

    return any(word == lemma + word[-1] for lemma in turkish_lemmas(word, context.resources.lexicon)[:2])


def _is_verb(context: CheckContext, word: str) -> bool:
    """True when a Turkish word reads as a form of a verb (eğiten: eğitmek), not a noun with an ending."""
    from drift.lexicon.lemma import turkish_lemmas
    from drift.lexicon.morph import starts_verb_form, surface_stems

    for lemma in turkish_lemmas(word, context.resources.lexicon)[:2]:
        if lemma.endswith(("mak", "mek")) and any(
                word.startswith(stem) and (starts_verb_form(word[len(stem):]) or _PARTICIPLE.match(word[len(stem):]))
                for stem in surface_stems(lemma)):
            return True
    return False


def _standards(view: BeadView):
    """Turkish standards of comparison: (index of the standard, its words)."""
    words, tokens = view.orig_folded, view.orig_tokens
    for index, word in enumerate(words):
        follows = words[index + 1:index + 6]
        if "daha" not in follows:
            continue
        stem_end = tokens[index].suffix or word
        dative = index + 1 < len(words) and words[index + 1] == "göre" and stem_end.endswith(_DATIVE_ENDINGS)
        ablative = stem_end.endswith(_ABLATIVE_ENDINGS) and "daha" in words[index + 1:index + 3] and len(word) >= 5
        if dative or ablative:
            yield index


def _standard_phrase(context: CheckContext, view: BeadView, index: int) -> list[Token]:
    """The standard of comparison with the words before it that modify it, which are no thing compared.

    One bare modifier ("sulu tarıma", "vakıf üniversitelerine"); a -ki adjective ("geçen yılki satış fiyatına":
    than last year's purchase price); a genitive owner when the standard carries a possessive ("Ankara'nın
    nüfusuna": than Ankara's population); and a bare word inside such a modifier ("geçen yılki", "geçen yılın").
    """
    words, tokens = view.orig_folded, view.orig_tokens
    text = context.alignment.orig.text
    stem_end = tokens[index].suffix or words[index]
    owned = bool(_POSSESSED_STANDARD.search(fold_case(stem_end, turkish=True)))
    standard = [tokens[index]]
    inner = False  # whether the phrase so far begins with a modifier of its own (a -ki adjective or a genitive)
    for previous in range(index - 1, max(-1, index - 1 - _STANDARD_REACH), -1):
        token, word = tokens[previous], words[previous]
        if text[token.end:standard[0].start].strip() or not word.replace("'", "").replace("’", "").isalpha():
            break
        if _KI.search(word):
            inner = True  # "yılki", "önceki", "Konya'daki"
        elif owned and (token.suffix in GENITIVE or (not token.suffix and _GENITIVE_NOUN.search(word))):
            inner, owned = True, False
        elif (inner or len(standard) == 1) and not word.endswith(_CASE_ENDINGS) and "'" not in token.text:
            inner = False
        else:
            break
        standard.insert(0, token)
    return standard


@per_text  # a bead's reading: kept on its view for a pair checked again
def _reversed_comparison(context: CheckContext, view: BeadView):
    words, tokens = view.orig_folded, view.orig_tokens
    trans = view.trans_tokens
    thans = [token for token in trans if token.text.lower() == "than"]
    if not thans:
        return
    for index in _standards(view):
        standard = _standard_phrase(context, view, index)
        first = standard[0].position
        start = next((i for i in range(first - 1, -1, -1) if tokens[i].text in (".", ";")), -1) + 1
        compared = [token for token in tokens[start:first] if len(words[token.position]) >= 3]
        for than in thans:
            after = trans[than.position - trans[0].position + 1:]
            head = next((token for token in after[:_COMPARED_REACH] if token.text.lower() not in _THAN_SKIP), None)
            if head is None or any(_renders(context, token, head) for token in standard):
                continue
            # "than the number of men": the standard may come a few words on, after the head it shares.
            phrase = _phrase(context, than, after)
            # A word that renders the standard and a compared word alike ("farming" for tarıma and tarımda) proves
            # nothing: the modifiers tell the two apart.
            if any(_renders(context, standard[-1], word) and not any(_renders(context, token, word) for token in compared)
                   for word in phrase):
                continue
            match = next((token for token in compared if _renders(context, token, head)), None)
            if match is not None:
                rendered = next((token for token in trans if any(_renders(context, word, token) for word in standard)),
                                None)
                yield standard, match, than, head, rendered


def _phrase(context: CheckContext, than: Token, after) -> list[Token]:
    """The English words after "than" up to the next comma, semicolon or sentence end, at most a few."""
    text = context.alignment.trans.text
    phrase = []
    for token in after[:_THAN_PHRASE]:
        if any(mark in text[than.end:token.start] for mark in ",;.:"):
            break
        phrase.append(token)
    return phrase


@check("D420", "role-reversal", Category.MISTRANSLATION, Severity.MAJOR)
def role_reversal(context: CheckContext):
    for view in pair_views(context):
        yield from _pair_findings(context, view)


def _pair_findings(context: CheckContext, view: BeadView):
    """The findings of one sentence pair: each basis in turn; an exchange the other bases already show is not repeated."""
    from drift.checks._roles import participants

    from drift.checks._parties import kept_heads, turned_parties

    seen = []
    for finding in _read_findings(context, view):
        seen.append(finding.trans)
        yield finding
    # A participant whose party the English keeps by a converse verb ("Y lent X" for "X, Y'den borç aldı") has
    # the role that verb gives it: no other reading of it is a reversal.
    kept = kept_heads(context, view)
    found = tuple(participant for participant in participants(context, view) if participant.head not in kept)
    for first, second in _exchanged_roles(view, found):
        finding = _exchange_finding(context, view, first, second)
        if not any(span.start < finding.trans.end and finding.trans.start < span.end for span in seen):
            seen.append(finding.trans)
            yield finding
    for participant, marker in _alternative_kept(view, found):
        finding = _alternative_finding(context, view, participant, marker)
        if not any(span.start < finding.trans.end and finding.trans.start < span.end for span in seen):
            seen.append(finding.trans)
            yield finding
    for token, rejected, chosen, at, kept in _alternatives_swapped(context, view):
        finding = _swapped_alternative_finding(context, view, token, rejected, chosen, at, kept)
        if not any(span.start < finding.trans.end and finding.trans.start < span.end for span in seen):
            seen.append(finding.trans)
            yield finding
    for first, later, at, moved in _order_reversed(context, view):
        finding = _order_finding(context, view, first, later, at, moved)
        if not any(span.start < finding.trans.end and finding.trans.start < span.end for span in seen):
            seen.append(finding.trans)
            yield finding
    from drift.checks._clauses import reversed_causes

    for turkish, english in reversed_causes(context, view):
        finding = _cause_finding(context, view, turkish, english)
        if not any(span.start < finding.trans.end and finding.trans.start < span.end for span in seen):
            seen.append(finding.trans)
            yield finding

    for causer, causee in _causers_made_doers(context, view, found):
        finding = _causative_finding(context, view, causer, causee)
        if not any(span.start < finding.trans.end and finding.trans.start < span.end for span in seen):
            seen.append(finding.trans)
            yield finding
    from drift.checks._roles import relative_nouns_turned

    for participle, noun, verb in relative_nouns_turned(context, view):
        finding = _relative_noun_finding(context, view, participle, noun, verb)
        if not any(span.start < finding.trans.end and finding.trans.start < span.end for span in seen):
            seen.append(finding.trans)
            yield finding
    readings = tuple(reading for reading in _same_act_readings(context, view) if reading[0].head not in kept)
    for participant, clause, turned, _ in readings:
        if turned:
            finding = _same_act_finding(context, view, participant, basis="clause", governor=clause)
            if not any(span.start < finding.trans.end and finding.trans.start < span.end for span in seen):
                seen.append(finding.trans)
                yield finding
    for participant, _, _, changed in readings:
        if changed:
            finding = _same_act_finding(context, view, participant)
            if not any(span.start < finding.trans.end and finding.trans.start < span.end for span in seen):
                seen.append(finding.trans)
                yield finding
    # Last, so that the older bases keep the words they show.
    for finding in _parties_findings(context, view, turned_parties(context, view)):
        if not any(span.start < finding.trans.end and finding.trans.start < span.end for span in seen):
            seen.append(finding.trans)
            yield finding


@per_text  # a bead's reading: kept on its view for a pair checked again
def _same_act_readings(context: CheckContext, view: BeadView) -> tuple[tuple, ...]:
    """(participant, the relative clause that turns it, whether its clause turns it, whether the English changed
    it for the same act) for each participant of the bead (drift.checks._roles)."""
    from drift.checks._roles import changed_for_the_same_act, participants, relative_turned, turned_in_clause

    found = participants(context, view)
    tarafindan = "tarafından" in view.orig_folded
    readings = []
    for participant in found:
        clause = relative_turned(context, view, participant)
        turned = bool(clause) or turned_in_clause(context, view, participant, found)
        changed = changed_for_the_same_act(participant, view, context.alignment.trans.text, tarafindan, context)
        readings.append((participant, clause, turned, changed))
    return tuple(readings)


def _read_findings(context: CheckContext, view: BeadView):
    """The findings of the genitive, agent and comparison readings."""
    for doer, done, owner, token in _reversed_genitive(context, view):
        yield make_finding(
            role_reversal, view,
            message=f"In the original {doer.stem} acts on {done.stem} (“{doer.text} … {done.text}”); "
                    f"the English makes {owner.stem} the one who acts.",
            trans=context.trans_span(owner.start, token.end),
            orig=context.orig_span(doer.start, done.end),
            basis="genitive", expected=f"{token.stem}'s … {owner.stem}",
            evidence=f"Turkish genitive {doer.text} (doer), {done.text} (object); English possessive "
                     f"{owner.text}, {token.text} after a preposition",
        )
    for doer, done, subject, token in _reversed_clause(context, view):
        yield make_finding(
            role_reversal, view,
            message=f"In the original {doer.stem} acts and {done.stem} receives (“{doer.text} … {done.text}”); "
                    f"the English makes {subject.stem} the one who acts.",
            trans=context.trans_span(subject.start, token.end),
            orig=context.orig_span(doer.start, done.end),
            basis="genitive", expected=f"{token.stem} … to {subject.stem}",
            evidence=f"Turkish genitive {doer.text} (doer), dative {done.text} (recipient); English "
                     f"{subject.text} first, {token.text} after a preposition of direction",
        )
    for done, by, token in _passive_agents(context, view):
        yield make_finding(
            role_reversal, view,
            message=f"In the original {done.text} is the object (accusative); the English makes "
                    f"“{token.text}” the agent (“by {token.text}”).",
            trans=context.trans_span(by.start, token.end),
            orig=context.orig_span(done.start, done.end),
            basis="agent", expected=f"… {token.text} as the object",
            evidence=f"Turkish accusative {done.text}; English by {token.text} renders it as the doer",
        )
    for done, by, token in _dative_agents(context, view):
        yield make_finding(
            role_reversal, view,
            message=f"In the original the act is done to {done.text} (dative); the English makes "
                    f"“{token.text}” the one who does it (“by {token.text}”).",
            trans=context.trans_span(by.start, token.end),
            orig=context.orig_span(done.start, done.end),
            basis="agent", expected=f"… {token.text} as the one the act is done to",
            evidence=f"Turkish dative {done.text} of an active verb; English passive with by {token.text}",
        )
    for standard, match, than, head, rendered in _reversed_comparison(context, view):
        said = " ".join(token.text for token in standard)
        yield make_finding(
            role_reversal, view,
            message=f"The original compares with “{said}” (the standard), but the English puts "
                    f"“{head.text}” ({match.text}) after “than”: the comparison is turned round.",
            trans=context.trans_span(than.start, head.end),
            orig=context.orig_span(standard[0].start, standard[-1].end),
            basis="comparison", expected=f"than {rendered.stem if rendered else said}",
            evidence=f"Turkish standard {said} (göre / -DAn with daha); English than {head.text} renders "
                     f"{match.text}, one of the things compared",
        )


def _exchanged_roles(view: BeadView, found):
    """Pairs of participants of one Turkish sentence whose roles the English exchanged (drift.checks._roles)."""
    from drift.checks._roles import exchanged

    sentence_of = {}
    for number, sentence in enumerate(view.orig_sentences):
        for token in view.orig_tokens:
            if sentence.start <= token.start < sentence.end:
                sentence_of[token.position] = number
    for index, first in enumerate(found):
        for second in found[index + 1:]:
            if sentence_of.get(first.head) != sentence_of.get(second.head):
                continue
            if exchanged(first, second) and not _means_made_causer(view, first, second) \
                    and not _means_made_causer(view, second, first):
                yield (first, second) if first.trans[0].start < second.trans[0].start else (second, first)


def _means_made_causer(view: BeadView, means, doer) -> bool:
    """Whether the English makes a "-(y)lA" means the causer of a change its doer undergoes: "yeni kuralla süre
    kısalacak" (with the new rule the time will shorten) is "the new rule will shorten the time". The doer's verb
    takes no object (no accusative between the doer and it, no causative): English gives such a verb of change
    its transitive use, the means as subject and the one that changes as object, with no role turned round."""
    from drift.text.morphology import analyses

    if means.orig_reading.marker != "comitative" or means.trans_reading.marker != "subject" \
            or not doer.trans_reading.marker.startswith("object of") or len(doer.orig_reading.governor) != 1:
        return False
    verb = doer.orig_reading.governor[0]
    if verb <= doer.orig[-1].position or verb >= len(view.orig_folded):
        return False
    readings = analyses(view.orig_folded[verb])
    if not readings or not all(item.root_pos == "Verb" and "Caus" not in item.voice for item in readings):
        return False  # a causative ("kısalttığını") has an object of its own; a word not surely a verb tells nothing
    between = range(doer.orig[-1].position + 1, verb)
    return not any(any(item.case == "Acc" for item in analyses(view.orig_folded[position])) for position in between)


_TURNING_DOWN = (("instead", "of"), ("rather", "than"))


def _alternative_kept(view: BeadView, found):
    """A Turkish alternative turned down ("denize değil karaya") that the English keeps while it turns down another.

    The English has "instead of" or "rather than" in the same sentence, but not before the words that render
    the rejected phrase: the choice is turned round ("towards the city instead of the airport").
    """
    trans = view.trans_tokens
    for participant in found:
        if not participant.orig_reading.rejected or participant.trans_reading.rejected:
            continue
        rejecting = participant.orig[-1].position + 1
        if rejecting + 1 >= len(view.orig_tokens) or not _same_sentence(
                view.orig_sentences, view.orig_tokens[rejecting], view.orig_tokens[rejecting + 1]):
            continue  # "değil" ends the sentence: a plain negation, no alternative chosen
        first = participant.trans[0]
        for at in range(len(trans) - 1):
            pair = (trans[at].text.lower(), trans[at + 1].text.lower())
            if pair in _TURNING_DOWN and _same_sentence(view.trans_sentences, first, trans[at]):
                yield participant, (trans[at], trans[at + 1])
                break


def _same_sentence(sentences, first: Token, second: Token) -> bool:
    return any(sentence.start <= first.start < sentence.end and sentence.start <= second.start < sentence.end
               for sentence in sentences)


def _alternative_finding(context: CheckContext, view: BeadView, participant, marker):
    words = " ".join(token.text for token in participant.trans)
    said = " ".join(token.text for token in participant.orig)
    turned = view.orig_tokens[participant.orig[-1].position + 1].text
    start, end = min(participant.trans[0].start, marker[0].start), max(participant.trans[-1].end, marker[1].end)
    return make_finding(
        role_reversal, view,
        message=f"In the original {said} is the alternative turned down (“{said} {turned}”), but the English keeps "
                f"“{words}” and turns down something else (“{marker[0].text} {marker[1].text}”): the choice is "
                f"turned round.",
        trans=context.trans_span(start, end),
        orig=context.orig_span(participant.orig[0].start, view.orig_tokens[participant.orig[-1].position + 1].end),
        basis="alternative", expected=f"… {marker[0].text} {marker[1].text} {words}",
        evidence=f"Turkish {participant.orig_reading.marker} with {turned} on {participant.orig[-1].text}; English "
                 f"{participant.trans_reading.marker} for {words}, “{marker[0].text} {marker[1].text}” elsewhere",
    )


# English words that turn down what follows them: "instead of", "rather than", "in place of", "not" (",
# not by train"; not after an auxiliary, where it negates a verb).
_TURNING_DOWN_WORDS = (("instead", "of"), ("rather", "than"), ("in", "place", "of"), ("not",))
_NEGATED_AFTER = frozenset("is are was were be been do does did will would can could may might shall should must "
                           "has have had".split())
_SCOPE = 5
# Turkish words that end a phrase before "yerine" or "değil" is reached, or begin another after it.
_ORDER_LATER = frozenset("ardından sonra sonrasında akabinde".split())


def _turkish_phrase(view: BeadView, start: int, step: int, text: str) -> list[int]:
    """Up to three Turkish words from `start` going `step` (-1 back, +1 on) without crossing punctuation; going on,
    the phrase ends at its first word with a case ending; going back, before a word with one."""
    from drift.checks._roles import _case_of

    tokens = view.orig_tokens
    found = []
    position = start
    while 0 <= position < len(tokens) and len(found) < 3:
        token = tokens[position]
        neighbour = tokens[position - step] if 0 <= position - step < len(tokens) else None
        if found and neighbour is not None and (text[min(neighbour.end, token.end):max(neighbour.start, token.start)]
                                                .strip(" ")):
            break
        cased = bool(token.suffix) or (view.orig_folded[position].endswith(("dan", "den", "tan", "ten", "la", "le"))
                                       and len(token.text) > 5)
        if step < 0 and found and (cased or _oblique(view.orig_folded[position])):
            break  # "işçilere yevmiye yerine": the dative is another participant, not part of what is turned down
        found.append(position)
        if step > 0 and cased:
            break
        position += step
    return sorted(found)


_OBLIQUE_CASES = frozenset({"Dat", "Loc", "Abl", "Ins", "Acc"})


def _oblique(folded: str) -> bool:
    """Whether the analyser reads a word only with a case that makes it a participant of its own (to, at, from, with
    or the object), never bare: such a word before a phrase is no part of it."""
    from drift.text.morphology import analyses

    found = analyses(folded)
    return bool(found) and all(analysis.case in _OBLIQUE_CASES for analysis in found)


def _rendered(context: CheckContext, view: BeadView, positions) -> set[int]:
    """The English words that render the Turkish words at `positions`; a word the English says twice ("Stadium" in
    "Meşe Stadium instead of Çınar Stadium") tells neither place apart and is left out."""
    links = context.links[view.index]
    found = {trans for position in positions for trans in links.rendered_as.get(position, ())
             if len(links.rendered_as[position]) == 1}
    for phrase in links.phrases:
        if any(token.position in positions for token in phrase.orig_tokens):
            found.update(token.position for token in phrase.rendered_by)
    return found


def _english_scopes(view: BeadView, text: str, markers) -> list[tuple[int, set[int]]]:
    """(position of the marker, the English positions it governs: the words after it up to punctuation or a
    few words) for each marker (a tuple of lower-case words) the English has."""
    trans = view.trans_tokens
    words = [token.text.lower() for token in trans]
    scopes = []
    for at in range(len(trans)):
        for marker in markers:
            if tuple(words[at:at + len(marker)]) != marker:
                continue
            if marker == ("not",) and at > 0 and words[at - 1] in _NEGATED_AFTER | {"n't"}:
                continue
            scope = set()
            for position in range(at + len(marker), min(len(trans), at + len(marker) + _SCOPE)):
                if position > at + len(marker) and any(mark in text[trans[position - 1].end:trans[position].start]
                                                       for mark in ",;.:"):
                    break
                scope.add(position)
            scopes.append((at, scope))
    return scopes


def _harmonised(ending: str) -> str:
    """A Turkish ending with its vowels reduced to the two kinds harmony chooses between: "la" and "le" alike."""
    return ending.translate(str.maketrans("aeıiuü", "AAIIII"))


@per_text  # a bead's reading: kept on its view for a pair checked again
def _alternatives_swapped(context: CheckContext, view: BeadView):
    """ "X yerine Y" (Y instead of X) or "X değil Y" rendered with the English turning down Y and keeping X:
    "60 days instead of 15" for "60 gün yerine 15 gün", "by lorry, not by train" for "kamyonla değil trenle".

    X is the phrase before "yerine" or "değil", Y the one after it (for "değil", with the same ending as X:
    "Bu doğru değil" negates, it offers no alternative). Words both phrases render ("days") tell nothing.
    """
    text, trans_text = context.alignment.orig.text, context.alignment.trans.text
    tokens = view.orig_tokens
    for token in tokens:
        folded = view.orig_folded[token.position]
        if folded not in ("yerine", "değil") or token.position == 0 or token.position + 1 >= len(tokens):
            continue
        after = text[token.end:tokens[token.position + 1].start]
        if any(mark in after for mark in ".;:!?"):
            continue
        rejected = _turkish_phrase(view, token.position - 1, -1, text)
        chosen = _turkish_phrase(view, token.position + 1, +1, text)
        if folded == "değil" and fold_case(tokens[rejected[-1]].suffix or "", turkish=True)[-2:] != \
                fold_case(tokens[chosen[-1]].suffix or "", turkish=True)[-2:]:
            continue
        if folded == "değil" and not tokens[rejected[-1]].suffix and \
                _harmonised(view.orig_folded[rejected[-1]][-2:]) != _harmonised(view.orig_folded[chosen[-1]][-2:]):
            continue  # two phrases in parallel end alike, vowel harmony aside: "kamyonla değil trenle"
        old, new = _rendered(context, view, rejected), _rendered(context, view, chosen)
        old, new = old - new, new - old
        if not old or not new:
            continue
        for at, scope in _english_scopes(view, trans_text, _TURNING_DOWN_WORDS):
            if scope & new and not scope & old and any(position not in scope for position in old):
                yield token, rejected, chosen, at, scope & new
                break


@per_text  # a bead's reading: kept on its view for a pair checked again
def _order_reversed(context: CheckContext, view: BeadView):
    """ "önce X, ardından Y" (first X, then Y) rendered with Y first: "first at Trabzon and then at Samsun".

    "önce" counts when no ablative stands before it ("X'ten önce" is before X) and "daha" does not ("daha önce":
    earlier). The English "first" must share its clause with a word rendering Y and none rendering X; or
    "then", "later", "afterwards" or "followed by" must govern a word rendering X and none rendering Y.
    """
    text, trans_text = context.alignment.orig.text, context.alignment.trans.text
    tokens, folded = view.orig_tokens, view.orig_folded
    for token in tokens:
        if folded[token.position] != "önce":
            continue
        previous = folded[token.position - 1] if token.position else ""
        if previous == "daha" or (token.position and (tokens[token.position - 1].suffix or previous.endswith(
                ("dan", "den", "tan", "ten"))) and not text[tokens[token.position - 1].end:token.start].strip()):
            continue
        later = next((other.position for other in tokens[token.position + 1:]
                      if folded[other.position] in _ORDER_LATER and not folded[other.position - 1].endswith(
                          ("dan", "den", "tan", "ten"))), None)
        if later is None:
            continue
        sentence_end = next((sentence.end for sentence in view.orig_sentences if sentence.end > token.start), None)
        first_words = range(token.position + 1, later)
        then_words = [other.position for other in tokens[later + 1:] if sentence_end is None
                      or other.start < sentence_end]
        old, new = _rendered(context, view, first_words), _rendered(context, view, then_words)
        old, new = old - new, new - old
        if not old and not new:
            continue
        for at, scope in _clause_scopes(view, trans_text, ("first", "firstly")):
            if scope & new and not scope & old:
                yield token, tokens[later], at, scope & new
                return
        for at, scope in _english_scopes(view, trans_text, (("then",), ("later",), ("afterwards",), ("followed", "by"),
                                                             ("after", "that"))):
            if scope & old and not scope & new:
                yield token, tokens[later], at, scope & old
                return


_CLAUSE_BOUNDARIES = frozenset("and then but while before after".split())


def _clause_scopes(view: BeadView, text: str, markers) -> list[tuple[int, set[int]]]:
    """(position of the marker, the positions of its clause: back and on up to punctuation, "and" or "then")."""
    trans = view.trans_tokens
    scopes = []
    for at, token in enumerate(trans):
        if token.text.lower() not in markers:
            continue
        scope = {at}
        for step in (-1, 1):
            position = at
            while 0 <= position + step < len(trans):
                left, right = sorted((trans[position], trans[position + step]), key=lambda item: item.start)
                if any(mark in text[left.end:right.start] for mark in ",;.:") \
                        or trans[position + step].text.lower() in _CLAUSE_BOUNDARIES:
                    break
                position += step
                scope.add(position)
        scopes.append((at, scope))
    return scopes


def _swapped_alternative_finding(context: CheckContext, view: BeadView, token, rejected, chosen, at, kept):
    trans = view.trans_tokens
    tokens = view.orig_tokens
    turned = " ".join(tokens[position].text for position in rejected)
    taken = " ".join(tokens[position].text for position in chosen)
    english = " ".join(trans[position].text for position in sorted(kept))
    span = [trans[at]] + [trans[position] for position in kept]
    return make_finding(
        role_reversal, view,
        message=f"The original turns down “{turned}” and keeps “{taken}” (“{token.text}”), but the English turns "
                f"down “{english}”: the choice is turned round.",
        trans=context.trans_span(min(item.start for item in span), max(item.end for item in span)),
        orig=context.orig_span(tokens[rejected[0]].start, tokens[chosen[-1]].end),
        basis="alternative", expected=f"{english} … {trans[at].text} {turned}",
        evidence=f"Turkish “{turned} {token.text} {taken}”; English “{trans[at].text} …” before {english}, "
                 f"which renders {taken}",
    )


def _order_finding(context: CheckContext, view: BeadView, first, later, at, moved):
    trans = view.trans_tokens
    english = " ".join(trans[position].text for position in sorted(moved))
    span = [trans[at]] + [trans[position] for position in moved]
    return make_finding(
        role_reversal, view,
        message=f"The original gives the order with “{first.text} … {later.text}” (first … then), but the English "
                f"puts “{english}” on the other side of “{trans[at].text}”: the order is turned round.",
        trans=context.trans_span(min(item.start for item in span), max(item.end for item in span)),
        orig=context.orig_span(first.start, later.end),
        basis="order", expected="the original's order",
        evidence=f"Turkish {first.text} … {later.text}; English {trans[at].text} with {english}",
    )


def _cause_finding(context: CheckContext, view: BeadView, turkish, english):
    orig, trans = view.orig_tokens, view.trans_tokens
    cause = " ".join(orig[position].text for position in sorted(turkish.cause))
    marker = " ".join(orig[position].text for position in turkish.marker)
    english_cause = " ".join(trans[position].text for position in sorted(english.cause))
    english_marker = " ".join(trans[position].text for position in english.marker)
    english_effect = " ".join(trans[position].text for position in sorted(english.effect))
    every = sorted(english.cause | english.effect | set(english.marker))
    turkish_every = sorted(turkish.cause | turkish.effect | set(turkish.marker))
    return make_finding(
        role_reversal, view,
        message=f"In the original “{cause}” is the cause (“{marker}”); the English makes it the effect: "
                f"“{english_effect}” … “{english_marker}” … “{english_cause}”.",
        trans=context.trans_span(trans[every[0]].start, trans[every[-1]].end),
        orig=context.orig_span(orig[turkish_every[0]].start, orig[turkish_every[-1]].end),
        basis="cause", expected=f"cause and effect the other way round: “{english_cause}” as the effect",
        evidence=f"Turkish cause “{cause}” marked by {marker}; English {english_marker} with the words that "
                 f"render it on the effect's side",
    )


def _same_act_finding(context: CheckContext, view: BeadView, participant, basis: str = "same-act",
                      governor: tuple[int, ...] = ()):
    """A finding on one participant's role turned round; `governor`: the Turkish words of its act, when they are
    not its reading's governor (a relative clause's participle and noun)."""
    orig, trans = participant.orig_reading, participant.trans_reading
    words = " ".join(token.text for token in participant.trans)
    said = " ".join(token.text for token in participant.orig)
    verb = " ".join(view.orig_tokens[position].text for position in governor or orig.governor)
    english_verb = " ".join(view.trans_tokens[position].text for position in trans.governor)
    tokens = participant.trans + tuple(view.trans_tokens[position] for position in trans.governor)
    undergoes = Role.AGENT not in orig.roles
    voice = "passive " if orig.voice == "passive" else ""
    return make_finding(
        role_reversal, view,
        message=f"In the original {said} is the {_describe(orig)} of “{verb}” ({voice}{orig.marker}); the English "
                f"makes “{words}” the {'one who does it' if undergoes else 'one it is done to'} "
                f"(“{english_verb}”, {trans.marker}).",
        trans=context.trans_span(min(token.start for token in tokens), max(token.end for token in tokens)),
        orig=context.orig_span(participant.orig[0].start, participant.orig[-1].end),
        basis=basis, expected=f"{words} as the {_describe(orig)} of “{english_verb}”",
        evidence=f"Turkish {voice}{orig.marker} on {participant.orig[-1].text}, governed by {verb}; English "
                 f"{trans.marker} for {words}, whose verb renders it",
    )


def _parties_findings(context: CheckContext, view: BeadView, turned):
    """One finding per two-sided event whose participants the English gave the other party."""
    by_event: dict[tuple[int, ...], list] = {}
    for party in turned:
        by_event.setdefault(party.governor, []).append(party)
    found = {participant.head: participant for participant in _participants(context, view)}
    for governor, event in by_event.items():
        members = [found[party.head] for party in event if party.head in found]
        if not members:
            continue
        # The span takes the English verb too: the participant is where the English put it, the verb what turned it.
        tokens = [token for member in members for token in member.trans] + [
            view.trans_tokens[position] for member in members for position in member.trans_reading.governor]
        orig_tokens = [token for member in members for token in member.orig] + [
            view.orig_tokens[position] for position in governor]
        verb = " ".join(view.orig_tokens[position].text for position in governor)
        english_verb = " ".join(dict.fromkeys(view.trans_tokens[position].text for member in members
                                              for position in member.trans_reading.governor))
        said = "; ".join(f"{' '.join(t.text for t in member.orig)} is party {party.orig} in the original "
                         f"({party.orig_marker}), {' '.join(t.text for t in member.trans)} party {party.trans} "
                         f"in the English ({party.trans_marker})" for party, member in zip(event, members))
        family = event[0].family
        yield make_finding(
            role_reversal, view,
            message=f"The English turns the {family} event round: {said}.",
            trans=context.trans_span(min(token.start for token in tokens), max(token.end for token in tokens)),
            orig=context.orig_span(min(token.start for token in orig_tokens), max(token.end for token in orig_tokens)),
            basis="parties", expected=f"“{english_verb}” with the parties of “{verb}” kept",
            evidence=f"converse table ({family}): Turkish “{verb}” and English “{english_verb}” name the parties "
                     f"by their cases and prepositions",
        )


# English verbs that make another act ("made the players train", "had the firm build", "got them to sign").
_CAUSING_VERBS = frozenset("make makes made making have has had having get gets got getting let lets letting "
                           "cause causes caused force forces forced ask asks asked order orders ordered commission "
                           "commissions commissioned require requires required".split())


def _lower_word(view: BeadView, position: int) -> str:
    return view.trans_tokens[position].text.lower() if 0 <= position < len(view.trans_tokens) else ""


def _own_entry_renders(context: CheckContext, view: BeadView, verb: int, english: tuple[int, ...]) -> bool:
    """Whether the lexicon's entry for the longest stem of the Turkish verb form (the causative with its suffix when
    the lexicon lists it: "anlatmak", "okutmak") gives the English verb as one of its first senses."""
    from drift.checks._roles import _base_forms
    from drift.lexicon.morph import parses_as

    folded = view.orig_folded[verb]
    forms = {form for position in english for form in _base_forms(_lower_word(view, position))}
    for cut in range(len(folded), 1, -1):
        stem = folded[:cut]
        vowels = [char for char in stem if char in "aeıioöuü"]
        if not vowels:
            break
        senses = context.resources.lexicon.senses(stem + ("mak" if vowels[-1] in "aıou" else "mek"))
        if senses:
            suffix = _CAUSATIVE_SUFFIX.match(folded, cut)
            rest = folded[suffix.end():] if suffix else ""
            if suffix and len(rest) >= 2 and parses_as(rest, verbal=True):
                return False  # the entry is the base ("hazırlamak" for "hazırlattı"): the causative is grammar
            return bool(forms & set(senses[:12]))
    return False


_CAUSATIVE_SUFFIX = re.compile(r"(?:[dt][ıiuü]r|t)")


def _causers_made_doers(context: CheckContext, view: BeadView, found):
    """(causer, the Turkish words of the one made to act) for each causative whose causer the English makes the doer
    of the act itself while it names the one made to act elsewhere than after "by"."""
    from drift.checks._roles import turkish_readings

    readings = turkish_readings(context, view)
    rendered_as = context.links[view.index].rendered_as
    for participant in found:
        orig, trans = participant.orig_reading, participant.trans_reading
        if orig.voice != "causative" or orig.marker != "nominative" or trans.marker != "subject" \
                or trans.roles != {Role.AGENT} or not set(orig.governor) & participant.trans_governs_by_sense:
            continue
        if any(_lower_word(view, position) in _CAUSING_VERBS for position in trans.governor):
            continue  # "will make the players train", "had a firm build it": the English keeps the causative
        if _own_entry_renders(context, view, orig.governor[-1], trans.governor):
            continue  # "anlattı" (anlatmak: explain) is a verb of its own, whatever its derivation
        causees = sorted(position for position, (head, reading) in readings.items()
                         if reading.marker == "dative" and reading.voice == "causative"
                         and reading.governor == orig.governor)
        english = [trans_position for position in causees for trans_position in rendered_as.get(position, ())]
        if not english or any(position > 0 and view.trans_tokens[position - 1].text.lower() == "by"
                              or position in trans.governor for position in english):
            continue
        # The one made to act must come after the English verb: before it, it may be the subject of a helper
        # ("the laboratory was asked to test").
        if min(english) < min(trans.governor, default=0):
            continue
        yield participant, tuple(view.orig_tokens[position] for position in causees)


def _causative_finding(context: CheckContext, view: BeadView, causer, causee):
    words = " ".join(token.text for token in causer.trans)
    english_verb = " ".join(view.trans_tokens[position].text for position in causer.trans_reading.governor)
    verb = " ".join(view.orig_tokens[position].text for position in causer.orig_reading.governor)
    made = " ".join(token.text for token in causee)
    tokens = causer.trans + tuple(view.trans_tokens[position] for position in causer.trans_reading.governor)
    orig_tokens = causer.orig + tuple(causee)
    return make_finding(
        role_reversal, view,
        message=f"In the original {' '.join(t.text for t in causer.orig)} has {made} do it (“{verb}”, causative); "
                f"the English makes “{words}” do it itself (“{english_verb}”).",
        trans=context.trans_span(min(t.start for t in tokens), max(t.end for t in tokens)),
        orig=context.orig_span(min(t.start for t in orig_tokens), max(t.end for t in orig_tokens)),
        basis="causative", expected=f"{words} had {made} … “{english_verb}”",
        evidence=f"Turkish causative {verb} with the one made to act in the dative ({made}); English active "
                 f"{english_verb} with {words} as its subject",
    )


def _relative_noun_finding(context: CheckContext, view: BeadView, participle: int, noun: int, verb: tuple[int, ...]):
    turkish = view.orig_tokens[participle]
    english = view.trans_tokens[noun]
    english_verb = view.trans_tokens[verb[-1]]
    from drift.checks._roles import _participle_kind

    doer = _participle_kind(view.orig_folded[participle]) == "subject"
    return make_finding(
        role_reversal, view,
        message=f"In the original the relative clause “{turkish.text}” makes the noun after it the "
                f"{'one who acts' if doer else 'one acted on'}; the English makes “{english.text}” the "
                f"{'one acted on' if doer else 'one who acts'} (“{english_verb.text}”).",
        trans=context.trans_span(english.start, english_verb.end),
        orig=context.orig_span(turkish.start, turkish.end),
        basis="clause", expected=f"{english.text} as the {'doer' if doer else 'one acted on'} of “{english_verb.text}”",
        evidence=f"Turkish participle {turkish.text} (-(y)An: the noun acts; -DIK: the noun is acted on); English "
                 f"relative clause after {english.text}",
    )


def _participants(context: CheckContext, view: BeadView):
    from drift.checks._roles import participants

    return participants(context, view)


def _describe(reading) -> str:
    if reading.rejected and not reading.roles:
        return "the alternative turned down"
    roles = " or ".join(sorted(role.value for role in reading.roles))
    return roles + (", turned down" if reading.rejected else "")


def _exchange_finding(context: CheckContext, view: BeadView, first, second):
    from drift.checks._roles import governors_traded

    first_words = " ".join(token.text for token in first.trans)
    second_words = " ".join(token.text for token in second.trans)
    orig_tokens = first.orig + second.orig
    first_orig, second_orig = " ".join(t.text for t in first.orig), " ".join(t.text for t in second.orig)
    if governors_traded(first, second):
        # The two keep their case but trade what they depend on: "X'in talebi üzerine Y'nin topladığı".
        first_governor = " ".join(view.orig_tokens[position].text for position in first.orig_reading.governor)
        second_governor = " ".join(view.orig_tokens[position].text for position in second.orig_reading.governor)
        said = (f"in the original {first_orig} goes with “{first_governor}” and {second_orig} with "
                f"“{second_governor}”; the English gives each the other's")
    else:
        said = (f"in the original {first_orig} is the {_describe(first.orig_reading)} and "
                f"{second_orig} the {_describe(second.orig_reading)}")
    return make_finding(
        role_reversal, view,
        message=f"The English exchanges the roles of “{first_words}” and “{second_words}”: {said}.",
        trans=context.trans_span(first.trans[0].start, second.trans[-1].end),
        orig=context.orig_span(min(t.start for t in orig_tokens), max(t.end for t in orig_tokens)),
        basis="exchange", expected=f"{second_words} … {first_words}",
        evidence=f"Turkish {first.orig_reading.marker} on {first.orig[-1].text}, {second.orig_reading.marker} on "
                 f"{second.orig[-1].text}; English {first.trans_reading.marker} for {first_words}, "
                 f"{second.trans_reading.marker} for {second_words}",
    )
