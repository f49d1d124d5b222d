"""UK legal citation habits (OSCOLA): an article's year in brackets before its volume.

"Gavin Phillipson, 'Transforming Breach of Confidence?' (2003) 66 MLR 726, 730"
"Willard Van Orman Quine, ‘Two Dogmas of Empiricism’ (1951) 60 The Philosophical Review 20, 24"
"""

from __future__ import annotations

import re

from citekit.parse import deferred
from citekit.parse.names import split_names

# authors, the title in quotes, (year) or [year], volume, journal, first page, pinpoint, <url>
ARTICLE_RE = deferred.compile(
    r"""^(?P<authors>[^‘'"“*,]+(?:,\s[^‘'"“*,]+)*?),\s+
        [‘'"“](?P<title>.+)[’'"”],?\s+
        [(\[](?P<year>\d{4})[)\]]\s+
        (?:(?P<volume>\d{1,4})(?:\((?P<number>\d{1,3})\))?\s+)?
        \*?(?P<journal>[A-Z][^\d<>()]*?)\*?\s+
        (?P<page>\d+)(?:,\s*(?P<pin>\d+(?:\s*[-–]\s*\d+)?))?
        (?:\s*<(?P<url>[^<>\s]*)>)?$""",
    re.VERBOSE,
)
# the cheap test: "(2003) 66", "[2011] PL"; the closing bracket first, its four digits looked
# behind for, so that the engine skips from bracket to bracket (asked of every full citation)
YEAR_IN_BRACKETS_RE = re.compile(r"[)\]](?<=\d{4}[)\]])\s")


def parse_oscola_article(text: str) -> tuple[str, dict[str, str], str | None] | None:
    """(entry type, fields, pinpoint) of an OSCOLA article, else None."""
    if not YEAR_IN_BRACKETS_RE.search(text):
        return None
    article = ARTICLE_RE.match(text.strip().rstrip("."))
    if article is None:
        return None
    fields = {
        "author": " and ".join(split_names(article.group("authors"))),
        "title": article.group("title").strip(),
        "journal": article.group("journal").strip(" ,"),
        "year": article.group("year"),
        "pages": article.group("page"),
    }
    for name in ("volume", "number", "url"):
        if article.group(name):
            fields[name] = article.group(name)
    return "article", fields, article.group("pin")
