"""Conference papers cited in notes: a part whose book is titled as a conference's
proceedings ("in *Proceedings of the Workshop on …*") is an inproceedings, and so is an
"article" whose periodical-looking container opens so and names a meeting ("*Proceedings of
the 18th Conference on …*"). "Proceedings" alone makes no meeting: *Proceedings of the
National Academy of Sciences* is a journal; a book of papers read at a conference whose title
opens otherwise ("*The Witness of Tradition: Papers Read at the … Conference*") is a book.
The words are the reference lists' (lexicons/proceedings_words, conference_words).
"""

from __future__ import annotations

from citekit.parse.elements import Parsed
from citekit.parse.refbookbody import MEETING_RE, PROCEEDINGS_RE  # the reference lists' words


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
