"""An author-date reference in brackets closing a note's prose (real13 quell): the bracket is
a short citation, the prose around it none. Invented words."""

from __future__ import annotations

from tests.parse.notes import parse
from tests.test_resolve import resolve_notes


def cited(note: str) -> list[tuple[str, str, str | None]]:
    return [(c.kind.value, c.text, c.locator) for c in parse(note)]


def test_a_pointer_word_makes_the_bracket_a_reference():
    note = "Here we follow the distinction of *Dasein* and *Sosein*. (cf. Orlen 1996, 47)."
    assert cited(note) == [("short", "Orlen 1996, 47", "47")]


def test_a_bracket_closing_a_long_run_of_prose():
    note = (
        "We could also say “intraction”, as Quist puts it, and describe the cells as a "
        "process of becoming matter (Quist 2007). This is a hint only."
    )
    assert cited(note) == [("short", "Quist 2007", None)]


def test_a_date_in_brackets_closing_a_citation_stays_with_it():
    note = "Ada Quist, “The Coast,” *Halden Journal* (Spring 2001)."
    assert [c.text for c in parse(note)] == [
        "Ada Quist, “The Coast,” *Halden Journal* (Spring 2001)"
    ]


def test_the_work_never_cited_in_full_is_reported():
    _, diagnostics = resolve_notes(
        "The cells become matter, as is often said (cf. Orlen 1996, 47)."
    )
    assert [d.code for d in diagnostics] == ["short-without-full"]


def test_a_title_opened_in_english_and_closed_in_german_marks():
    note = "Uta Kern, “Die Frage der Küste“, in *Freie Gesellschaft* (Halden: Norm, 1990), 293."
    cited = parse(note)[0]
    assert (cited.fields.get("title"), cited.fields.get("booktitle")) == (
        "Die Frage der Küste",
        "Freie Gesellschaft",
    )
