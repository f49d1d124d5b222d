"""A note that cites a work by its marked title alone, after a lead-in or a clause of prose:
"Cf. “Society of Biblical Literature – Women Scholars”.", "This is discussed in *Seeing
Like a State*, 12." Nothing in such a note has the parts of a citation; that the document
cites the title elsewhere is the evidence that it names a source.
"""

from __future__ import annotations

from citekit.parse import cues, deferred
from citekit.parse.cutpoints import Piece, trim
from citekit.parse.known import KnownTitles, is_known_title

# where a marked title may open: after a space, an opening quotation mark or an asterisk
TITLE_OPENING_RE = deferred.compile(r"(?<=\s)[“‘\"*]")


def title_after_lead(text: str, titled: KnownTitles) -> Piece | None:
    """The span of TEXT from the marked title that ends it, when that title (a pinpoint at
    most after it) is one the document cites and no other title stands before it; else None."""
    opening = TITLE_OPENING_RE.search(text)
    if opening is None or any(mark in text[: opening.start()] for mark in '“‘"*'):
        return None  # another mark before it: the note holds more than this one title
    rest = text[opening.start() :]
    if cues.title_only(rest) and is_known_title(rest, titled):
        return trim(text, opening.start(), len(text))
    return None
