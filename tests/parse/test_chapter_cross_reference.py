"""Chicago's cross-reference to a book cited in full in another note (CMOS 14.113): a chapter
by its whole author and title "in" the book's short title, then its pages, is a first citation
of the chapter (citekit.parse.partin), its range the chapter's pages and a pinpoint after "at"
its locator (citekit.parse.containers). Our own example notes, invented works."""

from __future__ import annotations

import pytest

from citekit.model import Kind
from tests.parse.notes import parse


@pytest.mark.parametrize(
    ("note", "pages", "locator"),
    [
        ("Bo Halden, “Wind and Water in the Old Ports,” in *Coasts Remembered*, 20–41.",
         "20–41", None),
        ("Ada Quist, “Salt Roads,” in Marr and Tull, *Coasts Remembered*, 42–60, at 45.",
         "42–60", "45"),
        ("Ada Quist, “Salt Roads,” en *Costas recordadas*, 161–183.", "161–183", None),
    ],
)  # fmt: skip
def test_a_chapter_in_a_short_titled_book_is_cited_in_full(
    note: str, pages: str, locator: str | None
) -> None:
    (cited,) = parse(note)
    assert cited.kind is Kind.FULL
    assert cited.entry_type == "incollection"
    assert cited.fields["pages"] == pages
    assert cited.locator == locator


def test_its_short_form_stays_short() -> None:
    (cited,) = parse("Halden, “Wind and Water,” 30.")
    assert cited.kind is Kind.SHORT


def test_the_names_before_the_short_title_are_the_books_editors() -> None:
    (cited,) = parse("Ada Quist, “Salt Roads,” in Marr and Tull, *Coasts Remembered*, 42–60.")
    assert cited.fields["editor"] == "Marr and Tull"
    assert "bookauthor" not in cited.fields
