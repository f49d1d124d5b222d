"""Italian notes join co-authors by a spaced hyphen ("F. Rossi - G. Bianchi, Titolo"); in plain
text, where no italics mark the title, the names must be read as a list or they stay in the
title (lexicons/name_pair_joiners.txt, citekit.parse.namecues). A title's halves are joined by
the same hyphen ("Storia - Memoria"): the initial after it tells names. Notes written for these
tests."""

from __future__ import annotations

from citekit.parse import namecues
from citekit.parse.fields import parse_full


def test_hyphen_joined_initialled_names_are_the_authors() -> None:
    parsed = parse_full("F. Rossi - G. M. Bianchi, I porti del Tirreno, Roma, Laterza, 2011, p. 14")
    assert parsed.fields["author"] == "Rossi, F. and Bianchi, G. M."
    assert parsed.fields["title"] == "I porti del Tirreno"


def test_hyphen_joined_capitals_names_are_the_authors() -> None:
    text = "A. CONTI - P. LEONE, La bonifica pontina, Milano, Angeli, 1998"
    assert namecues.leading_name_tokens(text) == 5
    assert parse_full(text).fields["title"] == "La bonifica pontina"


def test_hyphen_before_a_word_is_no_name_list() -> None:
    assert namecues.leading_name_tokens("Storia - Memoria, I porti del Tirreno, Roma") == 0


def test_hyphen_before_a_given_name_and_initial_joins_names() -> None:
    text = "Paola E. Conti - Marco R. Leone (a cura di), Atlante dei porti, Roma, Laterza, 2011"
    parsed = parse_full(text)
    assert parsed.fields.get("editor") == "Conti, Paola E. and Leone, Marco R."
    assert parsed.fields["title"] == "Atlante dei porti"
