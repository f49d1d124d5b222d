"""A dated letter cited by the class and piece its record office files it under, the office
left unnamed once named before: "Ames to Wilde, 4 June 1851, CO 54/212, fol. 9"."""

from __future__ import annotations

import pytest

from citekit.parse import cues
from citekit.parse.split import split_note


@pytest.mark.parametrize(
    "text",
    [
        "Ames to Wilde, 4 June 1851, CO 54/212",
        "Ames to Wilde, 4 June 1851, CO 54/212, fol. 9",
        "Vermerk des Amtes, 3. Mai 1921, R 43 I/1234, Bl. 4",
    ],
)
def test_a_dated_document_with_its_class_and_piece_is_archival(text: str) -> None:
    assert cues.is_archival(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ames to Wilde, 4 June 1851, 54/212",  # no class letters: a figure, no call number
        "The ratio fell to 3/4 in 1851, CO 54",  # no dated document before it
    ],
)
def test_other_slashes_are_no_class_and_piece(text: str) -> None:
    assert not cues.is_archival(text)


def test_the_letter_after_a_short_form_is_cited() -> None:
    note = "Hart, *Sugar Estates*, 45; Ames to Wilde, 4 June 1851, CO 54/212, fol. 9."
    found = [piece.text(note) for piece, _ in split_note(note)]
    assert found == ["Hart, *Sugar Estates*, 45", "Ames to Wilde, 4 June 1851, CO 54/212, fol. 9"]
