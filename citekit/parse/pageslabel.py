"""An entry's pages printed after the word "pages", read out of the field that took them.

Computer-science lists (ACM, IEEE, LNCS, and BibTeX's own styles) print a paper's pages as
"pages 589-602": after the journal's numbers ("Journal of the ACM, volume 17, No 4, October,
1970, pages 589-602."), after a proceedings' title ("In ACM Conference on LISP Functional
Programming, pages 174-183, 1988."), or before its place and date. Where the text prints one
such range, it is the entry's pages, and a container or imprint that took the range with
it ("… Programming, pages 174-183"), or the word alone ("pages"), gives it up. The word
only, not "p." or "pp.": in a note those may open a pinpoint.
"""

from __future__ import annotations

import re

from citekit.parse import deferred
from citekit.parse.elements import Parsed
from citekit.parse.pagerange import full_pages

# "pages 589-602", "pages 83--93": the word, then a range of two numbers
PAGES_WORD_RE = deferred.compile(r"(?<![\w-])[Pp]ages\s+(?P<range>\d+\s*(?:-{1,2}|–)\s*\d+)\b")
# fields that may take the range with them: a container, an imprint, a note
HOLDERS = ("journal", "booktitle", "publisher", "address", "howpublished", "note")


def labelled_pages(parsed: Parsed, text: str) -> Parsed:
    """PARSED with the one range TEXT labels "pages 589-602" as its pages (where it has none)
    and out of any field that took it."""
    found = PAGES_WORD_RE.findall(text)
    if len(found) != 1:
        return parsed
    pages = full_pages("".join(found[0].split()))
    fields = dict(parsed.fields)
    fields.setdefault("pages", pages)
    for name in HOLDERS:
        if name in fields:
            fields[name] = _without_range(fields[name])
            if not fields[name]:
                del fields[name]
    if fields == parsed.fields:
        return parsed
    return Parsed(parsed.entry_type, fields, parsed.locator)


def _without_range(value: str) -> str:
    """VALUE without a closing ", pages 174-183", or empty where it is the word alone."""
    if value.strip(" .,").casefold() == "pages":
        return ""
    return re.sub(r",?\s*[Pp]ages\s+\d+\s*(?:-{1,2}|–)\s*\d+\s*$", "", value)
