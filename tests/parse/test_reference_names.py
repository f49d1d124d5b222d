"""Names blocks of reference entries read as direct-order or Vancouver names
(citekit.parse.refnames). Entries written for these tests."""

from __future__ import annotations

import pytest

from citekit.parse.reference import parse_reference

CASES = [
    (  # Vancouver's names, a family's particles in capitals ("Van der Vleuten C")
        "Ram P, Holm R, Van der Vleuten C, De Lind RB. Tides in small harbours. Harb Res 1999; "
        "33:447-454.",
        "Ram, P. and Holm, R. and Van der Vleuten, C. and De Lind, R. B.",
    ),
    (  # one name in direct order, a middle initial, closed by a period (no Vancouver "Family I.")
        "Oskar T. Lindqvist. Lectures on Tidal Grids. Harbour Texts. Northgate Press, 1995.",
        "Lindqvist, Oskar T.",
    ),
    (  # Vancouver's "Family I." before a one-word title and an imprint stays Vancouver's
        "Lindqvist O. Tides. Leeds: Northgate Press; 1995.",
        "Lindqvist, O.",
    ),
    (  # direct order, given names and initials, then a period
        "Rosa M. Lind, Omar T. Vance, and Petra Holm. Sorting in small memories. In "
        "Proceedings of the Harbour Workshop, pages 10-19, 1993.",
        "Lind, Rosa M. and Vance, Omar T. and Holm, Petra",
    ),
    (  # initials first, then a year in parentheses
        "E. Moss, N. Okafor, J. Lund (1993), A Tidal Theorem, Harbour Letters, 16-74.",
        "Moss, E. and Okafor, N. and Lund, J.",
    ),
    (  # the first inverted, the others direct (Chicago author-date)
        "Hale, P. N., A. S. Birk, M. A. Quist and J. L. Vance (2003). Ferries and tides. "
        "Harbour Review 12: 1-9.",
        "Hale, P. N. and Birk, A. S. and Quist, M. A. and Vance, J. L.",
    ),
    (  # Vancouver names before a year in parentheses
        "Okafor P, Lund S, Vance AM (2015) Counting gulls. Shore Birds 3: 4-9.",
        "Okafor, P. and Lund, S. and Vance, A. M.",
    ),
    (  # three names in direct order before a year after a period (ACL)
        "Rosa Lind, Omar Vance, and Petra Holm. 2001. Sorting in small memories. In "
        "Proceedings of the Harbour Workshop, pages 10-19.",
        "Lind, Rosa and Vance, Omar and Holm, Petra",
    ),
    (  # "Family I." names joined by "&" or "et"
        "Lund S. & Okafor P., 2013. Gulls at dusk, Northgate: Harbour Press.",
        "Lund, S. and Okafor, P.",
    ),
    (
        "LUND M., OKAFOR J. et VANCE S., Religions du port, Paris, 2006.",
        "LUND, M. and OKAFOR, J. and VANCE, S.",
    ),
    (  # hyphenated initials without a period after the first letter (French names)
        'P. Okafor and J-L. Vance, "Drift in small harbours," In Tides, pages 3-9. 1991.',
        "Okafor, P. and Vance, J-L.",
    ),
    (  # inverted names, "et al." and a comma before the title (EndNote's numbered style)
        "Lund, M., et al., Gull counts on small islands. Shore Birds, 1984. 12(1): p. 17-25.",
        "Lund, M. and others",
    ),
    (  # the first inverted, the second direct, then MHRA's title in single quotes
        "Hale, Petra and Omar Vance, ‘The Coming Tide’, *Harbour Review* 41.5 (2007): 885-899.",
        "Hale, Petra and Vance, Omar",
    ),
    (  # the same with straight single quotes
        "Hale, Petra and Omar Vance, 'The Coming Tide', *Harbour Review* 41.5 (2007): 885-899.",
        "Hale, Petra and Vance, Omar",
    ),
]


@pytest.mark.parametrize(("text", "authors"), CASES)
def test_names_blocks(text: str, authors: str) -> None:
    assert parse_reference(text).fields["author"] == authors


def test_inverted_names_with_initials_stay_paired() -> None:
    text = "Moss, J., Holm, J. D. F., & Van der Birk, A. T. (1974). Tides. Harbour Review, 5, 1-9."
    assert parse_reference(text).fields["author"] == (
        "Moss, J. and Holm, J. D. F. and Van der Birk, A. T."
    )


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (  # "Sorting and merging …": a word, "and", then a word in small letters opens the
            # title, no further name ("Holm, J. Vance and …" would go on with a capital)
            "Moss, J. L. and Holm, J. Sorting and merging in small memories. Tidal Computing, "
            "4:1-9, 2019.",
            "Moss, J. L. and Holm, J.",
            "Sorting and merging in small memories",
        ),
        (  # names in small capitals, their "AND" with them (ACM's old style)
            "MOSS, P. W., AND HOLM, J. Optimal bounds for sorting. In Proceedings of the 19th "
            "Symposium on Theory of Computing. ACM, New York, 1987, pages 83-93.",
            "MOSS, P. W. and HOLM, J.",
            "Optimal bounds for sorting",
        ),
        (  # one name, given name written out, the year between commas
            "Lind, Rahul, 2008, Tides and trade, Harbour Review, 3(2), 1-10.",
            "Lind, Rahul",
            "Tides and trade",
        ),
        (  # the first name inverted, the next in direct order
            "Lind, John, and Jane Vance, 2008, Tides and trade, Harbour Review, 3(2), 1-10.",
            "Lind, John and Vance, Jane",
            "Tides and trade",
        ),
        (  # every name after the first in direct order, no "and"
            "Lind, John, Laurent Holm, Gred Vance, 2008, A survey of tide tables, Proceedings "
            "of the Eighth Harbour Conference, 509-512.",
            "Lind, John and Holm, Laurent and Vance, Gred",
            "A survey of tide tables",
        ),
    ],
)
def test_names_end_where_the_title_begins(text: str, authors: str, title: str) -> None:
    fields = parse_reference(text).fields
    assert (fields["author"], fields["title"]) == (authors, title)


COLON_CASES = [
    (  # medical: Vancouver names closed by a colon
        "Okafor J, Lund A, Vance M: Tidal pumping in small harbours, J Harb Res 14: 508, 1988.",
        {"author": "Okafor, J. and Lund, A. and Vance, M.", "journal": "J Harb Res"},
    ),
    (  # German: an inverted name with initials, then a colon
        "Holm, H.: Der Hafen als Ort der Stadt. In: Hafen und Stadt. Hamburg: Elbe, 2004.",
        {"author": "Holm, H.", "title": "Der Hafen als Ort der Stadt"},
    ),
    (  # a year right after the colon
        "Ines Varga: 2011. Die Schule am Hafen. Leipzig: Kai, 2011.",
        {"author": "Varga, Ines", "year": "2011", "title": "Die Schule am Hafen"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COLON_CASES)
def test_names_closed_by_a_colon(text: str, expected: dict[str, str]) -> None:
    fields = parse_reference(text).fields
    assert {k: fields.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Tomas Lind, Harbours: A History, London: Wharf, 1988.", "Lind, Tomas"),
        ("Birk, Anna. Harbour Lights: A History. London: Wharf, 1990.", "Birk, Anna"),
        (
            "K. Moss and J. Lund, Parallel Tide Design: A Foundation, Wharf, 1988.",
            "Moss, K. and Lund, J.",
        ),
    ],
)
def test_a_title_before_its_colon_is_no_name(text: str, author: str) -> None:
    assert parse_reference(text).fields["author"] == author


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lund, Petra C. 1976 Harbours of a Town: A History. Wharf Press, Leeds.",
            {"author": "Lund, Petra C.", "year": "1976", "title": "Harbours of a Town: A History"},
        ),
        (
            "Moss, W. B. and E. J. Holm 1973 Gulls of the Fens. Quay Press, Ely.",
            {"author": "Moss, W. B. and Holm, E. J.", "year": "1973"},
        ),
        (  # the first edition's year in brackets
            "Vance, Ruth 1988 [1964]. “Salt and Tides.” The Shore. Leeds: Wharf. 15-19.",
            {"author": "Vance, Ruth", "year": "1988", "title": "Salt and Tides"},
        ),
    ],
)
def test_a_year_after_the_names_without_a_period(text: str, expected: dict[str, str]) -> None:
    fields = parse_reference(text).fields
    assert {k: fields.get(k) for k in expected} == expected


def test_a_year_inside_a_title_after_a_sentence_is_no_names_year() -> None:
    fields = parse_reference(
        "Birk, Anna. Harbour Lights 1990 Revisited. Leeds: Wharf, 1995."
    ).fields
    assert fields["author"] == "Birk, Anna"


def test_a_comma_part_opening_with_an_article_opens_the_title() -> None:
    fields = parse_reference(
        "Petra Lund, Omar Vance, The Tides of Leeds and Their Ferries. London: Verso, 1990."
    ).fields
    assert fields["author"] == "Lund, Petra and Vance, Omar"
    assert fields["title"] == "The Tides of Leeds and Their Ferries"
    assert fields["publisher"] == "Verso"


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "Ortiz y Barca, José. Las mareas. Madrid: Ediciones del Puerto, 1930.",
            "Ortiz y Barca, José",
        ),
        ("Ramos y Cela, S. (1899). Textura del mar. Madrid: Moya.", "Ramos y Cela, S."),
    ],
)
def test_a_compound_family_name_with_y_stays_one_name(text: str, author: str) -> None:
    assert parse_reference(text).fields["author"] == author
