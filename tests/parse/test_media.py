"""Works a note says are no books: films, music videos, photographs, plays, software
(Zotero's Chicago notes name the medium after the italic title).

Our own example notes: invented makers and titles.
"""

from __future__ import annotations

import pytest

from citekit.model import Note, Span
from citekit.parse import parse_note


@pytest.mark.parametrize(
    ("text", "entry_type"),
    [
        ("Ada Reyes, *Salt Water*, Music video (Harbour Records, 1996).", "misc"),
        ("Bo Lind, *The Quay at Dusk*, Photograph, gelatin silver print, 1929.", "misc"),
        ("Harbour Labs, *Tidewright*, version 2.2.1, Mac OS X (Harbour Labs, 2014).", "misc"),
        ("Ada Reyes, *Low Tide*, Drama, Romance, (2004).", "misc"),
        ("Ada Reyes, *Tides of Trade*, 2nd ed. (London: Verso, 2001).", "book"),
    ],
    ids=["music-video", "photograph", "software-version", "film-genre", "a-book-stays"],
)
def test_a_medium_after_the_title_makes_no_book(text: str, entry_type: str) -> None:
    (citation,) = parse_note(Note(1, text, Span(0, 0, 1)))
    assert citation.entry_type == entry_type
