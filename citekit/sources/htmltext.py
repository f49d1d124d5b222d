"""HTML elements -> the inline model (a note) or visible paragraphs (a page without note links).

Italics are ``<i>``, ``<em>`` and ``font-style: italic``; ``<cite>`` is not (MediaWiki
wraps whole references in it and sets it upright). Links are ``<a href>`` to another
page; a link inside the page from a note back to its reference is a back-link and is
dropped with its text ("↩", "^", "↑", "a b c"), as are elements marked as back-links.
Hidden elements, scripts and styles are never text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from lxml import html as lxml_html

from citekit.inline import InlineBuilder

Element = lxml_html.HtmlElement

# elements that end a line of text: between two of them the note or page has a break
BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
        "br",
    ]
)
NEVER_TEXT = frozenset(
    ["script", "style", "noscript", "template", "svg", "math", "head", "title", "iframe", "button"]
)
ITALIC_TAGS = frozenset({"i", "em"})
BOLD_TAGS = frozenset({"b", "strong"})
FONT_STYLE_RE = re.compile(r"font-style\s*:\s*(italic|oblique|normal)", re.IGNORECASE)
HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# a printed edition's page number kept in the page ("[Pg 38]", Project Gutenberg's span.pagenum,
# EPUB's epub:type="pagebreak", DPUB-ARIA's doc-pagebreak): a margin mark, not text, never a note
PAGE_MARK_CLASS_RE = re.compile(r"\bpage-?(?:num|no|number)\b", re.IGNORECASE)
# pandoc's footnote-back, kramdown's reversefootnote, MediaWiki's mw-cite-backlink, ...
BACKLINK_CLASS_RE = re.compile(r"back|reverse|to-top|return", re.IGNORECASE)
# what a back-link shows: arrows, a caret, the reference's letters or number
_ARROWS = r"\s\u21a9\u2191\u2934\u2b06^\ufe0e\ufe0f\[\]()"  # ↩ ↑ ⤴ ⬆ ^, emoji selectors
BACKLINK_TEXT_RE = re.compile(
    rf"[{_ARROWS}]*(?:\d{{1,5}}|[a-z]{{1,2}}|back|return|jump up|retour|zurück)?[{_ARROWS}.:]*",
    re.IGNORECASE,
)
ABSOLUTE_URL_RE = re.compile(r"(?:https?|ftp)://", re.IGNORECASE)
SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


@dataclass(frozen=True, slots=True)
class _Style:
    italic: bool = False
    link: str | None = None
    superscript: bool = False
    bold: bool = False


def is_hidden(element: Element) -> bool:
    """Not shown to a reader: hidden by its style or attribute, or never text at all."""
    return (
        element.tag in NEVER_TEXT
        or element.get("hidden") is not None
        or bool(HIDDEN_STYLE_RE.search(element.get("style", "")))
    )


def is_page_mark(element: Element) -> bool:
    """A printed page's number carried in the page: the table of contents links to it."""
    return (
        element.get("role") == "doc-pagebreak"
        or "pagebreak" in element.get("epub:type", "")
        or bool(PAGE_MARK_CLASS_RE.search(element.get("class", "")))
    )


def is_backlink(element: Element, *, inside_page: Callable[[str], bool]) -> bool:
    """A link (or a marked element) that leads from a note back to the text."""
    role = element.get("role", "")
    if role == "doc-backlink" or BACKLINK_CLASS_RE.search(element.get("class", "")):
        return True
    href = element.get("href", "") if element.tag == "a" else ""
    return (
        href.startswith("#")
        and inside_page(href[1:])
        and bool(BACKLINK_TEXT_RE.fullmatch(element.text_content()))
    )


class TextWalker:
    """Walks elements in reading order, feeding runs to a builder.

    SKIP says which elements (and their content, not their tails) are left out; it is
    asked about each element before it is read. ON_BREAK is called at the edges of blocks.
    """

    def __init__(
        self,
        builder: InlineBuilder,
        skip: Callable[[Element], bool],
        *,
        on_break: Callable[[], None] | None = None,
        superscripts: bool = False,
    ) -> None:
        self.builder = builder
        self.skip = skip
        self._on_break = on_break or self.builder.paragraph_break
        self._superscripts = superscripts  # page text: <sup>12</sup> -> "¹²" for the layout

    def walk(self, element: Element, style: _Style | None = None) -> None:
        """ELEMENT's own text and its children's, in order (its tail is the caller's)."""
        style = self._style(element, style or _Style())
        block = element.tag in BLOCKS
        if block:
            self._on_break()
        self._add(element.text, style)
        for child in element:
            if isinstance(child.tag, str) and not self.skip(child):
                self.walk(child, style)
            self._add(child.tail, style)
        if style.link and self._superscripts:
            self._add_target(element, style)
        if block:
            self._on_break()

    def walk_all(self, elements: Iterable[Element]) -> None:
        for element in elements:
            self.walk(element)

    def _style(self, element: Element, outer: _Style) -> _Style:
        italic = outer.italic or element.tag in ITALIC_TAGS
        font = FONT_STYLE_RE.search(element.get("style", ""))
        if font:
            italic = font.group(1).lower() != "normal"
        link = outer.link
        href = element.get("href", "").strip() if element.tag == "a" else ""
        if ABSOLUTE_URL_RE.match(href):  # a relative link is the site's own page, not a source
            link = href
        superscript = outer.superscript or element.tag == "sup"
        return _Style(italic, link, superscript, outer.bold or element.tag in BOLD_TAGS)

    def _add(self, text: str | None, style: _Style) -> None:
        if not text:
            return
        if style.superscript and self._superscripts and text.strip().isdigit():
            text = text.translate(SUPERSCRIPT_DIGITS)
        link = None if self._superscripts else style.link
        self.builder.add(text, italic=style.italic, bold=style.bold, link=link)

    def _add_target(self, element: Element, style: _Style) -> None:
        """Page text keeps a link's target after its text (the layout reader has no links)."""
        if element.tag == "a" and style.link and style.link not in element.text_content():
            self.builder.add(f" {style.link}")
