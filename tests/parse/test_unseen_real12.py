"""Shapes met in real12 (documents nobody here wrote), each written here in invented words."""

from __future__ import annotations

import pytest

from citekit import authordate
from citekit.parse.invertednames import period_inverted
from citekit.parse.names import split_names
from citekit.parse.reference import parse_reference
from tests.parse.notes import parse


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        ("Brask, Tamar. Die Ordnung der Tafeln, Orlamblatt 1921, S. 40–51.", "Brask, Tamar",
         "Die Ordnung der Tafeln"),
        ("Quell, Ada J. Versuch einer Tafelkunde. Orlam 1930.", "Quell, Ada J",
         "Versuch einer Tafelkunde"),
        ("Vell, T. The Stone Tables. Lugo: Ferro, 1990.", "Vell, T", "The Stone Tables"),
    ],
)  # fmt: skip
def test_a_name_closed_by_a_full_stop_opens_a_full_citation(text, author, title) -> None:
    # older German notes and MLA copy the bibliography's "Family, Given. Title" into notes
    (cited,) = parse(text)
    assert cited.fields.get("author") == author
    assert cited.fields.get("title", "").startswith(title)


@pytest.mark.parametrize(
    "text",
    [
        "Brask, Tafeln, 45.",  # a short form: no year, so no names
        "Brask, Tamar, Ada Quell. Tafeln. 1990.",  # names go on after the comma
        "Brask, Tamar. 45.",  # nothing opens a title after the full stop
    ],
)
def test_a_name_closed_by_a_full_stop_needs_a_title_and_a_year(text) -> None:
    assert period_inverted(text.split()) == 0


@pytest.mark.parametrize(
    ("entry", "journal", "number"),
    [
        ("Brask, Tam. 1997. « Les tables ». Revue d’Orlam, no 7: 61-87.", "Revue d’Orlam", "7"),
        ("Quell, Ada. 1998. « Le regard ». Lugo, no 446: 80-81.", "Lugo", "446"),
    ],
)
def test_french_issue_labels_no_and_n_superscript_o(entry, journal, number) -> None:
    fields = parse_reference(entry).fields
    assert (fields.get("journal"), fields.get("number")) == (journal, number)


def test_a_discursive_note_yields_to_its_references_despite_a_year_in_its_prose() -> None:
    # sentences around the references; "de 1961" is prose, not a citation's number
    text = "Voir Brask (1988). Brask reprend la thèse de 1961 de Quell (1961b, 139-50)."
    refs = [(5, 17), (53, 74)]
    assert authordate.displaced(text, refs) == ""


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
