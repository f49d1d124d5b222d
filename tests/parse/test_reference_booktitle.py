"""Where the title of the book a part appears in ends (citekit.parse.refbook.title_end).
Entries written for these tests."""

from __future__ import annotations

import pytest

from citekit.parse.reference import parse_reference

CASES = [
    (  # the publisher and year in parentheses
        "Lamb, Iris, “Tide Tables,” in Omar Reyes (ed.), The Companion to Harbours "
        "(Northgate University Press, 2004), pp. 139–58.",
        {"booktitle": "The Companion to Harbours", "publisher": "Northgate University Press"},
    ),
    (  # the part's pages in parentheses (APA)
        "Hale, Ruth. 2006. Counting boats. In P. Moss & E. Lund (eds.), Small harbours "
        "(45–67). Leeds: Quay Press.",
        {"booktitle": "Small harbours", "pages": "45–67"},
    ),
    (  # a numbered volume after the title
        "Kato, Emi. 2013. Tidal words. In Ana Ruiz and Piet Sand (eds.), Harbour Linguistics "
        "Volume 30. Leeds: Quay Press.",
        {"booktitle": "Harbour Linguistics", "volume": "30"},
    ),
    (  # the book's people before its italic title, with no "(eds)": they are not its title
        "Ess, Carl. 'New Tides', in Ana Ruiz and Piet Sand, *Harbour Ethics*, Oslo: Quay, 2015.",
        {"booktitle": "Harbour Ethics", "bookauthor": "Ruiz, Ana and Sand, Piet"},
    ),
    (  # the part's pages bare after a comma
        "Lamb, I. and Reyes, O. 2004. Parsing tide tables. In Proc. HARB, 23-30.",
        {"booktitle": "Proc. HARB", "pages": "23–30"},
    ),
    (  # "Publisher, Place, pages" after the book's title, no colon
        "Lamb I., 1999, Tide tables, in Ruiz A., Sand P. (eds), Harbour Studies, Quay, Cologne, "
        "pp. 37-82.",
        {"booktitle": "Harbour Studies", "publisher": "Quay", "address": "Cologne"},
    ),
    (  # places that are the title's own words, lower-case joined
        "Lamb I., 1999, Tide tables, in Ruiz A. (ed.), Ports of London, Paris, and Rome, "
        "pp. 37-82.",
        {"booktitle": "Ports of London, Paris, and Rome"},
    ),
    (  # APA: a special issue's editors in brackets before the journal
        "Lamb, I. (2010). Tide tables. (A. Ruiz, P. Sand & K. Moss, Eds.) Harbour Studies, "
        "9(1), 69-80.",
        {"journal": "Harbour Studies", "editor": "Ruiz, A. and Sand, P. and Moss, K."},
    ),
    (  # German editors' mark "(Hgg.)": both names before it edited the book
        "Lamb, Iris: Gezeiten. In: Ana Ruiz, Piet Sand (Hgg.): Häfen der Nordsee. Kiel: Kai "
        "2007, S. 27-63.",
        {"booktitle": "Häfen der Nordsee", "editor": "Ruiz, Ana and Sand, Piet"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_book_title_ends(text: str, expected: dict[str, str]) -> None:
    fields = parse_reference(text).fields
    assert {k: fields.get(k) for k in expected} == expected
