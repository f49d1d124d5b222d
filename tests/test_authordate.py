"""Author-date references inside notes, found by the bibliography (citekit.authordate)."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit import authordate, bibcite, extract
from citekit.parse.reference import parse_reference

ENTRIES = tuple(
    parse_reference(text)
    for text in (
        "Moreau, Jeanne. *Les ponts de Paris*. Paris: Seuil, 2004.",
        "Moreau, Jeanne. *Les quais*. Paris: Seuil, 2009.",
        "Lenoir, Paul. *La ville moderne*. Paris: Fayard, 1990.",
        "Lenoir, Paul. *La ville ancienne*. Paris: Fayard, 1990.",
        "Perret, Anne, and Luc Roux. “Matrices.” *Cartography* 46, no. 2 (2018): 176–81.",
    )
)
BY_FAMILY = bibcite.index(ENTRIES)


@pytest.mark.parametrize(
    ("text", "span", "title", "locator"),
    [
        ("la formalité fut supprimée (Moreau 2004: 67).", "Moreau 2004: 67", "Les ponts", "67"),
        ("la qualité diminue (Moreau 2009 : 9)", "Moreau 2009 : 9", "Les quais", "9"),
        (
            "présentées dans l’article de Perret et al. (2018)",
            "Perret et al. (2018)",
            "Matrices",
            None,
        ),
        (
            "ou urbanistique (Lenoir, 1990b), par exemple.",
            "Lenoir, 1990b",
            "La ville ancienne",
            None,
        ),
        (
            "les normes (Moreau 2004–2009) ;",  # a work of several years: its first
            "Moreau 2004–2009",
            "Les ponts",
            None,
        ),
        (
            "voir Roux, Perret et Lenoir (1990) ;",  # a list of three names: the first is looked up
            "Roux, Perret et Lenoir (1990)",
            None,
            None,
        ),
        (
            "sous la direction de Jeanne Moreau 2004, p. 12.",
            "Moreau 2004, p. 12",
            "Les ponts",
            "12",
        ),
    ],
)
def test_a_name_and_year_of_an_entry(
    text: str, span: str, title: str | None, locator: str | None
) -> None:
    found = list(authordate.references(text, BY_FAMILY))
    if title is None:  # no entry of Roux 1990, and "Lenoir (1990)" is no reference on its own
        assert all(text[start:end] != span for start, end, _, _ in found)
        return
    ((start, end, entry, found_locator),) = found
    assert text[start:end] == span
    assert entry.fields["title"].startswith(title)
    assert found_locator == locator


@pytest.mark.parametrize(
    "text",
    [
        "En 2004 Moreau partit pour Lyon.",  # the year before the name
        "Moreau 1998 est une autre année.",  # no entry of that year
        "Durand 2004: 67",  # no entry of that name
        "la moreau 2004",  # a word in small letters is no family name
    ],
)
def test_no_reference_without_an_entry_of_that_name_and_year(text: str) -> None:
    assert list(authordate.references(text, BY_FAMILY)) == []


def test_author_date_notes_link_to_the_bibliography(tmp_path: Path) -> None:
    doc = tmp_path / "essai.md"
    doc.write_text(
        "Texte.[^1] Suite.[^2]\n\n"
        "[^1]: La circulaire de 1812 supprima cet examen (Moreau 2004: 67).\n"
        "[^2]: Voir aussi la synthèse de Lenoir, 1990a, qui reste utile.\n\n"
        "# Bibliographie\n\n"
        "Lenoir, Paul. *La ville moderne*. Paris: Fayard, 1990.\n\n"
        "Moreau, Jeanne. *Les ponts de Paris*. Paris: Seuil, 2004.\n",
        encoding="utf-8",
    )
    report = extract(doc)
    cited = {c.text: c for c in report.citations}
    assert set(cited) == {"Moreau 2004: 67", "Lenoir, 1990a"}
    assert cited["Moreau 2004: 67"].locator == "67"
    works = {w.id: w for w in report.works}
    assert works[cited["Moreau 2004: 67"].work].fields["publisher"] == "Seuil"
    assert works[cited["Lenoir, 1990a"].work].fields["title"] == "La ville moderne"


def test_names_listed_before_the_last_are_part_of_the_reference() -> None:
    """ "Perret, Roux et Blanc (2018)": the reference opens at its first author, Perret."""
    text = "Voir Perret, Roux et Blanc (2018)."
    ((start, end, entry, _),) = authordate.references(text, BY_FAMILY)
    assert text[start:end] == "Perret, Roux et Blanc (2018)"
    assert entry.fields["title"].startswith("Matrices")


@pytest.mark.parametrize(
    ("text", "refs", "left"),
    [
        ("Moreau (2004) ; Lenoir (1990).", [(0, 13), (16, 29)], ""),  # a list of references
        ("Voir le travail mené par Moreau (2004).", [(25, 38)], ""),  # prose before one
        ("“Les ponts tombent” (Moreau 2004).", [(21, 32)], ""),  # a quotation and its source
        ("publiée dans *Logos* (XXI), incluse dans Moreau (2004)", [(41, 54)],
         "publiée dans *Logos* (XXI)"),  # a title named before: kept, its prose after cut
        ("Vu en 1999 chez Moreau (2004)", [(16, 29)], None),  # a number outside: as read
        ("*Quais* e *Ponts* descritti in Moreau (2004)", [(31, 44)], ""),  # names, no work
    ],
)  # fmt: skip
def test_a_span_yields_to_the_references_that_hold_its_numbers(text, refs, left) -> None:
    assert authordate.displaced(text, refs) == left


def test_author_date_references_in_a_list_or_in_prose_are_citations(tmp_path: Path) -> None:
    doc = tmp_path / "essai.md"
    doc.write_text(
        "Texte.[^1] Suite.[^2] Fin.[^3]\n\n"
        "[^1]: Moreau (2004) ; Lenoir (1990) ; Perret, Roux et Blanc (2018).\n"
        "[^2]: À cet égard, on peut rappeler le travail mené par Moreau (2004).\n"
        "[^3]: « La ville se transforme sans cesse » (Lenoir 1990).\n\n"
        "# Bibliographie\n\n"
        "Lenoir, Paul. *La ville moderne*. Paris: Fayard, 1990.\n\n"
        "Moreau, Jeanne. *Les ponts de Paris*. Paris: Seuil, 2004.\n\n"
        "Perret, Anne, Luc Roux et Marie Blanc. “Matrices.” *Cartography* 46, no. 2 (2018): "
        "176–81.\n",
        encoding="utf-8",
    )
    report = extract(doc)
    texts = [[c.text for c in report.citations if c.note == n] for n in (1, 2, 3)]
    assert texts == [
        ["Moreau (2004)", "Lenoir (1990)", "Perret, Roux et Blanc (2018)"],
        ["Moreau (2004)"],
        ["Lenoir 1990"],
    ]
    assert {c.kind.value for c in report.citations} == {"short"}
    assert not [d for d in report.diagnostics if d.code.value == "short-without-full"]


def test_a_reference_the_bibliography_answers_is_not_alone_beside_a_work_it_lacks(
    tmp_path: Path,
) -> None:
    """The note's other work is missing from the bibliography; "Moreau (2004)" is not."""
    doc = tmp_path / "essai.md"
    doc.write_text(
        "Texte.[^1]\n\n"
        "[^1]: Paul Durand, *Les rues de Lyon* (Lyon: Audin, 1950), 12 ; "
        "voir aussi Moreau (2004).\n\n"
        "# Bibliographie\n\n"
        "Moreau, Jeanne. *Les ponts de Paris*. Paris: Seuil, 2004.\n",
        encoding="utf-8",
    )
    report = extract(doc)
    assert [c.text for c in report.citations][-1] == "Moreau (2004)"
    codes = {(d.note, d.code.value) for d in report.diagnostics}
    assert (1, "not-in-bibliography") in codes
    assert (1, "short-without-full") not in codes
