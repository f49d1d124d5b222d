"""A title that nothing marks and a pinpoint, cited again in other notes: "Harbour Dues (Piers
and Slipways), 47 (statement of …)." A hearing, a report or an unsigned work cited without its
author after the first time; set in roman (or in plain text) it reads as prose, and only the
title's coming back in another note, or opening one, tells it is a citation. A family name
cited so ("Quist Moreno, 17") names the author of a work whose full citation is elsewhere, and
a work cited only by short forms is reported once, at its first.

Our own example notes: invented hearings, authors and titles.
"""

from __future__ import annotations

from pathlib import Path

from citekit.model import Code, Kind
from tests.mdnotes import extract_notes

HEARING = [
    "Harbour Dues (Piers and Slipways): Hearing on S. 44 Before the Committee on Harbours, "
    "71st Cong., 2nd sess. (1930).",
    "Harbour Dues (Piers and Slipways), 47.",
    "Harbour Dues (Piers and Slipways), 52 (statement of Ada Quist, pilot).",
    "Rules for Dredging the Outer Basin, 8 (statement of a pilot).",
    "Rules for Dredging the Outer Basin, 9.",
]


def test_a_title_cited_again_is_a_short_form(tmp_path: Path) -> None:
    report = extract_notes(tmp_path, HEARING)
    cited = {c.note: c for c in report.citations}
    assert [(cited[n].kind, cited[n].locator) for n in (2, 3, 4, 5)] == [
        (Kind.SHORT, "47"),
        (Kind.SHORT, "52"),
        (Kind.SHORT, "8"),
        (Kind.SHORT, "9"),
    ]
    assert cited[2].work == cited[3].work
    assert cited[4].work == cited[5].work


def test_a_family_name_cited_again_names_the_author(tmp_path: Path) -> None:
    report = extract_notes(
        tmp_path,
        [
            "Quist Moreno, *Los puertos del norte*, 26.",
            "Quist Moreno, 17.",
            "On the dues, see Ada Quist, *Free to Sail* (Vale: Vale Press, 1995), 7.",
            "Quist Moreno, 15 y 25.",
        ],
    )
    cited = {c.note: c for c in report.citations}
    assert cited[2].work == cited[4].work == cited[1].work
    found = [d.note for d in report.diagnostics if d.code is Code.SHORT_WITHOUT_FULL]
    assert found == [1]
