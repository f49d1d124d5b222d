"""A chapter whose book lost its italics: the quoted chapter title, then the book's title in
plain words, its editors and its bracketed imprint.

    Jean Baudrillard, “The System of Collecting,” Cultures of Collecting, eds. John Elsner
    and Roger Cardinal (Harvard University Press, 1994).

Notes pasted from a web page or typed without italics drop the mark that names the book; the
general grammar then reads a book titled as the chapter and loses the book and its editors.
A quoted title (a part's mark), plain words, "ed." or "eds." and an imprint in brackets are
a book part in an edited book.
"""

from __future__ import annotations

import re

from citekit.parse import names, uregex
from citekit.parse.elements import Parsed

# the quote closing the chapter's title, the book's plain title, its editors, the imprint
PLAIN_BOOK_RE = uregex.compile(
    r"""[”"],?\s+(?P<book>[A-Z][^,()“”"*]{2,150}?),\s+eds?\.\s+
        (?P<names>[A-Z][^()“”"*;:]{2,120}?)\s*\(""",
    re.VERBOSE,
)


def plain_container(parsed: Parsed, text: str) -> Parsed:
    """PARSED as a book part when TEXT names its chapter in quotes and its edited book in
    plain words; PARSED as is otherwise."""
    if (
        parsed.entry_type != "book"
        or "booktitle" in parsed.fields
        or not ("ed. " in text or "eds. " in text)
    ):
        return parsed  # the cheap tests first
    found = PLAIN_BOOK_RE.search(text)
    title = parsed.fields.get("title", "")
    if found is None or not title or title not in text[: found.start() + 1]:
        return parsed
    fields = dict(parsed.fields)
    fields["booktitle"] = found.group("book").strip()
    fields["editor"] = " and ".join(names.split_names(found.group("names")))
    return Parsed("incollection", fields, parsed.locator)
