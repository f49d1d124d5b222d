"""Columns of a PDF's pages -> its notes: footnotes from the footnote zones, endnotes after
their heading, markers from the body; each note in the inline model (inline.py).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from citekit import dehyphen, lexicons
from citekit.inline import InlineBuilder
from citekit.model import Footnote, Link
from citekit.pagelines import RAISED_SIZE
from citekit.pagemodel import Glyph, Line
from citekit.pagezones import PLAIN_MARKER_RE, Column

# headings of an endnotes section, case-folded, as books and articles print them
NOTES_HEADINGS = lexicons.words("notes_headings")  # "notes", "anmerkungen"
HEADING_TRIM_RE = re.compile(r"^[\W\d]+|[\W\d]+$")  # "5. Notes", "Notes:" -> "notes"
SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
NUMBER_RE = re.compile(r"\d{1,4}")
# a URL cut at a line end where typesetters break them (after "/", ".", "-", "=", "&" ...)
URL_BREAK_RE = re.compile(r"^(?:https?://|www\.|doi:|10\.\d{4,9}/)\S*[/.\-_=&?#~%:]$")
SOFT_HYPHEN, HYPHEN = "\u00ad", "\u2010"  # what some producers print at a line end
INNER_GAP = 0.15  # of the size: the room before a note that shares its line with another
FIRST_PLAIN_MAX = 20  # a plain-digit first note must be numbered low ("1982 was" is no note)


@dataclass(slots=True)
class _Draft:
    """A note being collected: its number (None: a symbol like * or †) and its lines."""

    number: int | None
    # (line, first glyph, end): the part of each line that belongs to the note
    segments: list[tuple[Line, int, int]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Found:
    """What the reader hands on: notes, body markers, and the page text in reading order."""

    footnotes: tuple[Footnote, ...]
    references: tuple[int, ...]
    text: str


def find_notes(pages: list[list[Column]], body_size: float) -> Found:
    """The notes of a PDF whose pages are laid out in columns with footnote zones."""
    body = [line for page in pages for column in page for line in column.body]
    zones = [line for page in pages for column in page for line in column.notes]
    vocabulary = dehyphen.Vocabulary(line.text for line in body + zones)
    drafts = [d for d in _segment(zones, endnotes=False) if d.number is not None]
    sections = list(_endnote_sections(body, body_size))
    endnotes = [d for section in sections for d in _segment(section, endnotes=True)]
    in_sections: set[int] = set()
    if len([d for d in endnotes if d.number is not None]) > len(drafts):
        # the notes are at the end; a stray small numbered line at a page foot is not
        in_sections = {id(line) for section in sections for line in section}
        drafts = endnotes
    text, line_numbers = _text(pages)
    footnotes = []
    for draft in drafts:
        if draft.number is not None:
            note, links = _inline(draft.segments, vocabulary)
            line = line_numbers[id(draft.segments[0][0])]
            footnotes.append(Footnote(draft.number, note, line, links))
    references = tuple(
        number for line in body if id(line) not in in_sections for number in _markers(line)
    )
    return Found(tuple(footnotes), references, text)


def _segment(lines: list[Line], *, endnotes: bool) -> list[_Draft]:
    """Lines of notes -> one draft per note; a line without a marker goes on the note before.

    Short notes may share a line (footmisc's ``para``): a raised number after a space that
    is the next note's number opens a note there. Lines before the first marker continue
    nothing and are left in the text only.
    """
    drafts: list[_Draft] = []
    last = 0 if endnotes else None
    # where notes open with raised numbers, a number on the baseline is text ("12 May 2010.")
    raised = any(line.raised[0] and line.glyphs[0].char.isdigit() for line in lines)
    sizes = Counter(line.size for line in lines)
    text_size = sizes.most_common(1)[0][0] if sizes else 0.0
    for line in lines:
        marker = _leading_marker(line, last, plain=not raised) or _marker_line(line, text_size)
        starts = [] if marker is None else [marker]
        position = 0 if marker is None else marker[1]
        while inner := _inner_marker(line, position, starts[-1][0] if starts else last):
            starts.append(inner)
            position = inner[1]
        if not starts and drafts:
            drafts[-1].segments.append((line, 0, len(line.glyphs)))
            continue
        if starts and marker is None and drafts:  # the rest of a note, then a new one
            drafts[-1].segments.append((line, 0, _marker_start(line, starts[0][1])))
        for index, (number, start) in enumerate(starts):
            end = _marker_start(line, starts[index + 1][1]) if index + 1 < len(starts) else None
            drafts.append(_Draft(number, [(line, start, end or len(line.glyphs))]))
            last = number if number is not None else last
    return drafts


def _marker_line(line: Line, text_size: float) -> tuple[int, int] | None:
    """A note's number alone on its line, smaller than the notes' text (the text follows)."""
    if line.text.isdigit() and len(line.text) <= 4 and line.size <= RAISED_SIZE * text_size:
        return int(line.text), len(line.glyphs)
    return None


def _inner_marker(line: Line, position: int, last: int | None) -> tuple[int | None, int] | None:
    """The next note's raised number inside LINE after POSITION, set apart; else None."""
    if last is None:
        return None
    glyphs, raised = line.glyphs, line.raised
    for i in range(max(position, 1), len(glyphs)):
        if raised[i] and not raised[i - 1] and _apart(glyphs[i - 1], glyphs[i]):
            end = i
            while end < len(glyphs) and raised[end]:
                end += 1
            digits = "".join(g.char for g in glyphs[i:end])
            if digits.isdigit() and int(digits) == last + 1:
                return int(digits), end
    return None


def _apart(before: Glyph, marker: Glyph) -> bool:
    """Is there a space, or room for one, between a note's last glyph and the next marker?"""
    return before.char == " " or marker.x0 - before.x1 > INNER_GAP * before.size


def _marker_start(line: Line, after: int) -> int:
    """Where the raised number that ends at AFTER begins."""
    start = after
    while start > 0 and line.raised[start - 1]:
        start -= 1
    return start


def _leading_marker(line: Line, last: int | None, *, plain: bool) -> tuple[int | None, int] | None:
    """(number, index of the first glyph after it) when LINE opens a note, else None.

    A raised marker opens a note whatever its number (a symbol opens one with none); a
    number on the baseline only when it is the next one (or, first of all, a low one).
    """
    end = 0
    while end < len(line.glyphs) and line.raised[end]:
        end += 1
    if end:
        marker = "".join(g.char for g in line.glyphs[:end]).strip()
        return (int(marker) if marker.isdigit() else None), end
    match = PLAIN_MARKER_RE.match(line.text) if plain else None
    if match is None:
        return None
    number = int(match.group("number"))
    expected = number == last + 1 or number == 1 if last is not None else number <= FIRST_PLAIN_MAX
    return (number, len(match.group())) if expected else None


def _endnote_sections(body: list[Line], body_size: float) -> Iterator[list[Line]]:
    """The lines under each endnotes heading, up to the next heading."""
    section: list[Line] | None = None
    for line in body:
        if _notes_heading(line):
            if section:
                yield section
            section = []
        elif section is not None:
            if _heading(line, body_size) and not section_marker(line):
                yield section
                section = None
            else:
                section.append(line)
    if section:
        yield section


def section_marker(line: Line) -> bool:
    """Does LINE open with a note marker, raised or on the baseline?"""
    return bool(line.raised and line.raised[0]) or bool(PLAIN_MARKER_RE.match(line.text))


def _notes_heading(line: Line) -> bool:
    return HEADING_TRIM_RE.sub("", line.text).casefold() in NOTES_HEADINGS


def _heading(line: Line, body_size: float) -> bool:
    """A line set larger than the body, or short and bold: a section heading."""
    return line.size > 1.1 * body_size or (line.bold and len(line.glyphs) < 80)


def _markers(line: Line) -> list[int]:
    """The numbers of the raised markers in a body line ("1", "2,3")."""
    out: list[int] = []
    run = ""
    for glyph, raised in zip(line.glyphs, line.raised, strict=True):
        if raised:
            run += glyph.char
        elif run:
            out.extend(int(n) for n in NUMBER_RE.findall(run))
            run = ""
    out.extend(int(n) for n in NUMBER_RE.findall(run))
    return out


def _inline(
    segments: list[tuple[Line, int, int]], vocabulary: dehyphen.Vocabulary
) -> tuple[str, tuple[Link, ...]]:
    """A note's lines as one text in the inline model, words cut at line ends mended."""
    runs: list[list] = []
    previous: tuple[Glyph, ...] = ()
    for line, start, end in segments:
        glyphs = line.glyphs[start:end]
        line_runs = _runs(glyphs)
        if not line_runs:
            continue
        if runs:
            _join(runs, previous, glyphs, vocabulary)
        runs.extend(line_runs)
        previous = glyphs
    _close_link_gaps(runs)
    builder = InlineBuilder()
    for text, italic, link in runs:
        builder.add(text, italic=italic, link=link)
    return builder.build()


def _close_link_gaps(runs: list[list]) -> None:
    """A few letters without a link between two pieces of one link are part of it.

    Link annotations are drawn per line and may stop short of the line's last letters.
    """
    for i in range(1, len(runs) - 1):
        before, after = runs[i - 1][2], runs[i + 1][2]
        if runs[i][2] is None and before is not None and before == after and " " not in runs[i][0]:
            runs[i][2] = before


def _runs(glyphs: tuple[Glyph, ...]) -> list[list]:
    """Glyphs -> [text, italic, link] runs of one formatting."""
    out: list[list] = []
    for glyph in glyphs:
        if out and (out[-1][1], out[-1][2]) == (glyph.italic, glyph.link):
            out[-1][0] += glyph.char
        else:
            out.append([glyph.char, glyph.italic, glyph.link])
    return out


def _join(
    runs: list[list],
    before: tuple[Glyph, ...],
    after: tuple[Glyph, ...],
    vocabulary: dehyphen.Vocabulary,
) -> None:
    """Close the line break at the end of RUNS: a space, nothing, or a hyphen taken out.

    BEFORE and AFTER are the glyphs of the lines on either side of the break.
    """
    last = runs[-1][0]
    token = "".join(g.char for g in before).rsplit(" ", 1)[-1].replace(HYPHEN, "-")
    following = "".join(g.char for g in after[:40]).lstrip()
    if last.endswith(SOFT_HYPHEN):  # a break the typesetter was allowed to make: a word
        runs[-1][0] = last[:-1]
        return
    linked = {g.link for g in before[-len(token) :] if g.link} if token else set()
    if after[0].link in linked or last.endswith("-") and URL_BREAK_RE.search(token):
        return  # one link over two lines, or a URL: broken where URLs break, hyphens kept
    if last.endswith(("-", HYPHEN)) and len(token) > 1:
        head, tail = dehyphen.last_word(token), dehyphen.first_word(following)
        if head and tail and not vocabulary.keeps_hyphen(head, tail):
            runs[-1][0] = last[:-1]
        return
    if token.endswith(("–", "—")) and len(token) > 1:
        return  # "1964–" + "1970", "text—" + "more": the dash binds (a spaced dash does not)
    if URL_BREAK_RE.search(token) and not following[:1].isupper():
        return  # a URL broken where typesetters break them
    runs.append([" ", before[-1].italic and after[0].italic, None])


def _text(pages: list[list[Column]]) -> tuple[str, dict[int, int]]:
    """The pages as plain text, body then notes of each column, markers as superscripts;
    and the line on which each printed line stands.
    """
    out: list[str] = []
    numbers: dict[int, int] = {}
    for page in pages:
        for column in page:
            for position, line in enumerate(column.lines):
                in_zone = column.zone <= position < column.end
                if position in (column.zone, column.end) or (in_zone and section_marker(line)):
                    out.append("")
                numbers[id(line)] = len(out) + 1
                out.append(_plain(line))
        out.append("")
    return "\n".join(out), numbers


def _plain(line: Line) -> str:
    """A printed line as text; raised digits as superscript digits ("China.¹²")."""
    return "".join(
        glyph.char.translate(SUPERSCRIPT_DIGITS) if raised else glyph.char
        for glyph, raised in zip(line.glyphs, line.raised, strict=True)
    )
