"""Links in the inline model: a target joins the citation that shows it, or the one before."""

from __future__ import annotations

import pytest

from citekit.model import Link, Note, Span
from citekit.parse import parse_note

BOOK = "Smith, *The Book* (London: Penguin, 2001)"


def _note(text: str, *linked: tuple[str, str]) -> Note:
    links = tuple(
        Link(text.index(shown), text.index(shown) + len(shown), target) for shown, target in linked
    )
    return Note(1, text, Span(0, 0, 1), links)


@pytest.mark.parametrize(
    ("text", "shown", "target", "field", "value"),
    [
        (f"{BOOK}, [link].", "link", "https://example.org/a", "url", "https://example.org/a"),
        (f"{BOOK}. Available here.", "here", "https://example.org/b", "url", "https://example.org/b"),
        (f"{BOOK}; online.", "online", "https://doi.org/10.1000/xyz123", "doi", "10.1000/xyz123"),
        (f"{BOOK}. Online at JSTOR.", "JSTOR", "https://www.jstor.org/stable/1", "url",
         "https://www.jstor.org/stable/1"),
    ],
    ids=["trailing-link", "available-here", "doi-link", "online-at"],
)  # fmt: skip
def test_a_link_that_names_nothing_belongs_to_the_citation_before(
    text: str, shown: str, target: str, field: str, value: str
) -> None:
    (citation,) = parse_note(_note(text, (shown, target)))
    assert citation.text.startswith(BOOK)
    assert citation.fields[field] == value


def test_a_linked_citation_is_a_citation_of_its_own() -> None:
    text = f"{BOOK}; Jones, *Other Book* (Paris: Seuil, 1999)."
    citations = parse_note(_note(text, ("Jones, *Other Book*", "https://example.org/jones")))
    assert [(c.text, c.fields.get("url")) for c in citations] == [
        (BOOK, None),
        ("Jones, *Other Book* (Paris: Seuil, 1999)", "https://example.org/jones"),
    ]


def test_a_note_that_only_links_to_a_page_cites_it() -> None:
    text = "The project's own discussion of the change, written at the time."
    citations = parse_note(_note(text, ("own discussion", "https://example.org/about")))
    assert [(c.text, c.fields.get("url")) for c in citations] == [
        (text.rstrip("."), "https://example.org/about")
    ]


def test_a_link_before_every_citation_joins_the_first() -> None:
    text = '"About the Company". Example Foundation. Retrieved 2014-04-05.'
    citations = parse_note(_note(text, ('"About the Company"', "https://example.org/about")))
    assert [c.fields.get("url") for c in citations] == ["https://example.org/about"]


def test_commentary_without_links_stays_commentary() -> None:
    assert parse_note(_note('For exceptions, see "Values" section below.')) == ()


@pytest.mark.parametrize(
    ("text", "shown", "target", "kind"),
    [
        ('"Mobile System Requirements".', '"Mobile System Requirements"',
         "https://example.org/mobile", "full"),
        ("*Persona*, Mozilla", "*Persona*", "https://example.org/persona", "full"),
        ("Smith, *The Book*, 12.", "*The Book*", "#ref-smith", "short"),
        ("Smith, *The Book*, 12.", "", "", "short"),
        # a web article links every mention of a title: family names alone keep it short
        ('Klein and Eisenstein, "Reading Thomas Jefferson".', "Reading Thomas Jefferson",
         "http://example.org/121", "short"),
        ("Roe et al., *Discourses*, 4.", "Discourses", "https://example.org/roe", "short"),
        ('Ben Schmidt, "Vector Space Models for the Digital Humanities."',
         "Vector Space Models", "http://example.org/vsm", "full"),
    ],
    ids=["quoted-title-linked-out", "italic-title-linked-out", "link-inside-the-page",
         "no-link", "families-and-linked-title", "et-al-and-linked-title",
         "whole-name-and-linked-title"],
)  # fmt: skip
def test_a_title_that_links_out_is_a_first_citation(
    text: str, shown: str, target: str, kind: str
) -> None:
    (citation,) = parse_note(_note(text, *([(shown, target)] if target else [])))
    assert citation.kind == kind


def test_an_address_shortened_from_its_link_stands_for_the_target() -> None:
    # "[www.tide.org](http://www.tide.org/news/top.html)": the page, not the site
    text = f"{BOOK} (www.tide.org)."
    (citation,) = parse_note(_note(text, ("www.tide.org", "http://www.tide.org/news/top.html")))
    assert citation.fields["url"] == "http://www.tide.org/news/top.html"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Este algoritmo aún tiene un nombre – búsqueda binaria.", "búsqueda binaria"),
        ("Zooniverse is the largest platform for crowdsourced research. It began in 2009.",
         "Zooniverse"),
        ("Such methods include breadth-first search and Dijkstra. Both were hard to invent.",
         "breadth-first search"),
    ],
    ids=["prose-opener", "prose-verb", "two-sentences"],
)  # fmt: skip
def test_prose_that_links_a_term_cites_no_page(text: str, shown: str) -> None:
    assert parse_note(_note(text, (shown, "https://example.org/term"))) == ()


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Thanks to a colleague for spotting this slip!", "a colleague"),
        ("The judges in Ohio agree with the economists, and I think rightly so.",
         "The judges in Ohio"),
        ("Or just getting used to the old tools again, as a colleague reminds us.",
         "as a colleague reminds us"),
        ("However, big archives, like that of the national library, would strain the tool.",
         "big archives, like that of the national library"),
        ("As in this older chart of the harvest in 1850.", "chart of the harvest in 1850"),
    ],
    ids=["exclamation", "first-person-i", "first-person-us", "linked-prose", "linked-phrase"],
)  # fmt: skip
def test_prose_that_links_a_run_of_its_words_cites_no_page(text: str, shown: str) -> None:
    assert parse_note(_note(text, (shown, "https://example.org/page"))) == ()


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("As in the Report on the Harvest of the Northern Counties.",
         "Report on the Harvest of the Northern Counties"),
        ("A colleague wrote on this in “Counting the harvest in old ledgers”.",
         "“Counting the harvest in old ledgers”"),
    ],
    ids=["title-case", "quoted"],
)  # fmt: skip
def test_a_linked_title_in_prose_still_cites_the_page(text: str, shown: str) -> None:
    citations = parse_note(_note(text, (shown, "https://example.org/page")))
    assert [c.fields.get("url") for c in citations] == ["https://example.org/page"]


def test_prose_that_points_to_its_link_still_cites_the_page() -> None:
    text = "The results are listed by contributor. See the list of contributors."
    citations = parse_note(_note(text, ("list of contributors", "https://example.org/list")))
    assert [c.fields.get("url") for c in citations] == ["https://example.org/list"]


def test_a_linked_page_cited_after_a_lead_in_leaves_the_lead_in_out() -> None:
    text = "See also the Harbour Survey of the port, accessed 2 May 2020."
    (citation,) = parse_note(_note(text, ("Harbour Survey of the port", "https://example.org/s")))
    assert citation.text == "the Harbour Survey of the port, accessed 2 May 2020"
    assert citation.fields.get("url") == "https://example.org/s"
