"""Shapes met in real12 (documents nobody here wrote), each written here in invented words."""

from __future__ import annotations

import pytest

from citekit.parse.names import split_names
from citekit.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("entry", "journal", "number"),
    [
        ("Brask, Tam. 1997. « Les tables ». Revue d’Orlam, no 7: 61-87.", "Revue d’Orlam", "7"),
        ("Quell, Ada. 1998. « Le regard ». Lugo, no 446: 80-81.", "Lugo", "446"),
        ("Quell, Ada. 1999. « Le mur ». Orlam, nᵒ 12: 3-9.", "Orlam", "12"),
    ],
)
def test_french_issue_labels_no_and_n_superscript_o(entry, journal, number) -> None:
    fields = parse_reference(entry).fields
    assert (fields.get("journal"), fields.get("number")) == (journal, number)


@pytest.mark.parametrize(
    ("names", "people"),
    [
        ("Brask, Tamar, Ada Quell und Tano Vell", ["Brask, Tamar", "Quell, Ada", "Vell, Tano"]),
        ("Brask, Tamar, Ada Quell, and Tano Vell", ["Brask, Tamar", "Quell, Ada", "Vell, Tano"]),
        ("Brask, Tamar Ada, Quell, Tano", ["Brask, Tamar Ada", "Quell, Tano"]),  # all inverted
    ],
)
def test_only_the_first_of_several_names_is_inverted(names, people) -> None:
    assert split_names(names) == people


def test_a_year_letter_after_a_same_author_dash_is_no_part_of_the_year() -> None:
    first = parse_reference("Brask, Tam. 1958a. Tafeln. Orlam: Ferro.")
    second = parse_reference("———. 1958b. Les tables. Lugo: Vell.", first.head)
    assert (first.fields["year"], second.fields["year"]) == ("1958", "1958")
