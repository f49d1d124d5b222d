"""PDF input: the fixtures of tests/pdf (one article typeset several ways) read as their sources."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from citekit import pipeline, sources
from citekit.cli import app
from citekit.errors import ExitCode, UnreadableFile
from citekit.sources.pdfium import ITALIC_NAME_RE, link_target
from tests.pdf.make_pdfs import expected_notes

PDFS = Path(__file__).resolve().parent.parent / "pdf"
# each PDF and the source it was typeset from
LAYOUTS = {
    "article.pdf": "article.tex",  # pdflatex, cm-super fonts, running heads, hyperref
    "article_lua.pdf": "article_lua.tex",  # lualatex, OpenType Latin Modern
    "twocolumn.pdf": "twocolumn.tex",
    "endnotes.pdf": "endnotes.tex",
    "continued.pdf": "continued.tex",  # A6: note 4 runs on to page 2
    "para.pdf": "para.tex",  # notes share lines
    "linenumbers.pdf": "linenumbers.tex",
    "pandoc.pdf": "article.md",
}
EXPECTED = expected_notes()


def _typography(text: str) -> str:
    """Quotes as typed: TeX prints ' as ’, the sources keep what the author typed."""
    return text.translate(str.maketrans("‘’“”", "''\"\""))


@pytest.fixture(scope="module", params=sorted(LAYOUTS))
def layout(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="module")
def document(layout: str) -> sources.Document:
    return sources.read(PDFS / layout)


def test_pdf_gives_the_notes_as_typeset(document: sources.Document) -> None:
    """Every note, italics marked, words cut at line ends mended, runs-on joined."""
    assert [f.number for f in document.footnotes] == list(range(1, len(EXPECTED) + 1))
    for footnote, (text, _) in zip(document.footnotes, EXPECTED, strict=True):
        assert _typography(footnote.text) == _typography(text), footnote.number


def test_pdf_links_come_from_link_annotations(document: sources.Document) -> None:
    for footnote, (text, targets) in zip(document.footnotes, EXPECTED, strict=True):
        assert tuple(link.target for link in footnote.links) == targets, footnote.number
        for link in footnote.links:
            visible = footnote.text[link.start : link.end]
            assert visible in text
            assert visible.startswith(("doi:", "http"))


def test_pdf_body_markers_are_the_raised_numbers(document: sources.Document) -> None:
    assert document.references == tuple(range(1, len(EXPECTED) + 1))


def test_pdf_gives_the_citations_of_its_source(layout: str) -> None:
    """Same notes, same citations, same works and pinpoints as the source format."""
    from_pdf = pipeline.extract(PDFS / layout)
    from_source = pipeline.extract(PDFS / LAYOUTS[layout])

    def rows(report: pipeline.Report) -> list[tuple]:
        keys = {work.id: work.key for work in report.works}
        return [(c.note, c.kind, keys.get(c.work or ""), c.locator) for c in report.citations]

    assert rows(from_pdf) == rows(from_source)
    assert not from_pdf.diagnostics


WORD = {  # Word documents of the corpora, exported to PDF by LibreOffice
    "word.pdf": "../corpus2/en_footnotes_docx.docx",
    "word_endnotes.pdf": "../corpus3/fr_endnotes_docx.docx",
}


@pytest.mark.parametrize("name", sorted(WORD))
def test_word_pdf_gives_the_notes_and_citations_of_the_docx(name: str) -> None:
    from_pdf = pipeline.extract(PDFS / name)
    from_docx = pipeline.extract(PDFS / WORD[name])
    assert [(n.number, n.text) for n in from_pdf.notes] == [
        (n.number, n.text) for n in from_docx.notes
    ]
    assert [(c.note, c.kind, c.locator) for c in from_pdf.citations] == [
        (c.note, c.kind, c.locator) for c in from_docx.citations
    ]


def test_running_heads_and_page_numbers_are_dropped() -> None:
    text = sources.read(PDFS / "article.pdf").text
    lines = [line.strip() for line in text.splitlines()]
    assert "Railway Time" not in lines  # the running head (the title goes on after it)
    assert not [line for line in lines if re.fullmatch(r"\d+", line)]


def test_line_numbers_are_dropped() -> None:
    text = sources.read(PDFS / "linenumbers.pdf").text
    assert not re.search(r"^\d+ ", text, re.MULTILINE)
    assert "Before the railways, every town kept its own time." in text


def test_two_columns_are_read_column_by_column() -> None:
    text = " ".join(sources.read(PDFS / "twocolumn.pdf").text.split())
    openings = ["Before the railways", "Yet the story", "The negotiation had", "Work discipline"]
    assert [text.index(words) for words in openings] == sorted(
        text.index(words) for words in openings
    )


def test_a_note_run_on_to_the_next_page_is_joined() -> None:
    document = sources.read(PDFS / "continued.pdf")
    long_note = document.footnotes[3]
    assert long_note.text.endswith("the time of the town it served.")
    start = document.text.index("⁴Jack Simmons")
    end = document.text.index("it served.")
    assert re.search("[⁵⁶⁷⁸⁹]", document.text[start:end])  # the next page's body between


@pytest.mark.parametrize(
    ("uri", "target"),
    [
        ("doi:10.1093/past/38.1.56", "https://doi.org/10.1093/past/38.1.56"),
        ("http://dx.doi.org/10.1093/past/38.1.56", "https://doi.org/10.1093/past/38.1.56"),
        ("https://doi.org/10.1093/ahr/118.5.1376", "https://doi.org/10.1093/ahr/118.5.1376"),
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
    ],
    ids=["doi-scheme", "dx-resolver", "doi-url", "web"],
)
def test_link_targets(uri: str, target: str) -> None:
    assert link_target(uri) == target


@pytest.mark.parametrize(
    ("font", "italic"),
    [
        ("LMRoman10-Italic", True),
        ("Arial-ItalicMT", True),
        ("MinionPro-It", True),
        ("NimbusRomNo9L-ReguItal", True),
        ("SFTI1095", True),
        ("CMSL10", True),
        ("Times-Oblique", True),
        ("SFRM1095", False),
        ("MinionPro-Regular", False),
        ("DigitalSans", False),
        ("Italianno", False),
    ],
)
def test_italic_font_names(font: str, italic: bool) -> None:
    """For fonts whose flags and angle say nothing: the name alone."""
    assert bool(ITALIC_NAME_RE.search(font)) is italic


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("encrypted.pdf", "encrypted: decrypt it first"),
        ("scanned.pdf", "no text layer: run OCR first, e.g. ocrmypdf"),
    ],
    ids=["encrypted", "scanned"],
)
def test_unreadable_pdf_exits_3_with_one_line(name: str, reason: str) -> None:
    result = CliRunner().invoke(app, ["extract", str(PDFS / name), "--format", "json"])
    assert result.exit_code == ExitCode.INPUT, result.output
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert reason in result.stderr


def test_damaged_pdf_is_unreadable(tmp_path: Path) -> None:
    data = (PDFS / "no_notes.pdf").read_bytes()
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(data[:200])
    with pytest.raises(UnreadableFile, match="damaged or not a PDF file"):
        sources.read(damaged)


def test_pdf_without_notes_has_none() -> None:
    report = pipeline.extract(PDFS / "no_notes.pdf")
    assert report.notes == ()


def test_pdf_without_notes_says_so() -> None:
    result = CliRunner().invoke(app, ["extract", str(PDFS / "no_notes.pdf"), "--format", "json"])
    assert result.exit_code == ExitCode.FINDINGS, result.output
    codes = [d["code"] for d in json.loads(result.stdout)["diagnostics"]]
    assert codes == ["no-notes"]
