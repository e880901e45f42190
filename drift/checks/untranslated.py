"""Untranslated: Turkish words left in the English.

Why it matters: an English reader cannot read "the adliye" or "Kocaeli’de";
the Turkish suffix glued to a name ("Kocaeli’de" = in Kocaeli) also carries a
meaning the reader loses.

Flagged: a name with a Turkish case suffix after an apostrophe
("Erdoğan'ın"); a lower-case word that is Turkish, not English, and either
stands in the aligned Turkish sentence ("the adliye") or has a letter no
English word has (ğ, ı, ş); a capitalised Turkish word with an inflectional
suffix, which a proper name would not carry ("Bingol Valiliği", "Onur
Ödülü", "Lojistikçiler"); the Turkish name of a foreign place ("Halep" for
Aleppo, "Almanya" for Germany; drift.lexicon.places). Adjacent flagged words
are reported together. Without an original (`drift lint`) the rules that need
none still apply. Expected: the English name of a place, else the lexicon's
rendering where it has one.
"""

from __future__ import annotations

from drift.checks import check
from drift.checks._names import inflected, is_english_word
from drift.checks.context import CheckContext, make_finding
from drift.model import Category, Severity
from drift.text.fold import fold_case
from drift.text.tokens import Token

# Turkish case and possessive endings that follow a name's apostrophe. The
# English possessive "'s" and contractions are not among them.
TURKISH_SUFFIXES = frozenset(
    "a e ya ye ı i u ü yı yi yu yü da de ta te dan den tan ten nda nde ndan nden "
    "ın in un ün nın nin nun nün la le yla yle dır dir dur dür tır tir ki "
    "daki deki taki teki ya'ya ye'ye nı ni nu nü na ne".split()
)


# Letters no English word has; ö, ü and ç also occur in borrowed names.
_TURKISH_ONLY_LETTERS = frozenset("ğış")


def _lemma(context: CheckContext, word: str) -> str | None:
    from drift.lexicon.lemma import turkish_lemmas

    lemmas = turkish_lemmas(word, context.resources.lexicon)
    return lemmas[0] if lemmas else None


def _reason(context: CheckContext, token: Token, turkish_words: set[str]) -> str | None:
    """Why this English token is Turkish, or None when it is not."""
    if token.suffix and fold_case(token.suffix, turkish=True) in TURKISH_SUFFIXES and token.stem[:1].isupper():
        return f"“{token.suffix}” is a Turkish case ending glued to the name"
    if not token.stem.isalpha() or len(token.stem) < 3 or is_english_word(context, token.stem):
        return None
    folded = fold_case(token.stem, turkish=True)
    lemma = _lemma(context, token.stem)
    if lemma is None:
        return None
    if token.stem.islower() and (folded in turkish_words or lemma in turkish_words):
        return f"“{token.stem}” is the Turkish word of the original, not an English one"
    if token.stem.islower() and set(folded) & _TURKISH_ONLY_LETTERS and folded.startswith(lemma[:3]):
        return f"“{token.stem}” is a Turkish word ({lemma}), not an English one"
    if not token.stem.islower() and inflected(folded, lemma):
        return f"“{token.stem}” is an inflected Turkish word ({lemma} + suffix), not a name"
    return None


def _place_names(tokens: tuple[Token, ...]):
    """(first, last, English name) for each Turkish place name among capitalised English tokens, longest first."""
    from drift.lexicon.places import MAX_WORDS, exonyms, first_words, place_word

    table, starts = exonyms(), first_words()
    # Only capitalised words without an apostrophe ending can be part of a name here.
    words = [place_word(token.stem) if token.stem[:1].isupper() and not token.suffix else None for token in tokens]
    position = 0
    while position < len(tokens):
        if words[position] in starts:
            for size in range(min(MAX_WORDS, len(tokens) - position), 0, -1):
                key = tuple(words[position:position + size])
                if None not in key and key in table:
                    yield position, position + size - 1, table[key]
                    position += size - 1
                    break
        position += 1


@check("D701", "untranslated", Category.UNTRANSLATED, Severity.MINOR, needs_original=False)
def untranslated(context: CheckContext):
    lexicon = context.resources.lexicon
    for view in context.beads:
        turkish_words = {fold_case(token.stem, turkish=True) for token in view.orig_tokens}
        turkish_words |= {lemma for token in view.orig_tokens if (lemma := _lemma(context, token.stem))}
        handles = {token.stem[1:].lower() for token in view.orig_tokens if token.is_handle}
        places = list(_place_names(view.trans_tokens))
        in_places = {token.position for first, last, _ in places for token in view.trans_tokens[first:last + 1]}
        for first, last, english in places:
            start, end = view.trans_tokens[first], view.trans_tokens[last]
            name = context.alignment.trans.text[start.start:end.end]
            yield make_finding(
                untranslated, view,
                message=f"Turkish left in the English: “{name}” is the Turkish name of {english}.",
                trans=context.trans_span(start.start, end.end),
                orig=None,
                basis="place-name",
                expected=english,
                evidence="Turkish place name (drift.lexicon.places) in English text",
            )
        flagged: list[tuple[Token, str]] = []
        for token in view.trans_tokens:
            if token.stem.lower() in handles or token.position in in_places:
                continue  # a handle that lost its "@" is another check's business
            reason = _reason(context, token, turkish_words)
            if reason:
                flagged.append((token, reason))
        runs: list[list[tuple[Token, str]]] = []
        for token, reason in flagged:
            if runs and runs[-1][-1][0].position + 1 == token.position:
                runs[-1].append((token, reason))
            else:
                runs.append([(token, reason)])
        for run in runs:
            first, last = run[0][0], run[-1][0]
            words = [token for token, _ in run]
            renderings = []
            for token in words:
                lemma = _lemma(context, token.stem)
                senses = lexicon.senses(lemma) if lemma else ()
                renderings.append(senses[0] if senses else token.stem)
            suffix_only = all(token.suffix and "case ending" in reason for token, reason in run)
            yield make_finding(
                untranslated, view,
                message="Turkish left in the English: " + "; ".join(reason for _, reason in run) + ".",
                trans=context.trans_span(first.start, last.end),
                orig=None,
                basis="turkish-words",
                expected=" ".join(token.stem for token in words) if suffix_only else " ".join(renderings),
                evidence="Turkish word or suffix in English text",
            )
