"""Pieces of a note that pdftotext sets apart from it, at the foot of a page.

pdftotext -layout sets a blank line under a note's first line (its raised number makes the
line taller): "   7 Felici, …, 298 and A.C.P, “Forcible" + "" + "Feeding,” The Times
(London), …, 247.". A paragraph between note N and note N+1 that calls no note is more of
note N too: the body's rest, cut at the same page break, comes after the notes block, on
the next page (after a form feed, its number and its head).

Only pdftotext's pages are read so, hard-wrapped and parted by form feeds: where each
paragraph is one long line (text copied out of a PDF paragraph by paragraph), or where no
form feed says where a page ends, body text and notes of several pages stand interleaved,
and an unfinished note's neighbour is as likely the body's rest.
"""

from __future__ import annotations

from citekit import layout

# hard-wrapped text: nine lines in ten are no wider than a printed page's line
WRAPPED_WIDTH = 100
WRAPPED_SHARE = 0.9


def pdftotext_pages(text: str) -> bool:
    """Is TEXT pages as pdftotext prints them: form feeds between them, lines wrapped at a
    page's width? (Text without form feeds does not say where a page ends.)"""
    if "\f" not in text:
        return False
    widths = sorted(len(line.strip()) for line in text.split("\n") if line.strip())
    return bool(widths) and widths[int(len(widths) * WRAPPED_SHARE) - 1] <= WRAPPED_WIDTH


def rest_of_note(
    piece: str, note: str, number: int, next_number: int | None, *, one_line: bool, gap: str
) -> bool:
    """Is PIECE (a paragraph after note NUMBER, whose text is NOTE) the rest of that note?

    NEXT_NUMBER: the number of the note right after PIECE, if a note follows it; ONE_LINE:
    the note stands on one line; GAP: what separates note and piece.
    """
    if not layout.unfinished(note) or _calls_notes(piece, number):
        return False
    if next_number == number + 1:
        return True  # between note N and note N+1
    return one_line and gap.count("\n") == 2 and not gap.strip() and "\f" not in gap


def _calls_notes(text: str, number: int) -> bool:
    """Does TEXT call a note ("… emphasis⁸", "…this emphasis.8" after note NUMBER)? Then it
    is body text, whatever stands around it."""
    if layout.body_markers(text, superscript=True):
        return True  # a raised marker, whatever its number (pages may count anew)
    return any(marker > number for _, marker in layout.body_markers(text, superscript=False))
