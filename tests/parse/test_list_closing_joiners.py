"""A list of three authors closes with the language's own "and" ("María López y Ana Gil",
"Eva Schmidt und Jan Weber", "Myriam Tsimbidy en Marie Chaufour"); in plain text, where no
italics mark the title, the list must be read whole or its last two names open the title
(citekit.parse.namecues, lexicons/name_pair_joiners.txt). A title joins single capitalised
words by the same word ("Kirche und Staat"). Notes written for these tests."""

from __future__ import annotations

import pytest

from citekit.parse.fields import parse_full

LISTS = [
    (
        "Juan Pérez, María López y Ana Gil, Los ríos de la meseta, Madrid, Cátedra, 2004",
        "Pérez, Juan and López, María and Gil, Ana",
        "Los ríos de la meseta",
    ),
    (
        "Giovanni Rossi, Maria Verdi e Anna Neri, I porti del Tirreno, Roma, Laterza, 2011",
        "Rossi, Giovanni and Verdi, Maria and Neri, Anna",
        "I porti del Tirreno",
    ),
    (
        "Hans Müller, Eva Schmidt und Jan Weber, Die Brücken der Stadt, Berlin, Duncker, 2011",
        "Müller, Hans and Schmidt, Eva and Weber, Jan",
        "Die Brücken der Stadt",
    ),
    (
        "Erik Berg, Anna Lund och Per Holm, Broarna i Stockholm, Stockholm, Atlantis, 2011",
        "Berg, Erik and Lund, Anna and Holm, Per",
        "Broarna i Stockholm",
    ),
    (
        "Pieter Claes, Lotte Wouters en Joost Maes, De bruggen van Gent (Gent: Academia, 2011)",
        "Claes, Pieter and Wouters, Lotte and Maes, Joost",
        "De bruggen van Gent",
    ),
]


@pytest.mark.parametrize(("text", "authors", "title"), LISTS)
def test_a_list_closed_by_the_languages_and_is_the_authors(text, authors, title) -> None:
    fields = parse_full(text).fields
    assert (fields["author"], fields["title"]) == (authors, title)


def test_single_words_joined_by_und_are_a_title() -> None:
    fields = parse_full("Hans Müller, Kirche und Staat Europas, Berlin, Duncker, 2011").fields
    assert (fields["author"], fields["title"]) == ("Müller, Hans", "Kirche und Staat Europas")


@pytest.mark.parametrize("joiner", ["en", "y", "och"])
def test_given_name_and_initial_before_the_languages_and(joiner) -> None:
    # "Lena K." alone would be a family name and its initial (as Russian notes write them)
    text = f"Lena K. Vos {joiner} Ruth A. Mol, eds., Atlas van de Schelde (Gent: Academia, 2001)"
    fields = parse_full(text).fields
    assert (fields["editor"], fields["title"]) == (
        "Vos, Lena K. and Mol, Ruth A.",
        "Atlas van de Schelde",
    )
