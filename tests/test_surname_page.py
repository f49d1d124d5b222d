"""MLA's short form typed in notes: a cited author's family name and a page, no comma
("Lepore 133.", "Van Slyck 6.", "Quoted in Ryley."; real20's library history).

Our own example notes: invented authors and titles.
"""

from __future__ import annotations

from pathlib import Path

from citekit.model import Kind
from tests.mdnotes import extract_notes

NOTES = [
    "Ada Quist, “Harbour Lives,” *The Vale Journal of History* 88.1 (2001): 129-144.",
    "Bo van Halden, *Free to Sail* (Vale: Vale Press, 1995), 7-8.",
    "Quist 133.",
    "Van Halden 6.",
    "Quoted in Quist.",
    "Quist 2001.",
    "Hamlet 3.",
]


def _report(tmp_path: Path):
    return extract_notes(tmp_path, NOTES)


def test_a_cited_authors_name_and_page_is_a_short_form(tmp_path: Path) -> None:
    report = _report(tmp_path)
    by_note = {c.note: c for c in report.citations}
    assert [by_note[n].kind for n in (3, 4, 5)] == [Kind.SHORT] * 3
    assert [by_note[n].locator for n in (3, 4, 5)] == ["133", "6", None]
    assert by_note[3].work == by_note[1].work
    assert by_note[4].work == by_note[2].work
    assert by_note[5].work == by_note[1].work


def test_a_year_or_an_uncited_name_is_no_such_short_form(tmp_path: Path) -> None:
    by_note = {c.note: c for c in _report(tmp_path).citations}
    assert 7 not in by_note  # nobody called Hamlet is cited
    assert by_note.get(6) is None or by_note[6].locator != "2001"  # "Quist 2001": author-date
