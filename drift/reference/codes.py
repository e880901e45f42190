"""The findings of an English reference comparison: codes, categories, default severities and what each means.

Reference mode (drift.reference) has no Turkish to read, so its findings come
from one word diff rather than from the checks of drift.checks; they share the
categories, severities and output contract, and `drift explain` knows them.
"""

from __future__ import annotations

from dataclasses import dataclass

from drift.model import Category, Severity


@dataclass(frozen=True)
class ReferenceCode:
    """One kind of reference finding."""

    code: str
    slug: str
    category: Category
    severity: Severity
    doc: str
    # Measured precision on samples/dev (drifted English and second faithful translations against en_faithful.txt),
    # (correct + 1) / (correct + wrong + 2) as drift.checks._confidence does; 0.5 where not yet measured. R110-R112
    # never fire on samples/dev: theirs is measured on samples/dev2, holdout3, holdout4 and holdout5; R113's on
    # samples/dev and those four (43 right of 43).
    confidence: float = 0.5

    @property
    def summary(self) -> str:
        return self.doc.splitlines()[0]


_WHY = ("\n\nFound by comparing the English with an English reference (the wire's English original with "
        "--orig-lang en, or a model's rendering of the Turkish with --mt) bead by bead, word by word; "
        "`expected` is the reference's wording.")

REFERENCE_CODES = (
    ReferenceCode("R101", "ref-name-changed", Category.NAME, Severity.CRITICAL,
                  "A name in the reference became another name in the English.\n\nA different person, place or "
                  "organisation is a fact a reader would repeat.\n\nExample: reference \"Phil Stewart\", English "
                  "\"Bill Stewart\"." + _WHY, confidence=0.889),
    ReferenceCode("R102", "ref-name-spelling", Category.NAME, Severity.MINOR,
                  "A name is spelled differently from the reference.\n\nStill recognisable, but readers and "
                  "search engines may not find the person.\n\nExample: reference \"Zelenskiy\", English "
                  "\"Zhelensky\"." + _WHY, confidence=0.917),
    ReferenceCode("R103", "ref-number-changed", Category.NUMBER, Severity.CRITICAL,
                  "A number differs from the reference.\n\nHow many, how much and which one are facts a reader "
                  "repeats.\n\nExample: reference \"12 people\", English \"21 people\"." + _WHY, confidence=0.966),
    ReferenceCode("R104", "ref-date-changed", Category.DATE, Severity.CRITICAL,
                  "A weekday or month differs from the reference.\n\nWhen something happened is a fact a reader "
                  "repeats.\n\nExample: reference \"Thursday, February 24\", English \"Tuesday, February 24\"."
                  + _WHY, confidence=0.909),
    ReferenceCode("R105", "ref-handle-lost", Category.OMISSION, Severity.MINOR,
                  "A social media handle lost its @ (or #).\n\nWithout it the handle no longer links to the "
                  "account.\n\nExample: reference \"(@phildstewart)\", English \"(phildstewart)\"." + _WHY),
    ReferenceCode("R106", "ref-negation", Category.MISTRANSLATION, Severity.MAJOR,
                  "A negation is on one side only.\n\nThe statement says the opposite of the reference.\n\n"
                  "Example: reference \"no formal request was made\", English \"a formal request was made\". "
                  "A verb whose meaning holds a negation answers one (\"stopped from crossing\", \"not allowed "
                  "to cross\")." + _WHY, confidence=0.909),
    ReferenceCode("R107", "ref-title-changed", Category.MISTRANSLATION, Severity.MAJOR,
                  "A word of a name or title that both texts have changed or was dropped.\n\nThe same person or "
                  "thing with another rank or name: a reader repeats the title.\n\nExample: reference "
                  "\"Governor Ahmet Tunçel\", English \"Mayor Ahmet Tuncel\"; reference \"Deputy Health "
                  "Minister\", English \"Health Minister\". Honorifics (Prof., Dr) are not compared." + _WHY,
                  confidence=0.857),
    ReferenceCode("R108", "ref-untranslated", Category.UNTRANSLATED, Severity.MINOR,
                  "A word left in Turkish where the reference has its English.\n\nThe English reader cannot read "
                  "it.\n\nExample: reference \"outside the courthouse\", English \"outside the adliye\" (the "
                  "lexicon gives \"courthouse\" for \"adliye\"); reference \"in Kocaeli\", English \"in "
                  "Kocaeli'de\" (a Turkish case ending); reference \"the Turkish Statistical Institute (TÜİK)\", "
                  "English \"TÜİK\" (an acronym left bare)." + _WHY, confidence=0.923),
    ReferenceCode("R109", "ref-roles-reversed", Category.MISTRANSLATION, Severity.MAJOR,
                  "The same words with who did what to whom reversed.\n\nA direction (to / from), a passive's "
                  "agent made the object, or two names swapped around one verb: the reader learns the "
                  "opposite.\n\nExample: reference \"return to Ankara\", English \"return from Ankara\"; "
                  "reference \"Yılmaz was received by the prime minister\", English \"Yılmaz received the prime "
                  "minister\"; reference \"Arslan praised Weber\", English \"Weber praised "
                  "Arslan\"; reference \"Tekin's visit to Oral\", English \"Oral's visit to Tekin\"; reference "
                  "\"lower in small shops than in large factories\", English \"lower in large factories than "
                  "in small shops\". The \"to\" of an infinitive and the \"from\" before a gerund are no "
                  "direction (\"stopped from crossing\", \"not allowed to cross\")." + _WHY, confidence=0.857),
    ReferenceCode("R110", "ref-hedge", Category.MISTRANSLATION, Severity.MAJOR,
                  "A hedge or a figure's qualifier is on one side only, or a different one.\n\nA claim the "
                  "reference reports, expects or thinks possible is stated as fact (or the reverse), or a figure "
                  "that was approximate, a lower or an upper bound became another kind.\n\nExample: reference "
                  "\"the route may have changed\", English \"the route has changed\"; reference \"about 2.5 "
                  "metres\", English \"exactly 2.5 metres\"; reference \"up to five years\", English "
                  "\"five years\". Hedges: may, might, could, reportedly, allegedly, expected, estimated, "
                  "believed, claimed and their kin, and a passive of belief or report (is thought to, is said to); "
                  "\"would\" is no hedge. A verb of going beyond a figure (exceeded, topped) bounds it as "
                  "\"more than\" does." + _WHY, confidence=0.906),
    ReferenceCode("R111", "ref-relative-time", Category.DATE, Severity.MAJOR,
                  "A relative time differs: another direction, amount or unit.\n\nThe event moves in time for "
                  "the reader.\n\nExample: reference \"two weeks ago\", English \"in two weeks\"; reference "
                  "\"next month\", English \"last month\"; reference \"the day before yesterday\", English "
                  "\"yesterday\". Compared only where both texts give a relative time: a copy that names the "
                  "date instead says nothing." + _WHY, confidence=0.979),
    ReferenceCode("R112", "ref-pronoun-gender", Category.MISTRANSLATION, Severity.MAJOR,
                  "\"He\" on one side, \"she\" on the other.\n\nThe reader is told about another person, or "
                  "the person's gender is invented.\n\nExample: reference \"she said\", English \"he said\"."
                  + _WHY, confidence=0.917),
    ReferenceCode("R113", "ref-opposite", Category.MISTRANSLATION, Severity.MAJOR,
                  "A word put for its opposite.\n\nThe copy says the reverse of the reference while every name and "
                  "number still matches.\n\nExample: reference \"the council rejected the plan\", English \"the "
                  "council approved the plan\"; reference \"a mild winter\", English \"a severe winter\". "
                  "Opposites are WordNet's and the antonym table's (drift/checks/data/antonyms.tsv); a word the "
                  "table calls too general (\"back\") counts only where it is the one word put for the other. An event "
                  "held, staged or run on one side and called off or put off on the other (WordNet's senses of "
                  "\"cancel\" and \"postpone\") is an opposite too. A "
                  "negation on one side only is R106, and \"unfair\" for \"not fair\" is no opposite." + _WHY,
                  confidence=0.978),
    ReferenceCode("R114", "ref-unit-changed", Category.NUMBER, Severity.CRITICAL,
                  "Another currency or unit beside the same figure.\n\nThe digits match, so the number check "
                  "stays quiet, but the amount is another.\n\nExample: reference \"$40 million\", English "
                  "\"40 million euros\"; reference \"12 kilometres\", English \"12 miles\"; reference \"the "
                  "euro rose to 41.3 lira\", English \"the lira rose to 41.3 against the euro\" (the two "
                  "currencies changed places). A unit on one side only is not compared." + _WHY, confidence=0.667),
    ReferenceCode("R201", "ref-wording", Category.MISTRANSLATION, Severity.MINOR,
                  "Words of the reference became other words, with no synonym to explain them.\n\nA rewording "
                  "whose words share no sense may say something else: read both.\n\nExample: reference "
                  "\"informally raised\", English \"inadvertently raised\". Synonyms (two English words among "
                  "the first senses of one Turkish word in the lexicon, or words WordNet puts under one near "
                  "neighbour: cut, lower; a phrase it lists as one word counts as one: turn down, reject), moved "
                  "words, inflections, British and American spellings (metres, meters), a negative prefix against "
                  "\"not\" (unfair, not fair), function words, verbs of saying (said, noted, stressed, responded) "
                  "and connectives (meanwhile, for his part) are not reported, nor is a word WordNet defines by the "
                  "other (reconvene: meet again), a compound written as one word or two (drillship, drilling ship), "
                  "a word of frequency and its unit (weekly, every week), a word only not repeated, one support "
                  "verb put for another (held a drill, staged an exercise), two words WordNet defines by one rare "
                  "head (examine, discuss: consider) or a closed compound WordNet does not list (floodwall, wall), "
                  "one verb put for another with its subject and object swapped round it (X won the prize, the "
                  "prize went to X), a verb and its noun put for one verb (made a complaint, complained), a phrasal "
                  "verb split by its object pronoun (hand it over), an acronym the lexicon spells out (MP: member "
                  "of parliament), a particle and a noun written as one word (offshore, off the coast), a part "
                  "of the day that holds the other side's clock time (morning, 9:15 a.m.), or two words of one "
                  "kind of a figure's bound (short of, below). "
                  "Words of facts (weekdays, numbers, units, frequencies), names, offices of people (secretary, "
                  "head), verbs of calling an event off (cancel, postpone) and opposites are never synonyms." + _WHY,
                  confidence=0.536),
    ReferenceCode("R202", "ref-words-added", Category.ADDITION, Severity.MINOR,
                  "Words in the English that the reference does not have.\n\nAdded words may add a claim. One "
                  "content word more is phrasing and is not reported; two or more are.\n\nExample: reference "
                  "\"Indonesia will receive the drones\", English \"Indonesia will receive the drones, the largest "
                  "export deal in history\"." + _WHY, confidence=0.75),
    ReferenceCode("R203", "ref-words-dropped", Category.OMISSION, Severity.MINOR,
                  "Words of the reference that the English left out.\n\nA dropped qualifier or object can "
                  "change what the sentence claims. One content word less is phrasing and is not reported; two "
                  "or more are.\n\nExample: reference \"1.8 million euros a season plus a bonus for every "
                  "match\", English \"1.8 million euros a season\"." + _WHY, confidence=0.75),
    ReferenceCode("R301", "mt-unsupported", Category.MISTRANSLATION, Severity.MINOR,
                  "An English word that neither the lexicon nor the model's rendering of the Turkish supports.\n\n"
                  "Two independent sources agree that the word has no source in the original: it may be added or "
                  "mistranslated. Only with --mt; the model's rendering alone never makes a finding.\n\nExample: "
                  "Turkish \"gayri resmi olarak\", rendering \"informally\", English \"inadvertently\"." + _WHY),
    ReferenceCode("R501", "ref-sentence-omitted", Category.OMISSION, Severity.MAJOR,
                  "A sentence of the reference has no counterpart in the English.\n\nThe reader does not learn "
                  "what it said.\n\nExample: the reference's \"Officials could not be reached for comment.\" is "
                  "missing." + _WHY, confidence=0.875),
    ReferenceCode("R502", "ref-sentence-added", Category.ADDITION, Severity.MINOR,
                  "A sentence of the English has no counterpart in the reference.\n\nAdded text (a source line, "
                  "an author bio, a claim) was not in the story.\n\nExample: \"Source: Turkish media\" at the "
                  "end." + _WHY, confidence=0.9),
)

_BY_CODE = {code.code: code for code in REFERENCE_CODES}


def reference_code(code: str) -> ReferenceCode:
    return _BY_CODE[code]


def find_reference_code(code_or_slug: str) -> ReferenceCode | None:
    """A reference code by code (case-insensitive) or slug, or None."""
    wanted = code_or_slug.strip().lower()
    return next((code for code in REFERENCE_CODES if code.code.lower() == wanted or code.slug == wanted), None)
