"""Reference-list entries of several styles whose fields a reader of one part misread:
German issue marks, a status as publisher, a journal's "J. Opt." as a name, a page taken for
the year, Vancouver names before a group, the computing styles' "Place, Year. Publisher.",
an edition word before "ed." (citekit.parse.entrychecks, journalhead, placeyear, …)."""

from __future__ import annotations

import pytest

from citekit.parse import refimprint, reftail
from citekit.parse.elements import Parsed
from citekit.parse.entrychecks import bracket_year, checked_entry, paren_imprint, status_publisher
from citekit.parse.issuemarks import issue_marks
from citekit.parse.reference import parse_reference

CASES = [
    (  # German periodical: Jahrgang, Heft, Seiten
        "Müller, K.: Recht und Staat. In: Zeitschrift für Politik. 12. Jg. (2001), Heft 3, "
        "S. 45-67.",
        "article",
        {"journal": "Zeitschrift für Politik", "volume": "12", "number": "3", "pages": "45–67"},
    ),
    (  # physics: the journal's "J. Opt." after the names, no title
        "E. Yablonovitch, J. Opt. Soc. Am. B 10, 283 (1993).",
        "article",
        {
            "author": "Yablonovitch, E.",
            "journal": "J. Opt. Soc. Am. B",
            "volume": "10",
            "pages": "283",
            "year": "1993",
        },
    ),
    (  # physics: a page that looks like a year, the year in brackets after it
        "S. John and T. Quang, Phys. Rev. A 50, 1764 (1994).",
        "article",
        {"journal": "Phys. Rev. A", "volume": "50", "pages": "1764", "year": "1994"},
    ),
    (  # Vancouver names, then a group's after a semicolon
        "Fattorini L, Mustazzolu A, Piccaro G; the SMIRA Group. Drug-resistant tuberculosis "
        "in Italy. Eur Respir J. 2012;40(2):497-500.",
        "article",
        {"author": "Fattorini, L. and Mustazzolu, A. and Piccaro, G. and the SMIRA Group"},
    ),
    (  # ACM's reference format: place and year, then the publisher
        "Ann Lee, Bo Chen, and Dan Ross. A study of file system bugs. In Proceedings of the "
        "Ninth ACM Symposium on Cloud Computing, pages 12–20, New York, NY, USA, 2010. ACM.",
        "inproceedings",
        {"address": "New York, NY, USA", "publisher": "ACM", "year": "2010", "pages": "12–20"},
    ),
    (  # BibTeX's plain styles: the meeting's month before the year, its state written out
        "Ann Lee and Bo Chen. Leases for cached files. In Proceedings of the Twelfth Symposium "
        "on Operating Systems, pages 202-210, Litchfield Park, Arizona, December 1989. ACM.",
        "inproceedings",
        {"address": "Litchfield Park, Arizona", "publisher": "ACM", "year": "1989"},
    ),
    (  # the same with a state's code and the days of the meeting
        "Ann Lee and Bo Chen. Role-based access on the web. In Proceedings of the Fourth "
        "Workshop on Access Control, pages 1-9, Fairfax, VA, Oct. 28-29, 1999. ACM.",
        "inproceedings",
        {"address": "Fairfax, VA", "publisher": "ACM", "year": "1999"},
    ),
    (  # names closed by a period, then a plain title closed by a comma and the proceedings
        "Lee, A. The Crisis in Hiring, Proceedings of the 30th Symposium on Computing "
        "Education, 1999.",
        "inproceedings",
        {
            "title": "The Crisis in Hiring",
            "booktitle": "Proceedings of the 30th Symposium on Computing Education",
        },
    ),
    (  # the same, "in" before the proceedings
        "Ann Lee and Bo Chen. Some Results from a Study of Software, in Proceedings 4th "
        "International Conference on Software Engineering. Los Alamitos, California: IEEE, 1979.",
        "inproceedings",
        {
            "title": "Some Results from a Study of Software",
            "booktitle": "Proceedings 4th International Conference on Software Engineering",
        },
    ),
    (  # APA: an edition word, not an editor
        "Smith, J. (2010). Data analysis (Rev. ed.). New York: Wiley.",
        "book",
        {"edition": "Rev.", "address": "New York", "publisher": "Wiley"},
    ),
    (  # a periodical named only by its status
        "Green, T. (2019). Memory and place. Memory Studies, in press.",
        "article",
        {"journal": "Memory Studies", "year": "2019"},
    ),
    (  # a report's series and number where a container would be
        'J. Kim and P. Khosla, "Real-time path planning with potential fields," Tech. Report '
        "CMU-RI-TR-92-12, pp. 1-20, 1992.",
        "techreport",
        {"number": "CMU-RI-TR-92-12", "journal": None, "booktitle": None},
    ),
    (  # Chicago: a chapter of a book the list cites in its own entry, named by its editors
        "Deitering, Cynthia. “The Postnatural Novel.” In Glotfelty and Fromm, 196–203.",
        "incollection",
        {"editor": "Glotfelty and Fromm", "pages": "196–203", "booktitle": None},
    ),
    (  # a periodical named with its article's DOI
        "Rawlinson, N. and Fishwick, S. 2012. Seismic structure of the lithosphere. "
        "Tectonophysics, doi:10.1016/j.tecto.2011.11.016.",
        "article",
        {"journal": "Tectonophysics"},
    ),
]


@pytest.mark.parametrize(("text", "entry_type", "expected"), CASES)
def test_entry_fields(text: str, entry_type: str, expected: dict[str, str]) -> None:
    entry = checked_entry(parse_reference(text))
    assert entry.entry_type == entry_type
    assert {k: entry.fields.get(k) for k in expected} == expected


def test_names_that_are_names_stay() -> None:
    """ "J. Ling." is a name where a title, not an abbreviation or numbers, follows it."""
    entry = parse_reference("K. Lang, J. Ling. Theory of verbs. Oxford: Clarendon, 1990.")
    assert entry.fields["author"] == "Lang, K. and Ling, J."


def test_a_publisher_with_a_status_is_no_periodical() -> None:
    entry = parse_reference(
        "Green, T. (2019). Memory and place. Oxford University Press, in press."
    )
    assert "journal" not in entry.fields


def test_status_publisher_is_dropped() -> None:
    parsed = status_publisher(Parsed("book", {"title": "T", "publisher": "arXiv preprint"}))
    assert parsed.entry_type == "unpublished"
    assert "publisher" not in parsed.fields
    patent = status_publisher(Parsed("book", {"title": "T", "publisher": "US Patent 5,351,122"}))
    assert "publisher" not in patent.fields
    office = status_publisher(Parsed("book", {"title": "T", "publisher": "Patent Office Press"}))
    assert office.fields["publisher"] == "Patent Office Press"
    press = status_publisher(Parsed("book", {"title": "T", "publisher": "Wiley"}))
    assert press.fields["publisher"] == "Wiley"


def test_heft_of_a_book_series_stays_a_book() -> None:
    """A series' "Heft 12" with a publisher named: a book, not a periodical's issue."""
    fields = {"title": "T", "booktitle": "Schriften", "publisher": "Beck", "volume": "2"}
    parsed = issue_marks(Parsed("incollection", fields), "T. In: Schriften, Heft 12. Beck.")
    assert parsed.entry_type == "incollection"


def test_bracket_year_only_mends_a_page_read_as_year() -> None:
    text = "A. Brown, Phys. Rev. B 40, 2004 (1989)."
    mended = bracket_year(Parsed("article", {"year": "2004", "pages": "2004"}), text)
    assert mended.fields["year"] == "1989"
    right = bracket_year(Parsed("article", {"year": "1989", "pages": "2004"}), text)
    assert right.fields["year"] == "1989"


def test_place_year_publisher_needs_a_place() -> None:
    fields: dict[str, str] = {}
    refimprint.read("Smith, Jones, 1990. Print.", fields)
    assert fields.get("publisher") != "Print"


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("Water International, 33:3: 333.", {"volume": "33", "number": "3", "pages": "333"}),
        (
            "American Journal of Political Science, 45-3, 2001, p. 658-677.",
            {"volume": "45", "number": "3", "pages": "658-677", "year": "2001"},
        ),
        ("Nature, 12-14, 2001.", {"pages": "12-14", "year": "2001"}),  # no label: a range
    ],
)
def test_volume_joined_to_its_issue(tail: str, expected: dict[str, str]) -> None:
    assert reftail.periodical(tail)[1] == expected


def test_a_publisher_and_year_with_a_doi_stay_a_book() -> None:
    """A DOI makes a periodical of the name alone, not of "Publisher, Year"."""
    entry = parse_reference(
        "Dupont, Jean. Les villes du Maghreb. IREMAM, 2012. https://doi.org/10.4000/books.iremam.3396."
    )
    assert "journal" not in entry.fields


def test_imprint_in_brackets_leaves_the_book_title() -> None:
    fields = {"title": "T", "booktitle": "Non-Alignment: Concepts (Delhi: Ajanta Publications)"}
    parsed = paren_imprint(Parsed("incollection", fields))
    assert parsed.fields["booktitle"] == "Non-Alignment: Concepts"
    assert parsed.fields["address"] == "Delhi"
    assert parsed.fields["publisher"] == "Ajanta Publications"


def test_a_year_after_jahrgang_is_part_of_a_name() -> None:
    """ "…, vor Jahrgang 2009 Münstersche Beiträge …": a journal's former name, no volume."""
    fields = {
        "title": "T",
        "journal": "Marburger Beiträge, vor Jahrgang 2009 Münstersche",
        "volume": "19",
    }
    text = "S. T. Marburger Beiträge, vor Jahrgang 2009 Münstersche Beiträge 19, 2000, 1–20."
    assert issue_marks(Parsed("article", fields), text).fields == fields
