"""Notes of a document of entries that the note grammar misreads, read whole as entries
(citekit.parse.entryreading), and the notes that must keep the note grammar's reading."""

from __future__ import annotations

import pytest

from citekit.model import Kind, Note, Span
from citekit.parse import build_context, parse_note

# the document's other notes: reference-list entries (APA), so that it is a document of entries
ENTRIES = (
    "Brandt, J. (2004). River towns of the north. Journal of Urban Lore, 12(3), 44–61.",
    "Keller, A., & Moss, T. (2010). Bridges and their keepers. Oxford: Harbour Press.",
    "Lind, P. (1999). Mills on the water. Rural History Review, 7, 101–120.",
    "Ortega, M. (2015). The ferryman's ledger. Madrid: Ediciones Vado.",
)


def parse(text: str) -> tuple:
    context = build_context([text, *ENTRIES])
    return parse_note(Note(number=1, text=text, span=Span(0, 0, 1)), context)


@pytest.mark.parametrize(
    ("text", "entry_type", "expected"),
    [
        pytest.param(
            "Die Stadt am Fluss. In: Anna Keller, Jonas Brandt (Hrsg.): Orte der Erinnerung. "
            "Bern: Lindenhof 2011, S. 45-60.",
            "incollection",
            {
                "title": "Die Stadt am Fluss",
                "editor": "Keller, Anna and Brandt, Jonas",
                "booktitle": "Orte der Erinnerung",
                "pages": "45–60",
                "publisher": "Lindenhof",
            },
            id="title-first-chapter-with-editors-in-colon",
        ),
        pytest.param(
            "The ferry tolls of the lower valley. Tomás Ruiz, Elena Vidal, and Pablo Sanz. "
            "2012, Hist. Rivers J., Vol. 8(2), pp. 33–47.",
            "article",
            {
                "title": "The ferry tolls of the lower valley",
                "volume": "8",
                "number": "2",
                "pages": "33–47",
                "year": "2012",
            },
            id="title-then-names-then-journal",
        ),
    ],
)
def test_note_read_whole_as_entry(text: str, entry_type: str, expected: dict) -> None:
    (citation,) = parse(text)
    assert citation.kind is Kind.FULL
    assert citation.entry_type == entry_type
    assert {k: citation.fields.get(k) for k in expected} == expected
    assert citation.locator is None  # an entry's pages are the part's, not a pinpoint


@pytest.mark.parametrize(
    ("text", "kind", "locator"),
    [
        pytest.param(
            "Keller, Bridges and their keepers, 52.", Kind.SHORT, "52", id="short-form-stays-short"
        ),
        pytest.param(
            "Anna Keller, Bridges and Their Keepers (Oxford: Harbour Press, 2010), 52.",
            Kind.FULL,
            "52",
            id="note-imprint-in-parentheses-keeps-its-pinpoint",
        ),
        pytest.param(
            "On the mills, see Lind, Mills on the water, 105.",
            Kind.SHORT,
            "105",
            id="commentary-around-a-short-form",
        ),
    ],
)
def test_note_keeps_note_reading(text: str, kind: Kind, locator: str) -> None:
    (citation,) = parse(text)
    assert citation.kind is kind
    assert citation.locator == locator
