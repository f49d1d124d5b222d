"""Word .docx: footnotes and endnotes read from the package XML (lxml, no entity expansion)."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from citekit.errors import UnreadableFile
from citekit.model import Document, Footnote, Link
from citekit.sources.wordml import (
    ParagraphReader,
    Styles,
    W,
    read_relationships,
    read_styles,
)

BODY = "word/document.xml"
NOTE_PARTS = (("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote"))
STYLES = "word/styles.xml"
WANTED = (BODY, STYLES, *(part for part, _ in NOTE_PARTS))
MAX_PART_BYTES = 256 * 1024 * 1024  # a part larger than this unpacked is a zip bomb, not prose
NOT_NOTES = frozenset({"separator", "continuationSeparator", "continuationNotice"})
# a note reference that a tracked deletion removed is no reference
REFERENCES = etree.XPath(
    "//w:footnoteReference[not(ancestor::w:del or ancestor::w:moveFrom)]"
    "|//w:endnoteReference[not(ancestor::w:del or ancestor::w:moveFrom)]",
    namespaces={"w": W[1:-1]},
)
# Word XML never declares entities: no DTD is loaded and no entity is expanded
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def read(path: Path) -> Document:
    """Read a .docx file; numbering follows the order of the references in the body."""
    parts = _parts(path)
    if BODY not in parts:
        raise UnreadableFile(str(path), "not a Word .docx file (no word/document.xml)")
    xml = {name: _xml(path, data) for name, data in parts.items()}
    styles = read_styles(xml.get(STYLES))
    notes = {
        kind: _notes(xml.get(part), styles, read_relationships(xml.get(_rels(part))))
        for part, kind in NOTE_PARTS
    }
    body = xml[BODY]
    order = [
        ("footnote" if ref.tag == W + "footnoteReference" else "endnote", ref.get(W + "id", ""))
        for ref in REFERENCES(body)
    ]
    footnotes = []
    for number, (kind, note_id) in enumerate(order, start=1):
        note = notes[kind].get(note_id)
        if note is not None:
            footnotes.append(Footnote(number, note[0], number, note[1]))
    text = _body_text(body, styles, read_relationships(xml.get(_rels(BODY))))
    if not text.strip() and not footnotes:
        raise UnreadableFile(str(path), "the document is empty")
    return Document(
        path=str(path),
        text=text,
        format="docx",
        footnotes=tuple(footnotes),
        references=tuple(range(1, len(order) + 1)),
    )


def _parts(path: Path) -> dict[str, bytes]:
    """The package parts citekit reads (body, notes, styles and their relationships)."""
    try:
        with zipfile.ZipFile(path) as package:
            names = set(WANTED) | {_rels(name) for name in WANTED}
            infos = [info for info in package.infolist() if info.filename in names]
            if any(info.file_size > MAX_PART_BYTES for info in infos):
                raise UnreadableFile(str(path), "a part of the Word file is too large to be prose")
            return {info.filename: package.read(info) for info in infos}
    except FileNotFoundError:
        raise UnreadableFile(str(path), "no such file") from None
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise UnreadableFile(str(path), "not a Word .docx file") from exc


def _xml(path: Path, data: bytes) -> etree._Element:
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise UnreadableFile(str(path), f"damaged Word XML ({exc})") from exc
    if root.getroottree().docinfo.internalDTD is not None:
        raise UnreadableFile(str(path), "Word XML with a DTD (entity declarations are refused)")
    return root


def _rels(part: str) -> str:
    """word/footnotes.xml -> word/_rels/footnotes.xml.rels"""
    folder, _, name = part.rpartition("/")
    return f"{folder}/_rels/{name}.rels"


def _notes(
    root: etree._Element | None, styles: Styles, relationships: dict[str, str]
) -> dict[str, tuple[str, tuple[Link, ...]]]:
    """Note id -> its text and links (the inline model), leaving out Word's separator notes."""
    if root is None:
        return {}
    out = {}
    for note in root:
        if not isinstance(note.tag, str) or note.get(W + "type") in NOT_NOTES:
            continue
        reader = ParagraphReader(styles, relationships)
        for paragraph in _paragraphs(note):
            reader.paragraph(paragraph)
        out[note.get(W + "id", "")] = reader.builder.build()
    return out


def _paragraphs(root: etree._Element) -> Iterator[etree._Element]:
    """The paragraphs under ROOT, in tables too, but not those inside another (text boxes)."""
    for paragraph in root.iter(W + "p"):
        if next(paragraph.iterancestors(W + "p"), None) is None:
            yield paragraph


def _body_text(body: etree._Element, styles: Styles, relationships: dict[str, str]) -> str:
    """The body's paragraphs, one per line pair (line numbers only)."""
    texts = []
    for paragraph in _paragraphs(body):
        reader = ParagraphReader(styles, relationships)
        reader.paragraph(paragraph)
        texts.append(reader.builder.build()[0])
    return "\n\n".join(texts)
