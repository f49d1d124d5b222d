"""Statutes that name themselves whole (parse.statutes): title and year, or code, title number
and publisher; the section is the pinpoint."""

from __future__ import annotations

from citekit.parse.statutes import parse_statute, parse_statute_short


def test_a_code_section_with_its_publisher() -> None:
    parsed = parse_statute("7 U.S.C.A. § 136a (West)")
    assert parsed is not None
    assert parsed.entry_type == "misc"
    assert parsed.fields == {"journal": "U.S.C.A.", "volume": "7", "publisher": "West"}
    assert parsed.locator == "§ 136a"


def test_a_code_section_with_its_year() -> None:
    parsed = parse_statute("17 U.S.C. § 107 (2018)")
    assert parsed is not None
    assert parsed.fields == {"journal": "U.S.C.", "volume": "17", "year": "2018"}


def test_a_statute_by_title_year_and_section() -> None:
    parsed = parse_statute("Harbour Dues Convention, 12 May 1921, Art. 4, 9")
    assert parsed is not None
    assert parsed.fields == {"title": "Harbour Dues Convention", "year": "1921"}
    assert parsed.locator == "Art. 4, 9"
    named = parse_statute("Coastal Waters Protection Act of 2004")
    assert named is not None
    assert named.fields == {"title": "Coastal Waters Protection Act of 2004", "year": "2004"}


def test_no_statute_without_its_year_or_code() -> None:
    assert parse_statute("Harbours Bill, sec. 4") is None
    assert parse_statute("The Harbours Act changed the dues") is None


def test_the_year_closing_a_code_pinpoint_is_the_statutes() -> None:
    parsed = parse_statute("Harbour Procedure Act § 4(b), 33 U.S.C. § 912 (2016)")
    assert parsed is not None
    assert parsed.fields == {"title": "Harbour Procedure Act", "year": "2016"}
    assert parsed.locator == "§ 4(b), 33 U.S.C. § 912"


def test_the_name_ends_at_the_comma_after_its_legislation_word() -> None:
    parsed = parse_statute("Hens (Wales) Regulations, Pub. L. SI 2011/1412 (2011), § 17")
    assert parsed is not None
    assert parsed.fields == {"title": "Hens (Wales) Regulations", "year": "2011"}
    assert parsed.locator == "§ 17"


def test_a_short_form_of_a_statute_is_its_name_and_section() -> None:
    parsed = parse_statute_short("Hens (Wales) Regulations, § 4")
    assert parsed is not None
    assert (parsed.fields, parsed.locator) == ({"title": "Hens (Wales) Regulations"}, "§ 4")
    assert parse_statute_short("Hens, Geese and Ducks, 4") is None
