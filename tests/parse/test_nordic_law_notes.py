"""Danish and Norwegian legal notes (Copenhagen's and the Norwegian standard's habits): the
pinpoint labels their locales print ("afs.", "kap.", "pargr.", "par."), a pinpoint set after
the year with no comma ("Forlag 1999 s. 12"), and the lead-ins that end in a preposition.

Our own made-up references.
"""

from __future__ import annotations

import pytest

from citekit.model import Kind
from tests.parse.notes import parse


@pytest.mark.parametrize(
    ("text", "locator"),
    [
        ("Hansen v Berg (1994) afs. 17.", "afs. 17"),  # Danish "afsnit"
        ("Fisheries Act (1983) par. 12.", "par. 12"),
        ("Hansen, Per, *Sjørett*, Gyldendal 1990 pargr. 4.", "pargr. 4"),  # Norwegian
        ("Dahl, Ola, *Jord og rett*, Gyldendal 1971 kap. 3.", "kap. 3"),
        ("*Ivan Petrov*: Право и суд (1999) Kapitel 5.", "Kapitel 5"),
    ],
)
def test_nordic_pinpoint_labels(text: str, locator: str) -> None:
    (citation,) = parse(text)
    assert citation.locator == locator


@pytest.mark.parametrize(
    "text",
    [
        "Dahl, Ola, *Jord og rett*, Gyldendal 1971 s. 44.",
        "Dahl, Ola, *Jord og rett*, Gyldendal 1971 kap. 3.",
        "Nordisk råd, *Rapport om fiskeriene*, 2. utg., 2004 s. 9.",
        "*Ole Dahl*: Jord og rett (1951–1971) s. 273.",  # Copenhagen: the bracket, then s.
    ],
)
def test_year_then_labelled_pinpoint_dates_a_full_citation(text: str) -> None:
    (citation,) = parse(text)
    assert citation.kind is Kind.FULL
    assert citation.fields.get("year")


@pytest.mark.parametrize(
    "text",
    [
        "Utførlig i Dahl (1971) s. 44.",
        "Udførligt i Dahl (1971) s. 44.",
        "Om dette, se Dahl (1971) s. 44.",
    ],
)
def test_lead_in_ending_in_a_preposition(text: str) -> None:
    (citation,) = parse(text)
    assert citation.text == "Dahl (1971) s. 44"


@pytest.mark.parametrize(
    ("text", "title", "year", "locator"),
    [
        ("Fisheries Act (1983) par. 12.", "Fisheries Act", "1983", "par. 12"),
        ("Jf. Harbours Bill (2004–2005) par. 7.", "Harbours Bill", "2004", "par. 7"),
        ("Se Coast Protection Act (1949) pargr. 3.", "Coast Protection Act", "1949", "pargr. 3"),
        ("Jf. Act of Settlement (1701) par. 3.", "Act of Settlement", "1701", "par. 3"),
    ],
)
def test_a_statute_with_its_year_in_brackets(
    text: str, title: str, year: str, locator: str
) -> None:
    """Copenhagen's and the Norwegian standard's statutes: the year in brackets after the
    name, the paragraph after it; a lead-in before "Act of …" is no sentence of prose."""
    (citation,) = parse(text)
    assert citation.fields["title"] == title
    assert citation.fields["year"] == year
    assert citation.locator == locator
    assert citation.text.startswith(title)


def test_a_statute_joined_by_og_is_a_citation_of_its_own() -> None:
    first, statute = parse(
        "*Ole Dahl*: Jord og rett (1971) s. 9 og Act of Settlement (1701) par. 3."
    )
    assert first.locator == "s. 9"
    assert statute.text == "Act of Settlement (1701) par. 3"
    assert statute.locator == "par. 3"


def test_a_pinpoint_after_the_link_keeps_the_link_with_its_work() -> None:
    """The Norwegian standard: "… 2001. DOI: https://doi.org/… s. 399" is one citation."""
    (citation,) = parse(
        "Dahl, Ola, «Fiske og rett» *Nordisk tidsskrift* 2001. DOI: "
        "https://doi.org/10.1000/nt.2001.17 s. 39."
    )
    assert citation.locator == "s. 39"
    assert citation.fields["doi"] == "10.1000/nt.2001.17"
    assert citation.fields["journal"] == "Nordisk tidsskrift"


def test_the_parts_own_page_then_the_pinpoint_each_labelled() -> None:
    """ "…, 2006, s. 1346 s. 140": the article's first page, then the page cited."""
    (citation,) = parse("Dahl, Ola, «Fiske og rett» *Nordisk tidsskrift* 2006, s. 1346 s. 1350.")
    assert citation.locator == "s. 1350"
    assert citation.fields["pages"] == "1346"
