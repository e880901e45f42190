"""D102 name-swap beyond its registry case: given names that are words too, and titles."""

from __future__ import annotations

from findings import findings_of

ORIG = "Mahkeme, gazeteciler Elif Sarıkaya ve Cem Öztürk'ün beraatine hükmetti. Vali Ahmet Tunçel açıklama yaptı."


def _swaps(trans: str, encoder):
    return findings_of("D102", ORIG, trans, encoder)


def test_a_given_name_that_is_also_a_word_is_still_a_given_name(encoder):
    found = _swaps("The court acquitted journalists Elif Sarıkaya and Can Öztürk. Governor Ahmet Tunçel made a "
                   "statement.", encoder)
    assert [(finding.trans.text, finding.expected) for finding in found] == [("Can", "Cem")]


def test_a_title_before_the_surname_is_no_given_name(encoder):
    assert _swaps("The court acquitted journalists Elif Sarıkaya and Cem Öztürk. Governor Tunçel made a "
                  "statement.", encoder) == []


def test_a_sentence_opening_with_a_function_word_before_a_surname_is_no_swap(encoder):
    orig = "Belediye Başkanı Ali Dikmen, çalışmaların iyi gittiğini söyledi."
    assert findings_of("D102", orig, "In Dikmen's words, the work is going well, the mayor said.", encoder) == []
