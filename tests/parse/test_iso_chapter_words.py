"""ISO 690 chapters with the book in italics: "FAMILY, Given. Chapter. In: EDITOR, G. (ed.),
*Book*. Place: Publisher, Year" and the Romanian, Czech and Polish words for "in"; authors
joined by the styles' words for "and" (invented citations)."""

from __future__ import annotations

import pytest

from tests.parse.notes import parse

CHAPTERS = [
    "OKAFOR, Mary. Rivers and towns. In: BELLO, Ada (ed.), *Trade in the Delta*. Lagos: "
    "Ibadan Press, 2011, p. 40.",
    "OKAFOR, Mary. Rivers and towns. În: BELLO, Ada (ed.), *Trade in the Delta*. Lagos: "
    "Ibadan Press, 2011, p. 40.",
    "OKAFOR, Mary. Rivers and towns. In: *Trade in the Delta*. Lagos: Ibadan Press, 2011, p. 40.",
]


@pytest.mark.parametrize("text", CHAPTERS)
def test_the_plain_sentence_before_in_is_the_chapter_the_italics_its_book(text: str) -> None:
    (found,) = parse(text)
    assert found.entry_type == "incollection"
    assert found.fields["title"] == "Rivers and towns"
    assert found.fields["author"] == "Okafor, Mary"
    assert found.fields["booktitle"] == "Trade in the Delta"
    assert found.fields["publisher"] == "Ibadan Press"


@pytest.mark.parametrize("joiner", ["și", "og", "och", "ve"])
def test_authors_joined_by_the_styles_and_still_head_an_iso_article(joiner: str) -> None:
    """Romanian, Norwegian, Swedish, Turkish ISO 690: "LOESS, H și WAUGH, N C. Title. *J*."."""
    (found,) = parse(
        f"OKAFOR, M {joiner} BELLO, A C. Rivers and towns. *Journal of Delta Studies*. 1967, "
        "Vol. 6, p. 456."
    )
    assert found.entry_type == "article"
    assert found.fields["title"] == "Rivers and towns"
    assert found.fields["author"] == "Okafor, M and Bello, A C"
