"""ISO 690 chapters with the book in italics: "FAMILY, Given. Chapter. In: EDITOR, G. (ed.),
*Book*. Place: Publisher, Year" and the Romanian, Czech and Polish words for "in" (invented
citations)."""

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
