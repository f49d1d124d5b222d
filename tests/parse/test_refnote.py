"""Notes that are reference-list entries (citekit.parse.refnote), read whole by the reference
parser, and the notes of other styles that must stay with the note grammar."""

from __future__ import annotations

import pytest

from citekit.model import Kind, Note, Span
from citekit.parse import build_context, parse_note
from citekit.parse.refnote import entry_notes, reference_note

APA = (
    "Brischoux, F., Chakraborty, S., Brierley, D. I., & Ungless, M. A. (2009). Phasic "
    "excitation of dopamine neurons in ventral VTA by noxious stimuli. *Proceedings of the "
    "National Academy of Sciences*, 106(12), 4894–4899. https://doi.org/10.1073/pnas.0811507106"
)
SEMICOLONS = (
    "Hazell, T. J.; DeGuire, J. R.; Weiler, H. A. 2012. Vitamin D: an overview of its role in "
    "skeletal muscle physiology in children. Nutrition Reviews 70 (9): 520–533."
)
VANCOUVER = (
    "Williams JM, Colomb GG. Style: lessons in clarity and grace. Chicago: University of "
    "Chicago Press; 2010."
)
DIRECT = (
    "M. Kitsuregawa, H. Tanaka, and T. Moto-oka. Application of hash to data base machine "
    "and its architecture. New Generation Computing, 1(1) 63-74, 1983."
)
COMMA_LIST = (
    "A. Bookstein and S. T. Klein, Detecting content-bearing words by serial clustering, "
    "Proceedings of the Nineteenth Annual International ACM SIGIR Conference, pp. 319-327, 1995."
)


def parse(text: str, *others: str) -> tuple:
    """The citations of TEXT as note 1 of a document whose other notes are OTHERS."""
    context = build_context([text, *others])
    return parse_note(Note(number=1, text=text, span=Span(0, 0, 1)), context)


@pytest.mark.parametrize(
    ("text", "entry_type", "expected"),
    [
        pytest.param(
            APA, "article",
            {"author": "Brischoux, F. and Chakraborty, S. and Brierley, D. I. and Ungless, M. A.",
             "year": "2009", "journal": "Proceedings of the National Academy of Sciences",
             "volume": "106", "number": "12", "pages": "4894–4899",
             "doi": "10.1073/pnas.0811507106"},
            id="apa-article-with-doi-stays-whole",
        ),
        pytest.param(
            SEMICOLONS, "article",
            {"author": "Hazell, T. J. and DeGuire, J. R. and Weiler, H. A.", "volume": "70",
             "pages": "520–533"},
            id="semicolons-between-names-are-no-citation-separator",
        ),
        pytest.param(
            VANCOUVER, "book",
            {"author": "Williams, J. M. and Colomb, G. G.", "address": "Chicago", "year": "2010"},
            id="vancouver-names",
        ),
        pytest.param(
            DIRECT, "article",
            {"author": "Kitsuregawa, M. and Tanaka, H. and Moto-oka, T.",
             "journal": "New Generation Computing", "volume": "1", "number": "1",
             "pages": "63–74", "year": "1983"},
            id="direct-names-with-initials-closed-by-a-period",
        ),
        pytest.param(
            COMMA_LIST, "inproceedings",
            {"author": "Bookstein, A. and Klein, S. T.",
             "title": "Detecting content-bearing words by serial clustering",
             "booktitle": "Proceedings of the Nineteenth Annual International ACM SIGIR "
             "Conference", "pages": "319–327", "year": "1995"},
            id="direct-names-closed-by-a-comma-before-a-plain-title",
        ),
        pytest.param(
            "Lund, K. M.; Hale, R. A.; Oduya, T., Ferries at dusk and the tides of the quay. "
            "Harbour Studies, 12(3), 45-67.", "article",
            {"author": "Lund, K. M. and Hale, R. A. and Oduya, T.", "journal": "Harbour Studies"},
            id="undated-names-joined-by-semicolons",
        ),
        pytest.param(
            "Lund RCJ, Okafor AMWJ, Birk MCJM. Tides of the inner quay. Harbour Res 2001; "
            "15:1169-80.", "article",
            {"author": "Lund, R. C. J. and Okafor, A. M. W. J. and Birk, M. C. J. M.",
             "journal": "Harbour Res", "volume": "15"},
            id="vancouver-initials-of-four-capitals",
        ),
        pytest.param(
            "K. Lund - T. Hale - R. Oduya, The Harbour Ballads and Their Makers, Genova 1984.",
            "book",
            {"author": "Lund, K. and Hale, T. and Oduya, R.",
             "title": "The Harbour Ballads and Their Makers", "year": "1984"},
            id="direct-names-joined-by-dashes",
        ),
        pytest.param(
            "Lund, K. 1931. Über die Gezeiten der Ostsee. Mitteilungen des Instituts für "
            "Meereskunde zu Kiel und Rostock 14: 201-236. (in German).", "article",
            {"journal": "Mitteilungen des Instituts für Meereskunde zu Kiel und Rostock",
             "volume": "14", "pages": "201–236"},
            id="a-periodicals-name-of-small-words-is-no-commentary",
        ),
    ],
)  # fmt: skip
def test_entry_notes_are_one_full_citation(text: str, entry_type: str, expected: dict) -> None:
    (citation,) = parse(text)
    assert citation.kind is Kind.FULL
    assert citation.text == text
    assert citation.entry_type == entry_type
    assert {name: citation.fields.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "James C. Scott, *Seeing Like a State* (New Haven: Yale University Press, 1998), 11.",
            id="chicago-note",
        ),
        pytest.param(
            "For a different view, see Plato, *Timaeus* (1902), 104; cf. Smith (2001).",
            id="prose-with-a-year-in-parentheses",
        ),
        pytest.param(
            "Richard W. Stoffle et al., “Ghost Dancing the Grand Canyon,” *Current "
            "Anthropology* 41, no. 1 (2000): 11.",
            id="given-name-and-initial-is-no-vancouver-name",
        ),
        pytest.param("A.M.Aleksandrov-Agentov. *Ot Kollontai do Gorbacheva*, p. 173.",
                     id="a-note-with-a-pinpoint"),
        pytest.param("S. Cerutti, S. Bargaoui et I. Grangaud, *Appartenance locale*, "
                     "Aix-en-Provence, 2017, p. 2.", id="french-note-with-initials"),
        pytest.param("Scott 1998, 11; Pelikan 1971, 220.", id="author-date-citations"),
        pytest.param("LUND, Karin; HALE, Rita. Ferries at dusk. Leeds: Tern, 1990, p. 61; "
                     "ODUYA, op. cit., p. 90.", id="semicolon-names-then-another-citation"),
        pytest.param("K. LUND - T. HALE, Porti e mercanti del Tirreno…, citata.",
                     id="italian-citata-is-a-back-reference"),
    ],
)  # fmt: skip
def test_notes_of_note_styles_are_no_entries(text: str) -> None:
    assert reference_note(text) is None


CHICAGO_BIBLIOGRAPHY = [
    "Bramwell, Anna. Blood and Soil: Richard Walther Darré and Hitler's Green Party. Bourne "
    "End: Kensal Press, 1985.",
    "Sokol, B. J., and Mary Sokol. Shakespeare, Law, and Marriage. Cambridge: Cambridge "
    "University Press, 2003.",
    "Carter, Ronald, and John McRae, eds. The Routledge History of Literature in English. "
    "London: Routledge, 2005.",
]


def test_inverted_names_make_a_document_of_entries() -> None:
    first, *others = CHICAGO_BIBLIOGRAPHY
    assert entry_notes(CHICAGO_BIBLIOGRAPHY)
    (citation,) = parse(first, *others)
    assert citation.fields["publisher"] == "Kensal Press"
    assert citation.fields["address"] == "Bourne End"


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (CHICAGO_BIBLIOGRAPHY[0], "Bramwell, Anna", "Blood and Soil"),
        (
            "Okafor, Benedikt. Tidal Gauges in Small Harbours. Cambridge, MA: Harbour Press, "
            "1997, 57–62.",
            "Okafor, Benedikt",
            "Tidal Gauges in Small Harbours",
        ),
        (
            "Okafor, Benedikt. Tidal Gauges in Small Harbours. Harbour Press, 1997.",
            "Okafor, Benedikt",
            "Tidal Gauges in Small Harbours",
        ),
        (
            "Érard, Lucien. Les marées des petits ports. Paris: Éditions du Port, 1967. "
            "http://example.org/marees.pdf (accessed June 7, 2015).",
            "Érard, Lucien",
            "Les marées des petits ports",
        ),
    ],
)  # fmt: skip
def test_a_note_copied_from_a_bibliography_is_an_entry_in_any_document(
    text: str, author: str, title: str
) -> None:
    # "Family, Given." and "Place: Publisher, Year" out of parentheses: a bibliography's
    # entry, alone among notes of another style too (the note grammar read "Given: Title")
    assert reference_note(text) is not None
    (citation,) = parse(text)
    assert citation.fields["author"] == author
    assert citation.fields["title"].startswith(title)


def test_an_access_date_in_parentheses_closing_an_entry_is_its_urldate() -> None:
    # "(accessed June 7, 2015)" has the shape of a series and its number in parentheses
    # ("SBL Press (Harbour Monographs, 21)"): the access date is read first
    text = (
        "Okafor, B. 2001. Harbour Gauges. London: Harbour Press. http://example.org/gauges.pdf "
        "(accessed June 7, 2015)."
    )
    entry = reference_note(text)
    assert entry is not None
    assert entry.fields["urldate"] == "2015-06-07"
    assert entry.fields["publisher"] == "Harbour Press"


@pytest.mark.parametrize(
    "text",
    [
        "Okafor, Benedikt. Tidal Gauges in Small Harbours (Cambridge, MA: Harbour Press, 1997).",
        "Okafor, Benedikt, Tidal Gauges in Small Harbours. Cambridge, MA: Harbour Press, 1997.",
        "Okafor, Benedikt. Tidal Gauges in Small Harbours. Cambridge: Harbour Press, 1997, p. 5.",
        "OKAFOR, Benedikt. Tidal Gauges in Small Harbours. Cambridge: Harbour Press, 1997.",
    ],
)  # fmt: skip
def test_an_inverted_note_without_a_bibliographys_imprint_stays_a_note(text: str) -> None:
    # the imprint in parentheses, the names closed by a comma, a pinpoint, ISO 690's capitals
    assert reference_note(text) is None


def test_one_or_two_inverted_notes_make_no_document_of_entries() -> None:
    assert not entry_notes(["BL, Add. MS 5063, fol. 6v."])
    assert not entry_notes(CHICAGO_BIBLIOGRAPHY[:2] + ["Ibid., 4."] * 4)


def test_direct_names_with_a_quoted_title_are_entries_in_a_document_of_entries() -> None:
    # a note names its authors before a comma and quotes its titles, as IEEE's list does: in
    # a document of entries the dated note without pinpoint is read whole, as an entry
    text = (
        'R. Okafor and T. Lindqvist, "Slow drift in coupled oscillator arrays," Proc. Sixth '
        "Symposium on Nonlinear Circuits, pp. 41-49, 1997."
    )
    assert reference_note(text) is None
    (citation,) = parse(text, *CHICAGO_BIBLIOGRAPHY)
    assert citation.entry_type == "inproceedings"
    assert citation.fields["booktitle"] == "Proc. Sixth Symposium on Nonlinear Circuits"
    assert citation.fields["pages"] == "41–49"


def test_an_undated_short_form_stays_a_note_in_a_document_of_entries() -> None:
    (citation,) = parse("Okafor, Slow Drift in Coupled Arrays, 44.", *CHICAGO_BIBLIOGRAPHY)
    assert citation.kind is Kind.SHORT


def test_a_year_alone_in_parentheses_closes_an_entry_in_a_document_of_entries() -> None:
    text = (
        "Okafor, B. and Lund, K., Tidal Gauges in Small Harbours, Harbour Review 5 207-229 (1988)."
    )
    (citation,) = parse(text, *CHICAGO_BIBLIOGRAPHY)
    assert citation.fields["journal"] == "Harbour Review"
    assert citation.fields["pages"] == "207–229"


def test_an_articles_pages_after_its_issue_are_no_pinpoint() -> None:
    text = "Lund, M., et al., Gull counts on small islands. Shore Birds, 1984. 12(1): p. 17-25."
    (citation,) = parse(text, *CHICAGO_BIBLIOGRAPHY)
    assert citation.fields["journal"] == "Shore Birds"
    assert (citation.fields["number"], citation.fields["pages"]) == ("1", "17–25")


def test_dated_notes_of_any_names_do_not_make_a_document_of_entries() -> None:
    # notes that quote their titles after names in direct order are read as entries only
    # where the document already is one of entries; they never make it one (a Chicago
    # document citing each work once in full is all dated notes of that shape)
    notes = [
        f'R. Okafor, "Tidal Gauges {n}," Harbour Review {n} (199{n}): 12-19.' for n in range(12)
    ]
    assert not entry_notes(notes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "———. Harbour Lights. Translated by Ana Ruiz. Leeds: Quayside Books, 1969.",
            {
                "title": "Harbour Lights",
                "address": "Leeds",
                "publisher": "Quayside Books",
                "year": "1969",
            },
        ),
        (  # a year right after the dash (author-date)
            "———. 1820. Songs of the Fens. London: Wharf and Sons.",
            {"title": "Songs of the Fens", "year": "1820", "publisher": "Wharf and Sons"},
        ),
    ],
)
def test_a_same_author_dash_opens_an_entry_in_a_document_of_entries(
    text: str, expected: dict[str, str]
) -> None:
    (citation,) = parse(text, *CHICAGO_BIBLIOGRAPHY)
    assert citation.kind is Kind.FULL
    assert {k: citation.fields.get(k) for k in expected} == expected
    assert citation.fields["author"] == "idem"  # the names of the entry before (inherit)


def test_the_dash_entry_takes_the_names_of_the_entry_before(tmp_path) -> None:
    import citekit

    first, authored, edited = CHICAGO_BIBLIOGRAPHY
    notes = [first, edited, authored, "———. Harbour Lights. Leeds: Quayside Books, 1969."]
    body = " ".join(f"Text.[^{i}]" for i in range(1, len(notes) + 1))
    defs = "\n\n".join(f"[^{i}]: {n}" for i, n in enumerate(notes, 1))
    path = tmp_path / "entries.md"
    path.write_text(f"{body}\n\n{defs}\n", encoding="utf-8")
    data = citekit.to_dict(citekit.extract(path))
    entries = {e["ID"]: e for e in data["entries"]}
    last, before = data["notes"][-1]["citations"][0], data["notes"][-2]["citations"][0]
    assert entries[last["key"]]["title"] == "Harbour Lights"
    assert entries[last["key"]]["author"] == entries[before["key"]]["author"]


@pytest.mark.parametrize(
    ("text", "entry_type", "expected"),
    [
        (
            "Ferry fares rise. (1996, September). Harbour Town Magazine, 44(1), p. 8",
            "article",
            {"title": "Ferry fares rise", "journal": "Harbour Town Magazine", "year": "1996"},
        ),
        (
            "The small dictionary of tides. (1991). Leeds, England: Wharf.",
            "book",
            {"title": "The small dictionary of tides", "publisher": "Wharf", "year": "1991"},
        ),
    ],
)
def test_an_entry_without_author_opens_with_its_title_in_a_document_of_entries(
    text: str, entry_type: str, expected: dict[str, str]
) -> None:
    (citation,) = parse(text, *CHICAGO_BIBLIOGRAPHY)
    assert citation.entry_type == entry_type
    assert "author" not in citation.fields
    assert {k: citation.fields.get(k) for k in expected} == expected


def test_a_body_named_before_the_year_stays_the_author() -> None:
    text = "Fenland Harbour Board. (2007). Tides and ferries. Leeds: Author."
    (citation,) = parse(text, *CHICAGO_BIBLIOGRAPHY)
    assert citation.fields["author"] == "Fenland Harbour Board"


def test_a_film_opens_with_its_title_in_a_document_of_entries() -> None:
    text = "Harbour Lights. Dir. Petra Holm. Northgate Film Foundation, 1989."
    (citation,) = parse(text, *CHICAGO_BIBLIOGRAPHY)
    assert citation.kind is Kind.FULL
    assert "author" not in citation.fields
    assert (citation.fields["title"], citation.fields["year"]) == ("Harbour Lights", "1989")


def test_a_note_the_grammar_finds_nothing_in_is_one_entry_in_a_document_of_entries() -> None:
    text = "Gull census tables for small islands. http://example.org/gulls/tables.html."
    (citation,) = parse(text, *CHICAGO_BIBLIOGRAPHY)
    assert citation.fields["title"] == "Gull census tables for small islands"
    assert citation.fields["url"] == "http://example.org/gulls/tables.html"


def test_commentary_in_a_document_of_entries_cites_nothing() -> None:
    assert parse("See the discussion of tides in the next chapter.", *CHICAGO_BIBLIOGRAPHY) == ()


def test_a_body_before_an_apa_date_opens_an_entry() -> None:
    # APA's "Author. (Year)." shape makes an entry of a note whose author is a body
    text = (
        "Alliance for Small Harbours. (2007). The cost of silted harbours: What the coast pays. "
        "Washington, DC: Author."
    )
    assert reference_note(text) is not None
    (citation,) = parse(text)
    assert citation.fields["title"] == "The cost of silted harbours: What the coast pays"
    assert citation.fields["year"] == "2007"


def test_a_name_with_another_in_parentheses_opens_an_entry_in_a_document_of_entries() -> None:
    text = "Lund, Petra-Anna (Petra Holm). Mort au port. 13th ed. Paris: Gallimard, 1952."
    (citation,) = parse(text, *CHICAGO_BIBLIOGRAPHY)
    assert citation.fields["title"] == "Mort au port"
    assert citation.fields["address"] == "Paris"


def test_an_inverted_first_name_before_a_comma_reads_as_a_note_in_a_document_of_entries() -> None:
    text = "Holm, Petra, Tides of the North (Northgate: Harbour Press, 1985)."
    (citation,) = parse(text, *CHICAGO_BIBLIOGRAPHY)
    assert citation.text == text
    assert citation.fields["author"] == "Holm, Petra"
    assert citation.fields["title"] == "Tides of the North"
    assert citation.fields["publisher"] == "Harbour Press"


def test_a_vancouver_chapters_in_is_no_imprint_before_commentary() -> None:
    # "In: Okafor B, Lund K, editors." closes a sentence as "Place: Publisher" would; read as
    # an imprint, the book's title after it (in sentence case) was taken for commentary
    text = (
        "Lund K, Okafor B. Gauges in small harbours. In: Okafor B, Lund K, editors. The tidal "
        "basis of small harbours. New York: Harbour Press; 2002. p. 93-113."
    )
    (citation,) = parse(text)
    assert citation.entry_type == "incollection"
    assert citation.fields["editor"] == "Okafor, B. and Lund, K."
    assert citation.fields["booktitle"] == "The tidal basis of small harbours"
    assert citation.fields["publisher"] == "Harbour Press"
    assert citation.fields["year"] == "2002"
