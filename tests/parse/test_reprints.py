"""Imprints with a second printing, volumes over years, a thesis mark, an edition; statutes
with their jurisdiction (issue 10, tests/corpus5)."""

from __future__ import annotations

import pytest

from citekit.parse.imprint import parse_imprint, parse_paren_imprint
from citekit.parse.shortforms import is_author_date, is_statute
from citekit.parse.statutes import parse_statute


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Oxford, 1952; repr. 1985", {"address": "Oxford", "year": "1952"}),
        ("Berkeley, 2000; first publ. London, 1967", {"address": "Berkeley", "year": "2000"}),
        (
            "1932; repr., New York: Dover, 1999",
            {"address": "New York", "publisher": "Dover", "year": "1999"},
        ),
        (
            "Oxford: Clarendon Press, 1991–2008",
            {"address": "Oxford", "publisher": "Clarendon Press", "year": "1991–2008"},
        ),
        ("Lund: Arkiv 1986", {"address": "Lund", "publisher": "Arkiv", "year": "1986"}),
        ("diss. Lund: Arkiv 1986", {"address": "Lund", "publisher": "Arkiv", "year": "1986"}),
    ],
    ids=["repr", "first-publ", "reprint-imprint", "year-span", "plain", "thesis-mark"],
)
def test_imprint(body: str, expected: dict[str, str]) -> None:
    assert parse_imprint(body) == expected


def test_an_edition_among_a_bracketed_imprint_is_no_address() -> None:
    assert parse_paren_imprint("LexisNexis Butterworths, 3rd ed, 2015") == {
        "publisher": "LexisNexis Butterworths",
        "year": "2015",
        "edition": "3rd",
    }
    assert parse_paren_imprint("2nd edn, 2005") == {"year": "2005", "address": "2nd edn"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hornblower 1991–2008: i. 298", True),
        ("Gomme 1956: 195", True),
        ("München 1926, S. 365", False),
    ],
)
def test_author_date_with_a_span_of_years_or_a_volume(text: str, expected: bool) -> None:
    assert is_author_date(text) is expected


@pytest.mark.parametrize(
    ("text", "title", "locator"),
    [
        ("*Native Title Act 1993* (Cth)", "Native Title Act 1993", None),
        ("*Racial Discrimination Act 1975* (Cth) s 10", "Racial Discrimination Act 1975", "s 10"),
    ],
)
def test_statute_with_its_jurisdiction(text: str, title: str, locator: str | None) -> None:
    assert is_statute(text)
    parsed = parse_statute(text)
    assert parsed is not None
    assert (parsed.entry_type, parsed.fields["title"], parsed.locator) == ("misc", title, locator)


def test_a_book_with_a_place_in_brackets_is_no_statute() -> None:
    assert not is_statute("*The Law of the Land* (Penguin, 1987)")
