"""Notes that cite manuscripts by shelfmark beside published works (real13 kidd, sahragard,
pestarino, quell); the words and works here are invented."""

from __future__ import annotations

from citekit.parse.pinpoint import end_pinpoint
from tests.parse.notes import parse
from tests.test_resolve import assert_resolution, resolve_notes

FULL = (
    "Dorotea Vallin Marsh, *Silent Copyists: The Books of Orle Abbey* (Lyon: Presses "
    "Fontaine, 2004), 47."
)


def texts(note: str) -> list[str]:
    return [c.text for c in parse(note)]


def test_numbers_listed_after_a_shelfmark_are_no_reference_entry_date():
    note = f"Halden, Print Room Mins. 1904, 1906, 4648, 4682; and Ms. 38, respectively. {FULL}"
    assert FULL.rstrip(".") in texts(note)


def test_a_sentence_naming_its_own_author_is_not_the_title_of_the_names_before():
    note = (
        "Orle Bible, Halden, Royal Library, fols. 130r–203v. Vallin Marsh, *Silent Copyists*, 400."
    )
    assert texts(note)[-1] == "Vallin Marsh, *Silent Copyists*, 400"


def test_a_short_form_after_a_shelfmark_links_to_the_full_citation():
    diagnostics = assert_resolution(
        ("vallin", FULL),
        (
            ("orle", "vallin"),
            "Orle Bible, Halden, Royal Library. Vallin Marsh, *Silent Copyists*, 9.",
        ),
        ("vallin", "Vallin Marsh, *Silent Copyists*, 12."),
    )
    assert not [d for d in diagnostics if d.code.startswith("short")]


def test_a_folio_with_recto_or_verso_is_a_pinpoint():
    assert end_pinpoint("Orle Bible, Ms. Latin 11508, fol. 35r") == "fol. 35r"
    assert end_pinpoint("Orle Bible, fols. 130r–203v") == "fols. 130r–203v"


def test_commentary_after_a_folio_leads_to_a_source_of_its_own():
    note = (
        "Orle Bible, Ms. Latin 11508, fol. 35r. For the leaf patterns, see Ivo Brandt, "
        "“Die Rankenmalerei,” in *Malerei am Fluss*, ed. Uta Kern (Basel: Norm, 1958), 173–82."
    )
    assert texts(note)[-1].startswith("Ivo Brandt, “Die Rankenmalerei,”")


def test_a_sentence_end_typed_without_its_space_after_a_number():
    note = f"Orle Bible, Halden, Royal Library, Mss. Latin 11506–10.The attribution is old. {FULL}"
    assert texts(note)[0] == "Orle Bible, Halden, Royal Library, Mss. Latin 11506–10"


def test_referenced_in_separates_the_work_known_through_another():
    note = (
        "Ada Quist, “The Phantom Script” (unpublished manuscript, 1997), referenced in "
        "Bo Lerner, *Scripts of the Coast* (Halden: Norm, 2005), 108."
    )
    cited = parse(note)
    assert [c.text[:8] for c in cited] == ["Ada Quis", "Bo Lerne"]
    assert cited[1].locator == "108"


def test_an_archive_word_inside_a_quoted_title_names_an_essay():
    short = parse("Lerner, “Reading an Archive.”")[0]
    assert (short.kind.value, short.fields.get("title")) == ("short", "Reading an Archive")


def test_an_archive_word_outside_quotes_still_makes_an_archival_reference():
    cited = parse("“Memo on shipping,” 3 May 1949, Box 3, Lerner Papers, Halden Archive.")[0]
    assert cited.kind.value == "full"


def test_a_german_quoted_title_then_an_italic_journal_with_volume_and_page():
    note = "Uta Kern, „Die Menge als das Andere“. *Halden Journal of Letters* 1:115. Cf. note 1."
    assert texts(note) == [
        "Uta Kern, „Die Menge als das Andere“. *Halden Journal of Letters* 1:115"
    ]


def test_resolve_notes_sees_the_full_citation_in_a_shelfmark_note():
    resolved, diagnostics = resolve_notes(
        f"Halden, Print Room Mins. 1904, 1906, 4648; and Ms. 38, respectively. {FULL}",
        "Vallin Marsh, *Silent Copyists*, 58.",
    )
    assert not [d for d in diagnostics if d.code == "short-without-full"]


def test_a_question_mark_inside_a_quoted_title_is_no_sentence_end():
    note = (
        "Uta Kern, *Vogel* (Halden: Norm, 1991). More on this. Ada Quist, “Who Owns the Coast? "
        "A Panorama,” *Halden Journal* 5, no. 2 (1988): 94–110."
    )
    assert texts(note)[-1].startswith("Ada Quist, “Who Owns the Coast? A Panorama,”")


def test_a_question_mark_ending_a_sentence_still_ends_it():
    assert texts("Is that so? Uta Kern, *Vogel* (Halden: Norm, 1991), 4.") == [
        "Uta Kern, *Vogel* (Halden: Norm, 1991), 4"
    ]


def test_a_lower_case_ms_before_a_number_is_a_shelfmark():
    cited = parse("Orle Bible, Halden, Royal Library, Mss. Latin 11506–10.")[0]
    assert cited.fields.get("title") == "Mss. Latin 11506–10"


def test_a_two_letter_given_name_abbreviation_ends_no_sentence():
    note = (
        "G. Orlen, “Abjad,” in *Encyclopaedia of the Coast*, 2nd ed., ed. P. Kern, Th. Brandt, "
        "and W. P. Quist, http://dx.doi.org/10.1163/1573-3912_coast_0140."
    )
    cited = parse(note)
    assert len(cited) == 1
    assert cited[0].fields.get("editor") == "Kern, P. and Brandt, Th. and Quist, W. P."


def test_a_venue_called_a_blog_is_an_online_post():
    note = "Ada Quist, “Leaves Studied,” *The Lantern* (blog), 27 March 2017, https://example.org/leaves/."
    cited = parse(note)[0]
    assert (cited.entry_type, cited.fields.get("howpublished")) == ("online", "The Lantern")


def test_a_back_reference_marker_in_italics_is_no_title_of_its_own():
    assert texts("Ivo Brandt. Rethinking the Coast, *op. cit.*") == [
        "Ivo Brandt. Rethinking the Coast, *op. cit.*"
    ]


def test_a_question_closing_a_quoted_title_before_its_journal():
    note = "Ada Quist, “Did the Coast Move?” *Halden Review* 9 (2019): 11–14."
    cited = parse(note)
    assert [c.fields.get("journal") for c in cited] == ["Halden Review"]


def test_a_review_word_keeps_the_reviewed_book_with_its_reviewer():
    note = (
        "Ivo Brandt, Compte rendu. Ada Quist, *Voting Rites*, Halden, Norm, 2019, "
        "*Halden Review* 79/2 (2020), S. 470."
    )
    assert len(parse(note)) == 1
