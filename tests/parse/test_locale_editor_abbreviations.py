"""A book's editors named after its title with the one-word abbreviation of the locale's
"edited by" ("red.", "szerk.", "toim."), as English notes write "ed.": Swedish, Danish,
Norwegian, Polish and Czech notes in the Chicago and SBL manner.

Our own example notes, one habit a test.
"""

from __future__ import annotations

from tests.parse.notes import parse


def test_red_after_the_books_title_names_its_editor() -> None:
    (cited,) = parse(
        "Se vidare K. Lind, ”Hamnar och handel”, i *Östersjöns städer*, "
        "red. Maria Berg (Lund: Gleerup, 2011), s. 44."
    )
    assert cited.fields["booktitle"] == "Östersjöns städer"
    assert cited.fields["editor"] == "Berg, Maria"


def test_an_abbreviation_in_capitals_is_no_editor_mark() -> None:
    (cited,) = parse("K. Lind, *Hamnar och handel*, Red. Series 4 (Lund: Gleerup, 2011), 44.")
    assert "editor" not in cited.fields
