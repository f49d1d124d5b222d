"""Inverted names in ordinary case opening a citation ("Gould, Cecil, Michelangelo …"), and
the openings that only look like them."""

from __future__ import annotations

import pytest

from citekit.parse.invertednames import inverted_list, inverted_people, mixed_inverted
from citekit.parse.names import same_author_editors
from citekit.parse.reference import parse_reference

OPENING_ROWS = [
    ("Gould, Cecil, Michelangelo. Battle of Cascina. Newcastle upon Tyne 1966, S.6", 2),
    ("Müller, Jan Dirk, Pfisterer, Ulrich, Vorrede, in: Dies. (Hrsg.), Aemulatio, Berlin 2011", 5),
    ("Brinton, Christoper G., Chiang, Mung, The Power of Networks, Princeton 2017, S. 198", 5),
    ("Braudel, Fernand, El Mediterráneo, México, FCE, 1953, p. 12", 2),
    ("Altick, English Common Reader, 45", 0),  # a short title, no year: not a given name
    ("Aristotle, Metaphysics, ed. by W. D. Ross (Oxford, 1924)", 0),  # a role follows
    ("Apuleius, The Golden Ass, Loeb Classical Library (Heinemann, 1922), 6", 0),  # an article
    ("Wallraff, Word Court, April 2000, S. 325", 0),  # a periodical and its date
    ("London, Stationers’ Hall, Register of Entries of Copies, 1682–1708", 0),  # a place
    ("Vancouver, B.C.: Western Front Publication, 1984", 0),  # initials alone: a place's state
    ("Berg, Anna M. Saltpop: Harbour Populations of the Baltic, 1500-1800. Zenodo, 2015.", 0),
    ("Conboy, Martin, Joad Raymond, Kevin Williams and Michelle Tusan, Roundtable, 2006", 0),
    ("Jones, Hill, and Smith, The Book, London 1990", 0),  # family names listed
]


@pytest.mark.parametrize(("text", "expected"), OPENING_ROWS, ids=[r[0][:24] for r in OPENING_ROWS])
def test_mixed_inverted_counts_the_names_that_open_a_citation(text: str, expected: int) -> None:
    assert mixed_inverted(text.split()) == expected


def test_inverted_people_splits_the_names_from_the_title() -> None:
    found = inverted_people("Müller, Jan Dirk, Pfisterer, Ulrich, Vorrede, in: X, Berlin 2011.")
    assert found == (["Müller, Jan Dirk", "Pfisterer, Ulrich"], ",", "Vorrede, in: X, Berlin 2011.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fertig, Georg", True),
        ("Müller, Jan Dirk/Pfisterer, Ulrich/Bleuler, Anna Kathrin", True),
        ("Münch, Birgit Ulrike, Müller, Jürgen", True),
        ("Bloggs, J.", False),  # initials: read as Harvard does
        ("Smith, History of Rome", False),
    ],
)
def test_inverted_list_tells_german_editor_lists(text: str, expected: bool) -> None:
    assert inverted_list(text) is expected


def test_a_german_bibliography_entry_keeps_its_names_editors_and_series() -> None:
    entry = parse_reference(
        "Jonietz, Fabian, Labor omnia vincit? Fragmente einer kunsttheoretischen Kategorie, in: "
        "Müller, Jan Dirk/Pfisterer, Ulrich (Hrsg.), Aemulatio. Kulturen des Wettstreits "
        "(=Pluralisierung & Autorität, Bd. 27), Berlin/Boston 2011, S. 573-681."
    )
    assert entry.fields["author"] == "Jonietz, Fabian"
    assert entry.fields["editor"] == "Müller, Jan Dirk and Pfisterer, Ulrich"
    assert (entry.fields["series"], entry.fields["number"]) == ("Pluralisierung & Autorität", "27")
    assert "Pluralisierung" not in entry.fields["booktitle"]


def test_ders_and_dies_among_the_editors_are_the_authors() -> None:
    entry = parse_reference(
        "Müller, Jan Dirk, Pfisterer, Ulrich, Vorrede, in: Dies./Bleuler, Anna Kathrin (Hrsg.), "
        "Aemulatio, Berlin/Boston 2011, S. 1-32."
    )
    assert entry.fields["editor"] == (
        "Müller, Jan Dirk and Pfisterer, Ulrich and Bleuler, Anna Kathrin"
    )


def test_same_author_editors_leaves_other_editors_alone() -> None:
    fields = {"author": "Smith, Ann", "editor": "Jones, Bob"}
    assert same_author_editors(fields) is fields
    assert same_author_editors({"author": "Smith, Ann", "editor": "Ders. and Jones, Bob"}) == {
        "author": "Smith, Ann",
        "editor": "Smith, Ann and Jones, Bob",
    }
