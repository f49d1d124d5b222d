"""Word .docx: footnotes and endnotes read from the package XML (standard library only)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

from citekit.errors import UnreadableFile
from citekit.inline import InlineBuilder
from citekit.model import Document, Footnote, Link

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
        note = notes[kind].get(note_id)
        if note is not None:
            footnotes.append(Footnote(number, note[0], number, note[1]))
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


def _notes(xml: bytes | None) -> dict[str, tuple[str, tuple[Link, ...]]]:
    """Note id -> its text and links (the inline model), leaving out Word's separator notes."""
    if xml is None:
        return {}
    root = ElementTree.fromstring(xml)
    out = {}
    for note in root:
        if note.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        builder = InlineBuilder()
        for paragraph in note.iter(f"{W}p"):
            _add_runs(builder, paragraph)
            builder.space()
        out[note.get(f"{W}id", "")] = builder.build()
    return out


def _reference_order(body: ElementTree.Element) -> list[tuple[str, str]]:
    """(kind, id) of every note reference, in document order."""
    order = []
    for element in body.iter():
        if element.tag in (f"{W}footnoteReference", f"{W}endnoteReference"):
            kind = "footnote" if element.tag == f"{W}footnoteReference" else "endnote"
            order.append((kind, element.get(f"{W}id", "")))
    return order


def _add_runs(builder: InlineBuilder, paragraph: ElementTree.Element) -> None:
    """A paragraph's runs, with their italics, into BUILDER."""
    for run in paragraph.iter(f"{W}r"):
        text = "".join(t.text or "" for t in run.iter(f"{W}t"))
        props = run.find(f"{W}rPr")
        builder.add(text, italic=props is not None and props.find(f"{W}i") is not None)


def _paragraph_text(paragraph: ElementTree.Element) -> str:
    """A body paragraph's text."""
    builder = InlineBuilder()
    _add_runs(builder, paragraph)
    return builder.build()[0]
