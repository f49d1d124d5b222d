"""A statute or treaty named by a title of its own and pinpointed by its section, with no
year after its name, or with ISO 690's year after a full stop (citekit.parse.shortforms.
is_statute, citekit.parse.statutes). Citations written for these tests."""

from __future__ import annotations

import pytest

from citekit.parse.shortforms import is_statute
from citekit.parse.statutes import parse_statute


@pytest.mark.parametrize(
    "text",
    [
        "The Lough Neagh Fishing Order (Northern Ireland), sek. 12",  # Slovak "sek."
        "Convention on the Carriage of Goods by Inland Waterways, art. 9",
    ],
)
def test_titled_statute_with_section_is_a_statute(text: str) -> None:
    assert is_statute(text)


def test_the_act_alone_is_no_statute() -> None:
    assert not is_statute("The Act, s 3")


def test_year_after_full_stop_is_no_part_of_the_title() -> None:
    parsed = parse_statute("The Lough Neagh Fishing Order (Northern Ireland). 2011, sek. 4")
    assert parsed is not None
    assert parsed.fields["title"] == "The Lough Neagh Fishing Order (Northern Ireland)"
    assert parsed.fields["year"] == "2011"
    assert parsed.locator == "sek. 4"
