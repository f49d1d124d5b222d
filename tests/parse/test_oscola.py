"""OSCOLA articles: the year in brackets before volume, journal, first page and pinpoint."""

from __future__ import annotations

import pytest

from tests.parse.notes import parse

ARTICLES = [
    pytest.param(
        "Ada Byrne, 'Consent and Control in Data Law' (2019) 82 MLR 101, 110.",
        {"journal": "MLR", "volume": "82", "pages": "101", "year": "2019"},
        "110",
        id="abbreviated-journal-and-pinpoint",
    ),
    pytest.param(
        "Ada Byrne and Tom Hale, ‘Remedies for Loss of Control’ [2020] Public Law 55.",
        {"journal": "Public Law", "pages": "55", "year": "2020"},
        None,
        id="year-in-square-brackets-no-volume-no-pinpoint",
    ),
    pytest.param(
        "Tom Hale, ‘A “Right to Be Let Alone” Again’ (2011) 4(2) Journal of Media Law 12, 14–15.",
        {"journal": "Journal of Media Law", "volume": "4", "number": "2", "pages": "12"},
        "14–15",
        id="issue-number-and-quotes-inside-the-title",
    ),
]


@pytest.mark.parametrize(("text", "fields", "locator"), ARTICLES)
def test_an_oscola_article_reads_its_journal_and_pinpoint(
    text: str, fields: dict[str, str], locator: str | None
) -> None:
    (citation,) = parse(text)
    assert {k: citation.fields.get(k) for k in fields} == fields
    assert citation.locator == locator


def test_a_book_with_its_year_in_brackets_is_no_article() -> None:
    (citation,) = parse("Ada Byrne, *Privacy and the Press* (2nd edn, OUP 2016) 45.")
    assert "journal" not in citation.fields


def test_two_appeals_decided_together_are_one_case() -> None:
    (case,) = parse(
        "*R (Hale) v Home Secretary*; *Byrne v Lord Advocate* [2017] UKSC 12, [2018] AC 201 [40]."
    )
    assert case.fields["title"] == "R (Hale) v Home Secretary; Byrne v Lord Advocate"
    assert (case.fields["year"], case.fields["pages"], case.locator) == ("2017", "201", "[40]")
