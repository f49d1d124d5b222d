"""A Vancouver title run into its periodical's name with no full stop between them
(citekit.parse.runonjournal), read through the reference parser. Entries written for these
tests."""

from __future__ import annotations

import pytest

from citekit.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        (
            "Lind R, Holm K. Tidal pumping in small harbours Harb Res 2000; 70:188-191.",
            "Tidal pumping in small harbours",
            "Harb Res",
        ),
        (  # the year in parentheses, an issue after the volume
            "Lind R, Holm K. Salt marsh loss in estuaries Pain (1992) 49(1):71-75.",
            "Salt marsh loss in estuaries",
            "Pain",
        ),
        (  # an acronym closes the title; "of" joins the periodical's name
            "Lind R. Tidal signals in estuarine DNA Journal of Harbour Studies 1996; 12:1-9.",
            "Tidal signals in estuarine DNA",
            "Journal of Harbour Studies",
        ),
    ],
)
def test_a_title_run_into_its_periodical_is_cut_before_the_name(
    text: str, title: str, journal: str
) -> None:
    entry = parse_reference(text)
    assert entry.entry_type == "article"
    assert (entry.fields["title"], entry.fields["journal"]) == (title, journal)


def test_a_title_whose_last_word_cannot_end_it_is_left_whole() -> None:
    # "… in the United States Mutation Res": where the title's capitals end is not known
    text = "Lind R. Salt loss in the United States Harb Res 1998; 400:553-578."
    assert parse_reference(text).fields.get("journal") is None
