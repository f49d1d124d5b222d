"""Project Gutenberg's plain-text notes: each note found by its marker and its block.

Gutenberg's transcribers mark a note in the running text with its label in brackets or
braces ("cited by Burney,[1]", "[A]", "{1}", "[Footnote 1]") and give the note

- as a block right after the paragraph: "[Footnote 1: Burney, *History*, ii. 12.]", which
  may run over several lines and paragraphs and holds brackets of its own;
- or as a paragraph opened by the label ("[1] Burney, …", "[A] …", "{1} …"), after the
  paragraph, at the end of the chapter, or in a "FOOTNOTES:" section at the end of the book.

Labels may restart in each chapter or on each page ("[A]", "[B]", then "[A]" again), so a
note is paired with the earliest marker with its label that no note has yet answered: the
pairing, not a set of numbers, says which marker has no note and which note no marker.
A labelled paragraph that answers no marker is text ("[C] = common time" in a table of
signs); a "[Footnote …: …]" block is a note whatever stands before it.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict, deque
from collections.abc import Iterator
from dataclasses import dataclass, replace

from citekit import layout
from citekit.inline import InlineBuilder
from citekit.model import Code, Diagnostic, Footnote
from citekit.sources.raw import line_at, line_starts

# a note's label: a number, one or two capitals, or a printer's reference mark
LABEL = r"\d{1,3}|[A-Z]{1,2}|[*†‡§]"
# "[Footnote 12: …": a note block begins at the start of a line, indented or not
BLOCK_RE = re.compile(
    rf"^[ \t]*\[Footnote[ \t]+(?P<label>{LABEL})[ \t]*:[ \t]*", re.MULTILINE | re.IGNORECASE
)
# "[12] …", "[A] …", "{12} …": a paragraph that a label opens (after a blank line); a label
# alone on its line opens the paragraph after it (a note that quotes verse)
LABELLED_RE = re.compile(
    rf"""(?:\A|\n[ \t]*\n)(?P<indent>[ \t]*)
        (?:\[(?P<square>{LABEL})\]|\{{(?P<curly>\d{{1,3}})\}})
        [ \t]*""",
    re.VERBOSE,
)
# a marker glued to the word or stop it follows, or one space after it: "Burney,[1]",
# "Burney [A]", "Burney{1}", "Burney[Footnote 1]"
MARKER_RE = re.compile(
    rf"""(?<=\S)[ ]?
        (?:\[(?:Footnote[ ]+)?(?P<square>{LABEL})\]|\{{(?P<curly>\d{{1,3}})\}})""",
    re.VERBOSE,
)
# a heading over the notes at the end of a chapter or the book: "FOOTNOTES:", "Notes."
NOTES_HEADING_RE = re.compile(r"^[ \t]*(?:FOOT)?NOTES?[ \t]*[:.]?[ \t]*$", re.IGNORECASE)
# "_Histoire de la musique_": Gutenberg's (and e-mail's) italics
ITALIC_RE = re.compile(r"(?<![\w*])_(?=\S)(?P<words>[^_]+?)(?<=\S)_(?!\w)")
# "*Histoire de la musique*": italics a Markdown parser has marked in a converted book's text
MARKED_ITALIC_RE = re.compile(r"\*(?P<words>[^*]+)\*")
BLANK_RE = re.compile(r"\n[ \t]*\n")
SPACE_RE = re.compile(r"\s*")
BRACKET_RE = re.compile(r"[\[\]]")
REFERENCE_MARKS = "*†‡§"  # the order printers use them in: "*" is note 1 on its page
# a block that never closes ends at most this far on (a slip of the transcriber)
BLOCK_MAX = 20000


@dataclass(frozen=True, slots=True)
class _Draft:
    """A note block or labelled paragraph: where it stands and what it says."""

    start: int
    end: int
    label: str  # "12", "A", "{12}" (braces kept: "{1}" answers "{1}", never "[1]")
    text: str
    block: bool  # a "[Footnote …: …]" block (a note even if no marker calls it)


@dataclass(frozen=True, slots=True)
class Found:
    """The notes of a Gutenberg text, and what the pairing found wrong."""

    footnotes: tuple[Footnote, ...]
    diagnostics: tuple[Diagnostic, ...]


def read_notes(text: str, *, marked: bool = False) -> Found | None:
    """The Gutenberg notes of TEXT, or None when it has none of Gutenberg's layouts (its
    notes, if any, are left to the layout of plain text). MARKED: TEXT is a parser's (the
    inline model's), whose every "*" marks italics."""
    if "[" not in text and "{" not in text:
        return None
    blocks = list(_blocks(text))
    drafts = sorted(blocks + list(_labelled(text, blocks)), key=lambda d: d.start)
    markers = list(_markers(text, drafts))
    paired, diagnostics = _pair(drafts, markers)
    paired = _with_further(text, paired, [m[0] for m in markers])
    last_marker = max((m[0] for m in markers), default=0)
    if not paired or not _claims(text, paired, last_marker):
        return None
    starts = line_starts(text)
    footnotes = tuple(
        Footnote(_number(d.label), _inline(d.text, marked), line_at(starts, d.start))
        for d in paired
    )
    return Found(footnotes, tuple(diagnostics))


def _with_further(text: str, notes: list[_Draft], markers: list[int]) -> list[_Draft]:
    """NOTES with the further paragraphs of each labelled note: those up to the next note
    when no marker stands between them (a list of notes, as at the end of a chapter), and
    the paragraph a note ending in a colon introduces (the passage it quotes)."""
    out: list[_Draft] = []
    for position, note in enumerate(notes):
        following = notes[position + 1].start if position + 1 < len(notes) else len(text)
        end = note.end
        if not note.block and not _marker_between(markers, note.end, following):
            end = following if position + 1 < len(notes) else end
        if not note.block and end == note.end and note.text.rstrip().endswith(":"):
            end = min(_paragraph_end(text, end + 1), following)
        out.append(replace(note, end=end, text=note.text + text[note.end : end]))
    return out


def _marker_between(markers: list[int], start: int, end: int) -> bool:
    index = bisect.bisect_left(markers, start)
    return index < len(markers) and markers[index] < end


def _claims(text: str, paired: list[_Draft], last_marker: int) -> bool:
    """Are these Gutenberg's notes? Blocks and lettered or braced labels are; notes "[1] …"
    are when a notes heading stands over them or when they stand among the running text,
    after their paragraphs or chapters. Notes all after the last marker with no heading are
    pandoc's notes section, which the layout of plain text reads (with the further
    paragraphs of a note)."""
    if any(d.block or not d.label.isdigit() for d in paired):
        return True
    if paired[0].start < last_marker:
        return True
    head = text[: paired[0].start].rstrip().rsplit("\n", 1)[-1]
    return bool(NOTES_HEADING_RE.match(head))


def _blocks(text: str) -> Iterator[_Draft]:
    """Every "[Footnote N: …]" block, to its closing bracket (a block inside one is its text)."""
    end = 0
    for match in BLOCK_RE.finditer(text):
        if match.start() < end:
            continue
        end = _closing(text, match.end())
        body = text[match.end() : end - 1] if text[end - 1] == "]" else text[match.end() : end]
        yield _Draft(match.start(), end, match.group("label").upper(), body, True)


def _closing(text: str, start: int) -> int:
    """The end of the block whose text begins at START: after its closing bracket, or at the
    end of its paragraph when it has none."""
    depth = 1
    for bracket in BRACKET_RE.finditer(text, start, start + BLOCK_MAX):
        depth += 1 if bracket.group() == "[" else -1
        if depth == 0:
            return bracket.end()
    blank = BLANK_RE.search(text, start)
    return blank.start() if blank else len(text)


def _labelled(text: str, blocks: list[_Draft]) -> Iterator[_Draft]:
    """Every paragraph opened by a label, outside the note blocks."""
    end = 0
    for match in LABELLED_RE.finditer(text):
        start = match.start("indent")
        if start < end or _inside(start, blocks):
            continue
        end = _paragraph_end(text, match.end())
        if not text[match.end() : end].strip():
            end = _paragraph_end(text, end + 1)
        square, curly = match.group("square"), match.group("curly")
        label = square if square is not None else "{" + curly + "}"
        yield _Draft(start, end, label, text[match.end() : end], False)


def _paragraph_end(text: str, start: int) -> int:
    """Where the paragraph that goes on at START ends (its text may begin after blank lines)."""
    content = SPACE_RE.match(text, start).end()  # type: ignore[union-attr]
    blank = BLANK_RE.search(text, content)
    return blank.start() if blank else len(text)


def _inside(offset: int, drafts: list[_Draft]) -> bool:
    """Does OFFSET fall in one of DRAFTS (in order, none overlapping)?"""
    index = bisect.bisect_right(drafts, offset, key=lambda d: d.start) - 1
    return index >= 0 and offset < drafts[index].end


def _markers(text: str, drafts: list[_Draft]) -> Iterator[tuple[int, str, bool]]:
    """(offset, label, glued) of every marker in the running text (none inside a note);
    GLUED: with no space before it (" [337]" may be a cross-reference, not a marker)."""
    for match in MARKER_RE.finditer(text):
        square, curly = match.group("square"), match.group("curly")
        label = square if square is not None else "{" + curly + "}"
        if not _inside(match.start(), drafts):
            yield match.start(), label, not match.group().startswith(" ")


def _pair(
    drafts: list[_Draft], markers: list[tuple[int, str, bool]]
) -> tuple[list[_Draft], list[Diagnostic]]:
    """The notes among DRAFTS, each paired with the earliest unanswered marker before it
    that has its label; diagnostics for notes no marker calls and glued markers no note
    answers."""
    events: list[tuple[int, str, _Draft | bool]] = [(o, label, g) for o, label, g in markers]
    events += [(d.start, d.label, d) for d in drafts]
    events.sort(key=lambda e: (e[0], isinstance(e[2], _Draft)))
    waiting: defaultdict[str, deque[bool]] = defaultdict(deque)  # label -> markers unanswered
    notes: list[_Draft] = []
    called: set[str] = set()  # kinds of label that markers call ("digits", "letters", …)
    uncalled: list[tuple[str, Diagnostic]] = []
    for _, label, draft in events:
        if not isinstance(draft, _Draft):
            waiting[label].append(draft)
        elif waiting[label]:
            _answer(waiting[label])
            notes.append(draft)
            called.add(_kind(label))
        elif draft.block:
            uncalled.append((_kind(label), _uncalled(draft, notes)))
            notes.append(draft)
    # where no marker calls a note of a kind, the markers are in a form not read here: none
    # of that kind is reported missing or uncalled
    diagnostics = [found for kind, found in uncalled if kind in called]
    for label, left in waiting.items():
        if _kind(label) in called:
            diagnostics.extend(_missing(_number(label)) for glued in left if glued)
    return notes, diagnostics


def _answer(waiting: deque[bool]) -> None:
    """Take the marker a note answers: the earliest glued one, or else the earliest."""
    position = waiting.index(True) if True in waiting else 0
    del waiting[position]


def _uncalled(draft: _Draft, before: list[_Draft]) -> Diagnostic:
    """A note block no marker calls: a second note with a number in use, or an orphan."""
    number = _number(draft.label)
    if before and before[-1].label == draft.label:
        return Diagnostic(
            Code.DUPLICATE_NOTE_NUMBER, f"2 notes in a row are numbered {number}", number
        )
    return Diagnostic(Code.ORPHAN_NOTE, f"note {number} has no marker in the text", number)


def _missing(number: int) -> Diagnostic:
    return Diagnostic(Code.MISSING_NOTE, f"marker {number} in the text has no note", number)


def _kind(label: str) -> str:
    """Labels of one kind number one series: "12", "A", "{12}", "*"."""
    if label.startswith("{"):
        return "braces"
    if label.isdigit():
        return "digits"
    return "letters" if label.isalpha() else "marks"


def _number(label: str) -> int:
    """The note's number: its figures, its letter's place ("C" is 3, "AB" 28), or its
    reference mark's ("†" is 2)."""
    label = label.strip("{}")
    if label.isdigit():
        return int(label)
    if label in REFERENCE_MARKS:
        return REFERENCE_MARKS.index(label) + 1
    number = 0
    for letter in label.upper():
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _inline(text: str, marked: bool = False) -> str:
    """The note in the inline model: lines joined, "_italics_" (MARKED: and "*italics*")
    marked."""
    joined = ""
    for line in text.split("\n"):
        if line.strip():
            joined = layout.join_text(joined, line.strip())
    builder = InlineBuilder()
    position = 0
    italics = sorted(
        [*ITALIC_RE.finditer(joined), *(MARKED_ITALIC_RE.finditer(joined) if marked else ())],
        key=lambda match: match.start(),
    )
    for match in italics:
        if match.start() < position:
            continue  # inside an italic already taken
        builder.add(joined[position : match.start()])
        builder.add(match.group("words"), italic=True)
        position = match.end()
    builder.add(joined[position:])
    return builder.build()[0]
