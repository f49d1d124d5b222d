"""Document -> Notes: markers, note bodies, page-break joins, and the note diagnostics."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from citekit import layout
from citekit.layout import Candidate, Paragraph
from citekit.model import Code, Diagnostic, Document, Note, Span

# how far the numbers may jump between two notes (notes lost to the extraction)
MAX_GAP = 12
# a plain-digit note sequence must start low: "1982 a good moment came" is no note 1982
FIRST_PLAIN_MAX = 20
# last words that end a note complete though they carry no full stop ("S. 224 f", "passim")
OPEN_ENDINGS = {"ibid", "ibidem", "idem", "passim", "ebd", "ebenda", "et seq", "ff", "f", "sq"}
LAST_WORD_RE = re.compile(r"([^\W\d_]+)\W*$")
DANGLING_RANGE_RE = re.compile(r"\d\s*[-–—]\s*$")  # "p. 98-"


@dataclass(frozen=True, slots=True)
class _Item:
    """A paragraph in reading order, and the note it is (None: body text)."""

    para: Paragraph
    number: int | None = None
    text: str = ""


def split_notes(doc: Document) -> tuple[tuple[Note, ...], tuple[Diagnostic, ...]]:
    """Find the notes of DOC and what is wrong with them.

    Returns:
        The notes in document order, and note diagnostics (missing, orphan,
        duplicate numbers, truncated notes).
    """
    if doc.footnotes:
        notes = tuple(_structured_note(doc.text, number, text, line)
                      for number, text, line in doc.footnotes)
        markers = list(doc.references)
    else:
        notes, markers = _layout_notes(doc.text)
    return notes, tuple(_diagnostics(notes, markers))


def _structured_note(text: str, number: int, body: str, line: int) -> Note:
    offset = _line_offset(text, line)
    return Note(number=number, text=" ".join(body.split()), span=Span(offset, offset, line))


def _line_offset(text: str, line: int) -> int:
    offset = 0
    for _ in range(line - 1):
        offset = text.find("\n", offset) + 1
        if offset == 0:
            return len(text)
    return offset


def _layout_notes(text: str) -> tuple[tuple[Note, ...], list[int]]:
    """Notes of plain text, found by where paragraphs stand and how they begin."""
    paras = layout.drop_running_heads(layout.paragraphs(text))
    found = layout.candidates(paras)
    superscript = any(c.superscript for c in found)
    chosen = _choose([c for c in found if c.superscript == superscript], paras)
    items = _join_continuations(_items(paras, chosen))
    body_super = superscript or any(layout.SUPER_IN_TEXT_RE.search(i.para.text) for i in items)
    markers = [number for item in items if item.number is None
               for _, number in layout.body_markers(item.para.text, superscript=body_super)]
    notes = tuple(
        Note(item.number, item.text, Span(item.para.start, item.para.end, item.para.line))
        for item in items if item.number is not None
    )
    if not body_super:  # plain digits: only numbers that can be notes count as markers
        known = {n.number for n in notes}
        markers = [m for m in markers if m in known]
    return notes, markers


def _choose(found: list[Candidate], paras: list[Paragraph]) -> list[Candidate]:
    """The candidates that are notes: a rising number sequence, best candidate per number."""
    scores = {c.index: _note_likeness(c, found, paras) for c in found}
    best: dict[int, int] = {}
    for c in found:
        if c.number not in best or scores[c.index] > scores[best[c.number]]:
            best[c.number] = c.index
    chosen: list[Candidate] = []
    for c in found:
        last = chosen[-1].number if chosen else 0
        if _fits(c, last, chosen, best, scores):
            chosen.append(c)
    return chosen


def _fits(c: Candidate, last: int, chosen: list[Candidate], best: dict[int, int],
          scores: dict[int, int]) -> bool:
    """May C follow the notes chosen so far?"""
    if not chosen and not c.superscript and c.number > FIRST_PLAIN_MAX:
        return False
    if last < c.number <= last + MAX_GAP:
        return best[c.number] == c.index or scores[c.index] >= 2
    restart = c.number == 1 and scores[c.index] >= 2  # numbering starts again (a new chapter)
    duplicate = c.number == last and scores[c.index] >= 2
    return bool(chosen) and (restart or duplicate)


def _note_likeness(c: Candidate, found: list[Candidate], paras: list[Paragraph]) -> int:
    """How much the candidate looks like a note rather than body text that starts with a number."""
    neighbours = {(f.index, f.number) for f in found}
    score = 0
    if (c.index - 1, c.number - 1) in neighbours or (c.index + 1, c.number + 1) in neighbours:
        score += 2
    if (c.index - 2, c.number - 1) in neighbours or (c.index + 2, c.number + 1) in neighbours:
        score += 1
    if layout.body_markers(c.text, superscript=c.superscript):
        score -= 3  # a note seldom carries note markers of its own
    if len(c.text) > 2000:
        score -= 1
    return score


def _items(paras: list[Paragraph], chosen: list[Candidate]) -> list[_Item]:
    """Paragraphs in order, notes marked; split lines that were no note start go back."""
    by_index = {c.index: c for c in chosen}
    items: list[_Item] = []
    for index, para in enumerate(paras):
        c = by_index.get(index)
        if c is not None:
            items.append(_Item(para, c.number, c.text))
        elif para.split and items:
            prev = items[-1]
            merged = layout.merge(prev.para, para)
            text = f"{prev.text} {para.text}" if prev.number is not None else ""
            items[-1] = _Item(merged, prev.number, text)
        else:
            items.append(_Item(para))
    return items


def _join_continuations(items: list[_Item]) -> list[_Item]:
    """Join notes cut by a page break to the paragraph that continues them."""
    out: list[_Item] = []
    pending: int | None = None  # position in OUT of an unfinished note awaiting its rest
    body_unfinished = False  # the body text before the last notes block stops mid-sentence
    for position, item in enumerate(items):
        following = items[position + 1] if position + 1 < len(items) else None
        prev = out[-1] if out else None
        if item.number is not None:
            out.append(item)
            continue
        if prev is not None and prev.number is not None:
            # first paragraph after a notes block: the page has turned
            pending = len(out) - 1 if layout.unfinished(prev.text) else None
        target = _continued_note(item, prev, following, pending, body_unfinished)
        if target is not None:
            note = out[target]
            out[target] = _Item(layout.merge(note.para, item.para), note.number,
                                f"{note.text} {item.para.text}")
            pending = None
            continue
        out.append(item)
        if following is not None and following.number is not None:
            body_unfinished = layout.unfinished(item.para.text)
    return out


def _continued_note(item: _Item, prev: _Item | None, following: _Item | None,
                    pending: int | None, body_unfinished: bool) -> int | None:
    """Which unfinished note (position in the output) ITEM continues, if any."""
    text = item.para.text
    if pending is None or not layout.starts_mid_sentence(text):
        return None
    if layout.body_markers(text, superscript=True):
        return None  # it carries note markers: body text
    right_after_notes = prev is not None and prev.number is not None
    right_before_notes = following is not None and following.number is not None
    if right_after_notes and body_unfinished:
        return None  # the body text cut at the same page break is what it continues
    if right_after_notes or right_before_notes:
        return pending
    return None


def _diagnostics(notes: tuple[Note, ...], markers: list[int]) -> list[Diagnostic]:
    """Missing, orphan, duplicate and truncated notes."""
    out: list[Diagnostic] = []
    numbers = Counter(n.number for n in notes)
    marked = set(markers)
    for number in sorted(marked - set(numbers)):
        out.append(Diagnostic(Code.MISSING_NOTE, f"marker {number} in the text has no note",
                              number))
    if notes and len(marked & set(numbers)) >= len(numbers) / 2:
        for number in sorted(set(numbers) - marked):
            out.append(Diagnostic(Code.ORPHAN_NOTE,
                                  f"note {number} has no marker in the text", number))
    for number, count in sorted(numbers.items()):
        if count > 1:
            out.append(Diagnostic(Code.DUPLICATE_NOTE_NUMBER,
                                  f"{count} notes are numbered {number}", number))
    seen: defaultdict[int, int] = defaultdict(int)
    for note in notes:
        seen[note.number] += 1
        reason = truncation(note.text)
        if reason and seen[note.number] == 1:
            out.append(Diagnostic(Code.TRUNCATED_NOTE, f"note {note.number} {reason}", note.number))
    return out


def truncation(text: str) -> str | None:
    """Why the note seems to break off mid-citation, or None."""
    stripped = text.rstrip()
    if DANGLING_RANGE_RE.search(stripped):
        return f"breaks off in a page range: {stripped[-20:]!r}"
    if stripped.count("(") > stripped.count(")"):
        return f"breaks off inside a parenthesis: {stripped[-30:]!r}"
    match = LAST_WORD_RE.search(stripped)
    if stripped and stripped[-1].isalpha() and match:
        word = match.group(1)
        if len(word) >= 4 and word.casefold() not in OPEN_ENDINGS:
            return f"breaks off without closing punctuation: {stripped[-30:]!r}"
    return None
