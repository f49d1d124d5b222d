""".bib text as blocks, each with its line and raw text; damage kept, not fatal.

Values stay as written (`{Oxford}`, `"Oxford"`, `oup # { Press}`) for writing back; `expand`
gives their text. citekit.bibsource feeds a file through here a segment at a time.

An entry that is never closed ends where the next line opening with `@type{` begins: it is a
FAILED block there, and the entries after it are read as usual.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum

BLOCK_START_RE = re.compile(r"@[ \t]*([A-Za-z][\w-]*)[ \t\r\n]*([{(])")
# Where an unclosed block is cut: a line that opens the next block.
LINE_START_RE = re.compile(r"\n[ \t]*@[ \t]*[A-Za-z][\w-]*[ \t]*[{(]")
KEY_RE = re.compile(r"[ \t\r\n]*([^\s,{}()\"#%'=]*)[ \t\r\n]*,")
FIELD_NAME_RE = re.compile(r"[ \t\r\n]*([A-Za-z_][\w\-:.+/]*)[ \t\r\n]*=[ \t\r\n]*")
BARE_RE = re.compile(r"[^\s,#{}()\"=]+")  # a number or a @string name
SPACE_RE = re.compile(r"[ \t\r\n]*")
# The common case in one step: `name = {value without braces},` (or a number, or last).
SIMPLE_FIELD_RE = re.compile(
    r"""[ \t\r\n]*([A-Za-z_][\w\-:.+/]*)[ \t\r\n]*=[ \t\r\n]*
        (\{[^{}]*\}|"[^"{}]*"|\d+)[ \t\r\n]*(?:,|(?=[})]))""",
    re.X,
)
BRACE_RE = re.compile(r"[{}]")
QUOTED_RE = re.compile(r'[{}"]')
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


class Kind(StrEnum):
    """What a block is."""

    ENTRY = "entry"
    STRING = "string"  # @string{name = value}
    OTHER = "other"  # @comment, @preamble: copied as they are
    FAILED = "failed"  # unreadable: error says why


@dataclass(frozen=True, slots=True)
class Block:
    """One @-block: where it is, and for entries their type, key and raw field values."""

    kind: Kind
    line: int  # 1-based line of its "@"
    start: int  # offsets of its text in the text scanned
    end: int
    entry_type: str = ""
    key: str = ""
    fields: tuple[tuple[str, str], ...] = ()  # (lower-case name, raw value as written)
    error: str = ""


class _Damage(Exception):
    """A block cannot be read; the message says why, POS where reading stopped."""

    def __init__(self, message: str, pos: int = -1) -> None:
        super().__init__(message)
        self.pos = pos


def scan(text: str, line: int = 1) -> Iterator[Block]:
    """Every @-block of TEXT (which begins on LINE) in order; text between blocks is a
    comment and is skipped."""
    pos = counted = 0
    while (at := text.find("@", pos)) >= 0:
        match = BLOCK_START_RE.match(text, at)
        if match is None and not _at_line_start(text, at):
            pos = at + 1  # an "@" inside a comment between entries ("mail me@example.org")
            continue
        line += text.count("\n", counted, at)
        counted = at
        if match is None:
            block = Block(Kind.FAILED, line, at, _cut(text, at), error="not an entry")
        else:
            block = _block(text, match, line)
        yield block
        pos = block.end


def _at_line_start(text: str, at: int) -> bool:
    before = text.rfind("\n", 0, at)
    return not text[before + 1 : at].strip()


def _cut(text: str, start: int, end: int | None = None) -> int:
    """The first line after START (and before END) that opens a block; else END or the end."""
    found = LINE_START_RE.search(text, start + 1, len(text) if end is None else end)
    if found:
        return found.start() + 1
    return len(text) if end is None else end


def _block(text: str, match: re.Match[str], line: int) -> Block:
    kind, start = match.group(1).lower(), match.start()
    close = "}" if match.group(2) == "{" else ")"
    try:
        if kind in ("comment", "preamble"):
            block = Block(Kind.OTHER, line, start, _skip_group(text, match.end() - 1), kind)
        elif kind == "string":
            fields, end = _fields(text, match.end(), close)
            block = Block(Kind.STRING, line, start, end, kind, fields=fields)
        else:
            key = KEY_RE.match(text, match.end())
            if key is None or not key.group(1):
                raise _Damage("no citation key")
            fields, end = _fields(text, key.end(), close)
            block = Block(Kind.ENTRY, line, start, end, match.group(1), key.group(1), fields)
    except _Damage as damage:
        cut = _cut(text, start)
        why = "not closed before the next entry" if damage.pos >= cut else str(damage)
        return Block(Kind.FAILED, line, start, cut, error=why)
    cut = _cut(text, start, block.end)
    if cut < block.end:  # an unclosed brace ran on into the next entry
        return Block(Kind.FAILED, line, start, cut, error="not closed before the next entry")
    return block


def _fields(text: str, pos: int, close: str) -> tuple[tuple[tuple[str, str], ...], int]:
    """The `name = value` pairs from POS up to the block's closing CLOSE; its end offset."""
    fields = []
    while True:
        simple = SIMPLE_FIELD_RE.match(text, pos)
        if simple:  # most fields: one braced value without inner braces
            fields.append((simple.group(1).lower(), simple.group(2)))
            pos = simple.end()
            continue
        pos = _skip_space(text, pos)
        if pos >= len(text):
            raise _Damage(f"no closing '{close}'")
        if text[pos] == close:
            return tuple(fields), pos + 1
        name = FIELD_NAME_RE.match(text, pos)
        if name is None:
            raise _Damage(f"cannot read a field at '{_excerpt(text, pos)}'", pos)
        pos = _value_end(text, name.end())
        fields.append((name.group(1).lower(), text[name.end() : pos]))
        pos = _skip_space(text, pos)
        if text[pos : pos + 1] == ",":
            pos += 1
        elif text[pos : pos + 1] != close:
            raise _Damage(f"expected ',' or '{close}' after field '{name.group(1)}'", pos)


def _skip_space(text: str, pos: int) -> int:
    return SPACE_RE.match(text, pos).end()  # type: ignore[union-attr]  # matches empty too


def _value_end(text: str, pos: int) -> int:
    """The end of a value: parts in braces, quotes or bare, joined by '#'."""
    while True:
        char = text[pos : pos + 1]
        if char == "{":
            pos = _skip_group(text, pos)
        elif char == '"':
            pos = _skip_quoted(text, pos)
        else:
            bare = BARE_RE.match(text, pos)
            if bare is None:
                raise _Damage(f"a field has no value at '{_excerpt(text, pos)}'", pos)
            pos = bare.end()
        after = _skip_space(text, pos)
        if text[after : after + 1] != "#":
            return pos
        pos = _skip_space(text, after + 1)


def _skip_group(text: str, pos: int) -> int:
    """The offset after the brace (or parenthesis) group opening at POS."""
    if text[pos] == "(":
        end = text.find(")", pos)
        if end < 0:
            raise _Damage("'(' never closed")
        return end + 1
    depth = 0
    for brace in BRACE_RE.finditer(text, pos):
        depth += 1 if brace.group() == "{" else -1
        if depth == 0:
            return brace.end()
    raise _Damage("'{' never closed")


def _skip_quoted(text: str, pos: int) -> int:
    depth = 0
    for mark in QUOTED_RE.finditer(text, pos + 1):
        char = mark.group()
        if char == '"' and depth == 0:
            return mark.end()
        depth += 1 if char == "{" else -1 if char == "}" else 0
    raise _Damage("'\"' never closed")


def _excerpt(text: str, pos: int) -> str:
    return " ".join(text[pos : pos + 20].split())


# --- values ----------------------------------------------------------------------------------


def expand(raw: str, strings: Mapping[str, str]) -> str:
    """The text of a raw value: delimiters removed, @string names and month macros resolved."""
    if raw[:1] == "{" and raw[-1:] == "}" and "#" not in raw:
        return raw[1:-1]  # the common case, without the regex
    parts, pos = [], 0
    while pos < len(raw):
        if raw[pos] in '{"':
            end = _skip_group(raw, pos) if raw[pos] == "{" else _skip_quoted(raw, pos)
            parts.append(raw[pos + 1 : end - 1])
        else:
            end = BARE_RE.match(raw, pos).end()  # type: ignore[union-attr]  # scanned before
            parts.append(_macro(raw[pos:end], strings))
        pos = _skip_space(raw, end)
        pos = _skip_space(raw, pos + 1) if raw[pos : pos + 1] == "#" else len(raw)
    return "".join(parts)


def _macro(name: str, strings: Mapping[str, str]) -> str:
    if name.isdigit():
        return name
    name = name.lower()
    return strings.get(name, str(MONTHS.index(name) + 1) if name in MONTHS else name)
