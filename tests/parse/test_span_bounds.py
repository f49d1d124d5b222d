"""Where a citation's span begins and ends in a note that mixes citations and commentary: a
lead-in before a page's address, commentary after the source. Invented notes, one habit a test."""

from __future__ import annotations

import pytest

from citekit.parse.siteprose import site_after_prose
from tests.parse.notes import parse


@pytest.mark.parametrize(
    "text",
    [
        "Voor de protestanten zie https://www.example.nl/kerncijfers (geraadpleegd 2 mei 2024).",
        "For the later figures see https://www.example.org/census/tables.html (accessed 2 May "
        "2024).",
    ],
)
def test_a_lead_in_before_an_address_is_left_out(text: str) -> None:
    (cited,) = parse(text)
    assert cited.text.startswith("https://")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Ebd., S. 215 ff. Die Funde aus dem Hafen sind bis heute nur zum Teil vorgelegt.",
            "Ebd., S. 215 ff.",
        ),
        (
            "Karl Weber, *Die Hanse*, Berlin 1990, S. 12 ff. Vgl. auch Hans Roth, *Der Handel*, "
            "Bonn 1985, S. 4.",
            "Karl Weber, *Die Hanse*, Berlin 1990, S. 12 ff.",
        ),
    ],
)
def test_a_sentence_after_ff_closing_the_pages_is_no_part_of_them(text: str, span: str) -> None:
    cited = parse(text)
    assert cited[0].text == span
    assert cited[0].locator == "S. " + span.split("S. ")[-1].rstrip(".")


def test_a_french_colon_before_commentary_ends_the_pinpoint() -> None:
    (cited,) = parse(
        "Jean Dupont, *La carte et le territoire*, Paris, Seuil, 1990, p. 45 : le géographe y "
        "voit une image du pouvoir."
    )
    assert cited.text.endswith("1990, p. 45")
    assert cited.locator == "p. 45"


@pytest.mark.parametrize(
    "text",
    [
        "En Espagne, le débat a pris un autre tour avec Pablo Ruiz, *La frontera interior*, "
        "Madrid, Alianza, 1990.",
        "Para Castilla, el estudio clásico sigue siendo el de Pablo Ruiz, *La frontera "
        "interior*, Madrid, Alianza, 1990.",
    ],
)
def test_a_sentence_opening_with_a_preposition_is_no_name(text: str) -> None:
    (cited,) = parse(text)
    assert cited.text.startswith("Pablo Ruiz, *La frontera")
    assert cited.fields["author"] == "Ruiz, Pablo"


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "Los protocolos del concejo están digitalizados en el Archivo Municipal de Segovia "
            "(AMS), https://www.example.es/ams [consulta: 3 de mayo de 2023].",
            "Archivo Municipal de Segovia",
        ),
        (
            "A viagem pode ser seguida na Brazilian Ports Database, viagem n. 4851, "
            "https://www.example.org/ports (acesso em 10 jan. 2024).",
            "Brazilian Ports Database",
        ),
    ],
)
def test_a_site_named_after_a_sentence_of_commentary_opens_the_citation(
    text: str, site: str
) -> None:
    (cited,) = parse(text)
    assert cited.text.startswith(site)


def test_a_web_pages_own_title_in_sentence_case_is_no_sentence_of_commentary() -> None:
    title = "Guide to the records of the National Archives, https://www.example.gov/guide."
    assert site_after_prose(title) is None
    assert site_after_prose("Tax returns are kept in the National Archives, Kew.") is None


def test_the_author_between_a_clause_of_commentary_and_the_title_opens_the_citation() -> None:
    found = parse(
        "Anna Berti, *I torchi di Venezia* (Roma: Viella, 1990), pp. 3–12; and, for Flanders, "
        "Jan Peeters, 'Printing', in *The Book in the Low Countries*, ed. by Jan Peeters and "
        "Karel Smet (Leuven: Leuven University Press, 1999), pp. 65–108."
    )
    assert found[-1].text.startswith("Jan Peeters, 'Printing'")
    assert found[-1].fields["author"] == "Peeters, Jan"


def test_a_topic_after_the_pages_is_commentary() -> None:
    (cited,) = parse(
        "Walter Brandt, *The Limits of Inference* (London: Harbour Press, 1921), 46–59, on "
        "knowledge by description."
    )
    assert cited.text.endswith("1921), 46–59")
    assert cited.locator == "46–59"


@pytest.mark.parametrize(
    "text",
    [
        "Pablo Ruiz, *La frontera interior* (Madrid: Alianza, 1990), en el que el autor discute "
        "la tesis de Vicens.",
        "Jan de Wit, *De Nederlandse markt* (Amsterdam: Balans, 1990), waarin de auteur de "
        "stelling van Van Zanden bespreekt.",
    ],
)
def test_a_relative_clause_after_the_imprint_is_commentary(text: str) -> None:
    (cited,) = parse(text)
    assert cited.text.endswith("1990)")
