"""A page's lines -> what is read: page furniture dropped, columns in order, the footnote zone.

Furniture is found by position and repetition: a running head is the top line of its page
and recurs (page numbers aside) on other pages; a page number is a bare number at the top
or foot; a line number is a bare number in the margin beside the text. The footnote zone
is the foot of a column below a short rule, or, with no rule, the trailing lines set
smaller than the body that begin with a note marker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from citekit.pagemodel import Glyph, Line, Page, Rect

# a page number as printed: "12", "- 12 -", "xiv", "Page 12", "12 of 30"
PAGE_NUMBER_RE = re.compile(
    r"^\W*(?:page\s+|p\.\s*|seite\s+|s\.\s*)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s+(?:of|/|von)\s+\d+)?\W*$",
    re.IGNORECASE,
)
LINE_NUMBER_RE = re.compile(r"^\d{1,4}$")
DIGITS_RE = re.compile(r"\d+")
# a note's number set on the baseline at the start of its first line: "12. ", "12 "
PLAIN_MARKER_RE = re.compile(r"^(?P<number>\d{1,4})\.?\s+(?=\S)")
# a running head stands this many of its sizes or more above (or below) its neighbour
HEAD_GAP = 1.8
# a rule is a footnote rule when it is narrower than this share of its column
RULE_SHARE = 0.75
# notes are set smaller than the body: at most this share of the body size
NOTE_SHARE = 0.95
# a gap of this many sizes inside the footnote zone ends it, unless a note follows
ZONE_GAP = 2.5
# the body is the largest size with this share of the glyphs or more
BODY_SHARE = 0.2
# a line of this many glyphs or more is a full line, for the width of the text
FULL_LINE = 40
# two columns: each holds this share of the page's lines or more
COLUMN_SHARE = 0.2


@dataclass(frozen=True, slots=True)
class Column:
    """The lines of one column (or a one-column page), top to bottom; notes from ``zone``.

    Lines below the zone, set well apart from it, are no notes: a copyright line, a DOI.
    """

    lines: tuple[Line, ...]
    zone: int  # index of the first line of the footnote zone (len(lines): none)
    end: int  # index after its last line

    @property
    def body(self) -> tuple[Line, ...]:
        return self.lines[: self.zone] + self.lines[self.end :]

    @property
    def notes(self) -> tuple[Line, ...]:
        return self.lines[self.zone : self.end]


@dataclass(frozen=True, slots=True)
class Measure:
    """The document's body size and line width, against which pages are read."""

    body: float  # the size body text is set in
    width: float  # the width of a full line of text (of one column)


def measure(pages: Sequence[Sequence[Line]]) -> Measure:
    """The document's body size and line width.

    The body is the largest size that sets a good share of the text: notes can outweigh the
    body in heavily annotated documents, but they are set smaller.
    """
    sizes: Counter[float] = Counter()
    widths = []
    for lines in pages:
        for line in lines:
            sizes[line.size] += len(line.glyphs)
            if len(line.glyphs) >= FULL_LINE:
                widths.append(line.x1 - line.x0)
    total = sum(sizes.values())
    common = [size for size, count in sizes.items() if count >= BODY_SHARE * total]
    body = max(common) if common else 10.0
    return Measure(body, sorted(widths)[len(widths) // 2] if widths else 0.0)


def drop_furniture(pages: list[list[Line]], measured: Measure) -> list[list[Line]]:
    """Leave out line numbers, page numbers and running heads."""
    body = measured.body
    pages = [_without_page_numbers(_without_line_numbers(lines, body)) for lines in pages]
    heads = Counter(key for lines in pages for key in {_head_key(line) for line in _ends(lines)})
    out = []
    for lines in pages:
        heads_here = {id(line) for line in _ends(lines) if _running_head(line, lines, heads)}
        out.append([line for line in lines if id(line) not in heads_here])
    return out


def _without_page_numbers(lines: list[Line]) -> list[Line]:
    """LINES top to bottom, less a bare page number on the top or bottom line of the page."""
    ordered = sorted(lines, key=lambda line: (-line.base, line.x0))
    if not ordered:
        return ordered
    top, bottom = ordered[0].base, ordered[-1].base
    return [
        line
        for line in ordered
        if top - 1 > line.base > bottom + 1
        or not PAGE_NUMBER_RE.match(line.text.strip())
        or any(line.raised)
    ]


def _ends(lines: list[Line]) -> list[Line]:
    """The top and bottom lines of a page: where heads, feet and page numbers stand."""
    ordered = sorted(lines, key=lambda line: -line.base)
    return ordered[:2] + ordered[-2:] if len(ordered) > 4 else ordered


def _head_key(line: Line) -> str:
    return DIGITS_RE.sub("#", line.text).strip().casefold()


def _running_head(line: Line, lines: list[Line], heads: Counter[str]) -> bool:
    """Is LINE, at the top or foot of its page, a head that recurs on other pages?

    A head stands apart from the text: a line set close to the lines above and below it
    (pieces on its own baseline aside, such as the other half of a split head) is text.
    """
    if heads[_head_key(line)] < 2 or any(line.raised[:2]):
        return False
    gaps = [abs(other.base - line.base) for other in lines]
    gaps = [gap for gap in gaps if gap >= 1]
    return not gaps or min(gaps) >= HEAD_GAP * line.size


def _without_line_numbers(lines: list[Line], body: float) -> list[Line]:
    """LINES less the numbers printed in the margin beside them (lineno, legal documents).

    Only body-size lines lose them: a note's number may hang in the margin of its note.
    """
    edges = [_text_edges(line) for line in lines if len(line.glyphs) > 20]
    if not edges:
        return lines
    left = min(edge[0] for edge in edges)
    right = max(edge[1] for edge in edges)
    out = []
    for line in lines:
        margin = [
            _in_margin(g, left, right) and not raised
            for g, raised in zip(line.glyphs, line.raised, strict=True)
        ]
        if all(margin):
            continue  # a bare line number
        start, end = 0, len(margin)
        if line.size > NOTE_SHARE * body:
            while margin[start]:
                start += 1
            while margin[end - 1]:
                end -= 1
        if (start, end) != (0, len(margin)):
            glyphs, raised = line.glyphs[start:end], line.raised[start:end]
            line = Line(line.page, glyphs, raised, line.size, line.base)
        out.append(line)
    return out


def _text_edges(line: Line) -> tuple[float, float]:
    """Where the words of LINE begin and end, numbers at either end aside."""
    words = [g for g in line.glyphs if not g.char.isdigit() and not g.generated]
    return (words[0].x0, words[-1].x1) if words else (line.x0, line.x1)


def _in_margin(glyph: Glyph, left: float, right: float) -> bool:
    """A digit (or the space after it) outside the text block."""
    outside = glyph.x1 < left - 1 or glyph.x0 > right + 1
    return outside and (glyph.char.isdigit() or glyph.generated)


def columns(page: Page, lines: list[Line], measured: Measure) -> list[Column]:
    """The page's lines as columns in reading order, each with its footnote zone."""
    out = []
    for piece in _column_pieces(page, lines):
        if piece:
            start = _zone(piece, page.rules, measured)
            out.append(Column(tuple(piece), start, _zone_end(piece, start)))
    return out


def _column_pieces(page: Page, lines: list[Line]) -> list[list[Line]]:
    """One piece for a one-column page; else lines across the page, left column, right."""
    ordered = sorted(lines, key=lambda line: (-line.base, line.x0))
    if len(ordered) < 10:
        return [ordered]
    left_edge = min(line.x0 for line in ordered)
    right_edge = max(line.x1 for line in ordered)
    middle = (left_edge + right_edge) / 2
    slack = 0.02 * page.width
    left = [line for line in ordered if line.x1 <= middle + slack]
    right = [line for line in ordered if line.x0 >= middle - slack]
    if min(len(left), len(right)) < COLUMN_SHARE * len(ordered):
        return [ordered]
    sides = {id(line) for line in left + right}
    across = [line for line in ordered if id(line) not in sides]
    top = min(line.base for line in left + right)
    above = [line for line in across if line.base > top]  # title, abstract
    below = [line for line in across if line.base <= top]
    return [above + left, right, below]


def _zone(lines: list[Line], rules: tuple[Rect, ...], measured: Measure) -> int:
    """Where the footnote zone of a column begins (len(lines) when it has none)."""
    body = measured.body
    rule = _rule(lines, rules, measured)
    if rule is not None:
        return next(i for i, line in enumerate(lines) if line.base < rule)
    start = len(lines)
    while start > 1 and lines[start - 1].size <= NOTE_SHARE * body:
        start -= 1
    if start == len(lines) or not any(starts_with_marker(line) for line in lines[start:]):
        return len(lines)
    return start


def _zone_end(lines: list[Line], start: int) -> int:
    """Where the footnote zone from START ends: at a wide gap before a line with no marker."""
    for i in range(start + 1, len(lines)):
        gap = lines[i - 1].base - lines[i].base
        apart = gap > ZONE_GAP * max(lines[i - 1].size, lines[i].size)
        if apart and not starts_with_marker(lines[i]):
            return i
    return len(lines)


def _rule(lines: list[Line], rules: tuple[Rect, ...], measured: Measure) -> float | None:
    """The height of the footnote rule: text above it, and below it no larger text.

    A short rule is the footnote rule (LaTeX, Word); one across the column (Word's rule
    above a note continued from the page before) only when small type alone follows.
    """
    body = measured.body
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    column = max(right - left, measured.width)  # a page of a few short lines is no narrower
    for rule in sorted(rules, key=lambda r: -r.y0):
        inside = left - 2 <= rule.x0 and rule.x1 <= max(right, left + column) + 2
        short = rule.x1 - rule.x0 < RULE_SHARE * column
        below = [line.size for line in lines if line.base < rule.y0]
        above = any(line.base > rule.y1 for line in lines)
        small = below and max(below) <= (body if short else NOTE_SHARE * body)
        if inside and above and small:
            return rule.y0
    return None


def starts_with_marker(line: Line) -> bool:
    """Does the line open with a note marker: a raised number, or "12." / "12 " in small type?"""
    if line.raised and line.raised[0]:
        return line.glyphs[0].char.isdigit()
    return bool(PLAIN_MARKER_RE.match(line.text))
