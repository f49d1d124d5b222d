"""How a short title matches a full one (citekit.identity.titles_match)."""

import pytest

from citekit.identity import TITLE_SIMILARITY, titles_match

FULL = "Unit Origami: Multidimensional Transformations"


@pytest.mark.parametrize(
    "short",
    [
        "Unit Origami",  # the opening words
        "Multidimensional Origami",  # the title's own words, reordered
        "Transformations",  # one long word of it
    ],
)
def test_a_short_title_of_the_full_ones_words_matches(short: str) -> None:
    assert titles_match(short, FULL, partial=True) >= TITLE_SIMILARITY


@pytest.mark.parametrize("short", ["Paper Origami", "Multidimensional Spaces"])
def test_a_word_the_full_title_lacks_is_no_match(short: str) -> None:
    assert titles_match(short, FULL, partial=True) < TITLE_SIMILARITY
