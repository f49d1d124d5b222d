"""Plain-text notes whose italics are gone: the imprint at a citation's end says it cites a
work, and publishers listed with semicolons stay one imprint.

Invented titles, names and publishers; real places (a place must be known to count).
"""

from __future__ import annotations

import pytest

from citekit.model import Kind
from citekit.parse.plainimprint import ends_with_plain_imprint
from citekit.parse.plainquoted import mark_title_before_quoted
from citekit.parse.publisherlist import publishers_go_on
from tests.parse.notes import parse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Les brumes du Vornac, Rennes, Presses de Telmo, 2020, p. 4.", True, id="place-first"
        ),
        pytest.param(
            "A grelha do Suvar, Lisboa: Casa Orvel (Tavira), 1983, p. 334.", True, id="place-colon"
        ),
        pytest.param(
            "The Drell Atlas, red. K. Ommet, Brandle Press, Chicago 1987, s. 12.",
            True,
            id="place-last",
        ),
        pytest.param("Die Wurmel-Akten, Habelt, Bonn 1979–1984, rozdz. 14", True, id="years-run"),
        pytest.param("We walked to Paris, France, in 1990, p. 4", False, id="no-publisher"),
        pytest.param("This was said in Paris, Orvel, 1990", False, id="no-title-before"),
        pytest.param("Vornac, Glimmer, Plovdak, 2020, p. 4", False, id="unknown-place"),
    ],
)
def test_ends_with_plain_imprint(text: str, expected: bool) -> None:
    assert ends_with_plain_imprint(text) is expected


def test_untitled_work_with_plain_imprint_is_cited_in_full() -> None:
    (cited,) = parse("Les brumes du Vornac, Rennes, Presses de Telmo, 2020, p. 4.")
    assert cited.kind is Kind.FULL
    assert cited.fields["title"] == "Les brumes du Vornac"
    assert cited.fields["address"] == "Rennes"
    assert cited.fields["year"] == "2020"


@pytest.mark.parametrize(
    ("prev", "rest", "separator", "expected"),
    [
        pytest.param("Ola Brim, Vestre dalar, Telmo", "Orvel; Quint, 2020, p. 3.", ";", True),
        pytest.param("Ola Brim, Vestre dalar, Telmo; Orvel", "Quint, 2020.", ";", True),
        pytest.param(
            "Ola Brim, Vestre dalar, Telmo", "Quint, 2020; Ivo Dral, Suvar, 1999", ";", True
        ),
        pytest.param(
            "Ola Brim, Vestre dalar, 1998", "Quint, 2020, p. 3.", ";", False, id="year-before"
        ),
        pytest.param("Ola Brim, Vestre dalar", "Quint, 2020, p. 3.", ";", False, id="one-comma"),
        pytest.param(
            "Ola Brim, Vestre dalar, Telmo", "Quint, Suvar, 2020.", ";", False, id="title"
        ),
        pytest.param("Ola Brim, Vestre dalar, Telmo", "Quint, 2020.", ".", False, id="full-stop"),
    ],
)
def test_publishers_go_on(prev: str, rest: str, separator: str, expected: bool) -> None:
    assert publishers_go_on(prev, rest, separator) is expected


def test_publishers_listed_with_semicolons_stay_one_imprint() -> None:
    (cited,) = parse("Ola BRIM: Vestre dalar i nord, Telmo; Orvel; Quint, 2020, p. 333.")
    assert cited.fields["year"] == "2020"
    assert cited.fields["title"] == "Vestre dalar i nord"
    assert cited.fields["publisher"] == "Telmo; Orvel; Quint"


def test_place_before_its_colon_is_no_author() -> None:
    (cited,) = parse("Cf. Relato da vornice: 1984, Rio de Janeiro: Casa Orvel, 1985, p. 350.")
    assert cited.text.startswith("Relato da vornice")
    assert cited.fields["address"] == "Rio de Janeiro"
    assert "author" not in cited.fields


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        pytest.param(
            "ORSO VANTELLI, Due dogmi del vorno, in «Rivista di Brenti», 60 (1951), p. 36.",
            "Due dogmi del vorno",
            "Rivista di Brenti",
            id="capitals-in-guillemets",
        ),
        pytest.param(
            "R. Kelm, Prawa skwotu, „Szósty Oddział” (2008), s. 3.",
            "Prawa skwotu",
            "Szósty Oddział",
            id="polish-quotes",
        ),
        pytest.param(
            "T. Vrel, Media o „Porannej” pigułce, „Zeszyty Glinne” 1999, t. 3, s. 4.",
            "Media o „Porannej” pigułce",
            "Zeszyty Glinne",
            id="quotes-inside-title",
        ),
    ],
)
def test_plain_title_before_quoted_journal(text: str, title: str, journal: str) -> None:
    (cited,) = parse(text)
    assert cited.fields["title"] == title
    assert cited.fields["journal"] == journal


@pytest.mark.parametrize(
    "work",
    [
        "R. Kelm, „Prawa skwotu”, „Szósty Oddział” (2008)",  # the title quoted itself
        "R. Kelm, in «Rivista di Brenti», 60 (1951)",  # no title between
        "Prawa skwotu i inne, in «Rivista di Brenti», 60 (1951)",  # no names first
    ],
)
def test_no_plain_title_to_mark(work: str) -> None:
    assert mark_title_before_quoted(work) == work


def test_second_author_before_quoted_title_is_no_title() -> None:
    work = "Orso Vantelli, Pia Drummer, «Due dogmi del vorno», Rivista di Brenti, 60 (1951)"
    assert mark_title_before_quoted(work) == work


@pytest.mark.parametrize(
    ("text", "address", "publisher"),
    [
        pytest.param(
            "Odile Varan, *Les hautes eaux*. Englewood Cliffs, N.J.: Prentice-Hall, Inc., 1982.",
            "Englewood Cliffs, N.J.",
            "Prentice-Hall, Inc.",
            id="place-colon-publisher-inc",
        ),
        pytest.param(
            "Tomas Wrede, *The Salt Roads*. London: Harrow & Finch, Ltd., 2004, p. 9.",
            "London",
            "Harrow & Finch, Ltd.",
            id="place-colon-publisher-ltd",
        ),
        pytest.param(
            "Tomas Wrede, *The Salt Roads*, Harrow Press, Inc., 2004.",
            None,
            "Harrow Press, Inc.",
            id="publisher-inc-without-place",
        ),
    ],
)
def test_company_suffix_stays_with_its_publisher(
    text: str, address: str | None, publisher: str
) -> None:
    (cited,) = parse(text)
    assert cited.fields.get("address") == address
    assert cited.fields["publisher"] == publisher
