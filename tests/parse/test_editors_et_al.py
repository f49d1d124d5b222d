"""A chapter's editors closed by "et al.": others, never a name "al., et".

Our own example notes: invented authors and titles.
"""

from __future__ import annotations

import pytest

from citekit.model import Note, Span
from citekit.parse import parse_note


@pytest.mark.parametrize(
    "text",
    [
        "Hale, B. (1991). Salt in the ledgers. In Marsh, R. T., et al., eds. Harbour Records. "
        "Lyon: Tidal Press.",
        'Hale, B. (1991) "Salt in the ledgers", in R. T. Marsh, et al. (editors) Harbour '
        "Records, Lyon: Tidal Press.",
    ],
    ids=["inverted-then-eds", "direct-then-editors"],
)
def test_et_al_after_editors_is_no_name(text: str) -> None:
    (citation,) = parse_note(Note(1, text, Span(0, 0, 1)))
    assert citation.fields["editor"] == "Marsh, R. T. and others"
