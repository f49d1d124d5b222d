"""A work's page range is kept whole in the .bib, however the note style shortened it."""

import pytest

from citekit.model import Note, Span
from citekit.parse import parse_note
from citekit.parse.pagerange import full_pages


@pytest.mark.parametrize(
    ("printed", "whole"),
    [
        ("143–54", "143–154"),
        ("1375–409", "1375–1409"),
        ("83–4", "83–84"),
        ("301--41", "301–341"),
        ("143-154", "143–154"),
        ("12–19", "12–19"),
        ("xii–xv", "xii–xv"),
        ("99–12", "99–12"),  # not a range that can be read as shortened: kept as printed
    ],
)
def test_shortened_range_made_whole(printed: str, whole: str) -> None:
    assert full_pages(printed) == whole


def test_article_pages_in_a_note_are_whole_and_the_pinpoint_is_not() -> None:
    text = "Ann Byrd, ‘Ships and Ports’, *Maritime Review*, 12 (1990), pp. 143–54 (p. 150–1)."
    note = Note(1, text, Span(0, len(text), 1))
    (citation,) = parse_note(note)
    assert citation.fields["pages"] == "143–154"
    assert citation.locator == "p. 150–1"
