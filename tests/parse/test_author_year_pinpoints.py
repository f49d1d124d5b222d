"""Author-year short forms ("Name (Year), S. 140") whose pinpoint is a preface's capital roman
page or a note on a page, or that a sentence word opens; and the year a work cited only so
keeps. Invented names."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit import extract
from citekit.model import Kind
from tests.parse.notes import parse


@pytest.mark.parametrize(
    ("note", "short", "locator"),
    [
        ("Brandauer (1888), S. XI.", "Brandauer (1888), S. XI", "S. XI"),
        ("Brandauer (1888), p. XLIX.", "Brandauer (1888), p. XLIX", "p. XLIX"),
        ("Brandauer (1888), S. XLVI–LVI.", "Brandauer (1888), S. XLVI–LVI", "S. XLVI–LVI"),
        ("Holler (2008), S. 288, Anm. 15.", "Holler (2008), S. 288, Anm. 15", "S. 288, Anm. 15"),
        ("Holler (2008), p. 28, n. 4.", "Holler (2008), p. 28, n. 4", "p. 28, n. 4"),
    ],
)
def test_capital_roman_pages_and_notes_are_pinpoints(note, short, locator):
    (cited,) = parse(note)
    assert (cited.kind, cited.text, cited.locator) == (Kind.SHORT, short, locator)


@pytest.mark.parametrize(
    ("note", "short"),
    [
        ("Nach Brandauer (2009), S. 140, nur zwei Hände.", "Brandauer (2009), S. 140"),
        ("Laut Brandauer (2009), S. 140.", "Brandauer (2009), S. 140"),
        ("Secondo Carlotti (1917), p. 12.", "Carlotti (1917), p. 12"),
    ],
)
def test_a_sentence_word_before_an_author_year_form_is_no_name(note, short):
    cited = parse(note)[0]
    family = short.partition(" (")[0]
    assert (cited.kind, cited.text, cited.fields["author"]) == (Kind.SHORT, short, family)


def test_a_work_cited_only_by_author_year_forms_keeps_its_year(tmp_path: Path):
    doc = tmp_path / "notes.md"
    doc.write_text(
        "# T\n\nOne.[^1] Two.[^2]\n\n[^1]: Brandauer (1888), S. 12.\n\n"
        "[^2]: Holler (2008), S. 288.\n",
        encoding="utf-8",
    )
    years = {w.fields.get("author"): w.fields.get("year") for w in extract(doc).works}
    assert years == {"Brandauer": "1888", "Holler": "2008"}


@pytest.mark.parametrize(
    ("note", "shorts"),
    [
        (
            "Die bei Brandauer (1888), S. XLVI–LVI, aufgelisteten Verse fehlen in anderen Hss.",
            ["Brandauer (1888), S. XLVI–LVI"],
        ),
        (
            "Auf die Frage verweisen u.a. Kalmbach (1890), S. 288; Holler (1962), S. 92.",
            ["Kalmbach (1890), S. 288", "Holler (1962), S. 92"],
        ),
        (
            "The verses are printed in Dora Nagelberg (1988), p. 49.",
            ["Dora Nagelberg (1988), p. 49"],
        ),
    ],
)
def test_an_author_year_pointer_inside_a_sentence_opens_its_citation(note, shorts):
    cited = parse(note)
    assert [(c.kind, c.text) for c in cited] == [(Kind.SHORT, s) for s in shorts]


@pytest.mark.parametrize(
    "note",
    ["Brandauer (1888), S. XI (Hervorhebung dort).", "Brandauer (1888), p. 11 (emphasis mine)."],
)
def test_an_editorial_remark_after_an_author_year_form_is_no_title(note):
    (cited,) = parse(note)
    assert (cited.kind, cited.text, cited.fields.get("title")) == (
        Kind.SHORT,
        note.partition(" (H")[0].partition(" (e")[0],
        None,
    )
