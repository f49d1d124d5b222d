"""Author-year short forms joined by a word of the note's language ("Brandt 1996, s. 85 och
Lemke 1999, s. 68"), and a short form's chapter pinpoint labelled as the CSL locales label it
("Hollander 1989, kap. 9", "Rozdz. 3"). Invented names."""

from __future__ import annotations

import pytest

from citekit.model import Kind
from citekit.parse.shortforms import PINPOINT_RE, is_author_date
from tests.mdnotes import extract_notes
from tests.parse.notes import parse


@pytest.mark.parametrize(
    ("note", "first", "second"),
    [
        ("Brandt 1996, s. 85 och Lemke 1999, s. 68.", "Brandt 1996, s. 85", "Lemke 1999, s. 68"),
        ("Brandt 1996, 85 and Lemke 1999, 68.", "Brandt 1996, 85", "Lemke 1999, 68"),
        ("Brandt (1996) s. 85 og Lemke (1999) s. 68.", "Brandt (1996) s. 85", "Lemke (1999) s. 68"),
    ],
)
def test_two_author_year_forms_joined_by_a_word_are_both_cited(note, first, second):
    cited = parse(note)
    assert [(c.kind, c.text) for c in cited] == [(Kind.SHORT, first), (Kind.SHORT, second)]


@pytest.mark.parametrize("pinpoint", ["kap. 9", "Kap. 9", "rozdz. 3", "hfst. 2", "гл. 4"])
def test_the_locales_chapter_labels_open_a_pinpoint(pinpoint):
    assert PINPOINT_RE.fullmatch(pinpoint)
    assert is_author_date(f"Hollander 1989, {pinpoint}")


def test_an_author_year_form_with_a_chapter_is_a_note_of_its_own():
    (cited,) = parse("Hollander 1989, kap. 9.")
    expected = (Kind.SHORT, "Hollander 1989, kap. 9", "kap. 9")
    assert (cited.kind, cited.text, cited.locator) == expected


def test_prose_before_a_join_word_is_still_prose():
    cited = parse("Dies bleibt offen und Lemke 1999, S. 68 sieht es anders.")
    assert [c.text for c in cited] == ["Lemke 1999, S. 68"]


def test_a_chapter_pinpoint_after_a_name_is_no_title(tmp_path):
    # the title as read ("kap: 8") has its stop made a colon: its words, not its characters,
    # are the pinpoint's
    report = extract_notes(
        tmp_path,
        ["Anon. *Ledger of the Harbour Guild*. (Gill & Sons, 1911).", "Jämför Anon., kap. 8."],
    )
    first, repeat = report.citations
    assert (repeat.kind, repeat.work, repeat.locator) == (Kind.SHORT, first.work, "kap. 8")
