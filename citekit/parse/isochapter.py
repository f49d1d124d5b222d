"""ISO 690 chapters: "FAMILY, Given. Chapter title. In: EDITOR, G. (ed.), *Book*. Place :
Publisher, 2020, p. 101" (ISO 690 and the Czech, Slovak, Romanian and Polish styles built on
it: "V", "În:", "W:").

The chapter's title is plain and the book's in italics, so the general grammar reads the book
as the work and everything before it as names. The shape says which is which: names with the
family in capitals, a sentence (the chapter), the locales' word for "in" and the book.
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import uregex
from citekit.parse.containers import parse_chapter
from citekit.parse.elements import Parsed, clean_title
from citekit.parse.isoshape import authors, head_re

# the CSL locales' "in" ("In", "În", "V", "W", "Dans", "En"): written with a capital after a
# sentence, alone or with a colon
IN_TERMS = lexicons.alternation(tuple(t.capitalize() for t in lexicons.locale_terms("in")))
# the sentence that names the book: ". In: ", ". V ", ". În: ", then the editors or the book
IN_SENTENCE_RE = uregex.compile(rf"\.\s+(?:{IN_TERMS})\s*:?\s+")


def iso_chapter(work: str, book: re.Match[str]) -> Parsed | None:
    """The chapter of WORK in the BOOK (in italics) its "In:" sentence names; None when WORK
    does not have that shape."""
    if not book.group().startswith("*") or book.start() == 0:
        return None
    before = work[: book.start()]
    marks = list(IN_SENTENCE_RE.finditer(before))
    if not marks:
        return None
    mark = marks[-1]
    head = head_re().match(before[: mark.start() + 1].strip())
    if head is None:
        return None
    found = authors(head.group("names"))
    people = {"author": " and ".join(found)} if found else {}
    title = clean_title(head.group("title").rstrip(" ."))
    return parse_chapter(title, people, work[mark.end() :])
