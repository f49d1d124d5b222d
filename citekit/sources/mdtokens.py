"""markdown-it tokens -> a note in the inline model, or a document's visible text.

Emphasis (``*x*``, ``_x_``, ``<i>``, ``<em>``) is italics, strong emphasis (``**x**``,
``<b>``, ``<strong>``) bold (the builder marks both); links of every form (inline,
reference-style, autolinks, ``<a href>``) are link runs; markdown-it has already decoded
character references. Inline HTML other than these tags is not text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from markdown_it.token import Token

from citekit import lexicons
from citekit.inline import LITERAL_ASTERISK, InlineBuilder, clean_characters

# one inline HTML tag: <em>, </a>, <a href="…">, <br/>
TAG_RE = re.compile(r"<(?P<close>/?)(?P<name>[a-zA-Z][a-zA-Z0-9]*)(?P<attrs>[^>]*)>")
HREF_RE = re.compile(
    r"""\bhref\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s>]+))""", re.IGNORECASE
)
ITALIC_TAGS = frozenset({"i", "em"})
BOLD_TAGS = frozenset({"b", "strong"})
SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# a note marker typed with a caret, "fell slowly.^12" and "^12 Gibbon, …" (a converted book's
# notes; pandoc's superscript "^12^" closes with a second caret and is not one)
CARET_MARKER_RE = re.compile(r"\^(?P<digits>\d{1,3})(?![\d^])")
# pandoc's superscript and subscript, "19^th^ century", "*E*~1~": the raised or lowered
# letters are the word's own ("19th", "E1"); a tilde in an address ("/~smith/") is none. A
# raised number after a figure or a space is an edition's ("Chicago 2017^17^", "München
# ^2^1994"), which the parser reads as typed: joined, it would be another number
RAISED_RE = re.compile(
    r"(?<=[^\s^\d])\^(?P<raised>[^\s^\[\]]{1,12})\^"
    r"|(?<=\d)\^(?P<letters>[^\s^\[\]\d][^\s^\[\]]{0,11})\^"
)
LOWERED_RE = re.compile(r"(?<![~/\s])~(?P<lowered>[^\s~/]{1,12})~(?!~)")


@dataclass
class _Style:
    """Italics depth and open links while a paragraph's tokens are read."""

    italic: int = 0
    bold: int = 0
    links: list[str | None] = field(default_factory=list)
    superscript: int = 0

    @property
    def link(self) -> str | None:
        return next((target for target in reversed(self.links) if target), None)

    def tag(self, token: Token) -> str | None:
        """Apply an inline HTML tag; the text it stands for, if any (<br> is a space)."""
        match = TAG_RE.fullmatch(token.content.strip())
        if match is None:
            return None
        name, closing = match.group("name").lower(), bool(match.group("close"))
        step = -1 if closing else 1
        if name in ITALIC_TAGS:
            self.italic = max(0, self.italic + step)
        elif name in BOLD_TAGS:
            self.bold = max(0, self.bold + step)
        elif name == "sup":
            self.superscript = max(0, self.superscript + step)
        elif name == "a" and closing:
            self.links = self.links[:-1]
        elif name == "a":
            self.links.append(_href(match.group("attrs")))
        return " " if name == "br" else None


# a link's text that is an address: "[http://…/mobile-\nmoney…](…)" was wrapped, not spaced
ADDRESS_TEXT_RE = re.compile(r"(?:https?://|www\.)\S*$", re.IGNORECASE)


def add_inline(
    builder: InlineBuilder,
    tokens: Sequence[Token],
    inline_notes: Mapping[int, Sequence[Token]] | None = None,
) -> None:
    """Feed one paragraph's inline tokens to BUILDER; an ^[inline note] among them (one of
    INLINE_NOTES, by id) is a note on the note, kept in place as an aside in parentheses:
    pandoc gives it no number of its own, and no writer can show it as a note."""
    style = _Style()
    shown = ""  # the text of the open link so far
    for token in tokens:
        kind = token.type
        text: str | None = None
        if kind in ("text", "code_inline"):
            text = _unraised(token.content) if kind == "text" else token.content
            shown += text
        elif kind in ("softbreak", "hardbreak"):
            text = "" if style.links and ADDRESS_TEXT_RE.match(shown) else " "
        elif kind in ("em_open", "em_close"):
            style.italic = max(0, style.italic + token.nesting)
        elif kind in ("strong_open", "strong_close"):
            style.bold = max(0, style.bold + token.nesting)
        elif kind == "link_open":
            style.links.append(str(token.attrs.get("href", "")) or None)
            shown = ""
        elif kind == "link_close":
            style.links = style.links[:-1]
        elif kind == "html_inline":
            text = style.tag(token)
        elif kind == "footnote_ref" and inline_notes and token.meta["id"] in inline_notes:
            _add_aside(builder, inline_notes[token.meta["id"]], inline_notes)
        if text:
            builder.add(text, italic=style.italic > 0, bold=style.bold > 0, link=style.link)


def _unraised(text: str) -> str:
    """pandoc's ^superscript^ and ~subscript~ as the letters they raise or lower."""
    if "^" in text:
        text = RAISED_RE.sub(lambda m: m.group("raised") or m.group("letters"), text)
    if "~" in text:
        text = LOWERED_RE.sub(r"\g<lowered>", text)
    return text


def _add_aside(
    builder: InlineBuilder, tokens: Sequence[Token], inline_notes: Mapping[int, Sequence[Token]]
) -> None:
    """A note nested in a note, " (its text)" where its marker stands."""
    builder.add(" (")
    add_inline(builder, tokens, inline_notes)
    builder.add(") ")


# what of an HTML block is no text: comments, scripts and styles
HIDDEN_HTML_RE = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)


def add_html_block(builder: InlineBuilder, token: Token) -> None:
    """Feed BUILDER the text of an HTML block that goes on a note (an indented
    `<p lang="ar">…</p>` quoting a colophon): its words, its tags gone."""
    shown = TAG_RE.sub(" ", HIDDEN_HTML_RE.sub(" ", token.content))
    text = " ".join(html.unescape(shown).split())
    if text:
        builder.add(text, italic=False, bold=False, link=None)


# a note marker a reader sees raised: <sup>3</sup>, <sup><a href="#n3">3</a></sup>, "text³"
RAISED_MARKER_RE = re.compile(r"<sup\b[^>]*>\s*(?:<a\b[^>]*>\s*)?\[?\d|[¹²³⁴-⁹]", re.IGNORECASE)
HEADING_TRIM_RE = re.compile(r"^[\W\d]+|[\W\d]+$")  # "5. Notes:", "**Notes**" -> "notes"


def visible_text(tokens: Sequence[Token], source: str) -> str:
    """The document as a reader sees it, each block on the lines it has in SOURCE.

    For the layout reader (notes as a numbered list, superscript markers): <sup> digits
    become superscript digits, a link's target follows its visible text, italics are
    *marked*, markup is gone. An ordered list keeps its numbers only where it can be the
    notes: under a heading "Notes" (or the like), or in a page whose text raises note
    markers; elsewhere it is a list (steps, reasons, a table of contents), not notes.
    """
    lines = [""] * (source.count("\n") + 1)
    prefix = ""
    numbered = bool(RAISED_MARKER_RE.search(source))
    under_notes = False
    for token in tokens:
        if token.type == "heading_open":
            under_notes = None  # the heading's own text decides, just below
        elif token.type == "list_item_open" and token.info and (numbered or under_notes):
            prefix = f"{token.info}{token.markup} "  # "12. " in an ordered list
        elif token.type == "inline" and token.map:
            if under_notes is None or _names_notes(token.content):  # a heading, or "**Notes**"
                under_notes = _names_notes(token.content)
            _place(lines, token.map[0], prefix + _plain(token.children or []))
            prefix = ""
        elif token.type == "html_block" and token.map:
            _place(lines, token.map[0], html.unescape(TAG_RE.sub("", token.content)))
        elif token.type == "code_block" and token.map:
            # an indented block: in a book kept as Markdown, a quotation or a note indented
            # as the plain text had it ("    [Footnote 1: …]"), read by CommonMark as code
            _place(lines, token.map[0], token.content.rstrip("\n").replace("*", LITERAL_ASTERISK))
    return "\n".join(lines)


def _names_notes(heading: str) -> bool:
    return HEADING_TRIM_RE.sub("", heading).casefold() in lexicons.words("notes_headings")


def _place(lines: list[str], first: int, text: str) -> None:
    """Write TEXT's lines from line FIRST on (a longer text joins its last lines)."""
    parts = text.split("\n")
    room = max(1, len(lines) - first)
    parts = parts[: room - 1] + [" ".join(parts[room - 1 :])] if len(parts) > room else parts
    for offset, part in enumerate(parts):
        lines[first + offset] = part


def _plain(tokens: Sequence[Token]) -> str:
    """One block's inline tokens as visible text, line breaks kept."""
    out: list[str] = []
    style = _Style()
    opened: list[tuple[int, str | None]] = []  # where each open link's text begins
    for token in tokens:
        kind = token.type
        if kind in ("text", "code_inline"):
            text = clean_characters(token.content, tex_dashes=True).replace("*", LITERAL_ASTERISK)
            if "^" in text:
                text = CARET_MARKER_RE.sub(_raised, text)
            out.append(text.translate(SUPERSCRIPT_DIGITS) if style.superscript else text)
        elif kind in ("softbreak", "hardbreak"):
            out.append("\n")
        elif kind in ("em_open", "em_close"):
            out.append("*")
        elif kind == "link_open":
            opened.append((len(out), str(token.attrs.get("href", "")) or None))
        elif kind == "link_close" and opened:
            start, target = opened.pop()
            # an in-page link (a note's number linked to the note, "[1](#_ftn1)") shows
            # nothing of its target; a web address is part of what a note cites
            if target and not target.startswith("#") and target not in "".join(out[start:]):
                out.append(f" {target}")
            elif target and target.startswith("#") and start == 0:
                out.append(" ")  # "[1](#ftnref1)Smith": the note's number, then its text
        elif kind == "html_inline":
            italic = style.italic
            out.append(style.tag(token) or ("*" if style.italic != italic else ""))
    return "".join(out)


def _raised(marker: re.Match[str]) -> str:
    return marker.group("digits").translate(SUPERSCRIPT_DIGITS)


def _href(attrs: str) -> str | None:
    match = HREF_RE.search(attrs)
    if match is None:
        return None
    return html.unescape(match.group("dq") or match.group("sq") or match.group("bare") or "")
