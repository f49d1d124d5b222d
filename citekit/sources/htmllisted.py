"""The notes of an HTML page written by hand, without note links: the body shows "(48)" or
"[48]" as plain text, and a list at the end has items that open with the same marker.

Hand-made sites (and pages converted from word processors) often write notes this way. A
list of numbered points is no note list: an item counts as a note only when the text
before it shows its marker, in the same brackets, so a page that merely opens paragraphs
with "(1)" is read as text, as before.
"""

from __future__ import annotations

import re

from citekit.inline import InlineBuilder
from citekit.model import Footnote, Link
from citekit.sources.htmltext import Element, TextWalker

# an item that opens with a bracketed note number: "(48) The *Rudimenta* …", "[3] Ibid."
ITEM_MARKER_RE = re.compile(r"\s*(?P<open>[(\[])(?P<number>\d{1,4})[)\]]\s+(?=\S)")
ITEM_TAGS = ("li", "p", "dd")  # the blocks a hand-made note list is written in
CLOSING = {"(": ")", "[": "]"}
MIN_NOTES = 2  # one bracketed number matching the body could be chance
MIN_SHARE = 0.5  # of the marked items, at least this share must be referenced in the body


def find(root: Element) -> tuple[tuple[Footnote, ...], tuple[int, ...]]:
    """The notes of ROOT written with bracketed markers, and the references to them in order;
    ((), ()) when the page has no such notes."""
    items = _marked_items(root)
    if not items:
        return (), ()
    bracket = _marker(items[0])[0]
    items = [i for i in items if _marker(i)[0] == bracket]
    body = "".join(items[0].xpath("preceding::text()"))
    referenced = _references(body, bracket)
    notes = [i for i in items if _marker(i)[1] in referenced]
    if len(notes) < MIN_NOTES or len(notes) < MIN_SHARE * len(items):
        return (), ()
    numbers = {_marker(i)[1] for i in notes}
    return tuple(_footnote(i) for i in notes), tuple(n for n in referenced if n in numbers)


def _marked_items(root: Element) -> list[Element]:
    """Blocks that open with a bracketed number and hold no such block themselves."""
    found = [e for e in root.iter(*ITEM_TAGS) if ITEM_MARKER_RE.match(e.text_content())]
    inner = {id(a) for e in found for a in e.iterancestors()}
    return [e for e in found if id(e) not in inner]


def _marker(item: Element) -> tuple[str, int]:
    match = ITEM_MARKER_RE.match(item.text_content())
    return (match.group("open"), int(match.group("number"))) if match else ("", -1)


def _references(body: str, bracket: str) -> list[int]:
    """The numbers shown in BRACKET in the body text, in order: "… century. (48) Perotti …"."""
    pattern = re.escape(bracket) + r"(\d{1,4})" + re.escape(CLOSING[bracket])
    return [int(m.group(1)) for m in re.finditer(pattern, body)]


def _footnote(item: Element) -> Footnote:
    builder = InlineBuilder()
    TextWalker(builder, lambda e: False).walk(item)
    text, links = builder.build()
    cut = ITEM_MARKER_RE.match(text)
    start = cut.end() if cut else 0
    kept = tuple(Link(k.start - start, k.end - start, k.target) for k in links if k.start >= start)
    return Footnote(_marker(item)[1], text[start:], item.sourceline or 0, kept)
