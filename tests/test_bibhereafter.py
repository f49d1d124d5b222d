"""A bibliography entry that announces its short form ("(hereafter *Letters*)", "also called
*Treatise*"): the notes that cite the work by it are its citations (tests/data/biblio/
announced.tex, a book chapter whose notes give the short title and a division only)."""

from __future__ import annotations

from pathlib import Path

from citekit import bibhereafter, extract
from citekit.model import Kind

DATA = Path(__file__).parent / "data" / "biblio"


def test_entry_forms_are_read_from_brackets_and_alias_phrases() -> None:
    assert bibhereafter.forms("Writer, W., *Letters of a Sage* (hereafter *Letters*), 1680.") == (
        "Letters",
    )
    assert bibhereafter.forms("Writer, W., *Opera omnia* detta anche *Opere*, Roma, 1990.") == (
        "Opere",
    )
    assert bibhereafter.forms("Writer, W., *Opera omnia*, Roma, 1990.") == ()


def test_announcing_phrase_is_no_field_of_the_entry() -> None:
    text = "Writer, W., *Letters of a Sage* (hereafter *Letters*), Leiden, 1680."
    assert bibhereafter.without_forms(text) == "Writer, W., *Letters of a Sage*, Leiden, 1680."


def test_notes_citing_an_announced_form_link_to_its_entry() -> None:
    report = extract(DATA / "announced.tex")
    by_note = {c.note: c for c in report.citations}
    works = {w.id: w for w in report.works}
    treatise = [by_note[n] for n in (1, 2, 3)]
    assert all(c.kind is Kind.SHORT for c in treatise)
    assert {works[c.work].fields["title"] for c in treatise} == {"A Treatise on Geometrical Ethics"}
    letters = works[by_note[5].work]
    assert letters.fields["title"] == "Collected Correspondence of the Philosopher"
    assert "publisher" not in letters.fields  # "(hereafter *Letters*)" is no imprint
