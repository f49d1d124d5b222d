"""The archive words of a reference that stand outside its quoted titles.

"Box 3, Acheson Papers, Truman Library" is archival by its words; "Sekula, “Reading an
Archive,” 45" only names an essay whose title holds the word: a word inside quotation marks
belongs to the title, not to a repository.
"""

from __future__ import annotations

import re

from citekit.parse.patterns import ARCHIVE_RE
from citekit.parse.titlespans import titles


def archive_words(text: str) -> list[re.Match[str]]:
    """The matches of ARCHIVE_RE in TEXT that no quoted title holds."""
    if not ARCHIVE_RE.search(text):
        return []  # the common case: no archive word at all
    found = list(ARCHIVE_RE.finditer(text))
    quoted = [m.span() for m in titles(text) if not m.group().startswith("*")]
    return [m for m in found if not any(a <= m.start() and m.end() <= b for a, b in quoted)]
