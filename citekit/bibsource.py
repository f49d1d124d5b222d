"""Where a .bib library's text comes from, read as a stream of segments, one pass at a time.

A segment runs from a line that opens a block (`@article{`) to the next such line, so the
whole file is never in memory: deduplication reads it once for comparison keys and again
only for what it reports or merges. Damage stays inside its segment (an unclosed entry ends
where the next one begins).
"""

from __future__ import annotations

import codecs
import contextlib
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from citekit import bibscan
from citekit.errors import UnreadableFile

SEGMENT_START_RE = re.compile(r"[ \t]*@[ \t]*[A-Za-z][\w-]*[ \t]*[{(]")
CHUNK = 1 << 20  # bytes read at a time while the encoding is checked


@dataclass(frozen=True, slots=True)
class Source:
    """A library to read: a file (with its encoding), or text already in memory."""

    name: str  # for messages: the path as given, or "<text>"
    path: Path | None = None
    text: str | None = None
    encoding: str = "utf-8-sig"

    @contextlib.contextmanager
    def lines(self) -> Iterator[Iterable[str]]:
        """The lines of the library, ends kept ("\\r\\n" stays "\\r\\n")."""
        if self.path is None:
            yield io.StringIO(self.text or "", newline="")
            return
        try:
            with self.path.open(encoding=self.encoding, newline="") as handle:
                yield handle
        except OSError as exc:
            raise UnreadableFile(self.name, exc.strerror or str(exc)) from None


@dataclass(frozen=True, slots=True)
class Segment:
    """Lines from one that opens a block to the next such line."""

    line: int  # 1-based line of its first character
    text: str

    def blocks(self) -> Iterator[bibscan.Block]:
        """Its blocks; their offsets are into TEXT."""
        return bibscan.scan(self.text, line=self.line)


def open_file(path: str | Path) -> Source:
    """A library file: UTF-8 (a BOM allowed), else Latin-1, which old libraries use.

    Raises:
        UnreadableFile: PATH cannot be read, is empty or holds binary data.
    """
    path = Path(path)
    decoder = codecs.getincrementaldecoder("utf-8")()
    utf8 = True
    blank = True
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(CHUNK):
                if b"\x00" in chunk:
                    raise UnreadableFile(str(path), "binary data, not a .bib file")
                utf8 = utf8 and _decodes(decoder, chunk)
                blank = blank and not chunk.strip()
    except OSError as exc:
        raise UnreadableFile(str(path), exc.strerror or str(exc)) from None
    if blank:  # as for a document: an empty input is unreadable (exit 3), not "0"
        raise UnreadableFile(str(path), "the file is empty")
    utf8 = utf8 and _decodes(decoder, b"", final=True)
    return Source(str(path), path, encoding="utf-8-sig" if utf8 else "latin-1")


def _decodes(decoder: codecs.IncrementalDecoder, chunk: bytes, *, final: bool = False) -> bool:
    try:
        decoder.decode(chunk, final=final)
    except UnicodeDecodeError:
        return False
    return True


def from_text(text: str, name: str = "<text>") -> Source:
    """A library held in memory (tests, and callers that built it)."""
    return Source(name, text=text)


def segments(source: Source) -> Iterator[Segment]:
    """The library as segments, in order; all its text is in them, nothing added."""
    with source.lines() as lines:
        part: list[str] = []
        first = 1
        for number, line in enumerate(lines, start=1):
            if part and "@" in line and SEGMENT_START_RE.match(line):
                yield Segment(first, "".join(part))
                part, first = [], number
            part.append(line)
        if part:
            yield Segment(first, "".join(part))


def blocks(source: Source) -> Iterator[bibscan.Block]:
    """Every block of the library, in order (offsets are into its segment)."""
    for segment in segments(source):
        yield from segment.blocks()
