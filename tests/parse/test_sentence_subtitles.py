"""Plain titles whose subtitle follows a full stop and holds commas, as German humanities
notes print them ("Name, Title. Sub, with, commas, 1914–1924, Ort: Verlag Jahr"), and the
series such notes bracket after the imprint ("(Reihe, Bd. 12)")."""

from __future__ import annotations

import pytest

from citekit.parse import namecues, runson
from citekit.parse.fields import parse_full
from citekit.parse.seriesparen import take_series
from citekit.parse.split import split_note


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Hanna K. Vogel, The Long Winter. Farms, Towns, and Markets in Lower Saxony", 3),
        ("Hanna K. Vogel, Das lange Jahr. Höfe, Märkte, und Städte", 3),
        ("Hanna K. Vogel, The Winter, Farms, and Towns", 3),  # an article opens no name
        ("Hanna K. Vogel, Paul Roth, and Eva Lind, Titel", 8),  # a list of names still reads
    ],
    ids=["subtitle", "german", "article", "list"],
)
def test_a_sentence_inside_a_name_group_ends_the_names(text: str, count: int) -> None:
    assert namecues.leading_name_tokens(text) == count


def test_a_subtitle_with_commas_and_a_span_of_years_stays_in_the_title() -> None:
    parsed = parse_full(
        "Hanna K. Vogel, The Long Winter. Farms, Towns, and Markets in Lower Saxony, "
        "1815–1848, Göttingen: Wallstein 2004, S. 12–19"
    )
    assert parsed.fields["author"] == "Vogel, Hanna K."
    assert parsed.fields["title"].endswith("Markets in Lower Saxony, 1815–1848")
    assert (parsed.fields["year"], parsed.fields["address"]) == ("2004", "Göttingen")
    assert parsed.fields["publisher"] == "Wallstein"


def test_the_years_of_volumes_still_close_an_imprint() -> None:
    parsed = parse_full("Hanna K. Vogel, Briefe, Madrid, Universidad Complutense, 1975-1976")
    assert parsed.fields["year"] == "1975–1976"


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Buch, Göttingen 1998 (Studien zur Agrargeschichte, Bd. 12)", "volume"),
        ("Buch, Berlin 2001 (Quellen und Darstellungen, Nr. 7)", "number"),
    ],
)
def test_a_german_series_after_the_imprint_with_its_band(text: str, field: str) -> None:
    rest, series = take_series(text)
    assert rest == text[: text.index(" (")]
    assert series["series"] in text
    assert field in series


@pytest.mark.parametrize(
    ("note", "lead", "start"),
    [
        (
            "Eine Ausnahme ist Hanna K. Vogel, Das lange Jahr. Bauern, Märkte und Städte "
            "1815–1848, Göttingen: Wallstein 2004.",
            "Eine Ausnahme ist ",
            "Hanna K. Vogel, Das lange Jahr. Bauern",
        ),
        (
            "Paul Roth, Höfe, Göttingen: Wallstein 2001, S. 4; zuvor schon Hanna K. Vogel, The "
            "Long Winter. Farms, Towns and Markets in Saxony, London: Allen & Unwin 1937, S. 3.",
            "zuvor schon ",
            "Hanna K. Vogel, The Long Winter. Farms, Towns",
        ),
    ],
    ids=["capitalised-lead", "small-lead"],
)
def test_a_sentence_subtitle_after_a_lead_in_stays_with_its_title(note, lead, start) -> None:
    found = split_note(note)
    piece, prefix = found[-1]
    assert prefix == lead
    assert piece.text(note).startswith(start)
    assert piece.text(note).endswith(("2004", "S. 3"))


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Hanna K. Vogel, Das lange Jahr", True),
        ("Rollen- und Funktionswandel des Journalismus", False),  # a joiner, no name
        ("Kommunikative Aufgaben und Leistungen der Zeitung", False),
        ("Vogel, Das lange Jahr", False),  # a family name alone: a short form's
        ("une lecture différente, B. Vogel, Titre", False),  # small letters: prose
    ],
)
def test_only_a_whole_name_closed_by_its_comma_leads_a_subtitle(text: str, whole: bool) -> None:
    assert runson._whole_name_closed(text) is whole
