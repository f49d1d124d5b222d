"""Bluebook cases as a US law review prints them (tests/corpus6): reporters with a series
number ("F.3d", "F.4th"), parties with commas ("Epic Games, Inc."), abbreviations inside a
party ("Am. Express"), and short forms that name either party ("*Trinko*, 540 U.S. at 407")."""

from __future__ import annotations

from citekit.model import Kind
from tests.parse.notes import parse
from tests.test_resolve import assert_resolution

EPIC = "Epic Games, Inc. v. Apple, Inc., 67 F.4th 946, 983–86 (9th Cir. 2023)."
TRINKO = "Verizon Commc'ns Inc. v. Law Offices of Curtis V. Trinko, LLP, 540 U.S. 398, 409 (2004)."
AMEX = "Ohio v. Am. Express Co., 138 S. Ct. 2274, 2286–87 (2018)."


def test_a_case_in_a_numbered_series_is_a_case_not_a_book():
    (cited,) = parse(EPIC)
    assert cited.entry_type == "misc"  # the court in brackets is no publisher
    assert cited.fields == {
        "title": "Epic Games, Inc. v. Apple, Inc.",
        "volume": "67",
        "pages": "946",
        "year": "2023",
    }
    assert cited.locator == "983–86"


def test_an_abbreviated_party_stays_in_the_case_name():
    (cited,) = parse(AMEX)
    assert cited.text == AMEX.rstrip(".")
    assert cited.fields["title"] == "Ohio v. Am. Express Co."


def test_a_short_case_form_with_a_series_reporter():
    (cited,) = parse("*Microsoft*, 253 F.3d at 79.")
    assert (cited.kind, cited.locator, cited.fields["volume"]) == (Kind.SHORT, "79", "253")


def test_a_short_case_form_may_name_the_second_party():
    assert_resolution(
        ("trinko", TRINKO),
        ("amex", AMEX),
        ("trinko", "*Trinko*, 540 U.S. at 407."),
        ("amex", "*Am. Express*, 138 S. Ct. at 2290."),
    )


def test_a_treatise_section_is_the_pinpoint_of_a_bluebook_book():
    (cited,) = parse("4 Orlam Vire & Ada Vire, Vire on Harbours § 13.05[A][1] (2019).")
    assert (cited.locator, cited.fields["title"], cited.fields["volume"]) == (
        "§ 13.05[A][1]",
        "Vire on Harbours",
        "4",
    )
    (italic,) = parse("Ada Quist, *Quist on Tolls* § 65:1 (4th ed. 2007).")
    assert (italic.locator, italic.fields["title"], italic.fields["edition"]) == (
        "§ 65:1",
        "Quist on Tolls",
        "4th",
    )


def test_a_treatise_volume_opens_the_citation_after_a_signal_and_prose():
    (cited,) = parse("See 24 Ada Quist, *Quist on Tolls* § 65:1 (4th ed. 2007).")
    assert cited.text.startswith("24 Ada Quist")
    assert (cited.fields["volume"], cited.fields["author"]) == ("24", "Quist, Ada")
    (after,) = parse("First, tolls are limited. See 4 Ada Quist, *Quist on Tolls* § 13 (2019).")
    assert after.text.startswith("4 Ada Quist")  # "First," opens prose, not a name
    assert after.locator == "§ 13"
