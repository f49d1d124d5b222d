"""A note that is a cited author's family name and a page, no comma between: "Lepore 133.",
"Van Slyck 6.", "Quoted in Ryley." (MLA's short form, typed in notes as in parentheses).

The first reading finds nothing in such a note: a capitalised word and a number look like
prose. That the name is the family name of an author the document cites in full, and that
nothing but a pinpoint follows it, make it a short form of that author's work.
"""

from __future__ import annotations

import re

from citekit.model import Citation, Kind, Note
from citekit.parse import uregex
from citekit.parse.known import KnownTitles
from citekit.parse.patterns import LEAD_IN_RE
from citekit.parse.shortforms import PINPOINT_RE

MAX_LENGTH = 60  # "See also Van Slyck 6–8.": longer notes say more than a name and a page
# one or two capitalised words ("Van Slyck", "O’Brien"), then the rest of the note
NAME_RE = uregex.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?P<rest>.*)")
YEAR_RE = re.compile(r"(?:1[5-9]|20)\d\d[a-z]?")  # "Lepore 2001": an author-date citation


def surname_page(note: Note, known: KnownTitles) -> tuple[Citation, ...] | None:
    """NOTE read as one short form of a KNOWN author's work, or None."""
    text = note.text.strip()
    if len(text) > MAX_LENGTH or "," in text or not known.by_family:
        return None
    lead = LEAD_IN_RE.match(text)
    start = lead.end() if lead else 0
    found = NAME_RE.fullmatch(text[start:].rstrip(". "))
    if found is None:
        return None
    name, rest = _known_name(found.group("name"), found.group("rest"), known)
    if name is None or (rest and not _is_pinpoint(rest)):
        return None
    span = text[start:].rstrip(". ")
    fields = {"author": name}
    cited = Citation(note.number, 0, span, Kind.SHORT, rest or None, fields, entry_type="misc")
    return (cited,)


def _known_name(name: str, rest: str, known: KnownTitles) -> tuple[str | None, str]:
    """The longest opening of NAME that a cited author bears, and what follows it."""
    words = name.split()
    for count in range(len(words), 0, -1):
        head = " ".join(words[:count])
        if _fold(head) in known.by_family:
            return head, " ".join([*words[count:], rest.strip()]).strip()
    return None, rest


def _is_pinpoint(rest: str) -> bool:
    return PINPOINT_RE.fullmatch(rest) is not None and not YEAR_RE.fullmatch(rest)


def _fold(name: str) -> str:
    return " ".join(re.findall(r"\w+", name.casefold()))
