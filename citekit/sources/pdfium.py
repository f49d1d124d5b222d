"""PDF pages as pypdfium2 sees them: glyphs with their boxes and fonts, rule lines, links.

The only module that calls pypdfium2; sources/pdf.py imports it when a PDF is read, so
that a missing library breaks no other format. It uses the PDFium C API through
``pypdfium2.raw`` (pypdfium2 5.x; tested on 5.0.0 and 5.15.2): ``FPDFText_*`` for characters,
``FPDFFont_*`` for fonts, ``FPDFLink_*``/``FPDFAction_*`` for link annotations and
``FPDFPageObj_*`` for rules.
"""

from __future__ import annotations

import ctypes
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pypdfium2
import pypdfium2.raw as pdfium_c

from citekit.errors import UnreadableFile
from citekit.layout import LIGATURES
from citekit.pagemodel import Glyph, Page, Rect

# font names that say italic or slanted, for fonts whose flags do not: "LMRoman10-Italic",
# "Times-Oblique", "Arial-ItalicMT", "MinionPro-It", "MinionPro-ItCapt",
# "NimbusRomNo9L-ReguItal", TeX's "CMTI10", "SFTI1095", "CMSL10" (italic and slanted)
ITALIC_NAME_RE = re.compile(
    r"""[Ii]talic|ITALIC|[Oo]blique|[Kk]ursiv|[Ss]lanted
      | Ital\b | -It\b | -It(?=[A-Z])             # ReguItal, MinionPro-It, -ItCapt
      | ^(?:CM|SF|EC|LM)(?:TI|SL|BXTI|BXSL)\d    # TeX: cmti10, sfti1095, cmsl10
    """,
    re.VERBOSE,
)
# a link to a DOI, in any of the forms PDF producers write
DOI_LINK_RE = re.compile(
    r"^(?:(?:urn:)?doi:\s*|https?://(?:dx\.|www\.)?doi\.org/)(?P<doi>10\.\d{4,9}/\S+)$",
    re.IGNORECASE,
)
_ITALIC_FLAG = 1 << 6  # PDF font descriptor flag 7: Italic
_BOLD_WEIGHT = 600
# what PDFium gives for a hyphen that ends a line ("\x02", "\ufffe" in page text), and
# ligatures spelled out
_CHARACTERS = {"\x02": "-", "\ufffe": "-", **{chr(k): v for k, v in LIGATURES.items()}}
_TEXT_LINE_BREAKS = "\r\n"  # line breaks PDFium inserts between lines: our lines are our own
_UPRIGHT = 0.05  # radians: text turned less than this is upright
_RULE_HEIGHT = 2.0  # a path thinner than this (points) and wider than tall is a rule
_ERRORS = {  # PDFium's load errors (FPDF_ERR_*) -> what to tell the user
    2: "cannot open the file",
    3: "damaged or not a PDF file",
    4: "encrypted: decrypt it first (e.g. qpdf --decrypt)",
    5: "encrypted with an unsupported security handler: decrypt it first",
}


@contextmanager
def open_pdf(path: Path) -> Iterator[Any]:
    """The pypdfium2 document at PATH, closed afterwards; load errors become UnreadableFile."""
    if not path.is_file():
        raise UnreadableFile(str(path), "no such file")
    try:
        document = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError as exc:
        reason = _ERRORS.get(exc.err_code or 0, "damaged or not a PDF file")
        raise UnreadableFile(str(path), reason) from None
    try:
        yield document
    finally:
        document.close()


def pages(document: Any, path: Path) -> Iterator[Page]:
    """Every page of DOCUMENT (read from PATH), in order."""
    fonts: dict[int, tuple[bool, bool]] = {}
    for index in range(len(document)):
        try:
            page = document[index]
        except pypdfium2.PdfiumError:
            raise UnreadableFile(str(path), f"page {index + 1} is damaged") from None
        try:
            yield _page(document, page, index, fonts)
        finally:
            page.close()


def _page(document: Any, page: Any, index: int, fonts: dict[int, tuple[bool, bool]]) -> Page:
    width, height = page.get_size()
    links = _links(document, page)
    textpage = page.get_textpage()
    try:
        glyphs = _glyphs(textpage, links, fonts)
    finally:
        textpage.close()
    return Page(index + 1, width, height, glyphs, _rules(page))


def _glyphs(
    textpage: Any, links: list[tuple[Rect, str]], fonts: dict[int, tuple[bool, bool]]
) -> tuple[Glyph, ...]:
    """The page's characters with their boxes, baselines, sizes and fonts, in content order.

    Spaces (typed or inferred by PDFium) take the place of the glyph before them: only their
    presence matters. Calls go to the raw handle: this loop runs once per character.
    """
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    text = textpage.get_text_range()
    if len(text) != count:  # characters outside the BMP: one call per character instead
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i)) for i in range(count))
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    box = [ctypes.byref(v) for v in (left, right, bottom, top)]
    origin = (ctypes.byref(origin_x), ctypes.byref(origin_y))
    get_box, get_origin = pdfium_c.FPDFText_GetCharBox, pdfium_c.FPDFText_GetCharOrigin
    get_object = _object_address()
    out: list[Glyph] = []
    italic, bold, size, sideways, last_object = False, False, 0.0, False, None
    make = tuple.__new__  # Glyph(...) without NamedTuple's argument handling: once per glyph
    for i, char in enumerate(text):
        if char.isspace():
            if char not in _TEXT_LINE_BREAKS and out and not out[-1].generated:
                out.append(out[-1]._replace(char=" ", x0=out[-1].x1, generated=True))
            continue
        get_box(raw, i, *box)
        get_origin(raw, i, *origin)
        address = get_object(raw, i)
        if address != last_object:  # a text object has one font, size and angle: ask once
            last_object = address
            italic, bold = _style(pdfium_c.FPDFText_GetTextObject(raw, i), address, fonts)
            size = round(pdfium_c.FPDFText_GetFontSize(raw, i), 1)
            sideways = _turned(pdfium_c.FPDFText_GetCharAngle(raw, i))
        if sideways:
            continue  # a stamp up the margin ("arXiv:…"), a rotated table: not the text
        x0, x1, y0, y1 = left.value, right.value, bottom.value, top.value
        link = _link_at(links, (x0 + x1) / 2, (y0 + y1) / 2) if links else None
        glyph = (_CHARACTERS.get(char, char), x0, x1, y0, y1, origin_y.value, size, italic, bold)
        out.append(make(Glyph, (*glyph, link, False)))
    return tuple(out)


def _turned(angle: float) -> bool:
    """Is text at ANGLE (radians, -1 when unknown) set other than upright?"""
    return angle >= 0 and min(angle, 2 * math.pi - angle) > _UPRIGHT


def _object_address() -> Any:
    """FPDFText_GetTextObject answering a plain address: comparing those is cheap."""
    prototype = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
    return prototype(ctypes.cast(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p).value or 0)


def _style(
    text_object: Any, address: int | None, fonts: dict[int, tuple[bool, bool]]
) -> tuple[bool, bool]:
    """(italic, bold) of a text object's font, looked up once per font."""
    if not address:
        return False, False
    font = pdfium_c.FPDFTextObj_GetFont(text_object)
    key = ctypes.cast(font, ctypes.c_void_p).value or 0
    if key not in fonts:
        size = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
        buffer = ctypes.create_string_buffer(max(size, 1))
        pdfium_c.FPDFFont_GetBaseFontName(font, buffer, size)
        name = buffer.value.decode("latin-1").split("+")[-1]  # "ABCDEF+LMRoman10-Italic"
        angle = ctypes.c_int()
        slanted = bool(pdfium_c.FPDFFont_GetItalicAngle(font, ctypes.byref(angle))) and angle.value
        italic = bool(pdfium_c.FPDFFont_GetFlags(font) & _ITALIC_FLAG or slanted)
        bold = pdfium_c.FPDFFont_GetWeight(font) >= _BOLD_WEIGHT or "bold" in name.casefold()
        fonts[key] = (italic or bool(ITALIC_NAME_RE.search(name)), bold)
    return fonts[key]


def _links(document: Any, page: Any) -> list[tuple[Rect, str]]:
    """The page's link annotations to URIs: (area, target)."""
    out = []
    position, link = ctypes.c_int(0), pdfium_c.FPDF_LINK()
    while pdfium_c.FPDFLink_Enumerate(page, ctypes.byref(position), ctypes.byref(link)):
        action = pdfium_c.FPDFLink_GetAction(link)
        if not action or pdfium_c.FPDFAction_GetType(action) != pdfium_c.PDFACTION_URI:
            continue
        size = pdfium_c.FPDFAction_GetURIPath(document, action, None, 0)
        buffer = ctypes.create_string_buffer(max(size, 1))
        pdfium_c.FPDFAction_GetURIPath(document, action, buffer, size)
        rect = pdfium_c.FS_RECTF()
        if pdfium_c.FPDFLink_GetAnnotRect(link, ctypes.byref(rect)):
            area = Rect(
                min(rect.left, rect.right),
                min(rect.bottom, rect.top),
                max(rect.left, rect.right),
                max(rect.bottom, rect.top),
            )
            out.append((area, link_target(buffer.value.decode("utf-8", "replace"))))
    return out


def link_target(uri: str) -> str:
    """A link annotation's URI as the inline model keeps it: a DOI as its doi.org URL.

    "doi:10.1093/past/38.1.56" and "http://dx.doi.org/10.1093/past/38.1.56" both become
    "https://doi.org/10.1093/past/38.1.56".
    """
    match = DOI_LINK_RE.match(uri.strip())
    return f"https://doi.org/{match.group('doi')}" if match else uri.strip()


def _link_at(links: list[tuple[Rect, str]], x: float, y: float) -> str | None:
    """The target of the link over (X, Y)."""
    for area, target in links:
        if area.x0 <= x <= area.x1 and area.y0 <= y <= area.y1:
            return target
    return None


def _rules(page: Any) -> tuple[Rect, ...]:
    """Thin horizontal paths and filled rectangles: the footnote rule, table lines."""
    out = []
    for obj in page.get_objects(max_depth=1):
        if obj.type != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        x0, y0, x1, y1 = obj.get_bounds()
        if y1 - y0 < _RULE_HEIGHT and x1 - x0 > 4 * (y1 - y0):
            out.append(Rect(x0, y0, x1, y1))
    return tuple(out)
