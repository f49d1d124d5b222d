"""Word .docx: footnotes and endnotes read from the package XML (standard library only)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

from citekit.errors import UnreadableFile
from citekit.model import Document

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NOTE_PARTS = (("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote"))


def read(path: Path) -> Document:
    """Read a .docx file; numbering follows the order of the references in the body."""
    try:
        with zipfile.ZipFile(path) as package:
            parts = {
                name: package.read(name)
                for name in package.namelist()
                if name in ("word/document.xml", *(p for p, _ in NOTE_PARTS))
            }
    except FileNotFoundError:
        raise UnreadableFile(str(path), "no such file") from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnreadableFile(str(path), "not a Word .docx file") from exc
    if "word/document.xml" not in parts:
        raise UnreadableFile(str(path), "not a Word .docx file (no word/document.xml)")
    try:
        body = ElementTree.fromstring(parts["word/document.xml"])
        notes = {kind: _notes(parts.get(part)) for part, kind in NOTE_PARTS}
    except ElementTree.ParseError as exc:
        raise UnreadableFile(str(path), f"damaged Word XML ({exc})") from exc
    order = _reference_order(body)
    footnotes = []
    for number, (kind, note_id) in enumerate(order, start=1):
        note_text = notes[kind].get(note_id)
        if note_text is not None:
            footnotes.append((number, note_text, number))
    text = "\n\n".join(_paragraph_text(p) for p in body.iter(f"{W}p"))
    if not text.strip() and not footnotes:
        raise UnreadableFile(str(path), "the document is empty")
    return Document(
        path=str(path),
        text=text,
        format="docx",
        footnotes=tuple(footnotes),
        references=tuple(range(1, len(order) + 1)),
    )


def _notes(xml: bytes | None) -> dict[str, str]:
    """Note id -> text, leaving out Word's separator pseudo-notes."""
    if xml is None:
        return {}
    root = ElementTree.fromstring(xml)
    out = {}
    for note in root:
        if note.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        paragraphs = [_paragraph_text(p) for p in note.iter(f"{W}p")]
        out[note.get(f"{W}id", "")] = " ".join(p for p in paragraphs if p).strip()
    return out


def _reference_order(body: ElementTree.Element) -> list[tuple[str, str]]:
    """(kind, id) of every note reference, in document order."""
    order = []
    for element in body.iter():
        if element.tag in (f"{W}footnoteReference", f"{W}endnoteReference"):
            kind = "footnote" if element.tag == f"{W}footnoteReference" else "endnote"
            order.append((kind, element.get(f"{W}id", "")))
    return order


def _paragraph_text(paragraph: ElementTree.Element) -> str:
    """A paragraph's text, italic runs wrapped in *...* as the other readers keep them."""
    pieces = []
    for run in paragraph.iter(f"{W}r"):
        text = "".join(t.text or "" for t in run.iter(f"{W}t"))
        if not text:
            continue
        props = run.find(f"{W}rPr")
        italic = props is not None and props.find(f"{W}i") is not None
        pieces.append(f"*{text}*" if italic and text.strip() else text)
    return "".join(pieces).replace("**", "")
