"""English note styles (Chicago, MHRA) typed in plain text: no italics tell the book's title.

Our own example notes, one habit a row; each row says what the parser must read.
"""

from __future__ import annotations

import pytest

from citekit.model import Kind, Note, Span
from citekit.parse import build_context, parse_note
from citekit.parse.fields import parse_full


def fields(text: str) -> dict[str, str]:
    """The fields of the one citation of TEXT as note 1."""
    (citation,) = parse_note(Note(number=1, text=text, span=Span(0, 0, 1)), build_context([text]))
    return dict(citation.fields)


@pytest.mark.parametrize(
    ("text", "booktitle", "editor"),
    [
        pytest.param(
            "Ada Moss, “Harbour Dues,” in Lena Hart and Omar Reyes, eds., Tides and Ports "
            "(Boston: Beacon, 1999), 41.",
            "Tides and Ports",
            "Hart, Lena and Reyes, Omar",
            id="editors-then-eds-before-the-title",
        ),
        pytest.param(
            "Ada Moss, ‘Harbour Dues’, in Grain, Salt and Timber: Coastal Trade in the North, "
            "ed. by Lena Hart, Omar Reyes, and Jan Vos (Brill, 2011), pp. 3–20 (p. 9).",
            "Grain, Salt and Timber: Coastal Trade in the North",
            "Hart, Lena and Reyes, Omar and Vos, Jan",
            id="mhra-ed-by-list",
        ),
        pytest.param(
            "Ada Moss, “Harbour Dues,” in Lighthouse Keepers: A History, ed. P. Lund "
            "(Boston: Beacon, 1999), 41.",
            "Lighthouse Keepers: A History",
            "Lund, P.",
            id="chicago-ed-one",
        ),
        pytest.param(
            "Ada Moss, “Harbour Dues,” in Tides and Ports, edited by Lena Hart, Omar Reyes, "
            "and Jan Vos (Boston: Beacon, 1999), 41.",
            "Tides and Ports",
            "Hart, Lena and Reyes, Omar and Vos, Jan",
            id="edited-by-list",
        ),
    ],
)
def test_book_title_before_its_editors(text: str, booktitle: str, editor: str) -> None:
    found = fields(text)
    assert (found["booktitle"], found["editor"]) == (booktitle, editor)


def test_series_after_one_editor_is_no_editor() -> None:
    found = fields(
        "Ada Moss, ‘Harbour Dues’, in Tides and Ports, ed. by Lena Hart, Coastal Studies, 4 "
        "(Brill, 2011), pp. 3–20."
    )
    assert found["editor"] == "Hart, Lena"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ida Bell, The Salt Roads (Brepols, 2019), p. 4.",
            {"publisher": "Brepols"},
            id="publisher",
        ),
        pytest.param(
            "Ida Bell, The Salt Roads (Chicago, 1919), p. 4.",
            {"address": "Chicago"},
            id="known-place",
        ),
        pytest.param(
            "Ida Bell, The Salt Roads (Boston: Beacon, 1919), p. 4.",
            {"address": "Boston", "publisher": "Beacon"},
            id="place-and-publisher",
        ),
    ],
)
def test_one_name_before_the_year_in_parentheses(text: str, expected: dict[str, str]) -> None:
    found = fields(text)
    assert {k: found.get(k) for k in ("address", "publisher") if k in found} == expected


def test_dated_case_is_no_publisher() -> None:
    assert "publisher" not in fields("Rook v Hale Water Co (September 28, 1993).")


@pytest.mark.parametrize(
    "text",
    [
        "Ida Bell, Salt Roads (Annapolis, 1730).",
        "Ida Bell, The Roads (Princeton, NJ, 1999).",
    ],
)
def test_two_word_title_before_the_imprint(text: str) -> None:
    found = fields(text)
    assert (found["author"], found["title"]) == ("Bell, Ida", text.split(", ")[1].split(" (")[0])


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        pytest.param(
            "This is discussed in Helen C. Marsh, The Pottery of the Lower Delta, Brazil "
            "(Philadelphia, 1950), 212.",
            "Marsh, Helen C.",
            "The Pottery of the Lower Delta, Brazil",
            id="in-name-with-initial",
        ),
        pytest.param(
            "The standard account is Ebenezer Hale, Weed Redivivus, or The Planter’s Glass "
            "(Annapolis, 1730).",
            "Hale, Ebenezer",
            "Weed Redivivus, or The Planter’s Glass",
            id="is-name",
        ),
    ],
)
def test_name_after_prose_opens_the_citation(text: str, author: str, title: str) -> None:
    found = fields(text)
    assert (found.get("author"), found.get("title")) == (author, title)


def test_prose_word_inside_an_imprint_opens_nothing() -> None:
    text = "per una diversa lettura *Penser la ville*, Rennes, Presses de François Rabelais, 2020."
    (citation,) = parse_note(Note(number=1, text=text, span=Span(0, 0, 1)), build_context([text]))
    assert citation.text.startswith("*Penser la ville*")


def test_title_opening_with_the_names_no_author() -> None:
    found = fields(
        "The Early Modern Harbour, 1500–1815, ed. by Jonas Karp and Adam Sutton, Studies in "
        "Trade, 7 (Cambridge University Press, 2017), p. 304."
    )
    assert ("author" not in found, found["title"]) == (True, "The Early Modern Harbour, 1500–1815")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Ida Bell, The Salt Roads, Studies in Coastal Trade, 2/6 (Allenson, 1967), p. 4.",
            "The Salt Roads",
            id="series-then-number",
        ),
        pytest.param(
            "Ida Bell, Salt and Power: Tolls on the Lower Rhine, Rhine Valley Monographs 21 "
            "(Atlanta: Scholars Press, 2018), 4.",
            "Salt and Power: Tolls on the Lower Rhine",
            id="numbered-series",
        ),
        pytest.param(
            "Ida Bell, Harbours of the North, 1500–1800 (Boston: Beacon, 1999), 4.",
            "Harbours of the North, 1500–1800",
            id="title-with-comma-kept",
        ),
        pytest.param(
            "Katrin Holm, Harbour Networks: A Practical Approach, Lecture Notes in Social "
            "Networks (Vienna: Springer, 2016), ch. 6",
            "Harbour Networks: A Practical Approach",
            id="series-by-its-words",
        ),
        pytest.param(
            "John Weir, Gratian the Ferryman, Studies in Medieval Canon Law, Volume 13 "
            "(Washington: Catholic University Press, 2016), 43",
            "Gratian the Ferryman",
            id="series-by-its-words-then-its-volume",
        ),
    ],
)
def test_plain_title_ends_before_a_numbered_series(text: str, title: str) -> None:
    assert fields(text)["title"] == title


@pytest.mark.parametrize(
    ("text", "journal", "year"),
    [
        pytest.param(
            "RUIZ, A. Puertos y aduanas. En Revista de Historia Naval [en línea]. 2019, vol. 12, "
            "p. 59.",
            "Revista de Historia Naval",
            "2019",
            id="iso690-en-linea",
        ),
        pytest.param(
            "RUIZ, A. Ports and Tolls. In Maritime History Review [online]. 2017, vol. 1, p. 9.",
            "Maritime History Review",
            "2017",
            id="iso690-online",
        ),
        pytest.param(
            "L. Rossi, «I porti del sud», in Rivista storica, n. 6, 2003, pp. 29-38.",
            "Rivista storica",
            "2003",
            id="issue-after-comma",
        ),
    ],
)
def test_plain_journal_ends_before_its_medium_and_numbers(
    text: str, journal: str, year: str
) -> None:
    found = fields(text)
    assert (found["journal"], found["year"]) == (journal, year)


def test_volume_and_number_of_a_series_end_no_citation() -> None:
    found = fields(
        "The standard account is Ida Bell, A Short Survey of Harbour Tolls in the North, Northern "
        "Research Records, volume 1, number 14 (Tulane University, 1950), pp. 218–28."
    )
    assert (found["author"], found["title"], found["year"]) == (
        "Bell, Ida",
        "A Short Survey of Harbour Tolls in the North",
        "1950",
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "Hart and Vos, The Northern Ports, 1500–1815, pp. 3–9.", Kind.SHORT, id="period"
        ),
        pytest.param("Hart, Harbours, Paris, 1990–1995.", Kind.FULL, id="run-of-volumes"),
    ],
)
def test_long_period_closing_a_plain_title_is_no_date(text: str, kind: Kind) -> None:
    (citation,) = parse_note(Note(number=1, text=text, span=Span(0, 0, 1)), build_context([text]))
    assert citation.kind == kind


# the publisher alone before the year, in a sentence of its own or named after the title
PUBLISHER_ROWS = {
    "sentence-after-italic-title": (
        "Ada Moss, *The Harbour at Night*. Tideway Press, 1996.",
        {"title": "The Harbour at Night", "publisher": "Tideway Press", "year": "1996"},
    ),
    "sentence-after-plain-title": (
        "Ada Moss and Jan Vos, The Harbour at Night: Docks. Cambridge University Press, 2010.",
        {"title": "The Harbour at Night: Docks", "publisher": "Cambridge University Press"},
    ),
    "publisher-then-place-and-year": (
        "Jan Vos, Häfen. Geschichte der Docks, Tideway Verlag, Hannover 2004.",
        {"title": "Häfen: Geschichte der Docks", "publisher": "Tideway Verlag"},
    ),
}


@pytest.mark.parametrize(("text", "expected"), PUBLISHER_ROWS.values(), ids=PUBLISHER_ROWS.keys())
def test_publisher_alone_before_the_year(text: str, expected: dict[str, str]) -> None:
    (citation,) = parse_note(Note(number=1, text=text, span=Span(0, 0, 1)), build_context([text]))
    assert citation.kind == Kind.FULL
    assert {k: citation.fields.get(k) for k in expected} == expected


def test_a_title_sentence_before_place_and_year_is_no_publisher() -> None:
    found = fields("Jan Vos, Der Hafen 1899–1999. Die Geschichte des Verlags, Hamburg 1999.")
    assert (found["title"], "publisher" in found) == (
        "Der Hafen 1899–1999. Die Geschichte des Verlags",
        False,
    )


def test_an_italic_title_closed_after_its_comma_before_a_word() -> None:
    # Word's italics carried over by pandoc: "*Title,*trans." closes the title at the comma
    parsed = parse_full("Ann Holt, *Paper Ships, 1548-1929,*trans. Ed Low, Tide Press, 2011")
    assert (parsed.fields["author"], parsed.fields["title"]) == (
        "Holt, Ann",
        "Paper Ships, 1548-1929",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ann Holt, *Docks*, Cambridge, MA: Tide Press, 2011",
        "Ann Holt, *Docks*. Cambridge, MA: Tide Press, 2011",
    ],
)
def test_a_city_and_its_state_without_brackets(text: str) -> None:
    assert parse_full(text).fields["address"] == "Cambridge, MA"
