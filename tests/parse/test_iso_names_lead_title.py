"""ISO 690 notes in plain text: a list of capitals-inverted names joined by a dash or a
language's "and", after a lead that ends in "see", then the title as a sentence of its own
with no italics (citekit.parse.namecues.name_only, citekit.parse.runson.plain_title_after).
Notes written for these tests."""

from __future__ import annotations

import pytest

from citekit.parse import namecues
from citekit.parse.split import split_note


@pytest.mark.parametrize(
    "names",
    [
        "HOLUB, Petr – KRÁL, Jan – NOVÁK, Eva",  # Czech: the spaced dash
        "HOLUB, Petr a KRÁL, Jan",  # Czech and Slovak "a"
        "BERG, Kari og LIE, Ola",  # Norwegian and Danish "og"
    ],
)
def test_joined_capitals_names_are_names_only(names: str) -> None:
    assert namecues.name_only(names)


@pytest.mark.parametrize(
    "note",
    [
        "K tématu viz HOLUB, Petr – KRÁL, Jan. Mosty a brody na řece Labi.",
        "K tématu viz HOLUB, Petr. Mosty a brody na řece Labi, s. 12.",
    ],
)
def test_title_sentence_after_lead_and_names(note: str) -> None:
    found = [piece.text(note) for piece, _ in split_note(note)]
    assert len(found) == 1
    assert found[0].startswith("HOLUB, Petr")
    assert "Mosty a brody" in found[0]


def test_comment_after_names_stays_comment() -> None:
    note = "On the bridges, see HOLUB, Petr. Later accounts argue otherwise."
    found = [piece.text(note) for piece, _ in split_note(note)]
    assert not any("accounts" in text for text in found)


def test_initial_a_is_no_joiner() -> None:
    """The initial "A." is a name's, not Czech "a": an ISO 690 chapter stays one citation."""
    note = (
        "LAMB, A. Puertos y mareas: una época. En VAL RUIZ, M.I., SOTO PENA, O. eds. Puertos. "
        "El mar, su época y su memoria. Vigo: Ayuntamiento de Vigo, 2019, p. 28."
    )
    found = [piece.text(note) for piece, _ in split_note(note)]
    assert len(found) == 1
    assert found[0].startswith("LAMB, A. Puertos")
