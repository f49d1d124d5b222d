"""Repeats whose only detail is the author and the year: "Tilman 1962 (wie Anm. 1), 40"
(German art history), "Fenwick og Strand (2011) s. 12" (Norwegian law). Each is linked to the
work with that author and year, and a note that strings several together is cut at its
semicolons."""

from __future__ import annotations

from pathlib import Path

from citekit.model import Kind
from tests.mdnotes import extract_notes
from tests.parse.notes import parse

TILMAN = "Hedda Tilman, *Die Brücken der Unterstadt*, Kassel 1962, 12."
ORBECK = "Jens Orbeck, Der Hafenzoll, in: *Hansische Blätter* 9, 1971, 33--50, 40."
FENWICK = "Fenwick, Ola og Siv Strand, «Rett og rom» *Lov og Tid* 2011 s. 5–20 s. 7."


def test_a_pointer_after_a_name_and_year_reads_them_as_author_and_year() -> None:
    (short,) = parse("Tilman 1962 (wie Anm. 1), 40.")
    assert short.kind is Kind.SHORT
    assert short.fields["author"] == "Tilman"
    assert short.fields["year"] == "1962"
    assert "title" not in short.fields


def test_an_author_and_year_before_a_pointer_link_to_the_work_of_that_note(
    tmp_path: Path,
) -> None:
    report = extract_notes(
        tmp_path,
        [
            TILMAN,
            ORBECK,
            "Zum Kontext vgl. Tilman 1962 (wie Anm. 1), 40.",
            "Orbeck 1971 (wie Anm. 2), 44.",
        ],
    )
    keys = {c.note: c.work for c in report.citations}
    assert keys[3] == keys[1]
    assert keys[4] == keys[2]
    assert len(report.works) == 2


def test_og_joins_two_family_names_of_an_author_year_repeat(tmp_path: Path) -> None:
    report = extract_notes(tmp_path, [FENWICK, "Fenwick og Strand (2011) s. 12."])
    first, repeat = report.citations
    assert repeat.kind is Kind.SHORT
    assert repeat.work == first.work


def test_a_note_of_author_year_repeats_is_cut_at_its_semicolons() -> None:
    cited = parse("Tilman (1962) s. 14–19; Fenwick og Strand (2011) s. 12; jf. Orbeck (1971) s. 3.")
    assert [c.text for c in cited] == [
        "Tilman (1962) s. 14–19",
        "Fenwick og Strand (2011) s. 12",
        "Orbeck (1971) s. 3",
    ]
    assert all(c.kind is Kind.SHORT for c in cited)
