"""The notes of an HTML page that holds only notes, marked as notes by their semantics.

An e-book's endnotes file (Standard Ebooks' endnotes.xhtml, an EPUB's notes chapter) lists
its notes as `<li id="note-17" epub:type="endnote">` (or DPUB-ARIA's role="doc-endnote"),
each closed by a back-link to the chapter that calls it; the references are in other files,
so no link in the page points to a note. The notes are the marked elements, in order; each
one's number is the one its id gives ("note-17" is note 17: the book counts its notes across
chapters, and a file may begin anywhere), or else its place in its numbered list.
"""

from __future__ import annotations

import re

from citekit.inline import InlineBuilder
from citekit.model import Footnote
from citekit.sources.htmltext import Element, TextWalker, is_backlink

# epub:type="endnote", "footnote", "rearnote"; role="doc-endnote", "doc-footnote"
NOTE_TYPE_RE = re.compile(r"(?:^|\s)(?:doc-)?(?:end|foot|rear)note(?:\s|$)")
NOTES_TYPE_RE = re.compile(r"(?:^|\s)(?:doc-)?(?:end|foot|rear)notes(?:\s|$)")  # the list's section
BACKLINK_TYPE_RE = re.compile(r"(?:^|\s)(?:doc-)?backlink(?:\s|$)")
ID_NUMBER_RE = re.compile(r"(?P<number>\d{1,5})$")  # "note-17", "fn17", "en_3"
SEMANTIC_ATTRIBUTES = ("epub:type", "role")


def find(root: Element) -> tuple[Footnote, ...]:
    """The marked notes of ROOT in document order (or the items of a list marked as the
    notes: <section epub:type="endnotes"><ol><li id="note-1">); () when it marks none."""
    marked = [e for e in root.iter() if isinstance(e.tag, str) and _is_note(e)]
    if not marked:
        lists = [e for e in root.iter() if isinstance(e.tag, str) and _is_notes(e)]
        marked = [item for e in lists for item in e.iter("li") if _outermost(item, e)]
    inner = {id(a) for e in marked for a in e.iterancestors()}
    notes = [e for e in marked if id(e) not in inner]
    return tuple(_footnote(note, place) for place, note in enumerate(notes, start=1))


def _is_note(element: Element) -> bool:
    return any(NOTE_TYPE_RE.search(element.get(a, "")) for a in SEMANTIC_ATTRIBUTES)


def _outermost(item: Element, notes: Element) -> bool:
    """Is ITEM a note of the list NOTES, not an item of a list inside a note?"""
    for ancestor in item.iterancestors():
        if ancestor is notes:
            return True
        if ancestor.tag == "li":
            return False
    return True


def _is_notes(element: Element) -> bool:
    return any(NOTES_TYPE_RE.search(element.get(a, "")) for a in SEMANTIC_ATTRIBUTES)


def _number(note: Element, place: int) -> int:
    """The number the note's id ends in, else its place in its <ol> (start= counted)."""
    found = ID_NUMBER_RE.search(note.get("id", ""))
    if found:
        return int(found.group("number"))
    parent = note.getparent()
    if note.tag == "li" and parent is not None and parent.tag == "ol":
        start = parent.get("start", "1")
        items = [i for i in parent if i.tag == "li"]
        return (int(start) if start.isdigit() else 1) + items.index(note)
    return place


def _footnote(note: Element, place: int) -> Footnote:
    builder = InlineBuilder()
    TextWalker(builder, _back_to_text).walk(note)
    text, links = builder.build()
    return Footnote(_number(note, place), text, note.sourceline or 0, links)


def _back_to_text(element: Element) -> bool:
    """The note's link back to the chapter that calls it ("↩"): no part of the note."""
    if any(BACKLINK_TYPE_RE.search(element.get(a, "")) for a in SEMANTIC_ATTRIBUTES):
        return True
    return is_backlink(element, inside_page=lambda _: True)
