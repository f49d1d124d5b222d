"""A short form of a known work at the end of a note's prose, in a note the first reading
found nothing in: a sentence that is a known title and a pinpoint, or known authors' names and
a pinpoint closing a sentence of commentary. Our own example notes."""

from __future__ import annotations

from citekit.model import Kind, Note, Span
from citekit.parse import build_context, parse_note, second_reading
from citekit.parse.known import learn
from citekit.parse.knownsentence import known_stretches

FULL = "Hanna Lorrimer, The Weaving Towns of Flanders (Leeds: Marsh Press, 1987), 12."
PAIR = "Otto Brandel and Ruth Keswick (eds), Harbour Dues of the Hanse (Bristol: Tide, 1972)."


def read(texts: list[str]) -> list[list[tuple[str, Kind]]]:
    notes = [Note(number=i, text=t, span=Span(0, 0, i)) for i, t in enumerate(texts, start=1)]
    context = build_context(texts)
    found = second_reading(notes, [parse_note(n, context) for n in notes], context)
    return [[(c.text, c.kind) for c in cited] for cited in found]


def test_known_title_and_pinpoint_before_more_prose() -> None:
    found = read([FULL, "The Weaving Towns, p. 85. Compare, too, pp. 14–19 and 200."])
    assert found[1] == [("The Weaving Towns, p. 85", Kind.SHORT)]


def test_known_author_and_pinpoint_closing_commentary() -> None:
    found = read([FULL, "See n. 1 above, and Lorrimer, 44-46."])
    assert found[1] == [("Lorrimer, 44-46", Kind.SHORT)]


def test_known_pair_of_editors_and_a_volume_pinpoint() -> None:
    found = read([PAIR, "See below, 80–2, and Brandel and Keswick, ii. 31."])
    assert found[1] == [("Brandel and Keswick, ii. 31", Kind.SHORT)]


def test_an_author_never_cited_in_full_is_prose() -> None:
    """The evidence is the full citation: a name the document never cites stays prose."""
    assert read(["See n. 1 above, and Lorrimer, 44-46."]) == [[]]


def test_one_word_of_a_title_is_no_short_form() -> None:
    known = learn([{"author": "Lorrimer, Hanna", "title": "The Weaving Towns of Flanders"}])
    assert known_stretches("Towns, p. 3. And more.", known, known) == []
    assert known_stretches("As Lorrimer says of it, 12 looms stood idle.", known, known) == []
