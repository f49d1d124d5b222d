"""A note that breaks off on a comma right after its imprint (real13 quell n. 9)."""

from __future__ import annotations

from citekit.notes import truncation


def test_a_comma_after_the_imprint_is_where_the_page_went_missing():
    note = "Uta Kern and Ivo Brandt, *A Thousand Coasts* (Halden: Norm Press, 1988),"
    assert (truncation(note, whole=True) or "").startswith("breaks off before its page number")


def test_a_comma_after_an_access_date_ends_a_list_of_sources():
    assert (
        truncation("Quist, <https://example.org> (accessed on March 14, 2017),", whole=True) is None
    )


def test_a_comma_after_a_listed_source_ends_a_list():
    assert truncation("Quist, *Coasts*, 45,", whole=True) is None
