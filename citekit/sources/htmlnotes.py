"""The notes of an HTML page, from its links: note references pointing to note bodies."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote

from citekit.inline import InlineBuilder
from citekit.model import Footnote, Link
from citekit.sources.htmltext import Element, TextWalker, is_backlink

# what a note reference shows: "1", "[12]", "(3)", "a", "iv", "*", "†"
MARKER_RE = re.compile(r"[\[(]?\s*(?P<marker>\d{1,5}|[a-z]|[ivxlc]{1,6}|[*†‡§¶]{1,3})\s*[\])]?")
PLAIN_DIGITS_MAX = 3  # a bare "2001" linked to #ref-smith is a year, not note 2001
# a link that shows a year points to a bibliography entry: pandoc's link-citations write
# "Grondin (<a href="#ref-grondin">2011</a>, 271)", and "1958b" as two links "1958" and "b"
YEAR_LINK_RE = re.compile(r"[(\[]?\d{4}[a-z]?[)\]]?")
# pandoc's footnote-ref, kramdown's footnote, JATS's xref-fn, WordPress's easy-footnote, ...
NOTEREF_CLASS_RE = re.compile(r"foot|note|fn|ref|xref|cite", re.IGNORECASE)
# elements that hold a note's text inline; the note is the block around them
INLINE_TAGS = frozenset(
    [
        "a",
        "span",
        "sup",
        "sub",
        "b",
        "i",
        "em",
        "strong",
        "small",
        "font",
        "cite",
        "abbr",
        "u",
        "label",
    ]
)
# blocks that can be a note (not a heading, a section of the article, a figure)
NOTE_BLOCKS = frozenset(["li", "p", "div", "dd", "dt", "aside", "td", "blockquote", "footer"])
FURNITURE_TAGS = frozenset({"nav", "header", "form", "menu"})
FURNITURE_ROLES = frozenset({"navigation", "banner", "search", "menu", "tablist"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# a note's leading marker, when it is text and not a link: "1. ", "[1] ", "12 "
LEADING_MARKER_RE = re.compile(r"\s*[\[(]?(?P<marker>\d{1,5}|[a-z*†‡])[\])]?[.:]?\s+")


@dataclass
class _Note:
    target: Element  # what the references point to
    block: Element  # the block that holds it
    marker: str  # what the first reference shows
    line: int


def find(root: Element) -> tuple[tuple[Footnote, ...], tuple[int, ...]]:
    """The notes of the page (numbered by their markers, or in order) and its references."""
    order = {element: index for index, element in enumerate(root.iter())}
    targets = _targets(root)
    entries = _cited_entries(root, targets)
    notes: dict[Element, _Note] = {}
    referenced: list[Element] = []  # the target of each reference, in order
    links: set[int] = set()
    for link in root.iter("a"):
        found = _note_of(link, targets, order)
        if found is None or id(found[1]) in entries:
            continue
        block, target = found
        notes.setdefault(target, _Note(target, block, _marker(link), block.sourceline or 0))
        referenced.append(target)
        links.add(id(link))
    if not notes:
        return (), ()
    for target in _unreferenced(list(notes.values()), _pointed_to(root)):
        notes[target] = _Note(target, target, _id_number(target), target.sourceline or 0)
    _widen(list(notes.values()), links)
    numbers = _numbers(list(notes.values()))
    footnotes = _texts(list(notes.values()), numbers, targets, order, entries)
    return footnotes, tuple(numbers[id(notes[target])] for target in referenced)


# an id that names a note by its number: "fn12", "ref12", "note-12", "_ftn12"
NUMBERED_ID_RE = re.compile(r"(?P<stem>[^\d]*?)(?P<number>\d{1,4})")


def _unreferenced(notes: list[_Note], pointed_to: set[str]) -> list[Element]:
    """Items of the note list that no link points to ("<li id="ref40">" after "ref1"…"ref39"):
    a note whose marker the text lacks is still a note (an orphan, reported as such), never
    dropped. Taken only where every note found is its list's item, with an id that is one stem
    and the note's marker ("ref12" for the note marked 12); an item a table of contents links
    to is no note."""
    stems = set()
    for note in notes:
        match = NUMBERED_ID_RE.fullmatch(note.target.get("id") or "")
        if match is None or note.target is not note.block or match["number"] != note.marker:
            return []
        stems.add((match["stem"], note.target.tag, note.target.getparent()))
    if len(stems) != 1:
        return []
    stem, tag, parent = stems.pop()
    found = {id(note.target) for note in notes}
    return [
        item
        for item in (parent if parent is not None else ())
        if item.tag == tag
        and id(item) not in found
        and item.get("id") not in pointed_to
        and (match := NUMBERED_ID_RE.fullmatch(item.get("id") or "")) is not None
        and match["stem"] == stem
    ]


def _pointed_to(root: Element) -> set[str]:
    """The ids the page's links point to ("#n2" -> "n2")."""
    return {
        unquote(href[1:]) for link in root.iter("a") if (href := link.get("href", ""))[:1] == "#"
    }


def _id_number(item: Element) -> str:
    match = NUMBERED_ID_RE.fullmatch(item.get("id") or "")
    return str(int(match["number"])) if match else ""


def _targets(root: Element) -> dict[str, Element]:
    """Every place a link can point to: id= attributes, and <a name=> anchors."""
    out: dict[str, Element] = {}
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for key in (element.get("id"), element.get("name") if element.tag == "a" else None):
            if key:
                out.setdefault(key, element)
    return out


def _cited_entries(root: Element, targets: dict[str, Element]) -> set[int]:
    """ids of the elements that a link showing a year points to: bibliography entries.

    Such an entry is neither a note (its year's letter "b" is no marker) nor the place a
    note's back-link leads to (the year is text, not the note's number)."""
    out: set[int] = set()
    for link in root.iter("a"):
        if YEAR_LINK_RE.fullmatch(link.text_content().strip()):
            target = _target_of(link, targets)
            if target is not None:
                out.add(id(target))
    return out


def _target_of(link: Element, targets: dict[str, Element]) -> Element | None:
    """The element of the page LINK points to ("#fn3"), or None for a link elsewhere."""
    href = link.get("href", "")
    return targets.get(unquote(href[1:])) if href.startswith("#") else None


def _note_of(
    link: Element, targets: dict[str, Element], order: dict[Element, int]
) -> tuple[Element, Element] | None:
    """(the note block, the element pointed to) if LINK is a note reference."""
    target = _target_of(link, targets)
    if target is None or not _looks_like_reference(link) or _in_furniture(link):
        return None
    if order.get(target, -1) <= order.get(link, 0):
        return None  # notes follow their references; a link back up is a back-link
    block = _block(target)
    if block is None or block in link.iterancestors():
        return None
    return block, target


def _in_furniture(link: Element) -> bool:
    """In navigation, a page header or a form: a table of contents, not a note reference.
    A heading in a <header> is the article's title or byline, whose notes (thanks, the
    authors' affiliations) are the article's own."""
    for ancestor in link.iterancestors():
        if ancestor.tag in HEADINGS:
            return False
        if ancestor.tag in FURNITURE_TAGS or ancestor.get("role") in FURNITURE_ROLES:
            return True
    return False


def _looks_like_reference(link: Element) -> bool:
    match = MARKER_RE.fullmatch(link.text_content().strip())
    if match is None:
        return False
    marked = (
        link.get("role") == "doc-noteref"
        or link.find(".//sup") is not None
        or any(a.tag == "sup" or a.get("role") == "doc-noteref" for a in link.iterancestors())
        or bool(NOTEREF_CLASS_RE.search(link.get("class", "")))
    )
    digits = match.group("marker")
    return marked or not digits.isdigit() or len(digits) <= PLAIN_DIGITS_MAX


def _block(target: Element) -> Element | None:
    """The block that holds TARGET: itself, or its nearest block ancestor."""
    element: Element | None = target
    while element is not None and element.tag in INLINE_TAGS:
        element = element.getparent()
    if element is None or element.tag not in NOTE_BLOCKS:
        return None
    if any(True for _ in element.iter("h1", "h2", "h3")):
        return None  # a section of the article, not a note
    return element


def _widen(notes: list[_Note], links: set[int]) -> None:
    """A note's first paragraph -> the note: <div class="footnote"><p id=…>…</p><p>…</p></div>.

    A note block grows into its parent block while it opens that parent and the parent
    holds no other note, no note reference and no heading.
    """
    targets = {id(note.target) for note in notes}
    for note in notes:
        block = note.block
        parent = block.getparent()
        while (
            parent is not None
            and parent.tag in NOTE_BLOCKS
            and _opens(block, parent)
            and not any(
                (id(e) in targets and e is not note.target) or id(e) in links or e.tag in HEADINGS
                for e in parent.iter()
            )
        ):
            block, parent = parent, parent.getparent()
        note.block = block


def _opens(block: Element, parent: Element) -> bool:
    """Is BLOCK the first thing in PARENT (nothing but white space before it)?"""
    return parent[0] is block and not (parent.text or "").strip()


def _marker(link: Element) -> str:
    match = MARKER_RE.fullmatch(link.text_content().strip())
    return match.group("marker") if match else ""


def _numbers(notes: list[_Note]) -> dict[int, int]:
    """id(note) -> its number: the markers when they are figures, all different, else order."""
    markers = [note.marker for note in notes]
    if all(m.isdigit() for m in markers) and len(set(markers)) == len(markers):
        return {id(note): int(note.marker) for note in notes}
    return {id(note): index for index, note in enumerate(notes, start=1)}


def _texts(
    notes: list[_Note],
    numbers: dict[int, int],
    targets: dict[str, Element],
    order: dict[Element, int],
    entries: set[int],
) -> tuple[Footnote, ...]:
    """Each note's text in the inline model; a block holding several notes is cut at them."""
    blocks: dict[Element, list[_Note]] = {}
    for note in sorted(notes, key=lambda n: order[n.target]):
        blocks.setdefault(note.block, []).append(note)
    not_backlinked = {id(e) for block in blocks for e in block.iter()} | entries

    def in_page(key: str) -> bool:  # a link to the text, not to a note: a back-link
        target = targets.get(key)
        return target is not None and id(target) not in not_backlinked

    out = []
    for block, held in blocks.items():
        for note, (text, links) in zip(held, _read_block(block, held, in_page), strict=True):
            text, links = _strip_marker(text, links, note.marker)
            text, links = _cut_head(text, links, LEADING_ARROW_RE.match(text))
            text = TRAILING_ARROW_RE.sub("", text)  # a back-link's arrow whose <a> markup broke
            out.append(Footnote(numbers[id(note)], text, note.line, links))
    return tuple(sorted(out, key=lambda f: f.number))


# "…, Confederate Veteran↩": the back-link's arrow left as text where a broken tag swallowed
# its <a> ("</em 8 (1900) … <a href="#fnref:25">"), as a browser shows it
BACK_ARROW = r"[\u21a9\u2191\u2934\u2b06][\ufe0e\ufe0f]?"  # ↩ ↑ ⤴ ⬆, text or emoji form
TRAILING_ARROW_RE = re.compile(rf"\s*{BACK_ARROW}\s*$")
# "↑ Name, *Title*": the back-link of a note whose marker the text lacks leads nowhere, so it
# is not known as a back-link; its arrow is no part of the note either
LEADING_ARROW_RE = re.compile(rf"\s*{BACK_ARROW}\s+")


def _read_block(
    block: Element, held: list[_Note], in_page: Callable[[str], bool]
) -> list[tuple[str, tuple[Link, ...]]]:
    """The text of each note BLOCK holds; text before the second note's target is the first's."""
    builders = [InlineBuilder() for _ in held]
    starts = {id(note.target): index for index, note in enumerate(held) if index}
    walker = TextWalker(builders[0], lambda e: False)

    def skip(element: Element) -> bool:
        if id(element) in starts:
            walker.builder = builders[starts[id(element)]]
        return is_backlink(element, inside_page=in_page)

    walker.skip = skip
    walker.walk(block)
    return [builder.build() for builder in builders]


def _strip_marker(text: str, links: tuple[Link, ...], marker: str) -> tuple[str, tuple[Link, ...]]:
    """A note's own number at its start ("1. Smith…") is no part of it."""
    match = LEADING_MARKER_RE.match(text)
    if not (match and marker and match.group("marker") == marker):
        return text, links
    return _cut_head(text, links, match)


def _cut_head(
    text: str, links: tuple[Link, ...], match: re.Match[str] | None
) -> tuple[str, tuple[Link, ...]]:
    """TEXT without the MATCH at its start (a marker, an arrow), its links moved with it."""
    if match is None:
        return text, links
    cut = match.end()
    kept = tuple(
        Link(link.start - cut, link.end - cut, link.target) for link in links if link.start >= cut
    )
    return text[cut:], kept
