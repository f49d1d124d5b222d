"""Plain text, where no italics say where a title ends: a title's question mark closes its
sentence, a short form's title needs no pinpoint before a join word, and a title's further
sentence may open with words that only look like names. Invented works, printed as sentence
styles (ENAH, ISO 690) and comma styles print them."""

from __future__ import annotations

import pytest

from citekit.parse.fields import parse_full
from citekit.parse.known import learn
from citekit.parse.split import split_note


def spans(text: str) -> list[str]:
    return [piece.text(text) for piece, _ in split_note(text)]


@pytest.mark.parametrize(
    ("citation", "title", "publisher", "address"),
    [
        pytest.param(
            "Paul Roux. Le port va-t-il disparaître ? Seuil. Paris. 2015",
            "Le port va-t-il disparaître ?",
            "Seuil",
            "Paris",
            id="dotted-imprint-after-a-french-question",
        ),
        pytest.param(
            "Ana Ruiz. ¿Quién manda en el puerto? Taurus. Vigo. 2017, p. 4",
            "¿Quién manda en el puerto?",
            "Taurus",
            "Vigo",
            id="dotted-imprint-after-a-question",
        ),
        pytest.param(
            "ROUX, Paul. Le port va-t-il disparaître ? Paris: Seuil, 2015",
            "Le port va-t-il disparaître ?",
            "Seuil",
            "Paris",
            id="iso-book-whose-title-asks",
        ),
    ],
)
def test_a_question_mark_ends_a_plain_title(
    citation: str, title: str, publisher: str, address: str
) -> None:
    fields = parse_full(citation).fields
    assert (fields.get("title"), fields.get("publisher"), fields.get("address")) == (
        title,
        publisher,
        address,
    )


KNOWN = learn(
    [
        {"author": "Roux, Paul and Gil, Marta", "title": "Le port du nord: une histoire"},
        {"author": "Varga, Ilona", "title": "The Toll Charters and the River Trade"},
    ]
)


@pytest.mark.parametrize(
    ("span", "after", "expected"),
    [
        pytest.param("ROUX, P. et al. Le port du nord", "и VARGA", True, id="iso-names"),
        pytest.param("Varga, The Toll Charters", "and Roux", True, id="names-comma-title"),
        pytest.param("Varga, The Toll Charters", "and the River Trade", False, id="title-goes-on"),
        pytest.param("Varga, The Toll Charters, 12", "and Roux", False, id="comma-in-rest"),
    ],
)
def test_a_short_form_with_names_and_a_comma_is_finished(
    span: str, after: str, expected: bool
) -> None:
    assert KNOWN.is_short_form(span, after) is expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        pytest.param(
            "Para una lectura distinta, véase Ana Ruiz. Costas y faros. Óscar Gil y los faros "
            "de la costa en Galicia. Ediciones del Puerto. Vigo. 2020, p. 29.",
            [
                "Ana Ruiz. Costas y faros. Óscar Gil y los faros de la costa en Galicia. "
                "Ediciones del Puerto. Vigo. 2020, p. 29"
            ],
            id="a-title-s-sentences-after-a-lead-with-a-comma",
        ),
        pytest.param(
            "Véase también Marta Gil, Puertos del norte 3. Tarragona and Ampurias harbour "
            "works in antiquity. Brill, Leiden, 2019, pp. 4–6.",
            [
                "Marta Gil, Puertos del norte 3. Tarragona and Ampurias harbour works in "
                "antiquity. Brill, Leiden, 2019, pp. 4–6"
            ],
            id="a-subtitle-opening-like-two-names",
        ),
    ],
)
def test_a_plain_title_runs_on_past_its_full_stop(note: str, expected: list[str]) -> None:
    assert spans(note) == expected


@pytest.mark.parametrize(
    ("citation", "editor", "booktitle"),
    [
        pytest.param(
            "M. Roux, « Les digues », dans A. GIL, B. ROE et D. LE MAY (dir.), Les ports du "
            "nord, Lyon, Éditions du Fleuve, 2020, p. 25-27",
            "Gil, A. and Roe, B. and Le May, D.",
            "Les ports du nord",
            id="editors-with-initials-before-their-mark",
        ),
        pytest.param(
            "Ana Roe, “Faros”, en Juan Pardo Lopez, Luisa Vera Gil et al. (eds.), Los puertos "
            "y su tiempo, Vigo, Taurus, 2018, pp. 16, 18",
            "Lopez, Juan Pardo and Gil, Luisa Vera",
            "Los puertos y su tiempo",
            id="editors-and-et-al-before-their-mark",
        ),
        pytest.param(
            "Ana Roe, ‘Delta Harbours’ in Paul A Gil and others (eds), Harbours and Deltas "
            "(Springer 2003) 128",
            "Gil, Paul A",
            "Harbours and Deltas",
            id="editors-and-others-before-a-bracketed-imprint",
        ),
    ],
)
def test_a_plain_book_s_editors_end_at_their_mark(
    citation: str, editor: str, booktitle: str
) -> None:
    fields = parse_full(citation).fields
    assert (fields.get("editor"), fields.get("booktitle")) == (editor, booktitle)


def test_a_translator_s_bracketed_role_ends_the_title() -> None:
    fields = parse_full(
        "Paul Roux, Le port du nord, Anna Rossi (tradotto da), Milano, Adelphi, 2019, p. 71"
    ).fields
    assert fields.get("title") == "Le port du nord"


@pytest.mark.parametrize(
    ("citation", "publisher"),
    [
        pytest.param("Ann Roe, Contract Law (Sweet and Maxwell 2010) 45", "Sweet and Maxwell"),
        pytest.param("Ann Roe, The Tidal Mind (Hale & Wood 1962)", "Hale & Wood"),
    ],
)
def test_a_bracketed_publisher_of_two_joined_names_ends_the_title(
    citation: str, publisher: str
) -> None:
    fields = parse_full(citation).fields
    assert (fields.get("title"), fields.get("publisher")) == (
        citation.split(", ", 1)[1].split(" (")[0],
        publisher,
    )
