"""A page's glyphs -> lines: glyphs on one baseline, superscript note markers flagged."""

from __future__ import annotations

import unicodedata
from collections import Counter
from statistics import median

from citekit.pagemodel import Glyph, Line, Page

# a glyph more than this many font sizes left of the last one starts a new line
BACKWARD = 1.5
# a glyph more than this many font sizes right of the last one starts a new piece of line:
# a line number in the margin, the other column of a table or of a page
FORWARD = 2.5
# two glyphs whose baselines differ by less than this many sizes stand on one line
# (a superscript rises by about 0.35-0.45 of the text's size)
SAME_LINE = 0.6
# accents that typesetters place over a letter as glyphs of their own -> combining marks
ACCENTS = {
    "¯": "\u0304",
    "´": "\u0301",
    "`": "\u0300",
    "ˆ": "\u0302",
    "˜": "\u0303",
    "¨": "\u0308",
    "ˇ": "\u030c",
    "˘": "\u0306",
    "˙": "\u0307",
    "¸": "\u0327",
    "˛": "\u0328",
    "˚": "\u030a",
    "˝": "\u030b",
}
# how many letters before a space must run on into the link's target for it to go
URL_WINDOW = 8
# nested quotation marks are set apart by a thin space (TeX: “\,‘): under this many sizes
THIN_SPACE = 0.5
QUOTES = frozenset("“”‘’„‚«»‹›\"'")
# a raised glyph is at most this much of its line's size and its baseline this much higher
RAISED_SIZE = 0.88
RAISED_RISE = 0.18


def lines(page: Page) -> list[Line]:
    """The lines of PAGE in content order (the reader sorts them)."""
    out: list[Line] = []
    current: list[Glyph] = []
    last: Glyph | None = None  # the last glyph of CURRENT that is not a space
    for glyph in page.glyphs:
        if glyph.generated:
            if current:
                current.append(glyph)
            continue
        if last is not None and not _continues(last, glyph):
            out.append(_line(page.number, current))
            current = []
        elif current and current[-1].generated and (_thin(last, glyph) or _in_url(current, glyph)):
            current.pop()
        elif current and (accented := _accented(current[-1], glyph)) is not None:
            current[-1] = accented
            last = accented
            continue
        current.append(glyph)
        last = glyph
    if current:
        out.append(_line(page.number, current))
    return out


def _continues(last: Glyph, glyph: Glyph) -> bool:
    """Does GLYPH go on the line that LAST ends?"""
    size = max(last.size, glyph.size, 1.0)
    if abs(glyph.base - last.base) > SAME_LINE * size and not _overlaps(last, glyph):
        return False
    return last.x0 - BACKWARD * size <= glyph.x0 <= last.x1 + FORWARD * size


def _accented(before: Glyph, glyph: Glyph) -> Glyph | None:
    """A letter and an accent set over it as two glyphs (TeX's \\={a}), as one: "ā"."""
    for accent, letter in ((before, glyph), (glyph, before)):
        mark = ACCENTS.get(accent.char)
        middle = (accent.x0 + accent.x1) / 2
        if mark and letter.char.isalpha() and letter.x0 <= middle <= letter.x1:
            return letter._replace(char=unicodedata.normalize("NFC", letter.char + mark))
    return None


def _in_url(current: list[Glyph], glyph: Glyph) -> bool:
    """Is the space before GLYPH inside a link's URL (the url package's glue after "-")?

    It is when the word before it and GLYPH run on in the link's target.
    """
    target = glyph.link
    if not target or current[-2].link != target:
        return False
    word = ""
    for before in reversed(current[:-1]):
        if before.generated or len(word) >= URL_WINDOW:
            break
        word = before.char + word
    return word + glyph.char in target


def _thin(last: Glyph | None, glyph: Glyph) -> bool:
    """Is the room between two quotation marks a thin space (“ ‘), no word space?"""
    if last is None or last.char not in QUOTES or glyph.char not in QUOTES:
        return False
    return glyph.x0 - last.x1 < THIN_SPACE * max(last.size, glyph.size)


def _overlaps(a: Glyph, b: Glyph) -> bool:
    """Do the two glyphs share most of their height (a marker beside its word)?"""
    low, high = max(a.y0, b.y0), min(a.y1, b.y1)
    shortest = min(a.y1 - a.y0, b.y1 - b.y0)
    return (
        shortest > 0 and high - low > 0.5 * shortest and abs(a.base - b.base) < max(a.size, b.size)
    )


def _line(page: int, glyphs: list[Glyph]) -> Line:
    """A line of GLYPHS: its size is the commonest, its baseline that of the glyphs in it."""
    while glyphs[-1].generated:
        glyphs.pop()
    sizes = Counter(g.size for g in glyphs if not g.generated)  # sizes come rounded to 0.1
    size = sizes.most_common(1)[0][0]
    base = median([g.base for g in glyphs if not g.generated and g.size == size])
    rise, small = RAISED_RISE * size, RAISED_SIZE * size
    raised = tuple(not g.generated and g.size <= small and g.base - base >= rise for g in glyphs)
    return Line(page, tuple(glyphs), raised, size, base)
