"""A chapter and the edited volume that holds it are two works: the volume's editor and year
("Okafor, 2004, 12") cite the volume, also after a short title of another work in one note;
an article accepted by a journal, its title closed with a full stop, and a chapter whose
imprint leaves out the year are cited in full."""

from __future__ import annotations

from pathlib import Path

from citekit.model import Kind
from tests.markdown_notes import extract_notes
from tests.parse.notes import parse

CHAPTER = (
    "L. Varga, “Listening Rooms,” in *Sound Archives and Their Publics*, ed. N. Okafor "
    "(Leeds: Pell Press, 2004), 101–19."
)
ARTICLE = "L. Varga, “Tape Hiss as Evidence,” *Audio History* 7, no. 2 (2011): 3–21."


def test_the_editor_and_year_cite_the_volume_not_the_chapter(tmp_path: Path) -> None:
    report = extract_notes(tmp_path, CHAPTER, "Okafor, 2004, 12.", "Varga, “Listening Rooms,” 105.")
    chapter, volume, again = (c.work for c in report.citations)
    assert chapter == again != volume
    assert not report.diagnostics


def test_a_short_title_then_the_volume_by_editor_and_year(tmp_path: Path) -> None:
    report = extract_notes(
        tmp_path, CHAPTER, ARTICLE, "Varga, “Tape Hiss as Evidence,” Okafor, 2004"
    )
    cited = [c for c in report.citations if c.note == 3]
    assert [c.kind for c in cited] == [Kind.SHORT, Kind.SHORT]
    article = next(c.work for c in report.citations if c.note == 2)
    chapter = next(c.work for c in report.citations if c.note == 1)
    assert cited[0].work == article
    assert cited[1].work not in (article, chapter)
    assert not report.diagnostics


def test_a_forthcoming_article_after_a_title_closed_by_a_full_stop() -> None:
    """“Title.” *Journal*, forthcoming: the full stop inside the quotation does not end it."""
    for note in (
        "See Ann Lee, “Dust and Ledger: Credit, 1880–1920.” *Economic Lives*, forthcoming.",
        "On ledgers see Ann Lee and Bo Ek, “Dust and Ledger.” *Economic Lives* (in press).",
    ):
        (only,) = parse(note)
        assert only.kind is Kind.FULL
        assert only.text.startswith("Ann Lee")
        assert only.fields.get("journal") == "Economic Lives"


def test_a_chapter_with_an_undated_imprint_is_a_full_citation() -> None:
    """A place and a publisher in brackets are an imprint, though the year is left out."""
    (only,) = parse(
        "R. Obi, “Open Mics,” In *Sound Archives and Their Publics*, ed. N. Okafor, "
        "(Leeds: Pell Press), 120–38."
    )
    assert only.kind is Kind.FULL
    assert only.entry_type == "incollection"
