"""A manuscript cited by its holder, shelfmark and leaves is a full citation (MHRA's town,
holder, shelfmark; Chicago's item first, holder last): the codex's name or the dated letter in
brackets is its title, the shelfmark its note, the holder `howpublished`, the leaves the locator.
Our own made-up references below.
"""

from __future__ import annotations

import pytest

from citekit.model import Kind
from tests.parse.notes import parse


@pytest.mark.parametrize(
    ("text", "fields", "locator"),
    [
        pytest.param(
            "Prague, National Museum, MS lat. 77B, fol. 9v.",
            {"title": "MS lat. 77B", "howpublished": "Prague, National Museum"},
            "fol. 9v",
            id="town-museum-shelfmark-folio",
        ),
        pytest.param(
            "Paris, Bibliothèque de l'Arsenal, MS fr. 5070 (Roman des sept sages), fol. 12v.",
            {
                "title": "Roman des sept sages",
                "note": "MS fr. 5070",
                "howpublished": "Paris, Bibliothèque de l'Arsenal",
                "author": None,
            },
            "fol. 12v",
            id="town-holder-shelfmark-and-its-name",
        ),
        pytest.param(
            "Dublin, Trinity College Library, MS 2207, fols 40–41 (Anna Marsh to Jane Leigh,"
            " 12 May 1811).",
            {"title": "Anna Marsh to Jane Leigh, 12 May 1811", "note": "MS 2207", "year": None},
            "fols 40–41",
            id="the-letter-named-after-its-leaves",
        ),
        pytest.param(
            "Jean Tissot, *Le Livre des vents*, MS Douce 195, fol. 4r, Bodleian Library, Oxford.",
            {
                "author": "Tissot, Jean",
                "title": "Le Livre des vents",
                "note": "MS Douce 195",
                "howpublished": "Bodleian Library, Oxford",
            },
            "fol. 4r",
            id="author-title-shelfmark-folio-holder",
        ),
        pytest.param(
            '"Minutes of the Council of War," Clarke MS 41, fols. 3–9, Worcester College'
            " Library, Oxford.",
            {"title": "Minutes of the Council of War", "note": "Clarke MS 41"},
            "fols. 3–9",
            id="quoted-title-before-the-shelfmark",
        ),
    ],
)
def test_held_manuscript_fields(text: str, fields: dict[str, str | None], locator: str) -> None:
    (citation,) = parse(text)
    assert citation.kind is Kind.FULL
    assert citation.entry_type == "unpublished"
    assert citation.text == text.rstrip(".")
    assert {name: citation.fields.get(name) for name in fields} == fields
    assert citation.locator == locator


def test_an_undated_name_after_the_leaves_is_the_codex_s_own() -> None:
    (codex,) = parse("Kassel, Landesbibliothek, MS lat. 54, fol. 3r (Kasseler Glossen).")
    assert codex.fields["title"] == "MS lat. 54"
