"""The corrections the core.xml proxy's builder applies to AnyStyle's labels
(benchmarks.biblio.corelabels, benchmarks.biblio.footnotes). Labels written for these tests."""

from __future__ import annotations

import pytest

from benchmarks.biblio import corelabels
from benchmarks.biblio.footnotes import _names, _work, pages_stated

VOLUMES = [
    ("2009;30(15):", {"year": "2009", "volume": "30", "number": "15"}),
    ("51:197–204.", {"volume": "51", "pages": "197–204"}),
    ("No. 88, Part 3,", {"number": "88"}),
    ("n° 12, vol. 4,", {"volume": "4", "number": "12"}),
    ("II, n°77,", {"number": "77"}),
    ("40.2", {"volume": "40", "number": "2"}),
    ("14(Suppl.1),", {"volume": "14", "number": "Suppl.1"}),
    ("93(Spring/Summer 2011).", {"volume": "93"}),  # a date in brackets is no issue
    ("2 vols.", {"volume": "2"}),
    ("50: 3", {"volume": "50"}),  # one small number after the colon: no pages
]


@pytest.mark.parametrize(("label", "fields"), VOLUMES, ids=[v[0] for v in VOLUMES])
def test_a_volume_label_parted_into_its_fields(label: str, fields: dict[str, str]) -> None:
    assert corelabels.volume_fields(label) == fields


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("In Proc. of the Harbour Conf. (HC-91)", "Proc. of the Harbour Conf. (HC-91)"),
        ("in “Tide Proceedings,”", "Tide Proceedings"),
        ("in Gulls, 1871–1880", "Gulls, 1871–1880"),
    ],
)
def test_a_container_without_its_in(label: str, value: str) -> None:
    assert corelabels.container(label) == value


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("Tides of the north (1900-1950).", "Tides of the north (1900-1950)"),
        ("Gulls (Laridae", "Gulls (Laridae"),
        ("Tides).", "Tides"),
        ("(Leeds, England),", "Leeds, England"),
    ],
)
def test_a_parenthesis_is_cut_only_when_unpaired(label: str, value: str) -> None:
    assert corelabels.clean(label) == value


def test_a_year_with_its_letter_and_a_url_without_its_label() -> None:
    assert corelabels.year("(1996b).") == "1996"
    assert corelabels.url("URL: www.harbour.example/tides.ps") == "www.harbour.example/tides.ps"


@pytest.mark.parametrize(
    ("label", "families"),
    [
        ("In Lund, R.; Holm, C.; and Vance, M., eds.,", ["Lund", "Holm", "Vance"]),
        ("Okafor ED, Birk M.", ["Okafor", "Birk"]),  # Vancouver's "ED" is no editor mark
        ("MOSS (P.), HALE (A.M.)", ["MOSS", "HALE"]),
        ("In Lind and Vance,", ["Lind", "Vance"]),
        # Vancouver's "JR"/"SR" are initials; a "Jr." or a lone ", JR." after a name is not
        ("Okafor JR, Birk SR, Lund AB.", ["Okafor", "Birk", "Lund"]),
        ("Holm, T. R., Jr., and Vance, M.", ["Holm", "Vance"]),
        ("L. E. HOLM, JR, M. VANCE", ["HOLM", "VANCE"]),
        # four initials, each closed by its period; "CRUZ" unstopped is a name
        ("Lund J.F.A.K., Birk M.H.", ["Lund", "Birk"]),
        ("BIRK CRUZ, M.G., HOLM, A.", ["BIRK CRUZ", "HOLM"]),
        # Vancouver's initials of four capitals after a family name in small letters
        ("Lund RCJ, Okafor AMWJ, Birk MCJM.", ["Lund", "Okafor", "Birk"]),
        # a family name first in capitals, then given names (French lists); a body's name
        ("VANCE Mireille, HOLM Jean-Paul", ["VANCE", "HOLM"]),
        ("LUND Élise", ["LUND"]),
        ("HARBOUR Collaboration", ["Collaboration"]),
    ],
)
def test_names_of_a_label(label: str, families: list[str]) -> None:
    assert [n.split(",")[0] for n in _names(label)] == families


@pytest.mark.parametrize(
    ("note", "date"),
    [
        ("Accessed May 29, 2013.", "2013-05-29"),
        ("(accessed 20 March 2012).", "2012-03-20"),
        ("Retrieved January 22, 2010, from Harbour Archive.", "2010-01-22"),
        ("Retrieved 2010-08-07.", "2010-08-07"),
        ("Retrieved from", None),
        ("Reprinted May 29, 2013.", None),
    ],
)
def test_the_access_date_a_note_states(note: str, date: str | None) -> None:
    assert corelabels.accessed(note) == date


@pytest.mark.parametrize(
    ("label", "pages"),
    [
        ("pp. 1477-81.", "1477--1481"),
        ("e0173524.", "e0173524"),  # an article number keeps its letter
        ("S12–S19,", "S12--S19"),
        ("vi44-9", "vi44--vi49"),  # a supplement's pages: the end takes the start's letters
        ("p17", "17"),
        ("312p.", "312"),  # a page count's "p" is no page's letter
        ("S. 88ff.", "88"),
    ],
)
def test_pages_as_the_label_states_them(label: str, pages: str) -> None:
    assert pages_stated(label) == pages


@pytest.mark.parametrize(
    ("label", "families"),
    [("———.", None), ("______", None), ("--, R. A. Lund Jr., and T. Hale,", ["Lund", "Hale"])],
)
def test_a_same_author_dash_names_nobody(label: str, families: list[str] | None) -> None:
    author = _work({"author": label, "title": "Tides", "note": ""}).get("author")
    assert (author and [n.split(",")[0] for n in author]) == families
