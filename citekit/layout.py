"""Plain-text layout: paragraphs, note markers, running heads; which paragraphs are notes."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "0123456789")

# a note's own marker at the start of a line: "¹⁵ On ...", "15 On ...", "15. On ...", "[15] On ..."
SUPER_START_RE = re.compile(rf"^\s*(?P<num>[{SUPERSCRIPTS}]{{1,4}})\s*(?P<rest>\S.*)$", re.DOTALL)
PLAIN_START_RE = re.compile(
    r"""^\s*(?:\[(?P<bracket>\d{1,4})\]|(?P<num>\d{1,4})(?:\.(?!\d)|\)|(?=\s)))  # 15 | 15. | [15]
        \s*(?P<rest>\S.*)$""",
    re.VERBOSE | re.DOTALL,
)
# a marker in running text: superscripts after anything but a space ("China.¹⁵", "“…”¹⁵")
SUPER_IN_TEXT_RE = re.compile(rf"[{SUPERSCRIPTS}]{{1,4}}")
# plain digits glued to a word's end or its punctuation: "in China.1 These", "war,12 and"
PLAIN_IN_TEXT_RE = re.compile(
    r"""(?<=[a-z\u00e0-\u024f.,;:!?)\]”’"'])  # glued to a letter or closing punctuation
        (?P<num>\d{1,4})
        (?=[\s,;:.]|$)                       # and then a space, punctuation or the end
        (?![.,]\d)""",                       # but not a decimal "3.5" or "1,000"
    re.VERBOSE,
)
BRACKET_IN_TEXT_RE = re.compile(r"(?<=\S)\[(?P<num>\d{1,4})\]")  # "text.[12]"
# a paragraph is a running head or a page number: "Weltliteratur als Transfer 215", "- 12 -"
PAGE_NUMBER_RE = re.compile(r"^[\s\-–—]*\d{1,4}[\s\-–—]*$")
HEAD_NUMBER_RE = re.compile(r"^\s*\d{1,4}\s+|\s+\d{1,4}\s*$")
# how a paragraph may begin when it continues one cut by a page break: "1995), p. 2", "and"
CONTINUATION_START_RE = re.compile(r"^\s*(?:[a-z\u00df-\u024f]|\d|[),;:.\-–—])")
TERMINAL_CHARS = ".!?)]”\"’'»*"  # a paragraph that ends in one of these may be complete


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A run of non-blank lines: its text (lines joined) and where it starts."""

    text: str
    start: int
    end: int
    line: int
    split: bool = False  # cut from the paragraph before at a line that starts with a marker


@dataclass(frozen=True, slots=True)
class Candidate:
    """A paragraph that begins like a note: its number and the text after the marker."""

    index: int  # position in the paragraph list
    number: int
    text: str
    superscript: bool


def paragraphs(text: str) -> list[Paragraph]:
    """Split text at blank lines and at lines that begin with a note marker."""
    out: list[Paragraph] = []
    offset, line_no = 0, 1
    for block in re.split(r"(\n[ \t]*\n)", text):
        if block.strip() and not block.startswith("\n"):
            out.extend(_split_block(block, offset, line_no))
        offset += len(block)
        line_no += block.count("\n")
    return out


def _split_block(block: str, offset: int, line_no: int) -> list[Paragraph]:
    """One block of lines -> paragraphs, a new one at each line that starts with a marker."""
    pieces: list[list[tuple[int, int, str]]] = []
    position = 0
    for number, line in enumerate(block.split("\n")):
        starts_note = bool(SUPER_START_RE.match(line) or PLAIN_START_RE.match(line))
        entry = (offset + position, line_no + number, line)
        if not pieces or (starts_note and number > 0):
            pieces.append([entry])
        else:
            pieces[-1].append(entry)
        position += len(line) + 1
    kept = [piece for piece in pieces if any(t.strip() for _, _, t in piece)]
    return [_paragraph(piece, split=n > 0) for n, piece in enumerate(kept)]


def _paragraph(lines: list[tuple[int, int, str]], *, split: bool) -> Paragraph:
    """Join hard-wrapped lines; a word broken by a hyphen at a line end is mended."""
    text = ""
    for _, _, line in lines:
        line = line.strip()
        if not line:
            continue
        if text.endswith("-") and line[:1].islower() and text[-2:-1].isalpha():
            text = text[:-1] + line  # "Sino-Sov-\niet" -> "Sino-Soviet" is rare; "recog-\nnise" common
        else:
            text = f"{text} {line}" if text else line
    start, line_no, _ = lines[0]
    last_start, _, last = lines[-1]
    return Paragraph(text=text, start=start, end=last_start + len(last), line=line_no, split=split)


def merge(first: Paragraph, second: Paragraph) -> Paragraph:
    """Two paragraphs as one (a line wrongly taken for a note's start goes back)."""
    return Paragraph(f"{first.text} {second.text}", first.start, second.end, first.line, first.split)


def drop_running_heads(paras: list[Paragraph]) -> list[Paragraph]:
    """Leave out page numbers and running heads (a short line that recurs with a number)."""
    heads = Counter(_head_key(p.text) for p in paras if _head_shape(p.text))
    return [
        p for p in paras
        if not PAGE_NUMBER_RE.match(p.text) and not (_head_shape(p.text) and heads[_head_key(p.text)] > 1)
    ]


def _head_shape(text: str) -> bool:
    """Short, unpunctuated text with a page number at one end."""
    return len(text) <= 80 and bool(HEAD_NUMBER_RE.search(text)) and not re.search(r"[.;:]\s*$", text)


def _head_key(text: str) -> str:
    return HEAD_NUMBER_RE.sub("", text).strip().casefold()


def candidates(paras: list[Paragraph]) -> list[Candidate]:
    """Every paragraph that begins with a marker, superscript or plain."""
    out = []
    for index, para in enumerate(paras):
        match = SUPER_START_RE.match(para.text)
        if match:
            number = int(match.group("num").translate(_SUPER_TO_DIGIT))
            out.append(Candidate(index, number, match.group("rest").strip(), superscript=True))
            continue
        match = PLAIN_START_RE.match(para.text)
        if match:
            number = int(match.group("bracket") or match.group("num"))
            out.append(Candidate(index, number, match.group("rest").strip(), superscript=False))
    return out


def body_markers(text: str, *, superscript: bool) -> list[tuple[int, int]]:
    """(offset, number) of every note marker in running text."""
    if superscript:
        return [(m.start(), int(m.group().translate(_SUPER_TO_DIGIT)))
                for m in SUPER_IN_TEXT_RE.finditer(text)]
    found = [(m.start(), int(m.group("num"))) for m in PLAIN_IN_TEXT_RE.finditer(text)]
    found += [(m.start(), int(m.group("num"))) for m in BRACKET_IN_TEXT_RE.finditer(text)]
    return sorted(found)


def unfinished(text: str) -> bool:
    """Does the text stop mid-sentence (no closing punctuation, open brackets)?"""
    stripped = text.rstrip()
    if not stripped:
        return False
    if stripped.count("(") > stripped.count(")"):
        return True
    return stripped[-1] not in TERMINAL_CHARS


def starts_mid_sentence(text: str) -> bool:
    """Does the paragraph begin as the rest of a sentence cut by a page break?"""
    return bool(CONTINUATION_START_RE.match(text))
