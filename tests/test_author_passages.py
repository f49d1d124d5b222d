"""An ancient author cited by name and passage after the edition is given in full once:
"Thucydides 2.36.1", "Thuc. 2.40.1", "the passage is Thucydides 1.22.1" (classicists' habit;
corpus26's student paper, corpus18's "Dem. 21.154–55").

Our own example notes: invented editions and commentators.
"""

from __future__ import annotations

from pathlib import Path

from citekit.model import Kind
from tests.mdnotes import extract_notes

NOTES = [
    "Polybius, *The Histories of the Middle Sea*, trans. Ada Quist (Vale: Vale Press, 1991), 12.",
    "Polybius 3.22.4.",
    "Polyb. 6.11.2. The translation here is my own.",
    "Bo Halden, *A Companion to Polybius* (Vale: Harbour Press, 2004), 41-60.",
    "Ibid., 52; the passage is Polybius 1.1.5.",
    "Polybius 2.14.3-2.15.1; Halden, 57.",
    "Po. 4.2.1.",
    "Smith 2.3.",
]


def _report(tmp_path: Path):
    return extract_notes(tmp_path, NOTES)


def _passages(report) -> dict[int, tuple[str, str | None, bool]]:
    first = next(c for c in report.citations if c.note == 1).work
    return {
        c.note: (c.kind, c.locator, c.work == first)
        for c in report.citations
        if c.note in (2, 3, 5, 6) and c.text.startswith("Poly")
    }


def test_an_authors_passage_is_a_short_form_of_the_edition(tmp_path: Path) -> None:
    assert _passages(_report(tmp_path)) == {
        2: (Kind.SHORT, "3.22.4", True),
        3: (Kind.SHORT, "6.11.2", True),  # the name's opening, with a full stop
        5: (Kind.SHORT, "1.1.5", True),  # after a lead-in and another citation
        6: (Kind.SHORT, "2.14.3-2.15.1", True),
    }


def test_no_passage_for_a_short_opening_or_an_uncited_name(tmp_path: Path) -> None:
    cited = {c.note for c in _report(tmp_path).citations}
    assert 8 not in cited  # nobody called Smith is cited
    assert 7 not in cited  # "Po": two letters open too many names to stand for one
