"""A family name that is also a word opening prose ("So", "As", "Also") still names authors
when another name follows it after "and": "So and Long, 151"."""

from __future__ import annotations

from pathlib import Path

from tests.markdown_notes import extract_notes

NOTES = (
    "Ana So and Tom Long, “Counting Verse,” *Metre Studies* 4 (2015): 1–20.",
    "So and Long, 12.",
    "See So and Long, 14; and Tom Long, *Slow Lines* (Leeds: Pell, 2019), 3.",
    "So the argument goes, and Long agrees.",
)


def test_a_prose_word_as_the_first_of_two_authors(tmp_path: Path) -> None:
    report = extract_notes(tmp_path, *NOTES)
    by_note = {n: [c for c in report.citations if c.note == n] for n in range(1, 5)}
    article = by_note[1][0].work
    assert [(c.work, c.locator) for c in by_note[2]] == [(article, "12")]
    assert by_note[3][0].work == article
    assert by_note[3][0].locator == "14"
    assert by_note[4] == []
