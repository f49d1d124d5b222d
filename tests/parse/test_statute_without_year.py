"""A statute named by its title and pinpointed by Slovak and Czech "sek.", with ISO 690's
year after a full stop (citekit.parse.shortforms.SECTION_LABELS, citekit.parse.statutes).
Citations written for these tests."""

from __future__ import annotations

import pytest

from citekit.parse.shortforms import is_statute
from citekit.parse.split import split_note
from citekit.parse.statutes import parse_statute


def test_year_after_full_stop_is_no_part_of_the_title() -> None:
    text = "The Lough Neagh Fishing Order (Northern Ireland). 2011, sek. 4"
    assert is_statute(text)
    parsed = parse_statute(text)
    assert parsed is not None
    assert parsed.fields["title"] == "The Lough Neagh Fishing Order (Northern Ireland)"
    assert parsed.fields["year"] == "2011"
    assert parsed.locator == "sek. 4"


@pytest.mark.parametrize(
    "note",
    [
        "The Lough Neagh Fishing Order (Northern Ireland), sek. 12.",
        "K tomu The Lough Neagh Fishing Order (Northern Ireland), sek. 12.",
    ],
)
def test_statute_short_form_with_sek_is_cited(note: str) -> None:
    found = [piece.text(note) for piece, _ in split_note(note)]
    assert found == ["The Lough Neagh Fishing Order (Northern Ireland), sek. 12"]
