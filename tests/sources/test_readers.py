"""Readers: text encodings, Markdown/LaTeX/Word footnotes, and files that cannot be read."""

from __future__ import annotations

import codecs
import unicodedata
import zipfile
from pathlib import Path

import pytest

from citekit import sources
from citekit.errors import ExitCode, SourceError, UnreadableFile, UnsupportedFormat
from citekit.sources import tex

TEXT = "Der Roman¹ – «l'été» – Ελληνικά.\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.replace("\n", "\r\n").encode("utf-8"),
        unicodedata.normalize("NFD", TEXT).encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "crlf", "decomposed-accents"],
)
def test_text_encodings(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    doc = sources.read(path)
    assert (doc.text, doc.format) == (TEXT, "txt")


@pytest.mark.parametrize(
    ("name", "data", "error", "reason"),
    [
        ("empty.txt", b"", UnreadableFile, "empty"),
        ("blank.md", b" \n\t\n", UnreadableFile, "empty"),
        ("bom-only.txt", codecs.BOM_UTF8, UnreadableFile, "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", UnreadableFile, "binary"),
        ("latin1.txt", "café crème".encode("latin-1"), UnreadableFile, "not valid UTF-8 at byte 3"),
        ("odd.tex", codecs.BOM_UTF16_LE + b"a", UnreadableFile, "not valid UTF-16-LE"),
        ("essay.odt", b"PK\x03\x04", UnsupportedFormat, "unknown file type '.odt'"),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj", UnreadableFile, "damaged or not a PDF file"),
        ("README", b"text", UnsupportedFormat, "no file extension"),
        ("fake.docx", b"not a zip", UnreadableFile, "not a Word .docx file"),
    ],
    ids=[
        "empty",
        "blank",
        "bom-only",
        "binary",
        "undecodable",
        "odd-utf16",
        "unknown-suffix",
        "pdf-damaged",
        "no-suffix",
        "docx-not-zip",
    ],
)
def test_bad_input_raises_a_source_error(
    tmp_path: Path, name: str, data: bytes, error: type[SourceError], reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(error, match=reason) as caught:
        sources.read(path)
    assert caught.value.exit_code == ExitCode.INPUT
    assert str(caught.value).startswith(f"cannot read '{path}': ")


@pytest.mark.parametrize("name", ["folder.txt", "folder"], ids=["with-suffix", "bare"])
def test_directory_is_refused(tmp_path: Path, name: str) -> None:
    (tmp_path / name).mkdir()
    with pytest.raises(UnreadableFile, match="is a directory"):
        sources.read(tmp_path / name)


@pytest.mark.parametrize("name", ["gone.txt", "gone.docx"], ids=["text", "docx"])
def test_missing_file(tmp_path: Path, name: str) -> None:
    with pytest.raises(UnreadableFile, match="no such file"):
        sources.read(tmp_path / name)


def _md(tmp_path: Path, text: str):
    path = tmp_path / "doc.md"
    path.write_text(text, encoding="utf-8")
    return sources.read(path)


@pytest.mark.parametrize(
    ("text", "notes", "references"),
    [
        ("A[^1] b[^2].\n\n[^1]: One.\n[^2]: Two.\n", [(1, "One."), (2, "Two.")], (1, 2)),
        ("A[^b] b[^a].\n\n[^a]: Alpha.\n[^b]: Beta.\n", [(1, "Beta."), (2, "Alpha.")], (1, 2)),
        (
            "A[^1].\n\n[^1]: One,\n    indented.\n\n    Second paragraph.\n",
            [(1, "One, indented. Second paragraph.")],
            (1,),
        ),
        (
            "A[^1].\n\n[^1]: One,\nlazy line.\n\nBody after the note.\n",
            [(1, "One, lazy line.")],
            (1,),
        ),
        (
            "A^[Inline *note*, p. 3.] b[^x].\n\n[^x]: Labelled.\n",
            [(1, "Inline *note*, p. 3."), (2, "Labelled.")],
            (1, 2),
        ),
        ("A[^7] and[^7].\n\n[^7]: Seven.\n", [(7, "Seven.")], (7, 7)),  # a typed number stays
    ],
    ids=[
        "numeric",
        "named-by-order",
        "indented-continuation",
        "body-after-blank-line",
        "inline-in-order",
        "referenced-twice",
    ],
)
def test_markdown_footnotes(tmp_path: Path, text: str, notes, references) -> None:
    doc = _md(tmp_path, text)
    assert [(f.number, f.text) for f in doc.footnotes] == notes
    assert doc.references == references


def test_markdown_definition_lines(tmp_path: Path) -> None:
    doc = _md(tmp_path, "Intro.\n\nA[^a] b^[inline].\n\n[^a]: Alpha.\n")
    assert [(f.number, f.line) for f in doc.footnotes] == [(1, 5), (2, 3)]


def test_markdown_without_footnotes_is_plain_text(tmp_path: Path) -> None:
    doc = _md(tmp_path, "Body.¹\n\n¹ Smith, Book, p. 3.\n")
    assert (doc.footnotes, doc.format) == ((), "md")


@pytest.mark.parametrize(
    ("latex", "plain"),
    [
        (r"See \emph{The Book} (London, 2001), p.~3--4.", "See *The Book* (London, 2001), p. 3–4."),
        (r"\emph{The \textsc{Big} Book}", "*The Big Book*"),
        (r"{\itshape Title} and \textit{Other}", "*Title* and *Other*"),
        (r"``Quoted,'' 50\% \& more", "“Quoted,” 50% & more"),
        (r"\og Le titre \fg{}, c\oe{}ur\ldots", "« Le titre », cœur…"),
        (r"\enquote{Quoted} and \og{}tight\fg", "“Quoted” and « tight »"),
        (r"\glqq Staat\grqq{} und ,,Presse''", "„Staat“ und „Presse“"),
    ],
    ids=[
        "emph",
        "nested-braces",
        "itshape-group",
        "quotes-escapes",
        "babel-french",
        "csquotes",
        "babel-german",
    ],
)
def test_latex_to_plain(latex: str, plain: str) -> None:
    assert tex.to_plain(latex) == plain


def test_latex_footnotes(tmp_path: Path) -> None:
    path = tmp_path / "doc.tex"
    path.write_text(
        "Text\\footnote{See \\emph{A {nested} Book}, p. 3.}\n"
        "% \\footnote{commented out}\n"
        "More\\footnote[7]{Ibid.} end.\\footnote{Last.}\n",
        encoding="utf-8",
    )
    doc = sources.read(path)
    assert [(f.number, f.text, f.line) for f in doc.footnotes] == [
        (1, "See *A nested Book*, p. 3.", 1),
        (7, "Ibid.", 3),
        (8, "Last.", 3),
    ]
    assert doc.references == (1, 7, 8)


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(path: Path, body: str, footnotes: str | None) -> Path:
    with zipfile.ZipFile(path, "w") as package:
        document = f"<w:document {W}><w:body>{body}</w:body></w:document>"
        package.writestr("word/document.xml", document)
        if footnotes is not None:
            package.writestr("word/footnotes.xml", f"<w:footnotes {W}>{footnotes}</w:footnotes>")
    return path


def _run(text: str, *, italic: bool = False) -> str:
    props = "<w:rPr><w:i/></w:rPr>" if italic else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def test_docx_footnotes_in_reference_order(tmp_path: Path) -> None:
    body = (
        "<w:p>"
        + _run("First")
        + '<w:r><w:footnoteReference w:id="5"/></w:r>'
        + _run(" then")
        + '<w:r><w:footnoteReference w:id="2"/></w:r></w:p>'
    )
    notes = (
        '<w:footnote w:type="separator" w:id="-1"><w:p>' + _run("---") + "</w:p></w:footnote>"
        '<w:footnote w:id="2"><w:p>' + _run("Ibid.") + "</w:p></w:footnote>"
        '<w:footnote w:id="5"><w:p>'
        + _run(" Smith, ")
        + _run("The Book", italic=True)
        + _run(", p. 3.")
        + "</w:p></w:footnote>"
    )
    doc = sources.read(_docx(tmp_path / "doc.docx", body, notes))
    assert [(f.number, f.text) for f in doc.footnotes] == [
        (1, "Smith, *The Book*, p. 3."),
        (2, "Ibid."),
    ]
    assert (doc.references, doc.text) == ((1, 2), "First then")


@pytest.mark.parametrize(
    ("body", "notes", "reason"),
    [
        ("<w:p>", None, "damaged Word XML"),
        ("<w:p></w:p>", None, "empty"),
    ],
    ids=["broken-xml", "empty"],
)
def test_bad_docx(tmp_path: Path, body: str, notes: str | None, reason: str) -> None:
    with pytest.raises(UnreadableFile, match=reason):
        sources.read(_docx(tmp_path / "doc.docx", body, notes))


def test_docx_without_document_part(tmp_path: Path) -> None:
    path = tmp_path / "doc.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("other.xml", "<x/>")
    with pytest.raises(UnreadableFile, match="no word/document.xml"):
        sources.read(path)
