"""Conference papers cited in notes: a part whose book is titled as a conference's
proceedings ("in *Proceedings of the Workshop on …*") is an inproceedings, and so is an
"article" whose periodical-looking container opens so and names a meeting ("*Proceedings of
the 18th Conference on …*"). "Proceedings" alone makes no meeting: *Proceedings of the
National Academy of Sciences* is a journal; a book of papers read at a conference whose title
opens otherwise ("*The Witness of Tradition: Papers Read at the … Conference*") is a book.
The words are the reference lists' (lexicons/proceedings_words, conference_words).
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse.elements import Parsed

# "Proceedings", "Proc.", "Actes", "Tagungsband" (lexicons/proceedings_words)
PROCEEDINGS_RE = re.compile(
    rf"(?<!\w){lexicons.alternation(lexicons.words('proceedings_words'))}(?!\w)", re.IGNORECASE
)
# "Conference", "Workshop", "Symposium", "Colloque" (lexicons/conference_words)
MEETING_RE = re.compile(
    rf"(?<!\w){lexicons.alternation(lexicons.words('conference_words'))}(?!\w)", re.IGNORECASE
)


def as_proceedings(parsed: Parsed) -> Parsed:
    """PARSED as a conference paper where its container is a meeting's proceedings."""
    fields = parsed.fields
    if parsed.entry_type == "incollection" and PROCEEDINGS_RE.match(fields.get("booktitle", "")):
        return Parsed("inproceedings", fields, parsed.locator)
    journal = fields.get("journal", "")
    if (
        parsed.entry_type == "article"
        and PROCEEDINGS_RE.match(journal)
        and MEETING_RE.search(journal)
    ):
        moved = {k: v for k, v in fields.items() if k != "journal"}
        return Parsed("inproceedings", {**moved, "booktitle": journal}, parsed.locator)
    return parsed
