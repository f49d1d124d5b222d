"""A "full" citation that is only names, a short title and a year: the short form of a work
cited in full before ("Allen, "Engels' Pause" (2009), 420", "Clark, *Farewell to Alms*, 2007,
55", "Wrigley, Energy (2010), 9").

Hand-typed notes often repeat a work by its author's name, a short title and the year. The
note grammar reads the year as a date and calls the span a full citation; as a full citation
it matches an earlier one only with the whole title, so each repeat became a work of its own.
A span with nothing but those three fields describes no work on its own: it names one the
document has cited, when exactly one earlier work has that author, that year and a title the
short title abbreviates (the rules of a short form, citekit.resolveshort).
"""

from __future__ import annotations

import re
from dataclasses import replace

from citekit.model import Citation
from citekit.resolveshort import short_matches
from citekit.resolvestate import State, Work

THIN_FIELDS = frozenset({"author", "title", "year"})  # all such a span states
TRAILING_YEAR_RE = re.compile(r"\s+(?:1[5-9]|20)\d\d[a-z]?$")  # "Warum Michelangelo? 2015"


def thin_full_match(citation: Citation, state: State) -> Work | None:
    """The one earlier work a full citation of names, short title and year abbreviates."""
    fields = citation.fields
    if set(fields) != THIN_FIELDS:
        return None  # the cheap test first: most full citations state more
    title = TRAILING_YEAR_RE.sub("", fields["title"])
    short = replace(citation, fields={**fields, "title": title})
    matches = [w for w in short_matches(short, state) if w.has_full]
    return matches[0] if len(matches) == 1 else None
