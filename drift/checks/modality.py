"""Hedge lost: the original reports, estimates, allows or requires; the English states a fact, or the reverse.

Why it matters: "iddiaya göre" (reportedly) dropped turns an allegation into
a fact a newspaper vouches for; "olabilir" (may) rendered "will", "yaklaşık"
(about) rendered "exactly" and "-e kadar" (up to, until) rendered "from"
overstate what the source said; "açılacağını duyurdu" (announced it will
open) rendered "could open" understates it. Sentence vectors barely register
a hedge.

Each aligned sentence pair is read for the modality of its clauses, by
grammatical class of marker, not by sentence form. The Turkish classes:
possibility (-(y)AbIlIr, -(y)AbIlecEk, -mIş olabilir, olası, muhtemel,
mümkün, belki); belief and expectation (a clause made a noun under a passive
verb of belief: düşünülüyor, sanılıyor, bekleniyor, öngörülüyor,
değerlendiriliyor, tahmin ediliyor; and their participles: "olduğu tahmin
edilen"); report and claim (iddiaya göre, iddia et-/edil-, ileri sür-, öne
sür-); fear and warning (endişe, kaygı, korku, uyarı); necessity (-mAlI,
-mAsI gerekiyor, zorunda, şart); certainty (kesinlikle, mutlaka, kuşkusuz)
and the future -(y)AcAk; confirmation (doğrula-, teyit et-, kanıtla-). The
English classes: modals of possibility (may, might, could, can, would
outside reported speech), words of belief, expectation and report (thought,
expected, estimated, reportedly, alleged, said ...), certainty (will, "is
certain", "is set to", "bound to", certainly), factive verbs (confirm, show,
prove, reveal, demonstrate, establish) and claims (claim, allege, argue).
Flagged, by basis:
- "reported": a report or passive claim (iddiaya göre, iddia edildi, öne /
  ileri sürüldü) where the English has no reporting word. The finding covers
  the English sentence, which now states the claim as fact.
- "claimed": a claim (iddia etti, ileri sürdü, öne sürüyor) rendered by a
  factive verb ("confirmed", "have shown") with no claim word, where the
  Turkish has no verb of confirming itself.
- "confirmed": the reverse, a confirmation (doğruladı, teyit etti) rendered
  as a claim ("claimed", "alleged") with no factive verb.
- "belief": a clause under a verb of belief or expectation ("kaçırıldığı
  düşünülüyor": is thought to have been smuggled) where the English has no
  word of belief, expectation, estimate, possibility or report, or fewer of
  them than the Turkish has hedges ("olduğu tahmin edilen bir grup tarafından
  düzenlendiği değerlendiriliyor" rendered with one "thought"). The finding
  points at the English verb where the lexicon finds it.
- "possible": a possibility (not -(y)AbIlmek, which names an ability or a
  purpose; nor a -(y)Abil verb where the English says it is allowed or
  permitted, since -(y)Abil says can as well as may). Where the lexicon finds the English verb of the Turkish one
  (aşabileceğini -> exceed), that verb is read: flagged when no may, might,
  could, can ... stands in the four words before it and will, certainly, a
  certainty phrase ("are set to"), a finished form (has been, was) or a
  "would" of reported speech does, or, for a main-clause -(y)AbIlIr, when
  the verb is a plain statement ("is postponed") in a sentence with no
  hedge. Otherwise the sentence is read: flagged when the English has no
  possibility word and has a certainty ("will", "it is certain that", "would"
  after a verb of saying when the Turkish reports someone's words:
  "artırabileceği uyarısında bulundu" / "warned that it would drive up"), a
  present perfect for a main-clause -(y)AbIlIr ("has been moved"), a plain
  past for "-mIş olabilir", a plain "is" for "olabilir", or, for a possibility
  someone says or thinks ("bağlantılı olabileceğini söyledi"), no hedge of any
  kind (may, suggest, believe, reportedly, if ...).
- "weakened": a future or certainty the Turkish states as settled, in a
  sentence with no possibility, ability, belief or claim of its own, rendered
  with may, might or could (not "could not"): before the English verb of the
  Turkish future ("artırılacağını duyurdu" / "could be increased"), or
  anywhere in the sentence for a future that ends the sentence or is said or
  announced, and for kesinlikle, mutlaka, kuşkusuz.
- "prospect": a future or possibility someone fears, warns of or says
  ("olumsuz etkileyeceği endişesini dile getirdi") rendered as a finished
  event ("had hurt") in an English sentence with no word of the future,
  possibility or fear (will, would, could, expect, fear, warn, next ...),
  unless the English also moved a relative time (D303 reports that).
- "necessity": a necessity rendered with "will" and no must, should, need,
  have to or required ("değiştirilmeli" / "will be changed").
- "approximate": yaklaşık, civarında, tahminen, aşağı yukarı, takriben;
  flagged when the English says exactly or precisely, or gives the figure as
  a counted total ("a total of 24,000" for "tahminen 24 bin") with no about,
  some, around or estimated. A plain figure is not flagged: published
  translations drop "yaklaşık" often enough that it would be a false alarm.
- "limit": a number or date with -(y)A kadar ("yüzde 40'a kadar", "20 Mart'a
  kadar"; not "15 dakika kadar", about 15 minutes, whose noun has no dative);
  flagged when the English gives that number after "from", or with none of
  up to, until, till, to, through, at most, as many (much, high, low ...) as,
  no more than, maximum, within, before, a cap or limit shortly before it.
- "alleged": a clause that is the content of an accusation noun ("fiyatı
  artırdığı iddiasıyla": alleging that it raised the price; "vermediği
  suçlamasıyla", "kaçırdığı şüphesiyle") where the English has no word of
  accusation, claim, suspicion, report or denial (allege, claim, accuse, suspect,
  deny, reportedly ...). "said" is none: it is usually the speaker's own verb.
- "planned": a clause made a noun (-mAsI, -mAyI) under a verb of planning or
  aiming, passive or active, finite or made a clause itself ("hizmete açılması
  hedefleniyor": is meant to open; "açmayı planlıyor": plans to open;
  "bitirilmesinin planlandığını": that it is planned to be finished), rendered
  with will or a finished form ("had been finished", "has opened") and no word
  of plan, aim, intention, schedule, expectation, belief or possibility.
- "requested": a clause made a noun (-mAsInI, -mAlArInI) under a verb of asking
  ("beklemelerini istedi": asked them to wait; "rica etti", "talep etti",
  "çağrısında bulundu"), rendered with must, have to, "are required" or
  "obliged" and no ask, urge, call, request, want, tell ..., where the original
  has no necessity of its own (-mAlI, gerek, zorunda).
"reported" also reads a clause made a noun under a passive verb of reporting
or learning ("yakaladığı bildirildi": it was reported that it caught; "kaçtığı
öğrenildi"); its finding points at the English verb of the clause and is
minor, since Turkish news passes an official statement on that way and a
faithful English often leaves it out. A "would"
after claimed, asserted, maintained or contended is reported speech, as after
said.
A verb made with the noun before it ("neden olabileceği": neden olmak, cause;
"yol açabilir": yol açmak, lead to; "zarar verebilir": harm) is read as the
compound the lexicon lists, so its English verb is found and "has caused" read
as a finished form.
The evidential -mIş alone ("açılmış": was reportedly opened) is not read: in
news it is as often a plain past perfect, and flagging it raises false alarms.
- "degree": where no basis above reports the sentence, the degree each side
  states, the Turkish read by the morphological analyser (drift.text.morphology):
  a necessity (-mAlI, "-mAsI gerekiyor / gerektiğini", "-mAk zorunda", "-mAsI
  şart / zorunlu"; not a negated one, "gerekmiyor", which "can" renders), a
  possibility (a finite -(y)AbIlIr or a -(y)AbIlecEğInI clause, negated or not:
  "yetmeyebilir", may not; muhtemelen, belki, olası), a hope (ummak, dilemek,
  ümit / umut / temenni etmek) or a plan under consideration (a -mA / -mAk clause
  before düşünmek, planlamak, değerlendirmek, tartışmak, hedeflemek: "kapatmayı
  düşünüyor"). An English word of the same degree keeps it (must, have to,
  required; may, could, probably, able; hope, wish, expect; consider, plan,
  discuss); with none, flagged when the English states a degree of its own: a
  certainty (will, know, sure, decided, a "would" after a verb of saying), a thing
  done ("have been introduced"), or, against a necessity, an option (may, can,
  allowed, encouraged, able): "yapılması gerektiğini" / "may be made";
  "kapatmayı düşünüyor" / "have decided to close"; "umuyoruz" / "we know".
  A necessity inside a participle that describes a noun ("tutulmasını zorunlu
  kılan düzenlemeler", "yapılması gereken işler") is that noun's, not the
  sentence's, and a necessity noun in an adverbial case ("şartıyla") is none.
- "condition" (session 10): a Turkish condition read by the analyser (a verb
  in the conditional mood, -sA, not "-sA da", "ise" alone or a second person,
  "isterseniz"; eğer, şayet;
  halinde, takdirde, durumunda, şartıyla, koşuluyla, kaydıyla, sürece after a
  verb made a noun) where the English has no word of condition (if, unless,
  provided, should, once, when ...) and a reason or sequence that makes it a
  fact: "now that", because, since, "given that", after, following.
- "hedge-adverb" (session 10), read where neither "degree" nor any basis above
  reports the sentence: a hedging adverb (muhtemelen, belki, galiba, herhalde,
  anlaşılan, "büyük ihtimalle / olasılıkla") where the English keeps
  no hedge of any kind; the finding points at the English verb of the clause
  where the lexicon finds it ("muhtemelen aynı sürüye ait" / "belong").
"Once", "when" and "as soon as" keep a condition of what generally
happens, but against one whose sentence goes on to a single future event (a
-(y)AcAk verb after it: "izin verirse açılacak") they take the event for granted
and are flagged under "condition"; "zorunda kalacak" (will have to) is a
necessity for "degree", and "able" an option against it.
- "estimate" (minor): a figure the original gives as an estimate or
  forecast ("tahminen yedi", "tahmini", "tahmin edilen", "öngörülen", "beklenen"
  up to four words before it, none in an oblique case) that the English gives as
  a plain figure, with no estimated, about, projected, expected, likely, will or
  other word of one; "yaklaşık" dropped is left alone.
Session 12: "condition" also takes "as" opening a clause ("As the rents fall, ...";
not "as a result", "as well", "as of", "as expected" ...) and a fronted "with"
phrase set off by a comma ("With the permit granted, ...") as the condition told
as a circumstance, only (like "once" and "when") against a single event to come
or expected after it (a -(y)AcAk verb, or "bekleniyor", "öngörülüyor" ...).
"alleged" also reads a clause under a passive participle of claiming ("sahte
olduğu iddia edilen", "yaptığı öne / ileri sürülen": said to be, alleged to)
stated as fact where the English has a reporting verb of the speaker's ("experts
say") but no allege, claim, suspect, reportedly or other word of allegation.
- "done" (session 12): a plain past of the original ("kısalttı": shortened; a
  finite -DI, no evidential, no negation, no verb of saying) told in the English
  as a prospect or a possibility ("is expected to shorten", "is likely to win",
  "could increase", "may"; not "could not" or "could be", a past inability or a
  past passive; a plain "will" or "is due to" changes the time, the time checks'
  business), where the Turkish sentence states no future,
  possibility, ability, belief, plan, necessity, condition, estimate or claim of
  its own that the English words might render.
Session 13: "status": an event the original leaves to come under the verb that
  governs it (read by the analyser): a clause made a noun (-mA, -mAk) before a verb
  of asking, proposing, planning or study ("kurulmasını önerdi", "genişletmeyi
  planlıyor", "açılmasını değerlendiriyor", "gönderilmesini istedi", "talep etti",
  "tavsiye etti", "çağrısında bulundu") or of need ("ödemeleri gerekiyor",
  "onaylaması zorunlu"), or a plain noun asked for or proposed ("izin istedi"),
  where the English has no verb of asking, proposing, planning, study or need, no
  modal and no "is to" / "is set to", and tells the event as done ("bought", "has
  opened"), under way ("is being built", "is adding"), a habit ("Students return",
  "do not keep"), or met and decided (received, got, won, ordered, decided, set).
  A verb of asking that is negated ("istemedi") or describes a noun ("önerdiği plan")
  governs nothing; a noun made of a verb ("görüşmeyi": the meeting) is no clause. A
  thing asked for or proposed that the English makes an obligation (required, must,
  compulsory, ordered) with no verb of asking is a minor "status" finding, a noun
  asked for ("pasaport isteniyor" / "are required") as well as a clause.
  "hearsay": the evidential -(y)mIş after a tense or a mood, or on a
  noun ("saklıyormuş", "kapanacakmış", "gelirmiş", "yokmuş": reportedly), of a
  third person and not before gibi or diye, where the English sentence has no
  reporting verb or word of hearsay (said, reportedly, apparently, seems, word,
  accounts, rumour ...) and the English sentence before it in the paragraph names
  no speaker ("The guide said ..."), whose account a translator may go on telling
  without the frame; the bare -mIş past ("açılmış") and its negation ("uygulanmamış")
  are still not read. "done" also takes a governor that leaves the past event to
  come: "plans to repaint", "wants to gather", "is considering hiring". "reported"
  also takes "söyleniyor" / "söylenmekte" (it is said) and "rivayet edil-".
Session 14: "frame", read last where no basis above and neither "degree" nor "status" reports the sentence: the
  modal frame each side puts the event under, read from a table of cues (drift/checks/data/modal_frames.tsv, by
  drift/checks/_frames.py: Turkish by the analyser, English by patterns): a condition (a conditional right after a
  tense, "giderse" in any reading; -mAsI halinde, -DIğI takdirde), an open question ("kapanıp kapanmadığı", "olup
  olmayacağı"), a ban (yasak, yasakla-, men et-, a negated "izin ver-"), a permission (izin ver-, serbest after a
  clause), a denial (yalanla-, reddet-, inkâr et-), an intention (niyetinde, niyetli), a necessity, an ability and a
  confirmation. Each frame has keepers, the English frames that render it ("if" keeps a question, "can" a
  permission); with none, flagged when the English states an opposite frame the original does not (a ban as a
  permission, advice or a restriction: "discouraged", "limited"; a permission as a ban or a duty: "required"; a
  denial as a confirmation; must as may), or, for a condition, a question, a ban, a permission, a denial or an
  intention, when nothing takes its place (the event stated as plain fact: "how" for "whether", "addressed the
  claims" for "iddiaları yalanladı"). Against an opposite only an English cue that states the frame keeps it
  ("with the board's approval" renders "onayıyla", not an "izin verilecek" made "required"). An English ban or permission stated of the subject ("are banned", "is only permitted") where the
  original has no frame and no negation is flagged as added.
Expected: the English modality of the original.
"""

from __future__ import annotations

import re

from drift.checks import check
from drift.checks._names import pair_views
from drift.checks.context import BeadView, CheckContext, make_finding, per_text
from drift.model import Category, Severity

_REPORTED = re.compile(
    r"\b(?:iddiaya göre|iddiasına göre|iddialarına göre|söylentiye göre|söylentilere göre|rivayete göre|"
    r"iddia edil\w*|öne sürül\w*|ileri sürül\w*|"
    # "söyleniyor", "söylenmekte": it is said, with nobody saying it (session 13)
    r"söylen(?:iyor|mekte)\w*|rivayet edil\w*)")
# A clause made a noun under a passive verb of reporting or learning: "yakaladığı bildirildi" (it was reported
# that it caught), "kaçtığı öğrenildi" (it was learned that he fled). The newspaper passes the report on.
_REPORTED_CLAUSE = re.compile(
    r"\b\w{2,}(?:[dt][ıiuü]ğ[ıiuü]|y?[ae]c[ae]ğ[ıiuü])(?:n[ıiuü])? (?:bildiril|öğrenil)(?:di|iyor|mişti|mekte)\w*")
_ENGLISH_REPORTED = re.compile(
    r"\b(?:reported(?:ly)?|alleged(?:ly)?|allegations?|claim(?:s|ed|ing)?|according|said|says|say|suspected|"
    r"accus\w+|rumou?r\w*|purported(?:ly)?|supposedly|apparently|contend\w*|assert\w*|maintain\w*|"
    r"understood|learn(?:ed|t)|emerged|sources?|stated|states|announced|noted|indicated|informed|told|declared|"
    r"explained)\b",
    re.IGNORECASE)
_POSSIBLE_FORM = re.compile(r"\w+?(?:y?[ae]bil(?:ir|ece[kğ]|eceğ|irdi|iyor)\w*)$")
_POSSIBLE_WORDS = frozenset("olabilir olabilirdi olabilecek olabileceği olabileceğini olası olasılıkla muhtemelen "
                            "muhtemel belki mümkün".split())
_ENGLISH_POSSIBLE = frozenset(
    "may might could can can't cannot possibly possible impossible probably probable likely unlikely perhaps "
    "potentially potential able unable chance chances risk risks would maybe expected uncertain".split())
# Words that keep a hedge of their own in the English although they are no modal verb: "warned that ... could",
# "suggested", "if". A sentence with one of them is not read as stating the possibility as fact.
_ENGLISH_HEDGE = frozenset(
    "suggest suggests suggested suggesting warn warns warned warning fear fears feared concern concerns concerned "
    "worry worries worried if whether believe believes believed think thinks thought estimate estimated expect "
    "expects hope hopes hoped suspect suspected appear appears appeared seem seems seemed possibility "
    "possibilities question questions assume assumed".split())
# Verbs of saying before a "would": in reported speech "would" is the past of "will", no hedge
# ("warned that a rise would drive up": the original's "could" made a firm prediction).
_ENGLISH_SPEECH = frozenset(
    "said says say warned warns announced announces stated states added adds told noted notes stressed stresses "
    "predicted predicts insisted insists declared declares argued argues claimed claims asserted asserts "
    "maintained maintains contended contends explained explains".split())
_PAST_POSSIBLE = re.compile(r"m[ıiuü]ş$")
# English words that say a possible or expected event is certain: "will certainly exceed", "it is certain that".
_ENGLISH_CERTAIN = frozenset("will 'll shall certainly definitely surely undoubtedly inevitably".split())
# Certainty said by an adjective or a fixed phrase: "is certain to", "are set to top", "is bound to", "sure to".
_ENGLISH_CERTAIN_PHRASE = re.compile(
    r"\b(?:(?:is|are|was|were|be|been|it's|is now|are now)\s+(?:certain|sure|definite|inevitable|guaranteed|"
    r"set to|bound to|poised to|destined to)|certain to|bound to|guaranteed to)\b", re.IGNORECASE)
# Adverbs that hedge a statement by reporting it: "the success was reportedly down to".
_ENGLISH_REPORTED_HEDGE = re.compile(r"\b(?:reportedly|allegedly|apparently|supposedly|purportedly|presumably)\b",
                                     re.IGNORECASE)
# A possibility made a clause (-(y)AbIlecEğI, olabileceğini) under a verb of saying or thinking: someone's guess.
_COMPLEMENT_POSSIBILITY = re.compile(r"y?[ae]bil[ae]ce[ğk][ıiuü]\w*$")
_SAYING = re.compile(r"^(?:söyle|belirt|açıkla|ifade|kaydet|ekle|vurgula|düşün|bildir|uyar|de[dm]|anlat|"
                     r"dile|savun|tahmin|öngör|iddia|ileri|öne)")
# English auxiliaries of a finished event: "have been postponed" for "ertelenebilir" (may be postponed).
_ENGLISH_DONE = frozenset("has have had been was were".split())
_ENGLISH_PERFECT = re.compile(r"\b(?:has|have|had) been \w+(?:ed|en|wn|ne|t)\b", re.IGNORECASE)
_VERB_WINDOW = 4  # English words before a verb that can carry its modal ("could well have been")
_POSSIBILITY_SUFFIX = re.compile(r"y?[ae]bil(?:ir|ece[kğ]|irdi|iyor)\w*$")
# A clause in a complement form (-DIğI, -(y)AcAğI, -mAsI) before a passive verb of belief or expectation:
# "kaçırıldığı düşünülüyor" (is thought to have been smuggled), "dönmesi bekleniyor" (is expected to return).
_COMPLEMENT = re.compile(r"\w{2,}(?:[dt][ıiuü]ğ[ıiuü]|y?[ae]c[ae]ğ[ıiuü]|m[ae]s[ıiuü])(?:n[ıiuü]|n[ae])?$")
_BELIEF_VERB = re.compile(
    r"^(?:düşünül|sanıl|beklen|öngörül|inanıl|varsayıl|şüphelenil|kuşkulanıl|değerlendiril)"
    r"(?:[ıiuü]?yor|mekte|makta|d[ıi]|m[ıi]ş|[ıi]r)")
# "iddia edildi" (it was claimed) is read by the "reported" basis.
_BELIEF_PHRASE = re.compile(r"^(?:tahmin|ihtimal)$")
_BELIEF_LIGHT = re.compile(r"^(?:edil|veril)(?:[ıiuü]?yor|mekte|di|miş|ir)")
_ENGLISH_BELIEF = frozenset(
    "think thinks thought believe believed believes belief expect expected expects expectation expectations "
    "estimate estimated estimates estimation suspect suspected suspects suspicion presumably presumed assume "
    "assumed assumption forecast forecasts projected predict predicted prediction anticipate anticipated due "
    "set should fear feared understood considered seem seems seemed appear appears appeared hope hoped "
    "supposed supposedly deemed".split())
_APPROXIMATE = re.compile(r"\b(?:yaklaşık|civarında|civarı|tahminen|aşağı yukarı|takriben)\b")
_ENGLISH_EXACT = re.compile(r"\b(?:exactly|precisely)\b", re.IGNORECASE)
# A figure presented as a counted sum: "a total of 24,000" for "tahminen 24 bin" (an estimated 24,000).
# A plain figure without "about" is not flagged: published translations drop "yaklaşık" often enough.
_ENGLISH_COUNTED = re.compile(r"\b(?:a total of|in total|totall?ing|a full|no fewer than|no less than)\s*$",
                              re.IGNORECASE)
_ENGLISH_APPROXIMATE = re.compile(
    r"\b(?:about|around|some|roughly|approximately|approx|nearly|almost|estimated?|estimates?|close to|"
    r"or so|up to|circa|upwards of|in the region of|of the order of)\b|~", re.IGNORECASE)
_LIMIT = re.compile(r"(?P<number>\d+(?:[.,]\d+)?)(?:\s+(?P<unit>\w+?))?(?P<apostrophe>'?)(?:y?[ae]|n[ae])\s+kadar\b")
_ENGLISH_LIMIT = re.compile(
    r"\b(?:up to|until|till|to|through|thru|at most|as (?:many|much|long|high|low|far|late) as|no more than|"
    r"maximum|max|within|before|ceiling|cap|capped|limit)\b[^.]{0,25}$", re.IGNORECASE)
# A deadline word governs its date across a short clause: "before the season opens on 1 May".
_ENGLISH_DEADLINE = re.compile(r"\b(?:before|until|till)\b[^.]{0,45}$", re.IGNORECASE)


def _turkish_text(context: CheckContext, view: BeadView) -> tuple[str, int]:
    start = view.orig_sentences[0].start
    return context.alignment.orig.text[start:view.orig_sentences[-1].end], start


def _english_text(context: CheckContext, view: BeadView) -> tuple[str, int]:
    start = view.trans_sentences[0].start
    return context.alignment.trans.text[start:view.trans_sentences[-1].end], start


@check("D419", "hedge-lost", Category.MISTRANSLATION, Severity.MAJOR)
def hedge_lost(context: CheckContext):
    for view in pair_views(context):
        yield from _bead_findings(context, view)
        yield from _hearsay_stated(context, view)


@per_text  # every reading below is of this bead alone: kept on its view, so a bead met again is not read again
def _bead_findings(context: CheckContext, view: BeadView):
    """One bead's findings: each reading of the original's degree against the English's."""
    if not view.orig_tokens or not view.trans_tokens:
        return  # a sentence of punctuation alone (":") has no clause to read
    orig, orig_start = _turkish_text(context, view)
    trans, trans_start = _english_text(context, view)
    folded = " ".join(view.orig_folded)
    words = {token.text.lower() for token in view.trans_tokens}

    reported = _REPORTED.search(folded) or _REPORTED_CLAUSE.search(folded)
    if reported and not _ENGLISH_REPORTED.search(trans):
        first = _orig_token_at(view, reported.group().split()[0])
        # A clause under "bildirildi" points at the English verb of the clause ("yakaladığı": caught).
        rendered = _verb_renderings(context, view, reported.group().split()[0],
                                    view.orig_folded[first.position - 1] if first and first.position else "") \
            if first and not _REPORTED.search(folded) else []
        where = (rendered[0].start, rendered[0].end) if rendered else (trans_start, trans_start + len(trans))
        # "bildirildi" under a clause is also how Turkish news passes on an official statement, which a
        # faithful English often leaves out: a lost "iddiaya göre" turns a claim into fact (major), a lost
        # "-DIğI bildirildi" only drops who passed the fact on (minor).
        yield make_finding(
            hedge_lost, view,
            message=f"The original reports a claim (“{reported.group()}”); the English states it as fact.",
            trans=context.trans_span(*where),
            orig=context.orig_span(first.start, first.end) if first else None,
            basis="reported", expected="reportedly / allegedly",
            evidence=f"Turkish {reported.group()}; no reporting word in the English",
            severity=Severity.MAJOR if _REPORTED.search(folded) else Severity.MINOR,
        )

    found = [*_possibilities(context, view, trans, trans_start, words),
             *_beliefs(context, view, trans, trans_start, words),
             *_claims(context, view, trans, trans_start),
             *_weakened(context, view),
             *_confirmations(context, view, trans, trans_start),
             *_necessities(context, view, trans, trans_start, words),
             *_prospects_made_past(context, view, trans, trans_start, words),
             *_approximations(context, view, trans, trans_start),
             *_estimates_made_figures(context, view, trans),
             *_allegations(context, view, trans, trans_start),
             *_intentions(context, view, trans, trans_start, words),
             *_requests(context, view, trans, trans_start, words),
             *_conditions_made_facts(context, view, trans, trans_start, words),
             *_done_made_prospects(context, view)]
    yield from found
    # The analyser's reading of the degree is the general one; where a reading above already reports the
    # sentence, it says more precisely what changed. A hedging adverb dropped with no hedge left at all is read
    # last: the English then states no degree of its own ("muhtemelen aitti" / "belonged").
    if not found:
        degrees = list(_degrees(context, view, trans, trans_start, words)) or \
            list(_statuses_stated(context, view, trans, trans_start, words)) or \
            list(_frames_changed(context, view, trans, trans_start))
        yield from degrees or _hedge_adverbs_dropped(context, view, trans, trans_start, words)

    yield from _limits(context, view, orig, orig_start, trans, trans_start)


def _verb_renderings(context: CheckContext, view: BeadView, folded: str, previous: str = "") -> list:
    """English tokens that render the verb of a Turkish form (aşabileceğini -> exceed), through the lexicon.

    With the word before it, a verb that makes one verb with its noun ("neden olabileceği": neden olmak, cause;
    "yol açabilir": yol açmak, lead to) is read as that compound, as the lexicon lists it."""
    from drift.lexicon.lemma import english_lemma, turkish_lemmas

    lexicon = context.resources.lexicon
    senses = set()
    compound = _compound(context, folded, previous)
    if compound:  # the verb means what the compound means ("yol açmak": lead to), not what it means alone (open)
        senses.update(english_lemma(sense.split()[0], lexicon) for sense in lexicon.senses(compound)
                      if sense.split()[0] not in _ENGLISH_LIGHT)
    for lemma in turkish_lemmas(folded, lexicon)[:3] if not compound else ():
        # olmak (to be) is the copula of "olabilir": its senses would match half the English sentence.
        if lemma.endswith(("mak", "mek")) and not lemma.endswith(("abilmek", "ebilmek")) and lemma != "olmak":
            senses.update(english_lemma(sense.split()[-1], lexicon) for sense in lexicon.senses(lemma))
    senses.discard("be")
    return [token for token in view.trans_tokens
            if english_lemma(token.text.lower(), lexicon) in senses or token.text.lower() in senses]


def _compound(context: CheckContext, folded: str, previous: str) -> str:
    """The lexicon's verb made of the word before and this verb ("neden" + "olabileceği": neden olmak), or ""."""
    from drift.lexicon.lemma import turkish_lemmas

    if not previous:
        return ""
    lexicon = context.resources.lexicon
    return next((f"{previous} {lemma}" for lemma in turkish_lemmas(folded, lexicon)[:3]
                 if lemma.endswith(("mak", "mek")) and f"{previous} {lemma}" in lexicon), "")


# English verbs too light to say which event a compound names ("make", "have", "take"): a compound's sense that
# starts with one ("take place") is not read by its first word.
_ENGLISH_LIGHT = frozenset("be have make take do get give go come put set keep".split())


def _backshifted(view: BeadView) -> set[int]:
    """Positions of each "would" after a verb of saying in the English: the past of "will" in reported speech."""
    found, speech = set(), False
    for token in view.trans_tokens:
        word = token.text.lower()
        if word in _ENGLISH_SPEECH:
            speech = True
        elif word in (".", ";") or word in _ENGLISH_POSSIBLE - {"would"}:
            speech = False
        elif word == "would" and speech:
            found.add(token.position)
    return found


def _hedges(tokens, backshifted: set[int]) -> bool:
    """Whether English tokens hold a may, might, could ... (a "would" of reported speech is none)."""
    return any(token.text.lower() in _ENGLISH_POSSIBLE and token.position not in backshifted for token in tokens)


def _tokens_before(view: BeadView, token, reach: int = _VERB_WINDOW) -> list:
    first = view.trans_tokens[0].position
    index = token.position - first
    return list(view.trans_tokens[max(0, index - reach):index])


_ENGLISH_BE = frozenset("is are was were am".split())


def _stated(view: BeadView, token, rendered: list, words: set[str], trans: str, backshifted: set[int]):
    """The English verb that states as plain fact a main-clause possibility ("ertelenebilir": "is postponed")."""
    if not _finite_possibility(view.orig_folded[token.position]) or _hedges(view.trans_tokens, backshifted) or \
            words & (_ENGLISH_HEDGE | _ENGLISH_BELIEF) or _ENGLISH_REPORTED_HEDGE.search(trans):
        return None
    first = view.trans_tokens[0].position
    for item in rendered:
        word = item.text.lower()
        previous = view.trans_tokens[item.position - first - 1].text.lower() if item.position > first else ""
        if previous in _ENGLISH_BE or (word.endswith(("ed", "es")) and previous not in ("to", "be", "been")):
            return item
    return None


def _certain_word(view: BeadView, trans: str, trans_start: int, backshifted: set[int]):
    """Where the English says a thing is certain: (start, end, text) of "it is certain", "set to", "will" ..."""
    phrase = _ENGLISH_CERTAIN_PHRASE.search(trans)
    if phrase:
        return trans_start + phrase.start(), trans_start + phrase.end(), phrase.group()
    token = next((item for item in view.trans_tokens
                  if item.text.lower() in _ENGLISH_CERTAIN or item.position in backshifted), None)
    return (token.start, token.end, token.text) if token else None


# "-(y)Abil" says can as well as may: what may be done is also what is allowed to be done ("yapılabilecek"). An
# English word of permission ("will be allowed", "are permitted") renders such a verb form.
_ENGLISH_PERMISSION = frozenset(
    "allow allows allowed allowing permit permits permitted permitting authorised authorized entitled".split())


def _possibilities(context: CheckContext, view: BeadView, trans: str, trans_start: int, words: set[str]):
    permitted = bool(words & _ENGLISH_PERMISSION)
    possible = [token for token in view.orig_tokens if _possible(view.orig_folded[token.position])
                and not (permitted and _POSSIBLE_FORM.match(view.orig_folded[token.position]))]
    reported = set()
    speech = _backshifted(view)
    # Tokens of "are set to", "is certain to" ...: a certainty the verb after them carries.
    phrased = {token.position for match in _ENGLISH_CERTAIN_PHRASE.finditer(trans) for token in view.trans_tokens
               if match.start() <= token.start - trans_start < match.end()}
    for token in possible:
        folded = view.orig_folded[token.position]
        previous = view.orig_folded[token.position - 1] if token.position else ""
        rendered = _verb_renderings(context, view, folded, previous) if _POSSIBILITY_SUFFIX.search(folded) else []
        if _compound(context, folded, previous):
            # A verb made with its noun ("neden olabileceği": cause) is read for a finished form only ("has
            # caused"); a "will" is read over the whole sentence below, as for any verb not found.
            rendered = [item for item in rendered
                        if any(other.text.lower() in _ENGLISH_DONE for other in _tokens_before(view, item))]
        if not rendered:
            continue
        reported.add(token.position)
        # A "would" of reported speech renders the original's "could" as a firm forecast only when the original
        # reports someone's words; elsewhere ("takip edilebileceği bir sistem") "would" may stand for another verb.
        backshifted = (speech if _reported_possibility(view, token) else set()) | phrased
        if any(_hedges(_tokens_before(view, item), backshifted) for item in rendered):
            continue  # the verb keeps its may / could somewhere
        wrong = next((item for item in rendered if any(
            other.text.lower() in (_ENGLISH_CERTAIN | _ENGLISH_DONE) or other.position in backshifted
            for other in _tokens_before(view, item))), None)
        if wrong is None:
            stated = _stated(view, token, rendered, words, trans, backshifted)
            if stated is not None:
                yield make_finding(
                    hedge_lost, view,
                    message=f"The original says it may happen (“{token.text}”); the English says it does "
                            f"(“{stated.text}”).",
                    trans=context.trans_span(stated.start, stated.end),
                    orig=context.orig_span(token.start, token.end),
                    basis="possible", expected="may / could",
                    evidence=f"Turkish {token.text}: a possibility that is the sentence's verb; English "
                             f"{stated.text}, a plain statement, and no hedge in the sentence",
                )
            continue
        lead = next(item for item in _tokens_before(view, wrong)
                    if item.text.lower() in (_ENGLISH_CERTAIN | _ENGLISH_DONE) or item.position in backshifted)
        certain = any(item.text.lower() in _ENGLISH_CERTAIN or item.position in backshifted
                      for item in _tokens_before(view, wrong))
        yield make_finding(
            hedge_lost, view,
            message=f"The original says it may happen (“{token.text}”); the English says it "
                    + ("will." if certain else "has happened."),
            trans=context.trans_span(lead.start, wrong.end),
            orig=context.orig_span(token.start, token.end),
            basis="possible", expected="may / could",
            evidence=f"Turkish {token.text}: a possibility; English “{trans[lead.start - trans_start:wrong.end - trans_start]}”"
                     " with no may, might, could or can before the verb",
        )
    rest = [token for token in possible if token.position not in reported]
    if not rest:
        return
    token = rest[0]
    backshifted = speech if _reported_possibility(view, token) else set()
    if _hedges(view.trans_tokens, backshifted):
        return
    past = token.position > 0 and _PAST_POSSIBLE.search(view.orig_folded[token.position - 1])
    wrong = _certain_word(view, trans, trans_start, backshifted)
    if wrong is None and not past:
        done = _ENGLISH_PERFECT.search(trans)  # "has been moved" for "taşınabilir" (may be moved)
        if done is not None and _finite_possibility(view.orig_folded[token.position]):
            yield make_finding(
                hedge_lost, view,
                message=f"The original says it may happen (“{token.text}”); the English says it has happened "
                        f"(“{done.group()}”).",
                trans=context.trans_span(trans_start + done.start(), trans_start + done.end()),
                orig=context.orig_span(token.start, token.end),
                basis="possible", expected="may be",
                evidence=f"Turkish {token.text}: a possibility; English {done.group()} with no may, might, could or can",
            )
            return
        if words & (_ENGLISH_HEDGE | _ENGLISH_BELIEF) or _ENGLISH_REPORTED_HEDGE.search(trans):
            return
        if not _reported_possibility(view, token):
            # "Maliyet 640 milyon lira olabilir" (may be) rendered "is": a main-clause possibility made a plain "is".
            be = next((item for item in view.trans_tokens if item.text.lower() in _ENGLISH_BE), None)
            if be is None or view.orig_folded[token.position] not in ("olabilir", "olabilirler"):
                return
            yield make_finding(
                hedge_lost, view,
                message=f"The original says it may be so (“{token.text}”); the English says it is (“{be.text}”).",
                trans=context.trans_span(be.start, be.end),
                orig=context.orig_span(token.start, token.end),
                basis="possible", expected="may be",
                evidence=f"Turkish {token.text}: may be; English {be.text} with no hedge in the sentence",
            )
            return
        # "bağlantılı olabileceğini söyledi" (said it may be linked) rendered "said it was down to": a speaker's
        # guess now reads as the speaker's finding.
        yield make_finding(
            hedge_lost, view,
            message=f"The original reports a possibility (“{token.text}”); the English states it as fact.",
            trans=context.trans_span(trans_start, trans_start + len(trans)),
            orig=context.orig_span(token.start, token.end),
            basis="possible", expected="may / could / might",
            evidence=f"Turkish {token.text}: a possibility said by someone; no may, might, could, likely "
                     "or other hedge in the English",
        )
        return
    yield make_finding(
        hedge_lost, view,
        message=f"The original says it may happen (“{token.text}”); the English says it "
                + (f"will (“{wrong[2]}”)." if wrong else "did."),
        trans=context.trans_span(wrong[0], wrong[1]) if wrong else
        context.trans_span(trans_start, trans_start + len(trans)),
        orig=context.orig_span(token.start, token.end),
        basis="possible", expected="may / could" if not past else "may have",
        evidence=f"Turkish {token.text}: a possibility; no may, might, could or likely in the English",
    )


def _beliefs(context: CheckContext, view: BeadView, trans: str, trans_start: int, words: set[str]):
    """A clause the original says is thought, expected or estimated, stated as fact in the English."""
    folded = view.orig_folded
    for index, word in enumerate(folded):
        if _BELIEF_VERB.match(word):
            verb_end = index
        elif _BELIEF_PHRASE.match(word) and index + 1 < len(folded) and _BELIEF_LIGHT.match(folded[index + 1]):
            verb_end = index + 1
        else:
            continue
        clause = next((position for position in range(index - 1, max(-1, index - 3), -1)
                       if _COMPLEMENT.match(folded[position])), None)
        if clause is None:
            continue
        kept = _english_hedge_count(view, trans)
        if kept and kept >= _turkish_hedge_count(view):
            return
        verb = view.orig_tokens[clause]
        belief = " ".join(token.text for token in view.orig_tokens[index:verb_end + 1])
        rendered = _verb_renderings(context, view, folded[clause])
        if rendered:
            token = rendered[0]
            first = view.trans_tokens[0].position
            at = token.position - first
            lead = next((item for item in view.trans_tokens[max(0, at - 2):at]
                         if item.text.lower() in (_ENGLISH_CERTAIN | _ENGLISH_DONE)), token)
            trans_span = context.trans_span(lead.start, token.end)
        else:
            trans_span = context.trans_span(trans_start, trans_start + len(trans))
        yield make_finding(
            hedge_lost, view,
            message=f"The original says this is believed or expected (“{verb.text} {belief}”); "
                    "the English states it as fact"
                    + (" (it keeps fewer hedges than the original has)." if kept else "."),
            trans=trans_span,
            orig=context.orig_span(verb.start, view.orig_tokens[verb_end].end),
            basis="belief", expected="is thought / is expected / is estimated",
            evidence=f"Turkish {verb.text} {belief}: a clause under a verb of belief or expectation; "
                     "no think, expect, estimate, likely or may in the English",
        )
        return


# A participle of belief before its noun hedges that noun's clause: "olduğu tahmin edilen bir grup" (a group
# thought to be ...), "düşünülen", "sanılan", "iddia edilen".
_BELIEF_PARTICIPLE = re.compile(
    r"^(?:düşünülen|sanılan|inanılan|öngörülen|değerlendirilen|varsayılan|edilen)$")


def _turkish_hedge_count(view: BeadView) -> int:
    """How many hedges the Turkish bead has: verbs and participles of belief, possibilities, reports."""
    folded = view.orig_folded
    count = 0
    for index, word in enumerate(folded):
        if _BELIEF_VERB.match(word) or _possible(word):
            count += 1
        elif _BELIEF_PARTICIPLE.match(word) and (word != "edilen" or (index and folded[index - 1] in
                                                                      ("tahmin", "iddia"))):
            count += 1
        elif _BELIEF_PHRASE.match(word) and index + 1 < len(folded) and _BELIEF_LIGHT.match(folded[index + 1]):
            count += 1
    return count + len(_REPORTED.findall(" ".join(folded)))


def _english_hedge_count(view: BeadView, trans: str) -> int:
    """How many hedges the English bead has: words of belief, possibility or report."""
    return sum(token.text.lower() in _ENGLISH_BELIEF | _ENGLISH_POSSIBLE for token in view.trans_tokens) + \
        len(_ENGLISH_REPORTED.findall(trans)) + len(_ENGLISH_PUT_AT.findall(trans))


# An estimate in the English idiom of a figure "put at" (placed, pegged at): "the damage is put at 40 million".
_ENGLISH_PUT_AT = re.compile(r"\b(?:put|puts|putting|placed|pegged)\s+at\b", re.IGNORECASE)


# Verbs of claiming, in any voice: "iddia etti", "ileri sürdü", "öne sürüyor" (claimed, argued, alleged).
_CLAIM = re.compile(r"\b(?:iddia e[dt]\w*|ileri sür\w*|öne sür\w*)")
# Turkish verbs that establish a fact themselves (doğruladı: confirmed; kanıtladı: proved; gösterdi: showed).
_TURKISH_FACTIVE = re.compile(r"\b(?:doğrula\w*|teyit\w*|kanıtla\w*|ispat\w*|göster\w*|ortaya koy\w*|"
                              r"ortaya çıkar\w*|tespit\w*|belgele\w*)")
# English verbs that present their clause as established fact: a claim rendered with one is vouched for.
_ENGLISH_FACTIVE = re.compile(
    r"\b(?:confirm(?:s|ed|ing)?|show(?:s|ed|n|ing)?|prov(?:e|es|ed|en|ing)|demonstrat(?:e|es|ed|ing)|"
    r"establish(?:es|ed|ing)?|reveal(?:s|ed|ing)?|verif(?:y|ies|ied|ying)|acknowledg(?:e|es|ed|ing))\b",
    re.IGNORECASE)
_ENGLISH_CLAIM = re.compile(
    r"\b(?:claim\w*|alleg\w*|argu\w*|assert\w*|contend\w*|maintain\w*|insist\w*|suggest\w*|accus\w*|"
    r"reportedly|purported\w*|supposed\w*)\b", re.IGNORECASE)


def _claims(context: CheckContext, view: BeadView, trans: str, trans_start: int):
    """A claim of the original ("ileri sürdü": claimed) rendered by a verb that vouches for it ("confirmed")."""
    folded = " ".join(view.orig_folded)
    claim = _CLAIM.search(folded)
    if claim is None or _TURKISH_FACTIVE.search(folded) or _ENGLISH_CLAIM.search(trans):
        return
    factive = _ENGLISH_FACTIVE.search(trans)
    if factive is None:
        return
    first = _orig_token_at(view, claim.group().split()[0])
    last = _orig_token_at(view, claim.group().split()[-1])
    yield make_finding(
        hedge_lost, view,
        message=f"The original reports a claim (“{claim.group()}”); the English says it was "
                f"“{factive.group()}”, as if established.",
        trans=context.trans_span(trans_start + factive.start(), trans_start + factive.end()),
        orig=context.orig_span(first.start, last.end) if first and last else None,
        basis="claimed", expected="claimed / alleged / argued",
        evidence=f"Turkish {claim.group()}: a claim; English {factive.group()}: a verb that vouches for its clause, "
                 "and no claim, allege or argue",
    )


# A future: finite -(y)AcAk ("artırılacak") or a clause made a noun, -(y)AcAğI ("artırılacağını"); not the
# possibility -(y)AbIlecek, which the "possible" basis reads.
_FUTURE = re.compile(r"\w{2,}?y?[ae]c[ae](?:k(?:t[ıi]r|l[ae]r)?|ğ[ıiuü]\w*)$")
# -(y)AmAyAcAk: "will not be able to" ("ölçülemeyecek"), rendered "could not" without any hedge.
_IMPOTENTIAL_FUTURE = re.compile(r"[ae]m[ae]y[ae]c[ae]")
_ENGLISH_WEAK = frozenset("may might could possibly perhaps maybe".split())


def _weak_modal(view: BeadView, tokens) -> object | None:
    """The first may, might, could ... among English tokens that hedges ("could not" and the month May do not)."""
    words = view.trans_tokens
    first = words[0].position
    for item in tokens:
        word = item.text.lower()
        if word not in _ENGLISH_WEAK or (item.text == "May" and item.position > first):
            continue
        following = words[item.position - first + 1:item.position - first + 3]
        if any(other.text.lower() in ("not", "n't", "never") for other in following):
            continue  # "could not" is a past or an inability ("bilemeyecek": will not be able to know)
        return item
    return None


def _weakened(context: CheckContext, view: BeadView):
    """A future or a certainty the original states as settled made a possibility in the English.

    "artırılacağını duyurdu" (announced it will be increased) rendered "could be increased"; "kesinlikle" (certainly)
    rendered "may".
    """
    folded = view.orig_folded
    joined = " ".join(folded)
    if any(_possible(word) or _BELIEF_VERB.match(word) or _ABILITY.search(word) for word in folded) or \
            _REPORTED.search(joined) or _CLAIM.search(joined):
        return  # the original hedges or speaks of ability itself: the English "may" or "could" may render it
    for token in view.orig_tokens:
        word = folded[token.position]
        if not _FUTURE.match(word) or _IMPOTENTIAL_FUTURE.search(word):
            continue
        for rendered in _verb_renderings(context, view, word):
            weak = _weak_modal(view, _tokens_before(view, rendered, 3))
            if weak is None:
                continue
            yield make_finding(
                hedge_lost, view,
                message=f"The original says it will happen (“{token.text}”); the English says it "
                        f"“{weak.text}” happen.",
                trans=context.trans_span(weak.start, rendered.end),
                orig=context.orig_span(token.start, token.end),
                basis="weakened", expected="will",
                evidence=f"Turkish {token.text}: a future, with no possibility or belief in the sentence; "
                         f"English {weak.text} before the verb",
            )
            return
    # Where the lexicon does not find the verb's rendering, a future said or announced ("-AcAğını açıkladı") or
    # ending the sentence stands for the whole sentence.
    certain = next((token for token in view.orig_tokens if folded[token.position] in _TURKISH_CERTAIN or
                    _settled_future(folded, token.position)), None)
    weak = _weak_modal(view, view.trans_tokens)
    if certain is None or weak is None or any(token.text.lower() in _ENGLISH_CERTAIN for token in view.trans_tokens):
        return
    yield make_finding(
        hedge_lost, view,
        message=f"The original says it is certain or will happen (“{certain.text}”); the English says it "
                f"“{weak.text}”.",
        trans=context.trans_span(weak.start, weak.end),
        orig=context.orig_span(certain.start, certain.end),
        basis="weakened", expected="certainly / will",
        evidence=f"Turkish {certain.text}: a certainty or a settled future, with no possibility or ability in "
                 f"the sentence; English {weak.text}",
    )


# Necessity: -mAlI ("yapılmalı": must be done), -mAsI gerek / gerekiyor / şart, -mAk zorunda (has to).
# Passive, reflexive and causative endings between a verb's stem and -mAlI: değiştir-il-meli, yap-ıl-malı.
_VOICE_REST = re.compile(r"(?:[ıiuü]?[ln]|[dt][ıiuü]r|t|[ıiuü]ş)*")
_NECESSITY = re.compile(r"(?P<stem>\w{2,}?)m[ae]l[ıi](?:d[ıi]r|y[ıi]z|s[ıi]n[ıi]z|l[ae]r|y[ıi]m|ydı|ydi|ymış|ymiş)?$")
_NECESSITY_WORD = re.compile(r"^(?:gerek(?:iyor|ir|mektedir|li|liydi|ti|iyordu)?|şart(?:tır)?|zorunda\w*|"
                             r"mecbur\w*|zorunlu\w*)$")
_ENGLISH_NECESSITY = frozenset(
    "must should need needs needed necessary necessarily have has had required require requires requirement "
    "obliged obligation ought essential vital imperative compulsory mandatory call calls called urge urged urges "
    "demand demands demanded insist insisted insists important necessity needed".split())


def _verb_necessity(context: CheckContext, token, word: str) -> bool:
    """Whether a word is a verb in -mAlI ("değiştirilmeli"), not a noun that ends like one ("ihmali", "Somali").

    The morphological analyser decides for a word it knows; a word it does not know (a new verb, a typing
    slip) is read as before, by its lemmas and the voice endings between stem and -mAlI."""
    match = _NECESSITY.match(word)
    if match is None or token.text[:1].isupper():
        return False
    from drift.text.morphology import analyses

    read = analyses(word)
    if read:
        return any(item.necessity and item.root_pos == "Verb" for item in read)
    from drift.lexicon.lemma import turkish_lemmas

    stem = match.group("stem")
    return any(lemma.endswith(("mak", "mek")) and stem.startswith(lemma[:-3]) and
               _VOICE_REST.fullmatch(stem[len(lemma) - 3:]) for lemma in turkish_lemmas(word, context.resources.lexicon))


def _necessities(context: CheckContext, view: BeadView, trans: str, trans_start: int, words: set[str]):
    """What the original says must happen ("yapılmalı", "alınması gerekiyor") rendered as what will happen."""
    if words & _ENGLISH_NECESSITY or words & _ENGLISH_POSSIBLE:
        return
    folded = view.orig_folded
    token = next((item for item in view.orig_tokens if _verb_necessity(context, item, folded[item.position]) or
                  (_NECESSITY_WORD.match(folded[item.position]) and item.position and
                   re.search(r"m[ae](?:s[ıi]|[ğk])\w*$|m[ae]k$", folded[item.position - 1]))), None)
    if token is None or any(word in ("yok", "değil") or word.startswith("değil") for word in folded):
        return  # "gerek yok" (no need), "zorunda değil" (does not have to): no necessity to lose
    if _describes_noun(view, token):
        return  # "zorunlu kılan kurallar": the rules' necessity, not the sentence's
    will = next((item for item in view.trans_tokens if item.text.lower() in _ENGLISH_CERTAIN), None)
    if will is None:
        return
    yield make_finding(
        hedge_lost, view,
        message=f"The original says it must happen (“{token.text}”); the English says it will (“{will.text}”).",
        trans=context.trans_span(will.start, will.end),
        orig=context.orig_span(token.start, token.end),
        basis="necessity", expected="must / should / has to",
        evidence=f"Turkish {token.text}: a necessity; English {will.text} with no must, should, need or have to",
    )


def _settled_future(folded: tuple[str, ...], position: int) -> bool:
    """A future that ends its sentence ("açılacak.") or that someone says or announces ("açılacağını söyledi")."""
    word = folded[position]
    if not _FUTURE.match(word) or _IMPOTENTIAL_FUTURE.search(word):
        return False
    if position + 1 == len(folded) or not folded[position + 1][:1].isalpha():
        return word.endswith(("cak", "cek", "caktır", "cektir", "caklar", "cekler"))
    return bool(_COMPLEMENT.match(word)) and any(_SAYING.match(item) for item in folded[position + 1:position + 3])


def _confirmations(context: CheckContext, view: BeadView, trans: str, trans_start: int):
    """A fact the original says was confirmed ("doğruladı") rendered as a mere claim ("claimed", "alleged")."""
    folded = " ".join(view.orig_folded)
    confirmed = _TURKISH_CONFIRMED.search(folded)
    if confirmed is not None and _NOT_CONFIRMED.match(confirmed.group()):
        return  # "doğrulanmadı" (was not confirmed): the English "claims" may be exactly right
    if confirmed is None or _CLAIM.search(folded) or _REPORTED.search(folded) or _ENGLISH_FACTIVE.search(trans):
        return
    claim = _ENGLISH_MERE_CLAIM.search(trans)
    if claim is None:
        return
    first = _orig_token_at(view, confirmed.group().split()[0])
    yield make_finding(
        hedge_lost, view,
        message=f"The original says it was confirmed (“{confirmed.group()}”); the English makes it a claim "
                f"(“{claim.group()}”).",
        trans=context.trans_span(trans_start + claim.start(), trans_start + claim.end()),
        orig=context.orig_span(first.start, first.end + len(confirmed.group()) - len(confirmed.group().split()[0]))
        if first else None,
        basis="confirmed", expected="confirmed",
        evidence=f"Turkish {confirmed.group()}: a confirmation; English {claim.group()}: a claim",
    )


# Words of certainty in Turkish: kesinlikle (certainly), mutlaka (surely), kuşkusuz / şüphesiz (undoubtedly).
_TURKISH_CERTAIN = frozenset("kesinlikle mutlaka kuşkusuz şüphesiz muhakkak".split())
# Any -(y)AbIl (can, be able to) or -(y)AmA (cannot) in the original: an English "could" may render it.
_ABILITY = re.compile(r"\w[ae]bil|[ae]m[ae](?:z|d[ıi]|y[ae]c|m[ıi]ş|y[ıi]p|d[ıi]ğ)")
# Verbs that establish a fact in Turkish, and the English words that make a statement a claim only.
_TURKISH_CONFIRMED = re.compile(r"\b(?:doğrula(?:d|n|y|m)\w*|teyit e[dt]\w*|kanıtla(?:d|n|y|m)\w*|ispatla\w*)")
_NOT_CONFIRMED = re.compile(r"^(?:doğrula|kanıtla|ispatla)n?m[ae]|^teyit edil?me")
_ENGLISH_MERE_CLAIM = re.compile(r"\b(?:claim(?:s|ed|ing)?|alleg(?:e|es|ed|edly|ing)|purport\w*|supposedly)\b",
                                 re.IGNORECASE)


# A future or possibility made a clause someone fears, warns of or says: "olumsuz etkileyeceği endişesini"
# (the fear that it will hurt), "zayıflatabileceği uyarısında" (the warning that it could weaken).
_PROSPECT = re.compile(r"\w{2,}?y?[ae]c[ae]ğ[ıiuü]\w*$")
_FEARING = re.compile(r"^(?:endişe|kaygı|korku|kork|uyar|risk|tehlike|tehdit)")
# A finished event in the English: "had hurt", "has weakened", "have been lost".
_ENGLISH_FINISHED = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+|also\s+|now\s+)?(?:been\s+)?"
    r"\w+(?:ed|en|wn|ne|t|ung|ght|ade|id|ound|ost|ept)\b", re.IGNORECASE)
# English words that keep an event in the future or in doubt.
_ENGLISH_PROSPECT = frozenset(
    "will would 'll shall going could may might can cannot must should likely unlikely due future next coming "
    "upcoming soon later tomorrow possibly probably potential potentially risk risks threat threaten threatens "
    "fear fears feared concern concerns concerned worry worried worries warn warned warns warning plan plans "
    "planned intend intends aim aims expect expected expects forecast predicted hope hopes set".split())


def _prospects_made_past(context: CheckContext, view: BeadView, trans: str, trans_start: int, words: set[str]):
    """A feared or announced future ("etkileyeceği endişesini") rendered as a thing already done ("had hurt")."""
    if words & _ENGLISH_PROSPECT or _time_changed(view):
        return
    folded = view.orig_folded
    for token in view.orig_tokens:
        word = folded[token.position]
        if not _PROSPECT.match(word) or (token.position and _PAST_POSSIBLE.search(folded[token.position - 1])):
            continue  # "etkilemiş olabileceği": it may have happened, which a past does not contradict
        following = folded[token.position + 1:token.position + 3]
        if not any(_FEARING.match(item) or _SAYING.match(item) for item in following):
            continue
        # A perfect in a relative clause ("who has led the union") is another event.
        done = next((match for match in _ENGLISH_FINISHED.finditer(trans)
                     if not re.search(r"\b(?:who|which|that|whose)\s+$", trans[max(0, match.start() - 8):match.start()],
                                      re.IGNORECASE)), None)
        if done is None:
            return
        yield make_finding(
            hedge_lost, view,
            message=f"The original speaks of what may or will happen (“{token.text} {following[0]}”); "
                    f"the English says it has happened (“{done.group()}”).",
            trans=context.trans_span(trans_start + done.start(), trans_start + done.end()),
            orig=context.orig_span(token.start, token.end),
            basis="prospect", expected="will / would / could",
            evidence=f"Turkish {token.text}: a future clause that someone fears or announces; English "
                     f"{done.group()}, a finished event, with no will, would, could or fear",
        )
        return


# A clause made the content of an accusation noun: "fiyatı artırdığı iddiasıyla" (alleging that it raised the
# price), "kaçırdığı şüphesiyle" (on suspicion of smuggling), "sakladığı suçlamasını" (the charge that it hid).
_ALLEGATION_NOUN = re.compile(r"^(?:iddia|suçlama|şüphe|kuşku|itham|söylenti)(?:s[ıi]|lar[ıi]|ler[ıi])\w*$")
_CLAUSE = re.compile(r"\w{2,}(?:[dt][ıiuü]ğ[ıiuü]|y?[ae]c[ae]ğ[ıiuü])(?:n[ıiuü])?$")
# English words that keep an accusation an accusation (or deny it). "said" is not one: it is the
# speaker's own verb ("she said they had complained, alleging that ...").
_ENGLISH_ALLEGATION = re.compile(
    r"\b(?:alleg\w*|claim\w*|accus\w*|suspect\w*|suspicion\w*|charg\w*|rumou?r\w*|reported(?:ly)?|purported\w*|"
    r"supposed\w*|apparent(?:ly)?|contend\w*|assert\w*|argu\w*|saying|den(?:y|ies|ied|ying|ial)|"
    r"reject\w*|dismiss\w*|refut\w*|believ\w*|thought|think\w*|suggest\w*|citing|whether)\b", re.IGNORECASE)


# A clause before a passive participle of claiming describes its noun as claimed: "sahte olduğu iddia edilen
# belgeler" (papers alleged to be forged), "rüşvet aldığı öne sürülen müdür" (the manager said to have taken bribes).
_CLAIMED_PARTICIPLE = frozenset(("iddia edilen", "öne sürülen", "ileri sürülen"))


def _allegations(context: CheckContext, view: BeadView, trans: str, trans_start: int):
    """A clause the original gives as someone's allegation ("artırdığı iddiasıyla", "artırdığı iddia edilen") stated
    as fact in the English."""
    folded = view.orig_folded
    if _ENGLISH_REPORTED.search(trans):
        # The `reported` basis reads a claim with no reporting word at all; here a claimed participle whose English
        # has a reporting verb of the speaker's ("experts say ...") and no word of allegation for the noun.
        yield from _claimed_participles(context, view, trans, trans_start)
    for token in view.orig_tokens[1:]:
        clause = view.orig_tokens[token.position - 1]
        if not _ALLEGATION_NOUN.match(folded[token.position]) or not _CLAUSE.match(folded[clause.position]):
            continue
        if _ENGLISH_ALLEGATION.search(trans):
            return
        previous = folded[clause.position - 1] if clause.position else ""
        rendered = _verb_renderings(context, view, folded[clause.position], previous)
        where = (rendered[0].start, rendered[0].end) if rendered else (trans_start, trans_start + len(trans))
        yield make_finding(
            hedge_lost, view,
            message=f"The original gives this as an allegation (“{clause.text} {token.text}”); the English "
                    "states it as fact.",
            trans=context.trans_span(*where),
            orig=context.orig_span(clause.start, token.end),
            basis="alleged", expected="alleging that / on allegations that",
            evidence=f"Turkish {clause.text} {token.text}: a clause that is the content of an accusation; no allege, "
                     "claim, accuse, suspect or other word of accusation in the English",
        )
        return


def _claimed_participles(context: CheckContext, view: BeadView, trans: str, trans_start: int):
    """A clause under a passive participle of claiming ("kaçak olduğu öne sürülen") stated as fact in the English."""
    folded = view.orig_folded
    first = view.orig_tokens[0].position
    for token in view.orig_tokens[2:]:
        clause = view.orig_tokens[token.position - first - 2]
        if f"{folded[token.position - 1]} {folded[token.position]}" not in _CLAIMED_PARTICIPLE \
                or not _CLAUSE.match(folded[clause.position]):
            continue
        if _ENGLISH_ALLEGATION.search(trans) or _ENGLISH_REPORTED_HEDGE.search(trans):
            return
        previous = folded[clause.position - 1] if clause.position > first else ""
        rendered = _verb_renderings(context, view, folded[clause.position], previous) or (
            _word_renderings(context, view, previous) if previous else [])
        where = (rendered[0].start, rendered[0].end) if rendered else (trans_start, trans_start + len(trans))
        said = context.alignment.orig.text[clause.start:token.end]
        yield make_finding(
            hedge_lost, view,
            message=f"The original gives this as claimed (“{said}”); the English states it as fact.",
            trans=context.trans_span(*where),
            orig=context.orig_span(clause.start, token.end),
            basis="alleged", expected="alleged / said to be",
            evidence=f"Turkish {clause.text} {folded[token.position - 1]} {token.text}: a clause under a participle "
                     "of claiming; no allege, claim, suspect, reportedly or other word of allegation in the English",
        )
        return


def _word_renderings(context: CheckContext, view: BeadView, folded: str) -> list:
    """English tokens that render a Turkish word (a noun or adjective before a light verb: "kaçak olduğu")."""
    from drift.lexicon.lemma import english_lemma, turkish_lemmas

    lexicon = context.resources.lexicon
    senses = {english_lemma(sense, lexicon) for lemma in turkish_lemmas(folded, lexicon)[:2]
              for sense in lexicon.senses(lemma)[:8] if " " not in sense}
    return [token for token in view.trans_tokens if english_lemma(token.text.lower(), lexicon) in senses]


# A thing done (session 12): a plain past of the original ("kazandırdı": earned, "kısalttı": shortened) told in the
# English as a prospect or a possibility ("is expected to earn", "is likely to win", "could increase"). Read only
# where the Turkish sentence states no future, possibility, ability, belief, plan, necessity, condition or claim
# of its own, which the English words might render.
# A plain future ("will complete" for "tamamladı") or a schedule ("is due to", "is set to") changes the time, which
# the time checks read (D303, D410); here only expectation and possibility count.
_ENGLISH_PROSPECT_BEFORE = re.compile(
    r"(?:\b(?:expected|likely|poised|projected|forecast|predicted|anticipated|tipped)\s+to|"
    # session 13: a governor that leaves it to come ("plans to repaint", "is considering hiring", "wants to")
    r"\b(?:plans?|planning|planned|aims?|aiming|intends?|intending|wants?|wanting|hopes?|hoping|seeks?|seeking|"
    r"proposes?|proposing|(?:is|are)\s+(?:set|due|meant|scheduled))\s+to|"
    r"\b(?:considering|discussing|weighing|contemplating|mulling|proposing|planning|studying)|"
    r"\b(?:may|might)|\bcould(?!\s+(?:not|never|be|have)\b))\s+(?:\w+ly\s+)?(?:also\s+)?$",
    re.IGNORECASE)
_PROSPECT_REACH = 40  # characters before the English verb that may hold its "is expected to"
_NOT_DONE = re.compile(r"^(?:plan|hedef|amaç|tasar|karar|niyet|ist|um|dile|öngör|tahmin)")


def _done_made_prospects(context: CheckContext, view: BeadView):
    """A past event of the original told as one expected or possible in the English."""
    from drift.text.morphology import read

    folded = view.orig_folded
    joined = " ".join(folded)
    if any(_possible(word) or _BELIEF_VERB.match(word) or _FUTURE.match(word) or _ABILITY.search(word)
           or _TURKISH_NECESSITY.match(word) or _NOT_DONE.match(word) or word in _HEDGE_ADVERBS
           or word in _ESTIMATE_WORDS or word in _CONDITION_WORDS or word in _CONDITION_POSTPOSITIONS
           or _CONDITIONAL_SHAPE.search(word) and word != "ise" for word in folded) \
            or _REPORTED.search(joined) or _CLAIM.search(joined):
        return
    text = context.alignment.trans.text
    first = view.orig_tokens[0].position
    for token in view.orig_tokens:
        word = folded[token.position]
        analysis = read(word)
        if analysis is None or not analysis.finite or analysis.tense != "past" or analysis.evidential \
                or analysis.negative or analysis.moods or _SAYING.match(word):
            continue
        previous = folded[token.position - 1] if token.position > first else ""
        for rendered in _verb_renderings(context, view, word, previous):
            sentence = next((item for item in view.trans_sentences if item.start <= rendered.start < item.end), None)
            start = max(rendered.start - _PROSPECT_REACH, sentence.start if sentence else 0)
            prospect = _ENGLISH_PROSPECT_BEFORE.search(text, start, rendered.start)
            if prospect is None or not text[prospect.start():rendered.start].strip():
                continue
            yield make_finding(
                hedge_lost, view,
                message=f"The original says it happened (“{token.text}”); the English makes it a prospect "
                        f"(“{text[prospect.start():rendered.end]}”).",
                trans=context.trans_span(prospect.start(), rendered.end),
                orig=context.orig_span(token.start, token.end),
                basis="done", expected=f"the past: {rendered.text} in the past tense",
                evidence=f"Turkish {token.text}: a plain past (morphological analysis), with no future, possibility, "
                         f"belief or plan in the sentence; English “{prospect.group().strip()}” before the verb",
            )
            return


# An intention or plan: a clause made a noun (-mAsI, -mAyI) before a verb of aiming or planning, passive or active:
# "hizmete açılması hedefleniyor" (it is meant to open), "kurmayı planlıyor" (plans to build).
_INTENTION_VERB = re.compile(r"^(?:hedef|amaç|plan|tasar)l(?:[ae]n)?(?:[ıiuü]yor|[ae]?m[ae]kt[ae]|[ae]?d[ıi])\w*$")
# The clause takes a genitive before a clause-made verb of planning: "bitirilmesinin planlandığını".
_INTENDED = re.compile(r"\w{2,}m[ae](?:s[ıi](?:n[ıi]n?)?|y[ıi]|k)$")
# English words that keep a plan a plan: "plans to", "is meant to", "is scheduled", "aims", "is due to".
_ENGLISH_INTENTION = frozenset(
    "plan plans planned planning aim aims aimed aiming target targets targeted targeting intend intends intended "
    "intention intentions goal goals objective objectives meant mean means scheduled schedule due hope hopes hoped "
    "envisage envisages envisaged envision envisions envisioned proposed proposes propose slated seek seeks sought "
    "want wants wanted expect expects expected expectation set timetable projected forecast".split())


def _intentions(context: CheckContext, view: BeadView, trans: str, trans_start: int, words: set[str]):
    """What the original says is planned or aimed at ("girmesi hedefleniyor") rendered as what will or did happen."""
    if words & (_ENGLISH_INTENTION | _ENGLISH_BELIEF | _ENGLISH_POSSIBLE | _ENGLISH_HEDGE):
        return
    folded = view.orig_folded
    for token in view.orig_tokens[1:]:
        if not _INTENTION_VERB.match(folded[token.position]):
            continue
        clause = next((item for item in view.orig_tokens[max(0, token.position - 2):token.position][::-1]
                       if _INTENDED.match(folded[item.position])), None)
        if clause is None:
            continue
        will = next((item for item in view.trans_tokens if item.text.lower() in _ENGLISH_CERTAIN), None)
        # A plan rendered as a thing already done ("had been delivered", "has opened") loses it as surely as "will".
        done = None if will else next((match for match in _ENGLISH_FINISHED.finditer(trans) if not re.search(
            r"\b(?:who|which|that|whose)\s+$", trans[max(0, match.start() - 8):match.start()], re.IGNORECASE)), None)
        past = None if will or done else _plain_past(context, view, clause)
        if will is None and done is None and past is None:
            continue
        if past is not None:
            where, said = (past.start, past.end), past.text
        else:
            where = (will.start, will.end) if will else (trans_start + done.start(), trans_start + done.end())
            said = will.text if will else done.group()
        yield make_finding(
            hedge_lost, view,
            message=f"The original says it is planned or aimed at (“{clause.text} {token.text}”); the English "
                    f"says it " + ("will happen" if will else "has happened") + f" (“{said}”).",
            trans=context.trans_span(*where),
            orig=context.orig_span(clause.start, token.end),
            basis="planned", expected="is planned to / is meant to / aims to",
            evidence=f"Turkish {clause.text} {token.text}: a plan or aim; English {said} with no plan, aim, "
                     "intend, meant, scheduled or expected",
        )
        return


# A request: a clause made a noun (-mAsInI, -mAlArInI) before a verb of asking, active or passive: "beklemelerini
# istedi" (asked them to wait), "beklemesini rica etti", "uymalarını talep etti", "olmaları çağrısında bulundu".
_REQUESTED = re.compile(r"\w{2,}m[ae](?:s[ıi]n[ıi]|l[ae]r[ıi]n[ıi]|l[ae]r[ıi]|s[ıi])$")
_REQUEST_VERB = re.compile(r"^(?:iste(?:d|y|r\b)|isten(?:d|iyor)|rica|talep|çağrı|davet|tavsiye)")
# A necessity of the original's own (-mAlI, gerek, zorunda, şart): the English "must" renders it.
_TURKISH_NECESSITY = re.compile(r"\w{2,}m[ae]l[ıi]\w*$|^(?:gerek\w*|zorunda|zorunlu\w*|şart\w*|mecbur\w*)$")
_ENGLISH_OBLIGATION = re.compile(
    r"\b(?:must|ha(?:ve|s|d|ving) to|(?:is|are|was|were|be) (?:required|obliged|obligated|forced|compelled)|"
    r"mandatory|compulsory|obligatory|ordered|orders)\b", re.IGNORECASE)
# English words that keep a request a request: "asked drivers to", "urged", "called on", "appealed to".
_ENGLISH_REQUEST = frozenset(
    "ask asks asked asking request requests requested requesting urge urges urged urging call calls called calling "
    "appeal appeals appealed appealing want wants wanted invite invites invited inviting encourage encourages "
    "encouraged recommend recommends recommended advise advises advised suggest suggests suggested plead pleads "
    "pleaded please demand demands demanded demanding told tell tells instructed instruct".split())


def _requests(context: CheckContext, view: BeadView, trans: str, trans_start: int, words: set[str]):
    """What the original says someone asked for ("beklemelerini istedi") rendered as an obligation ("must wait")."""
    if words & _ENGLISH_REQUEST:
        return
    folded = view.orig_folded
    if any(_TURKISH_NECESSITY.match(word) for word in folded):
        return
    obligation = _ENGLISH_OBLIGATION.search(trans)
    if obligation is None:
        return
    for token in view.orig_tokens[1:]:
        if not _REQUEST_VERB.match(folded[token.position]):
            continue
        clause = next((item for item in view.orig_tokens[max(0, token.position - 2):token.position][::-1]
                       if _REQUESTED.match(folded[item.position])), None)
        if clause is None:
            continue
        yield make_finding(
            hedge_lost, view,
            message=f"The original says it was asked for (“{clause.text} {token.text}”); the English makes it an "
                    f"obligation (“{obligation.group()}”).",
            trans=context.trans_span(trans_start + obligation.start(), trans_start + obligation.end()),
            orig=context.orig_span(clause.start, token.end),
            basis="requested", expected="asked ... to / called on ... to", severity=Severity.MINOR,
            evidence=f"Turkish {clause.text} {token.text}: a request; English {obligation.group()} with no ask, "
                     "urge, call or request",
        )
        return


# Words before a verb that keep it from being a plain past: "to be delivered", "will be", "could be".
_NOT_PLAIN = frozenset("to be been is are am will would 'll shall should could may might can must".split())


def _plain_past(context: CheckContext, view: BeadView, clause):
    """The English verb of a planned clause given as a plain past ("were delivered", "opened"), or None."""
    from drift.checks._roles import _IRREGULAR_PAST

    previous = view.orig_folded[clause.position - 1] if clause.position else ""
    first = view.trans_tokens[0].position
    for item in _verb_renderings(context, view, view.orig_folded[clause.position], previous):
        word = item.text.lower()
        before = view.trans_tokens[item.position - first - 1].text.lower() if item.position > first else ""
        if before in ("was", "were") or ((word.endswith("ed") or word in _IRREGULAR_PAST) and before not in _NOT_PLAIN):
            return item
    return None


def _time_changed(view: BeadView) -> bool:
    """Whether the English moved a relative time of the original (D303 reports it, with the tense it drags along)."""
    from drift.checks.relative_time import changes, english_relatives, turkish_relatives

    orig = turkish_relatives(view)
    return bool(orig) and bool(changes(orig, english_relatives(view.trans_tokens)))


def _approximations(context: CheckContext, view: BeadView, trans: str, trans_start: int):
    """An estimate in the original ("yaklaşık 300", "tahminen 24 bin") given as an exact figure."""
    folded = " ".join(view.orig_folded)
    approximate = _APPROXIMATE.search(folded)
    if not approximate:
        return
    first = _orig_token_at(view, approximate.group().split()[0])
    exact = _ENGLISH_EXACT.search(trans)
    if exact:
        yield make_finding(
            hedge_lost, view,
            message=f"The original gives an estimate (“{approximate.group()}”); "
                    f"the English says “{exact.group()}”.",
            trans=context.trans_span(trans_start + exact.start(), trans_start + exact.end()),
            orig=context.orig_span(first.start, first.end) if first else None,
            basis="approximate", expected="about",
            evidence=f"Turkish {approximate.group()}: about; English {exact.group()}",
        )
        return
    if first is None or _ENGLISH_APPROXIMATE.search(trans):
        return
    number = _estimated_number(view, first)
    if number is None:
        return
    digits = re.sub(r"\D.*", "", number.text)
    found = next((token for token in view.trans_tokens if token.has_digit and digits and
                  re.sub(r"\D.*", "", token.text.lstrip("$€£")) == digits), None)
    if found is None or not _ENGLISH_COUNTED.search(trans[:found.start - trans_start]):
        return
    yield make_finding(
        hedge_lost, view,
        message=f"The original gives an estimate (“{first.text} … {number.text}”); "
                f"the English gives “{found.text}” as a counted total.",
        trans=context.trans_span(found.start, found.end),
        orig=context.orig_span(min(first.start, number.start), max(first.end, number.end)),
        basis="approximate", expected=f"about {found.text}",
        evidence=f"Turkish {approximate.group()} {number.text}: an estimate; no about, some, around, "
                 "roughly or estimated in the English",
    )


# An estimate or forecast that qualifies a figure: "tahminen yedi", "tahmini 40 bin", "tahmin edilen maliyeti 35
# milyon", "öngörülen süre 12 ay", "beklenen hasat 200 ton". A figure that is someone's estimate, told as a plain
# figure, becomes a measurement; "yaklaşık" (about) dropped is left alone, as published translations drop it often.
_ESTIMATE_WORDS = frozenset("tahminen tahmini öngörülen beklenen".split())
_ESTIMATE_REACH = 4
_ENGLISH_ESTIMATE = re.compile(
    r"\b(?:projected|projections?|expected|expects?|forecasts?|anticipated|predicted|likely|believed|thought|"
    r"put at|planned|budgeted|targets?|targeted|envisaged|foreseen|intended|will|would|could|may|might|guess\w*|"
    r"reckon\w*|calculated|assumed|provisional|preliminary)\b|'ll\b", re.IGNORECASE)
_TURKISH_COUNT_WORDS = {"bir": "1", "iki": "2", "üç": "3", "dört": "4", "beş": "5", "altı": "6", "yedi": "7",
                        "sekiz": "8", "dokuz": "9", "on": "10", "yirmi": "20", "otuz": "30", "kırk": "40", "elli": "50",
                        "yüz": "100"}
_ENGLISH_COUNT_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
                        "eight": "8", "nine": "9", "ten": "10", "twenty": "20", "thirty": "30", "forty": "40",
                        "fifty": "50", "hundred": "100"}


def _leading_digits(text: str, words: dict[str, str]) -> str:
    return words.get(text.lower(), re.sub(r"\D.*", "", text.lstrip("$€£")))


def _estimates_made_figures(context: CheckContext, view: BeadView, trans: str):
    """A figure the original gives as an estimate or forecast ("tahminen yedi", "öngörülen maliyeti 35 milyon") that
    the English gives as a plain figure, with no estimated, about, projected, expected or other word of one."""
    folded, tokens = view.orig_folded, view.orig_tokens
    first = tokens[0].position
    if not _ESTIMATE_WORDS & set(folded) and "tahmin" not in folded:
        return
    # "some" hedges a figure only right before it ("some 300"); "some streets" says nothing of the count
    if any(match.group().lower() != "some" for match in _ENGLISH_APPROXIMATE.finditer(trans)) or \
            _ENGLISH_ESTIMATE.search(trans):
        return
    for token in tokens:
        word = folded[token.position]
        if word == "tahmin" and folded[token.position + 1:token.position + 2] == ("edilen",):
            start = token.position + 1
        elif word in _ESTIMATE_WORDS:
            start = token.position
        else:
            continue
        number = next((item for item in tokens[start - first + 1:start - first + 1 + _ESTIMATE_REACH]
                       if item.has_digit or folded[item.position] in _TURKISH_COUNT_WORDS), None)
        if number is None or _oblique_between(folded, start + 1, number.position):
            continue  # "öngörülen tarihten iki ay önce": the estimate is the date's, the count another thing
        digits = _leading_digits(folded[number.position], _TURKISH_COUNT_WORDS)
        found = next((item for item in view.trans_tokens
                      if digits and _leading_digits(item.text, _ENGLISH_COUNT_WORDS) == digits), None)
        if found is None or view.trans_tokens[max(found.position - view.trans_tokens[0].position - 1, 0)].text.lower() \
                == "some":
            continue  # another figure is the number check's business; "some 300" keeps the estimate
        said = " ".join(item.text for item in tokens[token.position - first:number.position - first + 1])
        yield make_finding(
            hedge_lost, view,
            message=f"The original gives the figure as an estimate (“{said}”); the English gives “{found.text}” "
                    f"as a known figure.",
            trans=context.trans_span(found.start, found.end),
            orig=context.orig_span(token.start, number.end),
            basis="estimate", expected=f"an estimated {found.text}", severity=Severity.MINOR,
            evidence=f"Turkish {said}: an estimate; no estimated, about, projected, expected or other word of "
                     f"one in the English",
        )
        return


def _oblique_between(folded: tuple[str, ...], start: int, end: int) -> bool:
    """Whether a word between an estimate and a figure is in an oblique case, so the figure is not the estimate's."""
    from drift.text.morphology import read

    return any((analysis := read(folded[position])) is not None and analysis.case in ("Abl", "Dat", "Loc", "Ins")
               for position in range(start, end))


def _estimated_number(view: BeadView, word):
    """The number an approximation word qualifies: after yaklaşık / tahminen, before civarında."""
    tokens = view.orig_tokens
    first = tokens[0].position
    at = word.position - first
    if view.orig_folded[word.position].startswith("civar"):
        candidates = tokens[max(0, at - 3):at][::-1]
    else:
        candidates = tokens[at + 1:at + 3]
    return next((token for token in candidates if token.has_digit), None)


def _reported_possibility(view: BeadView, token) -> bool:
    """Whether a possibility is a clause someone says or thinks: "bağlantılı olabileceğini söyledi"."""
    if not _COMPLEMENT_POSSIBILITY.search(view.orig_folded[token.position]):
        return False
    first = view.orig_tokens[0].position
    following = view.orig_folded[token.position - first + 1:token.position - first + 4]
    return any(_SAYING.match(word) for word in following)


def _finite_possibility(word: str) -> bool:
    """A possibility that is the verb of a main clause ("taşınabilir"), not a clause made a noun ("-ebileceğini")."""
    return bool(re.search(r"y?[ae]bil(?:ir|irler)$", word))


def _possible(word: str) -> bool:
    """A word of possibility: olabilir, muhtemel ..., or a verb in -(y)AbIl that the analyser reads as one.

    A word shaped like -(y)AbIlIr that the analyser reads with no -(y)Abil at all is no possibility; one it
    does not know is taken by its shape, as before."""
    if word in _POSSIBLE_WORDS:
        return True
    if not _POSSIBLE_FORM.match(word):
        return False
    from drift.text.morphology import analyses

    read = analyses(word)
    return not read or any(item.ability for item in read)


def _nominative(context: CheckContext, word: str) -> bool:
    """True when the word before kadar is a dictionary word as it stands (dakika), not one with a dative (saate)."""
    return word.strip() in context.resources.lexicon


def _orig_token_at(view: BeadView, folded_word: str):
    return next((token for token in view.orig_tokens if view.orig_folded[token.position] == folded_word), None)


def _limits(context: CheckContext, view: BeadView, orig: str, orig_start: int, trans: str, trans_start: int):
    for match in _LIMIT.finditer(orig):
        unit = match.group("unit")
        if unit and not match.group("apostrophe") and _nominative(context, orig[match.start("unit"):match.end() - 6]):
            continue  # "15 dakika kadar" is about 15 minutes: kadar after a bare noun is an estimate
        digits = match.group("number").replace(".", "").replace(",", ".")
        found = re.search(rf"(?<![\d.,]){re.escape(digits)}(?![\d]|[.,]\d)", trans)
        if found is None:
            continue
        before = trans[max(0, found.start() - 60):found.start()]
        after_from = re.search(r"\bfrom\s+(?:the\s+)?$", before, re.IGNORECASE)
        if not after_from and (_ENGLISH_LIMIT.search(before[-40:]) or _ENGLISH_DEADLINE.search(before)):
            continue
        where = (found.start() - len(after_from.group()), found.end()) if after_from else (found.start(), found.end())
        yield make_finding(
            hedge_lost, view,
            message=f"The original sets a limit (“{match.group()}”: up to, until); the English "
                    + ("says “from”." if after_from else "gives the figure as a plain amount."),
            trans=context.trans_span(trans_start + where[0], trans_start + where[1]),
            orig=context.orig_span(orig_start + match.start(), orig_start + match.end()),
            basis="limit", expected="until / up to",
            evidence=f"Turkish {match.group()}; English “{trans[where[0]:where[1]]}” without up to or until",
        )


# The degree of a statement, read by the Turkish analyser (drift.text.morphology) and compared by class.
# A Turkish sentence's modal classes: necessity (-mAlI, "-mAsI gerek-", "-mAk zorunda", "-mAsI şart / zorunlu"),
# possibility (a finite -(y)AbIlIr or a -(y)AbIlecEğI clause, negated or not: "yetmeyebilir", may not; and
# muhtemelen, belki, olası), hope (ummak, dilemek, ümit / umut / temenni etmek) and consideration (a clause made
# a noun before düşünmek, planlamak, değerlendirmek, tartışmak, hedeflemek: "kapatmayı düşünüyor").
# Surface shapes only choose which words to give the analyser; the analyser's reading decides.
_DEGREE_CANDIDATE = re.compile(
    r"m[ae]l[ıi]|[ae]bil|^(?:gerek|zorun|şart|mecbur|muhtemel|belki|olası|ihtimal|um|ümit|dil[ei]|temenni|düşün|plan|"
    r"değerlendir|tartış|hedefle|tasarla)")
_NECESSITY_LEMMAS = frozenset("gerekmek zorunlu şart mecbur".split())
_POSSIBILITY_LEMMAS = frozenset("muhtemelen belki olası muhtemel olasılıkla ihtimal".split())
_HOPE_LEMMAS = frozenset("ummak dilemek".split())
_HOPE_NOUNS = frozenset("ümit umut temenni".split())  # with etmek: "ümit ediyor", "temenni etti"
_CONSIDER_LEMMAS = frozenset("düşünmek planlamak değerlendirmek tartışmak hedeflemek tasarlamak".split())
# English words that keep each degree. "have to" is read as two words (below), never "have" alone.
_KEEPS = {
    "necessity": frozenset(
        "must should need needs needed needing necessary necessarily required require requires requirement "
        "requirements compulsory mandatory obligatory obliged obligation ought essential vital imperative "
        "necessity demand demands demanded insist insists insisted forced force compelled requiring".split()),
    "possibility": frozenset(
        "may might could can can't cannot possibly possible possibility probably probable likely unlikely likelihood "
        "perhaps maybe potentially potential chance chances risk risks uncertain whether if able unable allowed "
        "permitted conceivably".split()),
    "hope": frozenset(
        "hope hopes hoped hoping hopeful hopefully wish wishes wished wishing optimistic like trust trusts expect "
        "expects expected expecting looking".split()),
    "consideration": frozenset(
        "consider considers considered considering consideration plan plans planned planning discuss discusses "
        "discussed discussing discussion discussions weigh weighs weighing mull mulls mulling think thinking "
        "contemplate contemplates contemplating evaluate evaluates evaluating evaluation assess assessing explore "
        "explores exploring study studying review reviewing debate debating propose proposes proposing proposal "
        "idea ideas aim aims aiming intend intends intention may might could possible possibility option options "
        "agenda look looking eye eyeing".split()),
}
# English words that state a degree of their own: certainty, or (against a necessity) a mere permission.
_ENGLISH_SURE = frozenset(
    "will 'll wo shall know knows knew sure certain certainly definitely confident decided decides decision "
    "guaranteed assured".split())
_ENGLISH_OPTIONAL = frozenset(
    "may might can could able allowed permitted optional encouraged free welcome invited recommended".split())
# What may stand before a sentence's (or a quotation's) first word.
_SENTENCE_OPENERS = frozenset('. ! ? : " “ ” \' ‘ ’ « ( -'.split())
_ENGLISH_HAVE_TO = re.compile(r"\b(?:have|has|had|having|got) to\b", re.IGNORECASE)


def _degree_words(view: BeadView) -> list[tuple[str, object]]:
    """The modal classes of the Turkish sentence, each with the token that carries it, read by the analyser."""
    from drift.text.morphology import read

    found = []
    folded = view.orig_folded
    for token in view.orig_tokens:
        word = folded[token.position]
        if not _DEGREE_CANDIDATE.search(word):
            continue  # a word that cannot carry any of these: not worth an analysis
        if token.text[:1].isupper() and token.position and folded[token.position - 1] not in _SENTENCE_OPENERS:
            continue  # a name inside the sentence ("Umut", "Dilek")
        analysis = read(word)
        if analysis is None:
            continue
        following = folded[token.position + 1:token.position + 2]
        negated = bool(following) and (following[0] in ("değil", "yok") or following[0].startswith("değil"))
        if ((analysis.necessity and _predicate(view, token)) or (_complement_before(view, token) and (
                analysis.lemma in _NECESSITY_LEMMAS and analysis.case not in _ADVERBIAL_CASES or
                word.startswith("zorunda")))) and not _describes_noun(view, token):
            # "gerekmiyor", "zorunda değil": no need, which "may" renders; "zorunda kaldı": was forced to, a thing
            # that happened, which "had to" or "had been forced" renders ("zorunda kalacak", will have to, is still
            # a necessity).
            if not negated and not (analysis.lemma == "gerekmek" and analysis.negative) and \
                    not (following and following[0].startswith("kal") and not _FUTURE.match(following[0])):
                found.append(("necessity", token))
        elif analysis.lemma in _POSSIBILITY_LEMMAS or (analysis.ability and not analysis.unable and (
                (analysis.finite and analysis.tense == "aorist" and _predicate(view, token)) or
                (analysis.nominalisation == "FutPart" and analysis.case == "Acc"))):
            # -(y)Abil says may in the aorist ("ertelenebilir") and in a clause of what may come ("-(y)AbIlecEğInI");
            # in other tenses it says can or could: an ability or a permission ("yapılabilecek": will be allowed,
            # "becerebildiğini": that it managed to), and before its noun what something can do ("yüzebilen
            # çocuklar", "yenilenebilir kaynaklar"), none of them how sure the sentence is.
            found.append(("possibility", token))
        elif analysis.lemma in _HOPE_LEMMAS or (analysis.lemma in _HOPE_NOUNS and following and
                                                 following[0].startswith(("ed", "et"))):
            found.append(("hope", token))
        elif analysis.lemma in _CONSIDER_LEMMAS and _complement_before(view, token, infinitive=True):
            found.append(("consideration", token))
    return found


# A necessity noun in these cases is no predicate: "onaylaması şartıyla" is on condition that it approves.
_ADVERBIAL_CASES = frozenset(("Ins", "Abl", "Gen", "Dat", "Loc", "Equ"))
# Verbs a necessity word makes a predicate with: "zorunlu kılmak" (make compulsory), "zorunlu tutmak", "şart koşmak",
# "zorunlu hale getirmek", "zorunlu olmak".
_NECESSITY_LIGHT = frozenset("kılmak tutmak koşmak getirmek olmak".split())
_PARTICIPLES = frozenset(("PresPart", "PastPart", "FutPart", "AorPart", "NarrPart"))


def _describes_noun(view: BeadView, token) -> bool:
    """Whether a necessity stands in a participle that describes a noun ("tutulmasını zorunlu kılan kurallar": the
    rules that make it compulsory; "yapılması gereken işler": the work that must be done): what the rules require,
    not what the sentence asserts."""
    from drift.text.morphology import read

    last = view.orig_tokens[-1].position
    for position in range(token.position, min(last, token.position + 2) + 1):
        analysis = read(view.orig_folded[position])
        if analysis is None:
            return False
        if analysis.root_pos != "Verb" and position > token.position and analysis.lemma not in ("hal", "hâl"):
            return False  # "zorunlu hale getiren": the noun of the light verb may stand between
        if analysis.root_pos == "Verb" and (position == token.position or analysis.lemma in _NECESSITY_LIGHT):
            return analysis.pos == "Adj" and analysis.nominalisation in _PARTICIPLES and position < last and \
                (read(view.orig_folded[position + 1]) or analysis).pos in ("Noun", "Adj")
    return False


def _predicate(view: BeadView, token) -> bool:
    """Whether a -mAlI or -(y)AbIlIr word ends its clause ("yıkılmalı.", "yıkılabilir ve"), not an adjective before
    its noun ("taşımalı sistemle": by the bussing system; "yenilenebilir kaynaklar": renewable sources), which the
    analyser also reads as a verb."""
    from drift.text.morphology import read

    position = token.position + 1
    if position >= view.orig_tokens[0].position + len(view.orig_tokens):
        return True
    following = read(view.orig_folded[position])
    # "sulanmalı olduğunu" (that it must be watered): ol- carries the clause on, whatever it is made into.
    return following is None or following.lemma == "olmak" or following.pos not in ("Noun", "Adj", "Num", "Det")


def _complement_before(view: BeadView, token, infinitive: bool = False) -> bool:
    """Whether a clause made a noun stands just before a word ("almaları gerekiyor", "kapatmayı düşünüyor").

    With `infinitive`, only -mA / -mAk clauses count (the thing considered or planned), not -DIk facts."""
    from drift.text.morphology import read

    start = view.orig_tokens[0].position
    for position in range(token.position - 1, max(start - 1, token.position - 3), -1):
        analysis = read(view.orig_folded[position])
        if analysis is None:
            continue
        if analysis.nominalisation in (("Inf1", "Inf2") if infinitive else ("Inf1", "Inf2", "PastPart", "FutPart")):
            return True
        if view.orig_folded[position] not in ("da", "de", "ise", "bile"):
            return False
    return False


def _degrees(context: CheckContext, view: BeadView, trans: str, trans_start: int, words: set[str]):
    """A degree of obligation, possibility, hope or planning the English states differently.

    The original's class is kept by any English word of that class (must, may, hope, consider ...); where none
    is there, the English is flagged when it states a degree of its own: a certainty (will, know, sure, decided,
    a "would" after a verb of saying), a thing done (has been widened), or, against a necessity, a permission
    (may, can, allowed, encouraged)."""
    # The English is read first: a sentence that states no degree of its own cannot have changed one, and its
    # Turkish words are then never given to the analyser (whose first use costs a second to load).
    speech = _backshifted(view)
    sure = next((item for item in view.trans_tokens if item.text.lower() in _ENGLISH_SURE or item.position in speech),
                None)
    optional = next((item for item in view.trans_tokens if item.text.lower() in _ENGLISH_OPTIONAL), None)
    done = next((match for match in _ENGLISH_FINISHED.finditer(trans) if not re.search(
        r"\b(?:who|which|that|whose)\s+$", trans[max(0, match.start() - 8):match.start()], re.IGNORECASE)), None)
    if sure is None and optional is None and done is None:
        return
    for kind, token in _degree_words(view):
        if words & _KEEPS[kind] or (kind == "necessity" and _ENGLISH_HAVE_TO.search(trans)):
            continue
        if kind == "necessity" and optional is not None:
            where, stated = (optional.start, optional.end), f"an option (“{optional.text}”)"
        elif sure is not None:
            where, stated = (sure.start, sure.end), f"a certainty (“{sure.text}”)"
        elif done is not None:
            where, stated = (trans_start + done.start(), trans_start + done.end()), f"a thing done (“{done.group()}”)"
        else:
            continue
        yield make_finding(
            hedge_lost, view,
            message=f"The original states a {_DEGREE_NAMES[kind]} (“{token.text}”); the English states "
                    f"{stated} instead.",
            trans=context.trans_span(*where),
            orig=context.orig_span(token.start, token.end),
            basis="degree", expected=_DEGREE_EXPECTED[kind],
            evidence=f"Turkish {token.text}: {_DEGREE_NAMES[kind]} (morphological analysis); no English word of "
                     f"that degree ({', '.join(sorted(_KEEPS[kind])[:4])} ...)",
        )
        return


_DEGREE_NAMES = {"necessity": "necessity", "possibility": "possibility", "hope": "hope",
                 "consideration": "plan under consideration"}
_DEGREE_EXPECTED = {"necessity": "must / has to / needs to", "possibility": "may / might / could / probably",
                    "hope": "hopes", "consideration": "is considering / plans to"}


# --- a condition told as a fact, and a hedging adverb dropped (session 10) ------------------------------------------

# Turkish conditions: a verb in the conditional mood (-sA: "aşarsa", "onaylanmazsa"; not "-sA da", although, nor
# "ne olursa olsun", whatever), eğer / şayet, and a postposition after a verb made a noun ("kabul edilmesi halinde",
# "olmadığı takdirde", "ulaşması durumunda", "ödemesi şartıyla / koşuluyla / kaydıyla", "olduğu sürece").
_CONDITION_POSTPOSITIONS = frozenset("halinde hâlinde takdirde takdirinde durumunda şartıyla koşuluyla kaydıyla "
                                     "sürece".split())
_CONDITION_WORDS = frozenset(("eğer", "şayet"))
_CONDITIONAL_SHAPE = re.compile(r"s[ae](?:m|n|k|n[ıi]z|l[ae]r)?$|s[ae]yd[ıi]\w*$")
_CONCESSIVE_AFTER = frozenset(("da", "de", "olsun", "bile"))
# English words that keep a condition (or a time that may not come: "whenever").
_ENGLISH_CONDITION = frozenset(
    "if unless provided providing whether should assuming otherwise subject depending condition conditions "
    "conditional whenever case event long".split())
# English words of time that take the event for granted: "once the ministry signs it" says it will. They keep a
# condition of a general truth ("-sA" with an aorist), not one of a single future event (a -(y)AcAk verb after it).
_ENGLISH_TIME_OF_EVENT = re.compile(r"\b(?:once|when|as soon as)\b", re.IGNORECASE)
# English that presents the condition as a fact: a reason or a thing already done or following.
_ENGLISH_FACT_CONNECTIVE = re.compile(
    r"\b(?:now that|given that|because|since|as a result of|thanks to|following|after|having been)\b", re.IGNORECASE)
_EVENT_NOMINALISATIONS = frozenset("Inf1 Inf2 PastPart FutPart PresPart".split())
# English that tells the condition as a circumstance already there (session 12): "as" opening a clause ("As the
# incentives continue, ..."; not "as a result", "as well", "as of", "as expected" ...) and a fronted "with" phrase
# set off by a comma ("With the funds approved, ...", "With the weather favourable, ..."). Like "once" and "when"
# they may render a condition of what generally happens ("as prices rise, demand falls"), so they count only
# against a single event to come or expected.
_ENGLISH_CIRCUMSTANCE = re.compile(
    r"(?:^|(?<=[.!?;:,]\s)|(?<=[“\"]))(?:as(?!\s+(?:a|an|the\s+result|well|part|of|for|to|soon|long|much|many|far|"
    r"expected|planned|usual|such|if|though|per|in|with|at|on|from|against|compared|opposed|it|is|was|were|"
    r"are|mentioned|noted|reported|stated|said|announced|agreed|previously|before|already|always|ever|one|both|"
    r"early|recently|yet|regards?)\b)|with(?=\s[^,.;]{3,50},))\b",
    re.IGNORECASE)
# Turkish words of a single event expected to come: a future, or a verb of expecting or planning.
_EXPECTED_EVENT = re.compile(r"^(?:beklen|öngörül|planlan|hedeflen|tahmin)\w*")


def _turkish_conditions(view: BeadView) -> list[tuple[object, object]]:
    """The conditions of the Turkish sentence, each as its first and last token, read by the analyser."""
    from drift.text.morphology import analyses, read

    folded, tokens = view.orig_folded, view.orig_tokens
    first = tokens[0].position
    found = []
    for token in tokens:
        word = folded[token.position]
        following = folded[token.position + 1] if token.position + 1 < first + len(tokens) else ""
        if word in _CONDITION_WORDS:
            found.append((token, token))
        elif word in _CONDITION_POSTPOSITIONS and token.position > first:
            before = tokens[token.position - first - 1]
            if any(item.root_pos == "Verb" and item.nominalisation in _EVENT_NOMINALISATIONS
                   for item in analyses(folded[before.position])):
                found.append((before, token))
        elif _CONDITIONAL_SHAPE.search(word) and word != "ise" and following not in _CONCESSIVE_AFTER and \
                not (token.text[:1].isupper() and token.position > first):
            analysis = read(word)
            # A second person is a turn of speech, not a condition of the news: "doğrusunu isterseniz" (to tell the
            # truth), "bakarsanız".
            if analysis is not None and analysis.conditional and analysis.finite and \
                    analysis.person not in ("A2sg", "A2pl"):
                found.append((token, token))
    return found


def _conditions_made_facts(context: CheckContext, view: BeadView, trans: str, trans_start: int, words: set[str]):
    """A condition of the original ("kabul edilmesi halinde": if it is accepted) told as a fact or a reason ("now that
    it has been accepted", "because", "after")."""
    if words & _ENGLISH_CONDITION:
        return
    fact = _ENGLISH_FACT_CONNECTIVE.search(trans) or _ENGLISH_TIME_OF_EVENT.search(trans) \
        or _ENGLISH_CIRCUMSTANCE.search(trans)
    if fact is None:
        return  # read first: a sentence with no reason or sequence cannot have made a condition one
    conditions = _turkish_conditions(view)
    if not conditions:
        return
    first, last = conditions[0]
    if _ENGLISH_TIME_OF_EVENT.fullmatch(fact.group()) or _ENGLISH_CIRCUMSTANCE.fullmatch(fact.group()):
        # "once", "when", "as" and "with" render a condition of what generally happens; against a single future
        # event that the original makes hang on the condition (or expects: "bekleniyor") they tell the reader it
        # will come
        offset = view.orig_tokens[0].position
        if not any(_FUTURE.match(view.orig_folded[token.position])
                   or _EXPECTED_EVENT.match(view.orig_folded[token.position])
                   for token in view.orig_tokens[last.position - offset + 1:]):
            return
    said = " ".join(token.text for token in view.orig_tokens[first.position - view.orig_tokens[0].position:
                                                              last.position - view.orig_tokens[0].position + 1])
    yield make_finding(
        hedge_lost, view,
        message=f"The original sets a condition (“{said}”: if); the English states it as a fact (“{fact.group()}”).",
        trans=context.trans_span(trans_start + fact.start(), trans_start + fact.end()),
        orig=context.orig_span(first.start, last.end),
        basis="condition", expected="if / provided that",
        evidence=f"Turkish {said}: a condition (morphological analysis); English {fact.group()}, and no if, unless, "
                 "provided or other word of condition",
    )


# Adverbs that hedge the whole statement: muhtemelen, belki, galiba, herhalde, anlaşılan, and a noun of
# likelihood in the instrumental ("büyük ihtimalle", "büyük olasılıkla": in all likelihood).
# "sanırım" (I think) is left out: a writer's own opinion marker in a column, where the whole text is opinion.
_HEDGE_ADVERBS = frozenset("muhtemelen belki galiba herhalde anlaşılan olasılıkla ihtimalle".split())
# English words that keep some hedge: any modal of possibility, belief, expectation, report or appearance.
_ENGLISH_ANY_HEDGE = _ENGLISH_POSSIBLE | _ENGLISH_HEDGE | _ENGLISH_BELIEF | frozenset(
    "presumably apparently seemingly supposedly reportedly allegedly guess suppose supposes reckon reckons "
    "likelihood odds doubt doubtful unclear unsure uncertain must".split())


# The particle of a phrasal sense ("lie in", "go up") is no verb to point at.
_PARTICLES = frozenset("in on at to of up down out off by for with into over about away back".split())


def _hedged_verb(context: CheckContext, view: BeadView, after: int):
    """The English verb of the first finite Turkish verb after a position (not a verb of saying), if the lexicon
    finds it: where a dropped hedge shows."""
    from drift.text.morphology import read

    folded = view.orig_folded
    for position in range(after + 1, view.orig_tokens[-1].position + 1):
        analysis = read(folded[position])
        if analysis is None or not analysis.finite or _SAYING.match(folded[position]):
            continue
        rendered = [item for item in _verb_renderings(context, view, folded[position])
                    if item.text.lower() not in _ENGLISH_SPEECH | _PARTICLES]
        return rendered[0] if rendered else None
    return None


def _hedge_adverbs_dropped(context: CheckContext, view: BeadView, trans: str, trans_start: int, words: set[str]):
    """A hedging adverb of the original ("muhtemelen": probably) dropped, the English keeping no hedge at all."""
    if words & _ENGLISH_ANY_HEDGE or _ENGLISH_REPORTED_HEDGE.search(trans):
        return
    token = next((item for item in view.orig_tokens if view.orig_folded[item.position] in _HEDGE_ADVERBS), None)
    if token is None:
        return
    rendered = _hedged_verb(context, view, token.position)
    where = (rendered.start, rendered.end) if rendered else (trans_start, trans_start + len(trans))
    yield make_finding(
        hedge_lost, view,
        message=f"The original hedges the statement (“{token.text}”: probably, perhaps); the English states it "
                "without any hedge.",
        trans=context.trans_span(*where),
        orig=context.orig_span(token.start, token.end),
        basis="hedge-adverb", expected="probably / perhaps / most likely",
        evidence=f"Turkish {token.text}: a hedging adverb; no may, probably, likely, perhaps, think, apparently or "
                 "other hedge in the English",
    )


# --- the status of an event, and hearsay (session 13) --------------------------------------------------------------

_STATUS_NAMES = {"request": "asked for", "proposal": "proposed or advised", "plan": "planned or aimed at",
                 "consideration": "under consideration", "necessity": "required"}
_STATUS_EXPECTED = {"request": "asked for / called for", "proposal": "proposed / recommended / suggested",
                    "plan": "plans to / aims to", "consideration": "is considering / is discussing",
                    "necessity": "must / has to / is required to"}


def _statuses_stated(context: CheckContext, view: BeadView, trans: str, trans_start: int, words: set[str]):
    """An event the original leaves to come under a verb of asking, proposing, planning, study or need ("yapılmasını
    önerdi", "genişletmeyi planlıyor", "izin istedi", "ödemeleri gerekiyor") that the English, with no such verb
    and no modal, tells as done, under way, a habit, or met and decided ("received support", "has ordered")."""
    from drift.checks._status import english_frame, english_outcome, english_stated, governed_events

    folded = view.orig_folded
    obligation = _ENGLISH_OBLIGATION.search(trans)
    if obligation is not None and not words & _ENGLISH_REQUEST and \
            not any(_TURKISH_NECESSITY.match(word) for word in folded):
        # A thing asked for or proposed, made an obligation ("kameraları isteniyor" / "cameras are required"): the
        # basis "requested" reads it with a clause; here also a noun asked for. Minor, as there.
        event = next((item for item in governed_events(view) if item.kind in ("request", "proposal")), None)
        if event is not None:
            named = " ".join(view.orig_tokens[position].text
                             for position in range((event.clause or event.first).position, event.last.position + 1))
            yield make_finding(
                hedge_lost, view,
                message=f"The original says it is {_STATUS_NAMES[event.kind]} (“{named}”); the English makes it an "
                        f"obligation (“{obligation.group()}”).",
                trans=context.trans_span(trans_start + obligation.start(), trans_start + obligation.end()),
                orig=context.orig_span((event.clause or event.first).start, event.last.end),
                basis="status", expected=_STATUS_EXPECTED[event.kind], severity=Severity.MINOR,
                evidence=f"Turkish {named}: {_STATUS_NAMES[event.kind]}; English {obligation.group()} with no ask, "
                         "request, propose or recommend",
            )
            return
    if english_frame(trans, words):
        return  # any verb of asking, planning ..., any modal or "is to": the English keeps some status
    for event in governed_events(view):
        where, stated = None, ""
        if event.clause is not None:
            for item in _clause_renderings(context, view, event.clause):
                stated = english_stated(view, item)
                if stated:
                    where = item
                    break
        if where is None and event.kind != "necessity":
            where = english_outcome(view)
            stated = "met or decided" if where is not None else ""
        if where is None:
            # The lexicon may not know the English verb ("is setting up" for kurmak): any verb whose auxiliary
            # states it done, under way or habitual stands for the event, the English having no governor left.
            where = next((item for item in view.trans_tokens if english_stated(view, item, auxiliary=True)), None)
            stated = english_stated(view, where, auxiliary=True) if where is not None else ""
        if where is None:
            continue
        governor = " ".join(view.orig_tokens[position].text
                            for position in range(event.first.position, event.last.position + 1))
        named = f"{event.clause.text} {governor}" if event.clause is not None else governor
        start = (event.clause or event.first).start
        yield make_finding(
            hedge_lost, view,
            message=f"The original says it is {_STATUS_NAMES[event.kind]} (“{named}”); the English tells it "
                    f"{stated if stated.startswith('as ') else 'as ' + stated} (“{where.text}”).",
            trans=context.trans_span(where.start, where.end),
            orig=context.orig_span(min(start, event.first.start), event.last.end),
            basis="status", expected=_STATUS_EXPECTED[event.kind],
            evidence=f"Turkish {named}: {_STATUS_NAMES[event.kind]} (morphological analysis); English "
                     f"{where.text} with no verb of asking, proposing, planning or need and no modal",
        )
        return


def _clause_renderings(context: CheckContext, view: BeadView, clause) -> list:
    """English tokens that render the verb of a Turkish clause, through the lexicon; where its first lemma has none,
    through the analyser's other verbs of it ("alınmasını": alınmak, be offended, or almak in the passive, buy)."""
    from drift.text.morphology import analyses

    folded = view.orig_folded
    previous = folded[clause.position - 1] if clause.position else ""
    found = _verb_renderings(context, view, folded[clause.position], previous)
    if found:
        return found
    lemmas = dict.fromkeys(reading.lemma for reading in analyses(folded[clause.position])
                           if reading.root_pos == "Verb" and reading.lemma.endswith(("mak", "mek")))
    return next((found for found in (_verb_renderings(context, view, lemma) for lemma in lemmas) if found), [])


# English words that keep a claim someone else's: a reporting verb, "reportedly", "it seems", "word is", "rumour".
_ENGLISH_HEARSAY = re.compile(
    r"\b(?:seem(?:s|ed|ingly)?|appear(?:s|ed|ently)?|evidently|hear(?:s|d)?|rumou?r\w*|word|accounts?|reports?|"
    r"believed?|thought|understood|allegations?|supposed(?:ly)?|claims?|story|stories|gossip|grapevine)\b",
    re.IGNORECASE)


def _hearsay_stated(context: CheckContext, view: BeadView):
    """A predicate the original marks as heard ("saklıyormuş": reportedly keeps; "yokmuş": reportedly has none)
    that the English states as fact, with no reporting verb or word of hearsay in its sentence."""
    from drift.checks._status import hearsay

    folded = " ".join(view.orig_folded)
    if _REPORTED.search(folded) or _REPORTED_CLAUSE.search(folded):
        return  # the basis "reported" reads that sentence
    trans, trans_start = _english_text(context, view)
    if _ENGLISH_REPORTED.search(trans) or _ENGLISH_REPORTED_HEDGE.search(trans) or _ENGLISH_HEARSAY.search(trans):
        return
    if _attributed_before(context, view):
        return
    token = hearsay(view)
    if token is None:
        return
    from drift.checks._status import english_stated

    # The English verb of the predicate ("are keeping"), not a verb of its purpose ("to wait");
    # else the first verb the English states as done or under way; else the sentence.
    first = view.trans_tokens[0].position
    rendered = [item for item in _clause_renderings(context, view, token)
                if item.position == first or view.trans_tokens[item.position - first - 1].text.lower() != "to"] or \
        [item for item in view.trans_tokens if english_stated(view, item, auxiliary=True)]
    where = (rendered[0].start, rendered[0].end) if rendered else (trans_start, trans_start + len(trans))
    yield make_finding(
        hedge_lost, view,
        message=f"The original passes this on as heard (“{token.text}”, the evidential -mIş); the English states "
                "it as fact.",
        trans=context.trans_span(*where),
        orig=context.orig_span(token.start, token.end),
        basis="hearsay", expected="reportedly / is said to",
        evidence=f"Turkish {token.text}: -(y)mIş after a tense or on a noun (hearsay); no reporting word in the "
                 "English",
    )


def _attributed_before(context: CheckContext, view: BeadView) -> bool:
    """Whether the English sentence before, in the same paragraph, names who says it ("Er said ...", "according to
    the guide"): a translator then tells what follows as that person's account without repeating the frame."""
    sentences = context.alignment.trans_sentences
    index = view.trans_sentences[0].index
    if index == 0:
        return False
    before = sentences[index - 1]
    between = context.alignment.trans.text[before.end:view.trans_sentences[0].start]
    return "\n" not in between and bool(_ENGLISH_REPORTED.search(before.text))


# --- the modal frame of the sentence (session 14) --------------------------------------------------------------------

_FRAME_NAMES = {"condition": "a condition", "question": "an open question (whether)", "necessity": "a necessity",
                "ability": "an ability or a possibility", "permission": "a permission", "ban": "a ban",
                "denial": "a denial", "confirmation": "a confirmation", "intention": "an intention",
                "advice": "advice", "restriction": "a restriction"}
_FRAME_EXPECTED = {"condition": "if / should / in the event that", "question": "whether / if",
                   "necessity": "must / has to", "ability": "can / will be able to / may",
                   "permission": "allowed / permitted / free to", "ban": "banned / prohibited / forbidden",
                   "denial": "denied / rejected / dismissed", "confirmation": "confirmed",
                   "intention": "intends to / means to / plans to"}
# Words that open a content question: an English that asks how or why a thing happened takes the thing for granted.
_ENGLISH_CONTENT_QUESTION = re.compile(r"\b(?:how|why|when|where|what|who|which)\b", re.IGNORECASE)
_ENGLISH_RULE_STATED = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:only|now|also|still|no longer|"
                                  r"not)\s+)*$", re.IGNORECASE)
_TURKISH_NEGATION_WORDS = frozenset("değil değildi değildir yok yoktu hiç asla".split())


def _frames_changed(context: CheckContext, view: BeadView, trans: str, trans_start: int):
    """A modal frame of the original (drift/checks/_frames.py) the English drops, turns round or adds.

    Read after the other bases, where none reports the sentence: a frame of the original none of whose keepers the
    English has, told with an opposite frame (a ban as a permission, advice or a restriction; a permission as a ban
    or a duty; a denial as a confirmation), or, for a condition, an open question, a ban, a permission, a denial or
    an intention, with nothing in its place (the event stated as plain fact); or an English ban or permission that a
    Turkish sentence with no frame and no negation does not state."""
    from drift.checks._frames import ADDED, DROPPED, KEEPS, OPPOSES, english_frames, turkish_frames

    offset = view.orig_tokens[0].position
    folded = tuple(view.orig_folded[token.position] for token in view.orig_tokens)
    marks = turkish_frames(folded, tuple(index > 0 and token.text[:1].isupper()
                                         for index, token in enumerate(view.orig_tokens)))
    english = english_frames(trans)
    present = {mark.frame for mark in english}
    for mark in marks:
        if mark.role != "frame" or mark.frame not in KEEPS:
            continue
        # Against an opposite frame only a cue that states the frame keeps it: "with the board's approval" (a keep
        # cue) renders "onayıyla", not the "izin verilecek" turned into "required".
        if any(item.frame in KEEPS[mark.frame] and item.role in ("frame", "weak") for item in english):
            continue
        first, last = view.orig_tokens[mark.start], view.orig_tokens[mark.end]
        # An opposite the original states as well renders that frame of the original ("kazanabilmek için çalışmalı":
        # must work to be able to win), not this one turned round.
        stated = {item.frame for item in marks if item.end < mark.start or item.start > mark.end}
        opposite = next((item for item in english if item.role in ("frame", "weak")
                         and item.frame in OPPOSES.get(mark.frame, ()) and item.frame not in stated), None)
        if opposite is None and present & KEEPS[mark.frame]:
            continue
        if opposite is not None and opposite.frame == "advice" and _reported_necessity(folded[mark.end]):
            continue
        if opposite is not None:
            yield make_finding(
                hedge_lost, view,
                message=f"The original states {_FRAME_NAMES[mark.frame]} (“{mark.text}”); the English states "
                        f"{_FRAME_NAMES[opposite.frame]} (“{opposite.text}”).",
                trans=context.trans_span(trans_start + opposite.start, trans_start + opposite.end),
                orig=context.orig_span(first.start, last.end),
                basis="frame", expected=_FRAME_EXPECTED[mark.frame],
                evidence=f"Turkish {mark.text}: {mark.frame} (frame table); English {opposite.text}: "
                         f"{opposite.frame}, and no English word that keeps the {mark.frame}",
            )
            return
        if mark.frame not in DROPPED:
            continue
        where = _frame_event(context, view, trans, trans_start, mark, offset)
        yield make_finding(
            hedge_lost, view,
            message=f"The original puts the event under {_FRAME_NAMES[mark.frame]} (“{mark.text}”); the English "
                    "drops it and states the event as plain fact.",
            trans=context.trans_span(*where),
            orig=context.orig_span(first.start, last.end),
            basis="frame", expected=_FRAME_EXPECTED[mark.frame],
            evidence=f"Turkish {mark.text}: {mark.frame} (frame table); no English word of that frame "
                     f"({', '.join(sorted(KEEPS[mark.frame]))})",
        )
        return
    if marks or _turkish_negated(folded):
        return
    # Only a rule stated of the subject ("are banned", "is only permitted"): "allowing" or "illegal" in an English
    # sentence more often render another Turkish construction (sağlayarak, kaçak) than add a rule.
    added = next((item for item in english if item.role == "frame" and item.frame in ADDED
                  and _ENGLISH_RULE_STATED.search(trans[:item.start])), None)
    if added is not None:
        yield make_finding(
            hedge_lost, view,
            message=f"The English states {_FRAME_NAMES[added.frame]} (“{added.text}”) the original does not: it "
                    "states the event plainly.",
            trans=context.trans_span(trans_start + added.start, trans_start + added.end),
            orig=None, basis="frame", expected="the plain statement of the original",
            evidence=f"English {added.text}: {added.frame} (frame table); no modal frame and no negation in the "
                     "Turkish",
        )


def _reported_necessity(word: str) -> bool:
    """A necessity told as what someone said must be done ("beklememeleri gerektiğini söyledi", "-mAsI gerektiği
    hatırlatıldı"): a call on the listeners, which English renders by urged, advised, warned or asked to."""
    from drift.text.morphology import read

    reading = read(word)
    return reading is not None and reading.nominalisation in ("PastPart", "FutPart")


def _frame_event(context: CheckContext, view: BeadView, trans: str, trans_start: int, mark, offset: int):
    """Where a dropped frame shows in the English: a content question put for an open one ("how" for "whether"),
    else the English verb of the framed event (the cue's own verb, or the clause before a noun cue), else the
    sentence."""
    if mark.frame == "question":
        asked = _ENGLISH_CONTENT_QUESTION.search(trans)
        if asked:
            return trans_start + asked.start(), trans_start + asked.end()
    folded = view.orig_folded
    positions = [view.orig_tokens[mark.start].position]
    if mark.start > 0:
        positions.append(view.orig_tokens[mark.start - 1].position)
    for position in positions:
        previous = folded[position - 1] if position > offset else ""
        rendered = [item for item in _verb_renderings(context, view, folded[position], previous)
                    if item.text.lower() not in _ENGLISH_SPEECH | _PARTICLES]
        if rendered:
            return rendered[0].start, rendered[0].end
    return trans_start, trans_start + len(trans)


def _turkish_negated(folded: tuple[str, ...]) -> bool:
    """Whether the Turkish sentence negates anything (a negated verb, değil, yok): an English ban may render it."""
    from drift.text.morphology import read

    if any(word in _TURKISH_NEGATION_WORDS for word in folded):
        return True
    return any((analysis := read(word)) is not None and analysis.negative for word in folded if word[:1].isalpha())
