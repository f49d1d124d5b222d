"""Hurried notes: a family name and a labelled page with no comma ("Morton p. 47"), MLA's short
university presses alone in the imprint ("U of Chicago P"). Our own made-up notes."""

from __future__ import annotations

from tests.parse.notes import parse


def test_a_family_name_and_a_page_without_a_comma_is_a_short_form() -> None:
    first, second = parse("Hale, *Tides*, pp. 13-14; Byrne p. 47.")
    assert (second.text, second.fields.get("author"), second.locator) == (
        "Byrne p. 47",
        "Byrne",
        "p. 47",
    )


def test_a_capitalised_word_and_a_page_in_a_sentence_is_no_short_form() -> None:
    assert not parse("Chapter p. 4 of the report says more about the tides.")


def test_an_mla_university_press_alone_is_the_publisher() -> None:
    (cited,) = parse("Ann Hale, *Tides of Change* (U of Chicago P, 2016), p. 9.")
    assert cited.fields.get("publisher") == "U of Chicago P"
    assert "address" not in cited.fields
