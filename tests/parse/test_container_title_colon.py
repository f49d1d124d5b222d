"""A container's title with a subtitle after a colon, in plain text where no italics mark
it: the words before the colon are the book's title, not its authors
(citekit.parse.segments.container_parts). Citations written for these tests."""

from __future__ import annotations

import pytest

from citekit.parse.fields import parse_full

CASES = [
    (  # a lower-case word ("in") inside the words before the colon: a title, no names
        "A. LAMBERTI, Le maree di Chioggia, in Le maree in laguna: storia e misure, a cura di "
        "M. ROSSI, Venezia, Marsilio, 2011, pp. 20-41",
        "Le maree in laguna: storia e misure",
    ),
    (  # an Italian article inside the title ("il")
        "B. Ferri, Carte dei porti, in Ordinare il porto: carte e registri di Genova, a cura "
        "di T. Bianchi, Genova, Sagep, 2016, p. 3",
        "Ordinare il porto: carte e registri di Genova",
    ),
]


@pytest.mark.parametrize(("text", "booktitle"), CASES)
def test_title_before_colon_is_no_author(text: str, booktitle: str) -> None:
    parsed = parse_full(text)
    assert parsed.fields.get("booktitle") == booktitle
    assert "bookauthor" not in parsed.fields


def test_names_before_colon_stay_the_books_authors() -> None:
    parsed = parse_full(
        "A. Lamberti, Le maree, in M. della Rossa: Storia di Chioggia, Venezia, Marsilio, 2011, "
        "pp. 20-41"
    )
    assert parsed.fields.get("bookauthor") == "della Rossa, M."
    assert parsed.fields.get("booktitle") == "Storia di Chioggia"


@pytest.mark.parametrize(
    ("text", "booktitle"),
    [  # a title's words joined by "and" after "in" ("i" in Swedish), no comma after them
        (
            "Lena Berg, ”Tidvatten”, i Salt Water and Fresh Streams: Essays on Rivers "
            "(red. Ola Sund; Lund: Kaj, 2011), 4",
            "Salt Water and Fresh Streams: Essays on Rivers",
        ),
        (
            "Lena Berg, ”Tidvatten”, i Harbour Change and Coastal Property (red. Ola Sund; "
            "Lund: Kaj, 2011), 4",
            "Harbour Change and Coastal Property",
        ),
    ],
)
def test_joined_title_is_no_editors(text: str, booktitle: str) -> None:
    parsed = parse_full(text)
    assert parsed.fields.get("booktitle") == booktitle
    assert "Water" not in parsed.fields.get("editor", "")
    assert "Change" not in parsed.fields.get("editor", "")


def test_editors_joined_before_comma_stay_editors() -> None:
    parsed = parse_full("A. Lamb, “Tides,” in Smith and Roe, Harbour Ethics (Oslo: Quay, 2015), 12")
    assert parsed.fields.get("editor") == "Smith and Roe"
    assert parsed.fields.get("booktitle") == "Harbour Ethics"
