"""Habits of published humanities essays written in Markdown, one habit a row: commentary
that mentions correspondence or conversations, and author-date reference entries stated in
a note after prose or one after another.

Our own example notes: invented authors, titles and places.
"""

from __future__ import annotations

import pytest

from citekit.model import Kind
from tests.parse.notes import parse

FULL, SHORT, PERSONAL = Kind.FULL, Kind.SHORT, Kind.PERSONAL


def spans(text: str) -> list[tuple[str, Kind]]:
    return [(c.text, c.kind) for c in parse(text)]


PERSONAL_ROWS = [
    pytest.param(
        "Scholars traced the evolving conversations of the learned across Europe. "
        "Ada Brenner, “Letters in Motion,” *Journal of Early Networks*, 2011, *4*:10–31.",
        [("Ada Brenner, “Letters in Motion,” *Journal of Early Networks*, 2011, *4*:10–31", FULL)],
        id="prose-mentioning-conversations-is-no-citation",
    ),
    pytest.param(
        "Beyond their interest to the authors, such archives hold much on trade. "
        "See Tom Vale, *Harbour Ledgers* (Leeds: Quay Press, 1999), 4.",
        [("Tom Vale, *Harbour Ledgers* (Leeds: Quay Press, 1999), 4", FULL)],
        id="interest-to-the-authors-is-no-personal-communication",
    ),
    pytest.param(
        "Telephone conversation with Ines Marlow.",
        [("Telephone conversation with Ines Marlow", PERSONAL)],
        id="a-conversation-named-at-the-opening-is-personal",
    ),
    pytest.param(
        "Marlow interview.",
        [("Marlow interview", PERSONAL)],
        id="a-short-interview-is-personal",
    ),
    pytest.param(
        "Notes exchanged with colleagues, correspondence of the author, 12 June 2004.",
        [("Notes exchanged with colleagues, correspondence of the author, 12 June 2004", PERSONAL)],
        id="a-dated-correspondence-is-personal-wherever-its-word",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERSONAL_ROWS)
def test_personal_communications(text: str, expected: list[tuple[str, Kind]]) -> None:
    assert spans(text) == expected


ENTRY_ROWS = [
    pytest.param(
        "Useful overviews include Marsh, T. 2008. Harbour Towns of the North. Quay Press; "
        "Lind, A. and Orme, B. 2011. Ledgers and Ships: A Survey. Tide Books; and "
        "Pell, K. 2015. Coastal Trade. Harbour Press.",
        [
            ("Marsh, T. 2008. Harbour Towns of the North. Quay Press", FULL),
            ("Lind, A. and Orme, B. 2011. Ledgers and Ships: A Survey. Tide Books", FULL),
            ("Pell, K. 2015. Coastal Trade. Harbour Press.", FULL),
        ],
        id="entries-after-prose-joined-by-semicolons",
    ),
    pytest.param(
        "Two schools disagree here. For a careful account, see Ash, R., and P.T. Noble. 2010. "
        "“Counting Ships.” Journal of Maritime Records 12 (3): 40-58.",
        [
            (
                "Ash, R., and P.T. Noble. 2010. “Counting Ships.” Journal of Maritime Records "
                "12 (3): 40-58.",
                FULL,
            )
        ],
        id="an-entry-after-a-sentence-of-prose",
    ),
    pytest.param(
        "Ash, R. 2010. “Counting Ships.” Journal of Maritime Records 12 (3): 40-58; "
        "Marsh, T. 2008. Harbour Towns of the North. Quay Press.",
        [
            ("Ash, R. 2010. “Counting Ships.” Journal of Maritime Records 12 (3): 40-58", FULL),
            ("Marsh, T. 2008. Harbour Towns of the North. Quay Press.", FULL),
        ],
        id="two-entries-from-the-start-are-two-citations",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENTRY_ROWS)
def test_entries_in_notes(text: str, expected: list[tuple[str, Kind]]) -> None:
    assert spans(text) == expected


def test_entry_fields_are_read_whole() -> None:
    first, second = parse(
        "Useful overviews include Marsh, T. 2008. Harbour Towns of the North. Quay Press; "
        "Lind, A. and Orme, B. 2011. Ledgers and Ships: A Survey. Tide Books."
    )
    assert (first.fields["title"], first.fields["year"]) == ("Harbour Towns of the North", "2008")
    assert second.fields["title"] == "Ledgers and Ships: A Survey"
    assert "Orme" in second.fields["author"]


@pytest.mark.parametrize(
    "text",
    [
        "De Hoek, L., & Marsh, T. (1993). Harbour towns. In *Quay Studies* (pp. 10-16). Tide.",
        "Pell, A., Van Rijn, H., & Orme, B. (2019). Ledgers and ships. *Tide* 4, 1-9.",
        "Pell, A., Rijn, H., ... Orme, B. (2019). Ledgers and ships. *Tide* 4, 1-9.",
    ],
)
def test_an_entry_whose_names_open_with_a_particle_is_one_entry(text: str) -> None:
    """A reference entry whose names hold a particle or an ellipsis is one entry: no run of
    entries begins at the word after "De", "Van" or "..."."""
    (only,) = parse(text)
    assert only.text.rstrip(".") == text.rstrip(".")
    assert only.fields["author"].startswith(("De Hoek", "Pell"))


AUTHOR_DATE_ROWS = [
    pytest.param(
        "Marsh et al. 2011; Pell et al. 2009.",
        [("Marsh et al. 2011", SHORT), ("Pell et al. 2009", SHORT)],
        id="author-date-citations-joined-by-a-semicolon-are-two",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AUTHOR_DATE_ROWS)
def test_author_date_lists(text: str, expected: list[tuple[str, Kind]]) -> None:
    assert spans(text) == expected


LOCATOR_ROWS = [
    pytest.param(
        "Vale, *Harbour Ledgers* (cit. note 4), pp. 61–63 and note 9.",
        "pp. 61–63 and note 9",
        id="a-note-on-the-pages-cited-after-and",
    ),
    pytest.param(
        "Tom Vale, *Harbour Ledgers* (Leeds: Quay Press, 1999), p. 45 and n. 12.",
        "p. 45 and n. 12",
        id="a-note-by-its-abbreviation-after-and",
    ),
    pytest.param(
        "Vale, *Harbour Ledgers* (note 4), 260.",
        "260",
        id="a-bracketed-pointer-to-the-first-citation-is-no-locator",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOCATOR_ROWS)
def test_note_locators(text: str, expected: str) -> None:
    (citation,) = parse(text)
    assert citation.locator == expected
