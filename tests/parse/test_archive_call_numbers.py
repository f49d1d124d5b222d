"""Archival call numbers after the archive, and where an ibid.'s span ends (corpus4)."""

from __future__ import annotations

import pytest

from citekit.model import Kind
from tests.parse.notes import parse

CALL_NUMBERS = [
    pytest.param(
        "Stadtarchiv Hameln (StAH), Bestand 12, Nr. 345, Bl. 6.",
        "Bestand 12",
        "Nr. 345, Bl. 6",
        id="fonds-then-numbered-item",
    ),
    pytest.param(
        "Staatsarchiv Bremen (StAB), II. HA Rep. 4, Tit. 8, Nr. 90.",
        "II. HA Rep. 4, Tit. 8",
        "Nr. 90",
        id="fonds-in-two-call-numbers",
    ),
    pytest.param(
        "The National Archives, Kew, FO 800/402, fol. 17.",
        "FO 800",
        "FO 800/402, fol. 17",
        id="series-before-the-slash-piece-to-the-locator",
    ),
    pytest.param("TNA, WO 95/1234.", "WO 95", "WO 95/1234", id="piece-alone"),
    pytest.param("AN, F7 12345.", "F7", "12345", id="series-and-item-without-slash"),
]


@pytest.mark.parametrize(("text", "title", "locator"), CALL_NUMBERS)
def test_call_numbers_after_an_archive_name_the_series(text: str, title: str, locator: str) -> None:
    (citation,) = parse(text)
    assert (citation.fields.get("title"), citation.locator) == (title, locator)


def test_a_date_after_the_archive_is_no_call_number() -> None:
    (citation,) = parse("TNA, CO 12/34, Governor to Secretary of State, 14 October 1896.")
    assert citation.fields.get("title") == "CO 12"


IBID_ENDS = [
    pytest.param(
        "Ibid. The letter reached London in May.", ["Ibid."], id="bare-ibid-then-commentary"
    ),
    pytest.param("Ebd. Die Zahlen sind zu hoch.", ["Ebd."], id="bare-ebd-then-commentary"),
    pytest.param("Ibid. Vol. 2, 45.", ["Ibid. Vol. 2, 45"], id="bare-ibid-then-its-pinpoint"),
    pytest.param(
        "Ibid., entries for 7 May 1899; TNA, FO 800/402, fol. 17.",
        ["Ibid., entries for 7 May 1899", "TNA, FO 800/402, fol. 17"],
        id="dated-pinpoint-then-an-archive",
    ),
    pytest.param(
        "Ebd., Nr. 18; siehe auch Stadtarchiv Hameln (StAH), Bestand 12, Nr. 345.",
        ["Ebd., Nr. 18", "Stadtarchiv Hameln (StAH), Bestand 12, Nr. 345"],
        id="numbered-pinpoint-then-an-archive",
    ),
]


@pytest.mark.parametrize(("text", "spans"), IBID_ENDS)
def test_an_ibid_ends_before_commentary_and_the_next_source(text: str, spans: list[str]) -> None:
    citations = parse(text)
    assert [c.text for c in citations] == spans
    assert citations[0].kind is Kind.IBID
