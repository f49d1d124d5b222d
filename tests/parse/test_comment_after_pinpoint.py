"""A citation that closed with its pinpoint is finished: a sentence of comment after it that
names a year ("… appeared in 1876 as …", "An image of … (1911) is available …") is not the
rest of its title or imprint."""

from __future__ import annotations

import pytest

from citekit.model import Note, Span
from citekit.parse import build_context, parse_note


def _spans(text: str) -> list[str]:
    note = Note(1, text, Span(0, len(text), 1))
    return [c.text for c in parse_note(note, build_context([text]))]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Ingrid Solberg, Harbour Lights: The Lamps of Bergen, 1850–1900, 2nd ed. (Oslo: "
            "Fjord Press, 2004), 61–66. Solberg's first edition appeared in 1977 as Lamps and "
            "Ledgers, 1850; the pagination differs.",
            "Ingrid Solberg, Harbour Lights: The Lamps of Bergen, 1850–1900, 2nd ed. (Oslo: "
            "Fjord Press, 2004), 61–66",
        ),
        (
            "Quoted in Dahl, “Harbour Dues and Ferries,” 3–4. A drawing of the old quay (1911) "
            "is kept in the city museum.",
            "Dahl, “Harbour Dues and Ferries,” 3–4",
        ),
    ],
)
def test_comment_after_the_pinpoint_is_no_part_of_the_citation(text: str, first: str) -> None:
    assert _spans(text)[0] == first
