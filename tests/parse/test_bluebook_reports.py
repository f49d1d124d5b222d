"""Bluebook's reports, magazines and the sentences between citations in a law review's note:
a page before the year ("Title 17 (2010)"), the first page and the pinpoint of a periodical
paged by issue ("…, Jan./Feb. 2009, at 28, 34"), a body or an agency as author with its report
number, and prose between two citations that the first one's locator must not run over.
Invented works."""

from __future__ import annotations

import pytest

from citekit.inline import InlineBuilder
from citekit.model import Code
from citekit.parse.bluebook import parse_bluebook
from citekit.parse.elements import Parsed
from citekit.parse.labelvote import outvoted
from tests.parse.notes import parse
from tests.test_resolve import resolve_notes


def test_a_sentence_of_prose_between_two_citations_ends_the_first_locator():
    note = (
        "Orlam Report, *supra* note 1, at 44. “Drifting” occurs when plans are changed to "
        "reflect new circumstances. U.S. Gov’t Harbour Office, HAR-09–123, Harbour Works: "
        "Agencies Need Better Plans 2, 13 (2009). Changes in scope were the most common "
        "cause. *Id.* at 8."
    )
    short, report, ibid = parse(note)
    assert short.locator == "at 44"
    assert report.text.startswith("U.S. Gov’t Harbour Office, HAR-09–123")
    assert report.entry_type == "techreport"
    assert report.fields["number"] == "HAR-09–123"
    assert report.fields["title"] == "Harbour Works: Agencies Need Better Plans"
    assert ibid.locator == "at 8"


def test_a_quoted_sentence_inside_an_explanatory_parenthetical_stays_in_it():
    note = (
        "Ana Roca, Harbour Design 5 (2010). *Id.* at 218–19 (noting that costly mistakes "
        "meant “rigid rules ruled.” Today, mistakes are cheap.)."
    )
    book, ibid = parse(note)
    assert ibid.text == "*Id.* at 218–19"
    assert ibid.locator == "at 218–19"


@pytest.mark.parametrize(
    ("text", "fields", "locator"),
    [
        pytest.param(
            "Ana Roca, *A Steady Tide: Harbours for a New Age*, Harbour Aff., Jan./Feb. 2009, "
            "at 28, 34.",
            {"journal": "Harbour Aff.", "pages": "28", "year": "2009"},
            "34",
            id="two-months-first-page-and-pinpoint",
        ),
        pytest.param(
            "Ana Roca et al., Moving Tides to Standard Practice, Coast, June 2003, at 79, 81.",
            {"title": "Moving Tides to Standard Practice", "journal": "Coast", "pages": "79"},
            "81",
            id="no-italics-the-at-tells",
        ),
        pytest.param(
            "Ana Roca, *Low Water*, Harbour B.J., Summer 2010, at 9.",
            {"journal": "Harbour B.J.", "pages": "9", "year": "2010"},
            None,
            id="season-first-page-only",
        ),
    ],
)
def test_a_periodical_paged_by_issue_gives_its_first_page_and_the_pinpoint(
    text: str, fields: dict[str, str], locator: str | None
):
    entry_type, found, pinpoint = parse_bluebook(text)
    assert entry_type == "article"
    assert {k: found.get(k) for k in fields} == fields
    assert pinpoint == locator


def test_a_working_papers_number_closes_its_imprint():
    (cited,) = parse(
        "Ana Roca, *Harbour Management: Lessons of the Tide* 1 (Harbour Sch. of Mgmt., "
        "Coast Inst. of Tech., Working Paper No. 3477–92, 1992)."
    )
    assert cited.entry_type == "techreport"
    assert cited.fields["number"] == "3477–92"
    assert "address" not in cited.fields
    assert cited.locator == "1"


def test_a_body_with_small_words_in_its_name_is_the_author():
    (cited,) = parse("Harbour Forum on Coastal Gov’t, Overview of the Works 5 (2010).")
    assert cited.fields["author"] == "Harbour Forum on Coastal Gov’t"
    assert cited.fields["title"] == "Overview of the Works"
    assert cited.locator == "5"
    assert parse_bluebook("Essays on Tides, Overview of the Works 5 (2010).") is None


def test_a_subtitled_book_with_a_comma_before_its_page():
    entry_type, fields, locator = parse_bluebook(
        "Ana Roca & Pedro Mar, Harbour Design: For Coastal Towns, 218 (2010)."
    )
    assert (entry_type, fields["title"], locator) == (
        "book",
        "Harbour Design: For Coastal Towns",
        "218",
    )
    assert fields["author"] == "Roca, Ana and Mar, Pedro"
    assert parse_bluebook("Ana Roca, Harbour Review, 45 (1992).") is None  # a journal's volume


@pytest.mark.parametrize(
    "note",
    [
        "Ana Roca, Harbour Techs., Inc., An Introduction to Tides 1 (2004).",
        "Ana Roca, U.S. Chief Info. Officer, White House, 25 Point Implementation Plan to Reform "
        "Federal Coastal Works Management 17 (2010).",
    ],
)
def test_the_office_or_firm_after_an_authors_name_is_no_author(note: str):
    (cited,) = parse(note)
    assert cited.fields["author"] == "Roca, Ana"
    assert "volume" not in cited.fields  # the page, voted for by no one as a volume


def test_an_unsigned_part_in_a_report_with_its_link():
    (cited,) = parse(
        "*Attachment C: Mayor’s Remarks, in* Harbour Forum: Overview and Next Steps 17, 18 "
        "(2010), *available at* <http://harbour.example.org/forum.pdf>."
    )
    assert cited.entry_type == "incollection"
    assert cited.fields["title"] == "Attachment C: Mayor’s Remarks"
    assert cited.fields["booktitle"] == "Harbour Forum: Overview and Next Steps"
    assert (cited.fields["pages"], cited.locator) == ("17", "18")


def test_a_number_glued_to_a_link_is_a_page_of_its_own():
    builder = InlineBuilder()
    builder.add("Ana Roca, ")
    builder.add("An Introduction to Tides", link="http://harbour.example.org/tides.pdf")
    builder.add("1 (2004).")
    text, _ = builder.build()
    assert text == "Ana Roca, An Introduction to Tides 1 (2004)."


def test_see_generally_in_italics_is_a_signal_whole():
    (cited,) = parse("*See generally* Ana Roca, Harbours of the World 5 (2009).")
    assert cited.text == "Ana Roca, Harbours of the World 5 (2009)"
    assert cited.fields["author"] == "Roca, Ana"


def test_after_an_italic_signal_a_body_in_small_words_is_the_source():
    (cited,) = parse(
        "This holds for both. *See* Office of the Under Sec’y of Harbours for Coasts, Report "
        "of the Task Force on Harbour Works (2009)."
    )
    assert cited.text.startswith("Office of the Under Sec’y")


def test_an_imprint_dated_by_month_keeps_the_month_out_of_its_names():
    (cited,) = parse(
        "Ana Roca et al., “The Harbour Report: Surveying the Coasts, Year Three” (Coastal "
        "Center for Harbour Policy, January 2003), 33, 55, 62."
    )
    assert "January" not in cited.fields.get("address", "") + cited.fields.get("publisher", "")
    assert cited.fields["month"] == "January"
    assert cited.locator == "33, 55, 62"


def test_a_paper_in_a_meetings_printed_proceedings():
    (cited,) = parse(
        "Ana Roca, “Harbours and Publicly Articulated Tides,” Conference on Human Factors in "
        "Harbours (HARB 2004) (Vienna: ACM, April 24-29, 2004)."
    )
    assert cited.entry_type == "inproceedings"
    assert cited.fields["booktitle"] == "Conference on Human Factors in Harbours (HARB 2004)"
    assert (cited.fields["address"], cited.fields["publisher"]) == ("Vienna", "ACM")


def test_a_chapter_forthcoming_in_a_book_with_its_editors_after_a_comma():
    (cited,) = parse(
        "Ana Roca, “Harbours, Tides, and the Re-Placement of Coastal Contact,” forthcoming in "
        "Coastal Communications: Re-negotiation of the Shore, ed., Pedro Mar and P. Lund (New "
        "York: Springer, 2005)."
    )
    assert cited.entry_type == "incollection"
    assert cited.fields["title"] == "Harbours, Tides, and the Re-Placement of Coastal Contact"
    assert cited.fields["booktitle"] == "Coastal Communications: Re-negotiation of the Shore"
    assert cited.fields["editor"] == "Mar, Pedro and Lund, P."


@pytest.mark.parametrize(
    ("note", "url"),
    [
        pytest.param(
            "Harbour Project (August 11, 2004), report available at http:// "
            "www.harbour.example.org/r/131/report.asp.",
            "http://www.harbour.example.org/r/131/report.asp",
            id="scheme-wrapped-off",
        ),
        pytest.param(
            "Ana Roca, “Tides,” Harbour Perspective 11 (2000): 42, also available at http:// "
            "www.harbour.example.edu/ ccps/roca/A273.html.",
            "http://www.harbour.example.edu/ccps/roca/A273.html",
            id="two-wraps",
        ),
        pytest.param(
            "Ana Roca, “Tides,” Harbour Institute, 2000, ‹http://www.harbour.example.edu/tides.pdf›.",
            "http://www.harbour.example.edu/tides.pdf",
            id="angle-quotation-marks",
        ),
    ],
)
def test_an_address_typed_with_wraps_or_in_angle_quotes_is_read_whole(note: str, url: str):
    assert parse(note)[0].fields["url"] == url


def test_an_id_after_a_note_that_closed_with_its_own_id_goes_on_with_that_work():
    citations, diagnostics = resolve_notes(
        "Ana Roca, Harbours of the World 5 (2009).",
        "Roca, *supra* note 1, at 44. Pedro Mar, Tides of the South 2, 13 (2008). *Id.* at 8.",
        "*Id.*",
    )
    assert citations[-1].work == citations[-2].work == citations[-3].work
    assert not [d for d in diagnostics if d.code is Code.IBID_AMBIGUOUS]


def test_a_body_named_with_the_bodies_above_it_is_one_author():
    entry_type, fields, locator = parse_bluebook(
        "Faculty of Law, University of Harbours, HARB: Harbour Standard for the Citation of "
        "Tides 5 (4 ed. 2010)."
    )
    assert fields["author"] == "Faculty of Law, University of Harbours"
    assert fields["title"] == "HARB: Harbour Standard for the Citation of Tides"


def test_a_newsletters_item_by_paragraph_and_page():
    entry_type, fields, locator = parse_bluebook(
        "Ana Roca, Jr., *Solutions for Harbours?*, 11 Harbour & Tide Rep. ¶ 17, at 60 (Apr. 1997)."
    )
    assert entry_type == "article"
    assert (fields["journal"], fields["volume"], fields["number"]) == (
        "Harbour & Tide Rep.",
        "11",
        "17",
    )
    assert (fields["year"], locator) == ("1997", "60")


def test_a_bracketed_source_after_a_name_ends_where_its_bracket_closes():
    first, second = parse(
        "Ana Roca (Harbours…, op. cit., s. 45) pisze: „Tides.” Pedro Mar (Tides…, op. cit., "
        "s. 331), który pisze, że „Waves”."
    )
    assert first.text == "Ana Roca (Harbours…, op. cit., s. 45)"
    assert (first.locator, second.locator) == ("s. 45", "s. 331")


def test_a_journal_repeated_after_op_cit_is_no_part_of_the_locator():
    (cited,) = parse("Z. Roca, „Harbours”…, dz. cyt., „ZHW” nr 4, s. 89.")
    assert cited.locator == "s. 89"


def test_a_newspapers_section_page_and_column_stay_in_its_citation():
    (cited,) = parse(
        "Ana Roca and P. Mar, “Lonelier Harbours,” Harbour Times, February 16, 2000, section A, "
        "page 1, column 1."
    )
    assert cited.text.endswith("section A, page 1, column 1")


def test_an_institutions_abbreviated_words_end_no_sentence():
    (cited,) = parse(
        "*See* Memorandum from Ana Roca, Dir. of Office of Harbour Mgmt. and Budget, Exec. "
        "Office of the Mayor, to Heads of Exec. Dep’ts and Agencies 1 (June 28, 2010)."
    )
    assert cited.text.startswith("Memorandum from Ana Roca")


def test_a_quoted_title_closed_by_its_comma_ends_before_prose():
    (cited,) = parse(
        "Ana Roca, “A Harbour Is Its Own Worst Enemy,” published first in Tides, Waves and "
        "Culture mailing list July 1, 2003."
    )
    assert cited.fields["title"] == "A Harbour Is Its Own Worst Enemy"


def test_the_labeller_votes_no_pinpoint_in_as_a_volume_but_may_as_the_pages():
    text = "Ana Roca, U.S. Chief Harbour Officer, White Tower, Plan for Tides 17 (2010)"
    grammar = Parsed("book", {"author": "Roca, Ana", "year": "2010"}, "17")
    learned = Parsed("book", {"volume": "17", "pages": "17"})
    voted = outvoted(grammar, grammar, text, learned, {"volume": 1.0, "pages": 1.0})
    assert "volume" not in voted.fields
    assert voted.fields["pages"] == "17"
