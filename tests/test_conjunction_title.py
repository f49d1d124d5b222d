"""A conjunction between a semicolon and a title in its marks: "…: 33–82; and *Free to Sail*,
145–66", "…; y *Castigar y perdonar*, 145–66". The word joins two sources; the title opens the
second, which a short title then links to its work, whoever wrote the source before it.

Our own example notes: invented authors and titles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.model import Kind
from tests.mdnotes import extract_notes


@pytest.mark.parametrize("joiner", ["and", "y", "et", "og", "und"])
def test_a_title_after_a_joined_semicolon_is_cited(tmp_path: Path, joiner: str) -> None:
    report = extract_notes(
        tmp_path,
        [
            "Ada Quist, *Free to Sail* (Vale: Vale Press, 1995), 7.",
            f'Bo Lind, "Tides," *Harbour Review* 4 (2004): 33–82; {joiner} *Free to Sail*, 145–66.',
        ],
    )
    second = [c for c in report.citations if c.note == 2]
    assert [(c.kind, c.text, c.locator) for c in second[1:]] == [
        (Kind.SHORT, "*Free to Sail*, 145–66", "145–66")
    ]
    assert second[1].work == report.citations[0].work
