"""Family names opened by a particle in author-date pointers, sources compared "with" another,
and lead-in phrases that open with "see" (our own example notes, one habit a row)."""

from __future__ import annotations

import pytest

from citekit.parse.names import to_family_given
from tests.parse.notes import parse


def spans(text: str) -> list[str]:
    return [c.text for c in parse(text)]


ROWS = [
    pytest.param("See van Dijk 2004: 12.", ["van Dijk 2004: 12"], id="particle after see"),
    pytest.param(
        "Hale 1990: 4; de Certeau 1984, 12.",
        ["Hale 1990: 4", "de Certeau 1984, 12"],
        id="particle after semicolon",
    ),
    pytest.param(
        "As argued by de Certeau 1984, 12.", ["de Certeau 1984, 12"], id="particle after prose"
    ),
    pytest.param(
        "Hale 1990: 4 and von Moos 2001: 88.",
        ["Hale 1990: 4", "von Moos 2001: 88"],
        id="particle after and",
    ),
    pytest.param(
        "On the dating see Lowe 1977: 338–9 and de Ste. Croix 1981: 289.",
        ["Lowe 1977: 338–9", "de Ste. Croix 1981: 289"],
        id="two pointers after prose and see",
    ),
    pytest.param(
        "Mills replied in Mills 1996: 107–22.", ["Mills 1996: 107–22"], id="pointer after a word"
    ),
    pytest.param("The copy I read is a PDF dated Fribourg 2007.", [], id="place and year is prose"),
    pytest.param(
        "Hdt. 1.1, with J. Moles, *Herodotus and the Historians* (Oxford, 1993), 7–9.",
        ["J. Moles, *Herodotus and the Historians* (Oxford, 1993), 7–9"],
        id="text with its commentary",
    ),
    pytest.param(
        "Compare Lane, *Ports of Venice*, 31, with Hocquet, *Le sel et la fortune*, 2:101.",
        ["Lane, *Ports of Venice*, 31", "Hocquet, *Le sel et la fortune*, 2:101"],
        id="two works compared",
    ),
    pytest.param(
        "Lane, *Ports of Venice* (Baltimore, 1934), 12, with further references.",
        ["Lane, *Ports of Venice* (Baltimore, 1934), 12"],
        id="with and prose is trailing prose",
    ),
    pytest.param(
        "See further Lowe 1977, 234.", ["Lowe 1977, 234"], id="see further is one lead-in"
    ),
    pytest.param(
        "Hale, *Ports*, 202; against him, Lowe, 38.",
        ["Hale, *Ports*, 202", "Lowe, 38"],
        id="against him is commentary",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_citation_spans(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("G. E. M. de Ste. Croix", "de Ste. Croix, G. E. M."),
        ("John St. Clair", "St. Clair, John"),
        ("B. van der Pol", "van der Pol, B."),
    ],
)
def test_an_abbreviated_saint_belongs_to_the_family_name(name: str, expected: str) -> None:
    assert to_family_given(name) == expected


def test_a_saint_in_a_direct_name_does_not_end_the_author() -> None:
    (full,) = parse("G. E. M. de Ste. Croix, *The Class Struggle* (London, 1981), 4.")
    assert full.fields["author"] == "de Ste. Croix, G. E. M."
    assert full.fields["title"] == "The Class Struggle"
