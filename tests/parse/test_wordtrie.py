"""A trie of whole words and phrases matches what their plain alternation matches."""

from __future__ import annotations

import re

import pytest

from citekit import lexicons
from citekit.parse.wordtrie import whole_words_re

PHRASES = lexicons.words("prose_verbs")
PLAIN = re.compile(rf"\b{lexicons.alternation(PHRASES)}\b")
TEXTS = [
    "Smith argues that the treaty failed.",
    "Il a  été dit que …",
    "He notes\nthat the border moved",
    "notesthat",
    "isn't",
    "This is it",
    "X wrote.",
    "é est",
    "étaitx",
    "A été",
    "we were",
    "Radchenko, *Two Suns in the Heavens*, 45.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_match_as_the_alternation(text: str) -> None:
    found, expected = whole_words_re(PHRASES).search(text), PLAIN.search(text)
    assert (found and found.span()) == (expected and expected.span())


def test_a_phrase_that_another_opens_keeps_its_end() -> None:
    pattern = whole_words_re(["we", "were", "note that"])
    assert [m.group() for m in pattern.finditer("we were, note  that; notes that")] == [
        "we",
        "were",
        "note  that",
    ]
