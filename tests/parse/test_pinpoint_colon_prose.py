"""Commentary after a labelled pinpoint and a colon ("…, p. 72: education explains …") is no
part of the citation; colons inside an imprint or a Vancouver date stay. Invented works."""

from __future__ import annotations

import pytest

from tests.parse.notes import parse


@pytest.mark.parametrize(
    ("note", "span", "locator"),
    [
        pytest.param(
            "Jane Roe, *Harbour Lives* (Vale: Vale Press, 1990), p. 45: the author argues that it"
            " was never so.",
            "Jane Roe, *Harbour Lives* (Vale: Vale Press, 1990), p. 45",
            "p. 45",
            id="english-full-citation",
        ),
        pytest.param(
            "Roe, *Harbour Lives*, S. 12: hier wird deutlich, dass nichts geschah.",
            "Roe, *Harbour Lives*, S. 12",
            "S. 12",
            id="german-short-form",
        ),
        pytest.param(
            "Marr e.a. (2018), p. 72: opleiding en generatie verklaren meer dan de ontzuiling.",
            "Marr e.a. (2018), p. 72",
            "p. 72",
            id="dutch-author-date",
        ),
    ],
)
def test_prose_after_a_pinpoint_and_a_colon_is_commentary(
    note: str, span: str, locator: str
) -> None:
    (citation,) = parse(note)
    assert citation.text == span
    assert citation.locator == locator


@pytest.mark.parametrize(
    "note",
    [
        "Ann Marr, “Salt Roads,” *Coastal History* 4, no. 2 (2012): 10–30.",
        "Marr A. Salt roads. Coast Hist. 2012;4(2):10-30.",
    ],
)
def test_colons_of_an_imprint_or_a_date_stay_in_the_citation(note: str) -> None:
    (citation,) = parse(note)
    assert citation.text.rstrip(".") == note.rstrip(".")
