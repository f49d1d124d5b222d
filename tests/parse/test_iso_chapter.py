"""ISO 690 parts of books and articles as Czech, Slovak, Romanian and Russian styles print them
(parse.isochapter, parse.iso690), read through parse_full."""

from __future__ import annotations

import pytest

from citekit.parse.fields import parse_full


@pytest.mark.parametrize(
    ("text", "editors"),
    [
        (
            "HOLUB, Petr. Mosty na Vltavě. In: KRÁL, Jan (ed.). *Řeka a město*. "
            "Praha: Academia, 2011, s. 40–58, s. 44",
            ["Král, Jan"],
        ),
        (
            "HOLUB, P.: Mosty na Vltavě. V KRÁL, J., NOVÁ, E. (eds.) *Řeka a město*. "
            "Praha: Academia, 2011, s. 40–58, s. 44",
            ["Král, J", "Nová, E"],
        ),
        (
            "POPA, Ioan. Podurile Dunării. În: IONESCU, Maria, VLAD, Ana și DINU, Radu (ed.), "
            "*Râuri și orașe*. București : Humanitas, 2011, p. 44",
            ["Ionescu, Maria", "Vlad, Ana", "Dinu, Radu"],
        ),
        (
            "ИВАНОВ, Пётр. Мосты через Неву. В: ПЕТРОВ, Иван и Анна СИДОРОВА, ред. "
            "*Река и город*. М.: Наука, 2011, с. 44",
            ["Петров, Иван", "Сидорова, Анна"],
        ),
    ],
)
def test_chapter_after_container_word_and_editors(text: str, editors: list[str]) -> None:
    parsed = parse_full(text)
    assert parsed.entry_type == "incollection"
    assert [n.split(",")[0].casefold() for n in parsed.fields["editor"].split(" and ")] == [
        n.split(",")[0].casefold() for n in editors
    ]
    assert parsed.fields["booktitle"] in ("Řeka a město", "Râuri și orașe", "Река и город")
    assert "In" not in parsed.fields["title"]
    assert "V" not in parsed.fields["title"].split()


def test_article_names_ended_by_colon_container_word_and_numbers_before_year() -> None:
    parsed = parse_full(
        "HOLUB, P.: Mosty na Vltavě. V *Časopis pro dějiny mostů*. roč. 12, č. 3, 2011, "
        "s. 40–58, s. 44"
    )
    assert parsed.entry_type == "article"
    assert parsed.fields["author"] == "Holub, P"
    assert parsed.fields["title"] == "Mosty na Vltavě"
    assert parsed.fields["journal"] == "Časopis pro dějiny mostů"
    assert (parsed.fields["volume"], parsed.fields["number"]) == ("12", "3")
    assert parsed.fields["year"] == "2011"
    assert parsed.locator == "s. 44"


def test_container_word_before_journal_is_not_in_the_title() -> None:
    parsed = parse_full(
        "HOLUB, Petr. Mosty na Vltavě. In: *Časopis pro dějiny*. 2011, roč. 12, s. 44"
    )
    assert parsed.fields["title"] == "Mosty na Vltavě"
    assert parsed.fields["journal"] == "Časopis pro dějiny"


def test_plain_text_chapter_editors_marked_in_brackets() -> None:
    parsed = parse_full(
        "HOLUB, P.: Mosty na Vltavě. V KRÁL, J. (ed.) Řeka a město. Praha: Academia, 2011, "
        "s. 40–58, s. 44"
    )
    assert parsed.entry_type == "incollection"
    assert parsed.fields["booktitle"] == "Řeka a město"
    assert parsed.fields["editor"].startswith("Král, J")


def test_plain_text_chapter_editors_joined_by_dashes_place_and_year_alone() -> None:
    parsed = parse_full(
        "HOLUB, Petr. Mosty na Vltavě. In: KRÁL, Jan – NOVÁ, Eva (eds). Řeka a město. "
        "Praha, 2011, s. 44"
    )
    assert parsed.entry_type == "incollection"
    assert parsed.fields["booktitle"] == "Řeka a město"
    assert [n.split(",")[0] for n in parsed.fields["editor"].split(" and ")] == ["Král", "Nová"]


def test_plain_text_article_after_a_question_and_container_word() -> None:
    parsed = parse_full(
        "HOLUB, P.: Kam vedou mosty? V Časopis pro dějiny mostů. roč. 12, č. 3, 2011, s. 44"
    )
    assert parsed.entry_type == "article"
    assert parsed.fields["journal"] == "Časopis pro dějiny mostů"
    assert parsed.fields["volume"] == "12"


@pytest.mark.parametrize(
    "text",
    ["HOLUB, P.: Mosty na Vltavě", "HOLUB, Petr: Mosty na Vltavě", "HOLUB, P. – KRÁL, J.: Mosty"],
)
def test_names_in_capitals_a_colon_and_a_title_cite(text: str) -> None:
    from citekit.parse.cues import is_citation

    assert is_citation(text)
