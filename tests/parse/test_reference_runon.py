"""Entries whose parts run on without the marks that usually part them: MLA's container and
publisher ("citekit.parse.mlabook"), an APA journal with a colon, "nos.", a span of years.
Entries written for these tests."""

from __future__ import annotations

import pytest

from citekit.parse.reference import parse_reference
from tests.parse.notes import parse

CASES = [
    (  # MLA 8: the book, then its publisher and year, no period between
        "Lamb, Iris. “Tide Tables.” Harbours of the North: Essays, Eisenbrauns, 1980, pp. 1–22.",
        {"booktitle": "Harbours of the North: Essays", "publisher": "Eisenbrauns", "year": "1980"},
    ),
    (  # a publisher whose name holds a comma
        "Lamb, Iris. “Salt Tables.” Harbours of the South: A Survey, Little, Brown, 1987, "
        "pp. 117–63.",
        {
            "booktitle": "Harbours of the South: A Survey",
            "publisher": "Little, Brown",
            "pages": "117–163",
        },
    ),
    (  # a meeting's place before the year is no publisher
        "Lamb, Iris. “Mill Tables.” Proceedings of the Fen Meeting, Sydney, Australia, 1991, "
        "pp. 3–9.",
        {"publisher": None},
    ),
    (  # MLA's "nos." for a double issue
        "Lamb, Iris. “Tide Mills.” Journal of Mills, vol. 3, nos. 3-4, 2012, pp. 243–44.",
        {"journal": "Journal of Mills", "number": "3-4", "pages": "243–244"},
    ),
    (  # APA: a journal's name with a colon, then volume, issue and a range of pages
        "Lamb, I. (1974). Tides in free recall. Journal of Tidal Studies: General, 103(5), "
        "948–957.",
        {"journal": "Journal of Tidal Studies: General", "volume": "103", "address": None},
    ),
    (  # Vancouver: a chapter's pages after its book's year and a colon
        "Lamb I, Roe J. Harbour piers. In: Hale H, editor. Coastal piers. London: Routledge; "
        "2004:45-67.",
        {"booktitle": "Coastal piers", "pages": "45–67", "year": "2004", "publisher": "Routledge"},
    ),
    (  # Chicago: a volume of a set and the pages in it, "1:45–67"
        "Lamb, Iris. 2005. “Harbour Cranes.” In Coastal Cranes, edited by Jo Jones, 2 vols., "
        "1:45–67. London: Routledge.",
        {"booktitle": "Coastal Cranes", "pages": "45–67", "volume": "1", "address": "London"},
    ),
    (  # a company's "Inc" is no town of that name
        "Lamb, I. (2009). Tide tables for harbour pilots. Quay Media, Inc.",
        {"publisher": "Quay Media, Inc", "address": None},
    ),
    (  # Chicago's reprint sentence: its word is no part of the place
        "Lamb, Iris. Tide Tables. London: Quay Press, 1950. Reprint, New York: Dover, 1999.",
        {"address": "New York", "publisher": "Dover", "year": "1999"},
    ),
    (  # APA: a span of years after the names
        "Lamb, I. (1959–1960). The harbour question. Revue des Ports, 2, 81–84.",
        {"author": "Lamb, I.", "year": "1959", "journal": "Revue des Ports"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_run_on_parts_are_told_apart(text: str, expected: dict[str, str | None]) -> None:
    fields = parse_reference(text).fields
    for key, value in expected.items():
        assert fields.get(key) == value, key


GERMAN = [
    (  # editors joined by a slash, closed by "(Hrsg.):"
        "Lamm, Iris: Die Mühle am Fluss. In: Roth, Karl / Sauer, Peter (Hrsg.): Mühlen und "
        "Wasser. Berlin: de Gruyter 2001, S. 13–29.",
        {"editor": "Roth, Karl and Sauer, Peter", "booktitle": "Mühlen und Wasser"},
    ),
    (  # "Ort Jahr" after the book's sentence, no publisher
        "Lamm, Iris: Die Mühle am See. In: Karl Roth und Peter Sauer (Hrsg.): Mühlen und Seen. "
        "Berlin 2001, S. 13–29.",
        {"booktitle": "Mühlen und Seen", "address": "Berlin", "year": "2001", "pages": "13–29"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN)
def test_marked_editors_and_place_year_part_a_german_book(
    text: str, expected: dict[str, str | None]
) -> None:
    (citation,) = parse(text)
    for key, value in expected.items():
        assert citation.fields.get(key) == value, key
