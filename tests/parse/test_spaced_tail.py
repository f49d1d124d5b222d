"""A reference whose fields are joined by spaces alone (Crossref's deposited citations)."""

from __future__ import annotations

from citekit.model import Note, Span
from citekit.parse import build_context, parse_note
from citekit.parse.elements import Parsed
from citekit.parse.spacedtail import spaced_tail

# the document's other notes: references of the same shape, so that it is a list of entries
ENTRIES = (
    "Brandt, J. Mills on the water 1999 Rural History Review 7 101--120",
    "Lind, P., Moss, T. Bridges and their keepers 2010 Journal of Urban Lore 4 44--61",
)


def parse(text: str) -> tuple:
    context = build_context([text, *ENTRIES])
    return parse_note(Note(number=1, text=text, span=Span(0, 0, 1)), context)


def test_a_periodical_run_into_the_title_with_spaces_alone_is_read_apart():
    (cited,) = parse("Orlam, A., Vesk, K. Tides of tin ports 1994 Harbour Review 12 301--318")
    assert cited.entry_type == "article"
    assert cited.fields["title"] == "Tides of tin ports"
    assert cited.fields["journal"] == "Harbour Review"
    assert (cited.fields["year"], cited.fields["volume"]) == ("1994", "12")
    assert cited.fields["pages"] == "301–318"


def test_a_proceedings_after_in_run_into_a_container_is_the_books_title():
    read = Parsed(
        "misc",
        {"title": "Quays", "booktitle": "1999 In Proc. of the 3rd Harbour Workshop 41--48"},
    )
    fields = spaced_tail(read).fields
    assert spaced_tail(read).entry_type == "inproceedings"
    assert fields["booktitle"] == "Proc. of the 3rd Harbour Workshop"
    assert (fields["year"], fields["pages"]) == ("1999", "41–48")


def test_no_run_is_read_where_a_year_was_found_or_a_label_follows_the_year():
    dated = Parsed("book", {"title": "Tin ports 1994 Harbour Review 12 301--318", "year": "1994"})
    assert spaced_tail(dated) is dated
    labelled = Parsed("book", {"title": "Tin ports 1900 Volume 2 12-15"})
    assert spaced_tail(labelled) is labelled
    plain = Parsed("book", {"title": "The Tin War of 1812 and After 45-67"})
    assert spaced_tail(plain) is plain
