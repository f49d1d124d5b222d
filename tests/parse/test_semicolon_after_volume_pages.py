"""A semicolon after a volume and its pages ("3:92–101") ends the citation: the colon of
"volume:pages" is no subtitle's. Our own made-up note."""

from __future__ import annotations

from tests.parse.notes import parse


def test_a_semicolon_after_volume_and_pages_ends_the_short_form() -> None:
    first, second = parse("Hale, *Tides*, 3:92–101; Byrne to Hale, 12 May 1799, Hale Papers.")
    assert (first.text, first.locator) == ("Hale, *Tides*, 3:92–101", "3:92–101")
    assert second.text.startswith("Byrne to Hale")
