"""Catalogue and database numbers after a reference are no part of its imprint."""

from __future__ import annotations

from citekit.model import Note, Span
from citekit.parse import build_context, parse_note
from citekit.parse.recordids import take_record_ids

ENTRIES = (  # the document's other notes: Vancouver entries, so that it is a list of entries
    "Brandt J, Lind P. Mills on the water. Rural Hist Rev. 1999;7(2):101-20.",
    "Moss T. Bridges and their keepers. J Urban Lore. 2010;4:44-61.",
)


def parse(text: str) -> tuple:
    context = build_context([text, *ENTRIES])
    return parse_note(Note(number=1, text=text, span=Span(0, 0, 1)), context)


def test_pubmed_numbers_after_an_entry_are_its_note_not_its_publisher():
    (cited,) = parse(
        "Orlam A, Vesk K. Tides of tin ports. Harbour Rev. 2009;4(5):e5411. "
        "PubMed PMID:19412540; PubMedCentral PMCID:PMC2671603."
    )
    assert "publisher" not in cited.fields
    assert cited.fields["journal"] == "Harbour Rev"
    assert cited.fields["note"] == "PubMed PMID:19412540; PubMedCentral PMCID:PMC2671603"


def test_an_issn_is_the_entrys_issn_and_no_address():
    (cited,) = parse(
        "Orlam, A., 1993, 'Tin Cladding of Harbour Walls,' Harbour Review 84, (12), "
        "886-892. ISSN: 0044-3093."
    )
    assert "address" not in cited.fields
    assert cited.fields["issn"] == "0044-3093"


def test_each_number_is_taken_out_with_the_separators_it_leaves():
    fields: dict[str, str] = {}
    text = "Harbour Rev. 12 301-318. MR2217606"
    assert take_record_ids(text, fields) == "Harbour Rev. 12 301-318."
    assert fields == {"note": "MR2217606"}
    epub = take_record_ids("Harbour Rev. 2012; 32(3):1-9. Epub 2012/08/31. PMID: 1234567.", {})
    assert epub == "Harbour Rev. 2012; 32(3):1-9."
    assert take_record_ids("Orlam MR, Vesk K. Tides. 1990;3:4.", {}) == (
        "Orlam MR, Vesk K. Tides. 1990;3:4."
    )
