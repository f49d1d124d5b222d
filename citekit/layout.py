"""Plain-text layout: paragraphs, note markers, running heads; which paragraphs are notes."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from citekit import lexicons

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "0123456789")

# Note numbers have any number of digits a document can hold (a 12,000-note book has five);
# at most nine, so that a long run of digits is no marker and converts cheaply. Years are
# kept from being markers by the sequence rules in notes.py, not by the number of digits.
DIGITS = r"\d{1,9}(?!\d)"
SUPER_DIGITS = rf"(?<![{SUPERSCRIPTS}])[{SUPERSCRIPTS}]{{1,9}}(?![{SUPERSCRIPTS}])"
# a note's own marker at the start of a line: "¹⁵ On ...", "15 On ...", "15. On ...", "[15] On ...",
# and "16Wolfgang Müller-Wiener, ed., …", "2‘1335 Basler Jude …’": pdftotext glues a raised
# number to a capital or an opening quote it stands close to
SUPER_START_RE = re.compile(rf"^\s*(?P<num>{SUPER_DIGITS})\s*(?P<rest>\S.*)$", re.DOTALL)
PLAIN_START_RE = re.compile(
    rf"""^\s*(?:\[(?P<bracket>{DIGITS})\]                    # [15]
        |(?P<num>{DIGITS})(?:\.(?!\d)|\)|(?=\s)                  # 15 | 15. | 15)
            |(?=[A-ZÀ-Þ][a-zß-ÿ]|[“‘«„])))                        # 16Wolfgang | 19“Horowitz
        \s*(?P<rest>\S.*)$""",
    re.VERBOSE | re.DOTALL,
)
# a marker in running text: superscripts after anything but a space ("China.¹⁵", "“…”¹⁵"); as
# SUPER_DIGITS, with the test of the character before made after the first superscript, so
# that the engine looks only where there is one
SUPER_IN_TEXT_RE = re.compile(
    rf"[{SUPERSCRIPTS}](?<![{SUPERSCRIPTS}][{SUPERSCRIPTS}])[{SUPERSCRIPTS}]{{0,8}}(?![{SUPERSCRIPTS}])"
)
# plain digits glued to a word's end or its punctuation: "in China.1 These", "war,12 and"
PLAIN_IN_TEXT_RE = re.compile(
    rf"""(?<=[^\W\dA-Z_]|[.,;:!?)\]”“’"'»*])  # glued to a letter (not a capital) or punctuation
        (?P<num>{DIGITS})
        (?=[\s,;:.]|$)                       # and then a space, punctuation or the end
        (?![.,]\d)""",  # and not the integer part of "12.5"
    re.VERBOSE,
)
# after a number and a point or comma, digits are its decimals ("3.5 times", "1,000 men")
# unless a new sentence follows them ("in 1857.3 Then"): what _decimal() checks
AFTER_NUMBER_RE = re.compile(r"\d[.,]$")
SENTENCE_GOES_ON_RE = re.compile(r"\s*[^\W\d_]")
BRACKET_IN_TEXT_RE = re.compile(rf"(?<=\S)\s?\[(?P<num>{DIGITS})\]")  # "text.[12]", "text [12]"
# a paragraph is a running head or a page number: "Weltliteratur als Transfer 215", "- 12 -"
PAGE_NUMBER_RE = re.compile(rf"^[\s\-–—]*{DIGITS}[\s\-–—]*$")
HEAD_NUMBER_RE = re.compile(rf"^\s*{DIGITS}\s+|\s+{DIGITS}\s*$")
# how a paragraph may begin when it continues one cut by a page break: "1995), p. 2", "-"
CONTINUATION_PUNCT = "),;:.-–—]"
# what a citation has and prose mostly lacks: a year; better, a page or a back-reference
YEAR_RE = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")  # 1848, 2016
# a page or volume's abbreviation (at most three letters) and the back-reference words
LOCATOR_ABBREVIATIONS = r"\b(?:pp?|S|s|Bd|vol|t|fol|ff?|col|no|nr)"  # p. 42, S. 12, vol. 3, no. 4
# "ibid", "op. cit", "a. a. O" (note_cue_words.txt): a full stop inside one may take a space
LOCATOR_WORDS = r"\b(?:{})\b".format(
    "|".join(re.escape(w).replace(r"\.", r"\.\s?") for w in lexicons.entries("note_cue_words"))
)
# the test `cites` makes (tests/test_speed_exact.py holds _has_locator to it)
LOCATOR_RE = re.compile(rf"{LOCATOR_ABBREVIATIONS}\.\s?\d|{LOCATOR_WORDS}", re.IGNORECASE)
# LOCATOR_RE in parts, as `cites` asks it of every candidate note: a full stop before a number
# first, then the abbreviation that must end just before it, then the words
NUMBER_AFTER_STOP_RE = re.compile(r"\.\s?\d")
ABBREVIATION_END_RE = re.compile(rf"{LOCATOR_ABBREVIATIONS}\Z", re.IGNORECASE)
LOCATOR_WORD_RE = re.compile(LOCATOR_WORDS, re.IGNORECASE)
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
    bracket: bool = False  # "[15] On …", as pandoc's plain-text writer numbers notes


BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")


def paragraphs(text: str) -> list[Paragraph]:
    """Split text at blank lines and at lines that begin with a note marker."""
    out: list[Paragraph] = []
    for block, offset, line_no in _blocks(text):
        out.extend(_split_block(block, offset, line_no))
    return out


def _blocks(text: str) -> Iterator[tuple[str, int, int]]:
    """(block, offset, line) of each run of non-blank lines, one at a time (a large document
    is not copied into a list of blocks at once). Two or more blank lines in a row are one
    break: the paragraph after them is kept, from its first line that is not blank."""
    position, line_no = 0, 1
    for match in [*BLANK_LINE_RE.finditer(text), None]:
        end = match.start() if match else len(text)
        content = end - len(text[position:end].lstrip(" \t\n"))  # where its text begins
        if content < end:  # the block has text: start it at the line where the text does
            first = text.rfind("\n", position, content) + 1 or position
            yield text[first:end], first, line_no + text.count("\n", position, first)
        if match:
            line_no += text.count("\n", position, match.end())
            position = match.end()


RULE_LINE_RE = re.compile(r"^\s*[-—–_=─━·•*]{3,}\s*$|^\s*\f\s*$")  # "——————————", a form feed


def _split_block(block: str, offset: int, line_no: int) -> list[Paragraph]:
    """One block of lines -> paragraphs, a new one at each line that starts with a marker."""
    if "\n" not in block:  # one line (most blocks of a book): no marker can split it
        keep = block.strip() and not RULE_LINE_RE.match(block)
        return [_paragraph([(offset, line_no, block)], split=False)] if keep else []
    pieces: list[list[tuple[int, int, str]]] = []
    position = 0
    lines = block.split("\n")
    for number, line in enumerate(lines):
        if RULE_LINE_RE.match(line) or (
            number in (0, len(lines) - 1) and len(lines) > 1 and PAGE_NUMBER_RE.match(line)
        ):
            position += len(line) + 1
            continue  # a footnote rule, or a page number at the head or foot of a page
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
    """Join hard-wrapped lines into one paragraph."""
    text = ""
    for _, _, line in lines:
        if line.strip():
            text = join_text(text, line.strip())
    start, line_no, _ = lines[0]
    last_start, _, last = [entry for entry in lines if entry[2].strip()][-1]
    return Paragraph(
        text=text.translate(LIGATURES) if LIGATURE_RE.search(text) else text,
        start=start,
        end=last_start + len(last),
        line=line_no,
        split=split,
    )


# typographic ligatures that PDF text keeps as one character: "Oﬃce" is "Office"
LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)
LIGATURE_RE = re.compile("[ﬀﬁﬂﬃﬄﬅﬆ]")  # translate() with strings is slow: only when needed
SOFT_HYPHEN = "\u00ad"


def join_text(first: str, second: str) -> str:
    """Two pieces of one text cut by a line or page break, mended.

    A word broken by a hyphen ("recog-" + "nise") and a range broken after its dash
    ("p. 98-" + "99") close up; anything else is joined by a space.
    """
    if not first:
        return second
    if first.endswith(SOFT_HYPHEN):  # "com\u00ad" + "ments": a break the typesetter allowed
        return first[: -len(SOFT_HYPHEN)] + second
    if first.endswith(("-", "–")) and len(first) > 1:
        before, after = first[-2], second[:1]
        if before.isdigit() and after.isdigit():
            return first + second
        if before.isalpha() and after.islower() and first.endswith("-"):
            return first[:-1] + second
    return f"{first} {second}"


def merge(first: Paragraph, second: Paragraph) -> Paragraph:
    """Two paragraphs as one (a line wrongly taken for a note's start goes back)."""
    text = join_text(first.text, second.text)
    return Paragraph(text, first.start, second.end, first.line, first.split)


def drop_running_heads(paras: list[Paragraph]) -> list[Paragraph]:
    """Leave out page numbers and running heads (a short line that recurs with a number)."""
    shaped = [_head_shape(p.text) for p in paras]  # asked once a paragraph, not twice
    heads = Counter(_head_key(p.text) for p, shape in zip(paras, shaped, strict=True) if shape)
    return [
        p
        for p, shape in zip(paras, shaped, strict=True)
        if not PAGE_NUMBER_RE.match(p.text) and not (shape and heads[_head_key(p.text)] > 1)
    ]


PUNCTUATED_END_RE = re.compile(r"[.;:,]\s*$")  # "… and Peace, 1999.": a sentence, no head


def _head_shape(text: str) -> bool:
    """Short, unpunctuated text with a page number at one end (a note has its own at the start).

    "Weltliteratur als Transfer 215" and "216 Weltliteratur" are heads; "12 Ibid., p. 42"
    (numbers at both ends) and "¹² Ibid., p 42" (a superscript marker) are notes.
    """
    if len(text) > 80 or text[:1] in SUPERSCRIPTS or PUNCTUATED_END_RE.search(text):
        return False
    return len(HEAD_NUMBER_RE.findall(text)) == 1


def _head_key(text: str) -> str:
    """The running head without its page number, to see it recur."""
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
            rest = match.group("rest").strip()
            bracket = match.group("bracket") is not None
            out.append(Candidate(index, number, rest, superscript=False, bracket=bracket))
    return out


def body_markers(text: str, *, superscript: bool) -> list[tuple[int, int]]:
    """(offset, number) of every note marker in running text."""
    if superscript:
        return [
            (m.start(), int(m.group().translate(_SUPER_TO_DIGIT)))
            for m in SUPER_IN_TEXT_RE.finditer(text)
        ]
    found = [
        (m.start(), int(m.group("num")))
        for m in PLAIN_IN_TEXT_RE.finditer(text)
        if not _decimal(text, m.start(), m.end())
    ]
    found += [(m.start(), int(m.group("num"))) for m in BRACKET_IN_TEXT_RE.finditer(text)]
    return sorted(found)


def _decimal(text: str, start: int, end: int) -> bool:
    """Are the digits at START..END the decimals of a number rather than a marker?"""
    if not AFTER_NUMBER_RE.search(text, max(0, start - 2), start):
        return False
    goes_on = SENTENCE_GOES_ON_RE.match(text, end)
    return goes_on is not None and not goes_on.group().strip()[:1].isupper()


def cites(text: str) -> int:
    """How much the text looks like a citation: 2 with a page or "ibid.", 1 with a year."""
    if _has_locator(text):
        return 2
    return 1 if YEAR_RE.search(text) else 0


def _has_locator(text: str) -> bool:
    """LOCATOR_RE.search(text), three times as fast: the abbreviation (three letters at most)
    is looked for only before a full stop and a number (the pattern sees the letter before
    START, so its word boundary is the same)."""
    for stop in NUMBER_AFTER_STOP_RE.finditer(text):
        if ABBREVIATION_END_RE.search(text, max(0, stop.start() - 3), stop.start()):
            return True
    return LOCATOR_WORD_RE.search(text) is not None


def unfinished(text: str) -> bool:
    """Does the text stop mid-sentence (no closing punctuation, open brackets)?"""
    stripped = text.rstrip()
    if not stripped:
        return False
    if stripped.count("(") > stripped.count(")"):
        return True
    return stripped[-1] not in TERMINAL_CHARS


def starts_mid_sentence(text: str) -> bool:
    """Does the paragraph begin as the rest of a sentence cut by a page break?

    It does when it opens with a lower-case letter (in any script), a digit, or
    punctuation that cannot begin a sentence: "and so", "1995), p. 224", "; see".
    """
    first = text.lstrip()[:1]
    return bool(first) and (first.islower() or first.isdigit() or first in CONTINUATION_PUNCT)
