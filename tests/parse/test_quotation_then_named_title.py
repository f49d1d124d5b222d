"""A note that quotes a passage and then names its source as older notes do, name and marked
title and a pinpoint, no imprint: the source is a citation, the quotation is not
(citekit.parse.quotelead)."""

from citekit.model import Note, Span
from citekit.parse import build_context, parse_note


def _cited(text: str) -> list[str]:
    note = Note(1, text, Span(0, len(text), 1))
    return [c.text for c in parse_note(note, build_context([text]))]


def test_a_name_and_title_after_a_quoted_passage_is_its_source() -> None:
    text = (
        "“As I go on in this life, day by day, I become more of a puzzled child; the commonest"
        " things are a burden.” T. H. Varlow: *Letters*, II 355"
    )
    assert _cited(text) == ["T. H. Varlow: *Letters*, II 355"]


def test_prose_after_a_quoted_passage_cites_nothing() -> None:
    text = (
        "“I have had much comfort lately in meditating on the passages, as he said.” Varlow"
        " argues in *Memorials of the Fens* that this is so."
    )
    assert _cited(text) == []
