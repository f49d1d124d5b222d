"""A journal article's own extent after the date's colon, as Chicago's notes print it when no
page is cited (a bare range however short, or an article number); a journal named "…
Reports" is no report; a page in roman numerals ends a citation before a join; "read with"
joins two citations; an article forthcoming in a named journal is cited in full."""

from __future__ import annotations

import pytest

from citekit.model import Kind
from tests.parse.notes import parse


@pytest.mark.parametrize(
    ("text", "pages", "locator"),
    [
        ("Jane Roe, “Aid,” *Foreign Policy*, no. 159 (2007): 95–96.", "95–96", None),
        ("Jane Roe, “Title,” *Science* 286, no. 5439 (1999): 509–512, https://doi.org/10.1/x.",
         "509–512", None),
        ("Jane Roe, “Title,” *Journal of Archaeological Science* 165 (2024): 105969.",
         "105969", None),
        ("Jane Roe, “Title,” *Nature* 487, no. 7407 (2012): 271.", None, "271"),
        ("Jane Roe, “Title,” *Nature* 487, no. 7407 (2012): 271–89, at 275.", "271–289", "275"),
    ],
)  # fmt: skip
def test_own_extent_or_pinpoint(text: str, pages: str | None, locator: str | None) -> None:
    first = parse(text)[0]
    assert (first.fields.get("pages"), first.locator) == (pages, locator)


def test_a_journal_named_reports_is_no_report() -> None:
    first = parse("Ann Lee, “Flakes,” *Scientific Reports* 15, no. 1 (2025): 1234.")[0]
    assert (first.entry_type, first.fields.get("journal")) == ("article", "Scientific Reports")


def test_a_preface_page_ends_a_citation_before_a_join() -> None:
    """ "…, lxxiv, and see …": a page in small roman numerals finishes the citation."""
    cited = parse("Farr, op. cit., lxxiv, and compare Hamlin, 290.")
    assert [(c.text, c.locator) for c in cited] == [
        ("Farr, op. cit., lxxiv", "lxxiv"),
        ("Hamlin, 290", "290"),
    ]


def test_read_with_joins_two_citations() -> None:
    """ "…, 93–112, read with Bourdieu, 260": a second source read beside the first."""
    cited = parse("Roe, *Class and Taste* (London: Faber, 2009), 93–112, read with Poe, 260.")
    assert [c.text for c in cited] == [
        "Roe, *Class and Taste* (London: Faber, 2009), 93–112",
        "Poe, 260",
    ]


def test_a_forthcoming_article_in_a_named_journal_is_a_full_citation() -> None:
    """“Title,” *Journal*, forthcoming: no year yet, but a work cited whole."""
    (only,) = parse("Ann Lee and Tom Poe, “The Dark Code,” *Cultural Analytics*, forthcoming.")
    assert (only.kind, only.fields.get("journal")) == (Kind.FULL, "Cultural Analytics")
