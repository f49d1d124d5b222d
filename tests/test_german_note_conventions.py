"""Conventions of German (and other continental) humanities notes, each common to many
style sheets and many writers: authors in natural order listed before the statement's colon,
a periodical's "Band N, Heft M" (or "N. Ausgabe") after the name of whoever issues it, an
edition after a title's subtitle, and the retrieval notes ("letzter Zugriff am …",
"ultima consultazione …") that close a web citation. Our own made-up references below.
"""

from __future__ import annotations

import pytest

from tests.parse.notes import parse


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        pytest.param(
            "Vgl. Greta Lindqvist, Tobias Amsel: Kartierte Grenzen, Leipzig 2011, S. 40.",
            "Lindqvist, Greta and Amsel, Tobias",
            "Kartierte Grenzen",
            id="two-names-in-natural-order",
        ),
        pytest.param(
            "Siehe Rosa M. Keller, Jan van Hout, Ida Brenner: Seehandel im Wandel, in:"
            " Zeitschrift für Hafengeschichte, Bd. 12, H. 3, 1998, S. 1-20.",
            "Keller, Rosa M. and van Hout, Jan and Brenner, Ida",
            "Seehandel im Wandel",
            id="initials-and-particles",
        ),
        pytest.param(
            "Siehe Karl F.W. Strobel: Die Mühlen am Fluss, Kassel 1977, S. 9.",
            "Strobel, Karl F. W.",
            "Die Mühlen am Fluss",
            id="one-name-with-initials",
        ),
    ],
)
def test_names_in_natural_order_before_the_colon(text: str, authors: str, title: str) -> None:
    (citation,) = parse(text)
    assert citation.fields["author"] == authors
    assert citation.fields["title"] == title


def test_a_title_with_a_subtitle_is_no_list_of_names() -> None:
    """Chicago's "Name, Title: Subtitle (Place: Publisher, Year)" keeps one author."""
    (citation,) = parse(
        "Hanna Roe, Europe’s Northern Ports: A History (London: Harbour Press, 1990), 12."
    )
    assert citation.fields["author"] == "Roe, Hanna"


@pytest.mark.parametrize(
    ("text", "volume", "number"),
    [
        pytest.param(
            "Vgl. Greta Lindqvist: Kartierte Grenzen, in: Nordic Maps Publishing (Hrsg.),"
            " Journal of Northern Cartography, Band 14, 2. Ausgabe, 2015, S. 101-120.",
            "14",
            "2",
            id="issuer-hrsg-then-band-and-ordinal-issue",
        ),
        pytest.param(
            "Vgl. Greta Lindqvist: Kartierte Grenzen, in: Gesellschaft für Kartenkunde (Hrsg.),"
            " Kartenwelt, Band 9, Ausgabe 311, Bremen 2015, S. 101-120.",
            "9",
            "311",
            id="issuer-hrsg-then-band-and-issue-number",
        ),
    ],
)
def test_a_periodical_after_its_issuer(text: str, volume: str, number: str) -> None:
    (citation,) = parse(text)
    assert citation.entry_type == "article"
    assert citation.fields["volume"] == volume
    assert citation.fields["number"] == number
    assert citation.fields["pages"] == "101–120"
    assert "editor" not in citation.fields
    assert "address" not in citation.fields


def test_a_volume_of_a_book_stays_a_book() -> None:
    (citation,) = parse(
        "Vgl. Greta Lindqvist: Kartierte Grenzen, in: Tobias Amsel (Hrsg.), Grenzräume, Bd. 3,"
        " Leipzig 2011, S. 40-52."
    )
    assert citation.entry_type == "incollection"


def test_an_ordinal_issue_does_not_end_the_citation() -> None:
    """ "1. Ausgabe", "3. Heft": German ordinals, no sentence end."""
    citations = parse(
        "Greta Lindqvist: Kartierte Grenzen, in: Kartenwelt, Band 9, 3. Heft, 2015, S. 101-120."
    )
    assert len(citations) == 1


def test_an_edition_after_a_subtitle_is_a_book_s() -> None:
    (citation,) = parse(
        "Tobias Amsel, Grenzräume. Eine Geschichte der Landvermessung, 3. Aufl., Leipzig 2004,"
        " S. 17."
    )
    assert citation.entry_type == "book"
    assert citation.fields["edition"] == "3"
    assert citation.fields["title"].startswith("Grenzräume")
    assert "journal" not in citation.fields


@pytest.mark.parametrize(
    ("text", "urldate"),
    [
        pytest.param(
            "Verein für Kartenkunde (Hrsg.): Leitlinien für offene Karten, Stand: Mai 2019,"
            " URL: <https://example.org/leitlinien.pdf> (letzter Zugriff am 03.02.2023).",
            "2023-02-03",
            id="version-then-last-access",
        ),
        pytest.param(
            "Greta Rossi, «Mappe aperte», Il Portolano, 3 marzo 2020,"
            " https://example.org/mappe (ultima consultazione 12 aprile 2022).",
            "2022-04-12",
            id="italian-last-consultation",
        ),
        pytest.param(
            "Jean Morel, « Cartes libres », Le Géographe, 3 mars 2020,"
            " https://example.org/cartes (dernière consultation le 12 avril 2022).",
            "2022-04-12",
            id="french-last-consultation",
        ),
    ],
)
def test_retrieval_notes_give_the_access_date(text: str, urldate: str) -> None:
    (citation,) = parse(text)
    assert citation.fields["urldate"] == urldate
    assert "Zugriff" not in citation.fields.get("address", "")


def test_the_periodical_named_as_its_own_issuer() -> None:
    """ "in: Kartenwelt (Hrsg.), 2. Ausgabe, 2015": an issue right after the "(Hrsg.)"."""
    (citation,) = parse(
        "Vgl. Greta Lindqvist: Kartierte Grenzen, in: Kartenwelt (Hrsg.), 2. Ausgabe, 2015,"
        " S. 101--120."
    )
    assert citation.entry_type == "article"
    assert citation.fields["journal"] == "Kartenwelt"
    assert citation.fields["number"] == "2"
    assert citation.fields["pages"] == "101–120"


@pytest.mark.parametrize(
    ("text", "address"),
    [
        pytest.param(
            "Greta Lindqvist: Kartierte Grenzen, in: Atlas und Karte, Berlin, Heidelberg 2011,"
            " S. 40-52.",
            "Berlin, Heidelberg",
            id="two-towns",
        ),
        pytest.param(
            "Greta Lindqvist, Northern Maps, Cambridge, Mass. 2011, S. 40.",
            "Cambridge, Mass.",
            id="town-and-state",
        ),
        pytest.param(
            "Greta Lindqvist, Northern Maps, London u. a. 2011, S. 40.",
            "London",
            id="and-elsewhere",
        ),
    ],
)
def test_every_place_of_the_imprint(text: str, address: str) -> None:
    (citation,) = parse(text)
    assert citation.fields["address"] == address


def test_zum_beispiel_is_a_lead_in() -> None:
    (citation,) = parse(
        "Siehe zum Beispiel Greta Lindqvist, Tobias Amsel: Kartierte Grenzen, in: Atlas und"
        " Karte, Leipzig 2011, S. 40-52, doi:10.1000/atlas.2011.4."
    )
    assert citation.text.startswith("Greta Lindqvist")
    assert citation.fields["author"] == "Lindqvist, Greta and Amsel, Tobias"


def test_the_same_author_among_the_book_s_editors() -> None:
    """ "in: ders./Tobias Amsel (Hg.), Book": the author is one of the book's editors."""
    (citation,) = parse(
        "Greta Lindqvist, Kartierte Grenzen, in: dies./Tobias Amsel (Hg.), Atlas und Karte,"
        " Leipzig 2011, S. 40–52."
    )
    assert citation.fields["editor"] == "Lindqvist, Greta and Amsel, Tobias"
    assert citation.fields["booktitle"] == "Atlas und Karte"


@pytest.mark.parametrize(
    ("text", "author"),
    [
        pytest.param(
            "H. Roe, Northern Ports: A History, London: Harbour Press 1990, S. 12.",
            "Roe, H.",
            id="initial-and-family-then-a-title",
        ),
        pytest.param(
            "Roe, Hanna: Northern Ports: A History, London: Harbour Press 1990, S. 12.",
            "Roe, Hanna",
            id="inverted-name-then-a-title-with-a-subtitle",
        ),
    ],
)
def test_a_title_after_one_name_is_no_second_name(text: str, author: str) -> None:
    """ "G. Sereny, Cries Unheard: Why …" and the statement "Roe, Hanna: Northern Ports: …"
    (read again as "Hanna Roe, Northern Ports: …") name one author."""
    (citation,) = parse(text)
    assert citation.fields["author"] == author
    assert citation.fields["title"].startswith("Northern Ports")
