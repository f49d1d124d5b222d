"""Bytes -> text for the text-based readers: BOMs, encodings, binary and empty files."""

from __future__ import annotations

import bisect
import codecs
import re
import unicodedata
from pathlib import Path

from citekit.errors import UnreadableFile

_BOMS = (  # longest first: the UTF-32 LE BOM begins with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or an UnreadableFile saying why not."""
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise UnreadableFile(str(path), "is a directory (pass a document file)") from None
    except FileNotFoundError:
        raise UnreadableFile(str(path), "no such file") from None
    except OSError as exc:  # permissions, a device: the system's own words, lower-cased
        raise UnreadableFile(str(path), (exc.strerror or str(exc)).lower()) from None


def decode(path: Path, data: bytes) -> str:
    """Decode DATA as UTF-8/16/32 (by BOM) or UTF-8; newlines become "\\n"; accents are
    composed (NFC: an "e" and a combining acute, as some macOS and PDF copies write them,
    become one "é", so that patterns of letters read the word whole)."""
    encoding, body = "utf-8", data
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding, body = name, data[len(bom) :]
            break
    if encoding == "utf-8" and b"\x00" in body:
        raise UnreadableFile(str(path), "looks like a binary file (pass a text document)")
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UnreadableFile(
            str(path), f"not valid {encoding.upper()} at byte {exc.start} (save it as UTF-8)"
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise UnreadableFile(str(path), "the file is empty")
    return text


def read_text(path: Path) -> str:
    """Read and decode a text file."""
    return decode(path, read_bytes(path))


def line_starts(text: str) -> list[int]:
    """Offsets at which the lines of TEXT begin (for line numbers in linear time)."""
    starts = [0]
    starts.extend(match.end() for match in re.finditer("\n", text))
    return starts


def line_at(starts: list[int], offset: int) -> int:
    """The 1-based line number of OFFSET, given line_starts(text)."""
    return bisect.bisect_right(starts, offset)
