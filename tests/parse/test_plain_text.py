"""Notes typed in plain text: no italics, names in capitals where small capitals were meant.

Our own example sentences, one habit a row; each row says what the parser must read.
"""

from __future__ import annotations

import pytest

from citekit.model import Citation, Note, Span
from citekit.parse import build_context, parse_note
from citekit.parse.cues import leading_name_tokens
from citekit.parse.names import split_names


def parse(text: str) -> tuple[Citation, ...]:
    """The citations of TEXT as note 1."""
    return parse_note(Note(number=1, text=text, span=Span(0, 0, 1)), build_context([text]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Marta OLIVERA", ["Olivera, Marta"], id="family-in-capitals"),
        pytest.param("Inés PRADO SOLER", ["Prado Soler, Inés"], id="two-word-family-in-capitals"),
        pytest.param(
            "Tomás RUBIO VELA y Clara ESTEBAN",
            ["Rubio Vela, Tomás", "Esteban, Clara"],
            id="co-authors-in-capitals",
        ),
        pytest.param("Ana María Gil", ["Gil, Ana María"], id="no-capitals-unchanged"),
    ],
)
def test_family_set_in_capitals(text: str, expected: list[str]) -> None:
    assert split_names(text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        pytest.param(
            "Marta OLIVERA: «Los puertos del norte», Hispania", 2, id="colon-after-capitals"
        ),
        pytest.param("Inés PRADO SOLER: «Los puertos»", 3, id="compound-capitals-colon"),
        pytest.param("Luis Vera (ed.): Las ferias de Castilla", 3, id="editor-mark-then-colon"),
        pytest.param(
            "Inés PRADO SOLER y Luis VERA (eds.): Las ferias", 7, id="second-editor-closes-at-mark"
        ),
    ],
)
def test_leading_names(text: str, count: int) -> None:
    assert leading_name_tokens(text) == count


def test_author_in_capitals_opens_the_citation() -> None:
    (found,) = parse(
        "Marta OLIVERA: «Los puertos del norte», Hispania Nova, 12 (2015), pp. 3-20, p. 7."
    )
    assert found.text.startswith("Marta OLIVERA")
    assert found.fields["author"] == "Olivera, Marta"
    assert found.fields["journal"] == "Hispania Nova"


def test_plain_book_after_editors_and_colon() -> None:
    (found,) = parse(
        "Marta OLIVERA: «Los puertos», en Luis VERA (ed.): Las ferias de Castilla, "
        "Madrid, Ámbito, 2009, pp. 11-30, p. 14."
    )
    assert found.entry_type == "incollection"
    assert found.fields["editor"] == "Vera, Luis"
    assert found.fields["booktitle"] == "Las ferias de Castilla"
    assert found.fields["publisher"] == "Ámbito"
