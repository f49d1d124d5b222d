"""The pinpoint a citation ends with, settled after its grammar (parse.pinpoint)."""

from __future__ import annotations

import pytest

from citekit.model import Note, Span
from citekit.parse import build_context, parse_note
from citekit.parse.fields import parse_full
from citekit.parse.pinpoint import end_pinpoint, settle, without_note_pointer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna Weber, *Die Stadt am Fluss*, Basel 1968, S.\u00a0182", "S.\u00a0182"),
        ("J. Nowak, *Miasto i rzeka*, Kraków 2001, s. 45–47", "s. 45–47"),
        ("И. Петров, *Город*, М., 1999, с. 12", "с. 12"),
        ("Statute of Examples 2009, § 25", "§ 25"),
        ("*Smith v Jones*, ¶ 48", "¶ 48"),
        ("P. Jansen, ‘Een titel’, *Tijdschrift* 12 (1990) 271–289, aldaar 276", "276"),
        ("*Huber*, Zeitschrift für Beispiele 1989, 12 (22)", "22"),
        ("*Huber*, in: Meier, Ein Sammelband, S. 457 (470–472)", "470–472"),
        ("J. García, *Libro*, Madrid, 2017, véase pp. 162–167", "pp. 162–167"),
        ("M. Rossi, *Libro*, Roma 2010, Kap. 4", "Kap. 4"),
    ],
)
def test_end_pinpoint_reads_labels_of_many_languages(text: str, expected: str) -> None:
    assert end_pinpoint(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L. König: Helmholtz, 3 Bde., Braunschweig: Vieweg 1902–1903, Bd. 1, S. 60–66",
            "Bd. 1, S. 60–66",
        ),
        (
            "J. Pérez, Historia, Sevilla, Escuela, 1986-1989, 2 vols., vol. I, pp. 243-247",
            "vol. I, pp. 243-247",
        ),
        (
            "A. Baecque, Les Cahiers, Paris, Seuil, 1991, 2 vol., t. I, p. 103-112",
            "t. I, p. 103-112",
        ),
        ("J. Pérez, «Título», Revista, vol. 12, pp. 45-67", "pp. 45-67"),  # one volume: an issue
    ],
)
def test_the_volume_of_a_work_in_several_volumes_is_part_of_the_pinpoint(
    text: str, expected: str
) -> None:
    assert end_pinpoint(text) == expected


def test_a_year_after_the_pages_is_no_pinpoint() -> None:
    assert end_pinpoint("LIMA, Ana, Um artigo, **Revista**, v. 5, p. 82–88, 2020") is None
    assert end_pinpoint("Commission v Council, I 7879 (2005)") is None


@pytest.mark.parametrize(
    ("locator", "expected"),
    [("(note 1), 260", "260"), ("(Anm. 2), S. 262", "S. 262"), ("in* n. 1, p. 34", "p. 34")],
)
def test_note_pointer_is_not_part_of_the_locator(locator: str, expected: str) -> None:
    assert without_note_pointer(locator) == expected


def test_part_pages_before_the_pinpoint_become_pages() -> None:
    fields: dict[str, str] = {}
    text = "K. Braun, „Ein Aufsatz“, *Zeitschrift* 3 (2017), S. 16–20, hier S. 19"
    assert settle(text, "article", fields, "S. 16–20, hier S. 19") == "S. 19"
    assert fields["pages"] == "16–20"


@pytest.mark.parametrize(
    ("text", "grammar_locator", "expected"),
    [  # English "on p." (Medical History), Danish and Norwegian "her s." after a part's pages
        (
            "J. Hart, 'A chapter', in A. Bell (ed.), A book, London, 1990, pp. 4–30, on p. 9",
            "on p. 9",
            "p. 9",
        ),
        (
            "K. Holm: »Et kapitel«, i Ole Berg (red.): *En bog*, Odense 1988, s. 7-39, her s. 12",
            "s. 7-39, her s. 12",
            "s. 12",
        ),
    ],
)
def test_a_word_for_here_before_the_pinpoint_is_left_out(
    text: str, grammar_locator: str, expected: str
) -> None:
    assert settle(text, "incollection", {}, grammar_locator) == expected


def test_a_parts_own_pages_at_the_end_are_no_pinpoint() -> None:
    text = "A. Nowak, „Tytuł”, *Pismo* 4 (2001), s. 139–150"
    assert settle(text, "article", {"pages": "139–150"}, None) is None
    assert settle(text, "book", {}, None) == "s. 139–150"  # a range the grammar left: cited


def test_volume_and_date_before_the_pinpoint_leave_it() -> None:
    text = "A. Kowal, Tytuł, „Rocznik” t. 24 (2018), s. 139"
    assert settle(text, "article", {}, "t. 24 (2018), s. 139") == "s. 139"


def test_bluebook_pinpoint_before_the_parenthetical() -> None:
    parsed = parse_full("Jane Roe, Essays on Examples 158 (John Doe ed., 2000)")
    assert parsed.locator == "158"
    chicago = parse_full("Jane Roe, *A Book*, Example Monographs 21 (Atlanta: Press, 2018)")
    assert chicago.locator is None


@pytest.mark.parametrize(
    ("text", "locator", "pages"),
    [
        # a short bare range after a chapter's imprint: the pinpoint (Chicago)
        (
            "Jane Roe, “The Port,” in *Harbours*, ed. Mark Fox (Heidelberg: HUP, 2019), 171–76",
            "171–76",
            None,
        ),
        # a chapter-long one: the chapter's own pages
        (
            "Jane Roe, “The Port,” in *Harbours*, ed. Mark Fox (Leiden: Brill, 1999), 124–44",
            None,
            "124–44",
        ),
        # labelled, as MHRA prints a chapter's own range
        (
            "Jane Roe, ‘The Port’, in *Harbours*, ed. by M. Fox (Leiden: Brill, 1999), pp. 124–31",
            None,
            "124–31",
        ),
    ],
)
def test_a_range_after_a_chapters_imprint(
    text: str, locator: str | None, pages: str | None
) -> None:
    parsed = parse_full(text)
    assert parsed.entry_type == "incollection"
    assert (parsed.locator, parsed.fields.get("pages")) == (locator, pages)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Jane Roe, “Trade in Basel” (PhD diss., University of Basel, 1999), 130", "PhD diss"),
        (
            "John Doe, “Mapping Rivers” (master’s thesis, University of Denver, 1998), 39",
            "master’s thesis",
        ),
    ],
)
def test_the_pinpoint_after_a_thesis_parenthesis(text: str, kind: str) -> None:
    parsed = parse_full(text)
    assert (parsed.entry_type, parsed.fields["type"]) == ("thesis", kind)
    assert parsed.locator == text.rsplit(", ", 1)[1]


@pytest.mark.parametrize(
    ("text", "fields", "locator"),
    [
        # OSCOLA and Dutch/German history styles: place or publisher, no comma, then the year
        (
            "Anna Roe (ed), *Essays in Law: Fourth Series* (OUP 2000) 404",
            {"publisher": "OUP", "year": "2000"},
            "404",
        ),
        (
            "Hans Meier, *Die Stadt und das Reich* (Berlin 1997) 9",
            {"address": "Berlin", "year": "1997"},
            "9",
        ),
        (
            "Piet Jansen, *De stad aan de rivier* (Den Haag 1953) 21–23",
            {"address": "Den Haag", "year": "1953"},
            "21–23",
        ),
    ],
)
def test_imprints_without_a_comma_before_the_year(
    text: str, fields: dict[str, str], locator: str
) -> None:
    parsed = parse_full(text)
    assert parsed.locator == locator
    assert parsed.fields.items() >= fields.items()


def test_a_date_in_brackets_is_no_imprint() -> None:
    parsed = parse_full("Anna Roe, “Trade,” *Journal of Law* 36 (Spring 2017): 363–380")
    assert parsed.fields.get("month") == "Spring"
    assert "address" not in parsed.fields


@pytest.mark.parametrize("link", ["", " <doi:10.1/x.1>", " doi:10.1/x.1", " https://x.org/a"])
def test_here_and_an_unlabelled_pinpoint_stay_with_their_citation(link: str) -> None:
    text = f"Anna Roe, ‘Trade’, *Journal of Law* 136 (2017) 363–380, aldaar 366{link}."
    note = Note(number=1, text=text, span=Span(0, 0, 1))
    (citation,) = parse_note(note, build_context([text]))
    assert citation.text.endswith(f"aldaar 366{link}")


@pytest.mark.parametrize(
    ("text", "pages", "locator"),
    [
        (
            "C. Lee, ‘A Ship’, *Antiquaries Journal*, 20 (1940), 149–202 (pp. 149–52)",
            "149–202",
            "pp. 149–52",
        ),
        (
            "D. Hill, ‘A Helmet’, *Anglo-Saxon England*, 8 (1979), 297–329 (p. 313)",
            "297–329",
            "p. 313",
        ),
    ],
)
def test_an_mhra_articles_own_range_before_the_bracketed_pinpoint_is_its_pages(
    text: str, pages: str, locator: str
) -> None:
    (cited,) = parse_note(Note(1, text, Span(0, 0, 1)), build_context([text]))
    assert (cited.fields.get("pages"), cited.locator) == (pages, locator)


@pytest.mark.parametrize(
    ("grammar_locator", "expected", "pages"),
    [
        ("64–66, 65", "65", "64–66"),
        ("170–173, 171–172", "171–172", "170–173"),
        ("121–26, 123", "123", "121–26"),
        ("64–66, 90", "64–66, 90", None),  # a page list: the second page lies outside
    ],
    ids=["pin", "pin-range", "short-range", "page-list"],
)
def test_a_bare_pinpoint_inside_the_parts_own_range(grammar_locator, expected, pages) -> None:
    text = f"Anna Roth, Die Kratere, in: Jahresbericht 2010, Bochum 2011, {grammar_locator}"
    fields: dict[str, str] = {}
    assert settle(text, "incollection", fields, grammar_locator) == expected
    assert fields.get("pages") == pages


def test_swedish_har_before_the_pinpoint() -> None:
    text = "Anna Roth, ”Kratrarna”, Tidskrift 19/1 (1972): 121–26, här 123"
    assert end_pinpoint(text) == "123"
