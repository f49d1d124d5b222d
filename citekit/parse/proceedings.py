"""Conference papers cited in notes: a part whose book is titled as a conference's
proceedings ("in *Proceedings of the Workshop on …*") is an inproceedings, and so is an
"article" whose periodical-looking container opens so and names a meeting ("*Proceedings of
the 18th Conference on …*"). "Proceedings" alone makes no meeting: *Proceedings of the
National Academy of Sciences* is a journal; a book of papers read at a conference whose title
opens otherwise ("*The Witness of Tradition: Papers Read at the … Conference*") is a book.
The words are the reference lists' (lexicons/proceedings_words, conference_words). Where the
meeting was held may close the book's title in brackets ("*Proceedings of … UIST ’97* (Banff,
Alberta, Canada)"): that is the entry's address, no part of its booktitle.
"""

from __future__ import annotations

import re

from citekit.parse.elements import Parsed
from citekit.parse.refbookbody import MEETING_RE, PROCEEDINGS_RE  # the reference lists' words
from citekit.parse.refplace import COUNTRIES, REGIONS, STATE_CODE_RE

# a bracket closing a title: "(Banff, Alberta, Canada)", "(Greenville, SC, USA)"
CLOSING_BRACKET_RE = re.compile(r"\s*\((?P<place>[A-Z][^()]{1,60}),\s*(?P<last>[^(),]{2,30})\)$")


def as_proceedings(parsed: Parsed) -> Parsed:
    """PARSED as a conference paper where its container is a meeting's proceedings."""
    fields = parsed.fields
    meeting_place(fields)
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


def meeting_place(fields: dict[str, str]) -> None:
    """Move "(City, Region, Country)" closing FIELDS' booktitle into its address, when the
    bracket's last part is a country, a region or a state's code."""
    book = fields.get("booktitle", "")
    found = CLOSING_BRACKET_RE.search(book) if book.endswith(")") else None
    if found is None or found.start() == 0:
        return
    last = found.group("last").strip(" .")
    if last.casefold() in COUNTRIES or last.casefold() in REGIONS or STATE_CODE_RE.match(last):
        fields["booktitle"] = book[: found.start()]
        fields.setdefault("address", f"{found.group('place')}, {found.group('last')}".strip())
