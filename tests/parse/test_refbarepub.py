"""A publisher's name alone closing an APA 7 entry (citekit.parse.refbarepub). Entries
written for these tests."""

from __future__ import annotations

import pytest

from citekit.parse.reference import parse_reference

CASES = [
    (  # a chapter: the book's pages in brackets, then the publisher alone
        "Ortega, L. (2011). Tides and ledgers. In M. Hale & R. Quint (Eds.), Harbour towns of "
        "the north (pp. 41–66). Brill.",
        {"publisher": "Brill", "booktitle": "Harbour towns of the north", "pages": "41–66"},
    ),
    (  # a book whose publisher's name holds "&"
        "Quint, R. (1998). The salt roads. Faber & Faber.",
        {"publisher": "Faber & Faber", "address": None},
    ),
    (  # a name no publisher's word marks
        "Hale, M. (2004). Reading the fens. Eerdmans.",
        {"publisher": "Eerdmans", "address": None},
    ),
    (  # a city alone is the place
        "Hale, M. (2004). Reading the marsh. London.",
        {"publisher": None, "address": "London"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_bare_name_closing_the_entry_is_its_publisher(
    text: str, expected: dict[str, str | None]
) -> None:
    fields = parse_reference(text).fields
    for key, value in expected.items():
        assert fields.get(key) == value, key


@pytest.mark.parametrize(
    "text",
    [
        "Hale, M. (2004). Reading the fens. Draft paper.",  # what the work is
        "Hale, M. (2004). Reading the fens. Unpublished manuscript.",
        "Hale, M. (2004). “Reading the fens.” Fenland Notes.",  # a periodical after a quoted title
        "Hale, M. (2004). Reading the fens. Grigg; Bason.",  # two names: not one publisher
    ],
)
def test_no_publisher_from_what_is_no_name_of_one(text: str) -> None:
    assert parse_reference(text).fields.get("publisher") in (None, "Grigg; Bason")
