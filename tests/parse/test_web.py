"""Title-first web citations ('"Page". Site. Retrieved DATE.'): one row per shape."""

from __future__ import annotations

import pytest

from citekit.model import Kind, Note, Span
from citekit.parse import build_context, parse_note, rejoin
from citekit.parse.fields import parse_full
from citekit.parse.patterns import ACCESSED_RE, EDITED_BY_RE
from citekit.parse.reference import parse_reference
from citekit.parse.web import is_web_citation

WEB_ROWS = [
    # a page on its site, retrieved on an ISO date
    (
        '"Opening Hours of the Reading Room". Harbour Library. Retrieved 2019-03-07',
        "online",
        {
            "title": "Opening Hours of the Reading Room",
            "publisher": "Harbour Library",
            "urldate": "2019-03-07",
        },
    ),
    # a byline with its date in brackets, two authors joined by ";"
    (
        "Okafor, Ngozi; Peter Lindqvist (May 3, 2011). “Tidal Gauges Compared”. "
        "Coastal Data Project. Retrieved 4 June 2015",
        "online",
        {
            "title": "Tidal Gauges Compared",
            "author": "Okafor, Ngozi and Lindqvist, Peter",
            "publisher": "Coastal Data Project",
            "year": "2011",
            "urldate": "2015-06-04",
        },
    ),
    # an italic site is a periodical; the archive's date is not the work's
    (
        'Marta Ruiz (12 January 2008). "Ferries Return to the Estuary". *Harbour Gazette*. '
        "Archived from the original on 3 March 2009. Retrieved 2010-02-01",
        "article",
        {
            "title": "Ferries Return to the Estuary",
            "author": "Ruiz, Marta",
            "journal": "Harbour Gazette",
            "year": "2008",
            "urldate": "2010-02-01",
        },
    ),
    # a site name holding dots, a French access date
    (
        '"Le port en chiffres". portdata.example.org. Consulté le 3 décembre 2017',
        "online",
        {
            "title": "Le port en chiffres",
            "publisher": "portdata.example.org",
            "urldate": "2017-12-03",
        },
    ),
]


@pytest.mark.parametrize(("text", "entry_type", "fields"), WEB_ROWS)
def test_title_first_web_citation_is_read_whole(text, entry_type, fields):
    assert is_web_citation(text + ".")
    parsed = parse_full(text)
    assert (parsed.entry_type, parsed.fields) == (entry_type, fields)


@pytest.mark.parametrize(
    "text",
    [
        'Ann Lee, "A Chapter Title." In *A Book*, ed. B. Cole (Leeds: Ebb, 2001), 4.',  # Chicago
        '"Tidal Gauges Compared". 23.',  # a short title and a page, no site
        '"Tidal Gauges Compared".',  # a bare quoted title
        'Lee, "Tidal Gauges", 4.',  # an author's short form
    ],
)
def test_other_shapes_are_not_web_citations(text):
    assert not is_web_citation(text)


def test_note_with_a_web_citation_gives_one_full_citation():
    text = '"Opening Hours of the Reading Room". Harbour Library. Retrieved 2019-03-07.'
    note = Note(number=1, text=text, span=Span(0, 0, 1))
    (citation,) = parse_note(note, build_context([text]))
    assert citation.kind is Kind.FULL
    assert citation.fields["publisher"] == "Harbour Library"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Retrieved 2012-08-18", "2012-08-18"),  # the whole ISO date, not its year alone
        ("accessed March 3, 2019", "March 3, 2019"),
        ("consulté le 3 décembre 2017", "3 décembre 2017"),
    ],
)
def test_access_date_is_taken_whole(text, date):
    assert ACCESSED_RE.search(text).group("date") == date


def test_commentary_after_a_web_citation_stays_out_of_it():
    text = (
        '"Opening Hours of the Reading Room". Harbour Library. Retrieved 2019-03-07. '
        "The hours changed again in the following year, as the library itself announced."
    )
    note = Note(number=1, text=text, span=Span(0, 0, 1))
    citations = parse_note(note, build_context([text]))
    assert [c.text for c in citations] == [text.split(". The")[0]]
    assert citations[0].fields["publisher"] == "Harbour Library"


def test_a_sentence_after_a_quoted_title_is_no_site():
    assert not is_web_citation('"Tidal Gauges". Of course, the gauges were never compared.')


@pytest.mark.parametrize(
    ("text", "author", "entry_type"),
    [
        (
            "tidewatcher42, “Gauge Readings Compared,” *Reddit*, May 2019, https://example.org/r/1",
            "tidewatcher42",
            "online",
        ),  # a user name, on a web venue from the lexicon
        ("NOAA, “Tide Tables 2020,” https://example.org/tides", "NOAA", "online"),  # an acronym
    ],
)
def test_one_word_author_of_a_web_citation_is_kept_as_written(text, author, entry_type):
    parsed = parse_full(text)
    assert (parsed.fields["author"], parsed.entry_type) == (author, entry_type)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            ", ed. Ada Brook and K. Lynn Marsh, 2nd ed. (Leeds: Ebb, 2011)",
            "Ada Brook and K. Lynn Marsh",
        ),
        (", ed. R. T. Vane (Leeds: Ebb, 1990)", "R. T. Vane"),
        (", ed. Ada Brook, 2 vols.", "Ada Brook"),
    ],
)
def test_editor_list_is_not_cut_at_an_initial(text, names):
    assert EDITED_BY_RE.search(text).group("names") == names


def test_book_under_a_byline_keeps_its_imprint_and_isbn():
    text = "Okafor, Ngozi (2011). *Tidal Gauges*. Leeds: Ebb Press. ISBN 978-0-14-303943-3."
    assert is_web_citation(text)
    parsed = parse_full(text.rstrip("."))
    assert parsed.entry_type == "book"
    assert parsed.fields == {
        "title": "Tidal Gauges",
        "author": "Okafor, Ngozi",
        "year": "2011",
        "address": "Leeds",
        "publisher": "Ebb Press",
        "isbn": "978-0-14-303943-3",
    }


def test_book_under_a_byline_with_pages_is_left_to_the_other_rules():
    assert not is_web_citation("Okafor, Ngozi (2011). *Tidal Gauges*. Leeds: Ebb. pp. 3–9.")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("<https://example.org/tides> [accessed 10 July 2001].", "2001-07-10"),  # MHRA brackets
        ("https://example.org/tides, dostęp 15 marca 2019 r.", "2019-03-15"),  # Polish "roku"
        ("https://example.org/tides (acesso em 3 de março de 2020)", "2020-03-03"),
        ("https://example.org/tides, geraadpleegd op 4 mei 2021", "2021-05-04"),
        ("https://example.org/tides (дата обращения: 5 марта 2018 г.)", "2018-03-05"),
    ],
)
def test_access_date_in_brackets_and_other_languages(text, iso):
    assert parse_full(text).fields["urldate"] == iso


def test_access_date_sentence_after_a_web_citation_belongs_to_it():
    text = "*Tide Tables* (2009), Brest : SHOM, https://example.org/t. Consulté le 3 décembre 2017."
    note = Note(number=1, text=text, span=Span(0, 0, 1))
    (citation,) = parse_note(note, build_context([text]))
    assert citation.text.endswith("Consulté le 3 décembre 2017")
    assert citation.fields["urldate"] == "2017-12-03"


@pytest.mark.parametrize(
    ("before", "joins"),
    [
        ("*Tide Tables*, Brest, SHOM, https://example.org/t", True),
        ("URL : https://example.org/t", False),  # a bare link: the link rules attach it
    ],
)
def test_access_date_sentence_joins_a_citation_not_a_bare_link(before, joins):
    assert rejoin._continues(before, "Consulté le 12 mars 2021", ".") is joins


@pytest.mark.parametrize(
    "text",
    [
        "Ada Grey: Pruning in the Library, URL: *https://example.org/pruning*.",
        "Siehe *https://example.org/pruning*.",
    ],
)
def test_an_italic_address_ends_before_its_asterisk(text):
    """Markdown italics around a link's text ("*https://…*") are no part of the address."""
    assert parse_full(text).fields["url"] == "https://example.org/pruning"


@pytest.mark.parametrize(
    "text",
    [
        "Grey, Ada, & Lowe, Ben. (2017, May 2). orchard/pruning: 2.0.0 (Version 2.0.0). Zenodo. "
        "http://doi.org/10.5281/zenodo.570516.",
        "Grey, Ada. 2019. “Pruning Data.” *Figshare*. https://doi.org/10.6084/m9.figshare.123.",
    ],
)
def test_a_release_in_a_repository_is_no_journal_article(text):
    """Zenodo and figshare publish data and software, not journals: an online work."""
    entry = parse_reference(text)
    assert entry.entry_type == "online"
    assert entry.fields["howpublished"].casefold() in {"zenodo", "figshare"}
    assert "journal" not in entry.fields
