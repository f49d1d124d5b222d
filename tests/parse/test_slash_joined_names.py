"""German notes join co-authors by a spaced slash ("Dambach / Guggisberg / Gilomen"); in plain
text, where no italics mark the title, the names must be read as a list for the citation to
be seen at all (lexicons/name_pair_joiners.txt, citekit.parse.namecues). Notes written for
these tests."""

from __future__ import annotations

from citekit.parse import namecues
from citekit.parse.fields import parse_full
from citekit.parse.split import split_note


def test_slash_joined_family_names_open_a_short_form() -> None:
    note = "Vgl. Brenner / Kohl / Sauter, Die Brücken der alten Stadt Ulm, S. 41."
    found = [piece.text(note) for piece, _ in split_note(note)]
    assert found == ["Brenner / Kohl / Sauter, Die Brücken der alten Stadt Ulm, S. 41"]


def test_slash_joined_full_names_with_initials() -> None:
    text = "Eva Brenner / Jan P. Kohl / Uta Sauter, Die Brücken der alten Stadt Ulm, S. 4"
    assert namecues.leading_name_tokens(text) == 9  # the slashes counted
    parsed = parse_full("Eva Brenner / Jan P. Kohl / Uta Sauter, Die Brücken, Ulm: Kurz 1990, S. 4")
    assert parsed.fields["author"] == "Brenner, Eva and Kohl, Jan P. and Sauter, Uta"
    assert parsed.fields["title"] == "Die Brücken"
