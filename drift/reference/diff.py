"""A word diff inside one bead of two English texts: which content words changed, moved words seen through.

Pure: tokens in, `Change` records out. Words are compared by lemma
(counterparts = counterpart, said = say) and with case, full stops and curly
apostrophes folded, so "U.S." and "US" or "Zelenskiy's" and "Zelenskiy’s" are
the same word. Function words are left out of the comparison, except the words
that negate: a faithful rewording changes "the" into "its" all the time, and
no reader is misled by it. A word that one side has and the other has
elsewhere in the bead has moved, not changed ("Analysts say Ankara ..." and
"Ankara ..., say analysts"). Runs of changes separated by at most `GAP` equal
words become one change, because an editor reads a reworded phrase as one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Callable, Sequence

from drift.model import Language
from drift.text.fold import fold_case
from drift.text.stopwords import STOPWORDS
from drift.text.tokens import Token

# Words that turn a statement round: never treated as mere function words.
NEGATIONS = frozenset({"not", "n't", "no", "never", "nor", "without", "none", "neither", "nobody", "nothing"})
FUNCTION_WORDS = STOPWORDS[Language.ENGLISH] - NEGATIONS
# Changes with at most this many unchanged content words between them are one change.
GAP = 1


@dataclass(frozen=True)
class Change:
    """One changed stretch of a bead: the reference's words and the translation's, with what is left unexplained.

    `ref` and `trans` are every token of the stretch on each side (for the
    spans and the expected wording); `ref_left` and `trans_left` are the words
    that neither moved nor found a synonym on the other side.
    """

    ref: tuple[Token, ...]
    trans: tuple[Token, ...]
    ref_left: tuple[Token, ...]
    trans_left: tuple[Token, ...]


def word_key(token: Token) -> str:
    """A token as compared: case-folded, full stops out, a handle keeps its @."""
    return fold_case(token.stem).replace(".", "").replace("’", "'")


def is_content(token: Token) -> bool:
    return word_key(token) not in FUNCTION_WORDS


def diff_bead(ref_tokens: Sequence[Token], trans_tokens: Sequence[Token], lemma: Callable[[str], str],
              synonyms: Callable[[str, str], bool]) -> tuple[Change, ...]:
    """The changes from the reference's words to the translation's, moved words and synonyms explained."""
    ref = [token for token in ref_tokens if is_content(token)]
    trans = [token for token in trans_tokens if is_content(token)]
    ref_keys = [lemma(word_key(token)) for token in ref]
    trans_keys = [lemma(word_key(token)) for token in trans]
    all_opcodes = SequenceMatcher(None, ref_keys, trans_keys, autojunk=False).get_opcodes()
    opcodes = [op for op in all_opcodes if op[0] != "equal"]
    # Join changes separated by a short run of equal words.
    runs: list[list[int]] = []
    for _, i1, i2, j1, j2 in opcodes:
        if runs and i1 - runs[-1][1] <= GAP and j1 - runs[-1][3] <= GAP:
            runs[-1][1], runs[-1][3] = i2, j2
        else:
            runs.append([i1, i2, j1, j2])
    # A word the other side has elsewhere in the bead moved; only the surplus changed.
    ref_surplus = Counter(ref_keys) - Counter(trans_keys)
    trans_surplus = Counter(trans_keys) - Counter(ref_keys)
    equal_ref, equal_trans = set(), set()
    for tag, i1, i2, j1, j2 in all_opcodes:
        if tag == "equal":
            equal_ref.update(range(i1, i2))
            equal_trans.update(range(j1, j2))
    changes = []
    for i1, i2, j1, j2 in runs:
        ref_left = []
        for i in range(i1, i2):
            if i not in equal_ref and ref_surplus[ref_keys[i]] > 0:
                ref_surplus[ref_keys[i]] -= 1
                ref_left.append(i)
        trans_left = []
        for j in range(j1, j2):
            if j not in equal_trans and trans_surplus[trans_keys[j]] > 0:
                trans_surplus[trans_keys[j]] -= 1
                trans_left.append(j)
        # A word with a synonym on the other side of the same change is a rewording, not a change.
        for i in list(ref_left):
            partner = next((j for j in trans_left if synonyms(ref_keys[i], trans_keys[j])), None)
            if partner is not None:
                ref_left.remove(i)
                trans_left.remove(partner)
        if not ref_left and not trans_left:
            continue
        changes.append(Change(tuple(ref[i1:i2]), tuple(trans[j1:j2]),
                              tuple(ref[i] for i in ref_left), tuple(trans[j] for j in trans_left)))
    return tuple(changes)
