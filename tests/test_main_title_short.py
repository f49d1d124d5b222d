"""A short form that is the main title of a work cited in full, before its subtitle, with a
pinpoint: "Hearings on the Federal Reserve System, 52" after "Committee on Banking, Hearings on
the Federal Reserve System: Testimony of Bankers (…), 45". Chicago's short title is the main
title; its small words ("on the") give it the look of prose that only the known title answers.

Our own example notes: invented committees and titles.
"""

from __future__ import annotations

from pathlib import Path

from citekit.model import Kind
from tests.mdnotes import extract_notes

NOTES = [
    "Committee on Harbours, Hearings on the Vale Harbour Board: Testimony of Pilots "
    "(Vale: Vale Printing Office, 1934), 45.",
    "Hearings on the Vale Harbour Board, 52.",
    "Hearings on the Vale Harbour Board, 53; see also Ada Quist, *Free to Sail* "
    "(Vale: Vale Press, 1995), 7.",
    "Hearings on the Vale Lighthouse, 9.",
]


def _report(tmp_path: Path):
    return extract_notes(tmp_path, NOTES)


def test_the_main_title_and_a_pinpoint_is_a_short_form(tmp_path: Path) -> None:
    report = _report(tmp_path)
    first = {c.note: c for c in report.citations if c.index == 0}
    assert [(first[n].kind, first[n].locator) for n in (2, 3)] == [
        (Kind.SHORT, "52"),
        (Kind.SHORT, "53"),
    ]
    assert first[2].work == first[3].work == first[1].work


def test_a_title_nobody_cites_in_full_is_not_taken_for_one(tmp_path: Path) -> None:
    report = _report(tmp_path)
    assert all(c.work != report.citations[0].work for c in report.citations if c.note == 4)
