"""What the PDF reader sees on a page: glyphs, lines of glyphs, rules; PDF coordinates (y up)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


class Glyph(NamedTuple):
    """One character as placed on the page (a tuple: pages hold tens of thousands)."""

    char: str
    x0: float
    x1: float
    y0: float  # bottom of the box
    y1: float  # top of the box
    base: float  # baseline (the glyph's origin)
    size: float  # font size in points, to 0.1
    italic: bool
    bold: bool
    link: str | None  # target of the link annotation the glyph lies in
    generated: bool = False  # a space PDFium inferred from the gap between two glyphs


class Rect(NamedTuple):
    """An area of the page: a rule line, a link annotation."""

    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True, slots=True)
class Page:
    """One page: its glyphs in content order, and its thin horizontal rules."""

    number: int  # 1-based
    width: float
    height: float
    glyphs: tuple[Glyph, ...]
    rules: tuple[Rect, ...] = ()


@dataclass(frozen=True, slots=True)
class Line:
    """Glyphs on one baseline, left to right, with the size and baseline of most of them.

    ``raised`` flags the glyphs set smaller and above the baseline: note markers.
    """

    page: int
    glyphs: tuple[Glyph, ...]
    raised: tuple[bool, ...]
    size: float
    base: float
    text: str = field(init=False)
    x0: float = field(init=False)
    x1: float = field(init=False)

    def __post_init__(self) -> None:  # derived once: layout rules ask for them often
        object.__setattr__(self, "text", "".join(g.char for g in self.glyphs))
        object.__setattr__(self, "x0", self.glyphs[0].x0)
        object.__setattr__(self, "x1", max(g.x1 for g in self.glyphs))

    @property
    def bold(self) -> bool:
        letters = [g for g in self.glyphs if g.char.isalpha()]
        return bool(letters) and all(g.bold for g in letters)
