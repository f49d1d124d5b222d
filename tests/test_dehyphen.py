"""Words cut at line ends: rejoined unless the document shows a compound."""

from __future__ import annotations

import pytest

from citekit.dehyphen import Vocabulary

LINES = [
    "the nineteenth-century railway and the twentieth century",
    "which was recognised by the companies as a problem of",
    "the long nineteenth century in Anglo and Saxon lands",
    "a timetable for passengers and their tables of conversion",
]


@pytest.mark.parametrize(
    ("head", "tail", "keeps"),
    [
        ("nineteenth", "century", True),  # written whole elsewhere with its hyphen
        ("recog", "nised", False),  # "recognised" is a word of the document
        ("time", "table", False),  # "timetable" is
        ("conver", "sion", False),  # no evidence either way: a syllable break
        ("Anglo", "Saxon", True),  # a capital after the break
        ("passen", "gers", False),
        ("1914", "18", True),  # not a word: a range
        ("twentieth", "century", True),  # both halves are words of their own
    ],
    ids=[
        "compound-seen",
        "word-seen",
        "word-seen-2",
        "syllables",
        "capital",
        "short",
        "range",
        "two-words",
    ],
)
def test_keeps_hyphen(head: str, tail: str, keeps: bool) -> None:
    assert Vocabulary(LINES).keeps_hyphen(head, tail) is keeps


def test_cut_pieces_are_not_words() -> None:
    """The halves of a word cut at a line end do not count as words of the document."""
    vocabulary = Vocabulary(["the problem was recog-", "nised by all of the companies"])
    assert "recog" not in vocabulary.words
    assert not vocabulary.keeps_hyphen("recog", "nised")
