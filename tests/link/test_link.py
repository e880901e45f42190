"""Word links inside a bead, with the real lexicon: what is linked and what stays unlinked."""

from __future__ import annotations

import pytest

from drift.lexicon import load_lexicon
from drift.link import link_bead
from drift.text.tokens import tokenize


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _links(orig: str, trans: str, lexicon):
    orig_tokens, trans_tokens = tokenize(orig), tokenize(trans)
    links = link_bead(orig_tokens, trans_tokens, lexicon)
    pairs = {(orig_tokens[o].text, trans_tokens[t].text) for o, t in links.links}
    return links, pairs, {word.token.text for word in links.unlinked_trans()}


def test_names_and_lexicon_senses_link_and_the_rest_stays_unlinked(lexicon):
    links, pairs, unlinked = _links("Erdoğan'ın danışmanı toplantıda konuştu.",
                                    "Erdoğan's adviser spoke at the meeting about bananas.", lexicon)
    assert ("Erdoğan'ın", "Erdoğan's") in pairs
    assert ("danışmanı", "adviser") in pairs and ("toplantıda", "meeting") in pairs
    assert "bananas" in unlinked and "adviser" not in unlinked


def test_a_multiword_entry_is_rendered_by_one_of_its_senses(lexicon):
    links, _, unlinked = _links("ABD bunu gayri resmi olarak gündeme getirdi.",
                                "The US raised this informally.", lexicon)
    (phrase,) = [phrase for phrase in links.phrases if phrase.key == "gayri resmi olarak"]
    assert [token.text for token in phrase.rendered_by] == ["informally"]
    assert "informally" not in unlinked


def test_a_multiword_entry_missed_is_not_rendered(lexicon):
    links, _, unlinked = _links("ABD bunu gayri resmi olarak gündeme getirdi.",
                                "The US raised this inadvertently.", lexicon)
    (phrase,) = [phrase for phrase in links.phrases if phrase.key == "gayri resmi olarak"]
    assert phrase.rendered_by == () and "inadvertently" in unlinked


def test_a_hyphenated_compound_renders_its_parts(lexicon):
    _, pairs, unlinked = _links("İki şirket insansız hava aracı üretmek için anlaştı.",
                                "The two firms agreed to co-produce drones.", lexicon)
    assert ("üretmek", "co-produce") in pairs and "co-produce" not in unlinked



def test_a_bead_met_again_is_linked_once_to_the_same_links(lexicon):
    """A bead's view is remembered by content and keeps its links: checking a pair again links nothing anew."""
    from drift.checks.context import CheckContext, Resources, bead_views
    from drift.model import Alignment, Bead, Document, Language
    from drift.text.split import split_sentences

    orig = Document("Bakan Ankara'da konuştu. Toplantı uzun sürdü.\n", Language.TURKISH)
    trans = Document("The minister spoke in Ankara. The meeting ran long.\n", Language.ENGLISH)
    alignment = Alignment(orig, trans, split_sentences(orig.text, orig.language),
                          split_sentences(trans.text, trans.language),
                          (Bead((0,), (0,), 0.9, None, 0.1), Bead((1,), (1,), 0.9, None, 0.1)))
    first, again = (CheckContext(alignment, bead_views(alignment), Resources(load_lexicon=lambda: lexicon)).links
                    for _ in range(2))
    assert all(a is b for a, b in zip(first, again))
    views = bead_views(alignment)
    assert first == tuple(link_bead(view.orig_tokens, view.trans_tokens, lexicon) for view in views)
