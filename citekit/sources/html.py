"""HTML pages: notes found from the page's structure, note references linking to note bodies.

The parser is lxml's (libxml2's HTML parser): it reads malformed pages as far as they go,
as browsers do, and citekit already needs lxml for Word's XML, so one parser serves both
(selectolax would be a second compiled dependency for the same job).

A note reference is an in-page link (``href="#fn1"``) whose text is a marker ("1",
"[1]", "a", "*"), or one marked as a note reference (``role="doc-noteref"``, a ``<sup>``);
its note is the block that holds the element it points to (``id="fn1"``, or
``<a name="fn1">``), coming after it. This covers pandoc (``section.footnotes``),
kramdown (``div.footnotes``), WordPress footnote plugins, MediaWiki (``cite_note-…``),
journal galleys (``fn`` ids) and Word's "Save as web page". A page without such links is
read as text: its visible paragraphs go to the layout reader, as a .txt would.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from citekit.errors import UnreadableFile
from citekit.inline import InlineBuilder
from citekit.model import Document
from citekit.sources import htmlendnotes, htmllisted, htmlnotes
from citekit.sources.htmltext import Element, TextWalker, is_hidden, is_page_mark
from citekit.sources.raw import decode, read_bytes

# <meta charset="windows-1252"> or <meta http-equiv=… content="text/html; charset=…">
META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*>")  # lxml refuses it in a str
LIST_NUMBER_RE = re.compile(r"\s*[\[(]?\d+[\])]?[.:]?\s")  # an item that shows its own number
MARKUP_RE = re.compile(r"<\s*[a-zA-Z!/]")
# page furniture that is never a note, wherever it stands
FURNITURE_XPATH = etree.XPath(
    "//nav|//form|//*[@role='navigation' or @role='search' or @role='banner' "
    "or @role='contentinfo' or @role='complementary']"
)
MAIN_XPATH = etree.XPath("//main|//*[@role='main']|//article")
BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)  # raw.decode reads them
_PARSER = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)


def read(path: Path) -> Document:
    """Read a saved web page; its notes become Document.footnotes, or its text is read."""
    text = _decode(path, read_bytes(path))
    if not MARKUP_RE.search(text[:65536]):
        raise UnreadableFile(str(path), "not an HTML page (no markup; pass a .txt for plain text)")
    root = parse_page(path, text)
    footnotes, references = htmlnotes.find(root)
    if not footnotes:  # no note links: notes marked "(48)" in plain text, if the page has them
        footnotes, references = htmllisted.find(root)
    if not footnotes:  # an e-book's endnotes file: notes marked as such, called from elsewhere
        footnotes = htmlendnotes.find(root)
    if footnotes:
        return Document(
            path=str(path),
            text=text,
            format="html",
            footnotes=footnotes,
            references=references,
        )
    return Document(path=str(path), text=visible_text(root), format="html")


def _decode(path: Path, data: bytes) -> str:
    """The page's text: by BOM, by its <meta charset>, as UTF-8, or else as Windows-1252."""
    declared = META_CHARSET_RE.search(data[:4096])
    encoding = declared.group(1).decode("ascii", "replace").lower() if declared else "utf-8"
    try:
        encoding = codecs.lookup(encoding).name
    except LookupError:
        encoding = "utf-8"
    if encoding == "utf-8" or b"\x00" in data or data.startswith(BOMS):
        try:
            return decode(path, data)  # BOMs, binary and empty files, newlines
        except UnreadableFile as exc:
            if not exc.reason.startswith("not valid"):
                raise
            encoding = "cp1252"  # undeclared and not UTF-8: what browsers assume
    return data.decode(encoding, errors="replace").replace("\r\n", "\n").replace("\r", "\n")


def parse_page(path: Path, text: str) -> Element:
    try:
        root = lxml_html.document_fromstring(XML_DECLARATION_RE.sub("", text, count=1), _PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise UnreadableFile(str(path), f"not an HTML page ({exc})") from exc
    for element in [
        e for e in root.iter() if isinstance(e.tag, str) and (is_hidden(e) or is_page_mark(e))
    ]:
        _drop(
            element
        )  # scripts, styles, display:none, printed page numbers: never text, never notes
    return root


def _drop(element: Element) -> None:
    """Remove ELEMENT but keep the text that follows it."""
    if element.getparent() is not None:
        element.drop_tree()


def visible_text(root: Element) -> str:
    """The page's paragraphs as a reader sees them, one blank line apart.

    Navigation, forms and (outside the page's main article) headers, footers and
    asides are left out; <sup> digits become superscript digits, a link's target follows
    its text, italics are *marked*.
    """
    for element in FURNITURE_XPATH(root):
        _drop(element)
    mains = MAIN_XPATH(root)
    if mains:
        scope = [max(mains, key=lambda m: len(m.text_content()))]
    else:
        scope = [root]
        for element in root.iter("header", "footer", "aside"):
            _drop(element)
    for element in scope:
        _number_list_items(element)
    paragraphs: list[str] = []
    current = InlineBuilder()

    def paragraph_break() -> None:
        nonlocal current
        text = current.build()[0]
        if text:
            paragraphs.append(text)
        current = InlineBuilder()
        walker.builder = current

    walker = TextWalker(current, lambda e: False, on_break=paragraph_break, superscripts=True)
    walker.walk_all(scope)
    paragraph_break()
    return "\n\n".join(paragraphs) + "\n"


def _number_list_items(root: Element) -> None:
    """Write the numbers a browser shows before ordered list items ("1. ", "2. ")."""
    for ordered in root.iter("ol"):
        number = _integer(ordered.get("start"), 1)
        for item in ordered.iterchildren("li"):
            number = _integer(item.get("value"), number)
            if not LIST_NUMBER_RE.match(item.text_content()):
                item.text = f"{number}. {item.text or ''}"
            number += 1


def _integer(value: str | None, default: int) -> int:
    return int(value) if value and value.strip().isdigit() else default
