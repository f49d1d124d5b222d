"""Vancouver (Citing Medicine) entries typed into notes: one name with one initial, a corporate
author, several entries and commentary in one note, "(ref. N)" pointing back to a note."""

from __future__ import annotations

import pytest

from citekit.model import Kind, Note, Span
from citekit.parse import build_context, parse_note
from citekit.parse.reference import parse_reference
from citekit.parse.refvancouver import vancouver_head
from citekit.parse.vancouverruns import vancouver_run
from citekit.resolve import resolve

BOOK = (
    "Porter R. Mind-forg'd manacles: a history of madness in England from the Restoration to "
    "the Regency. London: Athlone; 1987."
)
ARTICLE = (
    "Rothman D. The discovery of the asylum revisited. Hist Psychiatry. 2001;12(3):301-19. "
    "doi:10.1177/0957154X0101204"
)
CHAPTER = (
    "Jones K. The culture of the mental hospital. In: Berrios GE, Freeman H, editors. 150 "
    "years of British psychiatry. Vol. 1. London: Gaskell; 1991. p. 17-28"
)


def parse(*texts: str) -> list:
    """The citations of TEXTS as notes 1, 2, … of one document, resolved."""
    context = build_context(texts)
    cited = []
    for number, text in enumerate(texts, start=1):
        cited.extend(parse_note(Note(number, text, Span(0, 0, number)), context))
    return list(resolve(tuple(cited))[0])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (BOOK, True),
        (ARTICLE, True),
        ("Smith JA. A title. London: Wiley, 1990.", True),  # initials run together
        ("Naomi W. Cohen, Not Free to Desist (Philadelphia: Jewish Publication Society, 1972).",
         False),
        ("Allen J. Knight. The corporate planner. Menlo Park: Stanford Research Institute, 1962.",
         False),  # no Vancouver date: a given name, an initial and the family
        ("Albert R. Meyer and Mitchell Wand. Continuation semantics. Berlin: Springer; 1985.",
         False),  # the family goes on to the next name
    ],
)  # fmt: skip
def test_one_name_and_initial_opens_vancouver_only_before_its_date(text, expected) -> None:
    assert vancouver_head(text) is expected


def test_a_book_by_one_author_with_one_initial_is_one_full_citation() -> None:
    [cited] = parse(BOOK)
    assert cited.kind is Kind.FULL
    assert cited.fields["author"] == "Porter, R."
    assert (cited.fields["address"], cited.fields["publisher"]) == ("London", "Athlone")


def test_an_article_keeps_its_volume_pages_and_doi_and_leaves_the_commentary() -> None:
    [cited] = parse(f"{ARTICLE}. Most of the asylums he studied were in New England.")
    assert cited.text == ARTICLE
    assert cited.fields["journal"] == "Hist Psychiatry"
    assert (cited.fields["volume"], cited.fields["number"]) == ("12", "3")
    assert cited.fields["doi"] == "10.1177/0957154X0101204"


def test_entry_commentary_and_a_second_entry_are_two_citations() -> None:
    second = (
        "Grob GN. The mad among us: a history of the care of America's mentally ill. New "
        "York: Free Press; 1994. p. 45-60"
    )
    text = f"{BOOK} For the American side see {second}."
    first, other = parse(text)
    assert first.text == BOOK.rstrip(".")
    assert other.text == second
    assert other.locator == "p. 45-60"  # a book's pages after its year: the pinpoint
    assert "pages" not in other.fields


def test_two_entries_joined_by_a_semicolon_keep_their_own_imprints() -> None:
    first, chapter = parse(f"{BOOK.rstrip('.')}; {CHAPTER}.")
    assert first.fields["year"] == "1987"
    assert chapter.fields["editor"] == "Berrios, G. E. and Freeman, H."
    assert chapter.fields["pages"] == "17–28"  # a chapter's own pages
    assert chapter.locator is None


def test_a_corporate_author_opens_an_entry_that_a_vancouver_date_closes() -> None:
    report = "Board of Control. Annual report for the year 1925. London: HMSO; 1926"
    [cited] = parse(f"{report}. It lists every certified institution.")
    assert cited.text == report
    assert cited.fields["year"] == "1926"


def test_ref_in_brackets_points_to_the_note_of_the_full_citation() -> None:
    # a document of entries (three notes or more): the short form is still no entry
    full, *_, short = parse(
        BOOK, ARTICLE, CHAPTER, "Porter (ref. 1), p. 110. He quotes the visitors' books."
    )
    assert short.kind is Kind.SHORT
    assert short.text == "Porter (ref. 1), p. 110"
    assert short.locator == "p. 110"
    assert short.work == full.work


def test_a_chapter_takes_its_books_volume_sentence() -> None:
    entry = parse_reference(CHAPTER)
    assert entry.fields["booktitle"] == "150 years of British psychiatry"
    assert entry.fields["volume"] == "1"


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Foley KM, Gelband H, editors. Improving palliative care for cancer [Internet]. "
         "Washington: National Academy Press; 2001 [cited 2002 Jul 9]. Available from: "
         "http://www.nap.edu/books/0309074029/html/", "title",
         "Improving palliative care for cancer"),
        ("Abood S. Quality improvement initiative in nursing homes. Am J Nurs [Internet]. "
         "2002 Jun [cited 2002 Aug 12];102(6):23. Available from: http://www.nursingworld.org/",
         "journal", "Am J Nurs"),
    ],
)  # fmt: skip
def test_internet_entries_lose_the_medium_and_keep_the_citation_date(text, field, value) -> None:
    entry = parse_reference(text)
    assert entry.fields[field] == value
    assert entry.fields["urldate"].startswith("2002-0")
    assert "[" not in " ".join(entry.fields.values())


def test_the_issue_after_the_citation_date_stays_the_articles() -> None:
    entry = parse_reference(
        "Abood S. Quality improvement initiative in nursing homes. Am J Nurs [Internet]. "
        "2002 Jun [cited 2002 Aug 12];102(6):23. Available from: http://www.nursingworld.org/"
    )
    assert (entry.fields["volume"], entry.fields["number"]) == ("102", "6")


@pytest.mark.parametrize(
    "text",
    [
        "Marsh PJ. Hospital wards and their patients. Lancet. 2013;122(2):179-87 [PMCID: PMC37].",
        "Marsh PJ. Hospital wards and their patients. Lancet. 1999;50: 194–199. [PubMed]",
    ],
)
def test_what_follows_the_last_close_without_a_sentence_stays_the_entrys(text) -> None:
    [cited] = parse(text)
    assert cited.text == text
    assert cited.fields["journal"] == "Lancet"


def test_a_multi_volume_books_volume_and_pages_after_the_year_stay_the_entrys() -> None:
    text = (
        "Lund KM. Rating scales. In: Hale RA, Oduya T, eds. Textbook of psychiatry. 6th ed. "
        "Baltimore: Williams and Wilkins; 1995; 1:619-635."
    )
    assert vancouver_run(text) is None  # one entry: read whole


def test_names_after_a_title_sentence_open_no_run() -> None:
    # PubMed's summary prints the title before the names: no entry opens at the names
    text = (
        "Symposium on imaging of the ward. Lund KM, Hale RA. Hum Genomics. 2018 Feb 27;12(1):10. "
        "No abstract available. PMID: 29482659"
    )
    assert vancouver_run(text) is None


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Tillich P. Systematic theology. Chicago: University of Chicago Press; 1951–1963",
         "Hale RA. The wards. Hist Psychiatry. 2005;15(6):739–49"),  # a work in volumes
        ("Zweigert K, Kötz H. An introduction to comparative law. 3rd ed. OUP; 1998",
         "Loften P. Swordplay in Hamlet. Aeolian Studies. 1989;2:12–29"),  # no place
        ("Jeremias J. The prayers of Jesus. Naperville: Allenson; 1967. (Studies in Biblical "
         "Theology)", "Hale RA. The wards. Hist Psychiatry. 2005;15(6):739–49"),  # a series
    ],
)  # fmt: skip
def test_each_close_of_vancouvers_books_ends_its_entry(first, second) -> None:
    cited = parse(f"{first}; {second}.")
    assert [c.text for c in cited] == [first, second]


def test_a_suffix_after_vancouver_initials_stays_out_of_the_family_name() -> None:
    """ "Sprague GF Jr" is G. F. Sprague, Jr.: the suffix follows the initials in Citing
    Medicine, and the family name is Sprague alone."""
    [cited] = parse(
        "Bender A, Sprague GF Jr, Macek M Sr. Pheromones and pheromone receptors. Genetics "
        "1989;121:463-76."
    )
    assert cited.fields["author"] == "Bender, A. and Sprague, Jr., G. F. and Macek, Sr., M."
