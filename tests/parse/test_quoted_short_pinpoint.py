"""A short form whose page follows the closing quotation mark ("Lind, “Harbour Dues,” 12", the
American habit of the comma inside the quotes) or a closed title with no comma ("*Tide
Tables* 2:177") has its pinpoint: a sentence of comment after it that names a year is not the
rest of its imprint."""

from __future__ import annotations

import pytest

from citekit.model import Kind, Note, Span
from citekit.parse import build_context, parse_note


def _cited(text: str) -> list[tuple[Kind, str]]:
    note = Note(1, text, Span(0, len(text), 1))
    return [(c.kind, c.text) for c in parse_note(note, build_context([text]))]


@pytest.mark.parametrize(
    ("text", "short"),
    [
        (
            "Lind, “Harbour Dues and the Ferrymen,” 12. Lind does not say when the toll was "
            "raised, but it was likely in the spring of 1871, when the quay was rebuilt.",
            "Lind, “Harbour Dues and the Ferrymen,” 12",
        ),
        (
            "Okafor, “Salt Roads,” 14–15. Okafor does not say when the caravans crossed, but it "
            "was likely in the spring of 1902, when the wells were full.",
            "Okafor, “Salt Roads,” 14–15",
        ),
        (
            "Marsh, *Tide Tables of the Lower Reach* 2:177. The ledger’s first entry dates to "
            "9 August 1838.",
            "Marsh, *Tide Tables of the Lower Reach* 2:177",
        ),
    ],
)
def test_page_after_closed_title_ends_the_short_form(text: str, short: str) -> None:
    assert _cited(text)[0] == (Kind.SHORT, short)
