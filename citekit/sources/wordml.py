"""WordprocessingML paragraphs -> the inline model: what Word shows, with its italics and links.

- Bold set on a run itself (``w:b``) is passed on as bold (the builder marks it as italics).
- Italics come from the run's own properties (``w:i``, ``w:i w:val="0"`` switching them
  off) or, failing that, from its character style and its paragraph style (styles.xml,
  through ``w:basedOn``), which toggle one another as Word's toggle properties do. A style
  that styles.xml does not define is known by its name ("Emphasis", "Book Title").
- Links: ``w:hyperlink`` (its ``r:id`` named in the part's relationships) and HYPERLINK
  fields, complex (``w:fldChar`` + ``w:instrText``) or simple (``w:fldSimple``). A field's
  instructions are not text; its result is.
- Tracked changes are read as accepted: ``w:del`` and ``w:moveFrom`` are gone, ``w:ins``
  and ``w:moveTo`` are text. Comments live in their own part and are never read.
- Small capitals and capitals are text as typed (``w:smallCaps`` is a look, not a letter).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from lxml import etree

from citekit.inline import InlineBuilder

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"

# elements whose children are read as the paragraph's own (tracked insertions, content
# controls, smart tags); everything not listed here or handled below is not text
CONTAINERS = frozenset(
    W + name
    for name in ("ins", "moveTo", "smartTag", "sdt", "sdtContent", "customXml", "bdo", "dir")
) | {MC + "AlternateContent", MC + "Choice"}
# characters a run may hold besides w:t
RUN_CHARACTERS = {
    W + "tab": " ",
    W + "br": " ",
    W + "cr": " ",
    W + "noBreakHyphen": "-",
    W + "softHyphen": "",
}
# styles Word and pandoc define as italic, for documents that use them without a definition
ITALIC_STYLE_NAMES = frozenset({"emphasis", "booktitle", "subtleemphasis", "intenseemphasis"})
OFF_VALUES = frozenset({"0", "false", "off"})
# HYPERLINK "https://…" \o "tip"; switches \l \o \t \m take an argument of their own
FIELD_TOKEN_RE = re.compile(r'\\[a-zA-Z]|"[^"]*"|\S+')
SWITCHES_WITH_ARGUMENT = frozenset({"\\l", "\\o", "\\t", "\\m"})


@dataclass(frozen=True, slots=True)
class Styles:
    """Style id -> italics it sets (True/False), resolved through w:basedOn."""

    italic: Mapping[str, bool] = field(default_factory=dict)

    def of(self, style_id: str | None) -> bool | None:
        """The italics STYLE_ID sets, None if it sets none."""
        if not style_id:
            return None
        if style_id in self.italic:
            return self.italic[style_id]
        return True if _style_key(style_id) in ITALIC_STYLE_NAMES else None


def read_styles(root: etree._Element | None) -> Styles:
    """The italics of every style in styles.xml (ROOT), inheritance resolved."""
    if root is None:
        return Styles()
    own: dict[str, bool | None] = {}
    parent: dict[str, str] = {}
    for style in root.iter(W + "style"):
        style_id = style.get(W + "styleId", "")
        name = style.find(W + "name")
        italic = _italic_property(style.find(W + "rPr"))
        if italic is None and name is not None:
            italic = True if _style_key(name.get(W + "val", "")) in ITALIC_STYLE_NAMES else None
        own[style_id] = italic
        based = style.find(W + "basedOn")
        if based is not None:
            parent[style_id] = based.get(W + "val", "")
    return Styles({sid: _inherited(sid, own, parent) for sid in own})


def read_relationships(root: etree._Element | None) -> dict[str, str]:
    """Relationship id -> target, from a part's .rels."""
    if root is None:
        return {}
    return {rel.get("Id", ""): rel.get("Target", "") for rel in root.iter(PACKAGE_REL)}


@dataclass
class _Field:
    instructions: str = ""
    in_result: bool = False


@dataclass
class ParagraphReader:
    """Feeds the paragraphs of one note (or of the body) to an InlineBuilder."""

    styles: Styles
    relationships: Mapping[str, str]
    builder: InlineBuilder = field(default_factory=InlineBuilder)
    _fields: list[_Field] = field(default_factory=list)  # complex fields may span paragraphs

    def paragraph(self, paragraph: etree._Element) -> None:
        """One w:p, then a break (paragraphs of a note run on, a sentence ended: inline.py)."""
        props = paragraph.find(W + "pPr")
        style = props.find(W + "pStyle") if props is not None else None
        italic = self.styles.of(style.get(W + "val") if style is not None else None)
        self._children(paragraph, bool(italic), None)
        self.builder.paragraph_break()

    def _children(self, element: etree._Element, italic: bool, link: str | None) -> None:
        for child in element:
            tag = child.tag
            if tag == W + "r":
                self._run(child, italic, link)
            elif tag == W + "hyperlink":
                target = self.relationships.get(child.get(R + "id", ""))
                self._children(child, italic, target or link)
            elif tag == W + "fldSimple":
                self._children(child, italic, hyperlink_target(child.get(W + "instr", "")) or link)
            elif tag == W + "p":
                self.paragraph(child)
            elif tag in CONTAINERS:
                self._children(child, italic, link)

    def _run(self, run: etree._Element, paragraph_italic: bool, link: str | None) -> None:
        props = run.find(W + "rPr")
        italic = self._run_italic(props, paragraph_italic)
        bold = _bold_property(props)
        for text in self._run_text(run):
            self.builder.add(text, italic=italic, bold=bold, link=self._field_link() or link)

    def _run_italic(self, props: etree._Element | None, paragraph_italic: bool) -> bool:
        direct = _italic_property(props)
        if direct is not None:
            return direct
        style = props.find(W + "rStyle") if props is not None else None
        from_style = self.styles.of(style.get(W + "val") if style is not None else None)
        return paragraph_italic if from_style is None else paragraph_italic != from_style

    def _run_text(self, run: etree._Element) -> Iterator[str]:
        """The run's visible characters; field characters and instructions update the fields."""
        for child in run:
            tag = child.tag
            if tag == W + "fldChar":
                self._field_char(child.get(W + "fldCharType", ""))
            elif tag == W + "instrText" and self._fields:
                self._fields[-1].instructions += child.text or ""
            elif self._in_instructions():
                continue
            elif tag == W + "t":
                yield child.text or ""
            elif tag in RUN_CHARACTERS:
                yield RUN_CHARACTERS[tag]

    def _field_char(self, kind: str) -> None:
        if kind == "begin":
            self._fields.append(_Field())
        elif kind == "separate" and self._fields:
            self._fields[-1].in_result = True
        elif kind == "end" and self._fields:
            self._fields.pop()

    def _in_instructions(self) -> bool:
        return any(not f.in_result for f in self._fields)

    def _field_link(self) -> str | None:
        for open_field in reversed(self._fields):
            target = hyperlink_target(open_field.instructions)
            if target:
                return target
        return None


def hyperlink_target(instructions: str) -> str | None:
    """The URL of a HYPERLINK field (None for another field, or a link inside the document)."""
    tokens = FIELD_TOKEN_RE.findall(instructions)
    if not tokens or tokens[0].upper() != "HYPERLINK":
        return None
    skip = False
    for token in tokens[1:]:
        if skip:
            skip = False
        elif token.startswith("\\"):
            skip = token in SWITCHES_WITH_ARGUMENT
        else:
            return token.strip('"') or None
    return None


def _italic_property(props: etree._Element | None) -> bool | None:
    """w:i in a run or style's properties: True, False (w:val="0"), or None if absent."""
    if props is None:
        return None
    mark = props.find(W + "i")
    if mark is None:
        return None
    return mark.get(W + "val", "true").lower() not in OFF_VALUES


def _bold_property(props: etree._Element | None) -> bool:
    """w:b set on a run itself (a style's bold, such as a heading's, is not a mark)."""
    mark = props.find(W + "b") if props is not None else None
    return mark is not None and mark.get(W + "val", "true").lower() not in OFF_VALUES


def _inherited(style_id: str, own: Mapping[str, bool | None], parent: Mapping[str, str]) -> bool:
    seen: set[str] = set()
    current: str | None = style_id
    while current is not None and current not in seen:
        seen.add(current)
        if own.get(current) is not None:
            return bool(own[current])
        current = parent.get(current)
    return False


def _style_key(name: str) -> str:
    return re.sub(r"[\s_-]", "", name).casefold()
