"""Document -> Notes: markers, note bodies, page-break joins, and the note diagnostics."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from citekit import cutimprint, endnotes, layout, lexicons, nopage, notepieces, notesequence
from citekit.inline import spaced
from citekit.layout import Candidate, Paragraph
from citekit.model import Code, Diagnostic, Document, Footnote, Note, Span
from citekit.sources.raw import line_starts

# how far the numbers may jump between two notes (notes lost to the extraction)
MAX_GAP = 12
# how far the numbers may jump to a candidate with no other candidate beside it
ISOLATED_GAP = 3
# the longest note tail taken at the foot of a page that has no notes of its own
CONTINUATION_MAX = 400
# a plain-digit note sequence must start low: "1982 a good moment came" is no note 1982
FIRST_PLAIN_MAX = 20
# last words that end a note complete though they carry no full stop ("S. 224 f", "passim")
OPEN_ENDINGS = lexicons.words("note_endings")  # "ibid", "passim", "ff"
LAST_WORD_RE = re.compile(r"([^\W\d_]+)\W*$")
DANGLING_RANGE_RE = re.compile(r"\d\s*[-–—]\s*$")  # "p. 98-"
URL_END_RE = re.compile(r"(?:https?://|www\.)\S+$")  # a note may end on a bare URL
PAGE_LABEL_END_RE = re.compile(r"[,\s](?:pp?|S|s|с|С)\.$")  # "…, 1991, p.": the page is gone
# short words that cannot end a sentence: "Essay on the economy of the", "Geschichte und"
CONNECTING_WORDS = lexicons.words("connecting_words")  # "of", "the", "und"


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
        starts = line_starts(doc.text)
        notes = tuple(
            _structured_note(starts, len(doc.text), footnote) for footnote in doc.footnotes
        )
        markers = list(doc.references)
    else:
        notes, markers = _layout_notes(doc.text)
    whole = bool(doc.footnotes) and doc.format in WHOLE_NOTE_FORMATS
    paired = bool(doc.footnotes) and doc.paired
    found = _diagnostics(notes, markers, whole=whole, numbers=not paired)
    diagnostics = list(doc.diagnostics) + list(found)
    if not notes:
        diagnostics.insert(0, _no_notes(doc))
    return notes, tuple(diagnostics)


# formats whose readers find each note as one element of the markup: a note there cannot be
# cut by a page break, and one that ends without a full stop ("*Persona*, Mozilla",
# commentary) ends as its author wrote it
WHOLE_NOTE_FORMATS = frozenset({"md", "tex", "docx", "html", "txt"})


def _no_notes(doc: Document) -> Diagnostic:
    """Nothing was found: say so, and what citekit looks for, rather than report nothing."""
    looked_for = {
        "txt": "superscript or glued-digit markers with their notes below, or Project "
        "Gutenberg's [1] markers with [Footnote 1: ...] blocks or [1] notes",
        "md": "[^1] footnotes or ^[inline notes]",
        "tex": "\\footnote{...} or \\endnote{...}",
        "docx": "Word footnotes or endnotes",
        "html": "footnote lists linked from note references",
    }.get(doc.format, "footnotes or endnotes")
    return Diagnostic(Code.NO_NOTES, f"no notes found in the document (looked for {looked_for})")


def _structured_note(starts: list[int], size: int, footnote: Footnote) -> Note:
    """A note a reader found; its span is the start of the line it was found on."""
    line = footnote.line
    offset = starts[line - 1] if 0 < line <= len(starts) else size
    return Note(footnote.number, footnote.text, Span(offset, offset, line), footnote.links)


def _layout_notes(text: str) -> tuple[tuple[Note, ...], list[int]]:
    """Notes of plain text, found by where paragraphs stand and how they begin."""
    paras = layout.drop_running_heads(layout.paragraphs(text))
    found = layout.candidates(paras)
    chosen = _choose_kind(found)
    superscript = bool(chosen) and chosen[0].superscript
    items = _items(paras, chosen)
    if chosen and chosen[0].bracket:  # pandoc's notes section: a note of several paragraphs
        items = endnotes.join_further(items, lambda i: i.number, lambda i: i.para.text, _joined)
    items = _join_continuations(items, text if notepieces.pdftotext_pages(text) else None)
    body_super = superscript or any(layout.SUPER_IN_TEXT_RE.search(i.para.text) for i in items)
    markers = [
        number
        for item in items
        if item.number is None
        for _, number in layout.body_markers(item.para.text, superscript=body_super)
    ]
    notes = tuple(
        Note(item.number, spaced(item.text), Span(item.para.start, item.para.end, item.para.line))
        for item in items
        if item.number is not None
    )
    if not body_super:
        markers = _plain_markers(markers, {n.number for n in notes})
    return notes, markers


def _choose_kind(found: list[Candidate]) -> list[Candidate]:
    """The notes among the candidates, superscript or plain: whichever makes more notes.

    One body paragraph that opens with a stray superscript must not hide a plain-digit
    notes section, nor a plain "1982 a good moment" hide superscript footnotes.
    """
    superscript = _choose([c for c in found if c.superscript])
    plain = _choose(_bracketed_if_most([c for c in found if not c.superscript]))
    return superscript if len(superscript) >= len(plain) else plain


def _bracketed_if_most(found: list[Candidate]) -> list[Candidate]:
    """Where most plain candidates are bracketed ("[25] …"), only those: a line of a note
    that opens with a figure ("35 (2007), 1489–93") is no note 35 that would hide 26-34."""
    bracketed = [c for c in found if c.bracket]
    return bracketed if len(bracketed) * 2 > len(found) else found


def _plain_markers(markers: list[int], known: set[int]) -> list[int]:
    """Plain digits glued to words that are note markers, not years or page numbers.

    A number is a marker when a note carries it, or when it falls between the markers
    before and after it that notes carry ("China.1 ... Japan.2 ... Korea.3" with no note 2).
    """
    kept: list[int] = []
    following: list[int | None] = []
    upcoming: int | None = None
    for number in reversed(markers):
        following.append(upcoming)
        upcoming = number if number in known else upcoming
    following.reverse()
    previous = 0
    for number, after in zip(markers, following, strict=True):
        if number in known:
            kept.append(number)
            previous = number
        elif after is not None and previous < number < after:
            kept.append(number)
    return kept


def _choose(found: list[Candidate]) -> list[Candidate]:
    """The candidates that are notes: a rising number sequence, best candidate per number."""
    scores = _note_likeness(found)
    best: dict[int, int] = {}
    for c in found:
        if c.number not in best or scores[c.index] > scores[best[c.number]]:
            best[c.number] = c.index
    by_index = {c.index: c for c in found}
    chosen: list[Candidate] = []
    for c in found:
        last = chosen[-1].number if chosen else 0
        if _fits(c, last, chosen, best, scores, by_index):
            chosen.append(c)
    return chosen


def _fits(
    c: Candidate,
    last: int,
    chosen: list[Candidate],
    best: dict[int, int],
    scores: dict[int, int],
    by_index: dict[int, Candidate],
) -> bool:
    """May C follow the notes chosen so far?"""
    if not chosen and not c.superscript and c.number > FIRST_PLAIN_MAX:
        return False
    # a candidate with no note beside it must follow closely: a body paragraph that
    # opens with "12 delegates" is no note 12 after note 1
    gap = MAX_GAP if scores[c.index] >= 2 else ISOLATED_GAP
    if last < c.number <= last + gap:
        ok = best[c.number] == c.index or notesequence.sandwiched(c, chosen, by_index)
        return ok or _as_good(c, best, scores, by_index)
    restart = c.number == 1 and scores[c.index] >= 2  # numbering starts again (a new chapter)
    duplicate = c.number == last and _as_good(c, best, scores, by_index)
    return bool(chosen) and (restart or duplicate)


def _as_good(
    c: Candidate, best: dict[int, int], scores: dict[int, int], found: dict[int, Candidate]
) -> bool:
    """Is C, not the best candidate for its number, a second note with that number?

    Two notes that really share a number both stand among notes and both cite; a body
    paragraph that opens with the marker of the note below it cites less than that note.
    """
    rival = found[best[c.number]]
    return scores[c.index] >= 2 and layout.cites(c.text) >= layout.cites(rival.text)


def _note_likeness(found: list[Candidate]) -> dict[int, int]:
    """Paragraph index -> how much the candidate looks like a note, not body text.

    Notes stand beside notes numbered one apart, rarely carry markers of their own,
    are short, and cite: a year, a page, "ibid.".
    """
    neighbours = {(f.index, f.number) for f in found}
    scores = {}
    for c in found:
        score = 0
        if (c.index - 1, c.number - 1) in neighbours or (c.index + 1, c.number + 1) in neighbours:
            score += 2
        if (c.index - 2, c.number - 1) in neighbours or (c.index + 2, c.number + 1) in neighbours:
            score += 1
        if layout.body_markers(c.text, superscript=c.superscript):
            score -= 3
        score += layout.cites(c.text)
        if len(c.text) > 2000:
            score -= 1
        scores[c.index] = score
    return scores


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


def _joined(note: _Item, further: _Item) -> _Item:
    return _Item(
        layout.merge(note.para, further.para), note.number, f"{note.text} {further.para.text}"
    )


def _join_continuations(items: list[_Item], wrapped: str | None) -> list[_Item]:
    """Join notes cut by a page break to the paragraph that continues them (and, in WRAPPED,
    the text as pdftotext prints it, the pieces of a note it sets apart).

    Only the last note of a notes block can be cut; its rest comes on the next page,
    after that page's body text, as a paragraph that begins mid-sentence.
    """
    out: list[_Item] = []
    pending: int | None = None  # position in OUT of an unfinished note awaiting its rest
    body_unfinished = False  # the body text before the last notes block stops mid-sentence
    for position, item in enumerate(items):
        following = items[position + 1] if position + 1 < len(items) else None
        prev = out[-1] if out else None
        if item.number is not None:
            out.append(item)
            continue
        if wrapped is not None and _rest_of_note(item, prev, following, wrapped):
            out[-1] = _joined(prev, item)  # type: ignore[arg-type]
            continue
        if prev is not None and prev.number is not None:
            # first paragraph after a notes block: the page has turned
            pending = len(out) - 1 if layout.unfinished(prev.text) else None
        if pending is not None and _continues_note(item, prev, following, body_unfinished):
            note = out[pending]
            out[pending] = _Item(
                layout.merge(note.para, item.para),
                note.number,
                layout.join_text(note.text, item.para.text),
            )
            pending = None
            continue
        out.append(item)
        if following is not None and following.number is not None:
            body_unfinished = layout.unfinished(item.para.text)
    return out


def _rest_of_note(item: _Item, prev: _Item | None, following: _Item | None, text: str) -> bool:
    """Is ITEM a piece of the note just before it, set apart by pdftotext (notepieces)?"""
    if prev is None or prev.number is None:
        return False
    return notepieces.rest_of_note(
        item.para.text,
        prev.text,
        prev.number,
        following.number if following is not None else None,
        one_line="\n" not in text[prev.para.start : prev.para.end],
        gap=text[prev.para.end : item.para.start],
    )


def _continues_note(
    item: _Item, prev: _Item | None, following: _Item | None, body_unfinished: bool
) -> bool:
    """Is ITEM the rest of the unfinished note before it, rather than body text?"""
    text = item.para.text
    if layout.body_markers(text, superscript=True):
        return False  # note markers: body text
    if not layout.starts_mid_sentence(text):
        # German nouns are capitalised: "Verlag 1899–1999. …, S. 190." just above the next
        # page's notes still continues the cut note when it is short and cites a page
        return (
            following is not None
            and following.number is not None
            and len(text) <= CONTINUATION_MAX
            and layout.cites(text) == 2
        )
    right_after_notes = prev is not None and prev.number is not None
    if right_after_notes:
        # the body text cut at the same page break is what it continues, if there is one
        return not body_unfinished
    if following is not None and following.number is not None:
        return True  # at the foot of the next page, just above its notes
    # at the foot of a page with no notes of its own: only a short, citing tail
    finished_body = prev is not None and not layout.unfinished(prev.para.text)
    return finished_body and len(text) <= CONTINUATION_MAX and layout.cites(text)


def _diagnostics(
    notes: tuple[Note, ...], markers: list[int], *, whole: bool = False, numbers: bool = True
) -> list[Diagnostic]:
    """Missing, orphan, duplicate (NUMBERS: found here from the numbers) and truncated notes
    (WHOLE: each note is complete markup)."""
    out = _number_diagnostics(notes, markers) if numbers else []
    seen: defaultdict[int, int] = defaultdict(int)
    for note in notes:
        seen[note.number] += 1
        reason = truncation(note.text, whole=whole)
        if reason and seen[note.number] == 1:
            out.append(Diagnostic(Code.TRUNCATED_NOTE, f"note {note.number} {reason}", note.number))
    return out


def _number_diagnostics(notes: tuple[Note, ...], markers: list[int]) -> list[Diagnostic]:
    """Markers with no note, notes with no marker, numbers that two notes carry."""
    out: list[Diagnostic] = []
    numbers = Counter(n.number for n in notes)
    marked = set(markers)
    for number in sorted(marked - set(numbers)):
        out.append(
            Diagnostic(Code.MISSING_NOTE, f"marker {number} in the text has no note", number)
        )
    if notes and len(marked & set(numbers)) >= len(numbers) / 2:
        for number in sorted(set(numbers) - marked):
            out.append(
                Diagnostic(Code.ORPHAN_NOTE, f"note {number} has no marker in the text", number)
            )
    for number, count in sorted(numbers.items()):
        if count > 1:
            out.append(
                Diagnostic(
                    Code.DUPLICATE_NOTE_NUMBER, f"{count} notes are numbered {number}", number
                )
            )
    return out


# a sentence that ends and another that begins: "…, 1836). Thereafter", "10. Emphasis mine."
SENTENCE_TURN_RE = re.compile(r"[.!?][”\"’)]*\s+[A-Z]")


def _sentences_after_open(text: str) -> bool:
    """Does the note go on for sentences after a bracket left open, and end one? Then the
    author forgot to close it ("(title page to …, 1836). Thereafter … at both addresses."):
    a note cut off inside its brackets stops there, without a sentence after them."""
    last_open = text.rfind("(")
    tail = text[last_open:]
    return text.endswith((".", ".”", '."')) and bool(SENTENCE_TURN_RE.search(tail))


def truncation(text: str, *, whole: bool = False) -> str | None:
    """Why the note seems to break off mid-citation, or None.

    A note ending in "," or ";" is complete (lists of sources end so); one ending in a
    dangling page range, inside a parenthesis, on a connecting word ("of the", "und"),
    a colon, or a long word with no closing punctuation is not. A URL may end a note.
    A WHOLE note (read from markup, not from a page) is not suspected for its last word, nor
    for a parenthesis left open when its sentence is closed.
    """
    stripped = text.rstrip()
    # Each pattern ends at the end of the note: a cheap look at its last character or word
    # first, since searching a whole note for an ending costs a try at every character.
    if stripped[-1:] in DASHES and DANGLING_RANGE_RE.search(stripped):
        return f"breaks off in a page range: {stripped[-20:]!r}"
    if (
        stripped.count("(") > stripped.count(")")
        and not (whole and stripped.endswith("."))  # a slip: a note of markup ends where it ends
        and not _sentences_after_open(stripped)
        and not URL_END_RE.search(stripped.rsplit(None, 1)[-1])  # "(https://github.com/…"
    ):
        return f"breaks off inside a parenthesis: {stripped[-30:]!r}"
    if stripped.endswith(":"):
        return f"breaks off after a colon: {stripped[-30:]!r}"
    if (
        stripped.endswith(".")
        and PAGE_LABEL_END_RE.search(stripped[-4:])
        and not nopage.no_page_end(stripped)  # "…, 2001, o. S.": no page to give, none lost
    ) or (
        cutimprint.breaks_off_after_imprint(stripped)  # "(London: Athlone Press, 1988),"
    ):
        return f"breaks off before its page number: {stripped[-30:]!r}"
    if (
        not stripped
        or not stripped[-1].isalpha()
        or URL_END_RE.search(stripped.rsplit(None, 1)[-1])
    ):
        return None
    word = _last_word(stripped)
    if word in CONNECTING_WORDS or (
        not whole and len(word) >= 4 and word.casefold() not in OPEN_ENDINGS
    ):
        return f"breaks off without closing punctuation: {stripped[-30:]!r}"
    return None


DASHES = "-–—"  # what DANGLING_RANGE_RE's match ends with
TAIL = 200  # characters of a note's end searched first for its last word


def _last_word(text: str) -> str:
    """LAST_WORD_RE's word, searched in the note's tail (the whole note only for a word that
    may reach back beyond it). TEXT ends in a letter, so there is one."""
    start = max(0, len(text) - TAIL)
    match = LAST_WORD_RE.search(text, start)
    if match is None or (start and match.start() == start):
        match = LAST_WORD_RE.search(text)
    return match.group(1) if match else ""
