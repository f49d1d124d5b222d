"""The CSL locales' terms (lexicons/locale_terms.txt, parse.localeterms) joined to the
hand-listed words: each use, on a note that needs a locale's word no hand list holds.

Invented titles, names and publishers; the locale words are the CSL locales'.
"""

from __future__ import annotations

import re

import pytest

from citekit import bibtex, lexicons
from citekit.parse import localeterms
from citekit.parse.entryruns import HARVARD_DATE
from citekit.parse.imprint import date_fields, without_unknown
from citekit.parse.labelled import NUMBER_IN_VOLUME_RE
from tests.parse.notes import parse


def _fields(text: str) -> dict[str, str]:
    (cited,) = parse(text)
    return dict(cited.fields)


def test_locale_terms_keep_every_hand_listed_month() -> None:
    for hand, joined in zip(lexicons.rows("months"), lexicons.month_rows(), strict=True):
        assert joined[: len(hand)] == hand


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("12. tammikuuta 2018", "January"),
        ("3 siječanj 2001", "January"),
        ("березень 2020", "March"),
    ],
)
def test_month_named_by_a_locale(text: str, month: str) -> None:
    assert date_fields(text)["month"] == month


def test_month_of_a_locale_ends_no_place() -> None:
    """Finnish "tammikuuta" after the publisher is a date, not the place."""
    fields = _fields("Mikko Virta, *Tarvon historia*, Helsinki, Orvel, 12. tammikuuta 2018, s. 4.")
    assert (fields["address"], fields["publisher"]) == ("Helsinki", "Orvel")


def test_month_names_that_are_towns_or_two_months_are_left_out() -> None:
    names = {name.lower() for row in lexicons.month_rows() for name in row}
    assert "janeiro" not in names  # "Rio de Janeiro"
    assert "listopad" not in names  # Croatian October, Czech November
    assert bibtex.MONTHS["leden"] == "1"


def test_editor_verb_of_a_locale() -> None:
    fields = _fields(
        "Mario Vellani, Le carte del Tarvo, a c. di Luca Ressi, Roma, Edizioni Orvel, 2001, p. 12."
    )
    assert (fields["title"], fields["editor"]) == ("Le carte del Tarvo", "Ressi, Luca")


@pytest.mark.parametrize(
    ("text", "editor"),
    [
        (
            "Pieter Smit, *Het Tarvo-archief*, onder redactie van Jan Vries, Leiden, Orvel, 2001.",
            "Vries, Jan",
        ),
        (
            "Ana Ruiz, *El archivo de Tarvo*, editado por Luis Gil, Madrid, Orvel, 2001, p. 4.",
            "Gil, Luis",
        ),
    ],
)
def test_editor_verb_of_a_locale_after_an_italic_title(text: str, editor: str) -> None:
    assert _fields(text)["editor"] == editor


@pytest.mark.parametrize(
    ("text", "translator"),
    [
        (
            "Susan Vale, *Sur la brume*, trad. Pierre Orvel, Paris, Orvel Éditions, 1993, p. 23.",
            "Orvel, Pierre",
        ),
        ("Jan Dvorský, *Dějiny Tarvu*, přel. Petr Malý, Praha, Orvel, 2003, s. 17.", "Malý, Petr"),
    ],
)
def test_translator_verb_of_a_locale(text: str, translator: str) -> None:
    assert _fields(text)["translator"] == translator


def test_et_al_of_a_locale_is_no_part_of_the_name() -> None:
    fields = _fields("Ivan Horvat i sur., Povijest Tarva, Zagreb, Orvel, 2004, str. 33.")
    assert (fields["author"], fields["title"]) == ("Horvat, Ivan", "Povijest Tarva")


def test_page_label_of_a_locale() -> None:
    (cited,) = parse("Иван Петров, История Тарва, Москва, Орвел, 2001, стр. 45.")
    assert cited.locator == "стр. 45"


def test_volume_label_of_a_locale_opens_the_locator() -> None:
    (cited,) = parse("Antonín Vrba, Projevy, sv. 2, s. 45.")
    assert cited.locator == "sv. 2, s. 45"


def test_edition_label_of_a_locale() -> None:
    fields = _fields("Jan Dvorský, Dějiny Tarvu, 3. vyd., Praha, Orvel, 2003, s. 17.")
    assert fields["edition"] == "3"


def test_issue_label_of_a_locale() -> None:
    found = NUMBER_IN_VOLUME_RE.search("5, вып. 2")
    assert found
    assert (found.group("volume"), found.group("number")) == ("5", "2")


def test_no_place_of_a_locale_is_no_address() -> None:
    assert without_unknown({"address": "b.m.", "publisher": "Orvel"}) == {"publisher": "Orvel"}


@pytest.mark.parametrize("date", ["(o. J.)", "(s.d.)", "(b.r.)"])
def test_no_date_of_a_locale_is_a_harvard_date(date: str) -> None:
    assert re.fullmatch(HARVARD_DATE, date)


def test_shared_labels_are_left_to_neither_kind() -> None:
    """ "t." is an Estonian page and a French tome; "p." a page and a Finnish edition."""
    assert "t." not in localeterms.PAGE_LABELS + localeterms.VOLUME_LABELS
    assert "p." not in localeterms.EDITION_LABELS


@pytest.mark.parametrize(
    "text",
    [
        "Kovács János (szerk.), *A mező története*, Budapest, Osiris, 1998, 45.",
        "Ivan Horvat (ur.), *Povijest Tarva*, Zagreb, Orvel, 2004, str. 33.",
    ],
)
def test_editor_mark_of_a_locale_in_brackets(text: str) -> None:
    fields = _fields(text)
    assert "author" not in fields
    assert "(" not in fields["editor"]
