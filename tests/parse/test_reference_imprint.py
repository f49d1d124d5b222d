"""Imprints without a "Place: Publisher" colon (citekit.parse.refplace). Entries written for
these tests."""

from __future__ import annotations

import pytest

from citekit.parse.reference import parse_reference

CASES = [
    (  # chemistry's "Publisher: Place, Year", the place's words tell it
        "Lamb, Iris. Tide Tables. Quay Press: New York, 1990.",
        {"publisher": "Quay Press", "address": "New York"},
    ),
    (  # "Place, Publisher, Year" as French lists print it
        "Lamb Iris, Ruiz Ana, Les marées du Nord, Paris, Ifremer, 2002.",
        {"publisher": "Ifremer", "address": "Paris"},
    ),
    (  # a place alone before the year
        "Vogel, Anna. Die Brücken der Stadt. Stuttgart, 1911.",
        {"address": "Stuttgart", "publisher": None, "year": "1911"},
    ),
    (  # a publisher alone before the year
        "Marsh, Tilda. Ledgers of the Fens. Hendrickson, 1996.",
        {"publisher": "Hendrickson", "address": None},
    ),
    (  # a place no lexicon knows, the year after it without a comma (European lists)
        "T. Lund, The Harbour Songs of the North, Fenwick-on-Tyne 1975.",
        {"address": "Fenwick-on-Tyne", "publisher": None, "year": "1975"},
    ),
    (  # the same with its region, no comma between
        "T. Lund (ed.), Tides and Their Songs, Columbus Ohio 1987.",
        {"address": "Columbus Ohio", "publisher": None, "year": "1987"},
    ),
    (  # astronomy's book: the year after the names, the place and publisher in parentheses
        "Lund, T. A., & Ode, K. 2003, Tides of the Inner Planets (Berlin: Quayside)",
        {"title": "Tides of the Inner Planets", "address": "Berlin", "publisher": "Quayside"},
    ),
    (  # the same closing a chapter's book
        "Ruiz, Ana, 1986, ‘Harbour Law’, in K. Ode, ed, Ports and Courts (Delhi: Tern Books)",
        {"booktitle": "Ports and Courts", "address": "Delhi", "publisher": "Tern Books"},
    ),
    (  # a publisher its words name, then a place no lexicon knows
        "Oyelaran, B. (2003). Dry Season Farming. Prairie Valley University Press, Lubbock.",
        {"publisher": "Prairie Valley University Press", "address": "Lubbock"},
    ),
    (  # a report's department belongs to its institution
        "Hale, R., & Moss, K. (1994). Sorting in small memories. Technical report 12, "
        "Dept. of Computer Science, Northgate University.",
        {"publisher": "Dept. of Computer Science, Northgate University", "address": None},
    ),
    (  # a meeting's place, then its publisher, each a sentence of its own
        "Ruiz, P., & Olsen, T. (1991). Pruning rules early. In Proceedings of the Third "
        "Workshop on Learning, pp. 41-49. Detroit, MI. Morgan Kaufmann.",
        {"publisher": "Morgan Kaufmann", "address": "Detroit, MI", "pages": "41–49"},
    ),
    (  # a plain title no period closes runs on into its publisher, an ISBN after it
        "Lund, Petra (2003), Tides: Theory and Practice, Northgate University Press, Lubbock, "
        "ISBN 978-0-521-63338-3.",
        {
            "title": "Tides: Theory and Practice",
            "publisher": "Northgate University Press",
            "address": "Lubbock",
        },
    ),
    (  # a title's last comma part that is one generic word stays in the title
        "Lund, P. (1990). Religion, Science, Society. London: Verso.",
        {"title": "Religion, Science, Society", "publisher": "Verso", "address": "London"},
    ),
    (  # a month between the place and the year of a report
        "K. Otieno. Timing small kernels. Technical Report 7, Lakeside Research Center, "
        "Amherst, MA, February 1995.",
        {"address": "Amherst, MA", "year": "1995"},
    ),
    (  # a meeting's city and country before the publisher's sentence
        "Ruiz, P. (1993). Pruning late. In Proceedings of the Ninth Workshop on Learning, "
        "pp. 5-9, Chambery, France. Morgan Kaufmann.",
        {"publisher": "Morgan Kaufmann", "address": "Chambery, France"},
    ),
    (  # the place in a sentence after the publisher's
        "Birk, Anna. 1962. Harbours of the South. Lowland University Press. Chapel Hill, NC.",
        {"publisher": "Lowland University Press", "address": "Chapel Hill, NC"},
    ),
    (  # an edition in parentheses before the imprint; a publisher's initial
        "Lund, R. H. (Ed.). (1990). Handbook of tides (3rd ed.). Hillsdale, NJ: L. Erlbaum.",
        {"edition": "3rd", "address": "Hillsdale, NJ", "publisher": "L. Erlbaum"},
    ),
    (  # a publisher no word like "Press" marks, then its place
        "T. Brandt. Sparse Grids in Practice. North-Holland, Amsterdam, 1988.",
        {"publisher": "North-Holland", "address": "Amsterdam", "year": "1988"},
    ),
    (  # a publisher's abbreviated word ends no sentence of the imprint
        "Lund, Eva. Selected Letters. Cambridge: Fenwick Press of Northgate Univ. Press, 1996.",
        {"publisher": "Fenwick Press of Northgate Univ. Press", "address": "Cambridge"},
    ),
    (  # the imprint in parentheses after a plain title that a comma-closed name opens
        "Pierre Lund, Outline of A Theory of Tides (NUP, 1977).",
        {"title": "Outline of A Theory of Tides", "publisher": "NUP", "year": "1977"},
    ),
    (  # an edition written "2 ed." before the publisher
        "Moss, Anna. Introduction to Tides. 2 ed. Leeds: Tern Publications, 1987.",
        {"edition": "2", "publisher": "Tern Publications"},
    ),
    (  # no year, colon or publisher's word: a publisher, then its city and country
        "Ardent, M. 1979. Counting herons. Hobart Quill, Leeds, United Kingdom.",
        {"publisher": "Hobart Quill", "address": "Leeds, United Kingdom"},
    ),
    (  # a company's "Inc" stays with the publisher; the city and its state are the place
        "P. Lund. Sparse Grids. Fenwick-Hale, Inc, Glen Marsh, New Jersey, 1983.",
        {"publisher": "Fenwick-Hale, Inc", "address": "Glen Marsh, New Jersey"},
    ),
    (  # a state's abbreviation closes the place
        "Quill, T. 2004. River Ledgers. Ardent Book Corp., Fallow Creek, Mass.",
        {"publisher": "Ardent Book Corp.", "address": "Fallow Creek, Mass"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_imprint_parts(text: str, expected: dict[str, str | None]) -> None:
    fields = parse_reference(text).fields
    assert {k: fields.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lund, P. (Director). (2009). The quays at dawn [Motion picture]. Norway: Fjord Films.",
            {"title": "The quays at dawn", "address": "Norway", "publisher": "Fjord Films"},
        ),
        (
            "Moss, K. (2014). Counting gulls (Unpublished doctoral dissertation). Northgate "
            "University.",
            {"title": "Counting gulls", "school": "Northgate University"},
        ),
        (
            "Hale, R. (2003). Ferry fares (Harbour Board statistics special report). Leeds: "
            "Harbour Board.",
            {"title": "Ferry fares", "address": "Leeds", "publisher": "Harbour Board"},
        ),
    ],
    ids=["bracketed-medium", "dissertation", "report"],
)
def test_a_description_after_the_title_is_neither_title_nor_place(
    text: str, expected: dict[str, str]
) -> None:
    fields = parse_reference(text).fields
    assert {k: fields.get(k) for k in expected} == expected


def test_a_month_after_a_publisher_is_no_place() -> None:
    fields = parse_reference(
        "K. Otieno. Timing small kernels. Technical Report 7, Lakeside Software Press, July 1992."
    ).fields
    assert fields.get("address") != "July"


@pytest.mark.parametrize(
    "text",
    [
        "Moss, P. (2006). Tides. Harbour Review, Special Issue: Gulls, 17(3), 213-29.",
        "Lund, R. 2014. “Report on the quays”, 28 April 2014. A/HRC/26/36.",
    ],
)
def test_numbers_and_dates_are_no_publisher(text: str) -> None:
    assert "publisher" not in parse_reference(text).fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moss, P. 1988. Tides and Gulls. Little, Brown.", {"address": None}),  # no place
        ("Moss, P. 1988. Tides and Gulls. New York, NY.", {"address": "New York, NY"}),
    ],
    ids=["two-names", "place-alone"],
)
def test_no_publisher_before_what_is_no_place(text: str, expected: dict[str, str]) -> None:
    fields = parse_reference(text).fields
    assert fields.get("publisher") is None
    assert fields.get("address") == expected["address"]
