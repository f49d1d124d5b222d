"""Short forms without a title: names, a year, a pinpoint, as historians write them."""

from __future__ import annotations

import pytest

from citekit.parse.shortforms import is_author_date, names_and_pinpoint

ROWS = [  # text, (names, year, pinpoint) or None
    ("Merritt, 2003, 51, 53-56, 74-75", ("Merritt", "2003", "51, 53-56, 74-75")),
    ("Merritt, 2000: 502–31", ("Merritt", "2000", "502–31")),
    ("Grumet 2009, 11-15, 364-365n4-6", ("Grumet", "2009", "11-15, 364-365n4-6")),  # notes
    ("Waterman and Smith, 36n4", ("Waterman and Smith", None, "36n4")),
    ("Waterman and Smith, 12, 19 and 47", ("Waterman and Smith", None, "12, 19 and 47")),
    ("Fur, 160-198 *passim*", ("Fur", None, "160-198 *passim*")),
    ("Müller / Pfisterer 2011, S. 3", ("Müller / Pfisterer", "2011", "S. 3")),
    ("Müller / Pfisterer 2011, S. 12f.", ("Müller / Pfisterer", "2011", "S. 12f")),  # and the next
    ("Gould 1966, S. 10 ff.", ("Gould", "1966", "S. 10 ff")),
    ("Krauss (1992) p.4", ("Krauss", "1992", "p.4")),  # no comma after the bracket: a page word
    ("Austin and Sallabank 2011, 5", ("Austin and Sallabank", "2011", "5")),  # a town's name
    ("Grenoble and Whaley 2006, 13", ("Grenoble and Whaley", "2006", "13")),
    ("Dorian, pg 107", ("Dorian", None, "pg 107")),  # "pg" without its stop
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:20] for r in ROWS])
def test_names_and_pinpoint(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert names_and_pinpoint(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Seuil, 2020, p. 333",  # a publisher: an imprint's end cut off at a semicolon
        "GUS, 1939, s. 345",  # a body in capitals publishing
        "NISO, 2005",  # no pinpoint after the comma
        "Clark, 1886), 12–14",  # "(Toronto: Copp, Clark, 1886), 12–14"
        "München 1926, S. 365",  # a place and a year
        "London and New York 1990, 12",  # places, every one
    ],
)
def test_an_imprints_end_is_no_comma_dated_short_form(text: str) -> None:
    assert not is_author_date(text)


@pytest.mark.parametrize("text", ["Spring 2016", "May 2016", "Sept. 1999"])
def test_a_month_or_season_and_a_year_is_a_date_not_a_short_form(text: str) -> None:
    assert not is_author_date(text)  # "…, Dr. Ann Dale. Spring 2016.": when she wrote


@pytest.mark.parametrize("text", ["Krauss (1992) 4", "Krauss (1992) and later"])
def test_after_a_bracketed_year_without_a_comma_only_a_page_word_opens_the_pinpoint(
    text: str,
) -> None:
    assert not is_author_date(text)
