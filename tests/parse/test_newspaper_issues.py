"""A newspaper's issue cited by its name and day, in the ways other languages date it: a
numeric day ("Nr. 151 vom 31.3.1930"), "12. Oktober 1930, S. 3", the paper's town after
its name ("Gazeta da Tarde, Rio de Janeiro, 14 maio 1888")."""

from __future__ import annotations

import pytest

from citekit.parse.fields import parse_full
from tests.parse.notes import parse


@pytest.mark.parametrize(
    ("text", "journal", "year"),
    [
        ("*Vossische Zeitung*, Nr. 151 vom 31.3.1930.", "Vossische Zeitung", "1930"),
        ("*Kölnische Zeitung*, 12. Oktober 1930, S. 3.", "Kölnische Zeitung", "1930"),
        ("Gazeta da Tarde, Rio de Janeiro, 14 maio 1888, p. 1.", "Gazeta da Tarde", "1888"),
        ("*Le Figaro*, Paris, 3 mars 1898, p. 2.", "Le Figaro", "1898"),
    ],
)
def test_issue_is_an_article_of_the_paper(text: str, journal: str, year: str) -> None:
    first = parse(text)[0]
    assert (first.entry_type, first.fields.get("journal"), first.fields.get("year")) == (
        "article",
        journal,
        year,
    )


def test_a_person_a_town_and_a_day_is_no_paper() -> None:
    first = parse("John Smith, London, 4 October 1918.")[0]
    assert first.entry_type != "article"


@pytest.mark.parametrize(
    ("text", "journal", "number", "year", "page"),
    [
        (
            "Kölnische Zeitung, Nr. 212 vom 3. Mai 1899, Abendblatt, S. 2",
            "Kölnische Zeitung",
            "212",
            "1899",
            "S. 2",
        ),
        ("*Berliner Tageblatt*, Nr. 45 vom 27.1.1921", "Berliner Tageblatt", "45", "1921", None),
    ],
    ids=["plain-edition-page", "italic-dotted-date"],
)
def test_a_german_newspaper_issue_by_number_and_day(text, journal, number, year, page) -> None:
    parsed = parse_full(text)
    assert parsed.entry_type == "article"
    assert parsed.fields == {"journal": journal, "number": number, "year": year}
    assert parsed.locator == page
