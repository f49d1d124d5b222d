"""ISO 690 journal articles (and the GOST and Czech styles that follow it): "FAMILY, Given.
Title of the article. *Journal*. Year, vol. 17, no. 1, pp. 33–43".

The article's title is plain and the journal is in italics, so the general grammar would read
the journal as a book and the title as more names; the shape says which is which: names with
the family in capitals, a sentence, the journal, and at once the year.
"""

from __future__ import annotations

import re

from citekit.parse.containers import parse_article
from citekit.parse.elements import Parsed, clean_title, match_title
from citekit.parse.isoshape import YEAR_AFTER_RE, authors, head_re


def iso_article(work: str, journal: re.Match[str]) -> Parsed | None:
    """The article of WORK whose JOURNAL (in italics) follows its plain title; None when WORK
    does not have that shape."""
    after = work[journal.end() :]
    if not journal.group().startswith("*") or not YEAR_AFTER_RE.match(after):
        return None
    head = head_re().match(work[: journal.start()].strip())
    if head is None:
        return None
    found = authors(head.group("names"))
    people = {"author": " and ".join(found)} if found else {}
    title = clean_title(head.group("title").rstrip(" ."))
    return parse_article(title, people, match_title(journal), after.lstrip(" ."))
