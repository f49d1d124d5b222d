"""Habits of German thesis notes and Chicago book chapters (real21): stopped numeric dates,
"in: Journal 7 (1)", paragraph and section pinpoints, "u. a." after several names, an initial
opening given names, "sowie" between sources, unmarked container titles, roman pages."""

from __future__ import annotations

import pytest

from citekit import namecompat
from citekit.parse.dotdates import without_year_title, year_only
from citekit.parse.shortforms import has_short_shape
from tests.parse.notes import parse


def fields_of(text: str) -> dict[str, str]:
    (citation,) = parse(text)
    return dict(citation.fields)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Basler Zeitung, 03.11.2011", "Basler Zeitung, 2011"),
        ("in: Wikipedia, 5.9.2018. Online", "in: Wikipedia, 2018. Online"),
        ("Abschnitt 2.1.3, S. 4", "Abschnitt 2.1.3, S. 4"),  # a section number, no date
        ("S. 12.10–14", "S. 12.10–14"),
    ],
)
def test_stopped_dates_become_years(text: str, expected: str) -> None:
    assert year_only(text) == expected


def test_a_year_alone_is_no_title() -> None:
    assert without_year_title({"author": "Wikipedia", "title": "2019"}) == {
        "year": "2019",
        "author": "Wikipedia",
    }
    assert without_year_title({"title": "1984"}) == {"year": "1984"}
    assert without_year_title({"title": "1984 revisited"}) == {"title": "1984 revisited"}


def test_journal_volume_and_issue_after_in() -> None:
    fields = fields_of(
        "Vgl. Lorenz, Maren: Archive im Netz, in: Geschichtsblätter 12 (3), 14.02.2019, S. 211–230."
    )
    assert fields["journal"] == "Geschichtsblätter"
    assert (fields["volume"], fields["number"], fields["year"]) == ("12", "3", "2019")
    assert "address" not in fields


@pytest.mark.parametrize("label", ["Abs.", "Abschn."])
def test_paragraph_and_section_pinpoints(label: str) -> None:
    (citation,) = parse(f"Vgl. Lorenz, Maren: Archive im Netz. Eine Skizze, 2019, {label} 4.")
    assert citation.locator == f"{label} 4"
    assert "journal" not in citation.fields


def test_several_names_then_u_a() -> None:
    fields = fields_of(
        "Vgl. Berg, Anna; Kühn, Otto; Seidel, Paul u. a.: Netze der Stadt, in: Seidel, Paul "
        "(Hg.): Urbane Räume, Köln 2015, S. 10–20."
    )
    assert fields["author"] == "Berg, Anna and Kühn, Otto and Seidel, Paul and others"


def test_an_initial_opens_the_given_names() -> None:
    fields = fields_of("Vgl. Hale, J. Robert: Harbour Towns, Leiden 2011, S. 80.")
    assert fields["author"] == "Hale, J. Robert"
    assert fields["title"] == "Harbour Towns"


def test_sowie_opens_no_title() -> None:
    first, second = parse(
        "Siehe Stadtportal, https://example.org/a, Stand: 01.02.2020; "
        "sowie Kartenarchiv, https://example.org/b, Stand: 01.02.2020."
    )
    assert second.fields["title"] == "Kartenarchiv"


@pytest.mark.parametrize(
    "container",
    [
        "Digitale Archive und die neue Quellenkunde, 2016",
        "Offene Editionen: Modelle, Praxis, Kritik, 2007",
    ],
)
def test_container_titles_are_no_editors(container: str) -> None:
    fields = fields_of(f"Vgl. Lorenz, Maren: Archive im Netz, in: {container}, S. 18–22.")
    assert "editor" not in fields


def test_roman_pages_after_a_quoted_short_title() -> None:
    (citation,) = parse("Hale, “Preface,” xx–xxi.")
    assert citation.fields["title"] == "Preface"
    assert citation.locator == "xx–xxi"


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("Hale, John", "Hale, John R.", True),
        ("Hale, J.", "Hale, John", True),
        ("Hale, John and Berg, A.", "Hale, J. and Berg, Anna", True),
        ("Hale, John", "Hale, Jane", False),
        ("Hale, John", "Hall, John", False),
    ],
)
def test_names_with_and_without_initials(left: str, right: str, same: bool) -> None:
    assert namecompat.compatible(left, right) is same


def test_edited_by_between_a_book_and_its_imprint() -> None:
    fields = fields_of(
        "Ann Hale, “Harbour Towns,” *Essays on the Coast*, edited by Tom Roe and Eva Berg "
        "(Coastal University Press, 2012), 40–58."
    )
    assert fields["booktitle"] == "Essays on the Coast"
    assert fields["editor"] == "Roe, Tom and Berg, Eva"
    assert fields["pages"] == "40–58"


def test_a_roman_range_is_a_pinpoint() -> None:
    assert has_short_shape("Hale, “Preface,” xx–xxi")


@pytest.mark.parametrize(
    "short",
    [
        "Witting, *Street on Torts*, ch 2",
        "Craig, *Administrative Law*, pt 3",
        "Lowe, *Acts*, art 7",
    ],
)
def test_oscola_divisions_without_stops_are_pinpoints(short: str) -> None:
    assert has_short_shape(short)
