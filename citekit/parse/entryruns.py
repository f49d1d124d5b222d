"""Author-date reference entries a note states after prose, or one after another: "Technical
books include Bishop, C. 2006. Pattern Recognition. Springer; Koller, D. and Friedman, N. 2009.
Graphical Models. MIT Press."

Scholars who write author-date references paste their reference-list entries into notes as
they print them: names inverted with initials, the year closed by a full stop, then the
title. The note grammar cuts such an entry at "2006." and takes the names for a title; the
entry reader (refnote) reads a note only when the whole of it is one entry (leadentry: after
"See"). Here each entry is cut from its head to the next one's and read by the entry reader;
the prose before the first is commentary.
"""

from __future__ import annotations

import re
from functools import lru_cache

from citekit.parse import memo
from citekit.parse.namecues import PARTICLES
from citekit.parse.patterns import YEAR
from citekit.parse.prefilter import GuardedBy
from citekit.parse.reference import Reference
from citekit.parse.refnote import reference_note

FAMILY = r"[A-Z][\w'’-]+"  # Bishop, Koller
INITIALS = r"[A-Z]\.(?:\s?-?[A-Z]\.)*"  # "C.", "J. C.", "C.R."
INVERTED = rf"{FAMILY},\s+{INITIALS}"  # "Koller, D."
DIRECT = rf"{INITIALS}\s?{FAMILY}"  # "C.R. Shalizi" after the first name
# the head of an entry: its names, then the year closed by a full stop ("Scott, J. C. (1998).")
ENTRY_HEAD_RE = re.compile(
    rf"(?<![\w'’-]){INVERTED}"
    rf"(?:,?\s+(?:and|&)\s+(?:{INVERTED}|{DIRECT})|[,;]\s+{INVERTED})*"  # "and Friedman, N."
    rf"\.?,?\s+\(?{YEAR}[a-z]?\)?\.\s"
)
# behind the comma and initial every head opens with ("Koller, D."): the pattern opens with a
# look-behind, so the engine tries it at every position of every note, and most notes hold none
ENTRY_HEAD_RE = GuardedBy(ENTRY_HEAD_RE, re.compile(r",\s+[A-Z]\."))
# what joins one entry to the next: "; ", "; and ", ". "
JOIN_END_RE = re.compile(r"[\s;,]*(?:\band\s*)?$")


@lru_cache(maxsize=memo.PER_DOCUMENT)  # the second reading asks again of the notes it rereads
def entry_run(text: str) -> tuple[tuple[str, Reference], ...] | None:
    """Each entry TEXT states with its reading, in order, when TEXT holds an entry after prose
    or several entries; None when it holds none, a single entry from its start (leadentry
    reads it), or when any stretch from one head to the next is no entry."""
    heads = [match.start() for match in ENTRY_HEAD_RE.finditer(text)]
    if not heads or (len(heads) == 1 and not text[: heads[0]].strip()):
        return None
    if _inside_names(text[: heads[0]]):
        return None  # "De Raedt, L. (1993).", "…, Van Poppel, H. (2019).": one entry's names
    out = []
    for start, end in zip(heads, [*heads[1:], len(text)], strict=True):
        span = JOIN_END_RE.sub("", text[start:end]).rstrip()
        entry = reference_note(span)
        if entry is None or not entry.fields.get("title"):
            return None  # "Smith, J. 2004. And then …": not an entry, the note grammar reads it
        out.append((span, entry))
    return tuple(out)


def _inside_names(before: str) -> bool:
    """Does BEFORE, the text ahead of the first entry's head, end inside that entry's names (a
    capitalised word, a particle, an ellipsis: "De Raedt", "Wellman Kephart", "Van Poppel",
    "Asgaard, G., ... Botros") rather than in prose ("Technical books include") or a colon?"""
    words = before.split()
    if not words:
        return False
    last = words[-1]
    prose = last.endswith(":") or (
        last[:1].islower() and last.casefold().strip(".,;") not in PARTICLES
    )
    return not prose
