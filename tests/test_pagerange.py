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


def test_an_articles_own_range_and_volume_before_its_bracketed_pinpoint() -> None:
    text = "Ada Quill, ‘Tolls’, *The Library*, 6th ser., 14 (1992), 201–23 (p. 205)"
    (citation,) = parse_note(Note(1, text, Span(0, len(text), 1)))
    assert (citation.fields.get("volume"), citation.fields.get("pages")) == ("14", "201–223")


@pytest.mark.parametrize(
    ("text", "pages", "locator"),
    [
        (
            "Ada Quill, ‘Harbour Dues’, *Northern History*, 8 (1954), 83–150 (p. 95)",
            "83–150",
            "p. 95",
        ),
        (
            "Ada Quill, ‘Tolls’, *Port Review*, 57 (1983), 508–25 (pp. 510–14)",
            "508–525",
            "pp. 510–14",
        ),
    ],
)
def test_an_articles_own_range_before_its_bracketed_pinpoint(
    text: str, pages: str, locator: str
) -> None:
    """MHRA prints an article's pages unlabelled and, in brackets, the pages cited."""
    (citation,) = parse_note(Note(1, text, Span(0, len(text), 1)))
    assert (citation.fields.get("pages"), citation.locator) == (pages, locator)
