"""Word notes through the project's own fixture writer: runs, styles, links, tracked changes."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from citekit import sources
from citekit.errors import UnreadableFile
from citekit.model import Link
from citekit.sources.wordml import hyperlink_target
from tests.corpus_tools.docx_fixture import (
    deleted,
    field_link,
    hyperlink,
    inserted,
    runs,
    styled,
    write_docx,
)

EMPHASIS_STYLE = (
    '<w:style w:type="character" w:styleId="Emphasis"><w:name w:val="Emphasis"/>'
    "<w:rPr><w:i/></w:rPr></w:style>"
    '<w:style w:type="character" w:styleId="TitleOfWork"><w:name w:val="Title of work"/>'
    '<w:basedOn w:val="Emphasis"/></w:style>'
    '<w:style w:type="character" w:styleId="Plain"><w:name w:val="Plain"/></w:style>'
)
LINKS = {"rId7": "https://doi.org/10.1000/xyz123", "rId8": "https://example.org/page"}


def _read(tmp_path: Path, *notes: str) -> list[tuple[str, tuple[Link, ...]]]:
    path = tmp_path / "doc.docx"
    write_docx(
        path,
        title="T",
        author="A",
        creator="A",
        created=datetime(2024, 1, 1),
        body=[f"Text.[{n}]" for n in range(1, len(notes) + 1)],
        notes=list(notes),
        raw_notes=True,
        extra_styles=EMPHASIS_STYLE,
        note_links=LINKS,
    )
    return [(f.text, f.links) for f in sources.read(path).footnotes]


@pytest.mark.parametrize(
    ("xml", "text"),
    [
        (runs("Lefebvre, *The Production of Space*, p. 3.", per_word=True),
         "Lefebvre, *The Production of Space*, p. 3."),
        (runs("Smith, ") + styled("Book Title", "Emphasis") + runs(", 2001."),
         "Smith, *Book Title*, 2001."),
        (runs("Smith, ") + styled("Inherited", "TitleOfWork") + runs("."),
         "Smith, *Inherited*."),
        (runs("Smith, ") + styled("Undefined", "BookTitle") + runs("."), "Smith, *Undefined*."),
        (runs("Smith, ") + styled("Plain", "Plain") + runs("."), "Smith, Plain."),
        ('<w:r><w:rPr><w:rStyle w:val="Emphasis"/><w:i w:val="0"/></w:rPr><w:t>Off</w:t></w:r>',
         "Off"),
        ('<w:r><w:rPr><w:i w:val="false"/></w:rPr><w:t>Upright</w:t></w:r>', "Upright"),
        (runs("Smith, ") + '<w:r><w:rPr><w:smallCaps/></w:rPr><w:t>Jones</w:t></w:r>',
         "Smith, Jones"),
        (runs("Jones, Book") + deleted(" (draft)") + inserted(runs(", 2nd ed.")) + runs(" 1999."),
         "Jones, Book, 2nd ed. 1999."),
        ('<w:r><w:t>pp. 12</w:t><w:noBreakHyphen/><w:t>15;</w:t><w:tab/><w:t>next</w:t>'
         '<w:br/><w:t>line</w:t><w:softHyphen/><w:t>s</w:t></w:r>',
         "pp. 12-15; next lines"),
        (runs("See ") + '<w:commentRangeStart w:id="1"/>' + runs("this")
         + '<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>',
         "See this"),
    ],
    ids=["split-italic-runs", "emphasis-style", "based-on-emphasis", "undefined-book-title",
         "plain-style", "style-switched-off", "direct-off", "small-caps-as-typed",
         "tracked-changes-accepted", "hyphen-tab-break", "comments-ignored"],
)  # fmt: skip
def test_word_runs(tmp_path: Path, xml: str, text: str) -> None:
    assert _read(tmp_path, xml)[0][0] == text


@pytest.mark.parametrize(
    ("xml", "text", "target"),
    [
        (runs("Article, ") + hyperlink("doi:10.1000/xyz123", "rId7") + runs("."),
         "Article, doi:10.1000/xyz123.", "https://doi.org/10.1000/xyz123"),
        (runs("Page, ") + field_link("online", "https://example.org/field") + runs("."),
         "Page, online.", "https://example.org/field"),
        (runs("Page, ")
         + '<w:fldSimple w:instr=" HYPERLINK &quot;https://example.org/simple&quot; ">'
         + runs("here") + "</w:fldSimple>" + runs("."),
         "Page, here.", "https://example.org/simple"),
    ],
    ids=["w-hyperlink", "field-code", "simple-field"],
)  # fmt: skip
def test_word_links(tmp_path: Path, xml: str, text: str, target: str) -> None:
    (note_text, links), *_ = _read(tmp_path, xml)
    assert note_text == text
    assert [(note_text[link.start : link.end], link.target) for link in links] == [
        (text.split(", ")[1].rstrip("."), target)
    ]


@pytest.mark.parametrize(
    ("instructions", "target"),
    [
        (' HYPERLINK "https://a.org/x" ', "https://a.org/x"),
        (' HYPERLINK \\l "bookmark" ', None),
        (' HYPERLINK \\o "tip" "https://a.org/y" ', "https://a.org/y"),
        (" HYPERLINK https://a.org/z ", "https://a.org/z"),
        (' ADDIN ZOTERO_ITEM CSL_CITATION {"x": 1} ', None),
    ],
    ids=["quoted", "bookmark-only", "switch-first", "unquoted", "other-field"],
)
def test_hyperlink_field_instructions(instructions: str, target: str | None) -> None:
    assert hyperlink_target(instructions) == target


def test_a_deleted_note_reference_is_no_reference(tmp_path: Path) -> None:
    path = tmp_path / "doc.docx"
    write_docx(
        path, title="T", author="A", creator="A", created=datetime(2024, 1, 1),
        body=["One.[1] Two.[2]"], notes=["First.", "Second."],
    )  # fmt: skip
    with zipfile.ZipFile(path) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    reference = (
        b'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
        b'<w:footnoteReference w:id="2"/></w:r>'
    )
    assert reference in parts["word/document.xml"]
    tracked = b'<w:del w:id="5" w:author="E" w:date="2024-01-01T00:00:00Z">%s</w:del>' % reference
    parts["word/document.xml"] = parts["word/document.xml"].replace(reference, tracked)
    with zipfile.ZipFile(path, "w") as package:
        for name, data in parts.items():
            package.writestr(name, data)
    assert [(f.number, f.text) for f in sources.read(path).footnotes] == [(1, "Second.")]


BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>"
)


def test_entity_declarations_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("word/document.xml", BOMB)
    with pytest.raises(UnreadableFile, match="entity declarations are refused"):
        sources.read(path)
