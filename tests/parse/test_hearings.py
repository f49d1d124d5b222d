"""Congressional hearings and committee reports as US notes cite them (Bluebook rule 13): the
hearing's title (subject, "Hearing", bill, committee), Congress and session, the page cited,
the date in brackets, the witness in a bracket after it; a report by its house and number.
Invented hearings and reports."""

from __future__ import annotations

from citekit.parse.hearings import parse_congressional
from tests.parse.notes import parse

HEARING = (
    "Harbour Dues (Pilots and Tugs): Hearing on S. 1758 Before the Senate Committee on "
    "Commerce, 97th Cong., 1st and 2nd sess., 459 (1982) (testimony of Orlam Vire, president, "
    "Vale Pilots Association, Inc.)."
)


def test_a_hearing_is_its_title_and_the_page_cited():
    (cited,) = parse(HEARING)
    assert cited.text.endswith("459 (1982)")  # the witness is no part of the work
    assert (cited.entry_type, cited.locator) == ("misc", "459")
    assert cited.fields == {
        "title": "Harbour Dues (Pilots and Tugs): Hearing on S. 1758 Before the Senate "
        "Committee on Commerce",
        "year": "1982",
    }


def test_an_italic_hearing_with_its_page_after_the_congress():
    found = parse_congressional(
        "*Lund Tolls: Hearing Before the Subcomm. on Ports of the H. Comm. on Commerce*, "
        "109th Cong. 12 (2005) (statement of Ada Quist)"
    )
    assert found is not None
    assert found.fields["title"].startswith("Lund Tolls: Hearing Before the Subcomm.")
    assert (found.locator, found.fields["year"]) == ("12", "2005")


def test_a_committee_report_is_its_house_and_number():
    (cited,) = parse("H.R. Rep. No. 94-1476, at 65 (1976).")
    assert (cited.entry_type, cited.locator) == ("techreport", "65")
    assert cited.fields["title"] == "H.R. Rep. No. 94-1476"
    first, second = parse("S. Rep. No. 104-315, at 3 (1996); H.R. Rep. No. 94-1476 (1976).")
    assert (first.fields["title"], first.locator) == ("S. Rep. No. 104-315", "3")
    assert second.fields["title"] == "H.R. Rep. No. 94-1476"
