"""A chapter in one volume of a multi-volume book (refvolumepart), and such an entry as a note,
read whole (entryruns: the volume's title is no commentary). Entries written for these tests."""

from __future__ import annotations

import pytest

from citekit.parse.reference import parse_reference
from tests.parse.notes import parse

APA = (
    "Moss, P., & Lund, E. (2001). Harbour speech. In R. Sand & T. Ruiz (Eds.), Handbook of "
    "coastal life: Vol. 2. Ports, quays, and their towns (3rd ed., pp. 101–144). Leeds: Quay Press."
)


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (  # APA: "Vol. 2." closed by a period, the volume's title, edition and pages in brackets
            APA,
            {
                "booktitle": "Handbook of coastal life",
                "volume": "2",
                "note": "Vol. 2: Ports, quays, and their towns",
                "pages": "101–144",
                "publisher": "Quay Press",
            },
        ),
        (  # a roman number and a colon, the pages in brackets of their own
            "Hale, Ruth. 1990. Tides. In P. Moss & E. Lund (eds.), Handbook of coastal life, "
            "vol. IV: Harbours (2nd edn) (45–67). Leeds: Quay Press.",
            {"booktitle": "Handbook of coastal life", "volume": "IV", "pages": "45–67"},
        ),
        (  # the pages after a comma
            "Hale, Ruth. 1990. Nets. In Handbook of coastal life, vol. 3: Boats, 45–67. "
            "Leeds: Quay Press.",
            {"booktitle": "Handbook of coastal life", "volume": "3", "note": "Vol. 3: Boats"},
        ),
    ],
)
def test_a_volume_of_a_set_is_read_out_of_the_book(entry, expected):
    fields = parse_reference(entry).fields
    assert {k: fields.get(k) for k in expected} == expected


def test_a_book_without_a_volume_keeps_its_title():
    fields = parse_reference(
        "Hale, Ruth. 2006. Counting boats. In P. Moss & E. Lund (eds.), Small harbours: "
        "A survey (45–67). Leeds: Quay Press."
    ).fields
    assert fields["booktitle"] == "Small harbours: A survey"
    assert "volume" not in fields


def test_the_volume_s_title_is_no_commentary_after_the_entry():
    (citation,) = parse(APA)
    assert citation.fields["publisher"] == "Quay Press"


def test_a_series_volume_before_the_publisher_is_no_volume_of_a_set():
    fields = parse_reference(
        "Lund, P., Moss, E.: Tidal reach. In: HARB. Harbour Workshop Proceedings, vol. 2072. "
        "Quay-WS.org (2018)"
    ).fields
    assert "note" not in fields


def test_prose_citing_pages_after_an_entry_is_still_commentary():
    citations = parse(
        "Lund, Piet. 1998. Harbour Towns. Leeds: Quay Press. He argues this point at length in "
        "the later chapters (pp. 45–50)."
    )
    assert citations[0].fields["publisher"] == "Quay Press"
