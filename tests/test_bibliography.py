"""A document's bibliography: found by heading or shape, linked to the notes, new findings.

The essay (tests/data/biblio/essay.md; essay.docx made from it by make_docx.sh; essay.tex
with `thebibliography`) cites its works in shortened notes only; their full data is in the
bibliography at the end. sections.md (and its .docx and pandoc plain .txt, by make_docx.sh)
splits its bibliography into primary and secondary sources.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from citekit import bibsection, extract, find_notes
from citekit.cli import app
from citekit.model import Code, Document
from citekit.parse.reference import parse_reference

DATA = Path(__file__).parent / "data" / "biblio"


@pytest.mark.parametrize("name", ["essay.md", "essay.docx", "essay.tex"])
def test_short_notes_take_the_bibliography_entry(name: str) -> None:
    report = extract(DATA / name)
    by_title = {w.fields.get("title", ""): w for w in report.works}
    scott = next(w for t, w in by_title.items() if t.startswith("Seeing Like a State"))
    assert scott.fields["publisher"] == "Yale University Press"
    assert scott.fields["year"] == "1998"
    assert scott.fields["author"] == "Scott, James C."
    cited = [c for c in report.citations if c.work == scott.id]
    assert len(cited) >= 2  # short forms and an ibid., one work
    codes = {(d.code, d.note) for d in report.diagnostics}
    assert (Code.NOT_IN_BIBLIOGRAPHY, max(n.number for n in report.notes)) in codes  # Anderson
    assert Code.UNCITED_ENTRY in {d.code for d in report.diagnostics}  # Pickles
    assert not any(
        d.code is Code.SHORT_WITHOUT_FULL and d.note == 1 for d in report.diagnostics
    )  # Scott's short form is answered by the bibliography


def test_uncited_entry_is_kept_in_the_bib() -> None:
    report = extract(DATA / "essay.md")
    titles = [w.fields.get("title", "") for w in report.works]
    assert any(t.startswith("A History of Spaces") for t in titles)


@pytest.mark.parametrize(
    "heading",
    ["Bibliography", "Works Cited", "References", "Literaturverzeichnis", "Bibliografía",
     "Список литературы", "3. Sources:", "Bibliographie"],
)  # fmt: skip
def test_headings_in_several_languages(heading: str) -> None:
    text = (
        "Body text of the essay.\n\n"
        f"{heading}\n\n"
        "Harley, J. B. “Deconstructing the Map.” Cartographica 26, no. 2 (1989): 1–20.\n\n"
        "Scott, James C. Seeing Like a State. New Haven: Yale University Press, 1998.\n"
    )
    section = bibsection.find(Document("x.txt", text, "txt"))
    assert section is not None
    assert [e.text[:6] for e in section.entries] == ["Harley", "Scott,"]


def test_a_heading_of_prose_is_no_bibliography() -> None:
    text = "Sources and Method\n\nWe read the letters again and again, as others did.\n"
    assert bibsection.find(Document("x.txt", text, "txt")) is None


def test_pandoc_refs_div_without_heading() -> None:
    text = (
        "Text.[^1]\n\n[^1]: Scott, *Seeing Like a State*, 11.\n\n"
        "::: {#refs .references}\n::: {#ref-scott .csl-entry}\n"
        "Scott, James C. *Seeing Like a State*. New Haven: Yale University Press, 1998.\n"
        ":::\n:::\n"
    )
    section = bibsection.find(Document("x.md", text, "md"))
    assert section is not None
    assert len(section.entries) == 1


def test_a_bibliography_after_the_notes_is_no_part_of_the_last_note(tmp_path: Path) -> None:
    doc = tmp_path / "essay.txt"
    doc.write_text(
        "Planners prefer what they measure.1\n\nNotes\n\n"
        "1. Scott, Seeing Like a State, 11.\n\n"
        "Bibliography\n\n"
        "Scott, James C. Seeing Like a State. New Haven: Yale University Press, 1998.\n\n"
        "Harley, J. B. “Deconstructing the Map.” Cartographica 26, no. 2 (1989): 1–20.\n",
        encoding="utf-8",
    )
    report = extract(doc)
    assert [n.text for n in report.notes] == ["Scott, Seeing Like a State, 11."]
    assert {w.fields.get("publisher") for w in report.works} >= {"Yale University Press"}


def test_notes_lists_the_notes_extract_reads_not_a_numbered_reference_list(
    tmp_path: Path,
) -> None:
    doc = tmp_path / "essay.txt"
    doc.write_text(
        "Planners prefer what they measure.1 Maps simplify.2\n\nNotes\n\n"
        "1. Scott, Seeing Like a State, 11.\n2. Harley, Deconstructing the Map, 4.\n\n"
        "References\n\n"
        "1. Scott JC. Seeing like a state. New Haven: Yale University Press; 1998.\n"
        "2. Harley JB. Deconstructing the map. Cartographica. 1989;26(2):1-20.\n",
        encoding="utf-8",
    )
    notes = find_notes(doc).notes
    assert [n.text for n in notes] == [
        "Scott, Seeing Like a State, 11.",
        "Harley, Deconstructing the Map, 4.",
    ]
    assert notes == extract(doc).notes


def test_reference_list_as_input_becomes_a_bib() -> None:
    report = extract(DATA / "references.txt")
    assert not report.notes
    assert len(report.works) == 8
    assert not report.diagnostics  # a list alone: nothing is expected to be cited
    kinds = {w.fields["title"][:20]: w.entry_type for w in report.works}
    assert kinds["Functional mapping o"] == "article"
    assert kinds["The Spectre of Compa"] == "book"


def test_references_option_reads_a_numbered_list(tmp_path: Path) -> None:
    doc = tmp_path / "refs.txt"
    doc.write_text(
        "1. Young F. Ways of Reading Scripture. Tübingen: Mohr Siebeck; 2014.\n"
        "2. Duncan M, Lewandowsky S. The time course of response suppression. "
        "Memory. 2005;13(3):236–46.\n",
        encoding="utf-8",
    )
    run = CliRunner().invoke(app, ["extract", str(doc), "--references", "-f", "json"])
    assert run.exit_code == 0, run.output
    entries = json.loads(run.stdout)["entries"]
    assert [e["ENTRYTYPE"] for e in entries] == ["book", "article"]
    assert entries[0]["publisher"] == "Mohr Siebeck"
    assert entries[1]["journal"] == "Memory"


def test_a_numbered_entry_wrapped_over_lines_stays_one_entry() -> None:
    text = (
        "References\n\n"
        "[1] Hale R. Ferries and fares. Lakeside Quarterly 2011;4:45–67.\n\n"
        "[2] Lund K, Oduya T. Crossings. River Studies: Toward\n"
        "Harbours, Albany: Lakeside Press; 1990, p. 81–95.\n\n"
        "[3] Ito K. Lights. Leiden: Brill; 2003.\n"
        "[4] Ito K. Quays, a survey. Leiden: Brill; 2004.\n"
    )
    section = bibsection.find(Document("x.txt", text, "txt"))
    assert section is not None
    assert [e.text[:3] for e in section.entries] == ["[1]", "[2]", "[3]", "[4]"]
    assert section.entries[1].text.endswith("p. 81–95.")


def test_a_plain_short_form_inside_prose_cites_its_bibliography_entry(tmp_path: Path) -> None:
    doc = tmp_path / "essay.txt"
    doc.write_text(
        "An essay on ferries.1 And harbours.2\n\n"
        "1. This is discussed in Lund, River Crossings, 45–47.\n"
        "2. As argued in Oduya, Harbour Lights and Quays, 12; and Lund, River Crossings, 50.\n\n"
        "Bibliography\n\n"
        "Lund, Karin. River Crossings. Albany: Lakeside Press, 2011.\n\n"
        "Oduya, Tomas. Harbour Lights and Quays at Dusk. Leiden: Brill, 2003.\n",
        encoding="utf-8",
    )
    report = extract(doc)
    texts = [(c.note, c.text, c.locator) for c in report.citations]
    assert texts == [
        (1, "Lund, River Crossings, 45–47", "45–47"),
        (2, "Oduya, Harbour Lights and Quays, 12", "12"),
        (2, "Lund, River Crossings, 50", "50"),
    ]
    works = {c.work for c in report.citations}
    assert len(works) == 2


def test_plain_short_forms_of_every_shape_cite_their_entries(tmp_path: Path) -> None:
    """Plain text: two authors, "et al.", a dropped article, a quoted title, a volume before
    the page, no title (one work of that author), no author, and a form a citation ran into."""
    doc = tmp_path / "essay.txt"
    doc.write_text(
        "On ferries.1 On harbours.2 On quays.3\n\n"
        "1. See Lund and Berg, River Crossings, 45; Oduya et al., Tidal Sequence of Quays.\n"
        "2. Mbeki, “Lamps on the Water,” 6:415–420; and Oduya, 12–14.\n"
        "3. “Harbour Gazetteer,” § 12; cf. Mbeki, “Lamps on the Water,” 3 and Lund and Berg, "
        "River Crossings.\n\n"
        "Bibliography\n\n"
        "“Harbour Gazetteer of Kent.” Accessed May 13, 2022. https://example.org/kent.\n\n"
        "Lund, Karin, and Per Berg. River Crossings. Albany: Lakeside Press, 2011.\n\n"
        "Mbeki, Sipho. “Lamps on the Water.” Harbour Studies 4 (1999): 400–430.\n\n"
        "Oduya, Tomas, Ann Ray, and Lee Po. A Tidal Sequence of Quays. Leiden: Brill, 2003.\n",
        encoding="utf-8",
    )
    report = extract(doc)
    found = [(c.note, c.text) for c in report.citations]
    assert found == [
        (1, "Lund and Berg, River Crossings, 45"),
        (1, "Oduya et al., Tidal Sequence of Quays"),
        (2, "Mbeki, “Lamps on the Water,” 6:415–420"),
        (2, "Oduya, 12–14"),
        (3, "“Harbour Gazetteer,” § 12"),
        (3, "Mbeki, “Lamps on the Water,” 3"),
        (3, "Lund and Berg, River Crossings"),
    ]
    locators = {c.text: c.locator for c in report.citations}
    assert locators["Oduya, 12–14"] == "12–14"
    assert locators["“Harbour Gazetteer,” § 12"] == "§ 12"
    assert locators["Mbeki, “Lamps on the Water,” 3"] == "3"
    by_text = {c.text: c.work for c in report.citations}
    assert by_text["Oduya, 12–14"] == by_text[found[1][1]]
    assert by_text["Mbeki, “Lamps on the Water,” 3"] == by_text[found[2][1]]
    assert len({c.work for c in report.citations}) == 4
    codes = {d.code for d in report.diagnostics}
    assert Code.NOT_IN_BIBLIOGRAPHY not in codes
    assert Code.UNCITED_ENTRY not in codes


@pytest.mark.parametrize(
    ("entry", "journal", "year"),
    [
        ("Kovac, Ana. “Fares Rise.” Harbour Times, June 12, 2000.", "Harbour Times", "2000"),
        ("Lund, Karin. “Pilots.” Sturgeon Review, Winter 1928, 21–45.", "Sturgeon Review", "1928"),
        ("Oduya, Tomas. “Tides.” Journal of Coastal Study: General 102 (1974): 1126–1129.",
         "Journal of Coastal Study: General", "1974"),
        ("Mbeki, Sipho. “Quays.” Video, 2:01. Harbour Times, May 2, 2015.", "Harbour Times",
         "2015"),
    ],
)  # fmt: skip
def test_a_quoted_title_then_a_plain_periodical_is_an_article(
    entry: str, journal: str, year: str
) -> None:
    """Plain text keeps no italics: the name after a quoted title, then a date, is a periodical."""
    reference = parse_reference(entry)
    assert reference.entry_type == "article"
    assert reference.fields["journal"] == journal
    assert reference.fields["year"] == year


@pytest.mark.parametrize(
    "entry",
    [
        "Klos, Lee E. “Meals at Sea.” PhD thesis, The Claremont Graduate School, 1988.",
        "Quora. “How Did the Cool Kids Turn Out?” August 9, 2016.",
        "Ray, Ann. “Quays.” Yale University Press, 1998.",
    ],
)
def test_a_quoted_title_then_no_periodical_is_no_article(entry: str) -> None:
    assert parse_reference(entry).entry_type != "article"


def test_a_plain_book_title_with_sentences_runs_to_its_editors() -> None:
    entry = (
        "Lund, Karin. “Ferries.” In Stocks, Tides and Quays. Harbours in Europe, c. 1600-2000, "
        "edited by Per Berg and Ann Ray. Brepols, 2019."
    )
    reference = parse_reference(entry)
    assert reference.entry_type == "incollection"
    book = "Stocks, Tides and Quays. Harbours in Europe, c. 1600-2000"
    assert reference.fields["booktitle"] == book
    assert reference.fields["editor"] == "Berg, Per and Ray, Ann"
    assert reference.fields["publisher"] == "Brepols"


def test_a_translated_title_takes_the_one_uncited_entry_of_its_author(tmp_path: Path) -> None:
    doc = tmp_path / "essay.md"
    doc.write_text(
        "On ferries.[^1] On tides.[^2] On quays.[^3]\n\n"
        "[^1]: Wereszko, *The End of the Ferry League*, 12.\n"
        "[^2]: Lund, *River Crossings*, 4; Mbeki, *Lamps on the Water*, 9.\n"
        "[^3]: Wereszko, *The End of the Ferry League*, 14.\n\n"
        "## Bibliography\n\n"
        "Lund, Karin. *River Crossings*. Albany: Lakeside Press, 2011.\n\n"
        "Ray, Ann. *Harbour Lights*. Leiden: Brill, 2003.\n\n"
        "Wereszko, Henryk. *Koniec ligi promowej*. Warszawa: PWN, 1977.\n",
        encoding="utf-8",
    )
    report = extract(doc)
    polish = next(w for w in report.works if w.fields.get("author", "").startswith("Wereszko"))
    assert polish.fields["title"] == "Koniec ligi promowej"
    assert polish.fields["year"] == "1977"
    assert [c.note for c in report.citations if c.work == polish.id] == [1, 3]
    findings = sorted((d.code.value, d.note) for d in report.diagnostics
                      if d.code in (Code.UNCITED_ENTRY, Code.NOT_IN_BIBLIOGRAPHY))  # fmt: skip
    assert findings == [("not-in-bibliography", 2), ("uncited-entry", None)]  # Mbeki; Ray


def test_a_plain_translated_title_takes_the_one_entry_of_its_author(tmp_path: Path) -> None:
    doc = tmp_path / "essay.txt"
    doc.write_text(
        "On ferries.1 On tides.2\n\n"
        "1. Cf. Wereszko, The End of the Ferry League.\n"
        "2. Lund, River Crossings, 4; and Wereszko, The End of the Ferry League, 14.\n\n"
        "Bibliography\n\n"
        "Lund, Karin. River Crossings. Albany: Lakeside Press, 2011.\n\n"
        "Wereszko, Henryk. Koniec ligi promowej. Warszawa: PWN, 1977.\n",
        encoding="utf-8",
    )
    report = extract(doc)
    polish = next(w for w in report.works if w.fields.get("author", "").startswith("Wereszko"))
    assert polish.fields["title"] == "Koniec ligi promowej"
    cited = [(c.note, c.text) for c in report.citations if c.work == polish.id]
    assert cited == [
        (1, "Wereszko, The End of the Ferry League"),
        (2, "Wereszko, The End of the Ferry League, 14"),
    ]


@pytest.mark.parametrize("name", ["sections.md", "sections.docx", "sections.txt"])
def test_a_bibliography_in_sections_is_read_whole(name: str) -> None:
    """ "Primary Sources" and "Secondary Sources" under "Bibliography": every entry is read."""
    report = extract(DATA / name)
    lund = next(w for w in report.works if w.fields.get("title") == "River Crossings")
    assert lund.fields["publisher"] == "Lakeside Press"
    codes = sorted(d.code.value for d in report.diagnostics)
    assert codes == ["uncited-entry", "uncited-entry"]  # Mbeki (primary), Wolde (secondary)


def test_a_note_that_is_only_a_title_cites_the_listed_work(tmp_path: Path) -> None:
    # citeproc's note for "As @dahl argues": the author is in the running text, the note
    # holds the title alone, and the work's data is only in the bibliography
    text = (
        "As Dahl argues,[^1] power is a relation.[^2]\n\n"
        "[^1]: “The Concept of Power.”\n"
        "[^2]: *Power: A Radical View*, 12.\n\n"
        "## Bibliography\n\n"
        "Dahl, Robert A. “The Concept of Power.” *Behavioral Science* 2, no. 3 (1957): "
        "201–15.\n\n"
        "Lukes, Steven. *Power: A Radical View*. London: Macmillan, 1974.\n"
    )
    report = _extract_markdown(tmp_path, text)
    dahl = next(w for w in report.works if w.fields.get("title") == "The Concept of Power")
    assert [c.note for c in report.citations if c.work == dahl.id] == [1]
    assert dahl.fields["author"] == "Dahl, Robert A."
    assert Code.UNCITED_ENTRY not in {d.code for d in report.diagnostics}


def test_an_entry_without_a_year_yet_is_kept_under_the_heading(tmp_path: Path) -> None:
    text = (
        "As shown elsewhere.[^1]\n\n"
        "[^1]: Berg, “Harbour Dues in the Baltic.”\n\n"
        "## Bibliography\n\n"
        "Berg, Anna. “Harbour Dues in the Baltic? A Survey of Tolls.” (under review for "
        "*Maritime Review*).\n\n"
        "Lukes, Steven. *Power: A Radical View*. London: Macmillan, 1974.\n"
    )
    report = _extract_markdown(tmp_path, text)
    codes = {d.code for d in report.diagnostics}
    assert Code.NOT_IN_BIBLIOGRAPHY not in codes
    assert Code.SHORT_WITHOUT_FULL not in codes
    (berg,) = [w for w in report.works if w.fields.get("author", "").startswith("Berg")]
    assert berg.fields["title"].startswith("Harbour Dues in the Baltic? A Survey")


def _extract_markdown(folder: Path, text: str):
    """The report of TEXT written as essay.md in FOLDER."""
    path = folder / "essay.md"
    path.write_text(text, encoding="utf-8")
    return extract(path)


def test_a_note_shows_where_a_plain_entry_title_cut_at_its_full_stop_ends(
    tmp_path: Path,
) -> None:
    doc = tmp_path / "essay.txt"
    doc.write_text(
        "Harbours change.1 Tides too.2\n\nNotes\n\n"
        "1. Iris Lamb, ed., Harbours. What the Tide Leaves (Quay Press, 2010), 4.\n\n"
        "2. Lamb, Harbours, 5.\n\n"
        "Bibliography\n\n"
        "Lamb, Iris, ed. Harbours. What the Tide Leaves. Quay Press, 2010.\n",
        encoding="utf-8",
    )
    titles = {w.fields.get("title") for w in extract(doc).works}
    assert titles == {"Harbours: What the Tide Leaves"}


def test_a_short_form_the_bibliography_answers_comes_before_no_full(tmp_path: Path) -> None:
    text = (
        "As shown.[^1] And again.[^2]\n\n"
        "[^1]: Lukes, *Power*, 12.\n"
        "[^2]: Steven Lukes, *Power: A Radical View* (London: Macmillan, 1974), 15.\n\n"
        "## Bibliography\n\n"
        "Lukes, Steven. *Power: A Radical View*. London: Macmillan, 1974.\n"
    )
    report = _extract_markdown(tmp_path, text)
    assert Code.SHORT_BEFORE_FULL not in {d.code for d in report.diagnostics}
    (lukes,) = [w for w in report.works if w.fields.get("author", "").startswith("Lukes")]
    assert [c.note for c in report.citations if c.work == lukes.id] == [1, 2]


def test_endnotes_under_an_empty_heading_among_other_bracketed_numbers() -> None:
    """A manuscript's notes printed after its empty "Bibliography" heading, whose text also
    holds bracketed numbers that are no note marks: a set class "4-22[0247]", a first
    printing "[1887]". The notes stay notes."""
    text = (
        "The chord projects set class 4-22[0247] here.[1] It was first printed [1887] and"
        " later revised.[2]\n\n"
        "Bibliography\n\n"
        "[1] Jane Roe, “A Study of Chords,” Music Theory Spectrum 25, no. 1 (2003): 72.\n\n"
        "[2] Roe, “A Study of Chords,” 74, and see Tom Poe, Harmony (London: Faber, 1990), 3.\n"
    )
    assert bibsection.find(Document("x.txt", text, "txt")) is None


def test_the_bibliography_answers_a_short_form_not_its_neighbour_in_the_note(
    tmp_path: Path,
) -> None:
    """Two short forms in one note, the first listed in the bibliography, the second cited in
    full nowhere: the second is still told, the first is not."""
    text = (
        "Scales varied.[^1]\n\n"
        "[^1]: Lukes, *Power*, 12; see also Orwin, *Weights of Old*, 40.\n\n"
        "## Bibliography\n\n"
        "Lukes, Steven. *Power: A Radical View*. London: Macmillan, 1974.\n"
    )
    report = _extract_markdown(tmp_path, text)
    told = [d.message for d in report.diagnostics if d.code is Code.SHORT_WITHOUT_FULL]
    assert len(told) == 1
    assert "Orwin" in told[0]
