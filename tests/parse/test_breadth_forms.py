"""Forms first met in the generated corpus's later libraries and styles (classics, Russian
humanities; New Hart's Rules, Bologna, UACJ, TU Dresden), in plain text where no italics help.

Our own made-up references; each row is one way a style prints a work.
"""

from __future__ import annotations

import pytest

from citekit.model import Note, Span
from citekit.parse import parse_note
from citekit.parse.fields import parse_full


def _citations(text: str) -> tuple:
    return parse_note(Note(1, text, Span(0, len(text), 1)))


@pytest.mark.parametrize(
    ("text", "expected", "locator"),
    [
        pytest.param(
            "Lena Vogt, „Die Zunft und ihr Archiv“, in: Zeitschrift für Stadtgeschichte, 70"
            " (2020), H. 1, S. 19–23, hier S. 20",
            {
                "journal": "Zeitschrift für Stadtgeschichte",
                "volume": "70",
                "number": "1",
                "pages": "19–23",
            },
            "S. 20",
            id="german-journal-comma-volume-issue-after-year",
        ),  # fmt: skip
        pytest.param(
            "Jan Mol, „Das Problem der Quelle“, in: Oudtestamentische Studien, 8 (1950),"
            " S. 193–212, hier S. 198",
            {"journal": "Oudtestamentische Studien", "volume": "8", "pages": "193–212"},
            "S. 198",
            id="journal-name-that-looks-like-a-name",
        ),
        pytest.param(
            "Paul Roux, „Les marchands du port“, in: Les Documents du commerce, Rome 2018,"
            " S. 117–132, hier S. 121",
            {"booktitle": "Les Documents du commerce", "address": "Rome", "year": "2018"},
            "S. 121",
            id="book-place-and-year-after-in",
        ),
        pytest.param(
            "Ada Kern, «Il porto e la città», R. Lodi, M. Fabbri (a cura di), Storia dei porti,"
            " Bologna, Il Mulino, 2011, p. 45",
            {
                "editor": "Lodi, R. and Fabbri, M.",
                "booktitle": "Storia dei porti",
                "publisher": "Il Mulino",
            },
            "p. 45",
            id="editors-a-cura-di-without-in",
        ),  # fmt: skip
        pytest.param(
            "Ada Kern, Harbour Walls, in Emporia. Proceedings of the 3rd International Harbour"
            " Conference, Athens, 14–18 April 2004, ed. by E. Greco, 2005, p. 188",
            {"author": "Kern, Ada", "title": "Harbour Walls"},
            None,
            id="proceedings-container-not-a-paper-read",
        ),
    ],
)
def test_containers_in_plain_text(text: str, expected: dict, locator: str | None) -> None:
    parsed = parse_full(text)
    assert {k: parsed.fields.get(k) for k in expected} == expected
    if locator is not None:
        assert parsed.locator == locator


def test_bluebook_chapter_in_small_capitals_keeps_its_pages_out_of_the_book() -> None:
    text = (
        "Ina Falk, Harbour Gifts, in ESSAYS FOR A HARBOUR MASTER 335, 348 (Ann Lee & Bo Park"
        " eds., 2015)"
    )
    parsed = parse_full(text)
    assert parsed.entry_type == "incollection"
    assert parsed.fields["booktitle"].casefold() == "essays for a harbour master"
    assert parsed.fields["pages"] == "335"
    assert parsed.locator == "348"


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("FALK, Ina. *Gifts*. New York, London: Quay Press, 2011, s. 155", "New York, London"),
        ("Ina Falk, *Gifts*, New York, London, Quay Press, 2011, p. 155", "New York, London"),
        ("Ina Falk, *Harbour Gifts*, Paris, Seuil, 2011, p. 155", "Paris"),
    ],
)  # fmt: skip
def test_every_place_of_an_imprint_is_kept(text: str, address: str) -> None:
    assert parse_full(text).fields["address"] == address


def test_places_joined_by_semicolons_do_not_split_the_note() -> None:
    text = "Ina Falk, Harbour Gifts, Berlin; Heidelberg; New York: Quay Press, 1971, p. 405."
    (citation,) = _citations(text)
    assert citation.fields["address"] == "Berlin; Heidelberg; New York"


def test_words_in_brackets_after_the_pinpoint_are_not_part_of_it() -> None:
    text = "Ina Falk, Harbour Gifts. Quay Press, Oxford, 2019, p. 177 [Masterarbeit] [En línea]"
    assert parse_full(text).locator == "p. 177"
    assert parse_full("Ina Falk, *Harbour Gifts* (London, 1990), p. 12 [fol. 3r]").locator == (
        "p. 12 [fol. 3r]"
    )
