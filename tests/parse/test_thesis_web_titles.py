"""The types and titles the last readings settle: APA's thesis in brackets after the title
("(Doctoral dissertation, University of X)"), a page of a web site with nothing printed, an
italic title that opens with a low quote (invented citations)."""

from __future__ import annotations

from citekit.model import Note, Span
from citekit.parse import build_context, parse_note
from citekit.parse.elements import Parsed
from citekit.parse.nonbook import web_part
from citekit.parse.thesisparen import bracketed_thesis


def test_an_apa_note_with_a_bracketed_dissertation_is_a_thesis_at_its_school() -> None:
    text = (
        "Moor, L. K. (2009). Gardens of the industrial town, 1850-1914 "
        "(Doctoral dissertation, University of Leicester), pp. 20-31."
    )
    (cited,) = parse_note(Note(number=1, text=text, span=Span(0, 0, 1)), build_context([text]))
    assert cited.entry_type == "thesis"
    assert cited.fields["title"] == "Gardens of the industrial town, 1850-1914"
    assert cited.fields["school"] == "University of Leicester"
    assert "publisher" not in cited.fields


def test_a_bracket_that_names_no_thesis_is_left_alone() -> None:
    book = Parsed("book", {"title": "Parks (Second edition", "publisher": "Leeds UP)"})
    assert bracketed_thesis(book) is book
    thesis = bracketed_thesis(
        Parsed("book", {"title": "Parks (Master's thesis", "publisher": "University of Leeds)"})
    )
    assert thesis.entry_type == "thesis"
    assert thesis.fields == {
        "title": "Parks",
        "school": "University of Leeds",
        "type": "Master's thesis",
    }


def test_a_part_of_a_web_site_with_nothing_printed_is_an_online_page() -> None:
    page = web_part(
        Parsed(
            "incollection",
            {
                "title": "Hasło",
                "booktitle": "Leksykon",
                "url": "https://x.pl/a",
                "urldate": "2023-01-02",
            },
        )
    )
    assert page.entry_type == "online"
    printed = Parsed(
        "incollection",
        {
            "title": "Hasło",
            "booktitle": "Leksykon",
            "pages": "3–9",
            "url": "https://x.pl/a",
            "urldate": "2023-01-02",
        },
    )
    assert web_part(printed) is printed


def test_an_italic_title_opening_with_a_low_quote_is_read_whole() -> None:
    text = "J. Nowak, *„Tygodnik Powszechny” 1945–1953. Historia pisma*, Kraków: Znak, 1999, s. 15."
    (cited,) = parse_note(Note(number=1, text=text, span=Span(0, 0, 1)), build_context([text]))
    assert cited.fields["title"].endswith("1945–1953. Historia pisma")
    assert "howpublished" not in cited.fields
