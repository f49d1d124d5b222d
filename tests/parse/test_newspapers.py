"""Newspaper articles as Chicago (and Zotero) cite them: the section and edition an article
ran in are no field of the work, and a section named "Review" makes no review citation.

Our own example notes: invented authors, titles and papers.
"""

from __future__ import annotations

import pytest

from citekit.model import Kind, Note, Span
from citekit.parse import parse_note


@pytest.mark.parametrize(
    ("text", "kind", "fields"),
    [
        ("Ann Dale, “A Thing of Wonder, Says Every Critic,” *The Sunday Courier*, "
         "October 17, 2004, sec. Review.", Kind.FULL,
         {"author": "Dale, Ann", "title": "A Thing of Wonder, Says Every Critic",
          "journal": "The Sunday Courier", "year": "2004", "month": "October"}),
        ("Bo Lind, ‘Ports Reopen’, *The Evening Ledger*, 3 November 2016, National edition, "
         "sec. Business.", Kind.FULL,
         {"author": "Lind, Bo", "title": "Ports Reopen", "journal": "The Evening Ledger",
          "year": "2016", "month": "November"}),
        ("Academies Bill, sec. 20.", Kind.SHORT, {"title": "Academies Bill"}),
    ],
    ids=["section-review", "edition-and-section", "a-statutes-section-stays"],
)  # fmt: skip
def test_a_papers_section_is_no_field(text: str, kind: Kind, fields: dict[str, str]) -> None:
    (citation,) = parse_note(Note(1, text, Span(0, 0, 1)))
    assert citation.kind == kind
    assert dict(citation.fields) == fields
