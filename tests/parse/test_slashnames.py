"""German reference lists: names joined by slashes, "(Hg.)" editors, "Ders.:" for the same
author."""

from __future__ import annotations

import pytest

from citekit.parse.reference import parse_reference


def test_slashed_inverted_names_are_the_authors() -> None:
    ref = parse_reference(
        "Koselleck, Reinhart/Meier, Christian: „Fortschritt“, in: Brunner, Otto/Conze, "
        "Werner (Hg.): *Geschichtliche Grundbegriffe*, Stuttgart: Klett-Cotta 1975, S. 351–423."
    )
    assert ref.fields["author"] == "Koselleck, Reinhart and Meier, Christian"
    assert ref.fields["title"] == "Fortschritt"
    assert ref.fields["booktitle"] == "Geschichtliche Grundbegriffe"
    assert ref.fields["editor"] == "Brunner, Otto and Conze, Werner"


def test_hg_makes_editors() -> None:
    ref = parse_reference("Müller, Hans (Hg.): *Stadt und Land*, Stuttgart: Steiner 1972.")
    assert ref.fields["editor"] == "Müller, Hans"
    assert "author" not in ref.fields
    assert ref.fields["title"] == "Stadt und Land"


def test_ders_repeats_the_author_of_the_entry_above() -> None:
    first = parse_reference("Koselleck, Reinhart: *Kritik und Krise*, Freiburg: Alber 1959.")
    ref = parse_reference(
        "Ders.: *Vergangene Zukunft*, Frankfurt am Main: Suhrkamp 1979.", first.head
    )
    assert ref.fields["author"] == "Koselleck, Reinhart"
    assert ref.fields["title"] == "Vergangene Zukunft"
    assert ref.fields["year"] == "1979"


@pytest.mark.parametrize(
    "entry",
    [
        "Hartog, François: *Regimes of Historicity*, übers. von Saskia Brown, New York: "
        "Columbia University Press 2015.",
        "Hartog, François. *Régimes d’historicité*. Traduit par Saskia Brown. New York: "
        "Columbia University Press, 2015.",
    ],
)
def test_translator_marks_of_other_languages_leave_the_imprint(entry: str) -> None:
    ref = parse_reference(entry)
    assert ref.fields["translator"] == "Brown, Saskia"
    assert ref.fields["address"] == "New York"
