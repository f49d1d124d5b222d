"""Journal articles in plain text: no italics mark the journal, its place and numbers do.

Our own made-up references; each row is one way a style prints an article, without italics.
"""

from __future__ import annotations

import pytest

from citekit.model import Note, Span
from citekit.parse import parse_note
from citekit.parse.fields import parse_full
from citekit.parse.isoplain import plain_iso_article
from citekit.parse.plainjournal import journal_before_numbers
from citekit.parse.short_title_law import plain_short_title_law


@pytest.mark.parametrize(
    ("text", "journal", "volume"),
    [
        pytest.param(
            "Ana Ruiz, ‘Tides and Ledgers’, Journal of Coastal Trade: Ports, Ships, and Money,"
            " 12 (1998), 45–67",
            "Journal of Coastal Trade: Ports, Ships, and Money",
            "12",
            id="commas-in-the-name",
        ),
        pytest.param(
            "Ana Ruiz, ‘Tides and Ledgers’, Progress in Harbour Studies, 7 (2004), 229–31",
            "Progress in Harbour Studies",
            "7",
            id="publisher-word-in-the-name",
        ),
        pytest.param(
            "Paul Léger, « Les quais de Nantes », Cahiers du port, Revue des docks,"
            " vol. 31 (mai 2011), p. 12",
            "Cahiers du port, Revue des docks",
            "31",
            id="labelled-volume-and-month",
        ),
        pytest.param(
            "Rosa Vidal: «Las lonjas», Estudios Urbanos. Revista Universitaria, 41, 2 (2016),"
            " pp. 3-20",
            "Estudios Urbanos. Revista Universitaria",
            "41",
            id="volume-and-issue-before-the-year",
        ),
        pytest.param(
            "Jan Kool, ‘Waar lag de haven?’, Tijdschrift voor zee-, land- en volkenkunde"
            " 55 (1931) 101–120",
            "Tijdschrift voor zee-, land- en volkenkunde",
            "55",
            id="no-comma-before-the-numbers",
        ),
    ],
)
def test_quoted_title_then_plain_journal(text: str, journal: str, volume: str) -> None:
    parsed = parse_full(text)
    assert parsed.entry_type == "article"
    assert parsed.fields["journal"] == journal
    assert parsed.fields["volume"] == volume


def test_an_issue_label_is_a_journal_number() -> None:
    parsed = parse_full("Eva Brandt, “Der Hafen als Bühne” Hafenblätter, nr. 9 (2013): 44")
    assert (parsed.entry_type, parsed.fields["number"]) == ("article", "9")


@pytest.mark.parametrize(
    "after",
    [
        pytest.param(", Oxford University Press, 1999", id="publisher-and-year"),
        pytest.param(", in The Harbour Book, ed. by J. Smith (London: Dock, 1990)", id="in-book"),
        pytest.param(", Harbour Studies, 45", id="bare-page-is-not-enough"),
    ],
)
def test_no_journal_without_its_numbers(after: str) -> None:
    assert journal_before_numbers(after) is None


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        pytest.param(
            "MORENO, Lucía. Las lonjas del norte. Revista de Historia Naval. 2003, vol. 21, p. 7",
            "Las lonjas del norte",
            "Revista de Historia Naval",
            id="sentence-before-the-year",
        ),
        pytest.param(
            "MORENO, L., SOTO, P. Las lonjas: un estudio (1800-1850). En Historia Marítima"
            " [en línea]. 2019, vol. 4, nº 2, pp. 10-16",
            "Las lonjas: un estudio (1800-1850)",
            "Historia Marítima",
            id="container-word-and-medium",
        ),
        pytest.param(
            "DVOŘÁK, Petr. Přístavy a sklady? Námořní revue. 1999, т. 8, с. 33",
            "Přístavy a sklady?",
            "Námořní revue",
            id="title-ends-with-a-question",
        ),
    ],
)
def test_iso_article_without_italics(text: str, title: str, journal: str) -> None:
    parsed = plain_iso_article(text)
    assert parsed is not None
    assert parsed.entry_type == "article"
    assert (parsed.fields["title"], parsed.fields["journal"]) == (title, journal)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("MORENO, Lucía. Las lonjas del norte. Madrid: Naval, 2003, p. 7", id="book"),
        pytest.param(
            "MORENO, L. El muelle. En SOTO, P. ed. Puertos. Vigo: Mar, 2019, p. 49", id="chapter"
        ),
        pytest.param("MORENO, Lucía. Las lonjas. 2003, p. 7", id="no-journal-sentence"),
        pytest.param("Lucía Moreno, Las lonjas. Revista Naval. 2003, p. 7", id="no-iso-head"),
    ],
)
def test_not_an_iso_article(text: str) -> None:
    assert plain_iso_article(text) is None


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        pytest.param(
            "Marie Duval, Les quais, les docks et la ville, Annales portuaires, 9-10 (1994), p. 40",
            "Les quais, les docks et la ville",
            "Annales portuaires",
            id="comma-in-the-title",
        ),
        pytest.param(
            "Karl Brandt, Die Häfen der Ostsee, Hanse Heute, no. 24 (1997): 174",
            "Die Häfen der Ostsee",
            "Hanse Heute",
            id="issue-label",
        ),
        pytest.param(
            "DE SOUSA, Ana, Portos e cidades, Revista do Mar, v. 12, n. 3, p. 10–25, 2015, p. 12",
            "Portos e cidades",
            "Revista do Mar",
            id="inverted-two-word-family",
        ),
        pytest.param(
            "Mary B. Lund, The Hidden Costs of Harbours, Journal of Port History, Vol. 12, 2001.",
            "The Hidden Costs of Harbours",
            "Journal of Port History",
            id="capital-volume-label",
        ),
        pytest.param(
            "K. Sand, A. Ruiz, Tidal stress in harbour walls, Coastal Eng 2006, 367: 659-667.",
            "Tidal stress in harbour walls",
            "Coastal Eng",
            id="year-then-volume-and-pages",
        ),
        pytest.param(
            "K. Sand, A. Ruiz, Tidal stress in harbour walls. Coastal Engineering Letters 17, "
            "229-238.",
            "Tidal stress in harbour walls",
            "Coastal Engineering Letters",
            id="volume-and-pages-after-a-sentence",
        ),
        # a venue abbreviation's full stop ("Nucl.", "Math.") ends no title
        pytest.param(
            "P. Lind, The tidal constraint system in the closed case. Comm. Math. Phys 312("
            " 2011),41 -57.",
            "The tidal constraint system in the closed case",
            "Comm. Math. Phys",
            id="two-abbreviations-before-the-last",
        ),
        pytest.param(
            "K. Sand, Harbour anomalies. Nucl. Phys. B 212, 19-30 (1983).",
            "Harbour anomalies",
            "Nucl. Phys. B",
            id="lettered-series",
        ),
        pytest.param(
            "K. Sand, A harbour wall simulation package, Nucl. Instrum. Meth. A413 (1999) 15.",
            "A harbour wall simulation package",
            "Nucl. Instrum. Meth. A",  # the series letter against the volume
            id="after-a-comma",
        ),
    ],
)
def test_plain_title_then_plain_journal(text: str, title: str, journal: str) -> None:
    parsed = parse_full(text)
    assert parsed.entry_type == "article"
    assert (parsed.fields["title"], parsed.fields["journal"]) == (title, journal)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Karl Brandt, Gezeiten, in: Ana Ruiz (Hrsg.), Handbuch der Häfen, Kiel 1984, 199-205",
            id="a-part-of-a-book",
        ),
        pytest.param(
            "Karl Brandt, Hafenrecht, Tesis doctoral, Universidad de Vigo, 2004, pp. 310-315.",
            id="pages-and-year-without-a-volume",
        ),
    ],
)
def test_no_numbered_journal(text: str) -> None:
    assert parse_full(text).entry_type != "article"


def test_abnt_numbers_before_the_year() -> None:
    parsed = parse_full(
        "DE SOUSA, Ana, Portos e cidades, **Revista do Mar**, v. 12, n. 3, p. 10–25, 2015, p. 12"
    )
    fields = {k: parsed.fields[k] for k in ("volume", "number", "pages", "year")}
    assert fields == {"volume": "12", "number": "3", "pages": "10–25", "year": "2015"}
    assert parsed.locator == "p. 12"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Marie Duval, Les quais, vol. 2 (1994), p. 40", id="volume-of-a-book"),
        pytest.param("Marie Duval, Les quais, Paris, Seuil, 1994, p. 40", id="book-imprint"),
    ],
)
def test_plain_title_without_a_journal(text: str) -> None:
    assert parse_full(text).entry_type != "article"


def test_a_volume_label_opens_no_journal() -> None:
    assert journal_before_numbers(", Bd. = Jg. 12, H. 3(1980), S. 4") is None


@pytest.mark.parametrize(
    ("text", "entry_type", "field", "value"),
    [
        pytest.param(
            "Kessler, Hafenrecht heute 2011, 30 (33)",
            "article",
            "journal",
            "Hafenrecht heute",
            id="article-journal-year-page-pinpoint",
        ),
        pytest.param(
            "Kessler/Brandt, in: Vogt/Lang, Das Recht der Häfen, S. 43 (45)",
            "incollection",
            "booktitle",
            "Das Recht der Häfen",
            id="chapter-in-editors-book",
        ),
    ],
)
def test_german_legal_citation_without_italics(
    text: str, entry_type: str, field: str, value: str
) -> None:
    parsed = parse_full(text)
    assert (parsed.entry_type, parsed.fields[field]) == (entry_type, value)


def test_a_place_and_year_is_no_legal_journal() -> None:
    assert plain_short_title_law("Kessler, Hamburg 2011, 30") is None


@pytest.mark.parametrize(
    "text",
    [
        "MORENO, L. Las lonjas. En Historia Marítima [en línea]. 2019, vol. 4, p. 12. "
        "Disponible en: https://example.org/lonjas/4.",
        "Ana Ruiz, ‘Tides and Ledgers’, Harbour Review, 12 (1998), 45. Available at "
        "https://example.org/tides.",
    ],
    ids=["spanish-disponible-en", "english-available-at"],
)
def test_an_address_typed_after_the_citation_is_its_url(text: str) -> None:
    (cited,) = parse_note(Note(number=1, text=text, span=Span(0, 0, 1)))
    assert cited.fields["url"].startswith("https://example.org/")


def test_a_name_before_a_typed_address_is_a_citation_of_its_own() -> None:
    text = "Ruiz, *Tides*, 23; and Pablo Marín, https://example.org/ledgers/."
    cited = parse_note(Note(number=1, text=text, span=Span(0, 0, 1)))
    assert [c.text for c in cited] == [
        "Ruiz, *Tides*, 23",
        "Pablo Marín, https://example.org/ledgers/",
    ]
    assert "url" not in cited[0].fields


# German and French notes put "in" before a journal as before a book: the volume and a dated
# bracket with no imprint after the name say which it is
IN_JOURNAL = {
    "in-italic-journal": "Ida Berg, ‘Die Fähre’, in *Hafenblätter* 64 (2011): 42-69",
    "comma-before-the-volume": "Ida Berg, ‘Ferries’, in *Hafenblätter*, 64 (2005): 16-20",
    "in-plain-journal": "Karl Moll, „Die Post“, in: Hafenblätter 64 (1990), S. 3-20",
}


@pytest.mark.parametrize("text", IN_JOURNAL.values(), ids=IN_JOURNAL.keys())
def test_in_before_a_journal_and_its_numbers(text: str) -> None:
    parsed = parse_full(text)
    found = (parsed.entry_type, parsed.fields["journal"], parsed.fields["volume"])
    assert found == ("article", "Hafenblätter", "64")


def test_in_before_a_book_stays_a_chapter() -> None:
    parsed = parse_full("Ann Holt, ‘A Chapter’, in *Harbour Essays* 2 (London: Dock, 1990), 23-40")
    assert parsed.entry_type == "incollection"


def test_mhra_volume_dot_issue_ends_a_journal_name_with_commas() -> None:
    parsed = parse_full(
        "A. Lee and B. Fry, ‘Harbour Walls’, Journal of Coastal Studies: Ports, Piers, and "
        "Quays, 44.7 (2018), pp. 1091–112"
    )
    assert parsed.fields["journal"] == "Journal of Coastal Studies: Ports, Piers, and Quays"
    assert (parsed.fields["volume"], parsed.fields["number"]) == ("44", "7")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("A. Lind, Tidal walls, Phys. Rev. B 45, 1234 (1992).", id="lettered-series"),
        pytest.param(
            "K. Sand, Harbour emission in solid-state walls, Phys. Rev. Lett. 58, 2059 (1987).",
            id="abbreviation-last",
        ),
    ],
)
def test_physics_volume_page_year_is_no_bluebook_book(text: str) -> None:
    """ "Journal VOL, PAGE (YEAR)" is no Bluebook "Title PIN (YEAR)" when the words before the
    numbers end with a journal's abbreviation."""
    parsed = parse_full(text)
    assert parsed.entry_type == "article"
    assert parsed.fields["journal"].startswith("Phys. Rev.")


@pytest.mark.parametrize(
    ("text", "volume", "pages", "locator"),
    [  # British medical journals' and the older Medical History's order: year, volume, range
        ("R Hale, 'Open-air schools', Lancet, 1911, ii: 904–7.", "ii", "904–907", None),
        ("R Hale, 'Open-air schools', Br. med. J., 1911, I: 12–19, p. 14.", "I", "12–19", "p. 14"),
        ("J Moss, 'Dispensaries', Soc. Hist. Med., 1994, 7: 33–58.", "7", "33–58", None),
    ],
)
def test_the_year_before_the_volume_and_the_pages(
    text: str, volume: str, pages: str, locator: str | None
) -> None:
    (cited,) = parse_note(Note(1, text, Span(0, 0, 1)))
    assert (cited.fields.get("volume"), cited.fields.get("pages")) == (volume, pages)
    assert cited.locator == locator
