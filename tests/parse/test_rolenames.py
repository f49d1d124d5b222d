"""Editors and translators named after a plain title, their role in parentheses after them
(citekit.parse.rolenames), as Oxford, Harvard and French notes print them. Notes written
for these tests."""

from __future__ import annotations

import pytest

from citekit.model import Kind, Note, Span
from citekit.parse import build_context, parse_note
from citekit.parse.rolenames import editors, run_start


def fields(text: str) -> dict[str, str]:
    note = Note(number=1, text=text, span=Span(0, 0, 1))
    (citation,) = parse_note(note, build_context([text]))
    assert citation.kind == Kind.FULL
    return dict(citation.fields)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Petra Lund, Briefe vom Hafen, Anna Moss (ed.), 2 vols. (Bremen: Hafenverlag, 1986).",
            {
                "author": "Lund, Petra",
                "title": "Briefe vom Hafen",
                "editor": "Moss, Anna",
                "publisher": "Hafenverlag",
            },
        ),
        (
            "Omar Vance, The Tidal Imagination: Four Essays, Rosa Hale (ed.), Ines Birk and Rosa "
            "Hale (trans.) (Austin, TX: Shore University Press, 1981).",
            {
                "title": "The Tidal Imagination: Four Essays",
                "editor": "Hale, Rosa",
                "address": "Austin, TX",
            },
        ),
        (
            "Ines Birk, Philosophy of Tides, Rolf T. Quist (ed. and trans.) (Leeds: Northgate "
            "Press, 1989).",
            {"title": "Philosophy of Tides", "editor": "Quist, Rolf T."},
        ),
        (
            "Anna Moss, The Shore, Jonas Moss, R. T. Hale, and Lena Falk (eds.) (New York, NY: "
            "Tern, 1979).",
            {
                "author": "Moss, Anna",
                "title": "The Shore",
                "editor": "Moss, Jonas and Hale, R. T. and Falk, Lena",
                "publisher": "Tern",
            },
        ),
        (
            "Léa Morin, « Les quais du soir », Paul DURAND (dir.), Les ports du Nord, Lille, "
            "Presses du Nord, 1985, p. 53-85.",
            {
                "title": "Les quais du soir",
                "editor": "Durand, Paul",
                "booktitle": "Les ports du Nord",
                "pages": "53–85",
            },
        ),
        (
            "Lamb, Iris: Gezeiten. In: Ana Ruiz, Piet Sand (Hgg.): Häfen der Nordsee. Kiel: Kai "
            "2007, S. 27-63.",
            {"editor": "Ruiz, Ana and Sand, Piet", "booktitle": "Häfen der Nordsee"},
        ),
        (
            "Iris Lamb, “Tide Tables,” in Harbours of the North (ed. Ana Ruiz and Piet Sand; "
            "Leeds: Quay Press, 2004), 45–67.",
            {"editor": "Ruiz, Ana and Sand, Piet", "address": "Leeds", "publisher": "Quay Press"},
        ),
    ],
    ids=[
        "ed",
        "ed-then-trans",
        "ed-and-trans",
        "three-eds",
        "dir-after-quoted-title",
        "hgg",
        "ed-opening-the-imprint",
    ],
)
def test_people_after_the_title(text: str, expected: dict[str, str]) -> None:
    found = fields(text)
    assert {k: found.get(k) for k in expected} == expected


def test_a_translators_run_names_no_editor() -> None:
    segments = ["Title", "Ines Birk and Rosa Hale (trans.)"]
    assert run_start(segments) == 1
    assert editors(segments) is None
