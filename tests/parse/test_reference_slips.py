"""Reference entries with a typing slip or a less common form: a comma without its space
between names, a capitalised particle opening an inverted family name, an issue in brackets
after the volume's comma (ACS), "In" and editor marks in other languages, two publishers
joined by a semicolon. Entries written for these tests."""

from __future__ import annotations

import pytest

from citekit.parse import reftail
from citekit.parse.reference import parse_reference, unnumbered

TIGHT = [
    ("Lund P, Hale R,Vance C. Gulls. Shore Birds. 2006;3:4-9.", "Lund P, Hale R, Vance C."),
    ("Moss, E., Holm,P., Tidal grids.", "Moss, E., Holm, P., Tidal grids."),
    ("Tides, 1,2 and 3", "Tides, 1,2 and 3"),  # numbers keep their comma
    ("www.harbour.example/a,b", "www.harbour.example/a,b"),  # a small letter after it
]


@pytest.mark.parametrize(("text", "expected"), TIGHT, ids=[t[0][:20] for t in TIGHT])
def test_a_comma_between_names_gets_its_space(text: str, expected: str) -> None:
    assert unnumbered(text).startswith(expected)


def test_vancouver_names_read_past_a_tight_comma() -> None:
    entry = parse_reference("Lund P, Hale R,Vance C, Moss K. Gull counts. Shore Birds. 2006;3:4-9.")
    assert entry.fields["author"] == "Lund, P. and Hale, R. and Vance, C. and Moss, K."


PARTICLES = [
    (
        "De Wit, P. and Holm, B., Tidal grids and gulls, Harbour Review, 12, 33-45, 1999.",
        "De Wit, P. and Holm, B.",
    ),
    (
        "Van der Lind, A., Le Moss, P. Waterways of the north. Leeds: Northgate Press, 2003.",
        "Van der Lind, A. and Le Moss, P.",
    ),
    (  # particles in small letters, as before
        "Okafor, J., Birk, J. D., & van der Holm, C. Ferries at dusk, Harbour Letters 3, 1-9.",
        "Okafor, J. and Birk, J. D. and van der Holm, C.",
    ),
]


@pytest.mark.parametrize(("text", "authors"), PARTICLES, ids=["De", "Van der, Le", "van der"])
def test_a_capitalised_particle_opens_an_inverted_family_name(text: str, authors: str) -> None:
    assert parse_reference(text).fields["author"] == authors


ACS = [
    ("Harbour Letters 2004, 4, (3), 511-515.", {"volume": "4", "number": "3", "pages": "511-515"}),
    ("Shore Physics 2001, 63, (16).", {"volume": "63", "number": "16"}),
    ("Tide Films 216, 84-89, (1992).", {"volume": "216", "pages": "84-89", "year": "1992"}),
]


@pytest.mark.parametrize(("text", "numbers"), ACS, ids=["issue and pages", "issue", "year"])
def test_an_issue_in_brackets_after_the_volume(text: str, numbers: dict[str, str]) -> None:
    found = reftail.periodical(text)
    assert found is not None
    assert {k: v for k, v in found[1].items() if k in numbers} == numbers


CHAPTERS = [
    (  # Italian: "(a cura di)" after the editor's name
        "Rossi, M. (1999). La marea. In L. Bianchi (a cura di), Storia dei porti (pp. 45-67). "
        "Roma: Laterza.",
        ("Bianchi, L.", "Storia dei porti"),
    ),
    (  # Spanish "En" for "In"
        "García, A. (2005). La marea. En L. Pérez (Ed.), Historia de los puertos (pp. 33-50). "
        "Madrid: Cátedra.",
        ("Pérez, L.", "Historia de los puertos"),
    ),
    (  # Portuguese "Em:" and "(Org.)"
        "Silva, J. (2004). A maré. Em: P. Souza (Org.), História dos portos (pp. 20-35). "
        "São Paulo: Ática.",
        ("Souza, P.", "História dos portos"),
    ),
    (  # Dutch "(red.)"
        "Jansen, Piet. Het getij. In: Bos, Jan (red.), Havengeschiedenis. Amsterdam: Boom, "
        "2002, 40-58.",
        ("Bos, Jan", "Havengeschiedenis"),
    ),
]


@pytest.mark.parametrize(("text", "book"), CHAPTERS, ids=["it", "es", "pt", "nl"])
def test_a_chapter_with_another_languages_in_and_editor_mark(
    text: str, book: tuple[str, str]
) -> None:
    fields = parse_reference(text).fields
    assert (fields.get("editor"), fields.get("booktitle")) == book


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        ("Lund, Omar. Tides at Dusk. Translated by Ann Holm. Gull; Tern, 1977.", "Gull; Tern"),
        ("Lund, Omar. Tides at Dusk. Northgate; Co., Limited., 1921.", "Northgate; Co., Limited"),
        ("Lund, Omar. Tides at Dusk. Leeds: Northgate; 1977.", "Northgate"),  # Vancouver's year
    ],
)
def test_two_publishers_joined_by_a_semicolon(text: str, publisher: str) -> None:
    assert parse_reference(text).fields["publisher"] == publisher
