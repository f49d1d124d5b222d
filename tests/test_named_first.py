"""A first citation that names its author in full with only a title ("Mara Lindqvist,
*Orchard Book 2: The Later Years*, 14") is the work's full citation, not a short form with
nothing behind it; its later "Lindqvist, *Orchard Book 2*, 20" is the short form.

Our own example notes: invented authors, titles and pages.
"""

from __future__ import annotations

from pathlib import Path

from citekit.model import Code, Kind
from tests.mdnotes import extract_notes

FIRST = "Mara Lindqvist, *Orchard Book 2: The Later Years*, 14."
LATER = "Lindqvist, *Orchard Book 2*, 20."


def test_a_first_citation_naming_the_author_in_full_is_full(tmp_path: Path) -> None:
    report = extract_notes(tmp_path, [FIRST, LATER])
    first, later = report.citations
    assert (first.kind, later.kind) == (Kind.FULL, Kind.SHORT)
    assert first.work == later.work
    assert not [d for d in report.diagnostics if d.code is Code.SHORT_WITHOUT_FULL]


def test_a_quoted_title_counts_as_set_off(tmp_path: Path) -> None:
    note = "Mara Lindqvist, ‘Letter to her cousin, 3 May 1688’. County Archive, MS 12/4."
    (cited,) = extract_notes(tmp_path, [note]).citations
    assert cited.kind is Kind.FULL


def test_a_repeat_of_an_earlier_full_citation_stays_short(tmp_path: Path) -> None:
    full = "Mara Lindqvist, *Orchard Book 2: The Later Years* (Leith: Harbour Press, 1990), 3."
    _, again = extract_notes(tmp_path, [full, FIRST]).citations
    assert again.kind is Kind.SHORT


def test_an_italian_cit_keeps_the_short_form(tmp_path: Path) -> None:
    (cited,) = extract_notes(tmp_path, ["Mara Lindqvist, *Orchard Book*, cit., p. 3."]).citations
    assert cited.kind is Kind.SHORT
