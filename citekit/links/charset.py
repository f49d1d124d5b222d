"""The text of the start of a web page: its declared or sniffed character encoding.

The order is the HTML standard's, shortened: a byte-order mark, then the charset of the
Content-Type header, then a <meta> charset in the first kilobyte, then a guess (UTF-16
by its zero bytes, UTF-8 if the bytes are valid UTF-8, else windows-1252).
"""

from __future__ import annotations

import codecs
import re

BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# charset=... in a Content-Type header: text/html; charset="ISO-8859-1"
HEADER_CHARSET_RE = re.compile(r"""charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
# <meta charset="windows-1252"> or <meta http-equiv=... content="text/html; charset=...">
META_CHARSET_RE = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
META_WINDOW = 1024  # bytes searched for a <meta> charset
# labels the HTML standard reads as another encoding: latin-1 pages use windows-1252
ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "utf-16": "utf-16-le",
}


def decode(data: bytes, content_type: str = "") -> str:
    """DATA (the start of a page; may end mid-character) as text."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    declared = _declared(content_type) or _meta(data[:META_WINDOW])
    return data.decode(declared or _sniffed(data), errors="replace")


def _declared(content_type: str) -> str | None:
    match = HEADER_CHARSET_RE.search(content_type)
    return _codec(match.group(1)) if match else None


def _meta(head: bytes) -> str | None:
    match = META_CHARSET_RE.search(head)
    if match is None:
        return None
    codec = _codec(match.group(1).decode("ascii", errors="replace"))
    # a <meta> readable as ASCII cannot be in UTF-16: the standard reads it as UTF-8
    return "utf-8" if codec and codec.startswith("utf-16") else codec


def _codec(label: str) -> str | None:
    """Python's name for a charset label, or None when Python knows no such codec."""
    label = label.strip().lower()
    label = ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _sniffed(data: bytes) -> str:
    sample = data[:512]
    if len(sample) >= 4:
        if sample[1::2].count(0) > len(sample) // 4:  # "<\0h\0t\0": ASCII text as UTF-16LE
            return "utf-16-le"
        if sample[0::2].count(0) > len(sample) // 4:
            return "utf-16-be"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(data) - 3:  # not just a character cut at the end of the prefix
            return "cp1252"
    return "utf-8"
