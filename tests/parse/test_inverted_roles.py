"""Inverted name lists closed by an editor mark, and a city with its state before a publisher
and year without a comma (Scandinavian and German habits; our own example notes)."""

from __future__ import annotations

import pytest

from tests.parse.notes import parse


@pytest.mark.parametrize(
    ("text", "editors", "title"),
    [
        (
            "Lind, Eva, Holm, Per & Strand, Ola (red.), Hamnar och handel, Stockholm: Tiden 1988.",
            "Lind, Eva and Holm, Per and Strand, Ola",
            "Hamnar och handel",
        ),
        (
            "Lind, Eva and Strand, Ola (eds.), Harbours and Trade, London: Verso 1992.",
            "Lind, Eva and Strand, Ola",
            "Harbours and Trade",
        ),
        (
            "Krause, Jan Dirk und Vogel, Ulrich (Hrsg.): Der Hafen, Berlin 2010.",
            "Krause, Jan Dirk and Vogel, Ulrich",
            "Der Hafen",
        ),
    ],
)
def test_inverted_names_closed_by_an_editor_mark_are_the_editors(
    text: str, editors: str, title: str
) -> None:
    (cited,) = parse(text)
    assert cited.fields["editor"] == editors
    assert cited.fields["title"] == title
    assert "author" not in cited.fields


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Hale, Sara, The Long Coast, Cambridge, Mass.: Harvard University Press 1998, s. 15.",
            "Cambridge, Mass.",
        ),
        ("Hale, Sara, The Long Coast, Ithaca, NY: Cornell University Press 1998.", "Ithaca, NY"),
    ],
)
def test_a_city_and_its_state_before_publisher_and_year(text: str, address: str) -> None:
    (cited,) = parse(text)
    assert cited.fields["address"] == address
    assert cited.fields["publisher"].endswith("University Press")
