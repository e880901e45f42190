"""Compound rendered word for word: the English builds a Turkish term from its parts' other senses.

Why it matters: "asgari ücret" is the minimum wage and "kamuoyu yoklaması" an
opinion poll; "minimum fee" and "public roll call" read as English, each word
is a dictionary rendering of its Turkish word, yet together they name
something else. Sentence vectors score such a rendering as close as the
right one.

Flagged: a multiword term of the hand-kept glossary that carries meaning of
its own (not a grammatical phrase such as "herhangi bir"; a verb phrase only
when it is an idiom, "taşın altına elini koymak"), none of whose senses the
English renders, while each of its content words is rendered one by one
(drift.link) by English words standing close together. Expected: the
glossary's first sense.
Example: "asgari ücret" / "the minimum fee" (expected minimum wage).
"""

from __future__ import annotations

from drift.checks import check
from drift.checks._names import pair_views
from drift.checks._phrases import glossary_senses, meaningful_phrase
from drift.checks.context import CheckContext, make_finding
from drift.checks.idiom import is_idiom
from drift.model import Category, Severity

# How many words a literal rendering may spread over beyond one per Turkish word
# ("the minimum monthly fee"); farther apart, the words render something else.
_SPREAD = 2


@check("D409", "literal-compound", Category.MISTRANSLATION, Severity.MAJOR)
def literal_compound(context: CheckContext):
    lexicon = context.resources.lexicon
    for view in pair_views(context):
        links = context.links[view.index]
        rendered_as = links.rendered_as
        content = {word.token.position for word in links.orig_words}
        for phrase in links.phrases:
            if phrase.rendered_by or not meaningful_phrase(lexicon, phrase.key):
                continue
            if phrase.key.endswith(("mak", "mek")) and not is_idiom(lexicon, phrase.key):
                continue  # a verb phrase built from its words ("yüz yüze görüşmek") may be rendered from them
            parts = [token for token in phrase.orig_tokens if token.position in content]
            if len(parts) < 2 or not all(token.position in rendered_as for token in parts):
                continue
            # Each part's rendering nearest the first part's, so that a word used elsewhere does not count.
            anchor = min(rendered_as[parts[0].position])
            chosen = sorted(min(rendered_as[token.position], key=lambda position: abs(position - anchor))
                            for token in parts)
            if chosen[-1] - chosen[0] > len(parts) - 1 + _SPREAD:
                continue
            first, last = view.trans_tokens[chosen[0]], view.trans_tokens[chosen[-1]]
            orig_first, orig_last = phrase.orig_tokens[0], phrase.orig_tokens[-1]
            senses = glossary_senses(lexicon, phrase.key)
            literal = context.alignment.trans.text[first.start:last.end]
            yield make_finding(
                literal_compound, view,
                message=f"“{context.alignment.orig.text[orig_first.start:orig_last.end]}” means "
                        f"{', '.join(senses[:3])}; “{literal}” renders its words one by one and says something else.",
                trans=context.trans_span(first.start, last.end),
                orig=context.orig_span(orig_first.start, orig_last.end),
                expected=senses[0],
                evidence=f"{phrase.key!r} (glossary: {', '.join(senses[:4])}) rendered by none of its senses; "
                         "each of its words is rendered alone",
            )
