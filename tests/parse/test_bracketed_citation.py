"""A first citation in brackets inside the note's prose keeps its authors and ends at its
bracket (citekit.parse.bracketnamed). Our own example notes, invented works."""

from __future__ import annotations

import pytest

from tests.parse.notes import parse


@pytest.mark.parametrize(
    ("note", "text", "author"),
    [
        (
            "This holds for every trader in the port (N. Quist and Ada M. Halden, “Salt Roads"
            " and Tolls,” *Coastal History* 15, no. 3 (2001): 451–479).",
            "N. Quist and Ada M. Halden, “Salt Roads and Tolls,” *Coastal History* 15, no. 3"
            " (2001): 451–479",
            "Quist, N. and Halden, Ada M.",
        ),
        (
            "The point is made elsewhere (Ada Quist, *Harbour Lives* (Vale: Vale Press, 2010),"
            " 45), though not often.",
            "Ada Quist, *Harbour Lives* (Vale: Vale Press, 2010), 45",
            "Quist, Ada",
        ),
    ],
)
def test_the_bracket_holds_the_whole_citation(note: str, text: str, author: str) -> None:
    (cited,) = parse(note)
    assert cited.text == text
    assert cited.fields["author"] == author


def test_prose_in_the_bracket_stays_commentary() -> None:
    from citekit.parse.bracketnamed import with_bracketed_names
    from citekit.parse.cutpoints import Piece

    note = "A view (as she argues at length, “Salt Roads,” *Coastal History* 4 (2012): 10–30)."
    start = note.index("“Salt")
    piece = Piece(start, len(note) - 2)
    assert with_bracketed_names(note, [(piece, "")]) == [(piece, "")]
