"""Chicago bibliography entries and notes in plain text, where no italics mark a title or a
journal (citekit.parse.refbook, refvenue, refbody, unfielded). Entries written for these
tests."""

from __future__ import annotations

import pytest

from citekit.model import Note, Span
from citekit.parse import parse_note
from citekit.parse.fields import parse_full
from citekit.parse.reference import parse_reference
from citekit.parse.unfielded import without_unfielded

CASES = [
    (  # an initial's period inside the book's title opens no imprint before "edited by"
        "Lamb, Iris. “Tide Tables.” In Essays for Omar B. Reyes: Studies in Harbours, edited by "
        "Ana Ruiz. Quay Press, 1994.",
        {"booktitle": "Essays for Omar B. Reyes: Studies in Harbours", "editor": "Ruiz, Ana"},
    ),
    (  # "translated by" after the book's title is no part of it
        "Lamb, Iris. “Tide Tables.” In Harbours, Boats, Nets, translated by Piet Sand. Quay "
        "Press, 1977.",
        {"booktitle": "Harbours, Boats, Nets", "translator": "Sand, Piet"},
    ),
    (  # a name's initial, then its colon: the title goes on ("Volume 3:" too)
        "Lamb, Iris. “Tide Tables.” In Papers of Omar s. Reyes: A Harbour Edition, Volume 3: "
        "1872–1878. Quay University Press, 1966.",
        {
            "booktitle": "Papers of Omar s. Reyes: A Harbour Edition, Volume 3: 1872–1878",
            "publisher": "Quay University Press",
        },
    ),
    (  # a numbered series after the book's title ends it
        "Lamb, Iris. “Tide Tables.” In The Harbour of Omar: Its Trade in the Early Period. "
        "Northgate Studies in Harbour Life, new series, v. 14. Quay Press, 1969.",
        {"booktitle": "The Harbour of Omar: Its Trade in the Early Period"},
    ),
    (  # Chicago's double issue, "nos. 5-6"
        "Lamb, Iris. “Tide Tables in the Conceptual System.” Harbour Studies 18, nos. 5-6 "
        "(2003): 513–562.",
        {"journal": "Harbour Studies", "volume": "18", "number": "5-6", "pages": "513–562"},
    ),
    (  # a journal's name with a colon, then Chicago's volume, dated brackets and pages
        "Lamb, Iris. “Tide Tables.” Journal of Harbour Studies: General 104 (1975): 192–233.",
        {"journal": "Journal of Harbour Studies: General", "volume": "104", "pages": "192–233"},
    ),
    (  # a chapter's number before "in" and its book
        "Lamb, Iris, and Omar Reyes. “Giant Tides.” 17 in Harbours, edited by Ana Ruiz. Quay "
        "University Press, 2010.",
        {"booktitle": "Harbours", "editor": "Ruiz, Ana"},
    ),
    (  # where the meeting was held, in brackets after its proceedings
        "Lamb, Iris. “Tide Tables.” Proceedings of the 10th Annual Symposium on Harbours (Banff, "
        "Alberta, Canada), 1997, 213–221.",
        {
            "booktitle": "Proceedings of the 10th Annual Symposium on Harbours",
            "address": "Banff, Alberta, Canada",
        },
    ),
    (  # a numbered series, then the imprint alone: a book, not a journal's volume
        "Lamb, Iris. Harbours of the North. Publications of the Center for Harbour Studies, "
        "U.C.L.A., 5. Quay University Press, 1972.",
        {"journal": None, "volume": None, "publisher": "Quay University Press", "year": "1972"},
    ),
    (  # an article out online before its issue
        "Lamb, Iris. “Tide Tables.” Harbour Studies, ahead of print, 2022. "
        "https://doi.org/10.1000/tides.1.",
        {"journal": "Harbour Studies", "year": "2022"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_plain_entry_fields(text: str, expected: dict[str, str]) -> None:
    fields = parse_reference(text).fields
    assert {k: fields.get(k) for k in expected} == expected


def test_online_first_note_is_an_article() -> None:
    parsed = parse_full(
        "Iris Lamb, “Tide Tables,” Harbour Studies, ahead of print, March 14, 2022, "
        "https://doi.org/10.1000/tides.2"
    )
    assert parsed.entry_type == "article"
    assert parsed.fields["journal"] == "Harbour Studies"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("*Cortex*, Epub ahead of print, 2021", "*Cortex*, 2021"),
        ("Cortex, aheadofprint November 2019", "Cortex November 2019"),
        ("Cortex. Advance online publication. 2020", "Cortex 2020"),
        ("A head of state, 2020", "A head of state, 2020"),
        ("“Tides,” 10.16 in *Harbours*, ed. Ana Ruiz", "“Tides,” in *Harbours*, ed. Ana Ruiz"),
        ("“Tides” in 1990 in Harbours", "“Tides” in 1990 in Harbours"),
    ],
)
def test_unfielded_words_removed(text: str, expected: str) -> None:
    assert without_unfielded(text) == expected


@pytest.mark.parametrize(
    ("text", "journal"),
    [
        (  # the full stop inside the closing quotation mark cut the note
            "“Tide Tables Predict Harbour Silting.” Harbour Genetics 43 (August 2011): 1022–25.",
            "Harbour Genetics",
        ),
        (  # the journal's first abbreviation stayed with the title
            "“Tide Tables for Past Concentrations,” Ann. Harb. Hyg. 43, no. 4 (1999): 235–45.",
            "Ann. Harb. Hyg.",
        ),
    ],
)
def test_quoted_title_then_plain_journal_is_one_citation(text: str, journal: str) -> None:
    cited = parse_note(Note(1, text, Span(0, len(text), 1)))
    assert len(cited) == 1
    assert cited[0].fields["journal"] == journal
    assert cited[0].fields["title"].startswith("Tide Tables")
