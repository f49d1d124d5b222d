"""Reference-list shapes of the sciences (issue 16): a year after the names' comma, a journal
named by its initials with no title, a chapter with no title of its own, semicolon lists.
Entries written for these tests."""

from __future__ import annotations

import pytest

from citekit.parse.reference import parse_reference

CASES = [
    (  # a proceedings' title ends before a sentence of its pages
        "Lund, P. and Holm, A. (1983). Gull counts. In Proceedings of the Eighth Workshop on "
        "Shore Birds, Karlsruhe. pages 650-652.",
        {"pages": "650–652"},
    ),
    (  # a thesis's kind after a comma ends a plain title; the school with its department
        "Lund, Petra, (1995). On Tides as a Step for Learning, Masters Thesis, Department of "
        "Marine Science, Northgate University.",
        {
            "title": "On Tides as a Step for Learning",
            "school": "Department of Marine Science, Northgate University",
        },
    ),
    (  # a title's sentence before the journal is no abbreviated journal's name
        "Lund, S., & Holm, N. (1993a). Optimized Rule Induction. Shore Expert, 8 (6), 61-69.",
        {"title": "Optimized Rule Induction", "journal": "Shore Expert", "volume": "8"},
    ),
    (  # German: a journal after "In:", its Jahrgang, Heft and pages after "S."
        "Lund, H.: Der Hafen als Netzwerk. In: Hafen und Verwaltung. 10. Jg. (2004), Heft 4, "
        "S. 192-195.",
        {"journal": "Hafen und Verwaltung", "volume": "10", "number": "4", "pages": "192–195"},
    ),
    (  # German: a chapter's pages after "S." at the end of the imprint
        "Lund, H. (2005): Die Stadt. In: Meier, K. (Hrsg.): Handbuch der Stadt. Berlin: "
        "Springer, S. 10-20.",
        {"booktitle": "Handbuch der Stadt", "publisher": "Springer", "pages": "10–20"},
    ),
    (  # a book's subtitle as a sentence of its own before the imprint
        "Lund, P. (2003). Steps on a long quay. Notes on harbours. Northgate, UK: Harbour Books.",
        {"title": "Steps on a long quay. Notes on harbours", "publisher": "Harbour Books"},
    ),
    (  # but not a translator's sentence
        "Lund, Petra. Tides. Translated by Anna Holm. Northgate: Harbour Books, 1963.",
        {"title": "Tides", "publisher": "Harbour Books"},
    ),
    (  # an issue's theme between the journal's name and its numbers
        "Lund, P. (2006). Gulls and terns. Journal of Shore Logic, Special Issue: Belief "
        "Change, 17(3), 213-29.",
        {"journal": "Journal of Shore Logic", "volume": "17", "number": "3", "pages": "213–229"},
    ),
    (  # a name with another in parentheses after it
        "Lund, Petra-Anna (Petra Holm). Mort au port. 13th ed. Paris: Gallimard, 1952.",
        {"author": "Lund, Petra-Anna", "title": "Mort au port", "publisher": "Gallimard"},
    ),
    (  # an editor, then a translator, named after a book's title with a lower-case mark
        "Lund, Petra. De portubus, ed. Anna Holm. CCSL 32. Turnhout, 1962.",
        {"title": "De portubus", "editor": "Holm, Anna"},
    ),
    (
        "Lund, Petra. On Harbours, trans. D. W. Vance, Jr. Northgate: Harbour Press, 1958.",
        {"title": "On Harbours", "translator": "Vance, Jr, D. W.", "publisher": "Harbour Press"},
    ),
    (  # "Edited and translated by": the editor's names
        "Lund, Petra. The Decline of Harbours. 2 vols. Edited and translated by Anna Holm. "
        "Northgate: Harbour Press, 1926.",
        {"title": "The Decline of Harbours", "editor": "Holm, Anna"},
    ),
    (  # APA: a body as author before the date; a place alone before "Retrieved from"
        "Northgate Harbour Authority. (2007). The cost of silted harbours (Report). "
        "Washington, DC. Retrieved from http://example.org/harbours",
        {"year": "2007", "address": "Washington, DC", "url": "http://example.org/harbours"},
    ),
    (  # MLA 7: volume and issue joined by a period
        "Holm, Petra. “Sound and Tide.” Shore Review 40.1 (January–February 2004): 17.",
        {"journal": "Shore Review", "volume": "40", "number": "1", "pages": "17"},
    ),
    (  # a volume after a book's title
        "Lund, Petra. Obra Crítica, vol. 2. Rio de Janeiro: Casa Nova, 1960.",
        {"title": "Obra Crítica", "volume": "2", "publisher": "Casa Nova"},
    ),
    (  # astronomy: names, year, journal initials, volume, first page
        "Okafor P., Lund S.M., 2004b, MNRAS, 412, 77",
        {
            "author": "Okafor, P. and Lund, S.M.",
            "year": "2004",
            "title": None,
            "journal": "MNRAS",
            "volume": "412",
            "pages": "77",
        },
    ),
    (  # economics: names, year, then a title a comma ends
        "Vance, T.R., 2002, Tides and prices: a small model, working paper, Harbour College.",
        {"year": "2002", "title": "Tides and prices: a small model"},
    ),
    (  # a part with no title of its own: the book follows the year, editors with initials
        "Lund S., Okafor P., 1998, in Small Harbours of the North, eds. Vance T., Ode K.M., "
        "Birk A., HSP, Kluwer, p. 41",
        {
            "title": None,
            "booktitle": "Small Harbours of the North",
            "editor": "Vance, T. and Ode, K. M. and Birk, A.",
            "pages": "41",
        },
    ),
    (  # a month before the year in parentheses; MLA numbers with "pages"
        'Petra Holm (July 1978) "Drift in coupled arrays," Journal of Tides, vol. 19, no. 1, '
        "pages 25–52.",
        {"author": "Holm, Petra", "year": "1978", "journal": "Journal of Tides", "pages": "25–52"},
    ),
    (  # chemistry (ACS): semicolons between inverted names with run-together initials
        "Lund, T.J.; Okafor, J.R.; Vance, H.A. Gulls on small islands. Shore Birds 2012, 70, "
        "520–533.",
        {
            "author": "Lund, T.J. and Okafor, J.R. and Vance, H.A.",
            "title": "Gulls on small islands",
            "journal": "Shore Birds",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_science_list_shapes(text: str, expected: dict[str, str | None]) -> None:
    fields = parse_reference(text).fields
    assert {k: fields.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Holm, Petra. “Gulls at Dusk.” Shore Studies since 1970. Northgate: Harbour Press, "
        "2005: 160-179.",
        'Holm, P. "Gulls at dusk." Shore Studies. Ed. A. C. Lund and M. A. Vance. Northgate: '
        "Harbour Press, 1993. 160-179.",
    ],
)
def test_mla_chapter_without_in(text: str) -> None:
    # MLA prints a part's book right after the part's quoted title, with no "In"
    entry = parse_reference(text)
    assert entry.entry_type == "incollection"
    assert entry.fields["booktitle"].startswith("Shore Studies")
    assert (entry.fields["publisher"], entry.fields["pages"]) == ("Harbour Press", "160–179")


def test_a_special_issue_is_no_book_after_a_quoted_title() -> None:
    text = 'Lund, P. "Gulls." Shore Birds. Special Issue: Gulls, 12(3) (2001): 3-9.'
    entry = parse_reference(text)
    assert entry.entry_type != "incollection"


def test_an_arxiv_preprint() -> None:
    entry = parse_reference(
        "Petra Lund and Anna Holm. Gull counts by inversion. arXiv preprint arXiv:1504.07295, 2015."
    )
    assert entry.entry_type == "misc"
    assert entry.fields["title"] == "Gull counts by inversion"
    assert (entry.fields["eprint"], entry.fields["year"]) == ("1504.07295", "2015")
