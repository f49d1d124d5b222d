"""A body's own report with a place and the year alone, and hospital records in "… archives":
citations with no italics, no publisher and no "Archives" capitalised. Our own made-up notes."""

from __future__ import annotations

from citekit.parse.plainimprint import ends_with_plain_imprint
from tests.parse.notes import parse


def test_a_place_and_the_year_alone_close_a_report() -> None:
    text = "Glasgow Royal Infirmary, Annual report of the board for 1921, Glasgow, 1922, p. 9"
    assert ends_with_plain_imprint(text)
    (cited,) = parse(text + ".")
    assert cited.locator == "p. 9"


def test_a_command_papers_number_after_the_year_keeps_the_imprint() -> None:
    assert ends_with_plain_imprint(
        "Royal Commission on Coal, Report, vol. 2, London, HMSO, 1926 (Cmd. 2600), pp. 4–7"
    )


def test_records_in_a_hospitals_archives_are_cited() -> None:
    (cited,) = parse("Ward journal, 1922–3, Glasgow Royal Infirmary archives, GRI/W/4/1, f. 12.")
    assert cited.fields["howpublished"] == "Glasgow Royal Infirmary archives"
