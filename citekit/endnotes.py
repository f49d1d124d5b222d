"""A notes section at the end of plain text, as pandoc's plain writer prints it ("[21] …"):
the further paragraphs of a note.

A note of several paragraphs is printed as its marker and first paragraph, then its other
paragraphs with nothing to mark them ("[21] The EI index … \\frac{…}" + "Originally proposed
in …"). Where every note stands after the last marker in the running text, a paragraph
between note N and note N+1 can only be more of note N. Notes at the feet of pages have body
text between them, which carries the markers of the notes below it; there the rule never
applies.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from citekit import layout

T = TypeVar("T")


def join_further(
    items: list[T], number: Callable[[T], int | None], text: Callable[[T], str],
    join: Callable[[T, T], T],
) -> list[T]:  # fmt: skip
    """ITEMS (paragraphs in order) with each note's further paragraphs JOINed to it."""
    further = further_paragraphs([number(i) for i in items], [text(i) for i in items])
    out: list[T] = []
    for position, item in enumerate(items):
        if position in further:
            out[-1] = join(out[-1], item)
        else:
            out.append(item)
    return out


def further_paragraphs(numbers: Sequence[int | None], texts: Sequence[str]) -> set[int]:
    """Positions of the paragraphs that go on the note before them.

    NUMBERS: each paragraph's note number (None: not a note's first paragraph); TEXTS: each
    paragraph's text. Only paragraphs between two notes numbered one apart are taken.
    """
    notes = [i for i, number in enumerate(numbers) if number is not None]
    if len(notes) < 2 or _markers_after(notes[0], numbers, texts):
        return set()
    out: set[int] = set()
    for before, after in zip(notes, notes[1:], strict=False):
        if numbers[after] == numbers[before] + 1:  # type: ignore[operator]
            out.update(range(before + 1, after))
    return out


def _markers_after(first: int, numbers: Sequence[int | None], texts: Sequence[str]) -> bool:
    """Does a paragraph that is no note, after the FIRST note, carry a note marker ("[12]")?"""
    return any(
        numbers[i] is None and layout.BRACKET_IN_TEXT_RE.search(texts[i])
        for i in range(first, len(texts))
    )
