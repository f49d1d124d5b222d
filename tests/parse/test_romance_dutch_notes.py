"""Habits of Spanish, Portuguese, Italian and Dutch notes: imprints, part pinpoints, access
dates and "et al." in their own words."""

from __future__ import annotations

import pytest

from citekit.parse.entrypinpoint import entry_pinpoint, without_pinpoint_pages
from citekit.parse.fields import parse_full
from citekit.parse.reflinks import read_links
from citekit.parse.refnote import reference_note
from citekit.parse.shortforms import AUTHOR_DATE_RE


@pytest.mark.parametrize(
    ("text", "locator"),
    [
        (
            "A. Ruiz, *Colección documental*, León, Tecnos, 1976, doc. 7, pp. 28-29",
            "doc. 7, pp. 28-29",
        ),
        (
            "*Los fueros*, ed. de Emilio Sáez, Segovia, Alianza, 1953, tít. 1, p. 45",
            "tít. 1, p. 45",
        ),
        (
            "E. Pérez, *Historia*, Madrid, Cátedra, 1990, lib. I, cap. 5, p. 3",
            "lib. I, cap. 5, p. 3",
        ),
        ("A. Rossi, *La storia*, Roma, Laterza, 1990, tav. 118, p. 172", "tav. 118, p. 172"),
        ("A. Rossi, *La storia*, Roma, Laterza, 1990, pagg. 12-14", "pagg. 12-14"),
        ("J. de Vries, *De economie*, Amsterdam, Balans, 1995, blz. 41–44", "blz. 41–44"),
        ("J. de Vries, *De economie*, Amsterdam: Balans, 1995, hfst. 3", "hfst. 3"),
    ],
)
def test_a_part_named_before_the_page_stays_in_the_locator(text: str, locator: str) -> None:
    assert parse_full(text).locator == locator


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        (
            "C. Sánchez, *Despoblación*, Buenos Aires, Instituto de Historia de España, 1966",
            "Buenos Aires",
            "Instituto de Historia de España",
        ),
        (
            "G. Neri, *Studi*, Roma, Istituto storico italiano per il medio evo, 1980",
            "Roma",
            "Istituto storico italiano per il medio evo",
        ),
        (
            "M. Ruiz, *Fueros*, León, Centro de Estudios e Investigación «San Isidoro», 1976",
            "León",
            "Centro de Estudios e Investigación «San Isidoro»",
        ),
    ],
)
def test_a_long_institutional_publisher_after_the_place(
    text: str, place: str, publisher: str
) -> None:
    fields = parse_full(text).fields
    assert (fields.get("address"), fields.get("publisher")) == (place, publisher)


def test_the_years_of_a_multivolume_work_after_its_publisher() -> None:
    parsed = parse_full(
        "Julio González, *Repoblación*, 2 vols., Madrid, Universidad Complutense, 1975-1976,"
        " vol. I, pp. 73-96"
    )
    assert parsed.fields["year"] == "1975–1976"
    assert (parsed.fields["address"], parsed.fields["publisher"]) == (
        "Madrid",
        "Universidad Complutense",
    )
    assert parsed.locator == "vol. I, pp. 73-96"


def test_a_span_of_years_right_after_the_title_is_no_imprint() -> None:
    fields = parse_full("A. Rossi, *Storia*, 1860-1900, Milano, Feltrinelli, 1990").fields
    assert fields["year"] == "1990"


def test_a_series_in_brackets_after_the_year() -> None:
    fields = parse_full(
        "J. García, *La época medieval*, Madrid, Alianza, 1973 (Historia de España Alfaguara, II),"
        " pp. 77-84"
    ).fields
    assert fields["series"] == "Historia de España Alfaguara"
    assert (fields["volume"], fields["address"], fields["publisher"]) == ("II", "Madrid", "Alianza")


def test_the_first_editions_year_in_brackets_after_the_year() -> None:
    fields = parse_full(
        "P. Verger, *Fluxo e refluxo*, São Paulo, Corrupio, 1987 [1968], p. 19-26"
    ).fields
    assert (fields["address"], fields["publisher"], fields["year"]) == (
        "São Paulo",
        "Corrupio",
        "1987",
    )


@pytest.mark.parametrize(
    "accessed",
    [
        "[consulta: 3 de mayo de 2023]",
        "(fecha de consulta: 3 de mayo de 2023)",
        "(último acceso: 3 de mayo de 2023)",
        "(ultimo accesso 3 maggio 2023)",
        "(accesso il 3 maggio 2023)",
        "acedido em 3 de maio de 2023",
    ],
)
def test_access_dates_in_spanish_italian_and_portuguese(accessed: str) -> None:
    fields = parse_full(f"INE, *Censo de población*, https://www.ine.es/censo {accessed}").fields
    assert fields.get("urldate") == "2023-05-03"


def test_a_title_opening_with_access_is_no_access_date() -> None:
    fields = parse_full("M. Rossi, *Acceso a la justicia en 1990*, Madrid, Tecnos, 1995").fields
    assert fields["title"] == "Acceso a la justicia en 1990"


@pytest.mark.parametrize(
    "text",
    ["Kregting e.a. (2018), p. 72", "Pérez y otros (2001), p. 4", "Silva e outros 2003, p. 9"],
)
def test_et_al_in_dutch_spanish_and_portuguese_author_date_forms(text: str) -> None:
    assert AUTHOR_DATE_RE.match(text)


@pytest.mark.parametrize(
    ("text", "locator", "publisher"),
    [
        (
            "Bernts, T. & Berghuijs, J. (2016). *God in Nederland*. Utrecht: Ten Have, blz. 41–44.",
            "blz. 41–44",
            "Ten Have",
        ),
        (
            "Knip, H. (1992). *De religieuze kaart*. Assen: Van Gorcum, hfst. 3.",
            "hfst. 3",
            "Van Gorcum",
        ),
        (
            "Islam, S. (1979). *The Permanent Settlement*. Dacca: Bangla Academy, pp. 23–45.",
            "pp. 23–45",
            "Bangla Academy",
        ),
    ],
)
def test_the_pinpoint_after_the_publisher_of_an_entry_in_a_note(
    text: str, locator: str, publisher: str
) -> None:
    entry = reference_note(text)
    assert entry is not None
    pinpoint = entry_pinpoint(text, entry.fields)
    fields = without_pinpoint_pages(entry.fields, pinpoint)
    assert (pinpoint, fields["publisher"], fields.get("pages")) == (locator, publisher, None)


def test_the_pages_of_a_chapter_entry_stay_its_own() -> None:
    text = (
        "Kennedy, J. (2005). Recent history. In: E. Sengers (red.), *The Dutch and their gods*"
        " (pp. 27–42). Hilversum: Verloren."
    )
    entry = reference_note(text)
    assert entry is not None
    assert entry_pinpoint(text, entry.fields) is None


@pytest.mark.parametrize(
    "accessed",
    [
        "(geraadpleegd 12 maart 2024)",
        "[consulta: 12 de marzo de 2024]",
        "(consultato il 12 marzo 2024)",
    ],
)
def test_access_dates_of_an_entry_in_dutch_spanish_and_italian(accessed: str) -> None:
    fields: dict[str, str] = {}
    read_links(f"https://www.cbs.nl/nieuws/2022/51/religie {accessed}", fields)
    assert fields.get("urldate") == "2024-03-12"


@pytest.mark.parametrize(
    ("text", "volume", "number", "locator"),
    [
        (
            "G. Padoan, «Il Virgilio», in «Comparative Literature», 20 (1968), 2, pp. 142-156",
            "20",
            "2",
            None,
        ),
        (
            "T. Negash, «La terra», in «Rivista di storia», XIII (1984), 1, pp. 42-78, p. 50",
            "XIII",
            "1",
            "p. 50",
        ),
        ("A. Rossi, «La terra», «Studi storici», 12 (1971), n. 3, pp. 45-67", "12", "3", None),
    ],
)
def test_an_italian_article_with_its_journal_in_guillemets(
    text: str, volume: str, number: str, locator: str | None
) -> None:
    parsed = parse_full(text)
    assert parsed.entry_type == "article"
    assert (parsed.fields["volume"], parsed.fields["number"], parsed.locator) == (
        volume,
        number,
        locator,
    )
    assert "journal" in parsed.fields
    assert "pages" in parsed.fields


@pytest.mark.parametrize(
    ("text", "volume", "number"),
    [
        ("J. Mínguez, «Ganadería», *Hispania*, XLII, 151 (1982), pp. 341-354", "XLII", "151"),
        ("J. Mínguez, «Ganadería», *Hispania*, XLII, núm. 151 (1982), pp. 341-354", "XLII", "151"),
        ("J. Mínguez, «Ganadería», *Hispania*, XLII (1982), pp. 341-354", "XLII", None),
    ],
)
def test_a_journals_volume_in_capitals(text: str, volume: str, number: str | None) -> None:
    fields = parse_full(text).fields
    assert (fields.get("volume"), fields.get("number")) == (volume, number)


@pytest.mark.parametrize(
    ("text", "year", "place", "locator"),
    [
        (
            "G. Petrocchi, *La Commedia*, 4 voll., Milano, Mondadori, 1966-67, vol. II, p. 4",
            "1966–67",
            "Milano",
            "vol. II, p. 4",
        ),
        ("M. Pérez, *Historia*, Madrid, 1990-1995, 3 vols.", "1990–1995", "Madrid", None),
        (
            "B. Pérez Galdós, *Fortunata y Jacinta*, Madrid, Cátedra, [1887] 1983, p. 45",
            "1983",
            "Madrid",
            "p. 45",
        ),
    ],
)
def test_years_of_volumes_and_first_editions_in_an_imprint(
    text: str, year: str, place: str, locator: str | None
) -> None:
    parsed = parse_full(text)
    assert (parsed.fields["year"], parsed.fields["address"], parsed.locator) == (
        year,
        place,
        locator,
    )
