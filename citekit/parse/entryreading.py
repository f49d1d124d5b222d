"""Which reading a note of a document of entries gets: the note grammar's or the entry's.

In a document whose notes are reference-list entries (refnote.entry_notes), a note the
entry test passed over (its names unread: "COLLECTIF. L’écriture … L’Aide-soignante, janvier
2009, n°103.", a title first: "Central European … In: Rediscover … Prague: …, 2010") is read
by the note grammar, which cuts it in Chicago's note order and so may read it as a short form
or misplace its parts. Such a note is one full citation, as the entries around it are: read
whole, as an entry, when the entry reading finds what a full citation has (a title, its
author, editor or year, and an imprint, a container or a year) and the note has none of a
note's marks (an imprint in parentheses, a single page's pinpoint, several citations).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from citekit.model import Citation, Kind
from citekit.parse.entrychecks import checked_entry
from citekit.parse.labelled import combine_entry
from citekit.parse.patterns import NOTE_WORDS
from citekit.parse.reference import NUMBER_RE, Reference, parse_reference
from citekit.parse.refnote import PROSE_RE

# a note's imprint in parentheses, "(New Haven: Yale UP, 1998)", "(Oxford, 2003)": the note
# grammar's ("Journal 8 (1988) 155-163" is an entry's volume and year)
NOTE_IMPRINT_RE = re.compile(r"\([^()]*[,:]\s[^()]*(?:1[5-9]|20)\d\d\)")
# a single page pinpointed ("p. 45", "S. 12"), not a part's range ("p. 11-20", "S. 27–63")
SINGLE_PAGE_RE = re.compile(r"\b[pPsS]\.\s*\d+(?!\s*[-–‑]\s*\d)(?!\d)")
# names, then a pointer to the note that cited the work in full: "Andrews (ref. 4), p. 262-70",
# "Digby (n 8)": a short form, never an entry
POINTER_HEAD_RE = re.compile(rf"^[^()]{{1,80}}\((?:{NOTE_WORDS})\.?\s*\d+\)", re.IGNORECASE)
# the fields that show where a work appeared
IMPRINT = ("publisher", "journal", "booktitle", "address", "url", "doi", "year")
# the share of the note the grammar's citation keeps, below which the note must show no
# commentary ("COLLECTIF. " may be cut off; "On the mills, see …" is commentary)
KEPT_SHARE = 0.5
MAX_COLON_HEAD = 4  # words of a "Given Family:" head
# the kinds the note grammar gives a note that may yet be one entry
REREAD_KINDS = (Kind.FULL, Kind.SHORT)


def entry_over_note(text: str, cited: Sequence[Citation]) -> Reference | None:
    """TEXT read whole as an entry, where it is a note of a document of entries that the
    note grammar read as CITED and the entry's reading is the fuller; else None."""
    if not _may_prefer(text, cited):
        return None
    entry = parse_reference(NUMBER_RE.sub("", text, count=1).strip())
    read = checked_entry(combine_entry(entry))
    if _author_left_in_title(text, cited[0].fields, read.fields):
        return None
    if _names_in_note_title(cited[0].fields, read.fields):
        return entry
    return entry if _full(read.fields, short=cited[0].kind is Kind.SHORT) else None


def _names_in_note_title(note: Mapping[str, str], entry: Mapping[str, str]) -> bool:
    """ "Kyriazis, G. C., Approximation Orders …, Preprint.": the note grammar's title opens
    with the names the entry's reading found before its own title."""
    family = entry.get("author", "").split(",")[0].strip()
    title = note.get("title", "")
    return bool(family and entry.get("title")) and title.startswith(family) and family != title


def _author_left_in_title(text: str, note: Mapping[str, str], entry: Mapping[str, str]) -> bool:
    """ "Wolfgang Jantzen: Isolation. In: …" (German "Autor: Titel"): the note grammar names
    the author before the first colon, where the entry's reading finds no names (two
    capitalised words before a colon may be a title's: "Moby Dick: Or, the Whale")."""
    if ": " not in text or entry.get("author") or entry.get("editor"):
        return False
    family = note.get("author", "").split(",")[0].strip()
    head = text.split(": ", 1)[0]
    return bool(family) and len(head.split()) <= MAX_COLON_HEAD and family in head


def _may_prefer(text: str, cited: Sequence[Citation]) -> bool:
    """One citation of a kind an entry may be mistaken for, keeping most of TEXT, and none
    of a note's marks (an imprint in parentheses, a single page's pinpoint)."""
    if len(cited) != 1 or cited[0].kind not in REREAD_KINDS:
        return False
    if POINTER_HEAD_RE.match(text.strip()):
        return False  # "Andrews (ref. 4), p. 262-70. The …": a short form that points back
    if len(cited[0].text) < KEPT_SHARE * len(text.strip()) and PROSE_RE.search(text):
        return False  # the grammar kept a part of it: a citation in commentary
    if "(" in text and NOTE_IMPRINT_RE.search(text):
        return False
    return SINGLE_PAGE_RE.search(text) is None


def _full(fields: Mapping[str, str], *, short: bool) -> bool:
    """A full citation's fields: a title, who made it or when, and where it appeared; a short
    form's reading takes more than a year ("Smith, Title, 2000" is a short form's shape)."""
    if not fields.get("title"):
        return False
    if not (fields.get("author") or fields.get("editor") or fields.get("year")):
        return False
    needed = IMPRINT[:-1] if short else IMPRINT
    return any(fields.get(name) for name in needed)
