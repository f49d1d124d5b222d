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
            "sous la direction de Jeanne Moreau 2004, p. 12.",
            "Moreau 2004, p. 12",
            "Les ponts",
            "12",
        ),
    ],
)
def test_a_name_and_year_of_an_entry(text: str, span: str, title: str, locator: str | None) -> None:
    ((start, end, entry, found_locator),) = authordate.references(text, BY_FAMILY)
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
